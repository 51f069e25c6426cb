# deep-linear: 004's statements on deep linear networks (section 4) on small random instances with exact Hessians.
DL := $(DATA)/deep-linear
DL_FIG := $(FIGURES)/deep-linear
DL_OUT := $(DL)/convexity.csv $(DL)/descent.csv $(DL)/critical-points.csv $(DL)/checks.csv $(DL_FIG)/critical-points.svg
DL_DEPS := $(call stage_sources,DeepLinear.java) $(REGISTRY)/deep-linear.csv
DL_PARAMS := DEEPLIN_DEPTHS=$(DEEPLIN_DEPTHS) DEEPLIN_INSTANCES=$(DEEPLIN_INSTANCES) DEEPLIN_SAMPLES=$(DEEPLIN_SAMPLES) \
  DEEPLIN_POINTS=$(DEEPLIN_POINTS) DEEPLIN_STARTS=$(DEEPLIN_STARTS) DEEPLIN_MAX_STEPS=$(DEEPLIN_MAX_STEPS) SEED=$(SEED)
$(eval $(call stage,deep-linear,$(DL),$(DL_OUT),$(DL_DEPS),$(DL_PARAMS)))

## Stage deep-linear: 004's deep linear networks: convex in each layer, not jointly, local minima global, saddles by depth
deep-linear: $(DL_OUT)

$(DL_OUT) $(DL)/.complete &: $(DL_DEPS) $(call params_dep,$(DL),$(DL_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(DL),$(DL_PARAMS),$(DL_OUT)) \
	$(JBANG) stages/DeepLinear.java --out $(DL) --figures $(DL_FIG) --claims $(REGISTRY)/deep-linear.csv \
	  --profile $(PROFILE) --depths $(DEEPLIN_DEPTHS) --instances $(DEEPLIN_INSTANCES) --samples $(DEEPLIN_SAMPLES) \
	  --points $(DEEPLIN_POINTS) --starts $(DEEPLIN_STARTS) --max-steps $(DEEPLIN_MAX_STEPS) --seed $(SEED) --threads $(THREADS)

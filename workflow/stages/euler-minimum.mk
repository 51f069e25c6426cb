# euler-minimum: expected Euler characteristic of excursion sets in the unit N-ball (000 eqs 25-28) in
# arbitrary precision, the expected-minimum level u*(N) against -√N and one GD step (eq 14), Figure 7 and its shape.
EM := $(DATA)/euler-minimum
EM_FIG := $(FIGURES)/euler-minimum
EM_OUT := $(EM)/echi.csv $(EM)/level.csv $(EM)/gd-ratio.csv $(EM)/field-check.csv $(EM)/shape.csv $(EM)/checks.csv \
          $(EM_FIG)/figure7-left.svg $(EM_FIG)/figure7-right.svg
EM_DEPS := $(call stage_sources,EulerMinimum.java) $(REGISTRY)/euler-minimum.csv $(GDM)/optimum.csv
EM_PARAMS := EM_LEVEL_DIMS=$(EM_LEVEL_DIMS) EM_CURVE_DIMS=$(EM_CURVE_DIMS) EM_CURVE_POINTS=$(EM_CURVE_POINTS) \
  EM_MC_FIELDS=$(EM_MC_FIELDS) EM_MC_M=$(EM_MC_M) EM_MC_GRID=$(EM_MC_GRID) SEED=$(SEED)
$(eval $(call stage,euler-minimum,$(EM),$(EM_OUT),$(EM_DEPS),$(EM_PARAMS)))

## Stage euler-minimum: E χ(A_u) in the unit ball (eqs 25-27), expected minimum vs -√N and one GD step; Figure 7
euler-minimum: $(EM_OUT)

$(EM_OUT) $(EM)/.complete &: $(EM_DEPS) $(call params_dep,$(EM),$(EM_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(EM),$(EM_PARAMS),$(EM_OUT)) \
	$(JBANG) stages/EulerMinimum.java --out $(EM) --figures $(EM_FIG) --claims $(REGISTRY)/euler-minimum.csv --profile $(PROFILE) \
	  --gd-optimum $(GDM)/optimum.csv --level-dims $(EM_LEVEL_DIMS) --curve-dims $(EM_CURVE_DIMS) \
	  --curve-points $(EM_CURVE_POINTS) --mc-fields $(EM_MC_FIELDS) --mc-m $(EM_MC_M) --mc-grid $(EM_MC_GRID) \
	  --seed $(SEED) --threads $(THREADS)

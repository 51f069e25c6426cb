# pspin-descent: projected gradient descent on dense p = 3 spherical spin-glass tensors (004, 001).
PD := $(DATA)/pspin-descent
PD_FIG := $(FIGURES)/pspin-descent
PD_OUT := $(PD)/gd-endpoints.csv $(PD)/gd-summary.csv $(PD)/gd-spectrum.csv $(PD)/gd-spread.csv $(PD)/spread-fit.csv \
  $(PD)/ground-runs.csv $(PD)/ground-states.csv $(PD)/gd-confirm.csv $(PD)/checks.csv \
  $(PD_FIG)/gd-energy.svg $(PD_FIG)/gd-spread.svg $(PD_FIG)/gd-endpoint-spectrum.svg $(PD_FIG)/ground-states.svg
PD_DEPS := $(call stage_sources,PspinDescent.java) $(REGISTRY)/pspin-descent.csv
PD_PARAMS := PSPIN_GD_N=$(PSPIN_GD_N) PSPIN_GD_SAMPLES=$(PSPIN_GD_SAMPLES) PSPIN_GD_STARTS=$(PSPIN_GD_STARTS) \
  PSPIN_GD_ETA=$(PSPIN_GD_ETA) PSPIN_GD_STEPS=$(PSPIN_GD_STEPS) PSPIN_GD_TOL=$(PSPIN_GD_TOL) \
  PSPIN_SPREAD_STEP=$(PSPIN_SPREAD_STEP) PSPIN_FLOOR_DRAWS=$(PSPIN_FLOOR_DRAWS) PSPIN_GROUND_N=$(PSPIN_GROUND_N) \
  PSPIN_GROUND_SAMPLES=$(PSPIN_GROUND_SAMPLES) PSPIN_GROUND_STARTS=$(PSPIN_GROUND_STARTS) \
  PSPIN_GROUND_STEPS=$(PSPIN_GROUND_STEPS) PSPIN_CONFIRM_SEED=$(PSPIN_CONFIRM_SEED) SEED=$(SEED)
$(eval $(call stage,pspin-descent,$(PD),$(PD_OUT),$(PD_DEPS),$(PD_PARAMS)))

## Stage pspin-descent: GD on dense p=3 tensors: end points against the floor (and its confirmation), ground states at small N, spread vs N
pspin-descent: $(PD_OUT)

$(PD_OUT) $(PD)/.complete &: $(PD_DEPS) $(call params_dep,$(PD),$(PD_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(PD),$(PD_PARAMS),$(PD_OUT)) \
	$(JBANG) stages/PspinDescent.java --out $(PD) --figures $(PD_FIG) --claims $(REGISTRY)/pspin-descent.csv \
	  --profile $(PROFILE) --gd-n $(PSPIN_GD_N) --gd-samples $(PSPIN_GD_SAMPLES) --gd-starts $(PSPIN_GD_STARTS) \
	  --gd-eta $(PSPIN_GD_ETA) --gd-steps $(PSPIN_GD_STEPS) --gd-tol $(PSPIN_GD_TOL) --spread-step $(PSPIN_SPREAD_STEP) \
	  --floor-draws $(PSPIN_FLOOR_DRAWS) --ground-n $(PSPIN_GROUND_N) --ground-samples $(PSPIN_GROUND_SAMPLES) \
	  --ground-starts $(PSPIN_GROUND_STARTS) --ground-steps $(PSPIN_GROUND_STEPS) \
	  --confirm-seed $(PSPIN_CONFIRM_SEED) --seed $(SEED) --threads $(THREADS)

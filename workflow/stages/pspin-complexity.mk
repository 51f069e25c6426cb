# pspin-complexity: the spherical p-spin landscape (002, 004): complexity, the field and its Hessian at points and critical
# points of dense p = 3 tensors, the shifted-GOE law, p = 2 (minimum, critical points, Euler characteristics), constant coupling.
PS := $(DATA)/pspin-complexity
PS_FIG := $(FIGURES)/pspin-complexity
PS_OUT := $(PS)/complexity.csv $(PS)/energies.csv $(PS)/hessian-spectrum.csv $(PS)/goe-moments.csv \
  $(PS)/negative-fraction.csv $(PS)/hessian-shift.csv $(PS)/ek.csv $(PS)/rates.csv $(PS)/p2.csv $(PS)/field-moments.csv \
  $(PS)/critical-points.csv $(PS)/euler-p2.csv $(PS)/morse-p2.csv $(PS)/checks.csv \
  $(PS_FIG)/complexity.svg $(PS_FIG)/hessian-spectra.svg $(PS_FIG)/negative-fraction.svg $(PS_FIG)/lambda-min.svg \
  $(PS_FIG)/critical-points.svg
PS_DEPS := $(call stage_sources,PspinComplexity.java) $(REGISTRY)/pspin-complexity.csv
PS_PARAMS := PSPIN_PS=$(PSPIN_PS) PSPIN_HESSIAN_N=$(PSPIN_HESSIAN_N) PSPIN_HESSIAN_DRAWS=$(PSPIN_HESSIAN_DRAWS) \
  PSPIN_SHIFT_N=$(PSPIN_SHIFT_N) PSPIN_SHIFT_SAMPLES=$(PSPIN_SHIFT_SAMPLES) \
  PSPIN_P2_N=$(PSPIN_P2_N) PSPIN_P2_DRAWS=$(PSPIN_P2_DRAWS) PSPIN_CRITICAL_N=$(PSPIN_CRITICAL_N) \
  PSPIN_CRITICAL_STARTS=$(PSPIN_CRITICAL_STARTS) PSPIN_COUPLING_N=$(PSPIN_COUPLING_N) PSPIN_COUPLING_STARTS=$(PSPIN_COUPLING_STARTS) \
  PSPIN_MOMENTS_N=$(PSPIN_MOMENTS_N) PSPIN_MOMENTS_SAMPLES=$(PSPIN_MOMENTS_SAMPLES) PSPIN_NEWTON_N=$(PSPIN_NEWTON_N) \
  PSPIN_NEWTON_SAMPLES=$(PSPIN_NEWTON_SAMPLES) PSPIN_EULER_DRAWS=$(PSPIN_EULER_DRAWS) PSPIN_EULER_LEVEL=$(PSPIN_EULER_LEVEL) SEED=$(SEED)
$(eval $(call stage,pspin-complexity,$(PS),$(PS_OUT),$(PS_DEPS),$(PS_PARAMS)))

## Stage pspin-complexity: p-spin complexity and E_k, f and its Hessian on dense p=3 tensors, shifted-GOE law, p = 2 Morse theory
pspin-complexity: $(PS_OUT)

$(PS_OUT) $(PS)/.complete &: $(PS_DEPS) $(call params_dep,$(PS),$(PS_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(PS),$(PS_PARAMS),$(PS_OUT)) \
	$(JBANG) stages/PspinComplexity.java --out $(PS) --figures $(PS_FIG) --claims $(REGISTRY)/pspin-complexity.csv \
	  --profile $(PROFILE) --ps $(PSPIN_PS) --hessian-n $(PSPIN_HESSIAN_N) --hessian-draws $(PSPIN_HESSIAN_DRAWS) \
	  --shift-n $(PSPIN_SHIFT_N) --shift-samples $(PSPIN_SHIFT_SAMPLES) \
	  --p2-n $(PSPIN_P2_N) --p2-draws $(PSPIN_P2_DRAWS) \
	  --critical-n $(PSPIN_CRITICAL_N) --critical-starts $(PSPIN_CRITICAL_STARTS) --coupling-n $(PSPIN_COUPLING_N) \
	  --coupling-starts $(PSPIN_COUPLING_STARTS) --moments-n $(PSPIN_MOMENTS_N) --moments-samples $(PSPIN_MOMENTS_SAMPLES) \
	  --newton-n $(PSPIN_NEWTON_N) --newton-samples $(PSPIN_NEWTON_SAMPLES) --euler-draws $(PSPIN_EULER_DRAWS) \
	  --euler-level $(PSPIN_EULER_LEVEL) --seed $(SEED) --threads $(THREADS)

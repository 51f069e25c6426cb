# asymptotic-normality: Theorem 1 of 000 (eqs 18-24) three ways (exact moments, conditional-model Monte Carlo,
# simulated field), the proof's MGF (eq 22) and saddle point (eq 23), Figure 5 and the variance of Φ1 against X.
AN := $(DATA)/asymptotic-normality
AN_FIG := $(FIGURES)/asymptotic-normality
AN_OUT := $(AN)/exact.csv $(AN)/cells.csv $(AN)/variance-curves.csv $(AN)/figure5.csv $(AN)/saddle.csv $(AN)/mgf.csv $(AN)/checks.csv \
          $(AN_FIG)/figure5.svg $(AN_FIG)/variance.svg
AN_DEPS := $(call stage_sources,AsymptoticNormality.java) $(REGISTRY)/asymptotic-normality.csv
AN_PARAMS := AN_XS=$(AN_XS) AN_EXACT_DIMS=$(AN_EXACT_DIMS) AN_MC_DIMS=$(AN_MC_DIMS) AN_MC_DRAWS=$(AN_MC_DRAWS) \
  AN_FIELD_DIMS=$(AN_FIELD_DIMS) AN_FIELD_M=$(AN_FIELD_M) AN_FIELD_REALISATIONS=$(AN_FIELD_REALISATIONS) \
  AN_FIELD_POINTS=$(AN_FIELD_POINTS) AN_FIG5_POINTS=$(AN_FIG5_POINTS) AN_FIG5_M=$(AN_FIG5_M) AN_FIG5_DIMS=$(AN_FIG5_DIMS) \
  SEED=$(SEED)
$(eval $(call stage,asymptotic-normality,$(AN),$(AN_OUT),$(AN_DEPS),$(AN_PARAMS)))

## Stage asymptotic-normality: Theorem 1 (eqs 18-24) by exact moments, Monte Carlo and field; Figure 5, variance vs X
asymptotic-normality: $(AN_OUT)

$(AN_OUT) $(AN)/.complete &: $(AN_DEPS) $(call params_dep,$(AN),$(AN_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(AN),$(AN_PARAMS),$(AN_OUT)) \
	$(JBANG) stages/AsymptoticNormality.java --out $(AN) --figures $(AN_FIG) --claims $(REGISTRY)/asymptotic-normality.csv \
	  --profile $(PROFILE) --xs $(AN_XS) --exact-dims $(AN_EXACT_DIMS) --mc-dims $(AN_MC_DIMS) --mc-draws $(AN_MC_DRAWS) \
	  --field-dims $(AN_FIELD_DIMS) --field-m $(AN_FIELD_M) --field-realisations $(AN_FIELD_REALISATIONS) \
	  --field-points $(AN_FIELD_POINTS) --fig5-points $(AN_FIG5_POINTS) --fig5-m $(AN_FIG5_M) --fig5-dims $(AN_FIG5_DIMS) \
	  --seed $(SEED) --threads $(THREADS)

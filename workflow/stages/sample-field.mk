# sample-field: the spectral simulation of 000 eqs (29)-(31) proves its own statistics (Figure 1, covariance check).
SF := $(DATA)/sample-field
SF_FIG := $(FIGURES)/sample-field
SF_OUT := $(SF)/moments.csv $(SF)/covariance.csv $(SF)/slice.csv $(SF)/checks.csv \
          $(SF_FIG)/figure1.svg $(SF_FIG)/figure1.png $(SF_FIG)/covariance.svg $(SF_FIG)/covariance.png
SF_DEPS := $(call stage_sources,SampleField.java) $(REGISTRY)/sample-field.csv
SF_PARAMS := FIELD_DIMS=$(FIELD_DIMS) FIELD_M=$(FIELD_M) FIELD_POINTS=$(FIELD_POINTS) FIELD_REALISATIONS=$(FIELD_REALISATIONS) FIELD_DISTANCES=$(FIELD_DISTANCES) FIELD_HALF_WIDTH=$(FIELD_HALF_WIDTH) FIELD_SLICE_GRID=$(FIELD_SLICE_GRID) FIELD_SLICE_HALF_WIDTH=$(FIELD_SLICE_HALF_WIDTH) \
  SEED=$(SEED)
$(eval $(call stage,sample-field,$(SF),$(SF_OUT),$(SF_DEPS),$(SF_PARAMS)))

## Stage sample-field: simulate the field (eqs 29-31) and check its moments and covariance; Figure 1
sample-field: $(SF_OUT)

$(SF_OUT) $(SF)/.complete &: $(SF_DEPS) $(call params_dep,$(SF),$(SF_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(SF),$(SF_PARAMS),$(SF_OUT)) \
	$(JBANG) stages/SampleField.java --out $(SF) --figures $(SF_FIG) --claims $(REGISTRY)/sample-field.csv --profile $(PROFILE) \
	  --dims $(FIELD_DIMS) --m $(FIELD_M) --points $(FIELD_POINTS) --realisations $(FIELD_REALISATIONS) \
	  --distances $(FIELD_DISTANCES) --half-width $(FIELD_HALF_WIDTH) --slice-grid $(FIELD_SLICE_GRID) --slice-half-width $(FIELD_SLICE_HALF_WIDTH) \
	  --seed $(SEED) --threads $(THREADS)

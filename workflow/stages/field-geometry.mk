# field-geometry: the claims of 000 no other stage checks: eqs (6)-(9) by conditioning (EJML), the law of Xi0^2 on the
# simulated field, the random-search crossover of §3.2, Figures 2 and 6 (Euler characteristics against euler-minimum).
FG := $(DATA)/field-geometry
FG_FIG := $(FIGURES)/field-geometry
FG_OUT := $(FG)/conditioning.csv $(FG)/sign.csv $(FG)/xi2.csv $(FG)/crossover.csv $(FG)/excursion-levels.csv \
  $(FG)/figure2.csv $(FG)/figure6.csv $(FG)/checks.csv \
  $(FG_FIG)/figure2.svg $(FG_FIG)/figure6.svg $(FG_FIG)/figure6-euler.svg $(FG_FIG)/xi2-law.svg $(FG_FIG)/crossover.svg
FG_DEPS := $(call stage_sources,FieldGeometry.java) $(REGISTRY)/field-geometry.csv $(EM)/echi.csv
FG_PARAMS := FG_COND_DIMS=$(FG_COND_DIMS) FG_COND_DRAWS=$(FG_COND_DRAWS) FG_SIGN_N=$(FG_SIGN_N) FG_SIGN_M=$(FG_SIGN_M) \
  FG_SIGN_REALISATIONS=$(FG_SIGN_REALISATIONS) FG_SIGN_POINTS=$(FG_SIGN_POINTS) FG_XI_N=$(FG_XI_N) FG_XI_M=$(FG_XI_M) \
  FG_XI_REALISATIONS=$(FG_XI_REALISATIONS) FG_XI_POINTS=$(FG_XI_POINTS) FG_XI_SMALL_M=$(FG_XI_SMALL_M) \
  FG_XI_SMALL_REALISATIONS=$(FG_XI_SMALL_REALISATIONS) FG_XI_SMALL_POINTS=$(FG_XI_SMALL_POINTS) \
  FG_POWER_REPS=$(FG_POWER_REPS) FG_POWER_MAX_SIZE=$(FG_POWER_MAX_SIZE) FG_CROSSOVER_MAX_N=$(FG_CROSSOVER_MAX_N) FG_EC_LEVELS=$(FG_EC_LEVELS) \
  FG_EC_FIELDS=$(FG_EC_FIELDS) FG_EC_M=$(FG_EC_M) FG_EC_GRID=$(FG_EC_GRID) FG_PICTURE_M=$(FG_PICTURE_M) \
  FG_PICTURE_GRID=$(FG_PICTURE_GRID) \
  FG_PICTURE_CANDIDATES=$(FG_PICTURE_CANDIDATES) FG_BOX=$(FG_BOX) FG_SIGN_STEP=$(FG_SIGN_STEP) \
  SEED=$(SEED)
$(eval $(call stage,field-geometry,$(FG),$(FG_OUT),$(FG_DEPS),$(FG_PARAMS)))

## Stage field-geometry: 000 eqs (6)-(9) by conditioning, the law of Xi0^2, random search vs one GD step; Figures 2, 6
field-geometry: $(FG_OUT)

$(FG_OUT) $(FG)/.complete &: $(FG_DEPS) $(call params_dep,$(FG),$(FG_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(FG),$(FG_PARAMS),$(FG_OUT)) \
	$(JBANG) stages/FieldGeometry.java --out $(FG) --figures $(FG_FIG) --claims $(REGISTRY)/field-geometry.csv \
	  --profile $(PROFILE) --cond-dims $(FG_COND_DIMS) --cond-draws $(FG_COND_DRAWS) --sign-n $(FG_SIGN_N) \
	  --sign-m $(FG_SIGN_M) --sign-realisations $(FG_SIGN_REALISATIONS) --sign-points $(FG_SIGN_POINTS) \
	  --xi-n $(FG_XI_N) --xi-m $(FG_XI_M) --xi-realisations $(FG_XI_REALISATIONS) --xi-points $(FG_XI_POINTS) \
	  --xi-small-m $(FG_XI_SMALL_M) --xi-small-realisations $(FG_XI_SMALL_REALISATIONS) \
	  --xi-small-points $(FG_XI_SMALL_POINTS) --power-reps $(FG_POWER_REPS) --power-max-size $(FG_POWER_MAX_SIZE) \
	  --crossover-max-n $(FG_CROSSOVER_MAX_N) \
	  --echi $(EM)/echi.csv --ec-levels $(FG_EC_LEVELS) --ec-fields $(FG_EC_FIELDS) --ec-m $(FG_EC_M) \
	  --ec-grid $(FG_EC_GRID) --picture-m $(FG_PICTURE_M) --picture-grid $(FG_PICTURE_GRID) --picture-candidates $(FG_PICTURE_CANDIDATES) \
	  --box $(FG_BOX) --sign-step $(FG_SIGN_STEP) \
	  --seed $(SEED) --threads $(THREADS)

# gd-moments: 000 eqs (8)-(17) with quadrature and Monte Carlo cross-checks, one GD step on the simulated field
# (Figures 3, 4, 8) and the finite-M study. optimum.csv (eq 14 on N = 1..5000) is read by euler-minimum.
GDM := $(DATA)/gd-moments
GDM_FIG := $(FIGURES)/gd-moments
GDM_OUT := $(GDM)/cross-checks.csv $(GDM)/closed-forms.csv $(GDM)/limits.csv $(GDM)/optimum.csv $(GDM)/pdf.csv $(GDM)/one-step.csv \
           $(GDM)/fig8-confirm.csv $(GDM)/m-study.csv $(GDM)/m-fit.csv $(GDM)/checks.csv \
           $(GDM_FIG)/figure3.svg $(GDM_FIG)/figure4.svg $(GDM_FIG)/figure8.svg $(GDM_FIG)/m-study.svg
GDM_DEPS := $(call stage_sources,GdMoments.java) $(REGISTRY)/gd-moments.csv
GDM_PARAMS := N=$(N) M=$(M) SAMPLES=$(SAMPLES) GD_REALISATIONS=$(GD_REALISATIONS) GD_FIG8_REALISATIONS=$(GD_FIG8_REALISATIONS) ETAS=$(ETAS) M_STUDY=$(M_STUDY) \
  MC_DRAWS=$(MC_DRAWS) GD_BOX=$(GD_BOX) GD_ETA_MAX=$(GD_ETA_MAX) GD_ETA_MIN=$(GD_ETA_MIN) GD_M_STUDY_ETAS=$(GD_M_STUDY_ETAS) GD_OPTIMUM_MAX_N=$(GD_OPTIMUM_MAX_N) GD_PDF_ETAS=$(GD_PDF_ETAS) GD_PDF_POINTS=$(GD_PDF_POINTS) \
  SEED=$(SEED) GD_FIG8_CONFIRM_SEED=$(GD_FIG8_CONFIRM_SEED)
$(eval $(call stage,gd-moments,$(GDM),$(GDM_OUT),$(GDM_DEPS),$(GDM_PARAMS)))

## Stage gd-moments: eqs (8)-(17) cross-checked, one GD step on the field (000 §3.1-3.2, §4.1); Figures 3, 4, 8
gd-moments: $(GDM_OUT)

$(GDM_OUT) $(GDM)/.complete &: $(GDM_DEPS) $(call params_dep,$(GDM),$(GDM_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(GDM),$(GDM_PARAMS),$(GDM_OUT)) \
	$(JBANG) stages/GdMoments.java --out $(GDM) --figures $(GDM_FIG) --claims $(REGISTRY)/gd-moments.csv --profile $(PROFILE) \
	  --n $(N) --m $(M) --samples $(SAMPLES) --realisations $(GD_REALISATIONS) --fig8-realisations $(GD_FIG8_REALISATIONS) \
	  --fig8-confirm-seed $(GD_FIG8_CONFIRM_SEED) --etas $(ETAS) --m-study $(M_STUDY) \
	  --mc-draws $(MC_DRAWS) --box $(GD_BOX) --eta-max $(GD_ETA_MAX) --eta-min $(GD_ETA_MIN) --m-study-etas $(GD_M_STUDY_ETAS) --optimum-max-n $(GD_OPTIMUM_MAX_N) --pdf-etas $(GD_PDF_ETAS) --pdf-points $(GD_PDF_POINTS) \
	  --seed $(SEED) --threads $(THREADS)

# blackbox-studies: what moves the black box's eta_crit (issue 11): MNIST at several field sizes M and training
# lengths. At the sweep's M it reads blackbox-sweep's own trainings (readings.csv: its fields read after each length,
# with fine etas around the drop); at every other M a field of its own per shard, its drop found by a one-epoch pilot
# on the coarse grid and placed by one pass of fine etas (a second only if the drop falls outside). The raw-pixel runs
# (the normalisation claims) train on the sweep's field 0 in a shard per N_P, the perceptron in one more. No claims of
# its own: blackbox-mnist checks the study beside Figure 10. Depends on mnist-data's manifest rows, as blackbox-sweep does.
# Shards as the sweep's: each its own make target and job (make -j, LAUNCHER=srun); the gather joins them and the sweep's
# readings into the four artifacts, byte-identical to one run (tests/studies/ShardsTest).
BBE := $(DATA)/blackbox-studies
BBE_SHARDS := $(BBE)/shards
BBE_OUT := $(BBE)/points.csv $(BBE)/etacrit.csv $(BBE)/normalisation.csv $(BBE)/baseline.csv
BBE_DEPS := $(call stage_sources,BlackboxStudies.java) $(MD)/files.rows
BBE_PARAMS := BBE_NP=$(BBE_NP) BBE_MS=$(BBE_MS) BBE_EPOCHS=$(BBE_EPOCHS) BBE_BASE_M=$(BBE_BASE_M) \
  BBE_BASE_EPOCHS=$(BBE_BASE_EPOCHS) BBE_COARSE_MIN=$(BBE_COARSE_MIN) BBE_COARSE_MAX=$(BBE_COARSE_MAX) BBE_COARSE=$(BBE_COARSE) \
  BBE_FINE=$(BBE_FINE) BBE_PLATEAU=$(BBE_PLATEAU) BBE_PILOT_EPOCHS=$(BBE_PILOT_EPOCHS) BBE_FIELDS=$(BBE_FIELDS) \
  BB_MNIST_TRAIN=$(BB_MNIST_TRAIN) BB_MNIST_TEST=$(BB_MNIST_TEST) BBE_BATCH=$(BBE_BATCH) BBE_BASELINE_HIDDEN=$(BBE_BASELINE_HIDDEN) \
  BBE_BASELINE_ETAS=$(BBE_BASELINE_ETAS) BBE_BASELINE_SEEDS=$(BBE_BASELINE_SEEDS) SEED=$(SEED)
BBE_ARGS = --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) --sweep-readings $(BBS)/readings.csv \
  --params $(BBE_NP) --ms $(BBE_MS) --epochs-list $(BBE_EPOCHS) --base-m $(BBE_BASE_M) --base-epochs $(BBE_BASE_EPOCHS) \
  --coarse-min $(BBE_COARSE_MIN) --coarse-max $(BBE_COARSE_MAX) --coarse $(BBE_COARSE) --fine $(BBE_FINE) --plateau $(BBE_PLATEAU) \
  --pilot-epochs $(BBE_PILOT_EPOCHS) --fields $(BBE_FIELDS) --mnist-train $(BB_MNIST_TRAIN) --mnist-test $(BB_MNIST_TEST) \
  --batch $(BBE_BATCH) --baseline-hidden $(BBE_BASELINE_HIDDEN) --baseline-etas $(BBE_BASELINE_ETAS) --baseline-seeds $(BBE_BASELINE_SEEDS) --seed $(SEED)
# shard keys, in the order of the artifacts (studies/Shards.all): np<N_P>-m<M>-field<f> for every M but the sweep's,
# np<N_P>-raw, then baseline
bbe_comma := ,
bbe_fields := $(shell seq 0 $$(($(BBE_FIELDS) - 1)))
BBE_KEYS := $(foreach n,$(subst $(bbe_comma), ,$(BBE_NP)),$(foreach m,$(filter-out $(BBE_BASE_M),$(subst $(bbe_comma), ,$(BBE_MS))),\
  $(foreach f,$(bbe_fields),np$(n)-m$(m)-field$(f))) np$(n)-raw) baseline
bbe_file = $(if $(filter baseline,$(1)),baseline.csv,$(if $(filter %-raw,$(1)),raw.csv,points.csv))
BBE_SHARD_OUT := $(foreach k,$(BBE_KEYS),$(BBE_SHARDS)/$(k)/$(call bbe_file,$(k)))
$(eval $(call stage,blackbox-studies,$(BBE),$(BBE_OUT),$(BBE_DEPS) $(BBE_SHARD_OUT) $(BBS)/readings.csv,$(BBE_PARAMS)))

## Stage blackbox-studies: eta_crit of the MNIST black box against the field size M and the training length
blackbox-studies: $(BBE_OUT)

## The shards of blackbox-studies that make would train (each one is a target: make blackbox-studies-<key>)
blackbox-studies-shards:
	@printf 'blackbox-studies-%s\n' $(BBE_KEYS)
.PHONY: blackbox-studies-shards

# $(call bbe_shard,KEY): one shard's target and rule (its own folder, params.txt and .complete, its own job)
define bbe_shard
.PHONY: blackbox-studies-$(1)
.PRECIOUS: $(BBE_SHARDS)/$(1)/$(call bbe_file,$(1)) $(BBE_SHARDS)/$(1)/.complete
blackbox-studies-$(1): $(BBE_SHARDS)/$(1)/$(call bbe_file,$(1))
$(call stage_threads,blackbox-studies,$(BBE_SHARDS)/$(1)/$(call bbe_file,$(1)) $(BBE_SHARDS)/$(1)/.complete)
$(BBE_SHARDS)/$(1)/$(call bbe_file,$(1)) $(BBE_SHARDS)/$(1)/.complete &: $(BBE_DEPS) \
    $(call params_dep,$(BBE_SHARDS)/$(1),$(BBE_PARAMS)) | $(JBANG_READY)
	$$(call run_shard,$(BBE_SHARDS)/$(1),$$(BBE_PARAMS),$(BBE_SHARDS)/$(1)/$(call bbe_file,$(1)),blackbox-studies) \
	$$(JBANG) stages/BlackboxStudies.java --out $(BBE_SHARDS)/$(1) --shard $(1) $$(BBE_ARGS) --threads $$(THREADS)
endef
$(foreach k,$(BBE_KEYS),$(eval $(call bbe_shard,$(k))))

# the gather: seconds; it reads the shards, the sweep's readings and the manifest, trains nothing
$(BBE_OUT) $(BBE)/.complete &: $(BBE_DEPS) $(BBE_SHARD_OUT) $(BBS)/readings.csv $(call params_dep,$(BBE),$(BBE_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(BBE),$(BBE_PARAMS),$(BBE_OUT)) \
	$(JBANG) stages/BlackboxStudies.java --out $(BBE) --gather $(BBE_SHARDS) $(BBE_ARGS) --threads $(THREADS)

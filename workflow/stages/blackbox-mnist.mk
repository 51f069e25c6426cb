# blackbox-mnist: the random-field classifier of 000 §4.2 (eqs 32-34) on the sine set and MNIST even/odd;
# Figures 9-10, eta_crit and its sqrt(N) scaling, logistic-regression baseline. MNIST comes from mnist-data
# (an empty manifest, as in the offline quick profile, means the sine set only).
STAGES += blackbox-mnist
BB := $(DATA)/blackbox-mnist
BB_FIG := $(FIGURES)/blackbox-mnist
BB_OUT := $(BB)/sweep.csv $(BB)/eta-crit.csv $(BB)/summary.csv $(BB)/baseline.csv $(BB)/figure9.csv $(BB)/checks.csv

$(eval $(call params_rule,blackbox-mnist,BB_M=$(BB_M) BB_PARAMS=$(BB_PARAMS) BB_MNIST_PARAMS=$(BB_MNIST_PARAMS) \
  BB_ETA_MIN=$(BB_ETA_MIN) BB_ETA_MAX=$(BB_ETA_MAX) BB_ETAS=$(BB_ETAS) BB_FIELDS=$(BB_FIELDS) BB_STARTS=$(BB_STARTS) \
  BB_SINE_TRAIN=$(BB_SINE_TRAIN) BB_SINE_TEST=$(BB_SINE_TEST) BB_MNIST_TRAIN=$(BB_MNIST_TRAIN) BB_MNIST_TEST=$(BB_MNIST_TEST) SEED=$(SEED)))

## Stage blackbox-mnist: random-field classifier on sine and MNIST data (000 §4.2); Figures 9-10, eta_crit (eq 34)
blackbox-mnist: $(BB_OUT)

$(BB_OUT) &: $(call stage_sources,BlackboxMnist.java) paper-checks/blackbox-mnist.csv $(DATA)/mnist-data/files.csv \
             $(call params_stamp,blackbox-mnist) | $(JBANG_READY)
	$(JBANG) stages/BlackboxMnist.java --out $(BB) --figures $(BB_FIG) --claims paper-checks/blackbox-mnist.csv \
	  --mnist-manifest $(DATA)/mnist-data/files.csv --mnist-dir $(MNIST_CACHE) --m $(BB_M) --params $(BB_PARAMS) \
	  --mnist-params $(BB_MNIST_PARAMS) --eta-min $(BB_ETA_MIN) --eta-max $(BB_ETA_MAX) --etas $(BB_ETAS) \
	  --fields $(BB_FIELDS) --starts $(BB_STARTS) --sine-train $(BB_SINE_TRAIN) --sine-test $(BB_SINE_TEST) \
	  --mnist-train $(BB_MNIST_TRAIN) --mnist-test $(BB_MNIST_TEST) --seed $(SEED) --threads $(THREADS)

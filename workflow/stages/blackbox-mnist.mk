# blackbox-mnist: checks blackbox-sweep's runs against 000 §4.2 and eq (34) (MNIST accuracy at N_P = 5000, eta_crit
# and its sqrt(N) scaling), then draws Figures 9-10. Seconds: it reads the sweep and does not train.
BB := $(DATA)/blackbox-mnist
BB_OUT := $(BB)/eta-crit.csv $(BB)/summary.csv $(BB)/checks.csv
BB_DEPS := $(call stage_sources,BlackboxMnist.java) $(REGISTRY)/blackbox-mnist.csv $(BBS_OUT)
$(eval $(call stage,blackbox-mnist,$(BB),$(BB_OUT),$(BB_DEPS),))

## Stage blackbox-mnist: check the sweep against 000 §4.2 and eq (34); Figures 9-10 (trains via blackbox-sweep)
blackbox-mnist: $(BB_OUT)

$(BB_OUT) $(BB)/.complete &: $(BB_DEPS) | $(JBANG_READY)
	$(call run_stage,$(BB),,$(BB_OUT)) \
	$(JBANG) stages/BlackboxMnist.java --sweep $(BBS) --out $(BB) --figures $(FIGURES)/blackbox-mnist \
	  --claims $(REGISTRY)/blackbox-mnist.csv --profile $(PROFILE)

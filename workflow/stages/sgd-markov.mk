# sgd-markov: 003 (Chaudhari's notes) §§1-3, SGD as a Markov process: the Markov step and Assumption 14 on MNIST,
# Theorems 7-8 and Remarks 9-10 by exact moments on least squares, the Gibbs law of eqs (3)-(4) and its temperature on
# a quadratic and on a 2-D slice of the random field, real SGD against the model, linear scaling and annealing; Lemmas 5-6,
# Remarks 9 and 11 by exact expectations, eq (3)'s exact law (discrete Lyapunov) and the Gibbs law at high temperature.
# MNIST comes from mnist-data: the rule depends on the rows of its manifest (files.rows), like blackbox-sweep, so this
# file is included after mnist-data.mk (FIRST_RULES).
SGDM := $(DATA)/sgd-markov
SGDM_FIG := $(FIGURES)/sgd-markov
SGDM_CSV := problems theorem7 floors theorem8 quadratic quadratic-histogram slice slice-marginal slice-minima \
            slice-landscape annealing step real-sgd mnist-spectrum lemmas remark9-cost remark11 lyapunov \
            high-temperature checks
SGDM_FIGS := quadratic-stationary slice-stationary slice-landscape distance-to-gibbs theorem7-floor theorem8-decay \
             real-sgd-spread annealing
SGDM_OUT := $(addprefix $(SGDM)/,$(addsuffix .csv,$(SGDM_CSV))) $(addprefix $(SGDM_FIG)/,$(addsuffix .svg,$(SGDM_FIGS)))
SGDM_DEPS := $(call stage_sources,SgdMarkov.java) $(REGISTRY)/sgd-markov.csv $(MD)/files.rows
SGDM_PARAMS := SGDM_MNIST_ITEMS=$(SGDM_MNIST_ITEMS) SGDM_STEP_DRAWS=$(SGDM_STEP_DRAWS) SGDM_REAL_CHAINS=$(SGDM_REAL_CHAINS) \
  SGDM_REAL_BURN=$(SGDM_REAL_BURN) SGDM_REAL_STEPS=$(SGDM_REAL_STEPS) SGDM_THM7_FRACTIONS=$(SGDM_THM7_FRACTIONS) \
  SGDM_FLOOR_RUNS=$(SGDM_FLOOR_RUNS) SGDM_DECAY_RUNS=$(SGDM_DECAY_RUNS) SGDM_QUAD_CHAINS=$(SGDM_QUAD_CHAINS) \
  SGDM_QUAD_SAMPLES=$(SGDM_QUAD_SAMPLES) SGDM_TEMP_CHAINS=$(SGDM_TEMP_CHAINS) SGDM_TEMP_SAMPLES=$(SGDM_TEMP_SAMPLES) \
  SGDM_SLICE_CHAINS=$(SGDM_SLICE_CHAINS) SGDM_SLICE_TIME=$(SGDM_SLICE_TIME) SGDM_SCALING_TIME=$(SGDM_SCALING_TIME) \
  SGDM_ANNEAL_RUNS=$(SGDM_ANNEAL_RUNS) SGDM_ANNEAL_STAGES=$(SGDM_ANNEAL_STAGES) SGDM_LYAP_STEPS=$(SGDM_LYAP_STEPS) SGDM_DECAY_HORIZON=$(SGDM_DECAY_HORIZON) SGDM_FIELD_M=$(SGDM_FIELD_M) SGDM_LYAP_CHAINS=$(SGDM_LYAP_CHAINS) SGDM_QUAD_STEPS=$(SGDM_QUAD_STEPS) SGDM_REAL_ALPHA=$(SGDM_REAL_ALPHA) SGDM_REAL_BATCH=$(SGDM_REAL_BATCH) SGDM_RIDGE=$(SGDM_RIDGE) SGDM_SLICE_STEPS=$(SGDM_SLICE_STEPS) SGDM_STEP_BATCH=$(SGDM_STEP_BATCH) SGDM_STEP_ITEMS=$(SGDM_STEP_ITEMS) \
  SEED=$(SEED)
$(eval $(call stage,sgd-markov,$(SGDM),$(SGDM_OUT),$(SGDM_DEPS),$(SGDM_PARAMS)))

## Stage sgd-markov: 003 §§1-3, SGD as a Markov process: Theorems 7-8, the Gibbs law and its temperature, real SGD on MNIST
sgd-markov: $(SGDM_OUT)

$(SGDM_OUT) $(SGDM)/.complete &: $(SGDM_DEPS) $(call params_dep,$(SGDM),$(SGDM_PARAMS)) | $(JBANG_READY)
	$(call run_stage,$(SGDM),$(SGDM_PARAMS),$(SGDM_OUT)) \
	$(JBANG) stages/SgdMarkov.java --out $(SGDM) --figures $(SGDM_FIG) --claims $(REGISTRY)/sgd-markov.csv --profile $(PROFILE) \
	  --mnist-manifest $(MD)/files.csv --mnist-dir $(MNIST_CACHE) --mnist-items $(SGDM_MNIST_ITEMS) \
	  --step-draws $(SGDM_STEP_DRAWS) --real-chains $(SGDM_REAL_CHAINS) --real-burn $(SGDM_REAL_BURN) \
	  --real-steps $(SGDM_REAL_STEPS) --thm7-fractions $(SGDM_THM7_FRACTIONS) --floor-runs $(SGDM_FLOOR_RUNS) \
	  --decay-runs $(SGDM_DECAY_RUNS) --quad-chains $(SGDM_QUAD_CHAINS) --quad-samples $(SGDM_QUAD_SAMPLES) \
	  --temp-chains $(SGDM_TEMP_CHAINS) --temp-samples $(SGDM_TEMP_SAMPLES) --slice-chains $(SGDM_SLICE_CHAINS) \
	  --slice-time $(SGDM_SLICE_TIME) --scaling-time $(SGDM_SCALING_TIME) --anneal-runs $(SGDM_ANNEAL_RUNS) \
	  --anneal-stages $(SGDM_ANNEAL_STAGES) --lyap-steps $(SGDM_LYAP_STEPS) --decay-horizon $(SGDM_DECAY_HORIZON) --field-m $(SGDM_FIELD_M) --lyap-chains $(SGDM_LYAP_CHAINS) --quad-steps $(SGDM_QUAD_STEPS) --real-alpha $(SGDM_REAL_ALPHA) --real-batch $(SGDM_REAL_BATCH) --ridge $(SGDM_RIDGE) --slice-steps $(SGDM_SLICE_STEPS) --step-batch $(SGDM_STEP_BATCH) --step-items $(SGDM_STEP_ITEMS) \
	  --seed $(SEED) --threads $(THREADS)

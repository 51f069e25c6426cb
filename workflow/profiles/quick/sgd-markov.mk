# sgd-markov, quick: the same code path at small sizes. The real-SGD spread claims (about the 10000-image finite sum)
# and the slice's linear-scaling claims (about chains of time 2e5) are left undecided; everything else decides as at
# paper scale.
SGDM_MNIST_ITEMS ?= 2000
SGDM_STEP_DRAWS ?= 400
SGDM_REAL_CHAINS ?= 2
SGDM_REAL_BURN ?= 1000
SGDM_REAL_STEPS ?= 3000
SGDM_THM7_FRACTIONS ?= 0.1,0.9
SGDM_FLOOR_RUNS ?= 16
SGDM_DECAY_RUNS ?= 32
SGDM_QUAD_CHAINS ?= 16
SGDM_QUAD_SAMPLES ?= 50000
SGDM_TEMP_CHAINS ?= 32
SGDM_TEMP_SAMPLES ?= 400000
SGDM_SLICE_CHAINS ?= 16
SGDM_SLICE_TIME ?= 4000
SGDM_SCALING_TIME ?= 4000
SGDM_ANNEAL_RUNS ?= 100
SGDM_ANNEAL_STAGES ?= 0,30000
SGDM_LYAP_STEPS ?= 50000
# options with the stage's own default in both profiles (make params describes each)
SGDM_DECAY_HORIZON ?= 1048576
SGDM_FIELD_M ?= 256
SGDM_LYAP_CHAINS ?= 16
SGDM_QUAD_STEPS ?= 0.05,0.1,0.2,0.5,1,1.5
SGDM_REAL_ALPHA ?= 0.5
SGDM_REAL_BATCH ?= 4
SGDM_RIDGE ?= 1e-3
SGDM_SLICE_STEPS ?= 2,1.5,1,0.7,0.5,0.35,0.25,0.18,0.125
SGDM_STEP_BATCH ?= 250
SGDM_STEP_ITEMS ?= 1000

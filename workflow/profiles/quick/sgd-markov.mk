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

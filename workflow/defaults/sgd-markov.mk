# sgd-markov: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
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

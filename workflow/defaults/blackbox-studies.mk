# blackbox-studies: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
BBE_BATCH ?= 128
BBE_BASELINE_HIDDEN ?= 6
BBE_BASELINE_ETAS ?= 0.03,0.1,0.3,1,3
BBE_BASELINE_SEEDS ?= 2

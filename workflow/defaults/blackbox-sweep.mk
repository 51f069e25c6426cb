# blackbox-sweep: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
BB_BATCH ?= 128
BB_EPOCHS ?= 10

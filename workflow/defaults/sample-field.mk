# sample-field: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
FIELD_DISTANCES ?= 0.25,0.5,1,1.5,2
FIELD_HALF_WIDTH ?= 1e6
FIELD_SLICE_GRID ?= 101
FIELD_SLICE_HALF_WIDTH ?= 5

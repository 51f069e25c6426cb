# predictable-progress: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
PP_ADAM_X ?= 0.5
PP_BB_ADAM_STEP ?= 0.067
PP_BOX ?= 1e6
PP_LINK_DIMS ?= 1,10,100,1000000
PP_MOMENTUM ?= 0.5
PP_QUAD_VAL_DIMS ?= 50
PP_SPAN_DIMS ?= 50
PP_SPAN_M ?= 5000
PP_SPAN_STARTS ?= 10
PP_VAL_REALISATIONS ?= 20
PP_X ?= 0.5

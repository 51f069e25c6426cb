# predictable-progress, quick: the same code at small sizes (seconds). N stops at 1e4, so the rate and the limit
# curve (judged at N >= 1e5) are inconclusive; the black box runs at N_P = 50, 200 (its claims are about 500, 5000).
# The random quadratic reaches N = 1e5 (its sampler costs O(N)), so its claims are decided here too.
PP_DIMS ?= 10,100,1000,10000
PP_STEPS ?= 8
PP_RUNS ?= 120
PP_REPLICATIONS ?= 6
PP_LINK_RUNS ?= 4000
PP_VAL_DIMS ?= 20
PP_VAL_M ?= 4000
PP_VAL_STARTS ?= 10
PP_VAL_EXACT_RUNS ?= 1000
PP_VAL_STEPS ?= 6
PP_CONTRAST_DIMS ?= 10,30,100
PP_CONTRAST_M ?= 4000
PP_CONTRAST_REALISATIONS ?= 6
PP_CONTRAST_STARTS ?= 10
PP_CONTRAST_REPLICATIONS ?= 6
PP_CONTRAST_STEPS ?= 6
PP_BB_PARAMS ?= 50,200
PP_BB_ETA ?= 0.3,0.2
PP_BB_M ?= 1000
PP_BB_TRAIN ?= 200
PP_BB_STEPS ?= 10
PP_BB_STARTS ?= 10
# random quadratic (001's class): N of the tridiagonal runs, GD steps, runs per N, runs per sampler of the dense-GOE check
PP_QUAD_DIMS ?= 10,100,1000,10000,100000
PP_QUAD_STEPS ?= 20
PP_QUAD_RUNS ?= 480
PP_QUAD_VAL_RUNS ?= 2000

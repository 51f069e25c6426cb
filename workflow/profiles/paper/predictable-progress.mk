# predictable-progress (001 on 000's field): dimensions of the exact runs, steps, independent runs per (algorithm, N)
# and replication groups for the rate's SE; runs per N of the n = 1 link; the check against the spectral field (N,
# M, starts per realisation of 20 realisations, exact runs, steps); the Adam contrast on the spectral field (N, M,
# realisations x starts, replication groups of realisations, steps); the black box (N_P, GD step per N_P, M, MNIST
# training images, full-batch steps, starts). About 3 CPU-minutes (2 cores).
PP_DIMS ?= 10,100,1000,10000,100000,1000000
PP_STEPS ?= 20
PP_RUNS ?= 600
PP_REPLICATIONS ?= 12
PP_LINK_RUNS ?= 20000
PP_VAL_DIMS ?= 20,100
PP_VAL_M ?= 20000
PP_VAL_STARTS ?= 50
PP_VAL_EXACT_RUNS ?= 4000
PP_VAL_STEPS ?= 10
PP_CONTRAST_DIMS ?= 10,30,100,200
PP_CONTRAST_M ?= 10000
PP_CONTRAST_REALISATIONS ?= 20
PP_CONTRAST_STARTS ?= 20
PP_CONTRAST_REPLICATIONS ?= 10
PP_CONTRAST_STEPS ?= 10
PP_BB_PARAMS ?= 500,5000
PP_BB_ETA ?= 0.1,0.02
PP_BB_M ?= 20000
PP_BB_TRAIN ?= 500
PP_BB_STEPS ?= 40
PP_BB_STARTS ?= 40
# random quadratic (001's class): N of the tridiagonal runs, GD steps, runs per N, runs per sampler of the dense-GOE check
PP_QUAD_DIMS ?= 10,100,1000,10000,100000
PP_QUAD_STEPS ?= 20
PP_QUAD_RUNS ?= 1200
PP_QUAD_VAL_RUNS ?= 4000

# pspin-descent (004, 001): GD dimensions, disorder samples, starts, step, step budget, gradient tolerance, and the step
# at which the spread-vs-N decay is fitted; GOE draws per N of the finite-N floor window; the modest N and its
# disorder samples (004's global-optimum statement); the seed of the confirmation run of 004-gd-floor at the largest
# N (issue 24: fixed here before the confirmation first ran, never used before; it is not SEED on purpose)
PSPIN_GD_N ?= 25,50,100,200
PSPIN_GD_SAMPLES ?= 6
PSPIN_GD_STARTS ?= 6
PSPIN_GD_ETA ?= 0.15
PSPIN_GD_STEPS ?= 2500
PSPIN_GD_TOL ?= 1e-5
PSPIN_SPREAD_STEP ?= 100
PSPIN_FLOOR_DRAWS ?= 200
PSPIN_MODEST_N ?= 10
PSPIN_MODEST_SAMPLES ?= 60
PSPIN_CONFIRM_SEED ?= 20261207

# pspin-descent (004, 001): GD dimensions, disorder samples, starts, step, step budget, gradient tolerance, and the step
# at which the spread-vs-N decay is fitted; GOE draws per N of the finite-N floor window; the N values of the
# ground-state search (the first is 004's modest N), their disorder samples, the GD starts per batch (two batches) and
# their step budget; the seed of the confirmation run of 004-gd-floor at the largest N (issue 24: fixed here before the
# confirmation first ran, never used before; it is not SEED on purpose)
PSPIN_GD_N ?= 25,50,100,200
PSPIN_GD_SAMPLES ?= 6
PSPIN_GD_STARTS ?= 6
PSPIN_GD_ETA ?= 0.15
PSPIN_GD_STEPS ?= 2500
PSPIN_GD_TOL ?= 1e-5
PSPIN_SPREAD_STEP ?= 100
PSPIN_FLOOR_DRAWS ?= 200
PSPIN_GROUND_N ?= 10,20,40
PSPIN_GROUND_SAMPLES ?= 60,30,24
PSPIN_GROUND_STARTS ?= 50
PSPIN_GROUND_STEPS ?= 2500
PSPIN_CONFIRM_SEED ?= 20261207

# pspin-complexity at small sizes (same code path, a few seconds): GD only up to N = 50, so its N -> infinity
# claims are skipped; the spread fit still runs over three N values
PSPIN_PS ?= 3,4,5
PSPIN_HESSIAN_N ?= 500
PSPIN_HESSIAN_DRAWS ?= 8
PSPIN_SHIFT_N ?= 30
PSPIN_SHIFT_SAMPLES ?= 300
PSPIN_GD_N ?= 16,32,50
PSPIN_GD_SAMPLES ?= 3
PSPIN_GD_STARTS ?= 4
PSPIN_GD_ETA ?= 0.1
PSPIN_GD_STEPS ?= 300
PSPIN_GD_TOL ?= 1e-5
PSPIN_SPREAD_STEP ?= 100

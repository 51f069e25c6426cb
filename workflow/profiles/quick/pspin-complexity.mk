# pspin-complexity at small sizes (same code path, a few seconds): fewer GOE draws, a smaller shift N, fewer p = 2
# draws and starts
PSPIN_PS ?= 3,4,5
PSPIN_HESSIAN_N ?= 500
PSPIN_HESSIAN_DRAWS ?= 8
PSPIN_SHIFT_N ?= 30
PSPIN_SHIFT_SAMPLES ?= 1000
PSPIN_P2_N ?= 1000
PSPIN_P2_DRAWS ?= 3
PSPIN_CRITICAL_N ?= 6
PSPIN_CRITICAL_STARTS ?= 200
PSPIN_COUPLING_N ?= 1000
PSPIN_COUPLING_STARTS ?= 50

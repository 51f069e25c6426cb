# pspin-complexity (002, 004): p values of the complexity curves; N and GOE draws of the shifted-GOE simulation;
# N and tensors of the Hessian-shift measurement; N and draws of the p = 2 minimum; N and Newton starts of the p = 2
# critical points; N and starts of the constant-coupling minimum
PSPIN_PS ?= 3,4,5
PSPIN_HESSIAN_N ?= 500
PSPIN_HESSIAN_DRAWS ?= 40
PSPIN_SHIFT_N ?= 50
PSPIN_SHIFT_SAMPLES ?= 1000
PSPIN_P2_N ?= 1000
PSPIN_P2_DRAWS ?= 6
PSPIN_CRITICAL_N ?= 8
PSPIN_CRITICAL_STARTS ?= 400
PSPIN_COUPLING_N ?= 1000
PSPIN_COUPLING_STARTS ?= 100

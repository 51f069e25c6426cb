# pspin-complexity (002, 004, 001): p values of the complexity curves; N and GOE draws of the shifted-GOE simulation;
# N and tensors of the Hessian-shift measurement; GD dimensions, disorder samples, starts, step, step budget,
# gradient tolerance, and the step at which the spread-vs-N decay is fitted
# then GOE draws per N of the finite-N floor window; the modest N and its disorder samples (004's global-optimum
# statement); N and draws of the p = 2 minimum; N and Newton starts of the p = 2 critical points; N and starts of
# the constant-coupling minimum
PSPIN_PS ?= 3,4,5
PSPIN_HESSIAN_N ?= 500
PSPIN_HESSIAN_DRAWS ?= 40
PSPIN_SHIFT_N ?= 50
PSPIN_SHIFT_SAMPLES ?= 1000
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
PSPIN_P2_N ?= 1000
PSPIN_P2_DRAWS ?= 6
PSPIN_CRITICAL_N ?= 8
PSPIN_CRITICAL_STARTS ?= 400
PSPIN_COUPLING_N ?= 1000
PSPIN_COUPLING_STARTS ?= 100

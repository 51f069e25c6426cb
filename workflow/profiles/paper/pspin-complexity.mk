# pspin-complexity (002, 004): p values of the complexity curves; N and GOE draws of the shifted-GOE simulation;
# N and tensors of the Hessian-shift measurement; N and draws of the p = 2 minimum; N and Newton starts of the p = 2
# critical points; N and starts of the constant-coupling minimum; N and tensors of the joint law of f and its
# gradient; N and tensors of the Newton search for critical points; matrices per N and the icosphere level of the
# p = 2 Euler characteristics
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
PSPIN_MOMENTS_N ?= 20
PSPIN_MOMENTS_SAMPLES ?= 4000
PSPIN_NEWTON_N ?= 30
PSPIN_NEWTON_SAMPLES ?= 300
PSPIN_EULER_DRAWS ?= 10
PSPIN_EULER_LEVEL ?= 6

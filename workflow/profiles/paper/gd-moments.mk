# gd-moments (000 eqs 8-17, Figures 3, 4, 8): dimension, spectral samples, starting points per M (split over
# GD_REALISATIONS independent fields; Figure 8's M has GD_FIG8_REALISATIONS of them, fixed before looking: its
# claims are decided on them), learning rates, spectral sizes of the finite-M study, Monte Carlo draws of
# the conditional model
N ?= 500
M ?= 20000
SAMPLES ?= 10000
GD_REALISATIONS ?= 20
GD_FIG8_REALISATIONS ?= 80
ETAS ?= 20
M_STUDY ?= 5000,20000,80000
MC_DRAWS ?= 1000000
# fig8-var-confirm: Figure 8's variance test on realisations and starting points of this seed, never used before, named
# in the claim's statement in paper-checks/gd-moments.csv before the run (a stage on another seed leaves it undecided)
GD_FIG8_CONFIRM_SEED ?= 20261124

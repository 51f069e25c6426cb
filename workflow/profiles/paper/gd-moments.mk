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
# options with the stage's own default in both profiles (make params describes each)
GD_BOX ?= 1e6
GD_ETA_MAX ?= 20
GD_ETA_MIN ?= 0.02
GD_M_STUDY_ETAS ?= 1,1.6
GD_OPTIMUM_MAX_N ?= 5000
GD_PDF_ETAS ?= 0.1,0.3,1,2,3
GD_PDF_POINTS ?= 401

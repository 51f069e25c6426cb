# gd-moments, quick: the same code path at small sizes (the Figure 8 claims are inconclusive here: they are about N = 500, M = 2e4)
N ?= 100
M ?= 4000
SAMPLES ?= 6000
GD_REALISATIONS ?= 24
GD_FIG8_REALISATIONS ?= 24
ETAS ?= 8
M_STUDY ?= 1000,4000
MC_DRAWS ?= 100000
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

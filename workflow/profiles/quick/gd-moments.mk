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

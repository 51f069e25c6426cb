# asymptotic-normality at small sizes: the Monte Carlo keeps N = 5000 (its cost does not grow with N) and enough
# draws to decide its claims; the field runs with small M and few points.
AN_XS ?= 0.1,0.5,1,1.5,2,3
AN_EXACT_DIMS ?= 1e2,1e4,1e6,1e8
AN_MC_DIMS ?= 50,500,5000
AN_MC_DRAWS ?= 1000000
AN_FIELD_DIMS ?= 50,500
AN_FIELD_M ?= 1000,2000
AN_FIELD_REALISATIONS ?= 10
AN_FIELD_POINTS ?= 100
AN_FIG5_POINTS ?= 5000
AN_FIG5_M ?= 2000

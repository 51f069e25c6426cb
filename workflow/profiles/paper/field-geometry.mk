# field-geometry (000 eqs 6-9, §3.2, Figures 2 and 6): N values and draws per N of the conditioning (EJML); N, M,
# realisations and points per realisation of the field estimate of Cov(Phi1, Xi0); N, M, realisations and points of
# the Xi0^2 sample (000 §4.1: N = 500, M = 2e4) and of the small-M sample where the finite-M variance is measured;
# Monte Carlo samples per power estimate and the largest sample size searched for power 0.9; the largest N of the random-search comparison; levels, fields, M and grid
# of the Euler-characteristic count; M and grid of the realisations drawn in Figures 2 and 6, and how many
# realisations are searched for Figure 6's most varied illustration
FG_COND_DIMS ?= 1,2,3,10,50,200
FG_COND_DRAWS ?= 20
FG_SIGN_N ?= 5
FG_SIGN_M ?= 2000
FG_SIGN_REALISATIONS ?= 40
FG_SIGN_POINTS ?= 500
FG_XI_N ?= 500
FG_XI_M ?= 20000
FG_XI_REALISATIONS ?= 50
FG_XI_POINTS ?= 100
FG_XI_SMALL_M ?= 500
FG_XI_SMALL_REALISATIONS ?= 400
FG_XI_SMALL_POINTS ?= 20
FG_POWER_REPS ?= 200
FG_POWER_MAX_SIZE ?= 1000000
FG_CROSSOVER_MAX_N ?= 200
FG_EC_LEVELS ?= -2,-1,0,1,2
FG_EC_FIELDS ?= 1000
FG_EC_M ?= 1000
FG_EC_GRID ?= 101
FG_PICTURE_M ?= 5000
FG_PICTURE_GRID ?= 161
FG_PICTURE_CANDIDATES ?= 100

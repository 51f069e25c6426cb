# asymptotic-normality (000 eqs 18-24, Figure 5): rescaled learning rates X; N of the exact moments (a); N of the
# conditional-model Monte Carlo (b) and its draws per (N, X); N of the field (c) with the spectral samples M for
# each N, independent fields per N and starting points per field; Figure 5 (N = 500, η = 0.1 η_opt): points in
# all (split over the fields) and M as in the paper (2e4; with M = 5000 the finite-M bias of the mean already
# fails the KS test at 1e5 points). Figure 5 dominates the cost: ~4 CPU-minutes.
AN_XS ?= 0.1,0.5,1,1.5,2,3
AN_EXACT_DIMS ?= 1e2,1e3,1e4,1e5,1e6,1e7,1e8
AN_MC_DIMS ?= 50,500,5000
AN_MC_DRAWS ?= 1000000
AN_FIELD_DIMS ?= 50,500
AN_FIELD_M ?= 5000,20000
AN_FIELD_REALISATIONS ?= 10
AN_FIELD_POINTS ?= 500
AN_FIG5_POINTS ?= 100000
AN_FIG5_M ?= 20000

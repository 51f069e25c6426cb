# sample-field (000 eqs 29-31, section 4.1): dimensions N, spectral samples M (the paper's 2e4), points per N over all
# realisations (pairs: half), independent realisations (standard errors over them)
FIELD_DIMS ?= 2,500
FIELD_M ?= 20000
FIELD_POINTS ?= 20000
FIELD_REALISATIONS ?= 20

# sample-field (000 eqs 29-31, section 4.1): dimensions N, spectral samples M, points per N over all realisations
# (pairs: half), independent realisations (standard errors over them)
FIELD_DIMS ?= 2,100
FIELD_M ?= 4000
FIELD_POINTS ?= 8000
FIELD_REALISATIONS ?= 20

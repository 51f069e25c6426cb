# sample-field (000 eqs 29-31, section 4.1): dimensions N, spectral samples M (the paper's 2e4), points per N over all
# realisations (pairs: half), independent realisations (standard errors over them)
FIELD_DIMS ?= 2,500
FIELD_M ?= 20000
FIELD_POINTS ?= 20000
FIELD_REALISATIONS ?= 20
# options with the stage's own default in both profiles (make params describes each)
FIELD_DISTANCES ?= 0.25,0.5,1,1.5,2
FIELD_HALF_WIDTH ?= 1e6
FIELD_SLICE_GRID ?= 101
FIELD_SLICE_HALF_WIDTH ?= 5

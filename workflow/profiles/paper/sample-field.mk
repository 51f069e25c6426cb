# sample-field (000 eqs 29-31): field dimensions for the statistics, spectral samples, points per dimension
FIELD_DIMS ?= 2,500
FIELD_M ?= 20000
FIELD_POINTS ?= 20000

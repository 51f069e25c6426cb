# deep-linear (004 section 4): numbers of layers; random data sets per depth; data points per set; random parameter
# points per set for the convexity checks; gradient-descent starts per set and their step budget
DEEPLIN_DEPTHS ?= 2,3,4
DEEPLIN_INSTANCES ?= 8
DEEPLIN_SAMPLES ?= 12
DEEPLIN_POINTS ?= 50
DEEPLIN_STARTS ?= 8
DEEPLIN_MAX_STEPS ?= 200000

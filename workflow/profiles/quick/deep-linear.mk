# deep-linear at small sizes: depths 2 and 3 only, fewer data sets, points and starts
DEEPLIN_DEPTHS ?= 2,3
DEEPLIN_INSTANCES ?= 3
DEEPLIN_SAMPLES ?= 12
DEEPLIN_POINTS ?= 20
DEEPLIN_STARTS ?= 4
DEEPLIN_MAX_STEPS ?= 200000

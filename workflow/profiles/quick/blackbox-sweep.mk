# blackbox-sweep, quick: a small field and small N_P, and subsets of MNIST (BB_MNIST_TRAIN, BB_MNIST_TEST)
# a verified copy (the quick profile never fetches), otherwise the sine set alone.
BB_M ?= 1000
BB_PARAMS ?= 50,200
BB_MNIST_PARAMS ?= 50,200
BB_ETA_MIN ?= 0.001
BB_ETA_MAX ?= 10
BB_ETAS ?= 7
BB_FIELDS ?= 1
BB_STARTS ?= 2
BB_SINE_TRAIN ?= 3000
BB_SINE_TEST ?= 1000
BB_MNIST_TRAIN ?= 2000
BB_MNIST_TEST ?= 1000
BB_FINE ?= 2
BB_PILOT_EPOCHS ?= 1
# no field is split into two jobs on a cluster (see the paper profile; a split needs BB_STARTS = 1)
BB_CLUSTER_SPLIT_PARAMS ?=

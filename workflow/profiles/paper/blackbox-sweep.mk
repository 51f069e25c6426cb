# blackbox-sweep (000 §4.2; checked by blackbox-mnist): spectral samples M, N_P = dim beta on the sine set and on
# MNIST, the log eta grid (3 points per decade from 1e-3 to 10^(1/3)), field realisations x initial betas per (data
# set, N_P), set sizes (0: all of MNIST). Wall time: MNIST at N_P = 5000 costs about 0.4 s per batch of all runs on
# an idle core (Z_beta streamed twice per batch), 4690 batches: about 30-45 minutes; the whole stage about an hour
# (see timings.run).
BB_M ?= 20000
BB_PARAMS ?= 500,5000
BB_MNIST_PARAMS ?= 500,5000
BB_ETA_MIN ?= 0.001
BB_ETA_MAX ?= 2.154434690031884
BB_ETAS ?= 11
BB_FIELDS ?= 1
BB_STARTS ?= 2
BB_SINE_TRAIN ?= 6000
BB_SINE_TEST ?= 1000
BB_MNIST_TRAIN ?= 0
BB_MNIST_TEST ?= 0

# blackbox-sweep (000 §4.2; checked by blackbox-mnist): spectral samples M, N_P = dim beta on the sine set and on
# MNIST, the log eta grid (6 points per decade from 1e-3 to 10^(1/3): the drop to chance happens within one grid
# step, so the grid sets most of eta_crit's standard error), independent field realisations x initial betas per
# field (two fields: eta_crit differed by 0.3 % between them, and by 0.2 % between two starts on one field), set
# sizes (0: all of MNIST). Measured wall time on 2 idle cores: 16.5 min (1833 CPU-s, 6.8 GB peak RSS: Z_in x_in for
# 60000 images kept); MNIST at N_P = 5000 is 2 x 5.4 min of it (per-field times in data/blackbox-sweep/shards/*/timings.run).
BB_M ?= 20000
BB_PARAMS ?= 500,5000
BB_MNIST_PARAMS ?= 500,5000
BB_ETA_MIN ?= 0.001
BB_ETA_MAX ?= 2.154434690031884
BB_ETAS ?= 21
BB_FIELDS ?= 2
BB_STARTS ?= 1
BB_SINE_TRAIN ?= 6000
BB_SINE_TEST ?= 1000
BB_MNIST_TRAIN ?= 0
BB_MNIST_TEST ?= 0
# on the MNIST fields blackbox-studies reads (its N_P): fine etas per grid step in the step where a one-epoch pilot saw
# the drop (two: steps of 0.056 decades, the study's fine resolution at its other M), read after BBE_EPOCHS
BB_FINE ?= 2
BB_PILOT_EPOCHS ?= 1
# on a cluster (LAUNCHER=srun) the MNIST fields at these N_P train in two jobs each (the grid's upper half, then its
# lower half with the pilot and fine etas): at N_P = 5000 one field is 445-490 s on two idle cores, its halves 307-334
# and 357-359 s, but both together 1.5x the CPU time (each draws the field and computes v), so on one machine a field
# stays one job. No byte of any artifact changes (BB_SPLIT_PARAMS=... forces a split anywhere).
BB_CLUSTER_SPLIT_PARAMS ?= 5000

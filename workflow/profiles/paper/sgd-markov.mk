# sgd-markov (003 §§1-3): MNIST finite sum of the real-SGD claims (first n training images); batches per sampling
# scheme of the Markov-step check; real SGD runs per (alpha, l), burn-in and recorded steps; Theorem 7 steps as fractions
# of 1/(L sigma_min); SGD runs of the floor simulation and of Theorem 8; chains x recorded steps on the quadratic (eq 4)
# and for the temperature (eq 3); chains per step and chain time (alpha x steps) on the field slice, and for the
# linear-scaling runs; annealing runs per schedule and stage length, and the stage lengths (0: gradient descent only);
# recorded steps of each of the 16 chains of eq (3) on the d = 5 quadratic (the discrete Lyapunov check).
SGDM_MNIST_ITEMS ?= 10000
SGDM_STEP_DRAWS ?= 2000
SGDM_REAL_CHAINS ?= 8
SGDM_REAL_BURN ?= 8000
SGDM_REAL_STEPS ?= 40000
SGDM_THM7_FRACTIONS ?= 0.01,0.03,0.1,0.3,0.6,0.9,0.99
SGDM_FLOOR_RUNS ?= 64
SGDM_DECAY_RUNS ?= 256
SGDM_QUAD_CHAINS ?= 32
SGDM_QUAD_SAMPLES ?= 200000
SGDM_TEMP_CHAINS ?= 64
SGDM_TEMP_SAMPLES ?= 1000000
SGDM_SLICE_CHAINS ?= 32
SGDM_SLICE_TIME ?= 20000
SGDM_SCALING_TIME ?= 200000
SGDM_ANNEAL_RUNS ?= 600
SGDM_ANNEAL_STAGES ?= 0,300,3000,30000,300000
SGDM_LYAP_STEPS ?= 400000

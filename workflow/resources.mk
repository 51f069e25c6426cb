# What each stage asks of a cluster node when LAUNCHER=srun (workflow/common.mk): CPUS.<stage> cores (also its
# --threads) and MEM.<stage> memory, as srun's --cpus-per-task and --mem take them. Sized from the paper-scale peak
# RSS of BENCHMARKS.md §5 with room for the JVM; the quick profile fits in the same requests. Override any of them:
#   make all LAUNCHER=srun CPUS.gd-moments=8 MEM.blackbox-sweep=16G
CPUS.default ?= 2
MEM.default ?= 2G
# Each request is the stage's measured paper-scale peak RSS (bench/results/pipeline-paper.csv, one uninterrupted
# `make all`) with at least a quarter more for the JVM's heap growth; tests/reliability/ResourcesTest holds every request
# to that. Peaks: sample-field 0.9 GB, mnist-data 0.2, gd-moments 1.4, pspin-complexity 0.8, asymptotic-normality 0.9,
# euler-minimum 0.5, field-geometry 1.1, sgd-markov 1.2, predictable-progress 3.2, blackbox-sweep 6.5 (the whole
# sweep: MNIST's Z_in x_in, M = 2e4 by 60000 images, is 4.8 GB of it), blackbox-studies 7.4, blackbox-mnist 0.3.
MEM.gd-moments ?= 3G
MEM.asymptotic-normality ?= 3G
MEM.sgd-markov ?= 3G
MEM.predictable-progress ?= 5G
MEM.blackbox-sweep ?= 9G
MEM.blackbox-studies ?= 10G
MEM.mnist-data ?= 1G
MEM.blackbox-mnist ?= 1G
# $(call cpus,STAGE), $(call mem,STAGE): the request of STAGE, else the default
cpus = $(if $(filter undefined,$(origin CPUS.$(1))),$(CPUS.default),$(CPUS.$(1)))
mem = $(if $(filter undefined,$(origin MEM.$(1))),$(MEM.default),$(MEM.$(1)))

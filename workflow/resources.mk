# What each stage asks of a cluster node when LAUNCHER=srun (workflow/common.mk): CPUS.<stage> cores (also its
# --threads) and MEM.<stage> memory, as srun's --cpus-per-task and --mem take them. Sized from the paper-scale peak
# RSS (BENCHMARKS.md §1) with room for the JVM; the quick profile fits in the same requests. Override any of them:
#   make all LAUNCHER=srun CPUS.gd-moments=8 MEM.blackbox-sweep=16G
CPUS.default ?= 2
MEM.default ?= 2G
# Each request is the stage's measured paper-scale peak RSS (bench/results/pipeline-paper.csv: the make all of
# 2026-12-07, the three black-box stages from their sharded run of the same day; peaks from the run sidecars) with at least a quarter more for the JVM's heap growth;
# tests/reliability/ResourcesTest holds every request to that. Peaks: sample-field 1.2 GB, mnist-data 0.2, gd-moments 1.4,
# pspin-complexity 0.7, pspin-descent 1.6, deep-linear 0.3, asymptotic-normality 1.3, euler-minimum 0.6, field-geometry
# 1.2, sgd-markov 1.1, predictable-progress 3.4, progress-mlp 0.5, blackbox-sweep 7.9 (MNIST's Z_in x_in, M = 2e4 by
# 60000 images, is 4.8 GB of it), blackbox-studies 7.9 (its raw-pixel shard), blackbox-mnist 0.1. A sharded stage's
# request holds for each of its shards (one job each).
MEM.gd-moments ?= 3G
MEM.asymptotic-normality ?= 3G
MEM.sgd-markov ?= 3G
MEM.predictable-progress ?= 5G
MEM.blackbox-sweep ?= 10G
MEM.blackbox-studies ?= 10G
MEM.pspin-descent ?= 3G
MEM.mnist-data ?= 1G
MEM.blackbox-mnist ?= 1G
# $(call cpus,STAGE), $(call mem,STAGE): the request of STAGE, else the default
cpus = $(if $(filter undefined,$(origin CPUS.$(1))),$(CPUS.default),$(CPUS.$(1)))
mem = $(if $(filter undefined,$(origin MEM.$(1))),$(MEM.default),$(MEM.$(1)))

# What each stage asks of a cluster node when LAUNCHER=srun (workflow/common.mk): CPUS.<stage> cores (also its
# --threads) and MEM.<stage> memory, as srun's --cpus-per-task and --mem take them. Sized from the paper-scale peak
# RSS of BENCHMARKS.md §5 with room for the JVM; the quick profile fits in the same requests. Override any of them:
#   make all LAUNCHER=srun CPUS.gd-moments=8 MEM.blackbox-sweep=16G
CPUS.default ?= 2
MEM.default ?= 2G
# sample-field 0.6 GB, gd-moments 1.2 GB, asymptotic-normality 1.0 GB, euler-minimum 0.4 GB, pspin-complexity 0.6 GB
MEM.gd-moments ?= 3G
MEM.asymptotic-normality ?= 3G
# blackbox-sweep runs as shards (one field realisation each): MNIST's Z_in x_in (M = 2e4 by 60000 images) is 4.8 GB of
# the 5.2 GB peak, and the stage's JVM may take up to -Xmx8g
MEM.blackbox-sweep ?= 9G
MEM.mnist-data ?= 1G
MEM.blackbox-mnist ?= 1G
# $(call cpus,STAGE), $(call mem,STAGE): the request of STAGE, else the default
cpus = $(if $(filter undefined,$(origin CPUS.$(1))),$(CPUS.default),$(CPUS.$(1)))
mem = $(if $(filter undefined,$(origin MEM.$(1))),$(MEM.default),$(MEM.$(1)))

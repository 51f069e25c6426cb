# progress-mlp, quick: the same code at small sizes (seconds); its claims are about widths 16 and 128 at 16 starts, so
# they are inconclusive here.
PM_WIDTHS ?= 4,16
PM_TRAIN ?= 200
PM_STEPS ?= 10
PM_STARTS ?= 10
PM_ETA ?= 1
PM_ADAM_LR ?= 0.001

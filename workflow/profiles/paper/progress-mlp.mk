# progress-mlp (001 Remark 1.2 on a real network): hidden widths, MNIST training images (full batch), steps, starts per
# width, GD's step and Adam's learning rate.
PM_WIDTHS ?= 16,128
PM_TRAIN ?= 500
PM_STEPS ?= 100
PM_STARTS ?= 64
PM_ETA ?= 1
PM_ADAM_LR ?= 0.001

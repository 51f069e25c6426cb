# asymptotic-normality: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
AN_FIG5_DIMS ?= 500

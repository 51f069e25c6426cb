# field-geometry: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
FG_BOX ?= 1e6
FG_SIGN_STEP ?= 1

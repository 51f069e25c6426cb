# gd-moments: options with the same value in every profile, the stage's own default (a profile file may
# set one of them first; make params describes each)
GD_BOX ?= 1e6
GD_ETA_MAX ?= 20
GD_ETA_MIN ?= 0.02
GD_M_STUDY_ETAS ?= 1,1.6
GD_OPTIMUM_MAX_N ?= 5000
GD_PDF_ETAS ?= 0.1,0.3,1,2,3
GD_PDF_POINTS ?= 401

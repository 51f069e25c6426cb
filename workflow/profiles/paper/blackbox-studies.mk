# blackbox-studies (issue 11; checked by blackbox-mnist): N_P values; the field sizes M at BBE_BASE_EPOCHS (the
# paper's 10) and the training lengths (epochs of all 60000 images) at BBE_BASE_M (the M of §4.1); the coarse log grid
# of eta in which the drop is found, the fine points placed inside the coarse step of the drop; fields per setting
# (one: between the two fields of blackbox-sweep eta_crit differs by far less than one fine grid step, which sets the
# standard error here; a second field doubles the stage's time).
BBE_NP ?= 500,5000
BBE_MS ?= 6000,12000,20000
BBE_EPOCHS ?= 2,5,10
BBE_BASE_M ?= 20000
BBE_BASE_EPOCHS ?= 10
BBE_COARSE_MIN ?= 0.01
BBE_COARSE_MAX ?= 1.5
BBE_COARSE ?= 7
BBE_FINE ?= 6
BBE_FIELDS ?= 1

# blackbox-studies (issue 11; checked by blackbox-mnist): N_P values; the field sizes M at BBE_BASE_EPOCHS (the
# paper's 10) and the training lengths (epochs of all 60000 images) at BBE_BASE_M, which must be blackbox-sweep's M
# (the study reads the sweep's own fields there, BB_FINE fine etas beside its grid). At every other M: the coarse log
# grid of the one-epoch pilot (and of the raw-pixel runs), the fine points placed inside the coarse step of the drop (the
# resolution of eta_crit: a coarse step / (BBE_FINE + 1), 0.052 decades), BBE_PLATEAU coarse points below that step so the
# best accuracy is measured at full length, and BBE_FIELDS field realisations per (N_P, M): two, as the sweep has, so every
# M gives a field-to-field spread (pooled over the cells by blackbox-mnist: the eta_crit claims' error does not rest on
# one degree of freedom).
BBE_NP ?= 500,5000
BBE_MS ?= 6000,12000,20000
BBE_EPOCHS ?= 2,5,10
BBE_BASE_M ?= 20000
BBE_BASE_EPOCHS ?= 10
BBE_COARSE_MIN ?= 0.01
BBE_COARSE_MAX ?= 1.5
BBE_COARSE ?= 7
BBE_FINE ?= 6
BBE_PLATEAU ?= 2
BBE_PILOT_EPOCHS ?= 1
BBE_FIELDS ?= 2

# field-geometry, quick: the paper's N and M for Xi0^2 on few realisations (the chi2_N/2 alternative is still
# excluded with power ~1), fewer draws, fields and points elsewhere, smaller pictures
FG_COND_DIMS ?= 1,2,10,50
FG_COND_DRAWS ?= 5
FG_SIGN_N ?= 5
FG_SIGN_M ?= 500
FG_SIGN_REALISATIONS ?= 10
FG_SIGN_POINTS ?= 200
FG_XI_N ?= 500
FG_XI_M ?= 20000
FG_XI_REALISATIONS ?= 4
FG_XI_POINTS ?= 100
FG_XI_SMALL_M ?= 500
FG_XI_SMALL_REALISATIONS ?= 100
FG_XI_SMALL_POINTS ?= 20
FG_POWER_REPS ?= 50
FG_POWER_MAX_SIZE ?= 50000
FG_CROSSOVER_MAX_N ?= 60
FG_EC_LEVELS ?= -2,-1,0,1,2
FG_EC_FIELDS ?= 200
FG_EC_M ?= 500
FG_EC_GRID ?= 61
FG_PICTURE_M ?= 1000
FG_PICTURE_GRID ?= 81
FG_PICTURE_CANDIDATES ?= 20

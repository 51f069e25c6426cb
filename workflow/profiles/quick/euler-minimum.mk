# euler-minimum (000 eqs 25-28, Figure 7): as the paper profile with fewer levels, curve points and fields
EM_LEVEL_DIMS ?= 1,2,5,20,50,100,200,500
EM_CURVE_DIMS ?= 1,2,10,100,500
EM_CURVE_POINTS ?= 81
EM_MC_FIELDS ?= 200
EM_MC_M ?= 300
EM_MC_GRID ?= 61

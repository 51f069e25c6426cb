# euler-minimum (000 eqs 25-28, Figure 7): N of the levels u*(N) where E χ = 1/2; N of the E χ curves and levels u
# per curve; simulated fields per N for the check at N = 1, 2 (4000: the mean minimum's interval, ±3 SE, must fit in
# the 0.1 tolerance of u-star-vs-mc; 1000 left it inconclusive), their spectral samples M and grid points per axis
EM_LEVEL_DIMS ?= 1,2,3,4,5,6,7,8,10,12,15,20,25,30,40,50,60,80,100,120,150,200,250,300,400,500
EM_CURVE_DIMS ?= 1,2,5,10,50,100,200,500
EM_CURVE_POINTS ?= 241
EM_MC_FIELDS ?= 4000
EM_MC_M ?= 500
EM_MC_GRID ?= 101

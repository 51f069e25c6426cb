# Small parameters (the same code path, in well under two minutes) shared by all stages. Each stage's own parameters are in quick/<stage>.mk.
SEED ?= 20190613

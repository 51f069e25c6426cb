# Paper-scale parameters shared by all stages. Each stage's own parameters are in paper/<stage>.mk.
SEED ?= 20190613

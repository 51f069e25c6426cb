# The active profile and experiments: what `make` runs on when the command line does not say.
#
# Profile. `make quick` and `make all` choose their profile (quick, paper) and remember it in .grf-profile; so does
# `make use PROFILE=...`. Every other command (a stage, status, report, diff, clean, params, exp-show ...) works on the
# remembered profile; PROFILE=... on one command line overrides it for that command only.
#
# Experiments. A parameter given on the command line with a value other than the profile's makes the run an
# experiment: its outputs go to data/<profile>/exp/<name>/ and figures/<profile>/exp/<name>/ (paper: data/exp/<name>),
# never over the profile's own result. <name> is EXP=<name>, or derived from the parameters (N=200 SAMPLES=9000 gives
# N200-SAMPLES9000). A new experiment starts as hard links of the profile's complete result (workflow/exp-seed:
# no bytes copied, and the profile's files are never written: stages replace files by renaming), so exactly the
# stages whose parameters or inputs differ rerun, downstream ones included. A verdict that moves in an experiment
# is a finding, not a failure: the stage draws its figures and exits 0, and the moved claims are listed.
PROFILE_FILE := .grf-profile
ifeq ($(origin PROFILE),undefined)
ifneq ($(filter all,$(MAKECMDGOALS)),)
PROFILE := paper
else ifneq ($(filter quick,$(MAKECMDGOALS)),)
PROFILE := quick
else
PROFILE := $(or $(strip $(file <$(PROFILE_FILE))),paper)
endif
endif
PROFILES := $(sort $(notdir $(wildcard workflow/profiles/*)))
ifeq ($(filter $(PROFILE),$(PROFILES)),)
$(error PROFILE=$(PROFILE) is not a profile; one of: $(PROFILES) (workflow/profiles/))
endif

# $(call same,A,B): non-empty when the two strings are equal (after stripping)
same = $(and $(findstring |$(strip $(1))|,|$(strip $(2))|),$(findstring |$(strip $(2))|,|$(strip $(1))|))
comma := ,
empty :=
space := $(empty) $(empty)
# a dry run (make -n) or a question (make -q) prints nothing of its own
make_letters := $(filter-out -%,$(firstword $(MAKEFLAGS)))
dry_run := $(findstring n,$(make_letters))$(findstring q,$(make_letters))

# The parameters of the profile: every NAME set with `NAME ?= value` in workflow/profiles/<profile>/*.mk, then in
# workflow/defaults/*.mk (options with the same value in every profile), and the value the profile gives it.
PROFILE_FILES := $(sort $(wildcard workflow/profiles/$(PROFILE)/*.mk)) $(sort $(wildcard workflow/defaults/*.mk))
PARAMETERS := $(shell sed -n 's/^\([A-Z][A-Z0-9_]*\) *?=.*/\1/p' $(PROFILE_FILES))
# A parameter's value reaches the stage's command line and its quoted provenance: one that could break the quoting is
# refused before anything runs, naming it (the stage itself checks the value's type and range).
param_bad_chars := ' " ` \ ; & | < > ( ) * ? [ ] { } ~ ! \#
param_problem = $(if $(filter-out 0 1,$(words $(value $(1)))),contains a space,$(if $(strip $(foreach c,$(param_bad_chars),$(findstring $(c),$(value $(1))))),contains $(strip $(foreach c,$(param_bad_chars),$(findstring $(c),$(value $(1)))))))
$(foreach p,$(PARAMETERS),$(if $(call param_problem,$(p)),$(error $(p) = $(value $(p)) $(call param_problem,$(p)): a parameter is letters, digits and . , : + - _ / = only; the stage checks its range)))
profile_value = $(strip $(shell sed -n 's/^$(1) *?= *//p' $(PROFILE_FILES)))
# Where the data comes from or how the work is split into jobs, not what is computed: overriding these is no experiment.
NOT_EXPERIMENT := MNIST_FETCH MNIST_DIR BB_CLUSTER_SPLIT_PARAMS
# NAME=value of every parameter the command line sets to another value than the profile's
OVERRIDES := $(strip $(foreach p,$(filter-out $(NOT_EXPERIMENT),$(PARAMETERS)),$(if $(filter command line,$(origin $(p))),\
  $(if $(call same,$(value $(p)),$(call profile_value,$(p))),,$(p)=$(value $(p))))))
exp_word = $(subst /,_,$(subst :,_,$(subst $(comma),+,$(subst =,,$(1)))))
EXP ?= $(subst $(space),-,$(foreach o,$(OVERRIDES),$(call exp_word,$(o))))
ifneq ($(EXP),)
ifneq ($(words $(EXP)),1)
$(error EXP = '$(EXP)' contains a space: an experiment's name is letters, digits and . + - _ only)
endif
ifneq ($(strip $(foreach c,/ : = ' " ` $$ \ ; & | < > ( ) * ? [ ] { } ~ ! \#,$(findstring $(c),$(EXP)))),)
$(error EXP = '$(EXP)': an experiment's name is letters, digits and . + - _ only)
endif
endif

# Folders of the profile's own result (CANON_*) and of what this command writes (DATA, FIGURES, REPORT).
ifeq ($(PROFILE),paper)
CANON_DATA := data
CANON_FIGURES := figures
CANON_REPORT := paper-checks/report
else
CANON_DATA := data/$(PROFILE)
CANON_FIGURES := figures/$(PROFILE)
CANON_REPORT := paper-checks/$(PROFILE)/report
endif
# (a test points DATA, FIGURES and REPORT elsewhere on the command line; an experiment then lives under those)
DATA ?= $(CANON_DATA)
FIGURES ?= $(CANON_FIGURES)
REPORT ?= $(CANON_REPORT)
PROFILE_DATA := $(DATA)
PROFILE_FIGURES := $(FIGURES)
ifneq ($(EXP),)
override DATA := $(PROFILE_DATA)/exp/$(EXP)
override FIGURES := $(PROFILE_FIGURES)/exp/$(EXP)
override REPORT := $(DATA)/report
export GRF_EXPERIMENT := $(EXP)
# made before any rule is read, so that make -n, make -q and make status see the experiment as it will run
ifeq ($(wildcard $(DATA)/.seeded),)
$(shell workflow/exp-seed '$(PROFILE_DATA)' '$(DATA)' '$(PROFILE_FIGURES)' '$(FIGURES)' '$(OVERRIDES)')
endif
endif

# The first line of every command names what it works on (not in dry runs, not in make's own recursion).
ifeq ($(MAKELEVEL)$(dry_run),0)
ifneq ($(filter-out help,$(or $(MAKECMDGOALS),help)),)
$(info grf-repro: profile $(PROFILE)$(if $(EXP), · experiment $(EXP) ($(OVERRIDES)) in $(DATA)))
endif
endif

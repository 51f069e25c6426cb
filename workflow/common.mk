# Shared rules and helpers for the stage rules in workflow/stages/.
JBANG_LIB := workflow/.jbang/lib
JBANG_READY := $(JBANG_LIB)/.complete
# The sources are UTF-8 whatever the machine's locale (a fresh Debian has none: javac then reads them as ASCII and fails)
JBANG := env JBANG_JAVA_OPTIONS= workflow/jbang --quiet -C=-encoding -C=UTF-8
THREADS ?= $(shell nproc)
export OPENBLAS_NUM_THREADS := 1

# The claims registry (a test points it at an edited copy)
REGISTRY := paper-checks
# Downloads shared by every profile (never removed by `make clean`)
DOWNLOADS := data/cache

# The run cache (workflow/run-cache, docs/run-cache.md): CACHE=off|dir|http. Off unless asked for, like Gradle's and
# Bazel's caches: a run then does exactly what it did before, ~/.cache does not grow unasked, and the fault tests see
# their stages run. CACHE_URL=http://... turns on the HTTP backend, CACHE_DIR=... (or CACHE=dir: ~/.cache/grf-repro/runs)
# the directory one. GRF_CACHE_SESSION names this make run, so an unreachable server is reported once.
CACHE_URL ?=
CACHE_DIR ?=
CACHE ?= $(if $(CACHE_URL),http,$(if $(CACHE_DIR),dir,off))
ifeq ($(filter off dir http,$(CACHE)),)
$(error CACHE=$(CACHE): off, dir (CACHE_DIR, default ~/.cache/grf-repro/runs) or http (CACHE_URL=http://host:port))
endif
ifeq ($(CACHE)$(CACHE_URL),http)
$(error CACHE=http needs CACHE_URL=http://host:port, a server speaking bazel-remote's /ac/ and /cas/ protocol)
endif
export GRF_CACHE := $(CACHE)
export GRF_CACHE_URL := $(CACHE_URL)
export GRF_CACHE_DIR := $(CACHE_DIR)
GRF_CACHE_SESSION ?= $(shell echo $$PPID)-$(shell date +%s)
export GRF_CACHE_SESSION
# pull: restore what the cache has, run nothing; push: store complete, up-to-date results, run nothing (make pull/push)
GRF_CACHE_MODE ?= run
export GRF_CACHE_MODE

# The stage script and the shared sources it pulls in with //SOURCES: editing any of them reruns the stage.
stage_sources = stages/$(1) $(if $(wildcard stages/$(1)),$(addprefix stages/,$(shell sed -n 's|^//SOURCES ||p' stages/$(1))))

# $(call params_dep,DIR,PARAMS): FORCE when PARAMS differ from those of the stage's last complete run (DIR/params.txt),
# or when an output of that run is missing or damaged (workflow/check-outputs: sizes and CSV trailers against
# DIR/.complete), nothing otherwise, so `make -n` and `make -q` see exactly the stages that would rerun. In `make push`
# always FORCE: every stage's run-stage is called and stores the result if it is complete and up to date.
params_dep = $(if $(filter push,$(GRF_CACHE_MODE)),FORCE,$(call params_dep_of,$(1),$(2)))
params_dep_of = $(if $(call same,$(file <$(1)/params.txt),$(2)),$(if $(wildcard $(1)/.complete),$(if $(shell workflow/check-outputs $(1)),FORCE)),FORCE)
# Where a stage's command runs: LAUNCHER empty (the default) runs it here; LAUNCHER=srun runs each stage as a Slurm
# job of its own with the CPUs and memory of workflow/resources.mk (SRUN_FLAGS adds flags, e.g. --partition=long).
# run-stage itself stays here, so the stage's exit status (0, 1, 2, 3, 4) reaches make through srun unchanged.
LAUNCHER ?=
SRUN_FLAGS ?=
include workflow/resources.mk
ifeq ($(LAUNCHER),srun)
# $(call launch,STAGE,JOB): the command prefix for one job of STAGE
launch = srun --job-name=grf-$(2) --ntasks=1 --cpus-per-task=$(call cpus,$(1)) --mem=$(call mem,$(1)) \
  --kill-on-bad-exit=1 --quiet $(SRUN_FLAGS)
else ifeq ($(LAUNCHER),)
launch =
else
$(error LAUNCHER=$(LAUNCHER): empty (run here) or srun (one Slurm job per stage))
endif
# The terminal: each stage says when it starts and ends, with its verdicts (workflow/run-stage); V=1 shows the
# commands and everything each stage prints.
V ?= 0
Q := $(if $(filter 1,$(V)),,@)
export GRF_VERBOSE := $(V)
# $(call step,STAGE[,PART]): how run-stage names a stage on the terminal, "[4/12] gd-moments (quick)"
step = [$(STEP_$(1))/$(words $(STAGES))] $(1)$(if $(2), · $(2)) ($(PROFILE)$(if $(EXP), · experiment $(EXP)))
# $(call run_stage,DIR,PARAMS,OUTPUTS[,WHY NOT CACHED]) COMMAND: see workflow/run-stage (exit 1 keeps the evidence, never
# up to date). The rule's prerequisites (GRF_INPUTS) and the launcher's words (GRF_LAUNCH_WORDS) go into the run
# cache's key, never the launcher itself: a Slurm job and a local run share entries.
run_stage = $(Q)GRF_STEP='$(call step,$(notdir $(1)))' $(call cache_env,$(notdir $(1)),$(notdir $(1)),$(if $(filter undefined,$(origin 4)),,$(4))) \
  workflow/run-stage $(1) '$(strip $(2))' $(3) -- $(call launch,$(notdir $(1)),$(notdir $(1)))
# $(call run_shard,DIR,PARAMS,OUTPUTS,STAGE): as run_stage, for one shard of STAGE (its resources, its own job name)
run_shard = $(Q)GRF_PART=1 GRF_STEP='$(call step,$(4),$(notdir $(1)))' $(call cache_env,$(4),$(4)-$(notdir $(1))) \
  workflow/run-stage $(1) '$(strip $(2))' $(3) -- $(call launch,$(4),$(4)-$(notdir $(1)))
# $(call cache_env,STAGE,JOB[,WHY NOT CACHED])
cache_env = GRF_INPUTS='$(filter-out FORCE,$^)' GRF_LAUNCH_WORDS=$(words $(call launch,$(1),$(2)))$(if $(filter-out undefined,$(origin 3)),$(if $(3), GRF_NO_CACHE='$(3)'))

# $(call stage,NAME,DIR,OUTPUTS,PREREQUISITES,PARAMS): registers a stage: its make target, its outputs (kept by
# run-stage, never deleted by make), and what `make status` compares.
define stage
STAGES += $(1)
STEP_$(1) := $(words $(STAGES) $(1))
.PRECIOUS: $(3) $(2)/.complete
.PHONY: $(1)
$(1): $(3) $(2)/.complete
STATUS_$(1) := workflow/status $(1) $(2) '$(strip $(5))' '$(strip $(3))' '$(strip $(4))'
$(call stage_threads,$(1),$(3) $(2)/.complete)
$(if $(filter push,$(GRF_CACHE_MODE)),$(3) $(2)/.complete: FORCE)
endef

# On Slurm a stage's --threads is its CPU request (THREADS=n on the command line still wins).
# $(call stage_threads,STAGE,TARGETS)
ifeq ($(LAUNCHER),srun)
stage_threads = $(if $(filter file,$(origin THREADS)),$(2): THREADS = $(call cpus,$(1)))
else
stage_threads =
endif

$(JBANG_READY): workflow/jbang-bootstrap/pom.xml workflow/jbang
	rm -f $@
	workflow/jbang version >/dev/null

.PHONY: FORCE
FORCE:

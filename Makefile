# grf-repro: the DAG. `make help` lists the targets; workflow/ holds the JBang bootstrap, the parameter
# profiles and one rules file per stage (workflow/stages/<stage>.mk).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
MAKEFLAGS += --warn-undefined-variables --no-builtin-rules
.SUFFIXES:

# The profile (paper or quick: the one `make quick`, `make all` or `make use PROFILE=...` chose last) and, when the
# command line gives a parameter another value, the experiment: workflow/explore.mk. make gd-moments N=1000
include workflow/explore.mk
include $(PROFILE_FILES)
include workflow/common.mk

STAGES :=
# Rules files whose outputs other rules name as prerequisites come first (make expands prerequisites as it reads).
FIRST_RULES := workflow/stages/mnist-data.mk workflow/stages/sample-field.mk workflow/stages/gd-moments.mk \
               workflow/stages/blackbox-sweep.mk workflow/stages/blackbox-studies.mk
include $(FIRST_RULES)
include $(filter-out $(FIRST_RULES),$(sort $(wildcard workflow/stages/*.mk)))
# `make bench`: the performance benchmarks of BENCHMARKS.md (not part of all)
include workflow/bench.mk
# the profile's run as a Workflow Run RO-Crate, written by `make report` (its root is the clone)
CRATE := ro-crate-metadata.json
BASE ?=
BASE_DATA ?=
BASE_EXP ?=
STAGE ?=
DIFF_FAIL ?= yes

.DEFAULT_GOAL := help
.PHONY: all quick use check report diff status test clean clean-all restore help resources exp-show exp-remove params pull push

## Reproduce every stage at paper scale, then the report of verdicts (paper becomes the active profile)
all: use check

## The same code path at small parameters (about 2.5 minutes on two cores, warm): data/quick, figures/quick (quick becomes the active profile)
quick:
	$(Q)$(MAKE) --no-print-directory PROFILE=quick all

## Make PROFILE the profile of the commands that follow, until another is chosen: make use PROFILE=quick
use:
	@if [[ "$$(cat $(PROFILE_FILE) 2>/dev/null)" != $(PROFILE) ]]; then echo $(PROFILE) > $(PROFILE_FILE); \
	  echo "profile $(PROFILE) is now the active profile: make status, make <stage>, make report ... work on it"; fi

## Run every stage that is out of date (past a failing one), then report; fails if any stage failed or any verdict differs
check:
	@status=0; $(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s) PROFILE=$(PROFILE) -k $(STAGES) || status=$$?; \
	$(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s) PROFILE=$(PROFILE) report || status=$$?; \
	$(if $(dry_run),exit 0;) \
	verdicts=$$(cat $(REPORT).status); \
	$(if $(EXP),$(JBANG) stages/Diff.java --base $(PROFILE_DATA) --data $(DATA) --base-name 'profile $(PROFILE)' \
	  --name 'experiment $(EXP)' --findings --out $(DATA)/moved.md || status=$$?;, \
	if [[ $$verdicts != agree ]]; then \
	  echo "check: $$verdicts verdicts differ from the registry: see $(REPORT).md" >&2; exit 1; fi;) \
	if [[ $$status != 0 ]]; then echo "check: a stage failed (see above); the report shows the last verdicts" >&2; fi; \
	exit $$status

## Write the report of the verdicts as they stand (data/<stage>/checks.csv), without running any stage: report.md, report.html, errata/<document>.md, and the run's Workflow Run RO-Crate (ro-crate-metadata.json)
report: | $(JBANG_READY)
	$(Q)$(JBANG) stages/Report.java --data $(DATA) --figures $(FIGURES) --registry $(REGISTRY) --documents docs/documents.csv \
	  --profile $(PROFILE) --out $(REPORT) --pipeline $(subst $(space),$(comma),$(strip $(STAGES)))
	$(if $(EXP),,$(Q)$(JBANG) stages/Crate.java --profile $(PROFILE) --data $(DATA) --registry $(REGISTRY) --documents docs/documents.csv \
	  --pipeline $(subst $(space),$(comma),$(strip $(STAGES))) --reports $(REPORT).md,$(REPORT).html --out $(CRATE))

## Compare verdicts and values claim by claim (each claim's tolerance), parameters first: make diff BASE=<revision> (built in target/diff), BASE_DATA=<data root>, or in an experiment against the profile's result (BASE_EXP=<name>: another experiment); exits 1 when a verdict changed (DIFF_FAIL=no: 0)
diff: | $(JBANG_READY)
	@base_data='$(BASE_DATA)'; base_name='$(or $(BASE),$(BASE_DATA))'; \
	if [[ -z $$base_data && -n '$(BASE_EXP)' ]]; then base_data='$(PROFILE_DATA)/exp/$(BASE_EXP)'; base_name='experiment $(BASE_EXP)'; fi; \
	if [[ -z $$base_data && -z '$(BASE)' && -n '$(EXP)' ]]; then base_data='$(PROFILE_DATA)'; base_name='profile $(PROFILE)'; fi; \
	if [[ -z $$base_data ]]; then \
	  [[ -n '$(BASE)' ]] || { echo "diff: name the other run: make diff BASE=<revision>, BASE_DATA=<data root>, or run it in an experiment" >&2; exit 2; }; \
	  base_data=$$(workflow/diff-base '$(BASE)' $(PROFILE)) || exit $$?; fi; \
	$(JBANG) stages/Diff.java --base "$$base_data" --data $(DATA) --base-name "$$base_name" \
	  --name "$(if $(EXP),experiment $(EXP),$$(git rev-parse --short HEAD)$$(git diff --quiet HEAD -- stages paper-checks workflow || echo ' (modified)'))" \
	  $(if $(filter no,$(DIFF_FAIL)),,--fail-on-change) $(if $(EXP),$(if $(BASE),,--findings)) --out $(REPORT).diff.md

## Say for each stage whether it would rerun and why (parameter, source, registry, input, a stage before it), and the report's state
status:
	@rerun=$$(mktemp); trap 'rm -f $$rerun' EXIT; export STATUS_RERUN=$$rerun; \
	( $(foreach s,$(STAGES),$(STATUS_$(s));) workflow/status --report $(REPORT) '$(foreach s,$(STAGES),$(DATA)/$(s)/checks.csv)' ) \
	  || [[ $$? == 141 ]]

## The experiments of the active profile: parameters, stages rerun, claims that moved (make gd-moments N=200 starts one)
exp-show: | $(JBANG_READY)
	$(Q)$(JBANG) stages/ExpShow.java --data $(PROFILE_DATA)

## Delete one experiment of the active profile, its data and figures: make exp-remove EXP=N200
exp-remove:
	@[[ -n '$(EXP)' ]] || { echo "exp-remove: name it: make exp-remove EXP=<name> (make exp-show lists them)" >&2; exit 2; }
	@[[ -e '$(DATA)/.seeded' ]] || { echo "exp-remove: no experiment $(EXP) in $(PROFILE_DATA)/exp" >&2; exit 2; }
	@rm -rf '$(DATA)' '$(FIGURES)' && echo "exp-remove: experiment $(EXP) of profile $(PROFILE) removed ($(DATA), $(FIGURES))"

## Every parameter: what it sets, its value in each profile and now (make params STAGE=gd-moments for one stage)
params:
	@workflow/params '$(PROFILE)' '$(or $(STAGE),$(STAGES))' '$(foreach p,$(PARAMETERS),$(p)=$($(p)))'

# The run cache (docs/run-cache.md): CACHE=dir or CACHE_URL=http://... restores and stores during every run; these two
# move results without running anything.
cache_needed = $(if $(filter off,$(CACHE)),$(error make $@ needs a cache: CACHE_URL=http://host:port, or CACHE=dir (CACHE_DIR=...)))
## Restore every stage of the active profile that the cache holds (CACHE_URL= or CACHE=dir), run none, then the report
pull: | $(JBANG_READY)
	@$(cache_needed)status=0; $(MAKE) --no-print-directory -s -k PROFILE=$(PROFILE) GRF_CACHE_MODE=pull $(STAGES) || status=$$?; \
	$(MAKE) --no-print-directory -s PROFILE=$(PROFILE) report || status=$$?; exit $$status

## Store every complete, up-to-date stage of the active profile in the cache (CACHE_URL= or CACHE=dir), run none
push: | $(JBANG_READY)
	@$(cache_needed)$(MAKE) --no-print-directory -s -k PROFILE=$(PROFILE) GRF_CACHE_MODE=push $(STAGES)

## The CI regression check: unit, statistical and end-to-end tests through Maven Surefire (each test chooses its own run cache)
test: | $(JBANG_READY)
	env -u CACHE -u CACHE_URL -u CACHE_DIR -u MAKELEVEL -u MAKEFLAGS -u MFLAGS GRF_CACHE=off mvn -B -ntp test

## Remove this profile's generated data, figures and report (kept once in .trash/<profile>: make restore brings them back)
clean:
	@workflow/trash clean $(PROFILE) $(addprefix $(DATA)/,$(STAGES)) $(addprefix $(FIGURES)/,$(STAGES)) $(wildcard $(REPORT).* $(dir $(REPORT))errata)

## Undo the last `make clean` of this profile
restore:
	@workflow/trash restore $(PROFILE)

## Remove every generated file of every profile, the download cache and the trash (asks nothing: explicit by name)
clean-all:
	rm -rf data figures paper-checks/report.md paper-checks/report.html paper-checks/report.status paper-checks/report.diff.md paper-checks/errata paper-checks/quick \
	  .trash target

## What each stage asks of a Slurm node with LAUNCHER=srun: cores and memory (workflow/resources.mk)
resources:
	@printf '%-22s %5s %6s\n' stage cpus memory; $(foreach s,$(STAGES),printf '%-22s %5s %6s\n' $(s) $(call cpus,$(s)) $(call mem,$(s));)

## List the targets
help:
	@awk '/^## /{sub(/^## /,"");doc=$$0;next} /^[a-z][a-z0-9-]*:/{if(doc!=""){split($$1,t,":");printf "  make %-22s %s\n",t[1],doc};doc=""} !/^## /{if(!/^[a-z]/)doc=doc}' $(MAKEFILE_LIST)
	@echo; echo "Active profile: $(PROFILE) (make quick and make all choose it; make use PROFILE=paper|quick)."
	@echo "Parameters: make params lists each with its description and its value in each profile (make params STAGE=gd-moments)."
	@echo "A parameter on the command line starts an experiment beside the profile's result: make gd-moments N=1000 SAMPLES=20000;"
	@echo "make exp-show lists the experiments, make diff (in one) compares it with the profile's result. V=1 shows every command and line."

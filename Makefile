# grf-repro: the DAG. `make help` lists the targets; workflow/ holds the JBang bootstrap, the parameter
# profiles and one rules file per stage (workflow/stages/<stage>.mk).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
MAKEFLAGS += --warn-undefined-variables --no-builtin-rules
.SUFFIXES:

# Parameter profile: paper (default) or quick. Any parameter can be overridden: make gd-moments N=1000
PROFILE ?= paper
PROFILES := $(sort $(notdir $(wildcard workflow/profiles/*)))
ifeq ($(filter $(PROFILE),$(PROFILES)),)
$(error PROFILE=$(PROFILE) is not a profile; one of: $(PROFILES) (workflow/profiles/))
endif
include $(sort $(wildcard workflow/profiles/$(PROFILE)/*.mk))
include workflow/common.mk

STAGES :=
# Rules files whose outputs other rules name as prerequisites come first (make expands prerequisites as it reads).
FIRST_RULES := workflow/stages/mnist-data.mk workflow/stages/sample-field.mk workflow/stages/gd-moments.mk \
               workflow/stages/blackbox-sweep.mk workflow/stages/blackbox-studies.mk
include $(FIRST_RULES)
include $(filter-out $(FIRST_RULES),$(sort $(wildcard workflow/stages/*.mk)))
# `make bench`: the performance benchmarks of BENCHMARKS.md (not part of all)
include workflow/bench.mk
BASE ?=
BASE_DATA ?=

.DEFAULT_GOAL := help
.PHONY: all quick check report diff status test clean clean-all restore help

## Reproduce every stage at paper scale, then the report of verdicts
all: check

## The same code path at small parameters (about a minute), outputs in data/quick and figures/quick
quick:
	$(MAKE) --no-print-directory PROFILE=quick all

## Run every stage that is out of date (past a failing one), then report; fails if any stage failed or any verdict differs
check:
	@status=0; $(MAKE) --no-print-directory -k $(STAGES) || status=$$?; \
	$(MAKE) --no-print-directory report; \
	if [[ $$(cat $(REPORT).status) != agree ]]; then \
	  echo "check: $$(cat $(REPORT).status) verdicts differ from the registry: see $(REPORT).md" >&2; exit 1; fi; \
	if [[ $$status != 0 ]]; then echo "check: a stage failed (see above); the report shows the last verdicts" >&2; fi; \
	exit $$status

## Write the report of the verdicts as they stand (data/<stage>/checks.csv), without running any stage: report.md, report.html, errata/<document>.md
report: | $(JBANG_READY)
	$(JBANG) stages/Report.java --data $(DATA) --figures $(FIGURES) --registry $(REGISTRY) --documents docs/documents.csv --profile $(PROFILE) --out $(REPORT)

## This tree's verdicts and computed values against revision BASE's, claim by claim with each claim's tolerance, as Markdown (make diff BASE=main; BASE_DATA=dir: a saved data root of <stage>/checks.csv instead of rebuilding BASE)
diff: | $(JBANG_READY)
	@base_data='$(BASE_DATA)'; if [[ -z $$base_data ]]; then \
	  [[ -n '$(BASE)' ]] || { echo "diff: name the other run: make diff BASE=<revision> or BASE_DATA=<data root>" >&2; exit 2; }; \
	  base_data=$$(workflow/diff-base '$(BASE)' $(PROFILE)); fi; \
	$(JBANG) stages/Diff.java --base "$$base_data" --data $(DATA) --base-name '$(or $(BASE),$(BASE_DATA))' \
	  --name "$$(git rev-parse --short HEAD)$$(git diff --quiet HEAD -- stages paper-checks workflow || echo ' (modified)')" --out $(REPORT).diff.md

## Say for each stage whether it is up to date and, if not, why (changed parameter, source, registry or input)
status:
	@$(foreach s,$(STAGES),$(STATUS_$(s));)

## The CI regression check: unit, statistical and end-to-end tests through Maven Surefire
test: | $(JBANG_READY)
	mvn -B -ntp test

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

## List the targets
help:
	@awk '/^## /{sub(/^## /,"");doc=$$0;next} /^[a-z][a-z0-9-]*:/{if(doc!=""){split($$1,t,":");printf "  make %-22s %s\n",t[1],doc};doc=""} !/^## /{if(!/^[a-z]/)doc=doc}' $(MAKEFILE_LIST)
	@echo; echo "Parameters (profile $(PROFILE); override with NAME=value, e.g. make gd-moments N=1000 SAMPLES=20000):"
	@grep -h '?=' $(sort $(wildcard workflow/profiles/$(PROFILE)/*.mk)) | sed 's/^/  /'

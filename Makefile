# grf-repro: the DAG. `make help` lists the targets; workflow/ holds the JBang bootstrap, the parameter
# profiles and one rules file per stage (workflow/stages/<stage>.mk).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
MAKEFLAGS += --warn-undefined-variables --no-builtin-rules
.SUFFIXES:

# Parameter profile: paper (default) or quick. Any parameter can be overridden: make gd-moments N=1000
PROFILE ?= paper
include $(sort $(wildcard workflow/profiles/$(PROFILE)/*.mk))
include workflow/common.mk

STAGES :=
# Rules files whose outputs other rules name as prerequisites come first (make expands prerequisites as it reads).
FIRST_RULES := workflow/stages/sample-field.mk workflow/stages/blackbox-sweep.mk
include $(FIRST_RULES)
include $(filter-out $(FIRST_RULES),$(sort $(wildcard workflow/stages/*.mk)))
# `make bench`: the performance benchmarks of BENCHMARKS.md (not part of all)
include workflow/bench.mk

.DEFAULT_GOAL := help
.PHONY: all quick check test clean help $(STAGES)

## Reproduce every stage at paper scale, then the report of verdicts
all: $(STAGES) check

## The same code path at small parameters (under two minutes), outputs in data/quick and figures/quick
quick:
	$(MAKE) PROFILE=quick all

## Gather every stage's verdicts into paper-checks/report.md and a self-contained report.html
check: $(REPORT).md

$(REPORT).md $(REPORT).html &: $(call stage_sources,Report.java) $(foreach s,$(STAGES),$(DATA)/$(s)/checks.csv) \
                               $(wildcard paper-checks/*.csv) | $(JBANG_READY)
	$(JBANG) stages/Report.java --data $(DATA) --figures $(FIGURES) --registry paper-checks --out $(REPORT)

## The CI regression check: unit, statistical and end-to-end tests through Maven Surefire
test: | $(JBANG_READY)
	mvn -B -ntp test

## Remove generated data and figures (keeps the JBang bootstrap)
clean:
	rm -rf data/* figures/* paper-checks/report.md paper-checks/report.html paper-checks/quick target

## List the targets
help:
	@awk '/^## /{sub(/^## /,"");doc=$$0;next} /^[a-z][a-z-]*:/{if(doc!=""){split($$1,t,":");printf "  make %-22s %s\n",t[1],doc};doc=""} !/^## /{if(!/^[a-z]/)doc=doc}' $(MAKEFILE_LIST)
	@echo; echo "Parameters (profile $(PROFILE); override with NAME=value, e.g. make gd-moments N=1000 SAMPLES=20000):"
	@grep -h '?=' $(sort $(wildcard workflow/profiles/$(PROFILE)/*.mk)) | sed 's/^/  /'

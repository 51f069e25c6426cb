# Shared rules and helpers for the stage rules in workflow/stages/.
JBANG_LIB := workflow/.jbang/lib
JBANG_READY := $(JBANG_LIB)/.complete
JBANG := JBANG_JAVA_OPTIONS= workflow/jbang --quiet
THREADS ?= $(shell nproc)
export OPENBLAS_NUM_THREADS := 1

ifeq ($(PROFILE),paper)
DATA := data
FIGURES := figures
REPORT := paper-checks/report
else
DATA := data/$(PROFILE)
FIGURES := figures/$(PROFILE)
REPORT := paper-checks/$(PROFILE)/report
endif

# The stage script and the shared sources it pulls in with //SOURCES: editing any of them reruns the stage.
stage_sources = stages/$(1) $(addprefix stages/,$(shell sed -n 's|^//SOURCES ||p' $(wildcard stages/$(1))))

# $(call params_stamp,stage,NAME=value ...): a file that changes only when these parameter values change.
params_stamp = $(DATA)/$(1)/params.txt
define params_rule
$(DATA)/$(1)/params.txt: FORCE
	@workflow/stamp $$@ $(2)
endef

$(JBANG_READY): workflow/jbang-bootstrap/pom.xml workflow/jbang
	rm -f $@
	workflow/jbang version >/dev/null

.PHONY: FORCE
FORCE:

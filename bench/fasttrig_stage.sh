#!/usr/bin/env bash
# asymptotic-normality at paper scale (the profile's parameters), run directly, in interleaved rounds with
# FastTrig's array sinCos on the Vector API (the default where the CPU has 256-bit vectors) and on the scalar loop
# (-Dfasttrig.vector=false). Outputs under target/bench-fasttrig/<impl>; their CSV rows must be identical.
#   bench/fasttrig_stage.sh [rounds] [out.csv]
# Columns: round,impl,wall_s,exit,load1
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
out=${2:-bench/results/fasttrig-stage.csv}
dir=target/bench-fasttrig
mkdir -p "$dir" "$(dirname "$out")"
params=$(make --no-print-directory -s -f Makefile -f - print-an-args <<'EOF'
print-an-args:
	@echo --xs $(AN_XS) --exact-dims $(AN_EXACT_DIMS) --mc-dims $(AN_MC_DIMS) --mc-draws $(AN_MC_DRAWS) \
	  --field-dims $(AN_FIELD_DIMS) --field-m $(AN_FIELD_M) --field-realisations $(AN_FIELD_REALISATIONS) \
	  --field-points $(AN_FIELD_POINTS) --fig5-points $(AN_FIG5_POINTS) --fig5-m $(AN_FIG5_M) --seed $(SEED)
EOF
)
echo "round,impl,wall_s,exit,load1" > "$out"
for round in $(seq 1 "$rounds"); do
  for impl in scalar vector; do
    opt=; [[ $impl == scalar ]] && opt=-Dfasttrig.vector=false
    start=$(date +%s.%N)
    set +e
    # shellcheck disable=SC2086
    JAVA_TOOL_OPTIONS=$opt env JBANG_JAVA_OPTIONS= workflow/jbang --quiet -C=-encoding -C=UTF-8 stages/AsymptoticNormality.java \
      --out "$dir/$impl" --figures "$dir/figures-$impl" --claims paper-checks/asymptotic-normality.csv --profile paper \
      $params --threads 2 > "$dir/$impl.log" 2>&1
    status=$?
    set -e
    echo "$round,$impl,$(echo "$(date +%s.%N) - $start" | bc),$status,$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
  done
done
for f in "$dir"/scalar/*.csv; do
  cmp -s <(grep -v '^#' "$f") <(grep -v '^#' "$dir/vector/$(basename "$f")") \
    && echo "same rows: $(basename "$f")" || echo "ROWS DIFFER: $(basename "$f")"
done

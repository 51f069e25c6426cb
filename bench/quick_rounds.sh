#!/usr/bin/env bash
# `make quick` from empty outputs, in interleaved rounds, with workflow/jbang's launch cache on (the kept java commands
# of the scripts, warm after the first round) and off (JBANG_LAUNCH_CACHE=0: JBang's own JVM before every stage and
# shard, as before the cache). JBang's compiled scripts and the Maven cache are warm in both.
#   bench/quick_rounds.sh [rounds] [out.csv]
# Columns: round,launch_cache,wall_s,cpu_s,verdicts (the report's last line: every verdict must agree in both).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
out=${2:-bench/results/quick-rounds.csv}
mkdir -p "$(dirname "$out")"
echo "round,launch_cache,wall_s,cpu_s,verdicts" > "$out"
for round in $(seq 1 "$rounds"); do
  for cache in on off; do
    rm -rf data/quick figures/quick paper-checks/quick
    log=$(mktemp)
    flag=1; [[ $cache == off ]] && flag=0
    JBANG_LAUNCH_CACHE=$flag /usr/bin/time -f '%e %U %S' -o "$log.time" make quick > "$log" 2>&1 || true
    read -r wall user sys < "$log.time"
    verdicts=$(grep -E 'verdicts? (agree|differ)' "$log" | tail -1 | tr ',' ';')
    echo "$round,$cache,$wall,$(echo "$user + $sys" | bc),$verdicts" | tee -a "$out"
    rm -f "$log" "$log.time"
  done
done

#!/usr/bin/env bash
# Wall time and peak memory of each pipeline stage: `/usr/bin/time -v make PROFILE=<profile> <stage>` stage by
# stage in DAG order (each stage's inputs are already built when it runs, so its time is its own).
#   bench/pipeline_times.sh quick [out.csv]   fresh: removes data/quick and figures/quick first
#   bench/pipeline_times.sh paper [out.csv]   paper scale; reruns only stages whose inputs changed (make decides)
#   bench/pipeline_times.sh runs              no run: wall_time_s recorded in the .run sidecars under data/
# Columns: profile,target,wall_s,cpu_s,max_rss_mb,exit. cpu_s is user + system time of make and its children (less
# sensitive than wall time to other load); peak memory is the largest process's (the JVM's) maximum RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:?usage: bench/pipeline_times.sh quick|paper|runs [out.csv]}
order="sample-field mnist-data gd-moments pspin-complexity pspin-descent deep-linear asymptotic-normality euler-minimum field-geometry sgd-markov predictable-progress blackbox-sweep blackbox-studies blackbox-mnist check"

if [[ $profile == runs ]]; then
  echo "stage,artifacts,max_wall_time_s,started_utc,git_dirty"
  for d in data/*/; do
    stage=$(basename "$d")
    [[ $stage == quick ]] && continue
    compgen -G "$d*.run" >/dev/null || continue
    awk -v s="$stage" '/^# wall_time_s:/{n++; if ($3+0 > m) m = $3+0} /^# started_utc:/{if (t == "" || $3 < t) t = $3}
        /^# git_dirty:/{g = $3} END {printf "%s,%d,%.1f,%s,%s\n", s, n, m, t, g}' "$d"*.run
  done
  exit 0
fi

out=${2:-bench/results/pipeline-$profile.csv}
mkdir -p "$(dirname "$out")"
if [[ $profile == quick ]]; then rm -rf data/quick figures/quick paper-checks/quick; fi
echo "profile,target,wall_s,cpu_s,max_rss_mb,exit" > "$out"
for target in $order; do
  log=$(mktemp)
  set +e
  /usr/bin/time -v make PROFILE="$profile" "$target" >"$log.out" 2>"$log"
  status=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time|System time/{s += $2} END {printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2 / 1024}' "$log")
  echo "$profile,$target,$wall,$cpu,$rss,$status" | tee -a "$out"
  rm -f "$log" "$log.out"
done

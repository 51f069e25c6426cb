#!/usr/bin/env bash
# A warm `make clean && make quick` here and at another revision, side by side: the revision is checked out in a
# worktree (target/quick-base), given this clone's downloads (data/cache) and warmed by one `make quick` of its own
# (JBang's bootstrap and compilations); then the two run one after the other, `rounds` times.
#   bench/quick_vs_base.sh REVISION [rounds] [out.csv]
# Columns: tree,round,wall_s,user_s,sys_s,agree (1 when the report says all verdicts agree with the registry).
set -euo pipefail
cd "$(dirname "$0")/.."
here=$PWD
revision=${1:?usage: bench/quick_vs_base.sh REVISION [rounds] [out.csv]}
rounds=${2:-3}
out=${3:-bench/results/quick-vs-base.csv}
base=$here/target/quick-base
git worktree remove --force "$base" 2>/dev/null || rm -rf "$base"
git worktree add --detach "$base" "$revision" > /dev/null
mkdir -p "$base/data" "$(dirname "$out")"
cp -r data/cache "$base/data/"
(cd "$base" && make quick > /dev/null 2>&1) || true
echo "tree,round,wall_s,user_s,sys_s,agree" > "$out"
for round in $(seq 1 "$rounds"); do
  for tree in base now; do
    dir=$base; [[ $tree == now ]] && dir=$here
    log=$(mktemp)
    (cd "$dir" && make clean > /dev/null 2>&1 && /usr/bin/time -f '%e,%U,%S' -o "$log.time" make quick > "$log" 2>&1) || true
    agree=$(grep -c 'All [0-9]* verdicts agree' "$log" || true)
    echo "$tree,$round,$(cat "$log.time"),$agree" | tee -a "$out"
    rm -f "$log" "$log.time"
  done
done
git worktree remove --force "$base"

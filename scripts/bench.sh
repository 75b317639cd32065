#!/usr/bin/env bash
# Benchmarks of issue 7 (`make bench`), each printing its figure against its goal.
#   1. `lcbudget simulate` of the worked example with four uncertain inputs, whole process,
#      release build, 100,000 and 1,000,000 draws (hyperfine, wall clock).
#   2. What exact money costs per operation (lcbench: Decimal vs Int64 vs Double), and one exact
#      projection of the worked example.
# Batch and portfolio-workbook benchmarks are not here yet: `lcbudget batch` needs the store and
# the workbook (see docs/PERFORMANCE.md).
#
# Environment: SKIP_BUILD=1 reuses .build/release; RUNS (default 10) hyperfine runs per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
SCENARIO=scenarios/riverside-uncertain.yaml
BIN=.build/release/lcbudget

scripts/ensure-system-packages.sh hyperfine
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product lcbudget
  swift build -c release --product lcbench
fi

echo "== machine"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(free -g | awk '/Mem:/ {print $2}') GB RAM; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(swift --version 2>&1 | head -1)"

echo "== 1. simulate, whole process, release build, --jobs 2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for draws in 100000 1000000; do
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$out/$draws.json" \
    "$BIN simulate $SCENARIO --draws $draws --jobs 2" >/dev/null
  python3 - "$out/$draws.json" "$draws" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
draws = int(sys.argv[2])
goal = 0.25 if draws == 100000 else 1.5
verdict = "meets" if r["mean"] <= goal else "MISSES"
print(f"simulate {draws:>9,} draws: mean {r['mean']:.3f} s ± {r['stddev']:.3f} (min {r['min']:.3f}, max {r['max']:.3f}) wall; goal <= {goal} s: {verdict}")
PY
done

echo "== 2. exact money per operation (lcbench, best of 3)"
.build/release/lcbench "$SCENARIO"

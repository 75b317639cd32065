#!/usr/bin/env bash
# Benchmarks (`make bench`), each printing its figure against its goal; results in docs/PERFORMANCE.md.
#   1. `lcbudget simulate` of the worked example with four uncertain inputs, whole process,
#      release build, 100,000 and 1,000,000 draws (hyperfine, wall clock), beside its numpy peer
#      (bench/simulate_peer.py, goal: lcbudget at least 2x faster at 1,000,000 draws).
#   2. What exact money costs per operation (lcbench: Decimal vs Int64 vs Double), and one exact
#      projection of the worked example.
#   3. `lcbudget batch` of 1,000 generated scenarios (scripts/generate-portfolio.py, seed 7,
#      ~47,000 lines) into a fresh database and portfolio workbook, --jobs 2: wall (hyperfine) and
#      peak RSS (/usr/bin/time -v); then 10,000 scenarios once, whose peak must stay within 1.5x
#      of the 1,000's (memory flat in N). BATCH_LARGE=100000 runs that size instead of 10,000.
#      Beside it the plain-Python peer on the same 1,000 files (bench/batch_peer.py: PyYAML, the
#      test suite's exact oracle, sqlite3, XlsxWriter in constant-memory mode), whose record must
#      hold the same lines and total; goal: lcbudget at least 10x faster.
#   4. The portfolio's Line items sheet through the Swift wrapper (lcbench lineitems) against a
#      plain C program writing the same cells through libxlsxwriter (bench/lineitems.c).
#   5. `lcbudget serve` (release build): POST /api/project of the worked example from a second
#      process on loopback — throughput and latency under wrk (bench/serve-project.lua), p50/p99
#      at a fixed 200 requests/s (bench/serve_fixed_rate.py), the server's memory over 100,000
#      requests — and the time from a keystroke to the updated total in Chromium
#      (bench/web_keystroke.py, debug build, as the browser tests run it).
#
# Environment: SKIP_BUILD=1 reuses .build/release (build it with `make release`); RUNS (default
# 10) hyperfine runs per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
SCENARIO=scenarios/riverside-uncertain.yaml
BIN=.build/release/lcbudget

scripts/ensure-system-packages.sh hyperfine time wrk
make venv >/dev/null
PY=.venv/bin/python
if [ -z "${SKIP_BUILD:-}" ]; then
  # As `make release` builds it: the Swift runtime and Foundation linked in (Makefile).
  swift build -c release --static-swift-stdlib --product lcbudget
  swift build -c release --static-swift-stdlib --product lcbench
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
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$out/peer-$draws.json" \
    "$PY bench/simulate_peer.py $SCENARIO --draws $draws" >/dev/null
  python3 - "$out/$draws.json" "$out/peer-$draws.json" "$draws" <<'PY'
import json, sys
ours, peer = (json.load(open(f))["results"][0]["mean"] for f in sys.argv[1:3])
draws = int(sys.argv[3])
verdict = ("meets" if peer / ours >= 2 else "MISSES") if draws == 1000000 else "(no goal at this size)"
print(f"numpy peer {draws:>9,} draws: mean {peer:.3f} s; lcbudget {peer / ours:.1f}x faster; goal >= 2x at 1,000,000: {verdict}")
PY
done

echo "== 2. exact money per operation (lcbench, best of 3)"
.build/release/lcbench "$SCENARIO"

echo "== 3. batch of 1,000 generated scenarios, fresh database and workbook, release build, --jobs 2"
python3 scripts/generate-portfolio.py "$out/gen" --count 1000 --seed 7
lines=$(SOURCE_DATE_EPOCH=1767225600 $BIN batch "$out/gen" --out "$out/check" --db "$out/check.sqlite" 2>/dev/null >/dev/null; \
        python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM run_line').fetchone()[0])" "$out/check.sqlite")
echo "1,000 scenarios, $lines projected lines"
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$out/batch.json" \
  --prepare "rm -rf $out/bout $out/b.sqlite $out/b.sqlite-wal $out/b.sqlite-shm" \
  "$BIN batch $out/gen --out $out/bout --db $out/b.sqlite --jobs 2" >/dev/null
peak=0
for _ in 1 2 3; do
  rm -rf "$out/bout" "$out"/b.sqlite*
  kb=$(/usr/bin/time -v "$BIN" batch "$out/gen" --out "$out/bout" --db "$out/b.sqlite" --jobs 2 2>&1 >/dev/null \
       | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
  [ "$kb" -gt "$peak" ] && peak=$kb
done
python3 - "$out/batch.json" "$peak" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
mb = int(sys.argv[2]) / 1024
print(f"batch 1,000 scenarios: mean {r['mean']:.3f} s ± {r['stddev']:.3f} (min {r['min']:.3f}) wall; goal <= 1.2 s: {'meets' if r['mean'] <= 1.2 else 'MISSES'}")
print(f"batch peak RSS (max of 3): {mb:.1f} MB; goal <= 100 MB: {'meets' if mb <= 100 else 'MISSES'}")
PY
peer=$($PY bench/batch_peer.py "$out/gen" --out "$out/pout" --db "$out/p.sqlite")
ours=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('SELECT COUNT(DISTINCT run_id), COUNT(*), SUM(amount_cents) FROM run_line').fetchone())" "$out/check.sqlite")
theirs=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('SELECT COUNT(DISTINCT run_id), COUNT(*), SUM(amount_cents) FROM run_line').fetchone())" "$out/p.sqlite")
[ "$ours" = "$theirs" ] || { echo "the peer's record differs from lcbudget's: $theirs vs $ours ($peer)"; exit 1; }
echo "peer and lcbudget record the same (runs, lines, cents): $ours"
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$out/batch-peer.json" \
  --prepare "rm -rf $out/pout $out/p.sqlite" \
  "$PY bench/batch_peer.py $out/gen --out $out/pout --db $out/p.sqlite" >/dev/null
python3 - "$out/batch.json" "$out/batch-peer.json" <<'PY'
import json, sys
ours, peer = (json.load(open(f))["results"][0]["mean"] for f in sys.argv[1:3])
print(f"plain-Python peer, 1,000 scenarios: mean {peer:.3f} s; lcbudget {peer / ours:.1f}x faster; goal >= 10x: {'meets' if peer / ours >= 10 else 'MISSES'}")
PY
large=${BATCH_LARGE:-10000}
python3 scripts/generate-portfolio.py "$out/genlarge" --count "$large" --seed 7 >/dev/null
rm -rf "$out/bout" "$out"/b.sqlite*
/usr/bin/time -v "$BIN" batch "$out/genlarge" --out "$out/bout" --db "$out/b.sqlite" --jobs 2 2>"$out/large.time" >/dev/null
python3 - "$out/large.time" "$peak" "$large" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", text).group(1)
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall.split(":"))))
small = int(sys.argv[2])
ratio = kb / small
count = int(sys.argv[3])
print(f"batch {count:,} scenarios: {seconds:.2f} s wall, peak RSS {kb / 1024:.1f} MB = {ratio:.2f}x the 1,000's; "
      f"goal <= 1.5x and < 150 MB: {'meets' if ratio <= 1.5 and kb < 150 * 1024 else 'MISSES'}")
PY

echo "== 4. Line items sheet: Swift wrapper vs plain C libxlsxwriter (same cells, in process, best of 5)"
cc -O2 -o "$out/lineitems" bench/lineitems.c -lxlsxwriter
swift_line=$(.build/release/lcbench lineitems "$out/gen" "$out/cells.tsv")
c_line=$("$out/lineitems" "$out/cells.tsv" "$out/c.xlsx")
echo "$swift_line"
echo "$c_line"
python3 - "$swift_line" "$c_line" <<'PY'
import re, sys
swift, c = (float(re.search(r"([0-9.]+) s$", line).group(1)) for line in sys.argv[1:3])
ratio = swift / c
print(f"Swift / C = {ratio:.2f}; goal <= 1.3: {'meets' if ratio <= 1.3 else 'MISSES'}")
PY

echo "== 5. lcbudget serve: POST /api/project of the worked example over loopback, release build"
WORKED=scenarios/riverside-worked-example.yaml
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --port "$port" --dir scenarios --db "$out/serve.sqlite" >"$out/serve.log" 2>&1 &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status"; }
SCENARIO=$WORKED wrk -t1 -c4 -d5s -s bench/serve-project.lua "http://127.0.0.1:$port/api/project" >/dev/null   # warm-up
rss_before=$(rss)
SCENARIO=$WORKED wrk -t2 -c16 -d90s --latency -s bench/serve-project.lua "http://127.0.0.1:$port/api/project" | tee "$out/wrk.txt" \
  | grep -E 'Requests/sec|requests in|50%|99%|non-200'
rss_after=$(rss)
python3 - "$out/wrk.txt" "$rss_before" "$rss_after" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", text).group(1))
count = int(re.search(r"(\d+) requests in", text).group(1))
before, after = int(sys.argv[2]) / 1024, int(sys.argv[3]) / 1024
print(f"throughput {rps:,.0f} req/s (wrk, 2 threads, 16 connections); floor >= 1,000 req/s: {'meets' if rps >= 1000 else 'MISSES'}")
growth = (after - before) / before
print(f"server RSS {before:.1f} MB before, {after:.1f} MB after {count:,} requests ({growth:+.1%}); "
      f"floor: flat over >= 100,000 requests (growth <= 10%): {'meets' if count >= 100000 and growth <= 0.10 else 'MISSES'}")
PY
python3 bench/serve_fixed_rate.py "http://127.0.0.1:$port" "$WORKED" 200 30
kill -TERM "$serve_pid"; wait "$serve_pid" || true

echo "== 5b. keystroke to updated total in the browser (debug build, headless Chromium)"
make --no-print-directory test-deps >/dev/null
[ -n "${SKIP_BUILD:-}" ] || swift build --product lcbudget
.venv/bin/python bench/web_keystroke.py 20

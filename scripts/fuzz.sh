#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (address sanitizer on) and runs each for a bounded time.
#   scripts/fuzz.sh SECONDS_PER_TARGET [TARGET...]
# Seeds come from Tests/FuzzCorpus/<corpus>/ (never modified); new inputs go to .build-fuzz/corpus/.
# A crash leaves its input in .build-fuzz/artifacts/ and fails the run: turn it into a regression
# test: copy it to Tests/FuzzCorpus/regressions/<Target>-<what> (FuzzRegressionTests replays every
# file there through the target's calls) and fix the code.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in Fuzz/Sources/Fuzz*; do
    name=$(basename "$dir"); [ "$name" = FuzzSupport ] || targets+=("$name")
  done
fi
flags=(-c release --scratch-path "$PWD/.build-fuzz" -Xswiftc -sanitize=fuzzer,address
       -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld)
(cd Fuzz && swift build "${flags[@]}" >&2)
corpus_of() {
  case "$1" in
    FuzzScenario) echo scenario ;;
    FuzzCSV) echo csv ;;
    FuzzTemplates) echo templates ;;
  esac
}
mkdir -p .build-fuzz/artifacts
for target in "${targets[@]}"; do
  binary=".build-fuzz/release/$target"
  [ -x "$binary" ] || { echo "fuzz: no target $target" >&2; exit 1; }
  seeds="Tests/FuzzCorpus/$(corpus_of "$target")"
  work=".build-fuzz/corpus/$target"
  mkdir -p "$work"
  echo "fuzz: $target for ${seconds}s (seeds: $seeds)" >&2
  LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt:print_suppressions=0" \
  "$binary" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=".build-fuzz/artifacts/$target-" -print_final_stats=1 "$work" "$seeds" 2> ".build-fuzz/$target.log" || {
      tail -40 ".build-fuzz/$target.log" >&2
      echo "fuzz: $target FAILED; the input is in .build-fuzz/artifacts/" >&2
      exit 1
    }
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" ".build-fuzz/$target.log" | tail -1 >&2 || true
done
echo "fuzz: ${#targets[@]} targets clean" >&2

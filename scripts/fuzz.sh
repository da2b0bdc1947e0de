#!/usr/bin/env bash
# Builds and runs ratecalc's libFuzzer targets (see Fuzz/README.md).
#   scripts/fuzz.sh [TARGET] [SECONDS]     every target for 60 s, or one target
#   FUZZ_RUNS=N scripts/fuzz.sh TARGET     run to N executions instead of a time
#   FUZZ_SANITIZE=fuzzer scripts/fuzz.sh … without AddressSanitizer (about 3× the executions a second)
#   FUZZ_CHECK=1 scripts/fuzz.sh           only type-check every target's sources as one module
#                                          (what CI runs: a name the library and the tool both
#                                          declare would break the targets)
# Targets: line, extremes, keys, and reader-KIND for each data-file reader (KIND: csv-history,
# csv-daily, xml, long, bands, countries, holidays, contributions, ppp, sources), which share one
# build of Fuzz/reader.swift.
# Crashes are written under .build/fuzz/TARGET/ as crash-*; each one becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("${1:-line}")
readers=(csv-history csv-daily xml long bands countries holidays contributions ppp sources)
[ $# -eq 0 ] && targets=(line extremes keys "${readers[@]/#/reader-}")
seconds="${2:-60}"

swift build --product ratecalc >/dev/null
embedded=$(find .build/plugins/outputs -path "*RatesData*EmbedRates*" -name "*.swift" | head -1)
[ -n "$embedded" ] || { echo "fuzz: no generated rates data; run swift build" >&2; exit 1; }

# Runs the built binary of $target with its own corpus, for a time or a number of runs. It runs in
# an empty folder of its own, so a fuzzed `check .` or `--rates ..` reads a few entries, not the
# corpus (which grows) or the repository; crash files go to the target's folder.
run() {
  echo "== running $target"
  local limit=(-max_total_time="$seconds")
  [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
  local root="$PWD" empty status=0
  empty=$(mktemp -d "${TMPDIR:-/tmp}/ratecalc-fuzz-$target.XXXXXX")
  mkdir "$empty/cwd"
  (cd "$empty/cwd" && env "${environment[@]}" SWIFT_BACKTRACE=enable=no "$root/$binary" "${limit[@]}" \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$root/$work/" \
    "$root/$work/corpus") || status=$?
  rm -rf "$empty"
  return "${status:-0}"
}

built=""
for target in "${targets[@]}"; do
  source="$target"
  environment=()
  case "$target" in
    reader-*) source=reader; environment=(RATECALC_FUZZ_READER="${target#reader-}") ;;
  esac
  work=".build/fuzz/$target"
  binary=".build/fuzz/$source/fuzz-$source"
  src=".build/fuzz/$source/src"
  mkdir -p "$work/corpus"
  if [[ " $built " == *" $source "* ]]; then
    [ -n "${FUZZ_CHECK:-}" ] || run
    continue
  fi
  built="$built $source"
  rm -rf "$src"
  mkdir -p "$src"
  # The library, the tool (without its main) and the data as one module: drop their imports of each other.
  i=0
  for file in Rates/RatesData.swift "$embedded" $(find Sources/RateCalc Sources/ratecalc -name "*.swift" ! -path "Sources/ratecalc/main.swift") "Fuzz/$source.swift" Tests/ratecalcTests/Support/ExtremeInputs.swift; do
    i=$((i + 1))
    sed -e '/^import RateCalc$/d' -e '/^import RatesData$/d' "$file" > "$src/$i-$(basename "$file")"
  done
  if [ -n "${FUZZ_CHECK:-}" ]; then
    echo "== type-checking fuzz target $source"
    swiftc -typecheck -parse-as-library -module-name ratecalc_fuzz "$src"/*.swift
    continue
  fi
  echo "== building fuzz target $target"
  swiftc -sanitize="${FUZZ_SANITIZE:-fuzzer,address}" -parse-as-library -O -module-name ratecalc_fuzz "$src"/*.swift -o "$binary"
  run
done

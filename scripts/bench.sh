#!/usr/bin/env bash
# Prints every speed figure of docs/PERFORMANCE.md, measured in one run on this machine, beside
# the tools a user would pick instead (GNU units, qalc). Not a test: figures vary with the machine
# and its load; run it on a quiet machine and compare figures from one run only.
#
#   scripts/bench.sh            everything (about 5 minutes on 2 cores, most of it the 10M lines)
#   scripts/bench.sh --quick    growth up to 1M lines only
#
# Installs units, qalc and hyperfine from Debian when they are missing and it may (root, apt-get);
# without them it says so and skips those anchors. Builds ratecalc as the README installs it: the
# --static-swift-stdlib release build, and the fully static one for the one-shot figure.
set -eu  # no pipefail: `yes | head` ends yes with SIGPIPE by design
cd "$(dirname "$0")/.."

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1
export RATECALC_TODAY=2026-04-14 LANG=C.UTF-8 NO_COLOR=1

need=()
for tool in units qalc hyperfine; do command -v "$tool" > /dev/null || need+=("$tool"); done
if ((${#need[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    echo "installing ${need[*]} from Debian…"
    apt-get install -y -qq "${need[@]}" > /dev/null 2>&1 || apt-get update -qq > /dev/null 2>&1 || true
    apt-get install -y -qq "${need[@]}" > /dev/null 2>&1 || echo "could not install ${need[*]}"
  else
    echo "not installed: ${need[*]} (their figures are skipped)"
  fi
fi
have() { command -v "$1" > /dev/null; }

echo "== building (release, as the README installs it)"
swift build -c release --static-swift-stdlib --product ratecalc > /dev/null
swift build -c release --product ratecalc-bench > /dev/null
swift build -c release --scratch-path .build-static -Xswiftc -static-executable --product ratecalc > /dev/null 2>&1
# Timed as installed: copied out of the build folders, as the README's `cp … ~/bin/` does. (Here
# the same binary ran a one-shot 0.4 ms slower from inside .build-static than from a copy.)
installed=$(mktemp -d /tmp/ratecalc-bench-bin.XXXXXX)
trap 'rm -rf "$installed"' EXIT
mkdir -p "$installed/dynamic" "$installed/static"
cp .build/release/ratecalc "$installed/dynamic/ratecalc"
cp .build-static/release/ratecalc "$installed/static/ratecalc"
ratecalc=$installed/dynamic/ratecalc
static=$installed/static/ratecalc

echo
echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
swift --version 2>&1 | head -1
uptime

# Seconds and peak resident memory of a command reading its standard input:
# timed LABEL LINES COMMAND… < input
timed() {
  local label=$1 lines=$2
  shift 2
  local out
  /usr/bin/time -o /tmp/ratecalc-bench-time -f '%e %M' "$@" > /dev/null 2> /dev/null
  out=$(tail -1 /tmp/ratecalc-bench-time)
  awk -v label="$label" -v n="$lines" -v s="${out% *}" -v kb="${out#* }" 'BEGIN {
    printf "  %-40s %10d lines  %6.2f s  %9.0f lines/s  %6.1f MiB peak\n", label, n, s, (s > 0 ? n / s : 0), kb / 1024 }'
}

# A time measurement needs /usr/bin/time with -f (GNU time).
if ! /usr/bin/time -o /dev/null -f '%e' true 2> /dev/null; then
  echo "GNU time is missing (apt-get install time)"
  exit 1
fi

lines_of() { yes "$1" | head -n "$2"; }

echo
echo "== 100,000 piped conversions, side by side"
lines_of 'convert 500 GBP to USD' 100000 > /tmp/ratecalc-bench-convert.txt
timed "ratecalc: convert 500 GBP to USD" 100000 "$ratecalc" < /tmp/ratecalc-bench-convert.txt
if have units; then
  yes $'500 GBP\nUSD' | head -n 200000 > /tmp/ratecalc-bench-units.txt
  timed "GNU units -t: 500 GBP, USD" 100000 units -t < /tmp/ratecalc-bench-units.txt
fi
rm -f /tmp/ratecalc-bench-units.txt

echo
echo "== growth: time linear, peak memory flat (ratecalc reading a pipe)"
counts=(10000 100000 1000000 10000000)
((quick)) && counts=(10000 100000 1000000)
for count in "${counts[@]}"; do
  # The lines come from a pipe (as from a script), so no file of 230 MB is written.
  yes 'convert 500 GBP to USD' | head -n "$count" \
    | /usr/bin/time -o /tmp/ratecalc-bench-time -f '%e %M' "$ratecalc" > /dev/null 2> /dev/null
  out=$(tail -1 /tmp/ratecalc-bench-time)
  awk -v n="$count" -v s="${out% *}" -v kb="${out#* }" 'BEGIN {
    printf "  %10d lines  %7.2f s  %9.0f lines/s  %6.1f MiB peak\n", n, s, (s > 0 ? n / s : 0), kb / 1024 }'
done

echo
echo "== a mixed batch: convert, quote, cost, compare (25,000 of each, interleaved)"
python3 - > /tmp/ratecalc-bench-mixed.txt << 'EOF'
lines = [
    "convert 500 GBP to USD",
    "quote 75000 GBP --country GB",
    "cost 60000 GBP --country GB",
    "compare 60000 GBP --vs 450 GBP/day --country GB",
]
for index in range(100_000):
    print(lines[index % 4])
EOF
timed "ratecalc: mixed batch" 100000 "$ratecalc" < /tmp/ratecalc-bench-mixed.txt
rm -f /tmp/ratecalc-bench-mixed.txt /tmp/ratecalc-bench-convert.txt

echo
echo "== one-shot, fully static, beside GNU units and qalc (hyperfine, 300 runs each)"
if have hyperfine; then
  # Each command is named as the README's install would run it (the copies live in a temp folder).
  commands=(-n "ratecalc (static) convert 500 GBP to USD" "$static convert 500 GBP to USD"
    -n "ratecalc convert 500 GBP to USD" "$ratecalc convert 500 GBP to USD"
    -n "ratecalc (static) --version" "$static --version")
  have units && commands+=(-n "units -t '500 GBP' USD" "units -t '500 GBP' USD")
  have qalc && commands+=(-n "qalc -t '500 * 1.342094'" "qalc -t '500 * 1.342094'")
  hyperfine -N --warmup 20 --runs 300 --style none --export-json /tmp/ratecalc-bench-hyperfine.json \
    "${commands[@]}" > /dev/null 2>&1
  # Medians and minimums: a loaded machine adds outliers that move the mean.
  python3 - << 'EOF'
import json
results = json.load(open("/tmp/ratecalc-bench-hyperfine.json"))["results"]
units = next((r["median"] for r in results if r["command"].startswith("units")), None)
for r in results:
    ratio = f"  {r['median'] / units:.2f}× units" if units and not r["command"].startswith("units") else ""
    print(f"  {r['command']:<52} median {r['median'] * 1e3:5.2f} ms  min {r['min'] * 1e3:5.2f} ms{ratio}")
EOF
  rm -f /tmp/ratecalc-bench-hyperfine.json
else
  echo "  hyperfine is not installed"
fi

echo
echo "== the library and the text (ratecalc-bench)"
.build/release/ratecalc-bench | sed 's/^/  /'

echo
echo "== Python's decimal doing the same core conversion and the same parse and format"
python3 - << 'EOF'
import decimal, timeit
D = decimal.Decimal
decimal.getcontext().prec = 38
rates = {'EUR': D(1), 'GBP': D('0.87058'), 'USD': D('1.1684'), 'JPY': D('186.75'), 'CHF': D('0.9242')}
codes = list(rates); pairs = [(f, t) for f in codes for t in codes]; q = D('0.01'); a = D('55000.50')
def convert(i=[0]):
    i[0] += 1; f, t = pairs[i[0] % 25]
    return (a * rates[t] / rates[f]).quantize(q, rounding=decimal.ROUND_HALF_UP)
for label, statement, n in [
    ("convert + round", convert, 500_000),
    ('Decimal("55000.50")', lambda: D("55000.50"), 1_000_000),
    ('f"{d:,.2f}"', lambda: f"{a:,.2f}", 1_000_000),
]:
    seconds = min(timeit.repeat(statement, number=n, repeat=3))
    print(f"  {label:<24} {seconds / n * 1e9:7.0f} ns each")
EOF

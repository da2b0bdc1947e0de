#!/usr/bin/env bash
# Draws ratecalc's SVG charts and photographs them in headless Chromium, to look at before a
# chart change is called done (outside `swift test`: it needs Chromium, `apt-get install chromium`).
#   scripts/svg-screenshot.sh [FOLDER]      writes compare.svg/.png, bands.svg/.png, vary.svg/.png
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/screenshots}"
mkdir -p "$out"
out=$(cd "$out" && pwd)   # Chromium needs an absolute file:// address
swift build --product ratecalc >/dev/null
export RATECALC_TODAY=2026-04-14
bin=.build/debug/ratecalc
$bin compare 60000 GBP --vs 450 GBP/day --country GB --months 12 --svg "$out/compare.svg" >/dev/null 2>&1
$bin bands "machine learning engineer" --in USD --svg "$out/bands.svg" >/dev/null 2>&1
$bin quote 75000 GBP --country GB --vary utilisation --from 50% --to 100% --step 10% --svg "$out/vary.svg" \
  >/dev/null 2>&1
for name in compare bands vary; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,800 \
    --screenshot="$out/$name.png" "file://$out/$name.svg" >/dev/null 2>&1
  echo "$out/$name.png"
done

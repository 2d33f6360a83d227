#!/bin/sh
# Times the same ~3-page plan printed to PDF by headless Debian chromium vs pcplan's in-process render,
# and prints the ratio. Needs: chromium (Debian package `chromium`), a release build of the example.
#   sh benches/chromium_ratio.sh [RUNS]
set -eu
RUNS="${1:-5}"
CHROMIUM="${CHROMIUM:-chromium}"
command -v "$CHROMIUM" >/dev/null || { echo "chromium not found (apt-get install chromium)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --example pdf_timing
BIN="${CARGO_TARGET_DIR:-target}/release/examples/pdf_timing"
"$BIN" write "$WORK/pcplan.pdf" "$WORK/plan.html"

ms_now() { date +%s%N | cut -c1-13; }
times=""
i=0
while [ "$i" -lt "$RUNS" ]; do
    start=$(ms_now)
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
        --disable-component-update --disable-sync --user-data-dir="$WORK/profile" \
        --no-pdf-header-footer --print-to-pdf="$WORK/chromium.pdf" "file://$WORK/plan.html" >/dev/null 2>&1
    end=$(ms_now)
    times="$times $((end - start))"
    i=$((i + 1))
done
chromium_ms=$(echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
pcplan_ms=$("$BIN" time 20)
echo "chromium headless print-to-pdf: median ${chromium_ms} ms over ${RUNS} runs"
echo "pcplan in-process render:       median ${pcplan_ms} ms over 20 runs"
awk -v c="$chromium_ms" -v p="$pcplan_ms" 'BEGIN { printf "ratio (chromium / pcplan): %.1fx\n", c / p }'

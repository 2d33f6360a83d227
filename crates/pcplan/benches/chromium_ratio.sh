#!/bin/sh
# Whole processes, side by side, medians of the same run: a one-shot `pcplan render --format pdf` (the CLI,
# release build) against headless Chromium printing the same plan's HTML to PDF, for an English plan and a
# Traditional Chinese one (CJK fonts from Debian's fonts-noto-cjk). Then pcplan's in-process render for scale.
#
#   sh crates/pcplan/benches/chromium_ratio.sh [RUNS]        (from the repository root)
#
# Needs: chromium and hyperfine (Debian packages `chromium`, `hyperfine`), and for the goals below the Noto
# fonts (`fonts-noto-core`, `fonts-noto-cjk`). Goals (issue 12): one-shot PDF <= 60 ms, >= 20x Chromium.
# The font index lives in a scratch cache directory: one warm-up run writes it, as a user's first run would.
set -eu
RUNS="${1:-15}"
CHROMIUM="${CHROMIUM:-chromium}"
command -v "$CHROMIUM" >/dev/null || { echo "chromium not found (apt-get install chromium)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine not found (apt-get install hyperfine)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet -p pcplan-cli
cargo build --release --quiet -p pcplan --example pdf_timing
TARGET="${CARGO_TARGET_DIR:-target}"
PCPLAN="$TARGET/release/pcplan"
TIMING="$TARGET/release/examples/pdf_timing"
export XDG_CACHE_HOME="$WORK/cache"

# Chromium's profile and the font index are made once, before timing, as on a machine in use.
CHROME="$CHROMIUM --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
--disable-component-update --disable-sync --user-data-dir=$WORK/profile --no-pdf-header-footer"

median_ms() { # CSV from hyperfine: command,mean,stddev,median,...; seconds -> ms
    awk -F, -v row="$2" 'NR == row + 1 { printf "%.1f", $4 * 1000 }' "$1"
}

for plan in hcbs-en-marcus hcbs-zh-hant-mei; do
    json="examples/plans/$plan.json"
    "$PCPLAN" render --format html -o "$WORK/$plan.html" "$json"
    hyperfine --style basic --warmup 2 --runs "$RUNS" --export-csv "$WORK/$plan.csv" \
        -n pcplan "$PCPLAN render --format pdf -o $WORK/$plan.pdf $json" \
        -n chromium "$CHROME --print-to-pdf=$WORK/$plan-chromium.pdf file://$WORK/$plan.html" >/dev/null 2>&1
    p=$(median_ms "$WORK/$plan.csv" 1)
    c=$(median_ms "$WORK/$plan.csv" 2)
    awk -v n="$plan" -v p="$p" -v c="$c" -v r="$RUNS" 'BEGIN {
        printf "%-17s pcplan render --format pdf: median %6.1f ms | chromium print-to-pdf: median %7.1f ms | %5.1fx (%d runs)  %s\n",
            n, p, c, c / p, r, (p <= 60 && c / p >= 20) ? "goal met" : "GOAL MISSED (<= 60 ms, >= 20x)" }'
done

"$TIMING" write "$WORK/pcplan.pdf" "$WORK/plan.html"
echo "pcplan in-process render (3-page plan, fonts loaded): median $("$TIMING" time 20) ms over 20 runs"

#!/usr/bin/env bash
# Loading and validating the large bench plan in plan format 2 against the last commit before format 2
# (issue 13's goal: within 1.2x), measured in the same run: the two trees' criterion benches alternate, ROUNDS
# times, and the medians of their medians are compared. Usage: bash crates/pcplan/benches/model2_ratio.sh [ROUNDS]
# Run from the repository root. Builds both trees without the pdf feature (release), in target/model2-ratio.
set -euo pipefail
ROUNDS="${1:-3}"
BASE_COMMIT="$(git rev-parse '4992235^')" # "Model 2: schemaVersion 2 …" is 4992235
WORK="$(mktemp -d)"
trap 'git worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
git worktree add --detach "$WORK/base" "$BASE_COMMIT" >/dev/null 2>&1
# That commit builds without `pdf` only with ICU4X's `sync` feature (which `pdf` turned on through typst, and
# which the library now asks for itself): the same build fix, no change to the code measured.
sed -i 's/^\[dependencies\]$/[dependencies]\nicu_provider = { version = "2.1", features = ["sync"] }/' \
  "$WORK/base/crates/pcplan/Cargo.toml"
export CARGO_TARGET_DIR="$PWD/target/model2-ratio"

run() { # tree bench filter -> one median in microseconds
  (cd "$1" && cargo bench -q -p pcplan --no-default-features --bench "$2" -- --noplot --warm-up-time 1 \
    --measurement-time 4 "$3" 2>/dev/null) | python3 -c '
import re, sys
text = sys.stdin.read()
m = re.search(r"time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", text)
if not m: sys.exit("no criterion estimate in: " + text[-400:])
scale = {"ns": 1e-3, "µs": 1, "us": 1, "ms": 1e3, "s": 1e6}[m.group(2)]
print(float(m.group(1)) * scale)'
}

for tree in "$WORK/base" "$PWD"; do # build first, so build time is not measured
  (cd "$tree" && cargo bench -q -p pcplan --no-default-features --bench load --bench validate --no-run)
done
declare -A samples
for round in $(seq "$ROUNDS"); do
  for tree in base head; do
    dir="$WORK/base"; [ "$tree" = head ] && dir="$PWD"
    samples[$tree-load]+="$(run "$dir" load 'load/large plan') "
    samples[$tree-validate]+="$(run "$dir" validate 'validate/large plan x1 ') "
  done
done
python3 - "${samples[base-load]}" "${samples[head-load]}" "${samples[base-validate]}" "${samples[head-validate]}" <<'PY'
import statistics, sys
bl, hl, bv, hv = ([float(x) for x in a.split()] for a in sys.argv[1:])
med = statistics.median
base, head = med(bl) + med(bv), med(hl) + med(hv)
print(f"load:     format 1 {med(bl):9.1f} µs   format 2 {med(hl):9.1f} µs   ratio {med(hl)/med(bl):.2f}")
print(f"validate: format 1 {med(bv):9.1f} µs   format 2 {med(hv):9.1f} µs   ratio {med(hv)/med(bv):.2f}")
print(f"load + validate: ratio {head/base:.2f} (goal <= 1.20)")
PY

#!/bin/sh
# pcplan's FHIR import against Python's fhir.resources (R4B models) parsing the same bundle, in one run: the
# criterion bench `fhir` (export and import of the large bench plan) writes its bundle, then fhir_ratio.py times
# fhir.resources on it and prints both medians and the ratio. Goal (issue 15): pcplan at least 20x faster.
#
#   sh crates/pcplan/benches/fhir_ratio.sh [PYTHON_RUNS]        (from the repository root)
#
# Installs fhir.resources from PyPI when it is missing.
set -eu
RUNS="${1:-50}"
python3 -c "import fhir.resources.R4B" 2>/dev/null ||
    python3 -m pip install --quiet 'fhir.resources>=8,<9' ||
    python3 -m pip install --quiet --break-system-packages 'fhir.resources>=8,<9'
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TARGET="${CARGO_TARGET_DIR:-target}"
PCPLAN_FHIR_BUNDLE_OUT="$WORK/bundle.json" cargo bench --quiet -p pcplan --features fhir --bench fhir -- \
    --warm-up-time 2 --measurement-time 6
estimates=$(ls -d "$TARGET"/criterion/fhir_import*/new/estimates.json | head -1)
python3 "$(dirname "$0")/fhir_ratio.py" "$WORK/bundle.json" "$estimates" "$RUNS"

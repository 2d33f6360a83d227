#!/usr/bin/env bash
# Runs every test of pcplan on a fresh Debian machine: installs what the tests need (fonts, poppler, headless
# Chromium, valgrind, the browser test's npm packages), then runs the whole Rust test suite with all features.
# Safe to run again: installed things are skipped. With CI=true, a test whose tool is missing fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dev-null.sh

step() { printf '\n==> %s\n' "$*"; }

# Debian packages: Noto fonts for the 20 plan languages (PDF), pdftotext (PDF text checks), Chromium (axe
# accessibility test), valgrind and a C compiler (C ABI tests).
packages=(fonts-noto-core fonts-noto-cjk poppler-utils chromium valgrind gcc)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f crates/pcplan/tests/browser/package-lock.json ]; then
  step "Installing the browser test's npm packages (axe-core, playwright-core)"
  (cd crates/pcplan/tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

[ -f crates/pcplan/tests/fhir/package-lock.json ] && { step "Installing the FHIR conformance test's npm packages (R4 JSON Schema, @medplum validator)"; (cd crates/pcplan/tests/fhir && npm ci --no-audit --no-fund --loglevel=error); }
# pyx12 validates the 837P claim files against the 005010X222A1 map (crates/pcplan/tests/services_x12.rs).
if ! command -v x12valid >/dev/null; then
  step "Installing pyx12 (X12 validator)"
  python3 -m pip install --quiet pyx12 || python3 -m pip install --quiet --break-system-packages pyx12
fi

step "cargo test --workspace --all-features"
cargo test --workspace --all-features --locked --no-fail-fast

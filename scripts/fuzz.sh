#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each; exits non-zero on the first crash.
#
#   scripts/fuzz.sh [SECONDS]
#
# Installs cargo-fuzz (`cargo install cargo-fuzz`) when it is missing. On a stable toolchain it runs with RUSTC_BOOTSTRAP=1.
# The fuzz crate (fuzz/) is its own workspace with its own target dir (fuzz/target); the first build compiles
# typst and takes several minutes. Seeds come from examples/plans (copied into fuzz/corpus, which is not
# committed). A crash leaves its input in fuzz/artifacts/<target>/; reproduce it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none <target> fuzz/artifacts/<target>/<file>
# and turn it into a regression test in tests/.
#
# Environment: FUZZ_SANITIZER (default "none"; "address" for AddressSanitizer), FUZZ_TARGETS (space-separated
# subset), FUZZ_JOBS (parallel libFuzzer jobs per target, default 1).
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
export RUSTC_BOOTSTRAP=1
sanitizer="${FUZZ_SANITIZER:-none}"
targets="${FUZZ_TARGETS:-load_validate render_md_html render_pdf plan_structure}"
jobs="${FUZZ_JOBS:-1}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked --quiet
fi
"$root/scripts/fuzz-seed.sh"
nice cargo fuzz build --sanitizer "$sanitizer" $targets 2>/dev/null || nice cargo fuzz build --sanitizer "$sanitizer"

for target in $targets; do
    echo "== $target: ${seconds}s"
    extra=()
    [ "$target" = render_pdf ] && extra+=(-max_len=256)
    [ "$jobs" -gt 1 ] && extra+=(-jobs="$jobs" -workers="$jobs")
    nice cargo fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -print_final_stats=1 "${extra[@]}" \
        || { echo "fuzz target $target FAILED; see fuzz/artifacts/$target/" >&2; exit 1; }
done
echo "all fuzz targets ran ${seconds}s without a crash"

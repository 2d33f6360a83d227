#!/usr/bin/env bash
# Renders 1,000 varied plans to PDF with `pcplan batch` and reports wall time and peak memory (whole process,
# GNU time). The plans are made from examples/plans/: each copy gets its own id, version, preferred name and
# goal wording, so no two documents are the same and typst's caches cannot serve one from another.
#   bash crates/pcplan-cli/benches/batch.sh [COUNT] [JOBS]
# Needs: python3, GNU time (/usr/bin/time, Debian package `time`); Debian's Noto fonts for the non-Latin plans.
# Goal (issue 12): 1,000 PDFs in <= 10 s on a 2-core machine, peak memory <= 300 MB.
set -euo pipefail
cd "$(dirname "$0")/../../.."
COUNT="${1:-1000}"
JOBS="${2:-}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet -p pcplan-cli
BIN="${CARGO_TARGET_DIR:-target}/release/pcplan"

python3 - "$COUNT" "$WORK/plans" <<'PY'
import json, os, sys, glob
count, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out)
examples = [json.load(open(p)) for p in sorted(glob.glob("examples/plans/*.json"))]
names = ["Ana", "Bao", "Chidi", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Joy"]
for i in range(count):
    plan = json.loads(json.dumps(examples[i % len(examples)]))
    plan["id"] = f"{plan['id']}-{i}"
    plan["version"] = 1 + i % 7
    plan["person"]["preferredNames"] = [{"text": f"{names[i % len(names)]} {i}", "lang": "und-Latn"}]
    for goal in plan.get("goals", []):
        goal["statement"]["text"] += f" ({i})"
    json.dump(plan, open(f"{out}/plan-{i:04}.json", "w"), ensure_ascii=False)
PY

args=(batch "$WORK/plans" --format pdf --out "$WORK/out")
[ -n "$JOBS" ] && args+=(--jobs "$JOBS")
/usr/bin/time -v "$BIN" "${args[@]}" >"$WORK/summary.json" 2>"$WORK/time.txt" || true
if [ ! -s "$WORK/summary.json" ]; then
  echo "pcplan batch wrote no summary; the end of its standard error:" >&2
  grep -v '^\[' "$WORK/time.txt" | tail -n 25 >&2
  exit 1
fi
python3 - "$WORK/summary.json" "$WORK/time.txt" <<'PY'
import json, sys, re
s = json.load(open(sys.argv[1]))
t = open(sys.argv[2]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** (len(parts) - 1 - k) for k, p in enumerate(parts))
print(f"plans: {s['total']}, written: {s['written']}, failed: {s['failed']}, jobs: {s['jobs']}")
print(f"wall time: {seconds:.2f} s ({s['total'] / seconds:.0f} PDFs/s), peak RSS: {rss / 1024:.0f} MB")
PY

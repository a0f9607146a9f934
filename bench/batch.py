"""``chronicle batch --workers N`` against one-process ``chronicle code``: articles per second, and the ratio to N times it.

Usage: python bench/batch.py [--articles 400] [--lang fr] [--workers 2] [--shard-size 50] [--repeat 1]

Builds the corpus ``bench/coding.py`` builds (dev articles repeated and
shuffled, ids made unique) and times, each as a whole fresh process tree:

* ``chronicle code CORPUS -o FILE`` (one process), and the same on a
  two-article corpus: its start-up (imports, model and knowledge loading);
* ``chronicle batch CORPUS --out DIR --workers N`` (a local Ray started and
  stopped by the command, N actors each loading its own models).

Two rates come out of each: end to end (articles over the whole run,
start-up included) and steady (the rate a long back-fill runs at once
started). One process's steady rate is its articles over its time less the
start-up run's; the batch's is read from its manifest: the articles of the
shards started once every worker had finished its first shard (which loads
the models), over the time from then to the last shard's end. The target
ratio is the steady batch rate over N times the steady one-process rate.
CPU seconds per article (one process: its CPU less the start-up run's; a
batch worker: measured inside it, shard by shard) say what a worker costs
whatever else loads the machine: the figure to plan a cluster with.
Compare ratios, not speeds, across machines; on a machine other work is
loading, say so (the load average is printed before and after).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coding import build_corpus, measure  # noqa: E402  (the corpus and the timing of bench/coding.py)


def _write(corpus: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in corpus), encoding="utf-8")
    return path


def _load_average() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def steady_batch_rate(manifest: Path) -> tuple[float, float, float]:
    """Articles/s while every worker was coding (after each one's first shard, which loads the models, and
    before the first to run out of shards stopped), the articles counted in that window, and the workers'
    CPU seconds per article in the shards after their first.

    A shard partly inside the window counts for the part of it that is inside.
    """
    shards = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_worker: dict[int, list[dict]] = {}
    for shard in sorted(shards, key=lambda s: s["started"]):
        by_worker.setdefault(shard["worker"], []).append(shard)
    start = max(runs[0]["started"] + runs[0]["seconds"] for runs in by_worker.values())
    end = min(runs[-1]["started"] + runs[-1]["seconds"] for runs in by_worker.values())
    counted = 0.0
    for shard in shards:
        inside = min(end, shard["started"] + shard["seconds"]) - max(start, shard["started"])
        if inside > 0:
            counted += shard["articles"] * inside / shard["seconds"]
    later = [shard for runs in by_worker.values() for shard in runs[1:]]
    articles = sum(shard["articles"] for shard in later)
    cpu = sum(shard["cpu_seconds"] for shard in later) / articles if articles else float("nan")
    return (counted / (end - start) if end > start else float("nan")), counted, cpu


def run_once(args: argparse.Namespace, work: Path, corpus: Path, tiny: Path, turn: int) -> dict[str, float]:
    """One measure of each rate, in this order: code start-up, code, batch."""
    chronicle = str(Path(sys.executable).with_name("chronicle"))
    code = [chronicle, "code", "--lang", args.lang, "-o", str(work / "events.jsonl")]
    startup, coded = measure(code + [str(tiny)]), measure(code + [str(corpus)])
    startup_cpu, coded_cpu, startup, coded = startup.cpu_seconds, coded.cpu_seconds, startup.seconds, coded.seconds
    out = work / f"batch-{turn}"
    batched = measure([chronicle, "batch", str(corpus), "--lang", args.lang, "--out", str(out),
                       "--workers", str(args.workers), "--shard-size", str(args.shard_size)]).seconds  # fmt: skip
    steady, counted, worker_cpu = steady_batch_rate(out / "manifest.jsonl")
    figures = {"code start-up s": startup, "code s": coded, "batch s": batched,
               "code cpu per article": (coded_cpu - startup_cpu) / (args.articles - 2), "worker cpu per article": worker_cpu,
               "code end to end": args.articles / coded, "code steady": (args.articles - 2) / (coded - startup),
               "batch end to end": args.articles / batched, "batch steady": steady, "batch steady articles": counted}  # fmt: skip
    figures["ratio end to end"] = figures["batch end to end"] / (args.workers * figures["code end to end"])
    figures["ratio steady"] = figures["batch steady"] / (args.workers * figures["code steady"])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; load average before: {_load_average()}")
    print(f"corpus: {args.articles} {args.lang} dev articles repeated and shuffled; batch: --workers {args.workers} --shard-size {args.shard_size}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        corpus = _write(build_corpus(args.lang, args.articles), work / "corpus.jsonl")
        tiny = _write(build_corpus(args.lang, 2), work / "tiny.jsonl")
        for turn in range(args.repeat):
            figures = run_once(args, work, corpus, tiny, turn)
            print(f"run {turn + 1}: code start-up {figures['code start-up s']:.1f} s, code {figures['code s']:.1f} s, batch {figures['batch s']:.1f} s")
            print(f"  one process: {figures['code end to end']:.2f} articles/s end to end, {figures['code steady']:.2f} steady")
            print(f"  batch --workers {args.workers}: {figures['batch end to end']:.2f} articles/s end to end, {figures['batch steady']:.2f} steady "
                  f"({figures['batch steady'] / args.workers:.2f} per worker, over {figures['batch steady articles']:.0f} articles)")  # fmt: skip
            print(f"  ratio to {args.workers} x one process: {figures['ratio end to end']:.2f} end to end, {figures['ratio steady']:.2f} steady")
            print(f"  CPU per article: one process {1000 * figures['code cpu per article']:.0f} ms, batch worker "
                  f"{1000 * figures['worker cpu per article']:.0f} ms (ratio {figures['code cpu per article'] / figures['worker cpu per article']:.2f})")  # fmt: skip
            print(f"  load average: {_load_average()}")


if __name__ == "__main__":
    main()

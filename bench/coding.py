"""Coding throughput against its cost floor, raw spaCy ``nlp.pipe``, on 1 and 2 processes.

Usage: python bench/coding.py [--articles 2000] [--lang fr] [--processes 1 2] [--rounds 1]

Builds a corpus of at least 2,000 articles by repeating and shuffling the dev
gold articles of one language (ids made unique, texts unchanged), writes it as
JSONL, and measures in one run, for each process count:

* raw: a fresh Python process that loads the language pack's spaCy pipeline
  and runs ``nlp.pipe`` over the corpus texts (``n_process`` = the count):
  the parse alone, the floor of what coding can cost;
* chronicle: ``chronicle code CORPUS --workers N -o FILE``, end to end
  (read, clean, detect language, parse, extract, resolve, dedupe, write).

Both are timed as whole processes, start-up and model loading included, so
the ratio compares like with like. Peak memory is the largest resident set
of any one process of the run (the per-worker figure). Each figure comes from
the same run on the same machine: compare ratios, not absolute speeds, across
machines. Beside the wall-clock ratio, the CPU ratio (raw CPU seconds over
chronicle CPU seconds, user and system time of each command's processes)
compares the work done: it holds when other jobs share the machine, where
waiting for a core stretches wall-clock time but not CPU time. With
``--rounds N`` the two commands run alternately N times and each figure is the
median of its N timings (peak memory the largest): on a shared machine the raw
parse alone has spread by a tenth between back-to-back runs, and alternating
puts both commands under the same drift.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GOLD_FILES = ("reference.jsonl", "news-dev.jsonl")


def build_corpus(lang: str, size: int, seed: int = 7) -> list[dict]:
    """``size`` articles of ``lang``: the dev articles repeated, then shuffled."""
    originals = []
    for name in GOLD_FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") == lang:
                originals.append(record)
    if not originals:
        raise SystemExit(f"no dev articles in language {lang!r} under {DATA}")
    corpus = [
        {"id": f"{originals[i % len(originals)]['article_id']}#{i}", "text": originals[i % len(originals)]["text"]}
        for i in range(size)
    ]
    random.Random(seed).shuffle(corpus)
    return corpus


@dataclass
class Measure:
    seconds: float
    peak_mb: float
    cpu_seconds: float = 0.0  # user and system time of the processes the command waited for


def measure(command: list[str]) -> Measure:
    """Run ``command`` in a fresh process tree; wall time, its largest resident set and its CPU time.

    A child measures, so RUSAGE_CHILDREN covers this command's processes only.
    """
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "seconds = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'seconds': seconds, 'peak_kb': usage.ru_maxrss, 'cpu': usage.ru_utime + usage.ru_stime}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(command)}\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return Measure(figures["seconds"], figures["peak_kb"] / 1024, figures["cpu"])


def raw_pipe(corpus_path: Path, lang: str, processes: int) -> None:
    """The baseline process: the pack's spaCy pipeline over the corpus texts, nothing else."""
    from chronicle.annotate import load_pipeline

    nlp = load_pipeline(lang)
    texts = (json.loads(line)["text"] for line in corpus_path.open(encoding="utf-8"))
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1, help="alternate raw and chronicle this many times; report medians")
    parser.add_argument("--raw-pipe", type=Path, help=argparse.SUPPRESS)  # internal: the baseline process
    args = parser.parse_args()
    if args.raw_pipe:
        raw_pipe(args.raw_pipe, args.lang, args.processes[0])
        return

    _compile_sources()
    corpus = build_corpus(args.lang, args.articles)
    words = sum(len(record["text"].split()) for record in corpus)
    chronicle = [str(Path(sys.executable).with_name("chronicle"))]
    with tempfile.TemporaryDirectory() as work:
        corpus_path = Path(work) / "corpus.jsonl"
        corpus_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), encoding="utf-8")
        events_path = Path(work) / "events.jsonl"
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {_memory_gb():.0f} GB, "
              f"{platform.system()} {platform.release()}, Python {platform.python_version()}")
        print(f"corpus: {len(corpus)} {args.lang} articles ({words} words), dev articles repeated and shuffled")
        print(f"{'processes':>9} {'stage':<10} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak MB':>8} {'ratio':>6}"
              f" {'CPU s':>7} {'CPU ratio':>9}")
        for processes in args.processes:
            raw_command = [sys.executable, __file__, "--raw-pipe", str(corpus_path), "--lang", args.lang, "--processes", str(processes)]
            coded_command = [*chronicle, "code", str(corpus_path), "--lang", args.lang, "--workers", str(processes), "-o", str(events_path)]
            rounds = [(measure(raw_command), measure(coded_command)) for _ in range(max(1, args.rounds))]
            raw = median_measure([r for r, _ in rounds])
            coded = median_measure([c for _, c in rounds])
            events = sum(1 for _ in events_path.open(encoding="utf-8"))
            for stage, figures in (("raw spaCy", raw), ("chronicle", coded)):
                ratio = f"{raw.seconds / figures.seconds:6.2f}"
                print(f"{processes:>9} {stage:<10} {figures.seconds:8.1f} {len(corpus) / figures.seconds:11.1f} "
                      f"{words / figures.seconds:9.0f} {figures.peak_mb:8.0f} {ratio} {figures.cpu_seconds:7.1f} "
                      f"{cpu_ratio(raw, figures):9.2f}")
            print(f"{'':>9} {events} events; ratio = chronicle articles/s over raw spaCy articles/s; "
                  "CPU ratio = raw CPU seconds over chronicle CPU seconds")


def _compile_sources() -> None:
    """Write chronicle's bytecode once before timing. An installed wheel ships it, but an
    editable install run under PYTHONDONTWRITEBYTECODE (set on some CI and shared machines)
    would recompile every module in every timed process, a cost no user pays twice."""
    import chronicle

    compileall.compile_dir(Path(chronicle.__file__).parent, quiet=1)


def median_measure(measures: list[Measure]) -> Measure:
    """One figure for repeated timings of a command: the median wall-clock and CPU
    seconds, and the largest peak memory any run reached."""
    return Measure(seconds=statistics.median(m.seconds for m in measures),
                   peak_mb=max(m.peak_mb for m in measures),
                   cpu_seconds=statistics.median(m.cpu_seconds for m in measures))


def cpu_ratio(raw: Measure, coded: Measure) -> float:
    """Raw spaCy's CPU seconds over the measured command's: the share of the work that
    is the parse, unmoved by other jobs on the machine (0.0 when no CPU was measured)."""
    return raw.cpu_seconds / coded.cpu_seconds if coded.cpu_seconds > 0 else 0.0


def _memory_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


if __name__ == "__main__":
    main()

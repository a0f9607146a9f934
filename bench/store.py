"""Store benchmarks: ingest throughput against plain coding, and dyad timeline latency on 10M events.

Usage: python bench/store.py [--articles 400] [--events 10000000] [--threads 2] [--runs 21]

Ingest: a corpus of ``--articles`` articles (the French dev articles repeated
with unique ids, texts unchanged) is coded by ``chronicle code CORPUS -o FILE``
(the baseline) and by ``chronicle ingest CORPUS --db FILE`` (coding plus
storing and merging), each as a whole process, start-up and model loading
included, in the same run; then the ingest is rerun on the full store to time
a resume that has nothing left to do.

Timeline: a store of ``--events`` synthetic merged events is generated inside
DuckDB with ``range()`` (skewed country pairs, 16 PLOVER types, dates over
2010-2024), then ``chronicle.store.timeline`` computes the monthly USA-PRK
series for 2018-2019, as ``chronicle timeline --dyad USA,PRK --since 2018
--until 2019 --by month`` does, with DuckDB limited to ``--threads`` threads.
The median of ``--runs`` runs is reported, against a full scan
(``count(*)`` and ``sum(goldstein)`` over every event) measured the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from chronicle.store.database import open_store  # noqa: E402
from chronicle.store.query import EventFilter  # noqa: E402
from chronicle.store.schema import MERGED_COLUMNS  # noqa: E402
from chronicle.store.timeline import timeline  # noqa: E402

DATA = ROOT / "tests" / "data"
# The first countries are drawn most often (news is about a few countries).
COUNTRIES = [
    "USA", "CHN", "RUS", "KOR", "PRK", "JPN", "GBR", "FRA", "DEU", "IND", "IRN", "ISR", "UKR", "SYR", "TUR",
    "PAK", "AFG", "IRQ", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "VNM",
]  # fmt: skip
TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


def corpus(path: Path, articles: int) -> int:
    """Write ``articles`` French dev articles (repeated, unique ids) as JSONL; returns the count."""
    lines = []
    for name in ("reference.jsonl", "news-dev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if line.strip() and record.get("lang", "fr") == "fr":
                lines.append(record)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(articles):
            record = dict(lines[n % len(lines)])
            record["id"] = f"{record.get('article_id') or record.get('id')}-{n}"
            record.pop("article_id", None)
            record.pop("events", None)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles


def timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return elapsed, done.stderr


def bench_ingest(folder: Path, articles: int) -> dict:
    source = folder / "corpus.jsonl"
    corpus(source, articles)
    chronicle = [sys.executable, "-m", "chronicle"]
    code_s, _ = timed(chronicle + ["code", str(source), "-o", str(folder / "events.jsonl")])
    events = sum(1 for _ in (folder / "events.jsonl").open(encoding="utf-8"))
    db = folder / "ingest.duckdb"
    ingest_s, _ = timed(chronicle + ["ingest", "--db", str(db), "--batch-size", "200", str(source)])
    rerun_s, _ = timed(chronicle + ["ingest", "--db", str(db), str(source)])
    with open_store(db, read_only=True) as store:
        counts = store.counts()
    return {
        "articles": articles,
        "coded_events": events,
        "stored": counts,
        "code_s": round(code_s, 2),
        "ingest_s": round(ingest_s, 2),
        "code_articles_per_s": round(articles / code_s, 1),
        "ingest_articles_per_s": round(articles / ingest_s, 1),
        "ingest_events_per_s": round(counts["mentions"] / ingest_s, 1),
        "ingest_over_code": round(code_s / ingest_s, 3),
        "rerun_nothing_to_do_s": round(rerun_s, 2),
        "rerun_over_code": round(rerun_s / code_s, 3),
    }


def synthetic_store(path: Path, events: int, threads: int) -> float:
    """Fill a new store with ``events`` synthetic merged events; returns seconds taken."""
    started = time.perf_counter()
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    n = len(COUNTRIES)
    # Values derived from hash(i): reproducible whatever the thread count.
    values = {
        "event_id": "printf('%016x', hash(i))",
        "event_key": "NULL",
        "article_id": "'synthetic-' || (i // 3)",
        "mention_id": "'m' || i",
        "event_type": f"{types}[1 + hash(i, 1) % 16]",
        "mode": "NULL",
        "cameo": "lpad(CAST(1 + hash(i, 2) % 20 AS VARCHAR), 2, '0') || '0'",
        "quad_class": "CAST(1 + hash(i, 3) % 4 AS TINYINT)",
        "goldstein": "(hash(i, 4) % 201) / 10.0 - 10.0",
        "source_sector": "'GOV'",
        "target_sector": "'GOV'",
        # skewed: the square of a uniform number favours the first countries
        "source_country": f"{countries}[1 + CAST(floor(pow((hash(i, 5) % 10000) / 10000.0, 2) * {n}) AS INTEGER)]",
        "target_country": f"{countries}[1 + CAST(floor(pow((hash(i, 6) % 10000) / 10000.0, 2) * {n}) AS INTEGER)]",
        "date": "DATE '2010-01-01' + CAST(hash(i, 7) % 5479 AS INTEGER)",
        "date_value": "NULL",
        "date_precision": "CASE WHEN hash(i, 8) % 10 = 0 THEN 'month' ELSE 'day' END",
        "polarity": "'positive'",
        "modality": "'actual'",
        "trigger": "'synthetic'",
        "sentence": "'synthetic'",
        "sentence_index": "0",
        "char_start": "0",
        "char_end": "9",
        "language": "'fr'",
        "confidence": "0.8",
        "num_mentions": "CAST(1 + hash(i, 9) % 5 AS INTEGER)",
        "num_sources": "1",
        "num_articles": "CAST(1 + hash(i, 9) % 3 AS INTEGER)",
        "date_added": "TIMESTAMP '2025-01-01 00:00:00'",
    }
    # hash() is unsigned; list indexing and arithmetic want signed integers.
    select = ", ".join(
        re.sub(r"hash\(i(, \d+)?\)", lambda m: f"CAST({m.group(0)} % 1000000007 AS BIGINT)", values.get(name, "NULL"))
        for name, _ in MERGED_COLUMNS
    )
    columns = ", ".join(f'"{name}"' for name, _ in MERGED_COLUMNS)
    with open_store(path, threads=threads) as store:
        # Constants of this script only: no user value reaches this SQL.
        store.execute(f"INSERT INTO events ({columns}) SELECT {select} FROM range(?) t(i)", [events])
        store.execute("CHECKPOINT")
    return time.perf_counter() - started


def median_ms(action, runs: int) -> tuple[float, float]:
    """(first run, median of the next ``runs``) in milliseconds."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(times[0], 1), round(statistics.median(times[1:]), 1)


def bench_timeline(folder: Path, events: int, threads: int, runs: int) -> dict:
    db = folder / "synthetic.duckdb"
    build_s = synthetic_store(db, events, threads)
    dyad = EventFilter(dyad=("USA", "PRK"), since=date(2018, 1, 1), until=date(2019, 12, 31))
    either = EventFilter(dyad=("USA", "PRK"), either_way=True, since=date(2018, 1, 1), until=date(2019, 12, 31))
    with open_store(db, read_only=True, threads=threads) as store:
        series = timeline(store, dyad, by="month")
        first, median = median_ms(lambda: timeline(store, dyad, by="month"), runs)
        _, median_either = median_ms(lambda: timeline(store, either, by="month"), runs)
        _, median_all_months = median_ms(lambda: timeline(store, EventFilter(), by="month"), runs)
        _, scan = median_ms(lambda: store.execute("SELECT count(*), sum(goldstein) FROM events").fetchall(), runs)
        stored = store.counts()["events"]
    return {
        "events": stored,
        "build_s": round(build_s, 1),
        "db_mb": round(db.stat().st_size / 2**20),
        "threads": threads,
        "dyad_events_2018_2019": sum(r.events for r in series.rows),
        "dyad_month_first_ms": first,
        "dyad_month_median_ms": median,
        "dyad_either_way_month_median_ms": median_either,
        "all_events_month_median_ms": median_all_months,
        "full_scan_median_ms": scan,
        "dyad_month_over_full_scan": round(median / scan, 2) if scan else None,
        "target_ms": 200,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-timeline", action="store_true")
    args = parser.parse_args()
    report: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory(prefix="chronicle-bench-") as tmp:
        folder = Path(tmp)
        if not args.skip_ingest:
            report["ingest"] = bench_ingest(folder, args.articles)
            print(json.dumps(report["ingest"]), file=sys.stderr)
        if not args.skip_timeline:
            report["timeline"] = bench_timeline(folder, args.events, args.threads, args.runs)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

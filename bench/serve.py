"""HTTP API benchmark: GET /v1/events with typical filters on a store of synthetic events.

Usage: python bench/serve.py [--events 1000000] [--requests 3000] [--concurrency 8] [--workers 2] [--db FILE]

A store of ``--events`` synthetic merged events is generated as
``bench/store.py`` does (skewed country pairs, 16 PLOVER types, dates over
2010-2024).  ``chronicle serve --read-only --workers N`` is started on it as
processes of their own, on loopback; this script, a second process, is the client: httpx
over keep-alive connections from ``--concurrency`` threads, sending
``--requests`` requests that cycle through typical dashboard filters (a dyad
over two years, a country and type since a date, a quad class over a year),
a page of 50 events each; then as many requests each with a filter of its own
(a random dyad over two random years), which no cache answers.  Reported
for each: requests per second over the whole run and latency percentiles
(p50, p99), after ``--warmup`` requests not counted.

It also times the dashboard's first view: the page and its three API calls
(first page of events with the match count, the monthly timeline split by
quad class, the event places), the calls sent at once as the page does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from store import COUNTRIES, synthetic_store  # noqa: E402  (bench/store.py: the same synthetic events)

from chronicle.store.database import open_store  # noqa: E402
from chronicle.store.layout import reorder_events  # noqa: E402

FILTERS = [
    {"dyad": "USA,PRK", "either_way": "true", "since": "2018", "until": "2019", "limit": "50"},
    {"country": "UKR", "type": "ASSAULT", "since": "2022-02", "limit": "50"},
    {"quad": "4", "since": "2024-01-01", "until": "2024-12-31", "sort": "recent", "limit": "50"},
]


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of ``values`` (share in 0-1)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    chronicle = Path(sys.executable).parent / "chronicle"
    server = subprocess.Popen([str(chronicle), "serve", "--db", str(db), "--port", str(port), "--read-only", "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
        if server.poll() is not None:
            raise RuntimeError(f"chronicle serve exited: {server.stderr.read().decode()}")
    server.terminate()
    raise RuntimeError("chronicle serve did not answer /health within 120 s")


def distinct_filter(rng: random.Random) -> dict[str, str]:
    """A dyad over two years drawn at random: a query the server has (almost) never answered."""
    first, second = rng.sample(COUNTRIES, 2)
    year = rng.randrange(2010, 2024)
    return {"dyad": f"{first},{second}", "either_way": "true", "since": str(year), "until": str(year + 1), "limit": "50"}


def load(base: str, requests: int, concurrency: int, warmup: int, distinct: bool) -> dict:
    """Send ``requests`` GET /v1/events from ``concurrency`` threads; latency in ms.

    ``distinct``: every request a filter of its own (each answer computed from
    the store); else the typical FILTERS in turn (answered from the server's
    read cache once computed, as a dashboard's shared views are)."""
    latencies: list[float] = []
    failures = 0
    per_thread = -(-requests // concurrency)

    def worker(offset: int) -> tuple[list[float], int]:
        times, failed = [], 0
        rng = random.Random(offset)
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(warmup // concurrency):
                client.get("/v1/events", params=FILTERS[0])
            for n in range(per_thread):
                started = time.perf_counter()
                params = distinct_filter(rng) if distinct else FILTERS[(offset + n) % len(FILTERS)]
                response = client.get("/v1/events", params=params)
                times.append((time.perf_counter() - started) * 1000)
                failed += response.status_code != 200
        return times, failed

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for times, failed in pool.map(worker, range(concurrency)):
            latencies += times
            failures += failed
    elapsed = time.perf_counter() - started  # warm-up included in the wall time: a conservative rate
    return {
        "filters": "distinct" if distinct else "typical, repeated",
        "requests": len(latencies),
        "failures": failures,
        "concurrency": concurrency,
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "max_ms": round(max(latencies), 1),
        "mean_ms": round(statistics.fmean(latencies), 1),
    }


def first_view(base: str, runs: int = 5) -> dict:
    """The dashboard's first view: the page, then its three API calls at once (median of ``runs``)."""
    times = []
    with httpx.Client(base_url=base, timeout=60) as client, ThreadPoolExecutor(3) as pool:
        for _ in range(runs):
            started = time.perf_counter()
            client.get("/")
            calls = [("/v1/events", {"limit": "100", "count": "true"}), ("/v1/timeline", {"by": "month", "split": "quad"}),
                     ("/v1/locations", {})]  # fmt: skip
            list(pool.map(lambda call: httpx.get(base + call[0], params=call[1], timeout=60).raise_for_status(), calls))
            times.append((time.perf_counter() - started) * 1000)
    return {"first_view_first_ms": round(times[0], 1), "first_view_median_ms": round(statistics.median(times[1:] or times), 1), "target_ms": 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=80)
    parser.add_argument("--threads", type=int, default=2, help="DuckDB threads while building the store")
    parser.add_argument("--workers", type=int, default=2, help="chronicle serve --workers (server processes)")
    parser.add_argument("--db", type=Path, help="Reuse (or create) this store instead of a temporary one.")
    parser.add_argument("--as-inserted", action="store_true",
                        help="Leave the synthetic events in insertion order (random dates) instead of the date order "
                             "ingest keeps (store/layout.py): the figures without that layout, for comparison.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "synthetic.duckdb"
        build_s = synthetic_store(db, args.events, args.threads) if not db.exists() else 0.0
        if not args.as_inserted:
            with open_store(db) as store:  # what chronicle ingest does once a store has grown (store/layout.py)
                reorder_events(store)
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            stored = httpx.get(base + "/health").json()["counts"]["events"]
            result = {"events": stored, "build_s": round(build_s, 1), "cpus": os.cpu_count(), "workers": args.workers,
                      "layout": "as inserted" if args.as_inserted else "date order",
                      "python": platform.python_version()}
            result["repeated"] = load(base, args.requests, args.concurrency, args.warmup, distinct=False)
            result["distinct"] = load(base, args.requests, args.concurrency, args.warmup, distinct=True)
            result |= first_view(base)
            result["target"] = "200 requests/s, p99 < 250 ms"
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

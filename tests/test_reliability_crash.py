"""Killing an ingest, on one process and on two, at random points: nothing lost, nothing doubled, no worker left.

Each run of ``chronicle ingest`` is a real process killed with SIGKILL (or
stopped with SIGTERM, which must commit and exit 143) after a random number
of committed batches and a random delay. The same command is then finished,
and the store must hold exactly what one uninterrupted run stores.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.read import read_inputs
from chronicle.store.database import open_store
from chronicle.store.ingest import Ingester

runner = CliRunner()

SENTENCES = [
    "Le Rwanda a accusé mardi la République démocratique du Congo de soutenir les rebelles.",
    "Ukraine's foreign minister met his Polish counterpart in Warsaw on Monday.",
    "Le gouvernement colombien a signé un accord de paix avec les rebelles de l'ELN à La Havane.",
    "Indonesia condemned the missile test carried out by North Korea on Tuesday.",
    "Le Mali a rappelé son ambassadeur en Algérie après des déclarations jugées hostiles.",
    "Brazil and Argentina signed a trade agreement in Buenos Aires on Friday.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    lines = [json.dumps({"id": f"n{i:03d}", "text": SENTENCES[i % len(SENTENCES)]}, ensure_ascii=False) for i in range(60)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _snapshot(db: Path) -> dict:
    """What a store holds, without the times of ingestion."""
    with open_store(db, read_only=True) as store:
        return {
            "articles": store.execute("SELECT article_id, n_events FROM articles ORDER BY ALL").fetchall(),
            "mentions": store.execute("SELECT article_id, mention_id, event_id FROM mentions ORDER BY ALL").fetchall(),
            "events": store.execute(
                "SELECT event_id, event_type, num_mentions, num_articles, num_sources FROM events ORDER BY ALL"
            ).fetchall(),
        }


@pytest.fixture(scope="module")
def clean(corpus, coder, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with open_store(db) as store:
        Ingester(store, coder, batch_size=4).ingest(read_inputs([str(corpus)]))
    snapshot = _snapshot(db)
    assert len(snapshot["articles"]) == 60 and len(snapshot["mentions"]) >= 40
    return snapshot


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the coding workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left


def _interrupt(command: list[str], batches: int, delay: float, how: signal.Signals, workers: int) -> None:
    """Run ``command``, stop it with ``how`` after ``batches`` commits and ``delay`` seconds; check its workers end."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    workers_seen: list[int] = []
    rest = ""
    try:
        deadline = time.monotonic() + 120
        committed = 0
        for line in process.stderr:  # one line per committed batch when stderr is not a terminal
            committed += line.startswith("committed batch")
            if committed >= batches or time.monotonic() > deadline:
                break
        time.sleep(delay)
        workers_seen = _children(process.pid)
        process.send_signal(how)
        _, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if how == signal.SIGTERM:
        assert process.returncode in (143, 0)  # 0: it finished before the signal came
        assert process.returncode == 0 or ("interrupted" in rest and "Traceback" not in rest)
    else:
        assert process.returncode in (-signal.SIGKILL, 0)
    if workers > 1 and process.returncode != 0:
        assert workers_seen, "the workers were expected to be running"
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers_seen) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers_seen if _alive(pid)], "worker processes outlived the ingest"


@pytest.mark.parametrize(
    ("workers", "signals"), [(1, (signal.SIGKILL,)), (2, (signal.SIGKILL, signal.SIGTERM))], ids=["1-worker", "2-workers"]
)
def test_killed_ingests_finish_with_the_store_a_clean_run_gives(corpus, clean, coder, tmp_path, workers, signals):
    rng = random.Random(1300 + workers)
    db = tmp_path / "killed.duckdb"
    arguments = ["ingest", "--db", str(db), "--batch-size", "4", str(corpus)]
    command = [sys.executable, "-m", "chronicle", *arguments, "--workers", str(workers)]
    # CHRONICLE_CRASH_ROUNDS=N repeats the kills N times on the same store (the README's campaign).
    for how in signals * max(1, int(os.environ.get("CHRONICLE_CRASH_ROUNDS", "1"))):
        _interrupt(command, rng.randint(1, 4), rng.uniform(0, 0.4), how, workers)
        partial = _snapshot(db)
        # whatever is stored is whole: every stored article has the mentions a clean run gives it
        assert set(partial["mentions"]) <= set(clean["mentions"])
        assert set(partial["articles"]) <= set(clean["articles"])
        assert {m[0] for m in partial["mentions"]} <= {a[0] for a in partial["articles"]}
    # The rerun is the same command on one process, here (the models are already loaded in this process).
    done = runner.invoke(app, arguments)
    assert done.exit_code == 0, done.stderr
    assert _snapshot(db) == clean

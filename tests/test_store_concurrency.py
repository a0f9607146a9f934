"""Reading a store while another process ingests into it: the ingest lets go of the file between batches."""

import json
import os
import subprocess
import sys
import threading
import time

import pytest

import chronicle
from chronicle.store.database import StoreError, open_store
from store_data import french_lines

CHRONICLE = [sys.executable, "-m", "chronicle"]


def _corpus(tmp_path, copies: int):
    lines = []
    for copy in range(copies):
        for line in french_lines():
            record = json.loads(line)
            record["id"] = f"{record['article_id']}-copy{copy}"
            lines.append(json.dumps(record, ensure_ascii=False))
    corpus = tmp_path / "copies.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, len(lines)


def test_queries_timelines_and_exports_answer_while_an_ingest_runs(tmp_path):
    corpus, total = _corpus(tmp_path, copies=4)
    db = tmp_path / "busy.duckdb"
    ingest = subprocess.Popen(
        CHRONICLE + ["ingest", "--db", str(db), "--batch-size", "3", str(corpus)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    log: list[str] = []
    first_commit = threading.Event()

    def follow() -> None:
        for line in ingest.stderr:  # one line per committed batch when stderr is not a terminal
            log.append(line)
            if line.startswith("committed batch"):
                first_commit.set()

    threading.Thread(target=follow, daemon=True).start()
    answered_during: list[int] = []
    try:
        assert first_commit.wait(180), "".join(log)
        while ingest.poll() is None:
            # three other processes (query, timeline, export) and this one (the Python API), each must answer
            query = subprocess.run(CHRONICLE + ["query", "--db", str(db), "-f", "jsonl", "--limit", "0"],
                                   capture_output=True, text=True, timeout=120)  # fmt: skip
            assert query.returncode == 0, query.stderr
            timeline = subprocess.run(CHRONICLE + ["timeline", "--db", str(db), "-f", "csv", "--by", "year"],
                                      capture_output=True, text=True, timeout=120)  # fmt: skip
            assert timeline.returncode == 0 and timeline.stdout.startswith("period,events"), timeline.stderr
            export = subprocess.run(CHRONICLE + ["export", "--db", str(db), "-f", "gdelt"],
                                    capture_output=True, text=True, timeout=120)  # fmt: skip
            assert export.returncode == 0, export.stderr
            events = chronicle.Store(db).query().num_rows
            still_running = ingest.poll() is None
            if still_running:
                answered_during.append(len(query.stdout.splitlines()))
            assert events >= len(query.stdout.splitlines())  # the store only grows
    finally:
        if ingest.poll() is None:
            ingest.wait(timeout=600)
    assert ingest.returncode == 0, "".join(log)
    assert len(answered_during) >= 1, "the ingest ended before any read could run beside it"
    assert answered_during == sorted(answered_during)  # each read saw a committed state, growing
    with open_store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["articles"] == total  # nothing lost to the readers
    assert counts["events"] >= answered_during[-1]


def test_a_reader_waits_for_a_writer_then_gives_up_with_a_message(tmp_path, monkeypatch):
    db = tmp_path / "held.duckdb"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))",
         str(db), "2"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with open_store(db, read_only=True, wait=30) as store:  # waits for the holder's lock to go
            assert store.counts()["events"] == 0
        assert time.monotonic() - started < 30
    finally:
        holder.wait()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(float(sys.argv[2]))",
         str(db), "20"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setenv("CHRONICLE_LOCK_WAIT", "0.5")
        with pytest.raises(StoreError, match=r"in use by another process \(waited 0.5 s\).*CHRONICLE_LOCK_WAIT"):
            open_store(db, read_only=True)
        query = subprocess.run(CHRONICLE + ["query", "--db", str(db)], capture_output=True, text=True, timeout=120,
                               env={**os.environ, "CHRONICLE_LOCK_WAIT": "0.5"})  # fmt: skip
        assert query.returncode == 2 and "in use by another process" in query.stderr and "Traceback" not in query.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_shared_store_releases_the_file_between_transactions(tmp_path):
    db = tmp_path / "shared.duckdb"
    with open_store(db, shared=True) as writer:
        writer.counts()
        writer.release()
        with open_store(db, read_only=True, wait=0) as reader:  # no wait needed: the file is free
            assert reader.counts()["articles"] == 0
        assert writer.counts()["articles"] == 0  # opened again on use

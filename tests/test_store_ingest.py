"""Ingest into real DuckDB files: idempotence, resume after a kill, bad input, merging, schema versions."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.read import read_inputs
from chronicle.store import schema
from chronicle.store.database import StoreError, open_store
from chronicle.store.ingest import Ingester
from chronicle.store.merge import merge_key, outlet
from chronicle.store.schema import SchemaError
from store_data import ARTICLES, EVENTS, HandCoder, french_lines

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "fr.jsonl"
    path.write_text("\n".join(french_lines()) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def coded_store(corpus, coder, tmp_path_factory):
    """The French dev articles coded and stored once: (db path, stats)."""
    db = tmp_path_factory.mktemp("store") / "coded.duckdb"
    with open_store(db) as store:
        stats = Ingester(store, coder, batch_size=4).ingest(read_inputs([str(corpus)]))
    return db, stats


def _snapshot(db: Path) -> dict:
    with open_store(db, read_only=True) as store:
        return {
            "counts": store.counts(),
            "articles": sorted(r[0] for r in store.execute("SELECT article_id FROM articles").fetchall()),
            "events": sorted(store.execute("SELECT event_id, num_mentions, num_articles FROM events").fetchall()),
            "duplicate_mentions": store.execute(
                "SELECT count(*) FROM (SELECT article_id, mention_id FROM mentions GROUP BY ALL HAVING count(*) > 1)"
            ).fetchone()[0],
        }


def test_ingest_stores_every_article_and_event(coded_store, corpus):
    db, stats = coded_store
    snapshot = _snapshot(db)
    assert stats.articles == len(french_lines()) == snapshot["counts"]["articles"]
    assert stats.events == snapshot["counts"]["mentions"] > 40
    assert stats.batches == -(-stats.articles // 4)  # committed in batches of 4
    assert 0 < snapshot["counts"]["events"] <= snapshot["counts"]["mentions"]
    assert snapshot["duplicate_mentions"] == 0
    with open_store(db, read_only=True) as store:
        row = store.execute(
            "SELECT count(*) FROM events WHERE event_type = 'CONSULT' AND location_name = 'Hanoi' AND article_id = 'reference-hanoi-2019'"
        ).fetchone()
        assert row[0] >= 1
        text, start, end, sentence = store.execute(
            "SELECT a.text, m.char_start, m.char_end, m.sentence FROM mentions m JOIN articles a USING (article_id) LIMIT 1"
        ).fetchone()
        assert sentence.split()[0] in text[start:end]  # offsets still point into the stored text


def test_the_date_read_from_a_header_is_stored(tmp_path, coder):
    article = Path(__file__).parent.parent / "examples" / "hanoi-summit-2019-02.fr.txt"
    db = tmp_path / "header.duckdb"
    with open_store(db) as store:
        Ingester(store, coder).ingest(read_inputs([str(article)]))
        # The KBS header " date 2019-02" is the publication date, at its precision.
        assert store.execute("SELECT published, published_precision FROM articles").fetchall() == [("2019-02", "month")]


def test_ingesting_twice_gives_the_same_counts(coded_store, corpus, coder):
    db, _ = coded_store
    before = _snapshot(db)
    with open_store(db) as store:
        stats = Ingester(store, coder, batch_size=4).ingest(read_inputs([str(corpus)]))
    assert stats.articles == 0 and stats.events == 0 and stats.already_stored == before["counts"]["articles"]
    assert _snapshot(db) == before


def test_ingest_on_two_processes_stores_the_same(coded_store, corpus, tmp_path):
    db = tmp_path / "two.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(db), "--workers", "2", "--batch-size", "5", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert _snapshot(db) == _snapshot(coded_store[0])


def test_stored_articles_are_skipped_before_coding(tmp_path):
    hand = HandCoder()
    with open_store(tmp_path / "s.duckdb") as store:
        Ingester(store, hand).ingest(ARTICLES[:2])
        hand.coded.clear()
        stats = Ingester(store, hand).ingest(ARTICLES + [ARTICLES[2]])  # a3 repeated in the input
    assert hand.coded == ["a3", "a4", "a5"]  # a1, a2 never reach the coder again
    assert stats.already_stored == 3 and stats.articles == 3


def test_killed_ingest_resumes_without_duplicates(tmp_path, coded_store):
    # Two copies of each French article under new ids: enough work that the kill lands midway.
    lines = []
    for copy in range(2):
        for line in french_lines():
            record = json.loads(line)
            record["id"] = f"{record['article_id']}-copy{copy}"
            lines.append(json.dumps(record, ensure_ascii=False))
    corpus = tmp_path / "copies.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "chronicle", "ingest", "--db", str(db), "--batch-size", "2", str(corpus)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 120
        for line in process.stderr:  # one line per committed batch when stderr is not a terminal
            if line.startswith("committed batch") or time.monotonic() > deadline:
                break
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    partial = _snapshot(db)["counts"]["articles"]
    assert 0 < partial < len(lines)

    # The rerun is the same command, in this process (the models are already loaded here).
    done = runner.invoke(app, command[3:])
    assert done.exit_code == 0, done.stderr
    assert f"{partial} already stored" in done.stderr
    resumed = _snapshot(db)
    assert resumed["counts"]["articles"] == len(lines)
    assert resumed["duplicate_mentions"] == 0
    # Copies of an article merge with each other: the events are the single store's, each reported twice.
    single = _snapshot(coded_store[0])
    assert resumed["counts"]["mentions"] == 2 * single["counts"]["mentions"]
    assert [e[0] for e in resumed["events"]] == [e[0] for e in single["events"]]
    assert all(articles == 2 * before for (_, _, articles), (_, _, before) in zip(resumed["events"], single["events"]))


def test_malformed_lines_are_reported_and_skipped(tmp_path):
    good = french_lines()[0]
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(good + "\n{not json\n" + json.dumps({"id": "no-text"}) + "\n\n" + '"just a string"\n', encoding="utf-8")
    db = tmp_path / "mixed.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert result.exit_code == 1
    assert f"{corpus}, line 2" in result.stderr and "not valid JSON" in result.stderr
    assert f"{corpus}, line 3" in result.stderr and "'text' is missing" in result.stderr
    assert f"{corpus}, line 5" in result.stderr and "expected a JSON object" in result.stderr
    assert "3 failed" in result.stderr
    assert _snapshot(db)["counts"]["articles"] == 1  # the good line is stored
    again = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert "1 already stored" in again.stderr and _snapshot(db)["counts"]["articles"] == 1


def test_one_event_reported_by_many_outlets_is_one_event(tmp_path, coder):
    text = json.loads(french_lines()[0])["text"]
    lines = [
        json.dumps({"id": f"outlet-{n}", "url": f"https://news{n % 12}.example/story/{n}", "text": text, "date": "2019-02-28"})
        for n in range(24)
    ]
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(lines[:1]) + "\n", encoding="utf-8")
    with open_store(tmp_path / "one.duckdb") as store:
        Ingester(store, coder).ingest(read_inputs([str(corpus)]))
        one = store.execute("SELECT event_id, num_mentions FROM events ORDER BY event_id").fetchall()
        one_mentions = store.counts()["mentions"]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(tmp_path / "many.duckdb") as store:
        Ingester(store, coder, batch_size=7).ingest(read_inputs([str(corpus)]))
        many = store.execute("SELECT event_id, num_mentions, num_articles, num_sources FROM events ORDER BY event_id").fetchall()
        mentions = store.execute("SELECT count(*), count(DISTINCT article_id) FROM mentions").fetchone()
    assert [e[0] for e in many] == [e[0] for e in one]  # 24 reports, the same events
    assert all(articles == 24 and sources == 12 for _, _, articles, sources in many)
    assert [m for _, m, _, _ in many] == [24 * m for _, m in one]
    assert mentions == (24 * one_mentions, 24)  # every mention of every article kept


def test_merge_rule_on_hand_made_events(tmp_path):
    with open_store(tmp_path / "hand.duckdb") as store:
        Ingester(store, HandCoder(), batch_size=2).ingest(ARTICLES)
        rows = store.execute(
            "SELECT event_type, article_id, source_name, num_mentions, num_articles, num_sources, confidence, source_url "
            "FROM events ORDER BY event_type, article_id"
        ).fetchall()
        assert store.counts() == {"articles": 5, "mentions": 9, "events": 7}
    consult = [r for r in rows if r[0] == "CONSULT" and r[2] == "Donald Trump"]
    # a1, a2 (actors reversed) and a3 report one meeting; a1 states it twice; kbs.co.kr is one source.
    assert consult == [("CONSULT", "a1", "Donald Trump", 4, 3, 2, 0.9, "https://www.kbs.co.kr/news/1")]
    protests = [r for r in rows if r[0] == "PROTEST"]
    assert [r[1] for r in protests] == ["a4", "a5"]  # undated: never merged


def test_merge_key_ignores_batching_and_order(tmp_path):
    with open_store(tmp_path / "forward.duckdb") as store:
        Ingester(store, HandCoder(), batch_size=1).ingest(ARTICLES)
        forward = store.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall()
    with open_store(tmp_path / "backward.duckdb") as store:
        Ingester(store, HandCoder(), batch_size=10).ingest(list(reversed(ARTICLES)))
        backward = store.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall()
    assert forward == backward


def test_merge_key_parts():
    a1_meeting, a2_meeting = EVENTS["a1"][0], EVENTS["a2"][0]
    assert merge_key(a1_meeting, "a1") == merge_key(a2_meeting, "a2")  # symmetric type, either order
    assert merge_key(EVENTS["a4"][1], "a4") != merge_key(EVENTS["a5"][0], "a5")
    moved = a1_meeting.model_copy(update={"location": None})
    assert merge_key(moved, "a1") != merge_key(a1_meeting, "a1")
    assert outlet("https://www.kbs.co.kr/x", "f.jsonl") == "kbs.co.kr"
    assert outlet(None, "f.jsonl") == "f.jsonl"


# ---------------------------------------------------------------- schema version


def _set_version(db: Path, version: str) -> None:
    connection = duckdb.connect(str(db))
    connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [version])
    connection.close()


def test_new_store_records_the_schema_version(tmp_path):
    with open_store(tmp_path / "v.duckdb") as store:
        assert store.schema_version() == schema.SCHEMA_VERSION


def test_newer_store_is_refused_with_what_to_do(tmp_path):
    db = tmp_path / "future.duckdb"
    open_store(db).close()
    _set_version(db, "99")
    expected = (
        f"{db} has schema version 99, newer than this Chronicle's {schema.SCHEMA_VERSION}: "
        "upgrade this Chronicle to a version that reads it: in the checkout of its source, "
        "update the code (git pull) and reinstall it (pip install -U -e .)"
    )
    with pytest.raises(SchemaError) as caught:
        open_store(db, read_only=True)
    assert str(caught.value) == expected
    result = runner.invoke(app, ["query", "--db", str(db)])
    assert result.exit_code == 2 and expected in " ".join(result.stderr.split())


def test_older_store_without_migration_says_what_to_do(tmp_path):
    db = tmp_path / "old.duckdb"
    open_store(db).close()
    _set_version(db, "0")
    with pytest.raises(SchemaError, match=r"has schema version 0 and this Chronicle .* has no migration from version 0: export it"):
        open_store(db)


def test_older_store_is_migrated(tmp_path, monkeypatch):
    db = tmp_path / "migrate.duckdb"
    with open_store(db) as store:
        Ingester(store, HandCoder()).ingest(ARTICLES[:1])

    def add_review_column(connection) -> None:
        connection.execute("ALTER TABLE events ADD COLUMN reviewed BOOLEAN DEFAULT false")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, add_review_column)
    with open_store(db, read_only=True) as store:  # a reader upgrades the file once, then reads
        assert store.schema_version() == current + 1
        assert store.execute("SELECT count(*) FROM events WHERE NOT reviewed").fetchone()[0] == 2
        assert store.counts()["articles"] == 1


def test_unusable_files_are_named(tmp_path):
    with pytest.raises(StoreError, match="no store at .*missing.duckdb: create one with 'chronicle ingest"):
        open_store(tmp_path / "missing.duckdb", read_only=True)
    other = tmp_path / "other.duckdb"
    connection = duckdb.connect(str(other))
    connection.execute("CREATE TABLE t (x INTEGER)")
    connection.close()
    with pytest.raises(SchemaError, match="not a Chronicle store"):
        open_store(other)


def test_default_store_location(tmp_path, monkeypatch):
    from chronicle.store.database import default_db_path

    monkeypatch.delenv("CHRONICLE_DB", raising=False)
    assert default_db_path() == Path("chronicle.duckdb")
    monkeypatch.setenv("CHRONICLE_DB", str(tmp_path / "env.duckdb"))
    assert default_db_path() == tmp_path / "env.duckdb"


class _InterruptedCoder(HandCoder):
    """Ctrl-C arrives while the fourth article is being coded."""

    def code_articles(self, articles, lang=None):
        for n, result in enumerate(super().code_articles(articles, lang)):
            if n == 3:
                raise KeyboardInterrupt
            yield result


def test_ctrl_c_commits_what_was_coded_and_a_rerun_completes(tmp_path):
    db = tmp_path / "ctrl-c.duckdb"
    with open_store(db) as store:
        stats = Ingester(store, _InterruptedCoder(), batch_size=2).ingest(ARTICLES)
        assert stats.interrupted and stats.articles == 3 and store.counts()["articles"] == 3
        rerun = Ingester(store, HandCoder(), batch_size=2).ingest(ARTICLES)
        assert rerun.already_stored == 3 and rerun.articles == 2
        assert store.counts() == {"articles": 5, "mentions": 9, "events": 7}

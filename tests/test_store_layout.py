"""The events table is kept in date order by ingest, without losing or changing an event."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from store_data import KIM, MOON, TRUMP, XI, HandCoder, event

from chronicle.model import Article, PartialDate
from chronicle.store import layout
from chronicle.store.database import open_store
from chronicle.store.ingest import Ingester
from chronicle.store.query import EventFilter, query_events, since_date, until_date

PAIRS = [(TRUMP, KIM), (KIM, MOON), (XI, TRUMP), (MOON, XI)]


def scattered_news(articles: int, seed: int = 7) -> tuple[list[Article], HandCoder]:
    """Articles arriving in no date order, each with two events on days spread over six years."""
    rng = random.Random(seed)
    events = {}
    for n in range(articles):
        article = f"n{n}"
        events[article] = [
            event(article, k, "CONSULT", *rng.choice(PAIRS), f"{rng.randint(2015, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                  f"Les dirigeants se sont rencontrés ({article}, {k}).", cameo="040")
            for k in range(2)
        ]  # fmt: skip
    news = [Article(id=a, text=f"text of {a}", source="scattered.jsonl", line=i + 1, published=PartialDate(2021)) for i, a in enumerate(events)]
    return news, HandCoder(events)


def physical_dates(db: Path) -> list:
    with open_store(db, read_only=True) as store:
        return [row[0] for row in store.execute('SELECT "date" FROM events ORDER BY rowid').fetchall()]


def events_in(db: Path) -> int:
    with open_store(db, read_only=True) as store:
        return store.counts()["events"]


def every_event(db: Path) -> list[tuple]:
    with open_store(db, read_only=True) as store:
        return store.execute("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id").fetchall()


def ingest(db: Path, news: list[Article], coder: HandCoder) -> Ingester:
    with open_store(db) as store:
        ingester = Ingester(store, coder, batch_size=7)
        ingester.ingest(news)
    return ingester


def test_ingest_leaves_a_grown_store_in_date_order_with_every_event_unchanged(tmp_path, monkeypatch):
    news, coder = scattered_news(120)
    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 10**9)
    ingest(tmp_path / "as-inserted.duckdb", news, coder)
    dates = physical_dates(tmp_path / "as-inserted.duckdb")
    assert dates != sorted(dates)  # the problem: arrival order is no date order

    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 50)
    ordered = tmp_path / "ordered.duckdb"
    stats = ingest(ordered, news, HandCoder(coder.events)).stats
    assert stats.reordered == events_in(ordered) > 200  # 240 mentions, a few of them the same meeting
    dates = physical_dates(ordered)
    assert dates == sorted(dates)
    assert every_event(ordered) == every_event(tmp_path / "as-inserted.duckdb")
    period = EventFilter(dyad=("USA", "PRK"), since=since_date("2017"), until=until_date("2018"))
    with open_store(ordered, read_only=True) as a, open_store(tmp_path / "as-inserted.duckdb", read_only=True) as b:
        assert [e.event_id for e in query_events(a, period)] == [e.event_id for e in query_events(b, period)]


def test_small_additions_wait_until_they_are_a_quarter_of_the_table(tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 50)
    db = tmp_path / "growing.duckdb"
    news, coder = scattered_news(100)
    assert ingest(db, news[:60], coder).stats.reordered == events_in(db)
    assert ingest(db, news[60:70], coder).stats.reordered is None  # 20 rows written, under a quarter of the table
    dates = physical_dates(db)
    assert dates != sorted(dates)  # the new events (and those they merged into) sit at the end
    assert ingest(db, news[70:], coder).stats.reordered == events_in(db)  # 20 + 60 written since: due
    assert physical_dates(db) == sorted(physical_dates(db))


def test_an_interrupted_reordering_keeps_every_event(tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 50)
    news, coder = scattered_news(60)
    reference = tmp_path / "reference.duckdb"
    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 10**9)
    ingest(reference, news, coder)
    monkeypatch.setattr(layout, "REORDER_MIN_EVENTS", 50)
    set_meta = layout._set_meta_int

    def interrupted(connection, key, value):
        if key == layout._ORDERED:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the rewrite
        set_meta(connection, key, value)

    monkeypatch.setattr(layout, "_set_meta_int", interrupted)
    db = tmp_path / "interrupted.duckdb"
    stats = ingest(db, news, HandCoder(coder.events)).stats
    assert stats.interrupted and stats.reordered is None and stats.articles == 60
    assert every_event(db) == every_event(reference)
    monkeypatch.setattr(layout, "_set_meta_int", set_meta)
    with open_store(db) as store:  # the next ingest finds the rewrite still due, and does it
        assert layout.keep_in_date_order(store) == store.counts()["events"]
    assert physical_dates(db) == sorted(physical_dates(db)) and every_event(db) == every_event(reference)


@pytest.mark.parametrize("events", [0, 19_999])
def test_small_stores_are_never_rewritten(tmp_path, events):
    with open_store(tmp_path / "small.duckdb") as store:
        store.execute("INSERT OR REPLACE INTO meta VALUES ('events_written_since_order', ?)", [str(events or 1)])
        assert layout.keep_in_date_order(store) is None

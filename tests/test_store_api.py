"""The store from Python: chronicle.Store(path).query(...) / .timeline(...) with the CLI's filters, as Arrow or DataFrames."""

import json
from datetime import date

import pytest
from typer.testing import CliRunner

import chronicle
from chronicle.cli import app
from chronicle.store.database import StoreError, open_store
from chronicle.store.ingest import Ingester
from chronicle.store.query import EventFilter
from store_data import ARTICLES, HandCoder

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "hand.duckdb"
    with open_store(path) as store:
        Ingester(store, HandCoder(), batch_size=2).ingest(ARTICLES)
    return path


def _cli_ids(db, *args: str) -> list[str]:
    result = runner.invoke(app, ["query", "--db", str(db), "-f", "jsonl", "--limit", "0", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["event_id"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("keywords", "flags"),
    [
        ({}, []),
        ({"dyad": "USA,PRK"}, ["--dyad", "USA,PRK"]),
        ({"dyad": "PRK,USA", "either_way": True}, ["--dyad", "PRK,USA", "--either-way"]),
        ({"country": ["CHN", "KOR"]}, ["--country", "CHN,KOR"]),
        ({"type": "consult", "since": "2019"}, ["--type", "consult", "--since", "2019"]),
        ({"quad": [3, 4], "sector": "MIL"}, ["--quad", "3", "--quad", "4", "--sector", "MIL"]),
        ({"place": "hanoi", "polarity": "negative"}, ["--place", "hanoi", "--polarity", "negative"]),
        ({"text": "accord", "min_mentions": 1}, ["--text", "accord", "--min-mentions", "1"]),
    ],
)
def test_query_takes_the_cli_filters_and_answers_the_same_events(db, keywords, flags):
    table = chronicle.Store(db).query(**keywords)
    assert table.column("event_id").to_pylist() == _cli_ids(db, *flags)


def test_query_returns_every_stored_column_as_arrow(db):
    table = chronicle.Store(db).query(dyad="USA,PRK", sort="mentions", limit=1)
    assert table.num_rows == 1
    row = table.to_pylist()[0]
    assert row["event_type"] == "CONSULT" and row["num_mentions"] == 4 and row["source_country"] == "USA"
    assert {"event_id", "date", "cameo", "goldstein", "location_name", "confidence"} <= set(table.column_names)
    assert chronicle.Store(db).query(EventFilter(types=["ASSAULT"])).column("event_type").to_pylist() == ["ASSAULT"]


def test_bad_filter_values_get_the_cli_messages(db):
    store = chronicle.Store(db)
    with pytest.raises(ValueError, match="--type: 'MEETS' is not a PLOVER event type; valid values: .*CONSULT"):
        store.query(type="MEETS")
    with pytest.raises(ValueError, match="--since"):
        store.query(since="2019-13")
    with pytest.raises(TypeError, match="unknown filter 'colour'"):
        store.query(colour="red")
    with pytest.raises(StoreError, match="no store at"):
        chronicle.Store(db.parent / "missing.duckdb")


def test_timeline_is_the_cli_series(db):
    table = chronicle.Store(db).timeline(dyad="USA,PRK", either_way=True, since="2019-01", until="2019-03", by="month")
    assert table.column("period").to_pylist() == [date(2019, 1, 1), date(2019, 2, 1), date(2019, 3, 1)]
    assert table.column("events").to_pylist() == [0, 2, 0] and table.column("goldstein_sum").to_pylist() == [0.0, 6.5, 0.0]
    weekly = chronicle.Store(db).timeline(type="CONSULT", by="week")
    assert weekly.schema.metadata[b"left_out"] == b"1"  # the month-dated visit cannot be placed in a week


def test_mentions_of_an_event(db):
    store = chronicle.Store(db)
    [meeting] = store.query(dyad="USA,PRK", type="CONSULT").column("event_id").to_pylist()
    mentions = store.mentions([meeting])
    assert mentions.num_rows == 3 and set(mentions.column("event_id").to_pylist()) == {meeting}


def test_dataframes(db):
    pandas = pytest.importorskip("pandas")
    frame = chronicle.Store(db).query(country="PRK", to="pandas")
    assert isinstance(frame, pandas.DataFrame) and len(frame) == 4
    assert chronicle.Store(db).query(country="PRK").to_pandas()["event_id"].tolist() == frame["event_id"].tolist()
    polars = pytest.importorskip("polars")
    series = chronicle.Store(db).timeline(by="year", to="polars")
    assert isinstance(series, polars.DataFrame) and series["events"].to_list() == [2, 3]

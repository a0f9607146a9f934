"""`chronicle export`: Parquet read back equals the store; GDELT 2.0 rows have 61 columns; PLOVER, CSV, JSONL."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.export.gdelt import GDELT_COLUMNS, event_code, fraction_date, gdelt_quad_class
from chronicle.read import read_inputs
from chronicle.store.database import arrow_reader, open_store
from chronicle.store.ingest import Ingester
from store_data import ARTICLES, HandCoder, french_lines

runner = CliRunner()


@pytest.fixture(scope="module")
def coded_db(coder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    corpus = folder / "fr.jsonl"
    corpus.write_text("\n".join(french_lines()) + "\n", encoding="utf-8")
    db = folder / "coded.duckdb"
    with open_store(db) as store:
        Ingester(store, coder, batch_size=8).ingest(read_inputs([str(corpus)]))
    return db


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("export-hand") / "hand.duckdb"
    with open_store(db) as store:
        Ingester(store, HandCoder()).ingest(ARTICLES)
    return db


def _export(db, *args: str) -> str:
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_parquet_read_back_equals_the_store(coded_db, tmp_path):
    path = tmp_path / "events.parquet"
    _export(coded_db, "--format", "parquet", "-o", str(path))
    exported = pq.read_table(path)
    with open_store(coded_db, read_only=True) as store:
        stored = arrow_reader(store.connection, 'SELECT * FROM events ORDER BY "date" NULLS LAST, event_id', []).read_all()
    assert exported.num_rows == stored.num_rows > 40
    assert exported.column_names == stored.column_names
    assert exported.to_pylist() == stored.to_pylist()


def test_parquet_needs_a_file(coded_db):
    result = runner.invoke(app, ["export", "--db", str(coded_db), "--format", "parquet"])
    assert result.exit_code == 2 and "--output" in result.output


def test_gdelt_rows_have_61_columns_in_gdelt_order(coded_db):
    assert GDELT_COLUMNS[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[-3:] == ("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")
    lines = _export(coded_db, "--format", "gdelt").splitlines()
    with open_store(coded_db, read_only=True) as store:
        assert len(lines) == store.counts()["events"]
    rows = [line.split("\t") for line in lines]
    assert {len(row) for row in rows} == {61}
    for row in rows:
        record = dict(zip(GDELT_COLUMNS, row))
        assert record["GLOBALEVENTID"].isdigit()
        assert record["EventCode"][:2] == record["EventRootCode"] and len(record["EventCode"]) >= 3
        assert record["EventRootCode"].isdigit() and len(record["EventRootCode"]) == 2  # "04", never 4
        assert record["QuadClass"] in {"1", "2", "3", "4"}
        assert int(record["NumArticles"]) <= int(record["NumMentions"])
        assert len(record["DATEADDED"]) == 14
    assert len({row[0] for row in rows}) == len(rows)


def test_gdelt_fields_of_a_known_event(hand_db):
    lines = _export(hand_db, "--format", "gdelt", "--type", "CONSULT", "--dyad", "USA,PRK").splitlines()
    assert len(lines) == 1
    record = dict(zip(GDELT_COLUMNS, lines[0].split("\t")))
    assert record["SQLDATE"] == "20190227" and record["MonthYear"] == "201902" and record["Year"] == "2019"
    assert record["FractionDate"] == "2019.2384"  # 2019 + (2 * 30 + 27) / 365
    assert (record["Actor1Code"], record["Actor1Name"], record["Actor1CountryCode"], record["Actor1Type1Code"]) == (
        "USAGOV", "DONALD TRUMP", "USA", "GOV",
    )  # fmt: skip
    assert (record["Actor2Code"], record["Actor2CountryCode"]) == ("PRKGOV", "PRK")
    assert (record["EventCode"], record["EventBaseCode"], record["EventRootCode"]) == ("044", "044", "04")
    assert (record["NumMentions"], record["NumSources"], record["NumArticles"]) == ("4", "2", "3")
    assert record["IsRootEvent"] == "1" and record["AvgTone"] == ""
    assert (record["ActionGeo_Type"], record["ActionGeo_FullName"], record["ActionGeo_CountryCode"]) == (
        "4", "Hanoi, Vietnam", "VM",
    )  # fmt: skip
    assert record["ActionGeo_ADM1Code"] == "VM01" and record["ActionGeo_FeatureID"] == "1581130"
    assert record["ActionGeo_Lat"] == "21.0245" and record["Actor1Geo_Type"] == "0"
    assert record["SOURCEURL"] == "https://www.kbs.co.kr/news/1"
    header = _export(hand_db, "--format", "gdelt", "--header").splitlines()[0]
    assert header.split("\t") == list(GDELT_COLUMNS)


def test_gdelt_codes():
    assert event_code("03") == "030" and event_code("044") == "044" and event_code("0874") == "0874"
    assert event_code(None) == ""
    from datetime import date

    assert fraction_date(date(2019, 1, 1)) == "2019.0849"  # GDELT's own (month * 30 + day) / 365


def test_plover_records(hand_db):
    records = [json.loads(line) for line in _export(hand_db, "--format", "plover").splitlines()]
    assert len(records) == 7
    for record in records:
        assert {"id", "date", "actor", "event"} <= set(record)  # PLOVER's required fields
        assert isinstance(record["event"], list) and isinstance(record["mode"], list)
    by_type = {tuple(r["event"]): r for r in records}
    deal = by_type[("AGREE",)]
    assert deal["polarity"] == "negative" and deal["date"] == "2019-02-28"
    assert "negation" not in deal["context"]  # negation and modality are fields, not PLOVER contexts
    assert deal["actor"] == [{"code": "USA", "sector": "GOV", "entity_text": "Donald Trump",
                              "identifier_text": "Donald Trump", "office": "President of the United States"}]  # fmt: skip
    assert deal["event_loc"]["resolved_place"] == "Hanoi" and deal["event_loc"]["geonameid"] == 1581130
    threat = by_type[("THREATEN",)]
    assert threat["modality"] == "hypothetical" and threat["quad_code"] == 3 and threat["event_scale"] == -7.0
    visit = [r for r in records if r["event"] == ["CONSULT"] and r["mode"] == ["visit"]][0]
    assert visit["modality"] == "intended" and visit["date"] == "2018-12-01" and visit["date_precision"] == "month"
    assert threat["context"] == ["military"]  # CAMEO2PLOVER's context of 138, threaten with military force


def test_csv_and_jsonl_exports(coded_db):
    rows = list(csv.DictReader(io.StringIO(_export(coded_db, "--format", "csv"))))
    records = [json.loads(line) for line in _export(coded_db, "--format", "jsonl").splitlines()]
    with open_store(coded_db, read_only=True) as store:
        ids = [r[0] for r in store.execute('SELECT event_id FROM events ORDER BY "date" NULLS LAST, event_id').fetchall()]
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in records] == ids
    assert {"num_mentions", "num_sources", "num_articles", "source_country", "cameo"} <= set(rows[0])
    assert all(r["cameo"][0] == "0" or r["cameo"][0] in "12" for r in rows if r["cameo"])  # codes stay strings


def test_filtered_export(hand_db):
    lines = _export(hand_db, "--format", "jsonl", "--place", "Hanoi", "--polarity", "negative").splitlines()
    assert [json.loads(line)["event_type"] for line in lines] == ["AGREE"]


@pytest.mark.parametrize(("code", "quad"), [("040", 1), ("057", 1), ("073", 2), ("0874", 2), ("112", 3), ("141", 3), ("154", 4), ("190", 4)])
def test_gdelt_quad_class_follows_the_cameo_root(code, quad):
    assert gdelt_quad_class(code) == quad


def test_a_protest_is_verbal_conflict_in_the_gdelt_export(hand_db):
    lines = _export(hand_db, "--format", "gdelt", "--type", "PROTEST").splitlines()
    assert lines
    for line in lines:
        record = dict(zip(GDELT_COLUMNS, line.split("\t")))
        assert record["EventRootCode"] == "14" and record["QuadClass"] == "3"

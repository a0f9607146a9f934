"""Every query filter, the timeline and its plot, checked against known hand-made events."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.store.database import open_store
from chronicle.store.ingest import Ingester
from chronicle.store.query import EventFilter, query_events, since_date, until_date
from chronicle.store.timeline import timeline
from store_data import ARTICLES, HandCoder

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("query") / "hand.duckdb"
    with open_store(path) as store:
        Ingester(store, HandCoder(), batch_size=2).ingest(ARTICLES)
    return path


@pytest.fixture(scope="module")
def store(db):
    with open_store(db, read_only=True) as opened:
        yield opened


def _found(store, **criteria) -> list[tuple[str, str]]:
    """(type, representative article) of the matching events, sorted."""
    return sorted((e.event_type, e.article_id) for e in query_events(store, EventFilter(**criteria)))


MEETING = ("CONSULT", "a1")
NO_DEAL = ("AGREE", "a1")
THREAT = ("THREATEN", "a2")
STRIKE = ("ASSAULT", "a3")
VISIT = ("CONSULT", "a4")
PROTESTS = [("PROTEST", "a4"), ("PROTEST", "a5")]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, sorted([MEETING, NO_DEAL, THREAT, STRIKE, VISIT, *PROTESTS])),
        ({"actors": ["trump"]}, [NO_DEAL, MEETING]),
        ({"actors": ["Xi"]}, [VISIT]),
        ({"actors": ["armée"]}, [STRIKE, THREAT]),  # unnamed actors match on their text
        ({"countries": ["prk"]}, sorted([NO_DEAL, MEETING, STRIKE, THREAT])),
        ({"countries": ["CHN", "KOR"]}, sorted([VISIT, *PROTESTS])),
        ({"dyad": ("USA", "PRK")}, sorted([NO_DEAL, MEETING, THREAT])),
        ({"dyad": ("PRK", "USA")}, []),
        ({"dyad": ("PRK", "USA"), "either_way": True}, sorted([NO_DEAL, MEETING, THREAT])),
        ({"sectors": ["MIL"]}, [STRIKE, THREAT]),
        ({"sectors": ["CVL"]}, PROTESTS),
        ({"types": ["CONSULT"]}, [MEETING, VISIT]),
        ({"types": ["consult", "AGREE"]}, sorted([NO_DEAL, MEETING, VISIT])),
        ({"modes": ["visit"]}, [VISIT]),
        ({"cameo": ["04"]}, [MEETING, VISIT]),
        ({"cameo": ["19", "13"]}, [STRIKE, THREAT]),
        ({"quad_classes": [3, 4]}, sorted([STRIKE, THREAT, *PROTESTS])),
        ({"since": date(2019, 1, 1), "until": date(2019, 12, 31)}, sorted([NO_DEAL, MEETING, STRIKE])),
        ({"since": date(2019, 2, 28)}, [NO_DEAL, STRIKE]),
        ({"until": date(2018, 12, 31)}, [VISIT, THREAT]),  # a month-precision date is on its first day
        ({"places": ["hanoi"]}, [NO_DEAL, MEETING]),
        ({"places": ["Pékin"]}, [VISIT]),  # the place as written also matches
        ({"place_countries": ["PRK"]}, [STRIKE]),
        ({"polarity": "negative"}, [NO_DEAL]),
        ({"modalities": ["intended", "hypothetical"]}, [VISIT, THREAT]),
        ({"words": ["retrouvé"]}, [MEETING]),  # a2's sentence: evidence is every mention, not only the shown one
        ({"words": ["accord", "sommet"]}, [NO_DEAL]),
        ({"words": ["accord", "missiles"]}, []),
        ({"min_mentions": 2}, [MEETING]),
        ({"dyad": ("USA", "PRK"), "types": ["CONSULT"], "since": date(2019, 1, 1)}, [MEETING]),
    ],
)
def test_filter(store, criteria, expected):
    assert _found(store, **criteria) == expected


def test_user_values_are_parameters_not_sql(store):
    assert _found(store, actors=["' OR 1=1 --"]) == []
    assert _found(store, words=["%"]) == []  # no wildcard meaning either


def test_merged_event_record(store):
    (meeting,) = query_events(store, EventFilter(types=["CONSULT"], dyad=("USA", "PRK")))
    assert (meeting.num_mentions, meeting.num_articles, meeting.num_sources) == (4, 3, 2)
    assert meeting.mentions == 4 and meeting.mention_id == "a1-0"
    assert meeting.location.name == "Hanoi" and meeting.date.value == "2019-02-27"


def test_date_bounds():
    assert since_date("2019") == date(2019, 1, 1)
    assert until_date("2019") == date(2019, 12, 31)
    assert until_date("2020-02") == date(2020, 2, 29)
    assert until_date("2019-03-04") == date(2019, 3, 4)


def test_query_command_formats_and_paging(db):
    result = runner.invoke(app, ["query", "--db", str(db), "--dyad", "USA,PRK", "--since", "2019", "--until", "2019", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["event_type"] for r in records] == ["CONSULT", "AGREE"]
    assert records[0]["num_articles"] == 3 and records[0]["source"]["name"] == "Donald Trump"

    page = runner.invoke(app, ["query", "--db", str(db), "-f", "csv", "--limit", "3", "--offset", "3"])
    rows = list(csv.DictReader(io.StringIO(page.stdout)))
    everything = runner.invoke(app, ["query", "--db", str(db), "-f", "csv", "--limit", "0"])
    all_rows = list(csv.DictReader(io.StringIO(everything.stdout)))
    assert len(all_rows) == 7 and [r["event_id"] for r in rows] == [r["event_id"] for r in all_rows[3:6]]
    assert "7 events match; showing 4-6; next page: --offset 6" in " ".join(page.stderr.split())

    table = runner.invoke(app, ["query", "--db", str(db), "--place", "Hanoi", "--mentions"])
    assert table.exit_code == 0 and "Kim a retrouvé Trump" in table.stdout  # every mention listed

    bad = runner.invoke(app, ["query", "--db", str(db), "--dyad", "USA"])
    assert bad.exit_code == 2 and "SOURCE,TARGET" in bad.output


def test_timeline_by_month_fills_gaps(store):
    series = timeline(store, EventFilter(dyad=("USA", "PRK"), either_way=True, since=date(2019, 1, 1), until=date(2019, 3, 31)))
    assert [(r.period, r.events, r.articles, r.goldstein_sum) for r in series.rows] == [
        (date(2019, 1, 1), 0, 0, 0.0),
        (date(2019, 2, 1), 2, 4, 6.5),  # the meeting (3 articles, once) and the failed deal
        (date(2019, 3, 1), 0, 0, 0.0),
    ]
    assert series.rows[1].mentions == 5 and series.rows[1].goldstein_mean == pytest.approx(3.25)


def test_timeline_by_week_and_day_leave_out_coarse_dates(store):
    weekly = timeline(store, EventFilter(types=["CONSULT"]), by="week")
    assert weekly.left_out == 1  # the December 2018 visit is dated to the month only
    assert [(r.period, r.events) for r in weekly.rows if r.events] == [(date(2019, 2, 25), 1)]  # a Monday
    daily = timeline(store, EventFilter(dyad=("USA", "PRK")), by="day")
    assert daily.rows[0].period == date(2018, 1, 3) and daily.rows[-1].period == date(2019, 2, 28)
    assert sum(r.events for r in daily.rows) == 3
    yearly = timeline(store, EventFilter(), by="year")
    assert [(r.period.year, r.events) for r in yearly.rows] == [(2018, 2), (2019, 3)] and yearly.left_out == 2


def test_timeline_command_csv_and_plots(db, tmp_path):
    png, svg = tmp_path / "usa-prk.png", tmp_path / "usa-prk.svg"
    args = ["timeline", "--db", str(db), "--dyad", "USA,PRK", "--since", "2019-01", "--until", "2019-03", "--by", "month"]
    result = runner.invoke(app, args + ["--format", "csv", "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "period,events,mentions,articles,goldstein_sum,goldstein_mean",
        "2019-01,0,0,0,0.0,",
        "2019-02,2,5,4,6.5,3.25",
        "2019-03,0,0,0,0.0,",
    ]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert runner.invoke(app, args + ["--plot", str(svg)]).exit_code == 0
    assert b"<svg" in svg.read_bytes()[:1000]
    table = runner.invoke(app, args)
    assert "2019-02" in table.stdout and "6.5" in table.stdout
    bad = runner.invoke(app, args + ["--plot", str(tmp_path / "x.gif")])
    assert bad.exit_code == 2 and ".png or .svg" in bad.output


@pytest.mark.parametrize("sort", ["date", "recent", "mentions", "goldstein"])
def test_a_page_of_rows_is_the_same_slice_as_the_full_query(store, sort):
    from chronicle.store.query import iter_rows, page_rows

    for criteria in ({}, {"types": ["CONSULT", "PROTEST"]}, {"countries": ["PRK"]}):
        whole = list(iter_rows(store, EventFilter(**criteria), sort=sort))
        for offset in range(0, len(whole) + 1):
            assert page_rows(store, EventFilter(**criteria), sort=sort, limit=2, offset=offset) == whole[offset:offset + 2]

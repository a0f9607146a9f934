"""Timeline plots: bars that span their periods, whole-number count ticks, quad-class stacks, empty and long ranges."""

import re
from datetime import date

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.store.database import open_store
from chronicle.store.ingest import Ingester
from chronicle.store.plot import bar_spans
from chronicle.store.query import EventFilter
from chronicle.store.timeline import timeline
from store_data import ARTICLES, HandCoder

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("plot") / "hand.duckdb"
    with open_store(path) as store:
        Ingester(store, HandCoder(), batch_size=2).ingest(ARTICLES)
    return path


def _plot(db, tmp_path, name, *args):
    out = tmp_path / name
    result = runner.invoke(app, ["timeline", "--db", str(db), "-f", "csv", "--plot", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def _y_ticks(svg: str) -> list[str]:
    """The labels of the count axis (text kept as text in the SVG)."""
    part = svg.split('id="matplotlib.axis_2"')[1].split('id="matplotlib.axis_3"')[0]
    return re.findall(r"<text[^>]*>([^<]*)</text>", part)


def test_each_bar_spans_its_period(db):
    with open_store(db, read_only=True) as store:
        months = timeline(store, EventFilter(since=date(2019, 1, 1), until=date(2019, 12, 31)), by="month")
        weeks = timeline(store, EventFilter(since=date(2019, 2, 25), until=date(2019, 3, 10)), by="week")
        years = timeline(store, EventFilter(), by="year")
    spans = bar_spans(months)
    assert spans[1] == (date(2019, 2, 1), date(2019, 3, 1))  # February: 28 days
    assert spans[0][1] - spans[0][0] == date(2019, 2, 1) - date(2019, 1, 1)  # January: 31
    assert all(end == following for (_, end), (following, _) in zip(spans, spans[1:]))  # no gaps, no overlaps
    assert bar_spans(weeks)[0] == (date(2019, 2, 25), date(2019, 3, 4))
    assert bar_spans(years) == [(date(2018, 1, 1), date(2019, 1, 1)), (date(2019, 1, 1), date(2020, 1, 1))]


def test_a_short_range_has_whole_number_count_ticks(db, tmp_path):
    svg = _plot(db, tmp_path, "short.svg", "--dyad", "USA,PRK", "--since", "2019-02", "--until", "2019-03", "--by", "month").read_text()
    ticks = [t for t in _y_ticks(svg) if not re.search("[a-z]", t)]  # the axis label and title follow the ticks
    assert ticks == ["0", "1", "2"], ticks  # never 0.5 of an event
    assert "USA→PRK" in svg


def test_quad_class_breakdown(db, tmp_path):
    svg = _plot(db, tmp_path, "quads.svg", "--by", "year", "--by-quad").read_text()
    for label in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict"):
        assert label in svg
    only = _plot(db, tmp_path, "conflict.svg", "--by", "year", "--by-quad", "--quad", "4").read_text()
    assert "material conflict" in only and "verbal cooperation" not in only
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--by-quad"])
    assert bad.exit_code == 2 and "--plot" in bad.output


def test_empty_and_long_ranges_give_readable_plots(db, tmp_path):
    empty = _plot(db, tmp_path, "empty.svg", "--actor", "nobody at all").read_text()
    assert "no events match this filter" in empty
    quiet = _plot(db, tmp_path, "quiet.svg", "--since", "2005", "--until", "2006").read_text()
    assert "no events in this period" in quiet
    png = _plot(db, tmp_path, "empty.png", "--actor", "nobody at all")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # thirty years of days: ~11,000 bars, a handful of date ticks
    long = _plot(db, tmp_path, "long.svg", "--since", "1995", "--until", "2024", "--by", "day").read_text()
    x_axis = long.split('id="matplotlib.axis_3"')[1].split('id="matplotlib.axis_4"')[0]
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", x_axis)
    assert 3 <= len(labels) <= 12, labels
    long_png = _plot(db, tmp_path, "long.png", "--since", "1995", "--until", "2024", "--by", "month")
    assert long_png.stat().st_size > 10_000

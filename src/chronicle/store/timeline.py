"""Event counts and Goldstein sums per day, week, month or year: the classic dyadic series.

Each merged event counts once (however many articles report it), on the
period of its date.  An event dated more coarsely than the period asked for
(a month-precision date in a daily or weekly series, a year in a monthly one)
is left out of the series, not put on the first day of its period, and the
number left out is reported.  Periods with no event are present, with zeros,
so the series is regular.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from chronicle.store.query import EventFilter

if TYPE_CHECKING:
    from chronicle.store.database import Store

PERIODS = ("day", "week", "month", "year")
# Date precisions fine enough for each period.
_PRECISE_ENOUGH = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
}


@dataclass(frozen=True)
class TimelineRow:
    """One period of the series."""

    period: date  # first day of the period (weeks start on Monday)
    events: int
    mentions: int
    articles: int
    goldstein_sum: float
    goldstein_mean: float | None


@dataclass(frozen=True)
class Timeline:
    """The series and what could not be placed in it."""

    by: str
    rows: list[TimelineRow]
    left_out: int  # matching events undated or dated too coarsely for ``by``


def timeline(store: "Store", event_filter: EventFilter, by: str = "month") -> Timeline:
    """The series of matching events per ``by`` period, gaps filled with zeros."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r} (one of {', '.join(PERIODS)})")
    where, params = event_filter.where()
    precisions = ", ".join(f"'{p}'" for p in _PRECISE_ENOUGH[by])  # constants of this module
    # One scan: events that cannot be placed fall in the NULL period group.
    sql = f"""
        SELECT CASE WHEN e.date_precision IN ({precisions}) THEN date_trunc('{by}', e."date") END AS period,
               count(*), coalesce(sum(e.num_mentions), 0), coalesce(sum(e.num_articles), 0),
               coalesce(sum(e.goldstein), 0), avg(e.goldstein)
        FROM events e WHERE {where}
        GROUP BY period ORDER BY period NULLS LAST
    """
    left_out = 0
    found: dict[date, TimelineRow] = {}
    for period, events, mentions, articles, total, mean in store.execute(sql, params).fetchall():
        if period is None:
            left_out = events
            continue
        period = period.date() if hasattr(period, "date") else period
        found[period] = TimelineRow(period, events, int(mentions), int(articles), float(total), mean)
    first = truncate(event_filter.since, by) if event_filter.since else min(found, default=None)
    last = truncate(event_filter.until, by) if event_filter.until else max(found, default=None)
    rows: list[TimelineRow] = []
    if first is not None and last is not None:
        period = first
        while period <= last:
            rows.append(found.get(period) or TimelineRow(period, 0, 0, 0, 0.0, None))
            period = step(period, by)
    return Timeline(by, rows, left_out)


def timeline_by_quad(store: "Store", event_filter: EventFilter, by: str = "month") -> dict[int, Timeline]:
    """The series of each quad class the filter admits (1 verbal cooperation ... 4 material conflict)."""
    wanted = event_filter.quad_classes or [1, 2, 3, 4]
    return {quad: timeline(store, replace(event_filter, quad_classes=[quad]), by=by) for quad in sorted(set(wanted))}


def truncate(day: date, by: str) -> date:
    """The first day of the ``by`` period containing ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def step(period: date, by: str) -> date:
    """The first day of the next period."""
    if by == "day":
        return period + timedelta(days=1)
    if by == "week":
        return period + timedelta(days=7)
    if by == "month":
        return date(period.year + period.month // 12, period.month % 12 + 1, 1)
    return date(period.year + 1, 1, 1)

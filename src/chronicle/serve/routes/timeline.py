"""``/v1/timeline``: counts and Goldstein sums per period for a filter, whole or split by quad class."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from chronicle.serve.errors import bad_request
from chronicle.serve.filters import FILTER_PARAMS, check_known, parse_filter
from chronicle.serve.security import require_read
from chronicle.serve.state import ServerState, state_of
from chronicle.store.query import EventFilter
from chronicle.store.timeline import PERIODS, Timeline, timeline

router = APIRouter(tags=["timeline"], dependencies=[Depends(require_read)])


def _series(series: Timeline) -> list[dict[str, Any]]:
    return [
        {"period": row.period.isoformat(), "events": row.events, "mentions": row.mentions, "articles": row.articles,
         "goldstein_sum": round(row.goldstein_sum, 3),
         "goldstein_mean": None if row.goldstein_mean is None else round(row.goldstein_mean, 3)}
        for row in series.rows
    ]  # fmt: skip


@router.get("/v1/timeline", summary="Events and Goldstein sums per day, week, month or year")
def get_timeline(request: Request) -> JSONResponse:
    """The series of ``chronicle timeline`` for the same filters; ``by`` (day, week, month, year;
    default month); ``split=quad`` adds one series per quad class (1 verbal cooperation ...
    4 material conflict) over the same periods."""
    params = request.query_params
    check_known(params, FILTER_PARAMS + ("by", "split"))
    event_filter = parse_filter(params)
    by = params.get("by", "month")
    if by not in PERIODS:
        raise bad_request("bad_parameter", f"by={by!r}: one of {', '.join(PERIODS)}", "by")
    split = params.get("split")
    if split not in (None, "quad"):
        raise bad_request("bad_parameter", f"split={split!r}: only quad", "split")
    state = state_of(request)
    return JSONResponse(state.cache.get_or_compute(request, lambda: _read(state, event_filter, by, split)))


def _read(state: ServerState, event_filter: EventFilter, by: str, split: str | None) -> dict[str, Any]:
    """The series (and its split by quad class) for the filter."""
    with state.reader() as store:
        whole = timeline(store, event_filter, by=by)
        body: dict[str, Any] = {"by": by, "left_out": whole.left_out, "series": _series(whole)}
        if split == "quad" and whole.rows:
            body["by_quad"] = {}
            for quad in (1, 2, 3, 4):
                if event_filter.quad_classes and quad not in event_filter.quad_classes:
                    continue
                # the whole series' bounds, so every quad series has the same periods
                bounded = type(event_filter)(**{**vars(event_filter), "quad_classes": [quad],
                                                "since": whole.rows[0].period, "until": whole.rows[-1].period})  # fmt: skip
                part = timeline(store, bounded, by=by)
                body["by_quad"][str(quad)] = _series(part)[: len(whole.rows)]
    return body

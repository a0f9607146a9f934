"""``/v1/events``: filtered events with cursor paging (JSON or CSV), one event with its evidence, and event places."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from chronicle.export.stored import STORED_CSV_COLUMNS, stored_csv_row
from chronicle.serve.config import DEFAULT_PAGE, MAX_PAGE
from chronicle.serve.errors import ApiError, bad_request
from chronicle.serve.filters import FILTER_PARAMS, check_known, parse_filter
from chronicle.serve.security import require_read
from chronicle.serve.state import state_of
from chronicle.serve.records import event_record
from chronicle.store.rows import stored_event
from chronicle.store.query import SORTS, count_events, event_by_id, mentions_of, page_rows

router = APIRouter(tags=["events"], dependencies=[Depends(require_read)])

_EVENT_ID = re.compile(r"^[0-9a-f]{16}$")
_PAGE_PARAMS = ("limit", "cursor", "sort", "format", "count")


def _fingerprint(request: Request) -> str:
    """What a cursor is bound to: the filter and the order (not the page size or format)."""
    pairs = sorted((k, v) for k, v in request.query_params.multi_items() if k not in ("limit", "cursor", "format", "count"))
    return hashlib.sha1(json.dumps(pairs).encode()).hexdigest()[:12]


def encode_cursor(offset: int, fingerprint: str) -> str:
    """An opaque cursor: where the next page starts, for this filter and order only."""
    return base64.urlsafe_b64encode(json.dumps({"o": offset, "f": fingerprint}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, fingerprint: str) -> int:
    """The offset a cursor holds, or a 400 when it is not one of this query's."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset, bound = data["o"], data["f"]
        if not isinstance(offset, int) or offset < 0 or not isinstance(bound, str):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise bad_request("bad_cursor", "cursor is not a cursor this API gave (use next_cursor of the previous page)", "cursor") from None
    if bound != fingerprint:
        raise bad_request("bad_cursor", "cursor belongs to another filter or sort: page with the same filter", "cursor")
    return offset


def _page_size(value: str | None) -> int:
    if value is None:
        return DEFAULT_PAGE
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
        raise bad_request("bad_parameter", f"limit={value!r}: give an integer from 1 to {MAX_PAGE}", "limit")
    return int(value)


@router.get("/v1/events", summary="Events matching a filter, a page at a time")
def list_events(request: Request) -> Response:
    """Every filter of ``chronicle query`` (``actor``, ``country``, ``dyad``, ``either_way``, ``sector``,
    ``type``, ``mode``, ``cameo``, ``quad``, ``since``, ``until``, ``place``, ``place_country``,
    ``polarity``, ``modality``, ``text``, ``min_mentions``), ``sort`` (date, recent, mentions, goldstein),
    ``limit`` (1-1000), ``cursor`` (the previous page's ``next_cursor``), ``format`` (json or csv) and
    ``count=true`` for the number of matches.  CSV gives the next cursor in the ``X-Next-Cursor`` header."""
    params = request.query_params
    check_known(params, FILTER_PARAMS + _PAGE_PARAMS)
    event_filter = parse_filter(params)
    sort = params.get("sort", "date")
    if sort not in SORTS:
        raise bad_request("bad_parameter", f"sort={sort!r}: one of {', '.join(SORTS)}", "sort")
    output = params.get("format", "json")
    if output not in ("json", "csv"):
        raise bad_request("bad_parameter", f"format={output!r}: json or csv", "format")
    limit = _page_size(params.get("limit"))
    fingerprint = _fingerprint(request)
    offset = decode_cursor(params["cursor"], fingerprint) if "cursor" in params else 0
    state = state_of(request)

    def read() -> tuple[list[dict[str, Any]], int | None]:
        with state.reader() as store:
            # one more than the page tells whether there is a next page without counting every match
            found = page_rows(store, event_filter, sort=sort, limit=limit + 1, offset=offset)
            return found, (count_events(store, event_filter) if params.get("count") in ("1", "true") else None)

    rows, total = state.cache.get_or_compute(request, read)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(offset + limit, fingerprint) if more else None
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=STORED_CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(stored_csv_row(stored_event(row)))
        headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    body: dict[str, Any] = {"events": [event_record(row) for row in rows], "next_cursor": next_cursor}
    if total is not None:
        body["total"] = total
    return JSONResponse(body)


def trigger_span(sentence: str, trigger: str | None, start: int) -> tuple[int, int] | None:
    """Where the trigger lies in the article: the sentence holds it (its first occurrence), offsets from ``start``."""
    if not trigger:
        return None
    at = sentence.find(trigger)
    if at < 0:
        at = sentence.casefold().find(trigger.casefold())  # casefold keeps lengths for the scripts the packs read
    return (start + at, start + at + len(trigger)) if at >= 0 else None


@router.get("/v1/events/{event_id}", summary="One event with every mention and each article's text")
def get_event(event_id: str, request: Request) -> JSONResponse:
    """The event, its mentions (article, sentence offsets, trigger offsets) and the text of each article,
    so the evidence can be highlighted in the article as received."""
    check_known(request.query_params, ())
    if not _EVENT_ID.match(event_id):
        raise bad_request("bad_id", f"{event_id[:40]!r} is not an event id (16 hexadecimal digits)", "event_id")
    with state_of(request).reader() as store:
        event = event_by_id(store, event_id)
        if event is None:
            raise ApiError(404, "not_found", f"no event {event_id} in the store")
        mentions = mentions_of(store, [event_id]).get(event_id, [])
        ids = sorted({m.article_id for m in mentions})
        rows = store.execute(
            "SELECT article_id, url, title, published, language, text FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    articles = {row[0]: dict(zip(("article_id", "url", "title", "published", "language", "text"), row)) for row in rows}
    listed = []
    for m in mentions:
        # stored offsets where the mention has them (schema 3 on); found in the sentence for older ones
        span = (m.trigger_start, m.trigger_end) if m.trigger_start is not None else trigger_span(m.sentence, m.trigger, m.char_start)
        listed.append({**vars(m), "trigger_start": span[0] if span else None, "trigger_end": span[1] if span else None})
    return JSONResponse({"event": event.model_dump(mode="json"), "mentions": listed, "articles": [articles[i] for i in ids if i in articles]})


@router.get("/v1/locations", summary="Where matching events happened: places with coordinates and counts")
def locations(request: Request) -> JSONResponse:
    """Places of the events a filter selects (the same filters as ``/v1/events``), the most frequent first,
    at most ``limit`` (1-1000, default 500)."""
    params = request.query_params
    check_known(params, FILTER_PARAMS + ("limit",))
    event_filter = parse_filter(params)
    limit = _page_size(params.get("limit") or "500")
    where, values = event_filter.where()
    state = state_of(request)

    def read() -> list[tuple[Any, ...]]:
        with state.reader() as store:
            return store.execute(
                f"SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) AS n FROM events e WHERE {where} "
                "AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY ALL ORDER BY n DESC, e.location_name LIMIT ?",
                values + [limit],
            ).fetchall()

    rows = state.cache.get_or_compute(request, read)
    keys = ("name", "country", "lat", "lon", "events")
    return JSONResponse({"locations": [dict(zip(keys, row)) for row in rows]})

"""Filters on merged events, turned into SQL with parameters.

Every user value goes through a ``?`` parameter; only column names and
operators chosen by this module are written into the SQL text.  The same
``EventFilter`` serves ``query``, ``timeline`` and ``export``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from chronicle.model import PartialDate
from chronicle.store.rows import StoredEvent, stored_event
from chronicle.store.schema import MERGED_COLUMNS

if TYPE_CHECKING:
    from chronicle.store.database import Store

SORTS = {
    "date": 'e."date" ASC NULLS LAST, e.event_id',
    "recent": 'e."date" DESC NULLS LAST, e.event_id',
    "mentions": "e.num_mentions DESC, e.\"date\" ASC NULLS LAST, e.event_id",
    "goldstein": "e.goldstein ASC NULLS LAST, e.event_id",
}


@dataclass
class EventFilter:
    """What to select; empty fields select everything.  Lists mean "any of"."""

    actors: list[str] = field(default_factory=list)  # words of the source's or target's name or text
    countries: list[str] = field(default_factory=list)  # source or target country
    dyad: tuple[str, str] | None = None  # (source country, target country)
    either_way: bool = False  # the dyad in either direction
    sectors: list[str] = field(default_factory=list)  # source or target sector
    types: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    cameo: list[str] = field(default_factory=list)  # CAMEO code prefixes ("04" matches 040-046)
    quad_classes: list[int] = field(default_factory=list)
    since: date | None = None  # inclusive, on the first day of the event's date period
    until: date | None = None  # inclusive
    places: list[str] = field(default_factory=list)  # words of the place name or text
    place_countries: list[str] = field(default_factory=list)
    polarity: str | None = None
    modalities: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # each must occur in one of the event's evidence sentences
    min_mentions: int | None = None
    min_confidence: float | None = None  # the coder's confidence in the representative mention

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``events e`` and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def any_of(column: str, values: Sequence[Any]) -> None:
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        for actor in self.actors:
            needle = actor.casefold()
            columns = ("source_name", "source_text", "target_name", "target_text")
            clauses.append("(" + " OR ".join(f"contains(lower(coalesce(e.{c}, '')), ?)" for c in columns) + ")")
            params.extend([needle] * len(columns))
        if self.countries:
            codes = [c.upper() for c in self.countries]
            marks = ", ".join("?" for _ in codes)
            clauses.append(f"(e.source_country IN ({marks}) OR e.target_country IN ({marks}))")
            params.extend(codes + codes)
        if self.dyad is not None:
            first, second = (c.upper() for c in self.dyad)
            if self.either_way:
                clauses.append(
                    "((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))"
                )
                params.extend([first, second, second, first])
            else:
                clauses.append("e.source_country = ? AND e.target_country = ?")
                params.extend([first, second])
        if self.sectors:
            codes = [s.upper() for s in self.sectors]
            marks = ", ".join("?" for _ in codes)
            clauses.append(f"(e.source_sector IN ({marks}) OR e.target_sector IN ({marks}))")
            params.extend(codes + codes)
        any_of("e.event_type", [t.upper() for t in self.types])
        any_of("e.mode", [m.lower() for m in self.modes])
        if self.cameo:
            clauses.append("(" + " OR ".join("starts_with(e.cameo, ?)" for _ in self.cameo) + ")")
            params.extend(self.cameo)
        any_of("e.quad_class", self.quad_classes)
        if self.since is not None:
            clauses.append('e."date" >= ?')
            params.append(self.since)
        if self.until is not None:
            clauses.append('e."date" <= ?')
            params.append(self.until)
        for place in self.places:
            clauses.append(
                "(contains(lower(coalesce(e.location_name, '')), ?) OR contains(lower(coalesce(e.location_text, '')), ?))"
            )
            params.extend([place.casefold()] * 2)
        any_of("e.location_country", [c.upper() for c in self.place_countries])
        if self.polarity is not None:
            clauses.append("e.polarity = ?")
            params.append(self.polarity)
        any_of("e.modality", self.modalities)
        for word in self.words:
            # Evidence is every mention's sentence, not only the representative's.
            clauses.append(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id AND contains(lower(m.sentence), ?))"
            )
            params.append(word.casefold())
        if self.min_mentions is not None:
            clauses.append("e.num_mentions >= ?")
            params.append(self.min_mentions)
        if self.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(clauses) or "TRUE"), params

    def describe(self) -> str:
        """A short human description (plot titles)."""
        parts = []
        if self.dyad:
            parts.append(f"{self.dyad[0].upper()}{'↔' if self.either_way else '→'}{self.dyad[1].upper()}")
        parts += [c.upper() for c in self.countries] + self.actors + [t.upper() for t in self.types]
        parts += [f"in {p}" for p in self.places + self.place_countries]
        if self.since or self.until:
            parts.append(f"{self.since or '…'} to {self.until or '…'}")
        return ", ".join(parts) or "all events"


def since_date(value: str) -> date:
    """The first day of ``YYYY[-MM[-DD]]``."""
    return PartialDate.parse(value).anchor()


def until_date(value: str) -> date:
    """The last day of ``YYYY[-MM[-DD]]`` (``--until 2019`` includes all of 2019)."""
    return PartialDate.parse(value).last_day()


_COLUMNS = ", ".join(f'e."{name}"' for name, _ in MERGED_COLUMNS)
_NAMES = [name for name, _ in MERGED_COLUMNS]


def select_sql(event_filter: EventFilter, sort: str = "date", limit: int | None = None, offset: int = 0) -> tuple[str, list[Any]]:
    """The SELECT of filtered events rows (all MERGED_COLUMNS, in order) and its parameters."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (one of {', '.join(SORTS)})")
    where, params = event_filter.where()
    sql = f"SELECT {_COLUMNS} FROM events e WHERE {where} ORDER BY {SORTS[sort]}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [limit, offset]
    elif offset:
        sql += " OFFSET ?"
        params = params + [offset]
    return sql, params


def count_events(store: "Store", event_filter: EventFilter) -> int:
    """How many events match."""
    where, params = event_filter.where()
    return store.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]


def iter_rows(store: "Store", event_filter: EventFilter, sort: str = "date", limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    """Matching events rows as dicts, streamed in chunks."""
    sql, params = select_sql(event_filter, sort, limit, offset)
    cursor = store.connection.cursor()
    cursor.execute(sql, params)
    while chunk := cursor.fetchmany(2048):
        for values in chunk:
            yield dict(zip(_NAMES, values))


def query_events(store: "Store", event_filter: EventFilter, sort: str = "date", limit: int | None = None, offset: int = 0) -> list[StoredEvent]:
    """Matching events as records."""
    return [stored_event(row) for row in iter_rows(store, event_filter, sort, limit, offset)]


def page_rows(store: "Store", event_filter: EventFilter, sort: str = "date", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """One page of matching events rows, as ``iter_rows`` gives them, for a fraction of the cost on a large store.

    The filter and the order are evaluated on the columns they name only; the
    full rows are read for the page's events alone (rather than for every
    match, which the one-query form does).
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (one of {', '.join(SORTS)})")
    where, params = event_filter.where()
    page = f"SELECT e.rowid FROM events e WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?"
    sql = f"SELECT {_COLUMNS} FROM events e WHERE e.rowid IN ({page}) ORDER BY {SORTS[sort]}"
    return [dict(zip(_NAMES, values)) for values in store.execute(sql, params + [limit, offset]).fetchall()]


def event_by_id(store: "Store", event_id: str) -> StoredEvent | None:
    """The merged event ``event_id``, or None."""
    row = store.execute(f"SELECT {_COLUMNS} FROM events e WHERE e.event_id = ?", [event_id]).fetchone()
    return stored_event(dict(zip(_NAMES, row))) if row is not None else None


@dataclass(frozen=True)
class StoredMention:
    """One statement of an event in one article."""

    article_id: str
    mention_id: str
    sentence_index: int
    char_start: int
    char_end: int
    sentence: str
    trigger: str
    mentions: int
    url: str | None
    trigger_start: int | None = None  # None for mentions stored before schema version 3
    trigger_end: int | None = None


def mentions_of(store: "Store", event_ids: Sequence[str]) -> dict[str, list[StoredMention]]:
    """Every mention of each event, in article then sentence order."""
    if not event_ids:
        return {}
    rows = store.execute(
        "SELECT m.event_id, m.article_id, m.mention_id, m.sentence_index, m.char_start, m.char_end, m.sentence, "
        "m.trigger, m.mentions, a.url, m.trigger_start, m.trigger_end FROM mentions m JOIN articles a ON a.article_id = m.article_id "
        "WHERE m.event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY m.event_id, m.article_id, m.sentence_index",
        [list(event_ids)],
    ).fetchall()
    found: dict[str, list[StoredMention]] = {}
    for event_id, *values in rows:
        found.setdefault(event_id, []).append(StoredMention(*values))
    return found


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: its id, where it came from and its text as received."""

    article_id: str
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    input_file: str | None
    text: str


def articles_by_id(store: "Store", article_ids: Sequence[str]) -> dict[str, StoredArticle]:
    """The stored articles with these ids (those that exist)."""
    if not article_ids:
        return {}
    rows = store.execute(
        "SELECT article_id, url, title, published, language, input_file, text FROM articles "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(article_ids)],
    ).fetchall()
    return {row[0]: StoredArticle(*row) for row in rows}

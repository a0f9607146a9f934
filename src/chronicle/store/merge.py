"""Cross-article deduplication: many articles reporting one happening give one event.

The rule (also in the README, "Storing and querying events"):

1. Every event the coder finds in an article is stored as a *mention*
   (article, sentence, character offsets, trigger, everything coded); nothing
   is dropped.
2. Mentions with the same *merge key* are one event.  The key is
   - the PLOVER event type and the polarity (a meeting that did not happen is
     not the meeting that did),
   - the date as coded, with its precision (``2019-02-27`` and ``2019-02`` differ),
   - the source and the target, each identified by its canonical name when
     the actor is named, else by country and sector (``USA/GOV``); for the
     symmetric types (CONSULT, COOPERATE, AGREE) in either order,
   - the place: its GeoNames id, else its name; no place is a value of its own.
   Mode and modality are not part of the key: "plan to meet" in one article
   and "met" in another on the same date are one meeting.
3. A mention without a date, or with neither an actor nor a place, is too
   vague to be matched across articles: its key is its own (it is never merged).
4. The merged event shows its *representative* mention: the surest modality
   (actual, then intended, then hypothetical), then the highest confidence,
   then the earliest published article, then article id and sentence order.
   Its id is a hash of the key, so the same data gives the same ids in any
   store and any ingest order.
5. Counts, as GDELT's event table gives them: ``num_mentions`` is the number
   of times the event is stated across all articles (an article that repeats
   it counts each repeat), ``num_articles`` the number of distinct articles,
   ``num_sources`` the number of distinct information sources (an article's
   source is the host of its URL without ``www.``; without a URL, its input
   file).  One abduction reported by 80 outlets is one event with
   num_articles 80, not 80 events.

Merging is incremental: each committed batch rebuilds exactly the events whose
keys it touched, from all stored mentions with those keys, so the result does
not depend on how the articles were split into batches or runs.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urlsplit

import duckdb

from chronicle.dedupe import SYMMETRIC_TYPES
from chronicle.model import ActorRecord, Event, LocationRecord
from chronicle.store.schema import EVENT_COLUMNS, MERGED_COLUMNS

MODALITY_ORDER = ("actual", "intended", "hypothetical")


def actor_identity(actor: ActorRecord | None) -> str:
    """Who the actor is for matching: its name when named, else country/sector ("" when unknown)."""
    if actor is None:
        return ""
    if actor.name:
        return "name:" + actor.name.casefold()
    if actor.country or actor.sector:
        return f"group:{actor.country or ''}/{actor.sector or ''}"
    return ""


def place_identity(location: LocationRecord | None) -> str:
    """Where, for matching: the GeoNames id, else the place name ("" when unknown)."""
    if location is None:
        return ""
    if location.geonameid is not None:
        return f"geonames:{location.geonameid}"
    return "name:" + location.name.casefold()


def merge_key(event: Event, article_id: str) -> str:
    """The key that makes mentions in different articles one event (see the module docstring)."""
    source, target = actor_identity(event.source), actor_identity(event.target)
    if event.event_type in SYMMETRIC_TYPES:
        source, target = sorted((source, target))
    place = place_identity(event.location)
    when = event.date.value if event.date else ""
    parts = [event.event_type, event.polarity, when, source, target, place]
    if not when or not (source or target or place):
        parts.append(f"only:{article_id}/{event.event_id}")
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))


def merged_id(key: str) -> str:
    """The merged event's id: 16 hex digits of the SHA-1 of its key."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def outlet(url: str | None, input_file: str | None) -> str | None:
    """The information source counted by num_sources: URL host without www., else the input file."""
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
        if host:
            return host.removeprefix("www.")
    return input_file


_EVENT_NAMES = [name for name, _ in EVENT_COLUMNS]
_REPRESENTATIVE_ORDER = (
    "CASE m.modality WHEN 'actual' THEN 0 WHEN 'intended' THEN 1 ELSE 2 END, "
    "m.confidence DESC, a.published_date ASC NULLS LAST, m.article_id, m.sentence_index, m.mention_id"
)


def _rebuild_sql() -> str:
    picked = ", ".join(f'r."{name}"' for name in _EVENT_NAMES)
    columns = ", ".join(f'"{name}"' for name, _ in MERGED_COLUMNS)
    return f"""
        INSERT INTO events ({columns})
        WITH m AS (
            SELECT m.*, a.outlet, a.url, a.ingested_at,
                   row_number() OVER (PARTITION BY m.event_id ORDER BY {_REPRESENTATIVE_ORDER}) AS rank
            FROM mentions m JOIN articles a ON a.article_id = m.article_id
            WHERE m.event_id IN (SELECT event_id FROM _touched)
        ),
        counts AS (
            SELECT event_id, sum(mentions) AS num_mentions, count(DISTINCT outlet) AS num_sources,
                   count(DISTINCT article_id) AS num_articles, max(confidence) AS confidence,
                   min(ingested_at) AS date_added
            FROM m GROUP BY event_id
        )
        SELECT r.event_id, r.event_key, r.article_id, r.mention_id, {picked.replace('r."confidence"', 'c.confidence')},
               c.num_mentions, c.num_sources, c.num_articles, r.url, c.date_added
        FROM m r JOIN counts c ON c.event_id = r.event_id
        WHERE r.rank = 1
    """


REBUILD_SQL = _rebuild_sql()


def rebuild_events(connection: duckdb.DuckDBPyConnection, event_ids: list[str]) -> None:
    """Recompute the merged events ``event_ids`` from all their stored mentions (inside the caller's transaction)."""
    connection.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT unnest(?::VARCHAR[]) AS event_id", [event_ids])
    connection.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _touched)")
    connection.execute(REBUILD_SQL)
    connection.execute("DROP TABLE _touched")

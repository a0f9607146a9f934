"""Events rows as JSON records, fast: the shape of ``StoredEvent.model_dump(mode="json")`` built directly.

A page of events is the API's most frequent answer; validating each row
through the pydantic model and dumping it again cost more than the query
itself.  The store's rows were validated when they were written, so the
record is assembled from the row; the tests hold it equal to the model's
dump for every stored event, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from chronicle.export.records import ACTOR_FIELDS


def _actor(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    values = {field: row.get(f"{prefix}_{field}") for field in ACTOR_FIELDS}
    return values if any(v is not None for v in values.values()) else None


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON record of an ``events`` row, equal to ``stored_event(row).model_dump(mode="json")``."""
    location = None
    if row.get("location_name") is not None:
        location = {"text": row["location_text"], "name": row["location_name"], "country": row["location_country"],
                    "lat": row["lat"], "lon": row["lon"], "geonameid": row["geonameid"]}  # fmt: skip
    when = None
    if row.get("date_value") is not None:
        when = {"value": row["date_value"], "precision": row["date_precision"], "text": row["date_text"]}
    return {
        "event_id": row["event_id"], "article_id": row["article_id"], "event_type": row["event_type"],
        "mode": row["mode"], "cameo": row["cameo"], "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "source": _actor(row, "source"), "target": _actor(row, "target"), "location": location, "date": when,
        "polarity": row["polarity"], "modality": row["modality"], "speaker": _actor(row, "speaker"),
        "trigger": row["trigger"], "sentence": row["sentence"], "sentence_index": row["sentence_index"],
        "char_start": row["char_start"], "char_end": row["char_end"],
        "trigger_start": row.get("trigger_start"), "trigger_end": row.get("trigger_end"),  # stored once the schema has them
        "language": row["language"],
        "confidence": row["confidence"], "mentions": row["num_mentions"], "mention_id": row["mention_id"],
        "num_mentions": row["num_mentions"], "num_sources": row["num_sources"], "num_articles": row["num_articles"],
        "source_url": row["source_url"], "date_added": _iso(row["date_added"]),
    }  # fmt: skip

"""JSONL and CSV writers of event records."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from chronicle.model import ActorRecord, Event
from chronicle.export.terminal import json_line

ACTOR_FIELDS = tuple(ActorRecord.model_fields)  # text, name, country, sector, role
CSV_COLUMNS = (
    ["event_id", "article_id", "event_type", "mode", "cameo", "quad_class", "goldstein"]
    + [f"source_{f}" for f in ACTOR_FIELDS]
    + [f"target_{f}" for f in ACTOR_FIELDS]
    + ["location_text", "location_name", "location_country", "lat", "lon", "geonameid"]
    + ["date", "date_precision", "date_text", "polarity", "modality", "speaker_name", "speaker_country"]
    + ["trigger", "sentence", "sentence_index", "char_start", "char_end", "trigger_start", "trigger_end"]
    + ["language", "confidence", "mentions"]
)


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """One JSON event record per line; returns how many were written."""
    count = 0
    for event in events:
        stream.write(json_line(event.model_dump(mode="json")) + "\n")
        count += 1
    return count


def _actor_columns(prefix: str, actor: ActorRecord | None) -> dict[str, object]:
    return {f"{prefix}_{f}": getattr(actor, f) if actor else None for f in ACTOR_FIELDS}


def event_fields(event: Event) -> dict[str, object]:
    """Every field of an event record, nested records flattened to ``prefix_field``.

    The one flattening that the CSV writer and the store's tables select from.
    """
    row: dict[str, object] = {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
    }
    row |= _actor_columns("source", event.source) | _actor_columns("target", event.target)
    location = event.location
    row |= {
        "location_text": location.text if location else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "geonameid": location.geonameid if location else None,
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "date_text": event.date.text if event.date else None,
        "polarity": event.polarity,
        "modality": event.modality,
    }
    row |= _actor_columns("speaker", event.speaker)
    for name in ("trigger", "sentence", "sentence_index", "char_start", "char_end", "trigger_start", "trigger_end", "language", "confidence", "mentions"):
        row[name] = getattr(event, name)
    return row


def flatten(event: Event) -> dict[str, object]:
    """An event as one flat CSV row."""
    fields = event_fields(event)
    return {column: fields[column] for column in CSV_COLUMNS}


class CsvEventWriter:
    """Writes the header once, then one row per event."""

    def __init__(self, stream: TextIO):
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="raise")
        self.writer.writeheader()

    def write(self, events: Iterable[Event]) -> int:
        count = 0
        for event in events:
            self.writer.writerow({k: ("" if v is None else v) for k, v in flatten(event).items()})
            count += 1
        return count

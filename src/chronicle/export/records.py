"""JSONL and CSV writers of event records."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from collections.abc import Mapping
from typing import Any

from chronicle.model import ActorRecord, DateRecord, Event, LocationRecord
from chronicle.export.terminal import json_line, write_lines

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
    return write_lines((json_line(event.model_dump(mode="json")) for event in events), stream)


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


def _actor(fields: Mapping[str, Any], prefix: str) -> ActorRecord | None:
    values = {f: fields.get(f"{prefix}_{f}") for f in ACTOR_FIELDS}
    return ActorRecord(**values) if any(v is not None for v in values.values()) else None


def event_arguments(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``Event`` from flat fields (``event_fields``'s names): its inverse.

    Every event has a doer, if only an unknown one ("une mine a tué quatre soldats"): a source
    whose columns are all empty is that unknown doer, a record with no field known.

    Fields a flat row may lack (``trigger_start``, ``mentions``) take the record's defaults.
    """
    location = None
    if fields.get("location_name") is not None:
        location = LocationRecord(text=fields.get("location_text"), name=fields["location_name"], country=fields.get("location_country"),
                                  lat=fields.get("lat"), lon=fields.get("lon"), geonameid=fields.get("geonameid"))  # fmt: skip
    when = None
    if fields.get("date") is not None:
        when = DateRecord(value=fields["date"], precision=fields["date_precision"], text=fields.get("date_text"))
    arguments = {name: fields[name] for name in ("event_id", "article_id", "event_type", "trigger", "sentence", "sentence_index",
                                                 "char_start", "char_end", "language", "confidence")}  # fmt: skip
    arguments |= {name: fields.get(name) for name in ("mode", "cameo", "quad_class", "goldstein", "trigger_start", "trigger_end")}
    arguments |= {name: fields[name] for name in ("polarity", "modality", "mentions") if fields.get(name) is not None}
    return arguments | {"source": _actor(fields, "source") or ActorRecord(), "target": _actor(fields, "target"), "speaker": _actor(fields, "speaker"),
                        "location": location, "date": when}  # fmt: skip


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

"""Merged events as PLOVER JSON records (PLOVER manual, "Data Fields"), one per line.

Field names are the manual's: ``id``, ``date``, ``actor`` and ``recipient``
(lists of entity objects: ``code``, ``sector``, ``entity_text``,
``identifier_text``, ``office``), ``event`` and ``mode`` (lists),
``context`` (the PLOVER contexts of the event's CAMEO code, from the
CAMEO2PLOVER table: "diplomatic", "economic", "military", ...; negation and
modality are not contexts and have their own fields, ``polarity`` and
``modality``), ``event_loc`` (location
object: ``extracted_place``, ``resolved_place``, ``geonameid``, ``lat``,
``lon``, ``country_code``), ``event_text``, ``quad_code``, ``event_scale``
(the CAMEO Goldstein value), ``text_info``, ``cite_info``, ``coder`` and
``coded_date``.  The manual invites further named fields; Chronicle adds
``date_precision``, ``cameo``, ``polarity``, ``modality``, ``article_id`` and
the merge counts ``num_mentions``, ``num_sources``, ``num_articles``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from chronicle import __version__
from chronicle.export.terminal import json_line, write_lines
from chronicle.ontology import load_ontology

CODER = f"chronicle {__version__}"


def _entity(row: Mapping[str, Any], prefix: str) -> list[dict[str, Any]]:
    entity = {
        "code": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "entity_text": row[f"{prefix}_text"],
        "identifier_text": row[f"{prefix}_name"],
        "office": row[f"{prefix}_role"],
    }
    entity = {key: value for key, value in entity.items() if value is not None}
    return [entity] if entity else []


def plover_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The PLOVER JSON record of one ``events`` row."""
    context = list(load_ontology().contexts(row["cameo"]))
    record: dict[str, Any] = {
        "id": row["event_id"],
        "date": row["date"].isoformat() if row["date"] else None,
        "date_precision": row["date_precision"],
        "actor": _entity(row, "source"),
        "recipient": _entity(row, "target"),
        "event": [row["event_type"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": context,
    }
    if row["location_name"] is not None:
        location = {
            "extracted_place": row["location_text"],
            "resolved_place": row["location_name"],
            "geonameid": row["geonameid"],
            "lat": row["lat"],
            "lon": row["lon"],
            "country_code": row["location_country"],
        }
        record["event_loc"] = {key: value for key, value in location.items() if value is not None}
    record |= {
        "event_text": [row["sentence"]],
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "cameo": row["cameo"],
        "polarity": row["polarity"],
        "modality": row["modality"],
        "text_info": {"sequence": row["sentence_index"], "start": row["char_start"], "end": row["char_end"]},
        "cite_info": {
            key: value
            for key, value in {"url": row["source_url"], "language": row["language"], "coder": CODER}.items()
            if value is not None
        },
        "article_id": row["article_id"],
        "num_mentions": row["num_mentions"],
        "num_sources": row["num_sources"],
        "num_articles": row["num_articles"],
        "coder": CODER,
        "coded_date": row["date_added"].date().isoformat() if row["date_added"] else None,
    }
    return record


def write_plover(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write events rows as PLOVER JSONL; returns how many."""
    return write_lines((json_line(plover_record(row)) for row in rows), stream)

"""Reading gold articles and system event records (both JSONL).

Gold lines follow ``docs/coding-guidelines.md`` ("Gold files"); a gold event
may also carry ``cameo``, the CAMEO code it illustrates (the codebook test set
does), which must be a code of the CAMEO2PLOVER table. System lines
are event records as ``chronicle code`` writes them (``chronicle.model.Event``).
A bad line raises ``InputError`` naming the file, line and field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicle.errors import InputError
from chronicle.ontology import load_ontology
from chronicle.ontology.cameo import read_cameo_table

POLARITIES = frozenset({"positive", "negative"})
MODALITIES = frozenset({"actual", "intended", "hypothetical"})


@dataclass
class GoldArticle:
    """One annotated article and its gold events (plain dicts, as in the file)."""

    article_id: str
    lang: str | None
    text: str
    published: str | None
    url: str | None
    events: list[dict]
    line: int | None = None  # 1-based line in the gold file


def load_gold(path: Path) -> list[GoldArticle]:
    """The gold articles of a JSONL file, checked line by line."""
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for number, record in _records(path):
        article = _gold_article(path, number, record)
        if article.article_id in seen:
            raise InputError(str(path), f"duplicate article_id {article.article_id!r}", number, "article_id")
        seen.add(article.article_id)
        articles.append(article)
    return articles


def load_system(path: Path) -> dict[str, list[dict]]:
    """System event records of a JSONL file, grouped by article id (file order kept)."""
    events: dict[str, list[dict]] = {}
    for number, record in _records(path):
        for name in ("article_id", "event_type"):
            if not isinstance(record.get(name), str) or not record[name]:
                raise InputError(str(path), f"missing or non-string '{name}'", number, name)
        events.setdefault(record["article_id"], []).append(record)
    return events


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"invalid JSON: {exc.msg} (column {exc.colno})", number) from exc
        if not isinstance(record, dict):
            raise InputError(str(path), "expected a JSON object", number)
        yield number, record


def _gold_article(path: Path, number: int, record: dict[str, Any]) -> GoldArticle:
    def fail(message: str, field: str) -> InputError:
        return InputError(str(path), message, number, field)

    for name in ("article_id", "text"):
        if not isinstance(record.get(name), str):
            raise fail(f"missing or non-string '{name}'", name)
    for name in ("lang", "published", "url"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise fail(f"'{name}' must be a string or null", name)
    events = record.get("events", [])
    if not isinstance(events, list):
        raise fail("'events' must be a list", "events")
    for index, event in enumerate(events):
        _check_gold_event(event, lambda message, field: fail(message, f"events[{index}].{field}"))
    return GoldArticle(
        article_id=record["article_id"],
        lang=record.get("lang"),
        text=record["text"],
        published=record.get("published"),
        url=record.get("url"),
        events=events,
        line=number,
    )


def _check_gold_event(event: Any, fail: Any) -> None:
    if not isinstance(event, dict):
        raise fail("a gold event must be an object", "")
    try:
        load_ontology().validate(event.get("event_type"), event.get("mode"))
    except (ValueError, TypeError) as exc:
        raise fail(str(exc), "event_type") from exc
    if event.get("polarity", "positive") not in POLARITIES:
        raise fail(f"polarity must be one of {sorted(POLARITIES)}", "polarity")
    if event.get("modality", "actual") not in MODALITIES:
        raise fail(f"modality must be one of {sorted(MODALITIES)}", "modality")
    if not isinstance(event.get("required", True), bool):
        raise fail("required must be true or false", "required")
    for side in ("source", "target", "location"):
        if event.get(side) is not None and not isinstance(event[side], dict):
            raise fail(f"'{side}' must be an object or null", side)
    if event.get("date") is not None and not isinstance(event["date"], str):
        raise fail("'date' must be an ISO date string or null", "date")
    code = event.get("cameo")
    if code is not None and (not isinstance(code, str) or code not in _cameo_codes()):
        raise fail(f"'cameo' must be a CAMEO code of the CAMEO2PLOVER table (a string such as \"0311\"), got {code!r}", "cameo")


@lru_cache(maxsize=1)
def _cameo_codes() -> frozenset[str]:
    return frozenset(row.code for row in read_cameo_table().rows)

"""JSONL inputs: one article per line, ``{id?, url?, date?, lang?, title?, text}``.

``article_id`` and ``published`` are accepted as other names of ``id`` and
``date`` (the names Chronicle's own files use).  A bad line is reported with
its number and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read.decode import decode
from chronicle.read.ids import article_id

_ALIASES = {"id": ("id", "article_id"), "date": ("date", "published")}
_OPTIONAL_STRINGS = ("url", "lang", "title")


def read_jsonl(source: str, data: bytes) -> Iterator[Article | InputError]:
    """Articles (and errors) from the lines of a JSONL input, BOM already removed."""
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line_offset, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        line = decode(source, raw, first_line=number, offset=line_offset)
        if isinstance(line, InputError):
            yield line
            continue
        yield parse_record(source, number, line)


def parse_record(source: str, number: int, line: str) -> Article | InputError:
    """One article from one JSONL line, or the error saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, f"not valid JSON: {exc}", line=number)
    if not isinstance(record, dict):
        kind = type(record).__name__
        return InputError(source, f"expected a JSON object, got {kind}", line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = "missing" if text is None else "not a non-empty string"
        return InputError(source, f"'text' is {problem}", line=number, field="text")
    try:
        return _article(source, number, record, text)
    except _FieldError as exc:
        return InputError(source, exc.message, line=number, field=exc.field)


class _FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def _article(source: str, number: int, record: dict[str, Any], text: str) -> Article:
    given_id = _aliased(record, "id")
    valid_id = isinstance(given_id, (str, int)) and not isinstance(given_id, bool)
    if given_id is not None and not valid_id:
        raise _FieldError("id", f"must be a string or an integer, got {given_id!r}")
    strings = {name: _optional_string(record, name) for name in _OPTIONAL_STRINGS}
    return Article(
        id=str(given_id) if given_id not in (None, "") else article_id(text),
        text=text,
        source=source,
        line=number,
        published=_date(record),
        **strings,
    )


def _aliased(record: dict[str, Any], name: str) -> Any:
    for key in _ALIASES[name]:
        if record.get(key) is not None:
            return record[key]
    return None


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise _FieldError(name, f"must be a string, got {value!r}")
    return value or None


def _date(record: dict[str, Any]) -> PartialDate | None:
    value = _aliased(record, "date")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _FieldError("date", f"must be an ISO date string (YYYY-MM-DD), got {value!r}")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise _FieldError("date", f"{exc} (expected YYYY, YYYY-MM or YYYY-MM-DD)") from exc

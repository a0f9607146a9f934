"""JSONL inputs: one article per line, ``{id?, url?, date?, lang?, title?, text}``.

``article_id`` and ``published`` are accepted as other names of ``id`` and
``date`` (the names Chronicle's own files use).  A bad line is reported with
its number and the other lines are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read.decode import decode, human_size
from chronicle.read.ids import article_id
from chronicle.read.stream import Readable, lines

_ALIASES = {"id": ("id", "article_id"), "date": ("date", "published")}
_OPTIONAL_STRINGS = ("url", "lang", "title")


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(
    source: str, stream: Readable | BinaryIO, max_bytes: int, first_line: int = 1, first_offset: int = 0
) -> Iterator[Article | InputError]:
    """Articles (and errors) from the lines of a JSONL stream (BOM already removed), one line in memory at a time.

    Each problem is an error of its own line only: a line over ``max_bytes``,
    a NUL byte, bad UTF-8, bad JSON, a bad field.  A stream that starts inside
    a file (a batch shard) gives the number and byte offset of its first line.
    """
    blank = True
    for line in lines(stream, max_bytes, first_line, first_offset):
        raw = line.data
        if raw is None:
            blank = False
            yield InputError(source, f"line too long ({human_size(line.length)} > {human_size(max_bytes)} limit per article)", line=line.number)
            continue
        if not raw.strip():
            continue
        blank = False
        nul = raw.find(b"\x00")
        if nul >= 0:
            yield InputError(source, f"NUL byte at byte offset {line.offset + nul}: binary data, not a JSON line", line=line.number)
            continue
        text = decode(source, raw, first_line=line.number, offset=line.offset)
        if isinstance(text, InputError):
            yield text
            continue
        yield parse_record(source, line.number, text)
    if blank:
        yield InputError(source, "empty")


def parse_record(source: str, number: int, line: str) -> Article | InputError:
    """One article from one JSONL line, or the error saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, f"not valid JSON: {exc}", line=number)
    except RecursionError:
        return InputError(source, "not usable JSON: nested too deeply", line=number)
    except ValueError as exc:  # an integer of thousands of digits, ...
        return InputError(source, f"not usable JSON: {exc}", line=number)
    if not isinstance(record, dict):
        kind = type(record).__name__
        return InputError(source, f"expected a JSON object, got {kind}", line=number)
    return record_article(source, number, record)


def record_article(source: str, number: int, record: dict[str, Any]) -> Article | InputError:
    """One article from one record's fields (a JSON line's, a Parquet row's), or the error saying what is wrong."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = "missing" if text is None else "not a non-empty string"
        return InputError(source, f"'text' is {problem}", line=number, field="text")
    for name in ("text", "id", "article_id", "url", "lang", "title", "date", "published"):
        value = record.get(name)
        if isinstance(value, str) and (bad := _SURROGATE.search(value)):
            return InputError(
                source,
                f"lone surrogate \\u{ord(bad.group()):04x} at character {bad.start()}: not valid Unicode text",
                line=number,
                field=name,
            )
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
        raise _FieldError("id", f"must be a string or an integer, got {_short(given_id)}")
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
        raise _FieldError(name, f"must be a string, got {_short(value)}")
    return value or None


def _date(record: dict[str, Any]) -> PartialDate | None:
    value = _aliased(record, "date")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _FieldError("date", f"must be an ISO date string (YYYY-MM-DD), got {_short(value)}")
    try:
        parsed = PartialDate.parse(value)
    except ValueError as exc:
        raise _FieldError("date", f"{exc} (expected YYYY, YYYY-MM or YYYY-MM-DD)") from exc
    if not 1 <= parsed.year <= 9999:  # what a calendar date can hold
        raise _FieldError("date", f"year {parsed.year} is out of range (1-9999)")
    return parsed


def _short(value: Any) -> str:
    """A value for an error message: its repr, cut so one hostile field cannot flood the terminal."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."

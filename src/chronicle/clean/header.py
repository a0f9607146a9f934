"""The metadata line some wire pages put before the article.

KBS World pages start with a line such as `` date 2019-02 Photo : YONHAP News``
(either part may be missing) followed by a blank line.  It carries the
publication date, with its precision, and the photo credit; it is not part
of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.model import PartialDate

# Only a line made of nothing but these parts is a header, so a story that
# merely starts with the word "date" or "Photo" is left alone.
_HEADER = re.compile(
    r"[ \t]*"
    r"(?:date[ \t]+(?P<date>\d{4}(?:[-./]\d{1,2}(?:[-./]\d{1,2})?)?)[ \t]*)?"
    r"(?:photo[ \t]*:[ \t]*(?P<credit>[^\n]*?))?"
    r"[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)
_LEADING_BLANK = re.compile(r"(?:[ \t]*\r?\n)*")


@dataclass(frozen=True)
class Header:
    """What the header line says about the article."""

    published: PartialDate | None
    photo_credit: str | None
    raw: str  # the header line as received, without its line break


def find_header(text: str) -> tuple[Header, int] | None:
    """Parse a header on the first non-blank line of ``text``.

    Returns the header and the offset where the article body starts (after
    the header line and the blank lines that follow it), or None.
    """
    line_start = _LEADING_BLANK.match(text).end()
    match = _HEADER.match(text, line_start)
    if match is None or not (match.group("date") or match.group("credit")):
        return None
    line_end = match.end()
    raw = text[line_start:line_end].rstrip("\r")
    after_break = min(line_end + 1, len(text))
    body_start = _LEADING_BLANK.match(text, after_break).end()
    header = Header(_parse_date(match.group("date")), _credit(match.group("credit")), raw)
    return header, body_start


def _parse_date(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(re.sub(r"[./]", "-", value))
    except ValueError:
        return None  # a malformed date is still header text, just not a usable date


def _credit(value: str | None) -> str | None:
    credit = (value or "").strip()
    return credit or None

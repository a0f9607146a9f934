"""Repair sentences glued without a space: "sommet.Les dirigeants".

Wire copy scraped from the web often loses the space after a full stop.  A
space is inserted only where a sentence boundary is unambiguous: a lowercase
letter, a digit or a closing bracket/quote, then ``. ! ? …`` (and perhaps a
closing quote), then an uppercase letter (or an opening quote).  Acronyms
("U.S.Army"), initials ("J.R.R.Tolkien"), decimals ("3.5"), domains
("yna.co.kr"), URLs and the abbreviations listed in ``abbreviations.yaml``
are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from chronicle.clean.offsets import Edit
from chronicle.errors import KnowledgeError

_ABBREVIATIONS_FILE = "abbreviations.yaml"

# Candidate boundaries; the checks that need more context are in _is_boundary.
_CANDIDATE = re.compile(r"(?<=[\w)\]»”\"'’])(?P<punct>[.!?…]+)[»”\"]?(?=[«“]?[^\W\d_])")
_CLOSING = frozenset(")]»”\"'’")
_OPENING_QUOTES = frozenset("«“")
_URL_MARKERS = ("://", "www.", "@")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The abbreviations after which no space is inserted (loaded once, validated)."""
    text = resources.files("chronicle.clean").joinpath(_ABBREVIATIONS_FILE).read_text("utf-8")
    return parse_abbreviations(text, f"chronicle/clean/{_ABBREVIATIONS_FILE}")


def parse_abbreviations(text: str, where: str) -> frozenset[str]:
    """Validate an abbreviations YAML document; KnowledgeError naming ``where`` and the entry."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{where}: not valid YAML: {exc}") from exc
    entries = data.get("abbreviations") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise KnowledgeError(f"{where}: expected a list under 'abbreviations'")
    found: set[str] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != {"abbr", "reason"}:
            raise KnowledgeError(f"{where}: entry {index}: needs exactly 'abbr' and 'reason'")
        abbr, reason = entry["abbr"], entry["reason"]
        if not isinstance(abbr, str) or not abbr.isalpha():
            raise KnowledgeError(f"{where}: entry {index}: 'abbr' must be letters, got {abbr!r}")
        if not isinstance(reason, str) or not reason.strip():
            raise KnowledgeError(f"{where}: entry {index} ({abbr}): 'reason' is empty")
        found.add(abbr)
    return frozenset(found)


def glue_edits(text: str, start: int = 0) -> list[Edit]:
    """Insertions of one space at each glued sentence boundary of ``text[start:]``."""
    edits = []
    for match in _CANDIDATE.finditer(text, start):
        if _is_boundary(text, match):
            edits.append(Edit(match.end(), match.end(), " "))
    return edits


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1]
    if not (before.islower() or before.isdigit() or before in _CLOSING):
        return False
    after = match.end()
    if text[after] in _OPENING_QUOTES:
        after += 1
    if not text[after].isupper():
        return False
    if before.isalnum():
        word = _word_before(text, match.start())
        if len(word) < 2:
            return False  # an initial: "J.Tolkien", "S.Korea"
        if match.group("punct") == "." and word in abbreviations():
            return False
    return not _inside_url(text, match.start())


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _inside_url(text: str, position: int) -> bool:
    start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    end_space = [i for i in (text.find(" ", position), text.find("\n", position)) if i != -1]
    token = text[start : min(end_space) if end_space else len(text)]
    return any(marker in token for marker in _URL_MARKERS)

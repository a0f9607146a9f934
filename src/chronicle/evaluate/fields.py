"""Field access and comparison of gold and system events (plain dicts).

Gold events follow docs/coding-guidelines.md; system events are ``chronicle.model.Event``
dumps, whose ``date`` is ``{"value", "precision"}`` or, from other tools, a
plain ISO string.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chronicle.model import PartialDate

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.]+")


def normalise_text(text: str) -> str:
    """Whitespace collapsed, curly apostrophes made straight, casefolded (for evidence lookup)."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().casefold()


def fold_name(name: str) -> str:
    """A name compared case-, accent- and hyphen-insensitively ("Hanoï" == "hanoi")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare).strip()


def evidence_in(sentence: Any, evidence: Any) -> bool:
    """Whether the system sentence contains the gold evidence span."""
    if not isinstance(sentence, str) or not isinstance(evidence, str) or not evidence.strip():
        return False
    return normalise_text(evidence) in normalise_text(sentence)


def actor(event: dict, side: str) -> dict | None:
    """The ``source`` or ``target`` object of an event, or None."""
    value = event.get(side)
    return value if isinstance(value, dict) else None


def country(event: dict, side: str) -> str | None:
    """The country code of one side of an event."""
    found = actor(event, side)
    return found.get("country") if found else None


def parse_date(value: Any) -> PartialDate | None:
    """A gold or system date as a PartialDate; None when absent or unreadable."""
    if isinstance(value, dict):
        value = value.get("value")
    if not isinstance(value, str):
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def date_correct(gold: Any, system: Any) -> bool:
    """System date equal to the gold date at the gold's precision.

    Gold ``2019-02`` vs system ``2019-02-27`` is correct; gold ``2019-02-27``
    vs system ``2019-02`` is not (the system is less precise than the text).
    """
    wanted, found = parse_date(gold), parse_date(system)
    if wanted is None or found is None:
        return False
    return (
        found.year == wanted.year
        and (wanted.month is None or found.month == wanted.month)
        and (wanted.day is None or found.day == wanted.day)
    )


def names_country(name: str) -> bool:
    """Whether a place name is a country's own name (so no city is named)."""
    from chronicle.knowledge.countries import load_countries, pack_languages

    lexicon = load_countries()
    return any((ref := lexicon.lookup(name, lang)) is not None and ref.kind == "name" for lang in pack_languages())


def location_correct(gold: dict | None, system: Any) -> bool:
    """Same country, and the same place name when the gold names a place below country level.

    The system's place may carry the name as the article wrote it (``text``) beside
    its gazetteer name: "DMZ" is the Korean Demilitarized Zone under either."""
    if gold is None:
        return False
    if not isinstance(system, dict):
        return False
    if gold.get("country") is not None and gold["country"] != system.get("country"):
        return False
    name = gold.get("name")
    if isinstance(name, str) and name.strip() and not names_country(name):
        written = (system.get("name"), system.get("text"))
        return any(isinstance(other, str) and fold_name(other) == fold_name(name) for other in written)
    return True


def names_equal(gold: str, system: Any) -> bool:
    """Actor names equal, ignoring case, accents and hyphens ("Kim Jong-un" == "Kim Jong Un")."""
    return isinstance(system, str) and fold_name(gold) == fold_name(system)


def summary(event: dict) -> str:
    """One line describing an event: type[mode] <cameo> source -> target, date, place (polarity, modality)."""
    kind = event.get("event_type", "?") + (f"[{event['mode']}]" if event.get("mode") else "")
    if isinstance(event.get("cameo"), str):
        kind += f" <{event['cameo']}>"
    sides = " -> ".join(_actor_label(actor(event, side)) for side in ("source", "target"))
    date = parse_date(event.get("date"))
    where = event.get("location") if isinstance(event.get("location"), dict) else None
    parts = [f"{kind} {sides}"]
    if date is not None:
        parts.append(date.iso())
    if where is not None:
        parts.append(f"@{where.get('name') or '?'}")
    parts.append(f"({event.get('polarity', 'positive')}, {event.get('modality', 'actual')})")
    return " ".join(parts)


def _actor_label(found: dict | None) -> str:
    if found is None:
        return "-"
    label = found.get("country") or "?"
    if found.get("sector"):
        label += f"/{found['sector']}"
    if found.get("name"):
        label += f" ({found['name']})"
    return label

"""The values a filter or a listing may name: PLOVER types and modes, CAMEO codes
with their names and Goldstein scores, actor sectors and country codes.

CAMEO names come from ``data/cameo-codebook.csv`` (see data/README.md); the
types, modes and Goldstein scores the coder uses come from the ontology itself
(``plover.yaml``, ``CAMEO.goldsteinscale.txt``), so ``chronicle codes`` shows
the values events are coded with.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronicle.errors import KnowledgeError
from chronicle.ontology.cameo import DATA, read_cameo_table
from chronicle.ontology.plover import EventTypeSpec, read_plover

CODEBOOK_FILE = DATA / "cameo-codebook.csv"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code as the codebook names it, with the Goldstein score the coder gives it."""

    code: str
    name: str
    goldstein: float | None
    description: str


@lru_cache(maxsize=1)
def plover_types() -> dict[str, EventTypeSpec]:
    """The PLOVER event types by name."""
    return read_plover()


def event_types() -> frozenset[str]:
    """Names of the PLOVER event types."""
    return frozenset(plover_types())


def modes_of(types: Iterable[str] = ()) -> frozenset[str]:
    """The modes of the given types (of every type when none is given)."""
    specs = plover_types()
    chosen = [specs[t] for t in types if t in specs] or list(specs.values())
    return frozenset(mode for spec in chosen for mode in spec.modes)


@lru_cache(maxsize=1)
def cameo_codes() -> tuple[CameoCode, ...]:
    """Every CAMEO code of the codebook, in code order; Goldstein scores from the coder's own table."""
    scores = read_cameo_table()
    return tuple(
        CameoCode(code, name, scores.goldstein(code), description)
        for code, name, description in _read_codebook(CODEBOOK_FILE)
    )


def cameo_prefixes() -> frozenset[str]:
    """Every CAMEO code and every prefix of one ("1", "19", "190"...)."""
    return frozenset(code.code[:n] for code in cameo_codes() for n in range(1, len(code.code) + 1))


def sector_codes() -> frozenset[str]:
    """The actor sector codes (PLOVER's, after CAMEO's agent codes)."""
    from chronicle.knowledge.actors import SECTORS

    return SECTORS


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, and the codes that stand for international bodies (UNO, EUR, IGO...)."""
    import pycountry

    from chronicle.knowledge.actors import IGO_CODES

    return frozenset(c.alpha_3 for c in pycountry.countries) | IGO_CODES


def country_name(code: str) -> str:
    """The English name of a country code, or the kind of body an IGO code stands for."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    if found is not None:
        return found.name
    return {"UNO": "United Nations", "EUR": "European Union", "NAT": "NATO",
            "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation"}.get(code, code)  # fmt: skip


def _read_codebook(path: Path) -> list[tuple[str, str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    found = []
    for number, row in enumerate(rows, start=2):
        code, name = (row.get("code") or "").strip(), (row.get("name") or "").strip()
        if not code.isdigit() or not name:
            raise KnowledgeError(f"{path}, line {number}: a row needs a numeric code and a name")
        found.append((code, name, (row.get("description") or "").strip()))
    return found

"""Territories another state holds: ``data/occupations.yaml``.

"Settlers torched homes in the West Bank": bare settlers are of the state that holds
the territory they settle, not of the territory. This module loads and checks the
table; resolution lives in ``chronicle.resolve.actors`` (collective kind ``settlers``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from chronicle.errors import KnowledgeError
from chronicle.knowledge.countries import read_yaml, state_codes

OCCUPATIONS_FILE = Path(__file__).parent / "data" / "occupations.yaml"


@lru_cache(maxsize=1)
def load_occupations(path: Path = OCCUPATIONS_FILE) -> dict[str, str]:
    """Each held territory's code -> the holding state's code (ISO alpha-3); a malformed
    entry raises KnowledgeError naming it."""
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("occupations"), dict):
        raise KnowledgeError(f"{path}: expected a mapping 'occupations'")
    states = state_codes()
    table: dict[str, str] = {}
    for territory, entry in raw["occupations"].items():
        if not isinstance(entry, dict) or not str(entry.get("source") or "").strip():
            raise KnowledgeError(f"{path}: territory '{territory}': needs 'occupier' and a 'source'")
        occupier = str(entry.get("occupier") or "")
        if territory not in states or occupier not in states or occupier == territory:
            raise KnowledgeError(f"{path}: territory '{territory}': unknown codes or a territory held by itself ({occupier!r})")
        table[str(territory)] = occupier
    return table


def occupier_of(country: str | None) -> str | None:
    """The state that holds ``country`` as an occupied territory, else None."""
    return load_occupations().get(country) if country else None

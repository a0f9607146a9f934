"""Regions a story may name a country by: ``data/regions.yaml``.

"The Gulf state", "le pays sahélien", "the island nation": a descriptive phrase
(an agent of a pack, ``region:``) stands for the member of its region the
article names. This module loads and checks the regions; resolution lives in
``chronicle.resolve.actors``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from chronicle.errors import KnowledgeError
from chronicle.knowledge.countries import read_yaml, state_codes, string_list

REGIONS_FILE = Path(__file__).parent / "data" / "regions.yaml"


@lru_cache(maxsize=1)
def load_regions(path: Path = REGIONS_FILE) -> dict[str, frozenset[str]]:
    """Each region's member states (ISO alpha-3); a malformed entry raises KnowledgeError naming it."""
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("regions"), dict):
        raise KnowledgeError(f"{path}: expected a mapping 'regions'")
    regions: dict[str, frozenset[str]] = {}
    states = state_codes()
    for key, entry in raw["regions"].items():
        if not isinstance(entry, dict) or not str(entry.get("source") or "").strip():
            raise KnowledgeError(f"{path}: region '{key}': needs 'members' and a 'source'")
        members = string_list(entry.get("members"), path, str(key), "members")
        unknown = [m for m in members if m not in states]
        if unknown or not members:
            raise KnowledgeError(f"{path}: region '{key}': unknown or missing member codes {unknown}")
        regions[str(key)] = frozenset(members)
    return regions

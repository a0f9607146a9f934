"""The actor sector vocabulary (``data/sectors.yaml``): the codes the gold
guidelines score, and the CAMEO/Phoenix spellings that differ from them
(Phoenix's MED is the media, JRN here; its HLH is health, MED here)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from chronicle.errors import KnowledgeError
from chronicle.knowledge.countries import read_yaml

SECTORS_FILE = Path(__file__).parent / "data" / "sectors.yaml"


def read_sectors(path: Path = SECTORS_FILE) -> tuple[frozenset[str], Mapping[str, str]]:
    """The sector codes of ``path`` and its Phoenix -> project mapping; KnowledgeError
    naming the file when malformed or when a mapping leads outside the codes."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("sectors"), dict) or not isinstance(data.get("phoenix"), dict):
        raise KnowledgeError(f"{path}: expected 'sectors' and 'phoenix' mappings")
    codes = frozenset(data["sectors"])
    for theirs, ours in data["phoenix"].items():
        if ours not in codes:
            raise KnowledgeError(f"{path}: phoenix: {theirs!r} maps to {ours!r}, which is not a sector")
    return codes, MappingProxyType(dict(data["phoenix"]))


SECTORS, PHOENIX_SECTORS = read_sectors()


def project_sector(phoenix: str | None) -> str | None:
    """The project's sector for a CAMEO/Phoenix one ("MED" -> "JRN", "HLH" -> "MED", "GOV" -> "GOV")."""
    return PHOENIX_SECTORS.get(phoenix, phoenix) if phoenix is not None else None

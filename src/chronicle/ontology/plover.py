"""The PLOVER event types, read from ``data/plover.yaml`` and validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chronicle.errors import KnowledgeError

PLOVER_FILE = Path(__file__).parent / "data" / "plover.yaml"
TYPE_COUNT = 16
_FIELDS = {"quad_class", "modes", "cameo_root", "source"}
_OPTIONAL_FIELDS = {"when_intended", "when_committed", "state_sector", "domestic_recipient", "domestic_addressee"}


@dataclass(frozen=True)
class IntendedCoding:
    """What a planned or announced event of a type is coded as."""

    event_type: str
    cameo: str | None
    by_cameo: Mapping[str, str] = field(default_factory=dict)  # a trigger's own code -> its intention's ("045" mediate -> "039")

    def cameo_for(self, trigger_cameo: str | None) -> str | None:
        """The intention's CAMEO code for an event whose trigger names ``trigger_cameo``."""
        return self.by_cameo.get(trigger_cameo or "", self.cameo)


# acts done by saying (PLOVER verbal types but for meetings, held at a venue, and
# protests, done where the protesters are): only an actor does them, never an event
SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


@dataclass(frozen=True)
class StateSector:
    """The sector of a state named for itself acting in events of a type, except in some modes."""

    sector: str
    except_modes: frozenset[str]

    def applies(self, mode: str | None) -> bool:
        """Whether a state acting in ``mode`` acts as this sector."""
        return mode not in self.except_modes


@dataclass(frozen=True)
class EventTypeSpec:
    """One PLOVER event type: its modes, quad class and fallback CAMEO code."""

    name: str
    quad_class: int
    modes: frozenset[str]
    cameo_root: str
    source: str
    when_intended: IntendedCoding | None = None
    # a concession or retreat one commits to ("agreed to free", "pledged to lift"): CAMEO's
    # intents to yield (035x), where a bare announcement stays what when_intended says
    when_committed: IntendedCoding | None = None
    state_sector: StateSector | None = None
    domestic_recipient: str | None = None  # the sector of a state's own people, recipient of what it grants them
    domestic_modes: frozenset[str] | None = None  # the modes the domestic recipient holds for (None: all, modeless included)
    domestic_when_needed: bool = False  # the domestic recipient only for an event that needs a recipient
    domestic_addressee: str | None = None  # the sector of their own state, recipient of what its people ask of no one named
    addressee_nouns: bool = False  # the domestic addressee also for an event told by a noun ("a strike against the reform")


def read_plover(path: Path = PLOVER_FILE) -> dict[str, EventTypeSpec]:
    """The event types of ``path`` by name; raises KnowledgeError naming the file and entry."""
    try:
        # libyaml when built with it: the pure-Python loader costs a tenth of a second at each start
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of PLOVER types")
    types = {name: _spec(path, name, entry) for name, entry in data.items()}
    if len(types) != TYPE_COUNT:
        raise KnowledgeError(f"{path}: expected {TYPE_COUNT} PLOVER types, found {len(types)}")
    return types


def _spec(path: Path, name: Any, entry: Any) -> EventTypeSpec:
    where = f"{path}, entry {name!r}"
    if not isinstance(name, str) or not name.isupper():
        raise KnowledgeError(f"{where}: a PLOVER type is an upper-case name")
    if not isinstance(entry, dict) or not _FIELDS <= set(entry) <= _FIELDS | _OPTIONAL_FIELDS:
        raise KnowledgeError(f"{where}: expected the fields {sorted(_FIELDS)}, optionally {sorted(_OPTIONAL_FIELDS)}")
    quad = entry["quad_class"]
    if not isinstance(quad, int) or isinstance(quad, bool) or quad not in (1, 2, 3, 4):
        raise KnowledgeError(f"{where}: quad_class must be 1, 2, 3 or 4")
    modes = entry["modes"]
    if not isinstance(modes, dict) or not all(isinstance(m, str) and m for m in modes):
        raise KnowledgeError(f"{where}: modes must map mode names to descriptions")
    root, source = entry["cameo_root"], entry["source"]
    if not isinstance(root, str) or not root.isdigit():
        raise KnowledgeError(f"{where}: cameo_root must be a quoted CAMEO code")
    if not isinstance(source, str) or not source.strip():
        raise KnowledgeError(f"{where}: source is required")
    intended = _intended(where, entry.get("when_intended"))
    committed = _intended(where, entry.get("when_committed"), "when_committed")
    state = _state_sector(where, entry.get("state_sector"), frozenset(modes))
    domestic = _domestic_recipient(where, entry.get("domestic_recipient"), modes=frozenset(modes))
    domestic_modes = _domestic_modes(entry.get("domestic_recipient"))
    domestic_when_needed = bool((entry.get("domestic_recipient") or {}).get("when_needed", False))
    addressee = _domestic_recipient(where, entry.get("domestic_addressee"), "domestic_addressee")
    addressee_nouns = bool((entry.get("domestic_addressee") or {}).get("nouns", False))
    return EventTypeSpec(name=name, quad_class=quad, modes=frozenset(modes), cameo_root=root, source=source,
                         when_intended=intended, when_committed=committed, state_sector=state, domestic_recipient=domestic,
                         domestic_modes=domestic_modes, domestic_when_needed=domestic_when_needed,
                         domestic_addressee=addressee, addressee_nouns=addressee_nouns)


def _domestic_recipient(where: str, raw: Any, field: str = "domestic_recipient",
                        modes: frozenset[str] | None = None) -> str | None:
    if raw is None:
        return None
    allowed = {"sector", "source", "modes", "when_needed"} if modes is not None else {"sector", "source", "nouns"}
    if not isinstance(raw, dict) or not {"sector", "source"} <= set(raw) <= allowed:
        raise KnowledgeError(f"{where}: {field} needs sector and source" + (" (and may have modes, when_needed)" if modes is not None else " (and may have nouns)"))
    for flag in ("when_needed", "nouns"):
        if not isinstance(raw.get(flag, False), bool):
            raise KnowledgeError(f"{where}: {field}.{flag} must be true or false")
    if "modes" in raw and (not isinstance(raw["modes"], list) or not raw["modes"] or not set(raw["modes"]) <= (modes or frozenset())):
        raise KnowledgeError(f"{where}: {field}.modes must list modes of the type ({', '.join(sorted(modes or ())) or 'none'})")
    if not isinstance(raw["sector"], str) or not raw["sector"].isupper():
        raise KnowledgeError(f"{where}: {field}.sector must be a sector code")
    if not isinstance(raw["source"], str) or not raw["source"].strip():
        raise KnowledgeError(f"{where}: {field}.source is required")
    return raw["sector"]


def _domestic_modes(raw: Any) -> frozenset[str] | None:
    """The modes a (validated) domestic recipient is limited to; None where it names none."""
    return frozenset(raw["modes"]) if isinstance(raw, dict) and "modes" in raw else None


def _state_sector(where: str, raw: Any, modes: frozenset[str]) -> StateSector | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not {"sector", "source"} <= set(raw) <= {"sector", "except_modes", "source"}:
        raise KnowledgeError(f"{where}: state_sector needs sector and source (and may have except_modes)")
    sector, excepted, source = raw["sector"], raw.get("except_modes") or [], raw["source"]
    if not isinstance(sector, str) or not sector.isupper():
        raise KnowledgeError(f"{where}: state_sector.sector must be a sector code")
    if not isinstance(excepted, list) or not set(excepted) <= modes:
        raise KnowledgeError(f"{where}: state_sector.except_modes must list modes of the type ({', '.join(sorted(modes))})")
    if not isinstance(source, str) or not source.strip():
        raise KnowledgeError(f"{where}: state_sector.source is required")
    return StateSector(sector, frozenset(excepted))


def _intended(where: str, raw: Any, name: str = "when_intended") -> IntendedCoding | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not {"type", "cameo", "source"} <= set(raw) <= {"type", "cameo", "source", "by_cameo"}:
        raise KnowledgeError(f"{where}: {name} needs type, cameo and source (and may have by_cameo)")
    by_cameo = raw.get("by_cameo") or {}
    if not isinstance(by_cameo, dict) or not all(isinstance(k, str) and k.isdigit() and isinstance(v, str) and v.isdigit() for k, v in by_cameo.items()):
        raise KnowledgeError(f"{where}: {name}.by_cameo must map quoted CAMEO codes to quoted CAMEO codes")
    event_type, cameo, source = raw["type"], raw["cameo"], raw["source"]
    if not isinstance(event_type, str) or not event_type.isupper():
        raise KnowledgeError(f"{where}: {name}.type must be a PLOVER type")
    if cameo is not None and (not isinstance(cameo, str) or not cameo.isdigit()):
        raise KnowledgeError(f"{where}: {name}.cameo must be a quoted CAMEO code or null")
    if not isinstance(source, str) or not source.strip():
        raise KnowledgeError(f"{where}: {name}.source is required")
    return IntendedCoding(event_type, cameo, dict(by_cameo))

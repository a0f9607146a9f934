"""The ontology: PLOVER types and modes, and the CAMEO/quad/Goldstein codes of an event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronicle.errors import KnowledgeError
from chronicle.ontology.cameo import CameoRow, CameoTable, read_cameo_table
from chronicle.ontology.plover import PLOVER_FILE, EventTypeSpec, IntendedCoding, read_plover


@dataclass(frozen=True)
class EventCodes:
    """The numeric codes of an event: CAMEO code, quad class, Goldstein score."""

    cameo: str | None
    quad_class: int
    goldstein: float | None


class Ontology:
    """PLOVER event types and modes, with their CAMEO mapping."""

    def __init__(self, types: Mapping[str, EventTypeSpec], cameo: CameoTable) -> None:
        self._types = dict(types)
        self._cameo = cameo
        self._shortest: dict[tuple[str, str], str | None] = {}  # (type, mode) -> _cameo_for's row code, found once
        self.event_types: frozenset[str] = frozenset(self._types)
        self._check_consistency()

    @classmethod
    def load(cls) -> "Ontology":
        """The packaged ontology, loaded once per process."""
        return load_ontology()

    @classmethod
    def from_files(cls, plover: Path = PLOVER_FILE, cameo: CameoTable | None = None) -> "Ontology":
        """Build from a plover.yaml and the CAMEO tables (the packaged ones by default)."""
        return cls(read_plover(plover), cameo or read_cameo_table())

    def modes(self, event_type: str) -> frozenset[str]:
        """The PLOVER modes of a type (empty for types without modes)."""
        return self._spec(event_type).modes

    def contexts(self, cameo: str | None) -> tuple[str, ...]:
        """The PLOVER contexts CAMEO2PLOVER gives a CAMEO code (none for an unmapped code)."""
        if not cameo:
            return ()
        return tuple(dict.fromkeys(c for row in self._cameo.rows_for(cameo) for c in row.contexts))

    def quad_class(self, event_type: str) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return self._spec(event_type).quad_class

    def validate(self, event_type: str, mode: str | None) -> None:
        """Raise ValueError naming the type or mode when either is not PLOVER."""
        spec = self._spec(event_type)
        if mode is not None and mode not in spec.modes:
            allowed = ", ".join(sorted(spec.modes)) or "none"
            raise ValueError(f"unknown mode {mode!r} for PLOVER type {event_type} (modes: {allowed})")

    def state_sector(self, event_type: str, mode: str | None) -> str | None:
        """The sector of a state named for itself acting in such an event (None: the government's)."""
        rule = self._spec(event_type).state_sector
        return rule.sector if rule is not None and rule.applies(mode) else None

    def domestic_recipient(self, event_type: str, mode: str | None = None, needed: bool = True) -> str | None:
        """The sector of the people a state's unaddressed event of this type (and mode) is granted
        to (None: no such rule, one limited to other modes, or one only for an event that
        needs a recipient where ``needed`` is False)."""
        spec = self._spec(event_type)
        if spec.domestic_modes is not None and mode not in spec.domestic_modes:
            return None
        if spec.domestic_when_needed and not needed:
            return None
        return spec.domestic_recipient

    def domestic_addressee(self, event_type: str) -> str | None:
        """The sector of the state a non-state actor's unaddressed event of this type is aimed at (None: no such rule)."""
        return self._spec(event_type).domestic_addressee

    def addressee_nouns(self, event_type: str) -> bool:
        """Whether the domestic addressee also holds for an event of this type told by a noun."""
        return self._spec(event_type).addressee_nouns

    def when_intended(self, event_type: str) -> IntendedCoding | None:
        """What a planned or announced event of ``event_type`` is coded as (None: itself)."""
        return self._spec(event_type).when_intended

    def when_committed(self, event_type: str) -> IntendedCoding | None:
        """What an event of ``event_type`` that its doer commits to ("agreed to free", "pledged
        to withdraw") is coded as (None: as when_intended says)."""
        return self._spec(event_type).when_committed

    def codes(self, event_type: str, mode: str | None, cameo: str | None = None) -> EventCodes:
        """CAMEO code, quad class and Goldstein score of an event.

        ``cameo``, when a language pack names the exact code of a trigger, is
        used as given once checked against the table; otherwise the shortest
        CAMEO code mapping to the same type and mode, else the type's root code.
        """
        self.validate(event_type, mode)
        if cameo is not None:
            self._check_cameo(event_type, cameo)
            code = cameo
        else:
            code = self._cameo_for(event_type, mode)
        return EventCodes(cameo=code, quad_class=self.quad_class(event_type), goldstein=self._cameo.goldstein(code))

    def _spec(self, event_type: str) -> EventTypeSpec:
        spec = self._types.get(event_type)
        if spec is None:
            raise ValueError(f"unknown PLOVER event type {event_type!r} (expected one of {', '.join(sorted(self._types))})")
        return spec

    def _check_cameo(self, event_type: str, code: str) -> None:
        rows = self._cameo.rows_for(code)
        if not rows:
            raise ValueError(f"unknown CAMEO code {code!r}")
        if all(row.event_type != event_type for row in rows):
            mapped = "/".join(sorted({row.event_type for row in rows}))
            raise ValueError(f"CAMEO code {code} maps to {mapped}, not {event_type}")

    def _cameo_for(self, event_type: str, mode: str | None) -> str:
        if mode is not None:
            if (event_type, mode) not in self._shortest:
                matches = [row for row in self._cameo.rows if row.event_type == event_type and row.mode == mode]
                self._shortest[event_type, mode] = min(matches, key=_code_order).code if matches else None
            code = self._shortest[event_type, mode]
            if code is not None:
                return code
        return self._spec(event_type).cameo_root

    def _check_consistency(self) -> None:
        """Every CAMEO row names a known type and every type's root code maps to it."""
        for row in self._cameo.rows:
            if row.event_type not in self._types:
                raise KnowledgeError(f"CAMEO2PLOVER, line {row.line}: unknown PLOVER type {row.event_type!r}")
        for spec in self._types.values():
            try:
                self._check_cameo(spec.name, spec.cameo_root)
            except ValueError as exc:
                raise KnowledgeError(f"plover.yaml, entry {spec.name!r}: cameo_root: {exc}") from exc
            for name, intended in (("when_intended", spec.when_intended), ("when_committed", spec.when_committed)):
                if intended is None:
                    continue
                if intended.event_type not in self._types:
                    raise KnowledgeError(f"plover.yaml, entry {spec.name!r}: {name}: unknown type {intended.event_type!r}")
                # the intention's own code and those it gives a trigger's code must be of its type
                for cameo in (intended.cameo, *intended.by_cameo.values()):
                    if cameo is None:
                        continue
                    try:
                        self._check_cameo(intended.event_type, cameo)
                    except ValueError as exc:
                        raise KnowledgeError(f"plover.yaml, entry {spec.name!r}: {name}: {exc}") from exc


def _code_order(row: CameoRow) -> tuple[int, str]:
    # Shortest first: the least specific code that still carries the mode.
    return (len(row.code), row.code)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The packaged ontology (plover.yaml + CAMEO tables), loaded once per process."""
    return Ontology.from_files()

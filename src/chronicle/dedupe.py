"""Within-article deduplication: one event per distinct happening.

An article that repeats an event ("le sommet ... a pris fin", then "l'échec
de leur sommet") states it once. Two mentions are the same event when they
have the same type, polarity, participating countries (in either order for
symmetric types) and date; the first mention is kept as the evidence, a named
participant replaces an unnamed one, and the count of mentions is recorded.
"""

from __future__ import annotations

from chronicle.model import ActorRecord, Event

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
MODALITY_RANK = {"actual": 0, "intended": 1, "hypothetical": 2}


def _actor_key(actor: ActorRecord | None) -> str:
    # countries, not names: "le 8e sommet Séoul-Washington" restates "Moon et Trump ont tenu un sommet"
    return (actor.country or "") if actor else ""


def event_key(event: Event) -> tuple:
    """What makes two mentions one event."""
    actors = (_actor_key(event.source), _actor_key(event.target))
    if event.event_type in SYMMETRIC_TYPES:
        actors = tuple(sorted(actors))
    when = event.date.value if event.date else None
    return (event.event_type, event.polarity, actors, when)


def _names(event: Event) -> set[str]:
    return {a.name for a in (event.source, event.target) if a is not None and a.name}


def _compatible(first: Event, later: Event) -> bool:
    """Different named people, or different named places, make different events
    (Wang Yi visits Korea, meets Kang in Seoul, then Park: three events)."""
    if first.location and later.location and first.location.name != later.location.name:
        return False
    return _names(first) <= _names(later) or _names(later) <= _names(first)


def dedupe_article(events: list[Event]) -> list[Event]:
    """Merge repeated mentions of one event, keeping text order."""
    kept: list[Event] = []
    for event in events:
        key = event_key(event)
        for index, first in enumerate(kept):
            if event_key(first) == key and _compatible(first, event):
                kept[index] = _merge(first, event)
                break
        else:
            kept.append(event)
    return kept


def _merge(first: Event, later: Event) -> Event:
    """The first mention stays the evidence; the surer modality, confidence and place win."""
    update: dict = {"mentions": first.mentions + later.mentions}
    if MODALITY_RANK[later.modality] < MODALITY_RANK[first.modality]:
        update["modality"] = later.modality
    if first.location is None and later.location is not None:
        update["location"] = later.location
    if first.mode is None and later.mode is not None:
        update["mode"] = later.mode
        update["cameo"] = later.cameo
        update["goldstein"] = later.goldstein
    update["confidence"] = max(first.confidence, later.confidence)
    for side in ("source", "target"):
        kept, other = getattr(first, side), getattr(later, side)
        if kept is not None and other is not None and kept.name is None and other.name is not None and kept.country == other.country:
            update[side] = other
    return first.model_copy(update=update)

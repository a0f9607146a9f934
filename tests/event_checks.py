"""Assertions shared by the extraction tests of every language pack."""

from __future__ import annotations

from chronicle.model import ActorRecord, Event


def only(events: list[Event], event_type: str) -> Event:
    """The one event of ``event_type``; fails listing every event when there are none or several."""
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.source, e.target) for e in events]
    return found[0]


def countries(event: Event) -> set[str | None]:
    """The countries of an event's two actors."""
    return {event.source.country, event.target.country if event.target else None}


def parties(events: list[Event]) -> list[ActorRecord]:
    """Every source and target of ``events``, in order."""
    return [a for e in events for a in (e.source, e.target) if a is not None]


def named(events: list[Event], name: str) -> ActorRecord:
    """The first party named ``name``; fails listing every party when none is."""
    found = [a for a in parties(events) if a.name == name]
    assert found, f"{name} not among {[(a.name, a.country, a.sector) for a in parties(events)]}"
    return found[0]


def triples(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of the positive events, in order."""
    return [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events if e.polarity == "positive"]

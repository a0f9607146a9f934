"""Assertions shared by the extraction tests of every language pack."""

from __future__ import annotations

from chronicle.model import Event


def only(events: list[Event], event_type: str) -> Event:
    """The one event of ``event_type``; fails listing every event when there are none or several."""
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.source, e.target) for e in events]
    return found[0]


def countries(event: Event) -> set[str | None]:
    """The countries of an event's two actors."""
    return {event.source.country, event.target.country if event.target else None}

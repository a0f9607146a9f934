"""Helpers and assertions shared by the extraction tests of every language pack."""

from __future__ import annotations

from collections.abc import Callable

import chronicle
from chronicle.model import ActorRecord, Event


def only(events: list[Event], event_type: str) -> Event:
    """The one event of ``event_type``; fails listing every event when there are none or several."""
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.source, e.target) for e in events]
    return found[0]


def countries(event: Event) -> set[str | None]:
    """The countries of an event's two actors."""
    return {event.source.country, event.target.country if event.target else None}


def all_countries(events: list[Event]) -> set[str | None]:
    """The countries of every event's two actors."""
    return set().union(*map(countries, events))


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


def coder(lang: str, published: str | None) -> Callable[..., list[Event]]:
    """A function coding a text of ``lang`` with the real pipeline, as published on
    ``published`` unless a call names another date."""

    def code(text: str, published: str | None = published) -> list[Event]:
        return chronicle.code(text, published=published, lang=lang)

    return code


def lang_coder(published: str | None) -> Callable[..., list[Event]]:
    """A function coding a text in the language a call names, as published on ``published`` unless a call names another date."""

    def code(text: str, lang: str, published: str | None = published) -> list[Event]:
        return chronicle.code(text, published=published, lang=lang)

    return code


def code_dated(text: str, published: str | None, lang: str) -> list[Event]:
    """The events the real pipeline of ``lang`` codes in ``text`` published on ``published``."""
    return chronicle.code(text, published=published, lang=lang)


def dyad(event: Event) -> tuple[str | None, str | None]:
    """(source country, target country) of an event, None for a side it lacks."""
    return event.source.country if event.source else None, event.target.country if event.target else None


def sectors(event: Event) -> tuple[str | None, str | None]:
    """(source sector, target sector) of an event, None for a target it lacks."""
    return event.source.sector, event.target.sector if event.target else None


def types(events: list[Event]) -> set[str]:
    """The event types of ``events``."""
    return {e.event_type for e in events}


def of_type(events: list[Event], event_type: str) -> list[Event]:
    """The events of ``event_type``."""
    return [e for e in events if e.event_type == event_type]


def positive(events: list[Event], event_type: str) -> list[Event]:
    """The events of ``event_type`` that happened (positive polarity)."""
    return [e for e in events if e.event_type == event_type and e.polarity == "positive"]


def listing(events: list[Event]) -> list[tuple]:
    """(type, source country and sector, target country, polarity, modality) of each event, for a failure message."""
    return [(e.event_type, e.source.country, e.source.sector, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


def type_dyads(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    """The (source country, target country) pairs of the events of ``event_type``, any polarity."""
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == event_type}


def coded_as(events: list[Event], event_type: str, cameo: str, source: str, target: str | None) -> bool:
    """Whether a positive event of ``event_type`` whose CAMEO code starts with ``cameo`` runs from
    ``source``'s country to ``target``'s (any target when ``target`` is None)."""
    return any(
        e.event_type == event_type and (e.cameo or "").startswith(cameo) and e.source.country == source
        and (target is None or (e.target is not None and e.target.country == target)) and e.polarity == "positive"
        for e in events
    )

"""A verb conjoined after a relative clause on an event noun keeps the main clause's
subject ("X condemned the shelling that erupted on Monday and called on Y to ..."):
the parse hangs the second verb on the relative clause, whose subject (the event)
asks, blames or praises no one. An event's own second act ("the attack that killed
ten and wounded twenty") stays the event's. Sentences written for these tests."""

from __future__ import annotations

from chronicle.model import Event
from event_checks import lang_coder

code = lang_coder("2025-03-10")


def directed(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country if e.target else None) for e in events
            if e.event_type == event_type and e.polarity == "positive"}


def test_english_appeal_after_a_relative_on_the_condemned_event() -> None:
    events = code("Senegal condemned the clashes that broke out on Friday and urged Mali to restore order.", "en")
    assert ("SEN", "MLI") in directed(events, "REQUEST")


def test_english_demand_after_a_relative_on_a_welcomed_truce() -> None:
    events = code("Jordan welcomed the ceasefire that took hold overnight and urged Israel to open the crossings.", "en")
    assert ("JOR", "ISR") in directed(events, "REQUEST")


def test_french_appeal_after_a_relative_on_the_condemned_event() -> None:
    events = code("Le Tchad a dénoncé les violences qui ont éclaté samedi et appelé le Cameroun à sécuriser la frontière.", "fr")
    assert ("TCD", "CMR") in directed(events, "REQUEST")


def test_the_events_own_second_act_is_not_the_speakers() -> None:
    events = code("Peru condemned the attack that killed ten police officers and wounded twenty villagers.", "en")
    assert all(e.source.country != "PER" for e in events if e.event_type == "ASSAULT")

"""An appeal addressed to the state and to a group of a walk of life of the same country
("urged the government and the unions", "a exhorté le gouvernement et les syndicats") is
one event per listed addressee (GUIDELINES, lists and groups; dedupe.py ``_listed_parties``),
while two bodies of the state ("the army and the police") stay one appeal. Sentences written
for these tests about countries the tuning files do not cover; fixed events where the merge
itself is the test."""

from __future__ import annotations

from chronicle.dedupe import dedupe_article
from chronicle.model import ActorRecord, Event
from event_checks import coder

_code_en = coder("en", "2026-03-02")
_code_fr = coder("fr", "2026-03-02")


def _appeal(target: ActorRecord, event_type: str = "REQUEST") -> Event:
    source = ActorRecord(text="bishops", name=None, country="KEN", sector="REL")
    return Event(event_id="e0", article_id="a", event_type=event_type, cameo="106", source=source, target=target,
                 trigger="urged", sentence="sentence 0", sentence_index=0, char_start=0, char_end=1,
                 trigger_start=20, language="en", confidence=0.75)


def _actor(sector: str, text: str) -> ActorRecord:
    return ActorRecord(text=text, name=None, country="KEN", sector=sector)


def _sectors(events: list[Event], event_type: str = "REQUEST") -> list[str | None]:
    return sorted(e.target.sector for e in events if e.event_type == event_type and e.target is not None)


def test_the_state_and_a_union_addressed_by_one_appeal_stay_two() -> None:
    kept = dedupe_article([_appeal(_actor("GOV", "government")), _appeal(_actor("LAB", "unions"))])
    assert _sectors(kept) == ["GOV", "LAB"]


def test_two_bodies_of_the_state_addressed_by_one_appeal_stay_one() -> None:
    kept = dedupe_article([_appeal(_actor("MIL", "army")), _appeal(_actor("COP", "police"))])
    assert len(kept) == 1


def test_other_acts_on_the_state_and_a_union_are_not_split() -> None:
    """Only appeals are addressed to sides one by one (``ADDRESSED_TO_SIDES``)."""
    kept = dedupe_article([_appeal(_actor("GOV", "government"), "ACCUSE"), _appeal(_actor("LAB", "unions"), "ACCUSE")])
    assert len(kept) == 1


def test_english_appeal_to_government_and_teachers_unions() -> None:
    events = _code_en("The Catholic bishops of Kenya urged the government and the teachers' unions to end the strike.")
    assert _sectors(events) == ["GOV", "LAB"]


def test_english_appeal_to_police_and_students() -> None:
    events = _code_en("Zambia's president called on the police and the students to avoid violence during the protests.")
    assert _sectors(events) == ["COP", "EDU"]


def test_french_appeal_to_government_and_unions() -> None:
    events = _code_fr("La conférence épiscopale du Cameroun a exhorté le gouvernement et les syndicats à reprendre le dialogue.")
    assert _sectors(events) == ["GOV", "LAB"]

"""English clause constructions (helper cons26en): the same event in other syntactic
shapes than the plain clause. Sentences written for these tests, about other countries
than the probe files (tests/data/probes/cons26en-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_object_relative_on_a_thing_finds_the_word_its_entry_requires() -> None:
    # "the aid that X sent to Y": the relative pronoun is the verb's object, and the noun it
    # stands for is the word the 'send' entry of AID requires (triggers._choose)
    found = pairs(code("The medical supplies that Jordan sent to Lebanon arrived in Beirut on Sunday.", "en"))
    assert ("AID", "JOR", "LBN") in found


def test_object_relative_with_no_pronoun_on_a_thing() -> None:
    found = pairs(code("The food aid Saudi Arabia delivered to Yemen reached Aden on Friday.", "en"))
    assert ("AID", "SAU", "YEM") in found


def test_a_thing_named_by_the_relative_is_still_no_party() -> None:
    # the thing stands for the word the entry requires, never for an actor: the target is the
    # place of arrival, not the aid
    events = code("The tents that Qatar flew to Syria reached Idlib on Monday.", "en")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and all(e.target is not None and e.target.country == "SYR" for e in aid)


def test_object_relative_on_a_thing_outside_the_entry_codes_nothing() -> None:
    # 'send' codes aid only with the words of aid: a letter sent is no event
    found = pairs(code("The letter that Iran sent to Iraq was published on Monday.", "en"))
    assert not any(kind == "AID" for kind, _, _ in found)

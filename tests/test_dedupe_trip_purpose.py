"""A planned trip and the meeting its purpose infinitive names are one plan; a meeting in
a clause of its own is a second (dedupe.TripWords, read from each pack's grammar:
``trip_purpose_endings``, ``purpose_clitics``, ``clause_openers``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from chronicle.dedupe import TripWords
from chronicle.packs import load_pack
from event_checks import coder, of_type

_code_en = coder("en", "2025-03-03")


def _purpose(lang: str) -> TripWords:
    grammar = load_pack(lang).grammar
    return TripWords.from_words(grammar.trip_purpose_endings, grammar.purpose_clitics, grammar.clause_openers)


@pytest.mark.parametrize(
    ("lang", "between", "purpose"),
    [
        ("fr", " vendredi à Lima pour y ", True),
        ("fr", " samedi à Dakar afin de ", True),
        ("fr", " à Hanoï afin d'", True),
        ("fr", " au Japon, où il ", False),
        ("fr", " à Rabat ; il doit ", False),
        ("en", " to Canberra on Monday to ", True),
        ("en", " to Bogotá in order to ", True),
        ("en", " to Norway, where she will ", False),
        ("en", " to Chile and then ", False),
    ],
)
def test_the_words_between_a_trip_and_a_meeting(lang: str, between: str, purpose: bool) -> None:
    """The text between the trip's trigger and the meeting's ends on a purpose word (a
    clitic may follow it) and opens no clause of its own."""
    cues = _purpose(lang)
    read = cues.purpose_before.search(between) is not None and cues.new_clause.search(between) is None
    assert read is purpose


def test_no_words_match_nothing() -> None:
    """A pack without these words keeps a planned trip and its meeting as two plans."""
    cues = TripWords.from_words((), (), ())
    assert cues.purpose_before.search(" to Oslo to ") is None
    assert cues.new_clause.search(" where ; ") is None


def test_a_trip_made_to_meet_someone_is_one_plan_in_english() -> None:
    """'will travel to Berlin on Friday to meet the chancellor': one planned meeting."""
    events = _code_en("Kenyan President William Ruto will travel to Berlin on Friday to meet Chancellor Friedrich Merz.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "AGREE")] == [("KEN", "DEU")]


def test_a_meeting_in_a_clause_of_its_own_is_a_second_plan_in_english() -> None:
    """'will travel to Germany, where he will meet the chancellor': a trip and a meeting."""
    events = _code_en("Kenyan President William Ruto will travel to Germany on Friday, where he will meet Chancellor Friedrich Merz.")
    assert len(of_type(events, "AGREE")) == 2

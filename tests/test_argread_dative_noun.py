"""The dative of a light verb carrying an event noun is the recipient ("gave X an
ultimatum", "granted the dissidents asylum": Quirk et al. 10.4, the indirect object
receives). The small English model often reads a country dative as a compound of
the noun ("gave Moldova emergency support"), which this does not reach. Sentences written for these tests, about several regions."""

from __future__ import annotations

from event_checks import lang_coder, type_dyads

code = lang_coder("2025-03-10")


def test_asylum_granted_to_a_dative_of_people() -> None:
    events = code("Mexico granted the Peruvian activists asylum on Monday.", "en")
    assert ("MEX", "PER") in type_dyads(events, "AID")

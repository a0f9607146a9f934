"""Counted titled persons (helper counts27): a counted person noun with one nationality and
no definite article ("three Venezuelan ministers", "deux ministres turcs") is people of that
country, not the pair of parties named before; "the two ministers", "les deux ministres"
after a meeting still are that pair. Sentences written for these tests, about other
countries than the probe files (tests/data/probes/counts27-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_counted_nationals_as_target_en() -> None:
    # a count is no pair: the demonym names whose ministers were sanctioned
    found = pairs(code("Canada imposed sanctions on three Iranian ministers on Tuesday.", "en"))
    assert ("SANCTION", "CAN", "IRN") in found


def test_counted_nationals_as_source_en() -> None:
    found = pairs(code("Two Japanese ministers visited Vietnam on Thursday.", "en"))
    assert ("CONSULT", "JPN", "VNM") in found


def test_counted_nationals_as_target_fr() -> None:
    found = pairs(code("Le Royaume-Uni a sanctionné quatre ministres syriens.", "fr"))
    assert ("SANCTION", "GBR", "SYR") in found


def test_counted_nationals_as_source_fr() -> None:
    found = pairs(code("Deux ministres marocains se sont rendus au Sénégal lundi.", "fr"))
    assert ("CONSULT", "MAR", "SEN") in found


def test_the_two_ministers_after_a_meeting_are_still_the_pair() -> None:
    text = ("The Argentine foreign minister met his Brazilian counterpart in Buenos Aires on Monday. "
            "The two ministers signed a trade agreement.")
    found = pairs(code(text, "en"))
    assert {("AGREE", "ARG", "BRA"), ("AGREE", "BRA", "ARG")} & found


def test_les_deux_ministres_after_a_meeting_are_still_the_pair() -> None:
    text = ("Le ministre ivoirien des Affaires étrangères a rencontré son homologue ghanéen à Abidjan lundi. "
            "Les deux ministres ont signé un accord de coopération.")
    found = pairs(code(text, "fr"))
    assert {("AGREE", "CIV", "GHA"), ("AGREE", "GHA", "CIV")} & found

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


# ---- coordinated titled people of two countries, the first hung inside the second's phrase

def test_first_titled_person_hung_inside_the_second_is_a_side() -> None:
    # the parse hangs 'Foreign Minister A' as a modifier of 'Foreign Minister B' across 'and'
    text = ("Afghan Foreign Minister Amir Khan Muttaqi and Uzbekistan's Foreign Minister Bakhtiyor Saidov "
            "have signed a railway agreement.")
    found = pairs(code(text, "en"))
    assert {("AGREE", "AFG", "UZB"), ("AGREE", "UZB", "AFG")} & found
    assert not any(src == tgt for _, src, tgt in found)  # the second's owner is no third party


def test_titled_person_and_an_owner_alone_stay_as_before() -> None:
    # one titled person with a country's genitive after 'and' names two parties as before
    found = pairs(code("Armenian Prime Minister Nikol Pashinyan and Georgia's president met in Tbilisi.", "en"))
    assert {("CONSULT", "ARM", "GEO"), ("CONSULT", "GEO", "ARM")} & found

"""Plural subjects and co-participants (helper plural28): guests of several states received
in one act meet each other too, a meeting's chair is a party to it, and the parties named
'alongside' or 'aux côtés de' a deal are its other side; 'the three leaders', 'les quatre
ministres' said next stand for the whole gathering (GUIDELINES, lists and groups). Sentences
written for these tests, about other countries than the probe files (tests/data/probes/plural28-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def pairs(events) -> set[tuple[str, frozenset]]:
    return {(e.event_type, frozenset({e.source.country if e.source else None, e.target.country if e.target else None})) for e in events}


def test_english_guests_of_two_states_meet_each_other_and_are_the_three_leaders() -> None:
    text = ("Brazilian President Luiz Inácio Lula da Silva hosted his Colombian and Peruvian counterparts, "
            "Gustavo Petro and Dina Boluarte, in Brasília on Monday. "
            "The three leaders agreed to create a joint Amazon police centre.")
    found = pairs(code(text, "en"))
    for first, second in (("BRA", "COL"), ("BRA", "PER"), ("COL", "PER")):
        assert ("CONSULT", frozenset({first, second})) in found
        assert ("AGREE", frozenset({first, second})) in found


def test_french_ambassadors_received_by_title_meet_no_one_but_the_host() -> None:
    text = ("Le ministre brésilien des Affaires étrangères a reçu lundi les ambassadeurs de la France, "
            "de l'Allemagne et de l'Italie.")
    found = pairs(code(text, "fr"))
    assert ("CONSULT", frozenset({"FRA", "DEU"})) not in found
    assert ("CONSULT", frozenset({"DEU", "ITA"})) not in found


def test_french_chair_of_a_meeting_meets_its_participants() -> None:
    text = ("Le ministre ivoirien des Affaires étrangères, Léon Kacou Adom, a présidé jeudi à Abidjan une réunion "
            "en présence de ses homologues du Ghana, du Togo et du Bénin. "
            "Les quatre ministres ont signé une déclaration sur la lutte contre le terrorisme.")
    found = pairs(code(text, "fr"))
    parties = ("CIV", "GHA", "TGO", "BEN")
    for i, first in enumerate(parties):
        for second in parties[i + 1 :]:
            assert ("CONSULT", frozenset({first, second})) in found
            assert ("AGREE", frozenset({first, second})) in found


def test_co_participants_of_a_deal_alongside_are_its_parties() -> None:
    en = pairs(code("Japanese Prime Minister Shigeru Ishiba announced the deal in Tokyo on Monday "
                    "alongside the leaders of Australia and New Zealand.", "en"))
    assert ("AGREE", frozenset({"JPN", "AUS"})) in en and ("AGREE", frozenset({"JPN", "NZL"})) in en
    fr = pairs(code("Le président nigérian Bola Tinubu a annoncé l'accord lundi à Abuja aux côtés des "
                    "dirigeants du Niger et du Tchad.", "fr"))
    assert ("AGREE", frozenset({"NGA", "NER"})) in fr and ("AGREE", frozenset({"NGA", "TCD"})) in fr

"""Hand-written triggers keep to the sense they code, so the family files' more
specific entries (packs/<lang>/triggers/) can code the other senses.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import chronicle


def coded(text: str, lang: str = "fr") -> set[tuple[str, str | None, str | None]]:
    return {
        (e.event_type, e.source.country, e.target.country if e.target else None)
        for e in chronicle.code(text, published="2024-05-20", lang=lang)
    }


def test_breaking_off_relations_names_the_other_country():
    assert ("SANCTION", "MAR", "IRN") in coded("Le Maroc a rompu ses relations diplomatiques avec l'Iran.")


def test_only_diplomats_are_expelled_as_a_sanction():
    assert ("SANCTION", "FRA", "RUS") in coded("La France a expulsé deux diplomates russes.")
    assert not {t for t in coded("La Tunisie a expulsé des centaines de migrants vers la frontière libyenne.") if t[0] == "SANCTION"}


def test_firing_rockets_on_a_country_is_an_assault():
    assert ("ASSAULT", "LBN", "ISR") in coded("Le Hezbollah a revendiqué des tirs de roquettes sur Israël.")


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a attaqué en justice la compagnie minière australienne.",  # a lawsuit, no assault
        "Le Niger a interpellé la communauté internationale sur la crise.",  # called on, not arrested
        "La Gambie a saisi la Cour internationale de justice contre la Birmanie.",  # referred, nothing seized
    ],
)
def test_ordinary_senses_code_no_coercion_or_assault(text):
    assert not {t for t in coded(text) if t[0] in ("COERCE", "ASSAULT")}


def test_an_exchange_of_prisoners_is_no_meeting():
    assert not {t for t in coded("La Russie et l'Ukraine ont échangé des prisonniers samedi.") if t[0] == "CONSULT"}


def test_troops_withdrawing_themselves_are_not_withdrawn_by_someone():
    events = chronicle.code("Les troupes russes se sont retirées de Kherson vendredi.", published="2024-05-20", lang="fr")
    retreat = [e for e in events if e.event_type == "RETREAT"]
    assert retreat and retreat[0].source.country == "RUS"


def test_air_strikes_are_no_labour_strike_even_beside_the_european_union():
    assert not {t for t in coded("Israeli air strikes on Rafah killed 12 people, the European Union said.", "en") if t[0] == "PROTEST"}

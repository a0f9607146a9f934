"""Counterparts listed country by country are one party each, however the parse attaches the list (extract/mentions.py)."""

from __future__ import annotations

import chronicle


def test_each_listed_country_of_the_counterparts_is_a_party() -> None:
    text = ("Le ministre brésilien prévoit de tenir des réunions bilatérales avec ses homologues "
            "de l'Inde, de la Chine et de l'Afrique du Sud.")
    events = [e for e in chronicle.code(text, published="2024-03-04", lang="fr") if e.event_type == "AGREE"]
    assert sorted(e.target.country for e in events if e.target) == ["CHN", "IND", "ZAF"]
    assert {e.source.country for e in events} == {"BRA"}


def test_a_genitive_after_the_list_that_is_no_country_ends_it() -> None:
    text = "Le président kényan s'est entretenu avec ses homologues de l'Ouganda et de la Tanzanie de la crise au Soudan."
    events = [e for e in chronicle.code(text, published="2024-03-04", lang="fr") if e.event_type == "CONSULT"]
    assert sorted(e.target.country for e in events if e.target) == ["TZA", "UGA"]

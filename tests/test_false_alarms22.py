"""False alarms by class (wave 22), each counter-case paired with the case that must
still be coded.

Classes: an event noun with no party of its own, in a prepositional phrase inside
another trigger's clause, names that event's circumstance, cause or topic ("a levé le
couvre-feu décrété après les émeutes", "arrêtés lors des manifestations"), not an
event of its own.
"""

from __future__ import annotations

import pytest

from event_checks import coder, of_type, triples

code_fr = coder("fr", "2025-05-01")
code_en = coder("en", "2025-05-01")


# ------------------------------------------------------------ circumstance nouns


@pytest.mark.parametrize("text", [
    "Les autorités chiliennes ont levé jeudi le couvre-feu décrété à Santiago après les émeutes de l'automne.",
    "Le gouvernement bolivien a libéré lundi une vingtaine de militants arrêtés lors des manifestations de La Paz.",
    "Contrainte par des mois de grèves, la Première ministre péruvienne a démissionné mardi.",
    "La police kényane a arrêté vingt personnes lors d'une manifestation à Nairobi.",
])
def test_protest_named_as_the_circumstance_of_another_act_is_no_protest(text: str) -> None:
    events = code_fr(text)
    assert events and not of_type(events, "PROTEST"), triples(events)


def test_the_other_act_of_the_sentence_stays() -> None:
    concedes = of_type(code_fr("Les autorités chiliennes ont levé jeudi le couvre-feu décrété à Santiago après les émeutes de l'automne."), "CONCEDE")
    assert concedes and concedes[0].source.country == "CHL"


@pytest.mark.parametrize("text, country", [
    ("De violentes manifestations ont éclaté lundi à Conakry contre la junte.", "GIN"),
    ("Des milliers de Boliviens ont manifesté mardi à La Paz contre la hausse des prix.", "BOL"),
    ("Manifestations à Tbilissi contre le gouvernement géorgien", "GEO"),
])
def test_a_protest_told_as_the_event_stays(text: str, country: str) -> None:
    protests = of_type(code_fr(text), "PROTEST")
    assert protests and protests[0].source.country == country, triples(code_fr(text))


def test_an_event_noun_with_a_party_of_its_own_stays() -> None:
    """'les frappes de l'armée malienne': the noun names its doer, so it is no bare circumstance."""
    assaults = of_type(code_fr("Le Niger a dénoncé mercredi les frappes de l'armée malienne contre des civils."), "ASSAULT")
    assert assaults and assaults[0].source.country == "MLI"


@pytest.mark.parametrize("text", [
    "Bangladesh's prime minister resigned on Monday after weeks of student protests.",
    "Nepal's government freed thirty activists detained during the protests in Kathmandu.",
])
def test_english_protest_as_circumstance_is_no_protest(text: str) -> None:
    assert not of_type(code_en(text), "PROTEST"), triples(code_en(text))


def test_english_protest_told_as_the_event_stays() -> None:
    protests = of_type(code_en("Protests erupted in Dhaka on Monday against the election results."), "PROTEST")
    assert protests and protests[0].source.country == "BGD"

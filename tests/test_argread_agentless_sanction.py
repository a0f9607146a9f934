"""French sanctions stated without their imposer: an event noun that is the passive
subject of its light verb, with a recipient named ("Des sanctions ont été imposées à
X"), is coded with an unknown source (GUIDELINES: a null country is unknown); a bare
passive verb of the type ("a été suspendu") is not. Sentences written for these tests."""

from __future__ import annotations

from event_checks import lang_coder, of_type

code = lang_coder("2025-03-10")


def test_sanctions_imposed_on_a_named_party_without_imposer() -> None:
    events = of_type(code("De nouvelles sanctions ont été imposées jeudi au chef de la junte birmane.", "fr"), "SANCTION")
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(None, "MMR")]


def test_an_embargo_decreed_against_a_country() -> None:
    events = of_type(code("Un embargo sur les armes a été décrété mardi contre le Soudan du Sud.", "fr"), "SANCTION")
    assert {e.target.country for e in events if e.target} == {"SSD"}


def test_a_bare_passive_verb_is_no_unknown_doer_sanction() -> None:
    events = code("Le maire de Bouaké a été suspendu de ses fonctions mardi.", "fr")
    assert not of_type(events, "SANCTION")

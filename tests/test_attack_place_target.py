"""An attack that names no party it struck, but where it struck, strikes the state that
place lies in (``EventAssembler._struck_at_place``): the place must be in the attack's
own phrase or the clause of the verb that names it, never in another phrase of the
sentence. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from event_checks import dyad, lang_coder

code = lang_coder("2025-03-10")


@pytest.mark.parametrize("text, lang, pair", [
    ("The RSF launched drone strikes on power stations in Kassala on Sunday.", "en", ("SDN", "SDN")),
    ("Des avions russes ont mené jeudi des frappes contre des dépôts de carburant à Kharkiv.", "fr", ("RUS", "UKR")),
])
def test_an_attack_on_things_strikes_the_state_where_its_clause_places_it(text, lang, pair):
    assaults = [e for e in code(text, lang) if e.event_type == "ASSAULT"]
    assert assaults and dyad(assaults[0]) == pair


@pytest.mark.parametrize("text, lang", [
    ("L'attaque du Bayern Munich a dominé le match contre Dortmund samedi.", "fr"),
    ("L'attaque de l'Olympique lyonnais a brillé lors du match contre Lille.", "fr"),
])
def test_a_place_in_another_phrase_of_the_sentence_is_not_where_an_attack_struck(text, lang):
    assert not [e for e in code(text, lang) if e.event_type == "ASSAULT"]

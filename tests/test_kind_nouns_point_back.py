"""Nouns of a kind of actor that point back to one the article named (anaphora18).

"The bloc", "the group", "the party", "l'Alliance", "le mouvement", said alone and
definite, stand for the last actor of that kind the article named
(packs/*/kind_nouns.yaml, resolve.actors._pointed_back): an organisation of states
for "the bloc", a party for "the party", an armed, militant or campaign group for
"the group". They take no actor of another kind, and an actor of the same kind
named in between is the one meant. Sentences written for these tests, about many
regions.
"""

from __future__ import annotations

import pytest

from chronicle.packs import load_pack
from event_checks import lang_coder, listing, of_type, only

code = lang_coder("2024-05-14")


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "name", "country", "sector"),
    [
        ("Leaders of the Economic Community of West African States met in Abuja on Saturday. The bloc imposed sanctions on Guinea.",
         "en", "SANCTION", "ECOWAS", "IGO", "IGO"),
        ("Hezbollah fired rockets at northern Israel on Sunday. The group accused Israel of killing civilians in southern Lebanon.",
         "en", "ACCUSE", "Hezbollah", "LBN", "REB"),
        ("South Africa's African National Congress held a rally in Johannesburg on Friday. The party condemned the Israeli offensive in Gaza.",
         "en", "ACCUSE", "African National Congress", "ZAF", "PTY"),
        ("Le M23 a pris le contrôle de Goma dimanche. Le mouvement a accusé Kinshasa de violer le cessez-le-feu.",
         "fr", "ACCUSE", "M23", "COD", "REB"),
        ("La Cédéao a tenu un sommet à Abuja. L'organisation a sommé la junte nigérienne de libérer le président Bazoum.",
         "fr", "REQUEST", "ECOWAS", "IGO", "IGO"),
    ],
)
def test_a_kind_noun_stands_for_the_actor_of_that_kind_named_before(
        text: str, lang: str, event_type: str, name: str, country: str, sector: str) -> None:
    event = only(code(text, lang), event_type)
    assert (event.source.name, event.source.country, event.source.sector) == (name, country, sector), listing([event])


def test_l_alliance_is_the_military_alliance_named_before() -> None:
    events = code("L'Otan a tenu un sommet à Vilnius mardi. L'Alliance a condamné l'agression russe contre l'Ukraine.", "fr")
    condemned = [e for e in of_type(events, "ACCUSE") if e.target is not None and e.target.country == "RUS"]
    assert condemned and condemned[0].source.name == "NATO", listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        # a state is no group, a country no movement: no source rather than a wrong one
        ("Kenya hosted talks in Nairobi on Monday. The group accused Ethiopia of arming militias.", "en", "ACCUSE"),
        ("Le Sénégal a accueilli une réunion à Dakar lundi. Le mouvement a accusé la Guinée de bloquer la frontière.", "fr", "ACCUSE"),
    ],
)
def test_a_kind_noun_takes_no_actor_of_another_kind(text: str, lang: str, event_type: str) -> None:
    assert of_type(code(text, lang), event_type) == [], listing(code(text, lang))


def test_the_bloc_named_last_is_the_one_meant() -> None:
    events = code("ASEAN foreign ministers met in Jakarta on Monday. The European Union later held talks with China. "
                  "The bloc imposed new sanctions on Russia.", "en")
    sanction = only(events, "SANCTION")
    assert sanction.source.country == "EUR" and sanction.target.country == "RUS", listing(events)


def test_the_organisation_named_last_is_the_one_meant() -> None:
    events = code("Human Rights Watch criticised Uganda on Monday. Amnesty International said on Tuesday that detainees "
                  "had been tortured. The organisation urged Uganda to release the detainees.", "en")
    request = only(events, "REQUEST")
    assert request.source.name == "Amnesty International" and request.target.country == "UGA", listing(events)


def test_an_owner_s_kind_noun_acts_for_no_one() -> None:
    # "the bloc's summit" says whose summit it was, not who met whom
    events = code("Timor-Leste joined the Association of Southeast Asian Nations on Sunday at the bloc's summit in Kuala Lumpur.", "en")
    assert not [e for e in of_type(events, "CONSULT") if e.source.name == "ASEAN" and e.target is not None], listing(events)


def test_the_two_countries_are_the_pair_named_together() -> None:
    events = code("The Philippines and Vietnam signed a maritime accord in Hanoi. The two countries also agreed to hold joint patrols.", "en")
    assert {(e.source.country, e.target.country if e.target else None) for e in of_type(events, "AGREE")} == {("PHL", "VNM")}, listing(events)


def test_les_deux_dirigeants_are_the_two_leaders_who_met() -> None:
    events = code("Le président chilien Gabriel Boric a reçu son homologue argentin Javier Milei à Santiago. "
                  "Les deux dirigeants ont signé un accord sur l'énergie.", "fr")
    agreements = of_type(events, "AGREE")
    assert agreements and {agreements[0].source.country, agreements[0].target.country} == {"CHL", "ARG"}, listing(events)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_kind_noun_says_which_actors_it_may_stand_for(lang: str) -> None:
    kinds = [a for a in load_pack(lang).agents if a.antecedent]
    assert kinds and all(a.source for a in kinds)


def test_the_archipelago_is_the_archipelagic_state_named_before() -> None:
    events = code("Indonesia and Australia signed a security pact in Canberra. The archipelago also agreed to buy French warplanes.", "en")
    french = [e for e in of_type(events, "AGREE") if e.target is not None and e.target.country == "FRA"]
    assert french and french[0].source.country == "IDN", listing(events)

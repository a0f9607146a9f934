"""English lexicon breadth by CAMEO code family, wave 15: register variants wire
copy writes that the lexicon had not met.

Each family is checked on sentences written for this test (many regions, none
from the gold sets) with the real English pipeline: the type, CAMEO code and
both sides' countries users see. Beside each family sit the ordinary senses of
the same words, which must not be coded as that family.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 120 a proposal "shot down"


@pytest.mark.parametrize("text, pair", [
    ("Georgia shot down the EU's offer of mediation.", ("GEO", "EUR")),
    ("Peru shot down Ecuador's proposal for a joint border commission.", ("PER", "ECU")),
    ("Seoul shot down Tokyo's request for a new fisheries survey.", ("KOR", "JPN")),
])
def test_a_proposal_shot_down_is_a_refusal_not_an_attack(text, pair):
    events = code(text)
    assert not positive(events, "ASSAULT")
    event = only(events, "REJECT")
    assert sides(event) == pair and event.cameo == "120"


@pytest.mark.parametrize("text, pair", [
    ("Iranian forces shot down an American drone over the Gulf.", ("IRN", "USA")),
    ("Israel shot down a Syrian warplane near the Golan.", ("ISR", "SYR")),
])
def test_an_aircraft_shot_down_stays_an_attack(text, pair):
    events = code(text)
    assert not positive(events, "REJECT")
    assert sides(only(events, "ASSAULT")) == pair


# ------------------------------------------------------------ 195 aerial attacks in wire register


@pytest.mark.parametrize("text, pair", [
    ("Peruvian fighter jets strafed rebel camps in the Vraem valley on Monday.", ("PER", "PER")),
    ("Ethiopian drones strafed Eritrean positions near the border.", ("ETH", "ERI")),
    ("Russian helicopters strafed Ukrainian trenches near Kharkiv.", ("RUS", "UKR")),
])
def test_strafing_is_an_aerial_attack(text, pair):
    event = only(code(text), "ASSAULT")
    assert event.cameo == "195" and event.source.country == pair[0]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead two police officers in Karachi on Sunday.",
    "Unknown attackers shot a Honduran journalist in San Pedro Sula.",
])
def test_people_shot_stay_attacks(text):
    assert positive(code(text), "ASSAULT") and not positive(code(text), "REJECT")


# ------------------------------------------------------------ 100 appeals in a higher register


@pytest.mark.parametrize("text, pair", [
    ("Mexico beseeched Washington to reconsider the tariffs.", ("MEX", "USA")),
    ("Fiji entreated Australia to cut its emissions faster.", ("FJI", "AUS")),
])
def test_beseech_and_entreat_are_appeals(text, pair):
    event = only(code(text), "REQUEST")
    assert sides(event) == pair


# ------------------------------------------------------------ 070 "lent a hand"


@pytest.mark.parametrize("text, pair", [
    ("Norway lent a hand to Somalia with food deliveries.", ("NOR", "SOM")),
    ("Algeria lent a helping hand to Tunisia after the forest fires.", ("DZA", "TUN")),
])
def test_lending_a_hand_is_aid(text, pair):
    event = only(code(text), "AID")
    assert sides(event) == pair and event.cameo == "070"


@pytest.mark.parametrize("text", [
    "Singapore lent its name to the regional climate initiative.",
    "The singer lent her voice to the campaign in Lagos.",
])
def test_lending_a_name_or_a_voice_is_no_aid(text):
    assert not positive(code(text), "AID")


# ------------------------------------------------------------ "refused to rule out": no refusal happened


@pytest.mark.parametrize("text", [
    "Uzbekistan refused to rule out closing its border with Afghanistan.",
    "Venezuela declined to rule out an invasion of Guyana's Essequibo region.",
    "Turkey did not rule out military action against Kurdish militants in Syria.",
])
def test_refusing_to_rule_out_is_no_positive_rejection(text):
    assert not positive(code(text), "REJECT")


@pytest.mark.parametrize("text, pair", [
    ("Serbia refused to recognise Kosovo's new passports.", ("SRB", "XKX")),
    ("South Africa declined Zimbabwe's request for an emergency loan.", ("ZAF", "ZWE")),
])
def test_refusals_of_a_counterpart_stay_rejections(text, pair):
    assert sides(only(positive(code(text), "REJECT"), "REJECT")) == pair


# ------------------------------------------------------------ 111 criticism in wire register


@pytest.mark.parametrize("text, pair", [
    ("Armenia savaged Moscow over the blockade.", ("ARM", "RUS")),
    ("Iran fired a broadside at Saudi Arabia over the oil policy.", ("IRN", "SAU")),
    ("Ireland remonstrated with Britain over the Legacy Act.", ("IRL", "GBR")),
    ("Bolivia's opposition crucified the government over the fuel shortage.", ("BOL", "BOL")),
])
def test_savage_broadside_and_remonstrate_are_criticism(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.cameo == "111"


@pytest.mark.parametrize("text", [
    "A pit bull savaged a child in a park in Leeds.",
    "The Chilean destroyer fired a broadside during the naval review in Valparaiso.",
])
def test_an_animal_or_a_warship_is_no_critic(text):
    assert not positive(code(text), "ACCUSE")

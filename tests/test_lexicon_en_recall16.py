"""English lexicon recall, wave 16: verbs and phrasings of political news that
coded nothing, found by reading the English misses that had no system event of
their type (lemma absent, required word absent, parse) and by the audit of the
PETRARCH2 conversion.

Each family is checked on sentences written for this test (many regions, none
from the gold sets) with the real English pipeline: the type, CAMEO code, sides,
polarity and modality a user sees. Beside each family sit counter-sentences,
the ordinary senses of the same words, which must not be coded as that family.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, of_type, only, positive

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 10 "call on X to", 'on' read as a particle


@pytest.mark.parametrize("text, source", [
    ("The Kenyan foreign minister called on developed countries to deliver the climate finance.", "KEN"),
    ("Fiji's prime minister called on wealthy nations to honour their pledges.", "FJI"),
])
def test_call_on_with_on_as_particle_is_an_appeal(text, source):
    event = only(code(text), "REQUEST")
    assert event.source.country == source and event.polarity == "positive"


def test_call_on_a_leader_without_a_clause_stays_a_courtesy_visit():
    events = code("The Chinese envoy called on President Ruto at State House in Nairobi.")
    assert not of_type(events, "REQUEST")


# ------------------------------------------------------------ 150 drills "large-scale", "live-fire"


@pytest.mark.parametrize("text, source", [
    ("Russia's navy began large-scale exercises in the Sea of Japan on Wednesday.", "RUS"),
    ("Iran's army held large-scale drills near the Strait of Hormuz.", "IRN"),
    ("A Chinese naval task group conducted live-fire exercises in the Tasman Sea.", "CHN"),
])
def test_hyphenated_military_drills_show_force(text, source):
    event = only(code(text), "MOBILIZE")
    assert event.cameo == "150" and event.source.country == source


@pytest.mark.parametrize("text", [
    "Chile held a large-scale earthquake evacuation exercise on Monday.",
    "Japan staged a large-scale disaster rescue drill in Osaka.",
])
def test_civil_emergency_exercises_show_no_force(text):
    assert not of_type(code(text), "MOBILIZE")


def test_joint_drills_stay_cooperation():
    events = code("The Philippines and Japan conducted joint naval drills in the South China Sea.")
    assert not of_type(events, "MOBILIZE") and sides(only(events, "COOPERATE")) in {("PHL", "JPN"), ("JPN", "PHL")}


def test_aircraft_deployed_around_an_island_are_no_military_aid():
    events = code("China's military launched large-scale drills around Taiwan, deploying 71 aircraft and 24 naval vessels.")
    assert not of_type(events, "AID")
    assert only(events, "MOBILIZE").source.country == "CHN"


# ------------------------------------------------------------ 057 "signed memoranda"


@pytest.mark.parametrize("text, pair", [
    ("Iran and Pakistan signed 12 memoranda of understanding in Islamabad.", {"IRN", "PAK"}),
    ("Vietnam and Laos signed several memoranda on energy and transport.", {"VNM", "LAO"}),
])
def test_memoranda_signed_are_agreements(text, pair):
    event = only(code(text), "AGREE")
    assert set(sides(event)) == pair and event.polarity == "positive"


def test_memoranda_not_signed_are_a_negative_agreement():
    events = code("Ghana and Togo did not sign the memoranda on border trade.")
    assert not positive(events, "AGREE")


# ------------------------------------------------------------ 110 concerns "conveyed to", 111 "object to"


@pytest.mark.parametrize("text, pair", [
    ("Tokyo conveyed its concerns to Beijing through diplomatic channels.", ("JPN", "CHN")),
    ("Canberra conveyed serious concerns to Jakarta over the executions.", ("AUS", "IDN")),
])
def test_concerns_conveyed_to_a_government_are_disapproval(text, pair):
    assert sides(only(code(text), "ACCUSE")) == pair


def test_concern_for_people_conveyed_is_no_disapproval():
    assert not of_type(code("Manila conveyed its concern for the welfare of the sailors to the shipowner."), "ACCUSE")


def test_objecting_to_a_partys_act_is_disapproval():
    events = code("China objected to the Philippine military exercises near Scarborough Shoal.")
    assert sides(only(events, "ACCUSE")) == ("CHN", "PHL")


@pytest.mark.parametrize("text", [
    "The minister objected that the law was too strict.",
    "The museum returned the object to Nigeria.",
])
def test_object_without_to_or_as_a_noun_is_no_disapproval(text):
    assert not of_type(code(text), "ACCUSE")


# ------------------------------------------------------------ 112 "traded accusations"


@pytest.mark.parametrize("text, pair", [
    ("Thailand and Cambodia traded accusations over the border clash.", {"THA", "KHM"}),
    ("Armenia and Azerbaijan exchanged accusations of shelling on Sunday.", {"ARM", "AZE"}),
])
def test_traded_accusations_are_an_accusation_each_way(text, pair):
    events = positive(code(text), "ACCUSE")
    assert {sides(e) for e in events} == {tuple(sorted(pair)), tuple(sorted(pair, reverse=True))}


def test_traded_goods_are_no_accusation():
    assert not of_type(code("Kenya and Uganda traded goods worth two billion dollars last year."), "ACCUSE")


# ------------------------------------------------------------ 063 cartel members "transferred"


@pytest.mark.parametrize("text, pair", [
    ("Mexico on Tuesday transferred 26 alleged members of drug cartels to the United States.", ("MEX", "USA")),
    ("Ecuador transferred a suspected drug trafficker to Colombia.", ("ECU", "COL")),
])
def test_cartel_members_transferred_to_a_state_are_judicial_cooperation(text, pair):
    event = only(code(text), "COOPERATE")
    assert sides(event) == pair and event.cameo == "063"


def test_funds_transferred_are_no_judicial_cooperation():
    assert not of_type(code("Qatar transferred 50 million dollars to Lebanon's central bank."), "COOPERATE")


# ------------------------------------------------------------ 16 "measures against X"


@pytest.mark.parametrize("text, pair", [
    ("Spain announced on Monday a package of nine measures against Israel.", ("ESP", "ISR")),
    ("China adopted retaliatory measures against Canada.", ("CHN", "CAN")),
])
def test_measures_against_a_state_are_sanctions(text, pair):
    assert sides(only(code(text), "SANCTION")) == pair


@pytest.mark.parametrize("text", [
    "The government announced new measures against terrorism.",
    "Morocco adopted measures against the virus.",
])
def test_measures_against_a_scourge_are_no_sanction(text):
    assert not of_type(code(text), "SANCTION")


def test_threatened_measures_are_no_sanction_imposed():
    events = code("Beijing threatened retaliatory measures against Ottawa.")
    assert not positive(events, "SANCTION") or all(e.modality != "actual" for e in positive(events, "SANCTION"))


# ------------------------------------------------------------ 190/194 "downed", "pounded targets"


@pytest.mark.parametrize("text, pair", [
    ("Ukraine downed 20 Russian drones overnight.", ("UKR", "RUS")),
    ("Pakistan said it downed two Indian jets over Kashmir.", ("PAK", "IND")),
])
def test_aircraft_downed_are_an_attack_on_their_owner(text, pair):
    assert sides(only(code(text), "ASSAULT")) == pair


def test_prices_downed_are_no_attack():
    assert not of_type(code("Falling oil prices downed the Nigerian stock market."), "ASSAULT")


def test_targets_pounded_are_a_heavy_weapons_attack():
    event = only(code("Israeli jets pounded targets in southern Lebanon."), "ASSAULT")
    assert event.cameo == "194" and sides(event) == ("ISR", "LBN")


# ------------------------------------------------------------ 10 "sought consular access"


def test_consular_access_sought_is_a_request():
    event = only(code("Mexico sought consular access to the migrants detained by Texas police."), "REQUEST")
    assert event.source.country == "MEX"


# ------------------------------------------------------------ 125 a summit "skipped", "shunned"


@pytest.mark.parametrize("text, source", [
    ("The Malian president skipped the ECOWAS summit in Abuja.", "MLI"),
    ("Eritrea shunned the peace talks hosted by Kenya.", "ERI"),
])
def test_a_meeting_skipped_or_shunned_is_a_refusal_not_a_meeting(text, source):
    events = code(text)
    assert not positive(events, "CONSULT")
    event = only(events, "REJECT")
    assert event.cameo == "125" and event.source.country == source


def test_a_summit_to_be_skipped_is_an_intended_refusal():
    events = code("The Indian prime minister will skip the G20 summit in Johannesburg.")
    assert not positive(events, "CONSULT")
    assert only(events, "REJECT").modality == "intended"


def test_a_summit_attended_stays_a_meeting():
    events = code("The Malian president attended the ECOWAS summit in Abuja.")
    assert not of_type(events, "REJECT")


# ------------------------------------------------------------ 175 protesters "gassed"


@pytest.mark.parametrize("text, source", [
    ("Zimbabwean police gassed the protesters outside parliament.", "ZWE"),
    ("Guinean security forces gassed students in Conakry.", "GIN"),
])
def test_protesters_gassed_are_violent_repression(text, source):
    event = only(code(text), "ASSAULT")
    assert event.source.country == source and event.cameo == "175"


def test_a_truck_gassed_up_is_no_repression():
    assert not of_type(code("The Kenyan army gassed up its trucks before the patrol."), "ASSAULT")


# ------------------------------------------------------------ 154 weapons deployed, stationed


@pytest.mark.parametrize("text, source", [
    ("Russia deployed nuclear weapons to Belarus.", "RUS"),
    ("North Korea positioned ballistic missile launchers near the border.", "PRK"),
])
def test_weapons_a_state_deploys_are_a_show_of_force_not_military_aid(text, source):
    events = code(text)
    assert not of_type(events, "AID")
    event = only(events, "MOBILIZE")
    assert event.source.country == source and event.mode == "weapons"


def test_weapons_sent_to_another_army_stay_military_aid():
    assert sides(only(code("Germany sent anti-tank weapons to Ukraine."), "AID")) == ("DEU", "UKR")


def test_weapons_to_be_stationed_are_intended():
    assert only(code("The United States will station long-range missiles in Germany from 2026."), "MOBILIZE").modality == "intended"


# ------------------------------------------------------------ 040 "huddled with", "held a bilateral"


def test_huddled_with_a_leader_is_a_meeting():
    event = only(code("Ramaphosa huddled with Zelensky in Pretoria on Thursday."), "CONSULT")
    assert set(sides(event)) == {"ZAF", "UKR"}


def test_a_bilateral_held_is_a_meeting():
    events = code("Modi and Xi held a bilateral on the sidelines of the BRICS summit.")
    assert any(set(sides(e)) == {"IND", "CHN"} for e in positive(events, "CONSULT"))


@pytest.mark.parametrize("text", [
    "Residents of Odesa huddled in shelters overnight.",
    "Vietnam and Thailand set a target for bilateral trade.",
])
def test_huddling_and_bilateral_trade_are_no_meeting(text):
    assert not of_type(code(text), "CONSULT")

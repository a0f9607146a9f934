"""English verbs and set phrases of the cooperative half of the CAMEO codebook (roots 03-08).

Each class is checked on a sentence written for this test (many regions, none
from the gold sets) with the real English pipeline: the type, CAMEO code and
both sides' countries users see. The last cases hold the ordinary senses of
the same words ("cast doubt on", "gave way", "welcomed the decision",
"marched in support of", a vow of retaliation) to what they are.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 02 APPEAL (REQUEST)


def test_help_sought_from_a_country_named_by_its_adjective():
    event = only(code("Somalia sought Turkish help to rebuild its navy."), "REQUEST")
    assert sides(event) == ("SOM", "TUR") and event.cameo == "103"


def test_an_appeal_for_aid_may_name_no_addressee():
    event = only(code("Lebanon appealed for international aid after the explosion."), "REQUEST")
    assert sides(event) == ("LBN", None)


# ------------------------------------------------------------ 03 AGREE (intents)


def test_a_vow_to_act_together_is_an_intent_between_both_parties():
    event = only(code("Kyrgyzstan and Tajikistan vowed on Friday to reopen all border crossings."), "AGREE")
    assert set(sides(event)) == {"KGZ", "TJK"}


@pytest.mark.parametrize("text", ["Hezbollah vowed to retaliate against Israel for the strike.", "Iran pledged to retaliate against Israel."])
def test_a_vow_of_retaliation_is_a_threat_not_an_intent_to_cooperate(text):
    events = code(text)
    assert only(events, "THREATEN").target.country == "ISR"
    assert not [e for e in events if e.event_type == "AGREE"]


def test_prepared_to_cooperate_is_an_intention_not_cooperation_under_way():
    events = code("Tunisia said it was prepared to share intelligence with Italy.")
    event = only(events, "AGREE")
    assert sides(event) == ("TUN", "ITA") and event.modality == "intended"
    assert not [e for e in events if e.event_type == "COOPERATE"]


def test_being_open_to_mediation_is_an_intent_to_accept_it():
    events = code("Niger's military government said it was open to Algerian mediation.")
    event = only(events, "AGREE")
    assert set(sides(event)) == {"NER", "DZA"} and event.cameo == "038"
    assert not [e for e in events if e.event_type == "CONSULT"]


# ------------------------------------------------------------ 04 CONSULT


def test_a_red_carpet_rolled_out_hosts_the_guest():
    event = only(code("Kazakhstan rolled out the red carpet for Indian Prime Minister Narendra Modi in Astana on Tuesday."), "CONSULT")
    assert sides(event) == ("IND", "KAZ") and event.cameo == "043"


# ------------------------------------------------------------ 05 SUPPORT


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt threw its weight behind Sudan's army.", ("EGY", "SDN")),
    ("Hungary stood by Serbia at the Council of Europe on Thursday.", ("HUN", "SRB")),
])
def test_support_thrown_behind_or_standing_by_a_party(text, expected):
    assert sides(only(code(text), "SUPPORT")) == expected


def test_an_apology_made_abroad_is_addressed_to_the_host():
    event = only(code("Japan's prime minister apologised in Seoul for wartime forced labour."), "SUPPORT")
    assert sides(event) == ("JPN", "KOR") and event.cameo == "055"


# ------------------------------------------------------------ 07 AID


def test_coming_to_a_country_s_aid():
    event = only(code("Turkey came to Somalia's aid on Friday."), "AID")
    assert sides(event) == ("TUR", "SOM")


def test_money_deposited_in_a_central_bank_is_economic_aid():
    event = only(code("The United Arab Emirates deposited $1 billion in Egypt's central bank."), "AID")
    assert sides(event) == ("ARE", "EGY") and event.cameo == "071"


def test_emergency_support_is_aid_not_verbal_support():
    events = code("Germany provided emergency support to families displaced by the floods in Libya.")
    assert sides(only(events, "AID")) == ("DEU", "LBY")
    assert not [e for e in events if e.event_type == "SUPPORT"]


def test_soldiers_arriving_in_a_country_come_on_a_mission_not_a_visit():
    events = code("A contingent of Burundian soldiers arrived in Mogadishu on Wednesday.")
    assert sides(only(events, "AID")) == ("BDI", "SOM")
    assert not [e for e in events if e.event_type == "CONSULT"]


# ------------------------------------------------------------ 08 CONCEDE / RETREAT


def test_captives_released_named_by_how_they_were_held():
    event = only(code("Venezuela released six imprisoned Colombians on Monday."), "RETREAT")
    assert sides(event) == ("VEN", "COL") and event.mode == "release"


def test_a_blockade_eased_is_a_military_retreat():
    event = only(code("Israel eased its blockade of Gaza on Sunday."), "RETREAT")
    assert sides(event) == ("ISR", "PSE") and event.cameo == "0872"


def test_sanctions_suspended_are_eased():
    event = only(code("Canada suspended sanctions on Syria's central bank."), "RETREAT")
    assert sides(event) == ("CAN", "SYR") and event.cameo == "085"


def test_backing_down_in_a_dispute_yields_to_the_other_party():
    event = only(code("Poland backed down in its dispute with Ukraine over grain imports."), "CONCEDE")
    assert sides(event) == ("POL", "UKR") and event.cameo == "080"


def test_access_allowed_to_the_party_let_in():
    event = only(code("Myanmar allowed the World Food Programme to enter Rakhine state."), "RETREAT")
    assert event.source.country == "MMR" and event.target.name == "World Food Programme" and event.mode == "access"


def test_forces_welcomed_are_let_in_not_praised():
    events = code("Somalia welcomed the first troops of a new African Union force on Monday.")
    assert only(events, "RETREAT").cameo == "0861"
    assert not [e for e in events if e.event_type == "SUPPORT"]


def test_property_handed_back_to_its_owner():
    event = only(code("Sweden handed back a looted manuscript to Nigeria."), "RETREAT")
    assert sides(event) == ("SWE", "NGA")


# ------------------------------------------------------------ 09 INVESTIGATE


def test_an_inquiry_into_a_disaster_that_names_no_one_is_of_the_own_country():
    # plover.yaml ACCUSE domestic_recipient (modes: investigate): a state body's inquiry
    # with no one and no foreign place named looks into its own country's affairs
    event = only(code("Ghana's parliament opened an inquiry into the collapse of a mine in the Western Region."), "ACCUSE")
    assert (event.source.country, event.target.country if event.target else None, event.mode) == ("GHA", "GHA", "investigate")


def test_prosecutors_investigating_a_minister():
    event = only(code("Kenyan prosecutors are investigating the former interior minister."), "ACCUSE")
    assert sides(event) == ("KEN", "KEN") and event.mode == "investigate"


# ------------------------------------------------------------ ordinary senses


@pytest.mark.parametrize("text", [
    "The minister cast doubt on the official figures.",
    "The bridge gave way under the weight of the trucks.",
    "The players returned to the pitch after the break.",
])
def test_ordinary_senses_code_nothing(text):
    assert code(text) == []


def test_welcoming_a_decision_is_no_meeting():
    events = code("The European Commission welcomed the decision of Montenegro to join the sanctions.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_marching_in_support_of_a_country_is_a_protest_not_support():
    events = code("Thousands of people marched in support of Ukraine in Warsaw.")
    assert [e.event_type for e in events] == ["PROTEST"]


def test_suspending_the_operations_of_an_aid_group_is_no_concession():
    events = code("Niger suspended the operations of the Norwegian Refugee Council on Saturday.")
    assert not [e for e in events if e.event_type == "CONCEDE"]

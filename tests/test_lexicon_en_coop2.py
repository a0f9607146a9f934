"""English cooperation classes, second batch (CAMEO roots 03-09): intents to yield,
readiness, concessions to one's own opposition, easing and handing over power.

Each class is checked on sentences written for this test (many regions, none from
the gold sets) with the real English pipeline: the type, CAMEO code, modality and
both sides' countries users see. Ordinary senses of the same words ("restored
power to homes", "he released an album", "she signed autographs", a ban, a call
for a strike) and negated or announced acts are held to what they are.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, types

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 035x: a concession or retreat committed to


@pytest.mark.parametrize("text, cameo, target", [
    ("Belarus has agreed to free three detained Lithuanian citizens, officials in Vilnius said.", "0353", "LTU"),
    ("Washington offered to ease sanctions on Cuba's tourism sector.", "0354", "CUB"),
    ("The Ethiopian government promised on Tuesday to lift restrictions on foreign aid agencies in Amhara.", "0351", "ETH"),
])
def test_a_concession_agreed_promised_or_offered_is_an_intent_to_yield(text, cameo, target):
    events = code(text)
    event = only(events, "AGREE")
    assert event.cameo == cameo and event.target.country == target and event.modality == "intended"
    assert "CONCEDE" not in types(events) and "RETREAT" not in types(events)


def test_concessions_one_is_willing_to_make_are_an_intent_to_yield_to_the_other_party():
    event = only(code("Pakistan said on Friday it was willing to make concessions to India on the sharing of river water."), "AGREE")
    assert sides(event) == ("PAK", "IND") and event.cameo == "035"


def test_a_promised_resignation_is_an_intent_to_change_leadership():
    event = only(code("Peru's prime minister promised on Monday to step down after the protests."), "AGREE")
    assert event.cameo == "0341" and sides(event) == ("PER", "PER")


def test_an_announced_withdrawal_stays_a_concession_as_plover_codes_it():
    events = code("Russia announced on Wednesday that it would withdraw its troops from the city of Kherson.")
    event = only(events, "CONCEDE")
    assert event.modality == "intended" and event.source.country == "RUS"
    assert "AGREE" not in types(events)


# ------------------------------------------------------------ readiness over an infinitive


@pytest.mark.parametrize("text, pair", [
    ("Vietnam said it was ready to work closely with the Philippines on maritime security.", {"VNM", "PHL"}),
    ("Uzbekistan said on Monday it was ready to release the detained Tajik border guards.", {"UZB", "TJK"}),
])
def test_ready_to_act_is_an_intention(text, pair):
    event = only(code(text), "AGREE")
    assert {event.source.country, event.target.country} == pair and event.modality == "intended"


def test_readiness_to_compromise_is_an_intent_to_yield():
    event = only(code("Armenia said it was ready to compromise with Azerbaijan over the border villages."), "AGREE")
    assert sides(event) == ("ARM", "AZE") and event.cameo == "035"


def test_ready_for_talks_is_still_not_a_plan():
    assert "AGREE" not in types(code("Seoul said it was ready for sincere talks with Pyongyang."))


# ------------------------------------------------------------ 08 CONCEDE: freedoms granted to one's own


def test_an_opposition_party_allowed_to_register_is_a_ban_eased():
    event = only(code("Zambia's electoral commission allowed the banned opposition party to register again on Tuesday."), "CONCEDE")
    assert event.cameo == "0812" and event.source.country == "ZMB"


def test_rallies_allowed_are_restrictions_eased_not_access_for_outsiders():
    events = code("Tanzania's government allowed opposition rallies to resume on Thursday.")
    assert only(events, "CONCEDE").cameo == "0811"
    assert "RETREAT" not in types(events)


def test_lawyers_let_in_to_see_detainees_is_a_right_granted():
    events = code("Egypt's authorities let lawyers visit the detained activists on Sunday.")
    assert only(events, "CONCEDE").cameo == "0833"
    assert "RETREAT" not in types(events)


def test_inspectors_let_in_are_still_international_involvement():
    event = only(code("Syria allowed inspectors of the OPCW into the Douma site on Tuesday."), "RETREAT")
    assert event.source.country == "SYR"


def test_an_overhaul_paused_after_protests_is_a_policy_concession():
    event = only(code("Georgia's government paused its overhaul of the electoral code on Monday after weeks of protests."), "CONCEDE")
    assert event.cameo == "0834" and sides(event) == ("GEO", "GEO")


def test_a_law_repealed_is_a_policy_concession():
    event = only(code("Uganda's parliament repealed the anti-homosexuality act on Thursday."), "CONCEDE")
    assert event.source.country == "UGA"


def test_protests_called_off_ease_dissent():
    event = only(code("Kenya's opposition coalition called off its weekly anti-government protests on Sunday."), "CONCEDE")
    assert event.cameo == "082" and event.source.country == "KEN"


def test_a_call_for_protests_is_no_easing():
    assert "CONCEDE" not in types(code("Kenya's opposition coalition called for fresh anti-government protests on Sunday."))


def test_power_handed_to_civilians_is_a_change_of_leadership():
    event = only(code("Sudan's military council handed power to civilians on Saturday."), "CONCEDE")
    assert event.cameo == "0831" and event.source.country == "SDN"


def test_power_restored_to_homes_is_no_concession():
    assert "CONCEDE" not in types(code("Ghana's power company restored power to 10,000 homes in Accra on Sunday."))


def test_the_right_to_assembly_restored_is_a_right_granted():
    event = only(code("Bolivia's new government restored the right to peaceful assembly on Monday."), "CONCEDE")
    assert event.cameo == "0833"


def test_a_resignation_named_by_its_noun_is_coded_as_the_verb_is():
    event = only(code("The resignation of Mongolian Prime Minister Oyun-Erdene Luvsannamsrai took effect on Friday."), "CONCEDE")
    assert event.cameo == "0831"


# ------------------------------------------------------------ 087 RETREAT ceasefire, 03 settle


def test_a_declared_ceasefire_is_coded_as_cameo_0871():
    events = code("Myanmar's army declared a three-week ceasefire on Saturday after the earthquake.")
    event = only(events, "RETREAT")
    assert event.cameo == "0871" and event.source.country == "MMR"
    assert "CONCEDE" not in types(events)


def test_a_dispute_settled_is_an_agreement_between_both_sides():
    event = only(code("Benin and Niger agreed on Tuesday to settle their border dispute through negotiation."), "AGREE")
    assert {event.source.country, event.target.country} == {"BEN", "NER"}


# ------------------------------------------------------------ 07 AID: the recipient after 'to'


def test_weapons_delivered_go_to_the_army_named_after_to():
    event = only(code("Turkey delivered six armed drones to Somalia's army on Friday."), "AID")
    assert sides(event) == ("TUR", "SOM") and event.cameo == "072"


def test_relief_flown_goes_to_the_country_named():
    event = only(code("The United Arab Emirates delivered 300 tonnes of food aid to Chad on Monday."), "AID")
    assert sides(event) == ("ARE", "TCD") and event.cameo == "073"


def test_aid_pledged_is_one_intent_not_two():
    events = [e for e in code("South Korea pledged $20 million in humanitarian aid for Sudan on Monday.") if e.event_type == "AGREE"]
    assert len(events) == 1 and sides(events[0]) == ("KOR", "SDN") and events[0].cameo == "033"


def test_money_pledged_to_a_bank_is_still_an_intent_to_aid():
    event = only(code("The United Arab Emirates pledged $1 billion to Egypt's central bank on Sunday."), "AGREE")
    assert sides(event) == ("ARE", "EGY") and event.cameo == "033"


# ------------------------------------------------------------ 08 RETREAT: captives handed over, troops disengaged


def test_prisoners_handed_over_are_released():
    event = only(code("Azerbaijan handed over 32 Armenian prisoners of war on Wednesday."), "RETREAT")
    assert (event.mode, event.cameo) == ("release", "0841") and sides(event) == ("AZE", "ARM")


def test_a_leader_freed_from_house_arrest_is_released():
    event = only(code("Guinea's junta released the opposition leader Cellou Dalein Diallo from house arrest on Monday."), "RETREAT")
    assert (event.mode, event.cameo) == ("release", "0841") and event.source.country == "GIN"


def test_an_ultimatum_to_release_a_leader_is_no_release():
    events = code("The African Union gave Guinea's junta a week to release the opposition leader or face new sanctions.")
    assert not types(events) & {"RETREAT", "CONCEDE"}


def test_asylum_granted_is_aid_to_the_one_it_is_granted_to():
    event = only(code("Brazil granted political asylum to a Venezuelan opposition leader on Tuesday."), "AID")
    assert sides(event) == ("BRA", "VEN") and event.cameo == "075"


def test_asylum_sought_is_no_aid():
    assert "AID" not in types(code("The Ukrainian journalist sought asylum in Poland on Tuesday."))


def test_a_loan_tranche_released_is_economic_aid_not_a_release():
    events = code("The IMF released a $1 billion tranche to Pakistan on Friday.")
    event = only(events, "AID")
    assert event.cameo == "071" and event.target.country == "PAK"
    assert "RETREAT" not in types(events)


def test_suspects_handed_to_the_police_are_not_released_captives():
    assert "RETREAT" not in types(code("Villagers in Malawi handed over two suspects to the police on Monday."))


def test_troops_disengaging_de_escalate():
    events = [e for e in code("Chinese and Indian troops disengaged from the Depsang plains in Ladakh on Friday.") if e.event_type == "RETREAT"]
    assert {e.source.country for e in events} == {"CHN", "IND"} and {e.cameo for e in events} == {"087"}


# ------------------------------------------------------------ 03 joint statements


def test_a_joint_statement_issued_is_an_agreement():
    event = only(code("Brazil and Argentina issued a joint statement on the Mercosur trade talks on Friday."), "AGREE")
    assert {event.source.country, event.target.country} == {"BRA", "ARG"}


def test_a_statement_of_ones_own_is_no_agreement():
    assert "AGREE" not in types(code("Ghana's foreign ministry issued a statement on the border incident with Togo."))


# ------------------------------------------------------------ 05-07: ties restored, suspects extradited, credit extended


def test_ties_restored_are_diplomatic_cooperation_between_both():
    event = only(code("Morocco and Iran restored full diplomatic ties on Monday."), "SUPPORT")
    assert {event.source.country, event.target.country} == {"MAR", "IRN"} and event.cameo == "050"


def test_calm_restored_is_no_diplomacy():
    assert "SUPPORT" not in types(code("Mozambique's army restored calm in Maputo after the riots."))


def test_an_extradition_is_cooperation_with_the_receiving_state():
    event = only(code("Colombia extradited a Venezuelan gang leader to the United States on Thursday."), "COOPERATE")
    assert sides(event) == ("COL", "USA") and event.cameo == "063"


def test_a_credit_line_extended_is_economic_aid():
    event = only(code("India extended a $500 million credit line to Mozambique on Tuesday."), "AID")
    assert sides(event) == ("IND", "MOZ") and event.cameo == "071"


# ------------------------------------------------------------ 09 investigate


def test_looking_into_is_an_investigation_by_its_subject():
    event = only(code("Colombian prosecutors are looking into the campaign finances of the president's son."), "ACCUSE")
    assert event.mode == "investigate" and event.source.country == "COL"


# ------------------------------------------------------------ ordinary senses code nothing of these types


@pytest.mark.parametrize("text", [
    "She signed autographs for fans outside the stadium in Lagos.",
    "The singer released an album in Nairobi on Friday.",
    "The Kenyan runner pulled out of the Boston marathon with an injury.",
    "The pianist returned to the stage in Vienna after a long illness.",
    "The company settled the lawsuit with its former employees in Ohio.",
    "Argentina's government did not lift the restrictions on currency purchases.",
])
def test_ordinary_senses_and_negations_code_no_cooperation(text):
    stated = [e for e in code(text) if e.polarity == "positive"]
    assert not types(stated) & {"AGREE", "CONCEDE", "RETREAT", "AID"}

"""English triggers of the conflict half of the CAMEO codebook (roots 10-20), second pass.

Classes added to ``triggers/verbs-codebook.yaml`` and ``triggers/nominal-10-20.yaml``
(with the frames ``occupy``, ``threaten`` and ``expel_order`` of ``pack.yaml``,
and the repair of reduced relatives in ``extract/relatives.py``) for the forms
Reuters, AP, AFP, BBC and Al Jazeera write: indictments (ACCUSE 1121, not an
arrest), tariffs and duties slapped on a country, visa and travel
restrictions, parties put on a blacklist or an entity list, treaties suspended
or revoked, high commissioners recalled, territory seized (COERCE 192),
rockets fired and incursions into a country, sit-ins, peacekeepers ordered out (SANCTION
1661), forces only described by a participle ("troops deployed in Somalia
came under attack": no deployment), and threats whose party is named after the
threatened act ("mediation between X and Y", "bombings in Nairobi"). Every
sentence is written for this test (none from the dev gold or the codebook
set) and coded by the real English pipeline; each widened entry has
sentences in an ordinary sense, negated or only planned, that must code no
such event.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only, types


code = coder("en", "2024-05-10")


# ---------------------------------------------------------------- 11 ACCUSE


@pytest.mark.parametrize("text, pair", [
    ("The US Justice Department indicted four Russian intelligence officers for hacking.", ("USA", "RUS")),
    ("Prosecutors in Lima indicted the former president of Peru on corruption charges on Tuesday.", ("PER", "PER")),
])
def test_an_indictment_is_an_accusation_of_crime_not_an_arrest(text, pair):
    events = code(text)
    event = only(events, "ACCUSE")
    assert event.mode == "allege" and event.cameo == "1121" and dyad(event) == pair
    assert "COERCE" not in types(events)


def test_coming_under_fire_from_a_government_is_criticism():
    event = only(code("Hungary came under fire from the European Commission over its asylum law."), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == ("EUR", "HUN")


def test_coming_under_fire_from_militants_is_an_attack():
    events = code("A Kenyan army convoy came under fire from al-Shabaab militants near Mandera.")
    assert "ACCUSE" not in types(events) and only(events, "ASSAULT").target.country == "KEN"


def test_a_law_coming_into_force_is_no_event():
    assert code("The new media law came into force in Uganda on Monday.") == []


def test_a_refused_indictment_is_no_accusation():
    assert "ACCUSE" not in types(code("The grand jury in Atlanta declined to indict the Georgian businessman."))


# ---------------------------------------------------------------- 13 THREATEN


@pytest.mark.parametrize("text, pair", [
    ("Israel threatened on Sunday to expand its ground offensive into Lebanon.", ("ISR", "LBN")),
    ("Uganda threatened to pull out of the talks between Kinshasa and the M23.", ("UGA", "COD")),
])
def test_a_threat_is_aimed_at_the_party_named_in_the_act_threatened(text, pair):
    event = only(code(text), "THREATEN")
    assert dyad(event) == pair


@pytest.mark.parametrize("text", [
    "The World Food Programme warned of famine in Sudan on Tuesday.",
    "Doctors in Port-au-Prince warned of a cholera outbreak in Haiti.",
    "The IMF warned of a recession in Argentina next year.",
])
def test_a_warning_of_a_danger_is_no_threat(text):
    assert "THREATEN" not in types(code(text))


def test_a_warning_of_consequences_to_a_party_stays_a_threat():
    event = only(code("Russia warned Finland of consequences if it joined NATO."), "THREATEN")
    assert dyad(event) == ("RUS", "FIN")


# ---------------------------------------------------------------- 16 SANCTION


@pytest.mark.parametrize("text, pair", [
    ("Washington slapped tariffs on Chinese electric vehicles on Tuesday.", ("USA", "CHN")),
    ("The European Union imposed duties on Russian fertiliser imports.", ("EUR", "RUS")),
])
def test_tariffs_imposed_on_a_country_are_a_sanction(text, pair):
    event = only(code(text), "SANCTION")
    assert event.mode == "discontinue" and event.cameo == "160" and dyad(event) == pair


@pytest.mark.parametrize("text", [
    "Shoppers in Nairobi paid duties on imported goods.",
    "Canada lifted tariffs on Mexican steel on Friday.",
    "Brazil urged Washington to scrap the tariffs on its ethanol.",
])
def test_tariffs_paid_lifted_or_asked_to_go_are_no_sanction(text):
    events = [e for e in code(text) if e.event_type == "SANCTION" and e.polarity == "positive"]
    assert events == []


@pytest.mark.parametrize("text, pair", [
    ("The United States placed visa restrictions on Ugandan officials over the anti-gay law.", ("USA", "UGA")),
    ("Britain imposed travel bans on members of Niger's junta.", ("GBR", "NER")),
])
def test_visa_and_travel_restrictions_on_a_party_are_a_sanction(text, pair):
    event = only(code(text), "SANCTION")
    assert dyad(event) == pair


def test_a_tourist_board_easing_visa_rules_is_no_sanction():
    assert "SANCTION" not in types(code("Thailand eased visa restrictions for Indian tourists."))


@pytest.mark.parametrize("text, pair", [
    ("Washington added Chinese chipmakers to its entity list on Monday.", ("USA", "CHN")),
    ("Britain put three Iranian generals on its sanctions list.", ("GBR", "IRN")),
])
def test_a_party_put_on_a_blacklist_is_sanctioned(text, pair):
    event = only(code(text), "SANCTION")
    assert event.mode == "discontinue" and dyad(event) == pair


def test_things_put_on_other_lists_are_no_sanction():
    events = code("The UNESCO committee added Ethiopia's Harar to its world heritage list.")
    assert "SANCTION" not in types(events)


@pytest.mark.parametrize("text, pair", [
    ("India suspended the Indus Waters Treaty with Pakistan after the Pahalgam attack.", ("IND", "PAK")),
    ("Niger revoked its military cooperation agreement with the United States.", ("NER", "USA")),
    ("Mali terminated its defence accords with France on Monday.", ("MLI", "FRA")),
])
def test_a_treaty_suspended_or_revoked_reduces_relations(text, pair):
    event = only(code(text), "SANCTION")
    assert event.mode == "withdraw" and dyad(event) == pair


def test_talks_suspended_keep_their_own_code():
    event = only(code("Colombia suspended peace talks with the ELN rebels on Tuesday."), "SANCTION")
    assert event.cameo == "164"


def test_a_ceasefire_deal_suspended_is_not_a_treaty_sanction():
    events = code("The army suspended the ceasefire agreement with the rebels.")
    assert all(e.cameo != "16" for e in events if e.event_type == "SANCTION")


def test_a_high_commissioner_recalled_reduces_relations():
    event = only(code("Ghana recalled its high commissioner from Lome on Thursday."), "SANCTION")
    assert event.cameo == "161" and dyad(event) == ("GHA", "TGO")


def test_a_host_ordering_peacekeepers_out_expels_them():
    event = only(code("Mali's junta ordered the withdrawal of the UN peacekeeping mission MINUSMA."), "SANCTION")
    assert event.mode == "expel" and event.cameo == "1661" and event.source.country == "MLI"


def test_ordering_more_peacekeepers_in_is_no_expulsion():
    assert "SANCTION" not in types(code("The Security Council ordered the deployment of additional peacekeepers to Haiti."))


# ---------------------------------------------------------------- 14 PROTEST


@pytest.mark.parametrize("text, country", [
    ("Teachers in Harare staged a sit-in outside the education ministry on Monday.", "ZWE"),
    ("Nurses in Nairobi held a sit-in at the health ministry over unpaid wages.", "KEN"),
])
def test_a_sit_in_is_a_protest(text, country):
    event = only(code(text), "PROTEST")
    assert event.source.country == country


def test_sitting_in_a_place_is_no_protest():
    assert "PROTEST" not in types(code("The Kenyan delegation sat in the front row at the summit in Addis Ababa."))


# ---------------------------------------------------------------- 15 MOBILIZE (forces only described)


@pytest.mark.parametrize("text", [
    "Kenyan soldiers deployed in Somalia under the AU mission came under attack on Sunday.",
    "Rwandan troops deployed to Cabo Delgado protected convoys of displaced families this week.",
    "Chinese warships sent to the Gulf of Aden escorted cargo ships on Tuesday.",
])
def test_forces_described_by_a_participle_are_no_new_deployment(text):
    assert "MOBILIZE" not in types(code(text))


@pytest.mark.parametrize("text, pair", [
    ("Russia deployed more troops to Belarus on Monday.", ("RUS", "BLR")),
    ("Venezuela sent troops to its border with Guyana on Friday.", ("VEN", None)),
])
def test_a_deployment_stated_as_news_is_still_coded(text, pair):
    event = only(code(text), "MOBILIZE")
    assert event.source.country == pair[0]


@pytest.mark.parametrize("text", [
    "The company deployed new software across its offices in Lagos.",
    "Students in Seoul took part in a fire drill on Tuesday.",
    "The weather service issued a flood alert for northern Mozambique.",
    "Opposition parties in Zambia mobilised voters ahead of the election.",
    "The Egyptian foreign ministry mobilised international support for a ceasefire.",
    "Nigeria's health ministry mobilised resources to fight the cholera outbreak.",
    "A build-up of debt in Ghana worried investors.",
    "The Nigerian army deployed engineers to rebuild the bridge after the floods.",
])
def test_ordinary_senses_of_deploy_drill_alert_mobilise_are_no_mobilisation(text):
    assert "MOBILIZE" not in types(code(text))


def test_a_deployment_only_planned_is_not_actual():
    events = code("Ghana said it would deploy troops to Haiti next year.")
    assert all(e.modality != "actual" for e in events if e.event_type == "MOBILIZE")


@pytest.mark.parametrize("text", [
    "The bill was killed by the senate in Nairobi on Thursday.",
    "Kenya's parliament killed the finance bill after weeks of protests.",
])
def test_a_bill_killed_by_a_vote_is_no_violence(text):
    assert "ASSAULT" not in types(code(text))


@pytest.mark.parametrize("text, country", [
    ("France mobilised 45,000 police officers across the country on Tuesday.", "FRA"),
    ("Armenia mobilised its reservists on Tuesday.", "ARM"),
    ("Venezuela mustered troops on its border with Guyana.", "VEN"),
])
def test_forces_mobilised_or_mustered_are_a_mobilisation(text, country):
    assert only(code(text), "MOBILIZE").source.country == country


# ---------------------------------------------------------------- 17 COERCE (192 occupy territory)


def test_a_village_overrun_is_territory_occupied():
    event = only(code("Jihadists overran the village of Solenzo in Burkina Faso on Sunday."), "COERCE")
    assert event.mode == "seize" and event.cameo == "192" and event.source.country == "BFA"


@pytest.mark.parametrize("text", [
    "Police seized the moment to question the suspects.",
    "The striker captured the imagination of the whole city.",
])
def test_seizing_a_moment_or_an_imagination_is_no_occupation(text):
    assert "COERCE" not in types(code(text))


# ---------------------------------------------------------------- 18-20 ASSAULT


def test_rockets_fired_into_a_country_are_an_attack_on_it():
    event = only(code("Hezbollah fired dozens of rockets into Israel on Wednesday."), "ASSAULT")
    assert dyad(event) == ("LBN", "ISR")


def test_an_incursion_into_a_country_is_an_attack_on_it():
    event = only(code("Ukrainian troops launched a cross-border incursion into Russia's Kursk region on Tuesday."), "ASSAULT")
    assert dyad(event) == ("UKR", "RUS")


def test_a_missile_attack_launched_is_one_attack_not_a_launch_besides():
    events = code("Russia launched a massive missile attack on Ukraine's energy grid on Friday.")
    assert "MOBILIZE" not in types(events) and dyad(only(events, "ASSAULT")) == ("RUS", "UKR")


@pytest.mark.parametrize("text, pair", [
    ("Indian and Pakistani troops traded artillery fire across the Line of Control on Saturday.", {"IND", "PAK"}),
    ("Eritrean and Ethiopian soldiers exchanged fire near Badme on Monday.", {"ERI", "ETH"}),
    ("Gunfire was exchanged between Indian and Pakistani troops across the Line of Control.", {"IND", "PAK"}),
])
def test_sides_exchanging_fire_attack_one_another(text, pair):
    # a mutual act of two countries' sides is coded each way (assemble.MUTUAL_TYPES)
    dyads = {dyad(e) for e in code(text) if e.event_type == "ASSAULT"}
    first, second = sorted(pair)
    assert dyads == {(first, second), (second, first)}


def test_the_army_breaking_a_truce_with_rebels_violates_a_ceasefire():
    event = only(code("Israel broke the truce with Hamas on Friday."), "ASSAULT")
    assert event.cameo == "196" and dyad(event) == ("ISR", "PSE")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda exchanged views on trade in Kampala.",
    "The two ministers traded accusations over the border dispute.",
])
def test_exchanging_views_or_accusations_is_no_fire(text):
    assert "ASSAULT" not in types(code(text))


def test_a_missile_fired_into_the_sea_stays_a_weapons_test():
    events = code("North Korea fired a ballistic missile into the sea on Monday.")
    assert "ASSAULT" not in types(events) and only(events, "MOBILIZE").mode == "weapons"

"""English triggers of the conflict half of the CAMEO codebook (roots 10-20), third pass.

Classes added to ``triggers/verbs-codebook.yaml``, ``triggers/nominal-10-20.yaml``
and ``triggers.yaml`` (with the frames ``allege`` and ``declare_unwelcome`` and the
grammar cue ``topic_prepositions`` of ``pack.yaml``) for the forms Reuters, AP, AFP,
BBC and Al Jazeera write: blame by idiom ("held X responsible", "pointed the finger
at"), allegations in a clause, official complaints "to" a party, diplomats declared
persona non grata or expelled "of" a country, members suspended from a regional
bloc, cooperation and arms sales halted, aid agencies' operations suspended,
peacekeepers' withdrawal demanded, penalties and export controls imposed, sanctions
renewed, an occupation by a named force. An event noun that is only the topic of a
complaint, an inquiry or a blame ("over the shelling", "into the killing", "for the
drone strike") is not the complainer's act. Every sentence is written for this test
(none from the dev gold or the codebook set) and coded by the real English pipeline;
each widened entry has sentences in an ordinary sense, negated or only planned,
that must code no such event.
"""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder, dyad, only, types


code = coder("en", "2024-05-10")


def positive_types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events if e.polarity == "positive" and e.modality == "actual"}


# ---------------------------------------------------------------- 11 ACCUSE


@pytest.mark.parametrize("text, pair", [
    ("Somalia held Ethiopia responsible for the clashes in the Gedo region.", ("SOM", "ETH")),
    ("Armenia pointed the finger at Azerbaijan for the shelling of border villages.", ("ARM", "AZE")),
    ("Ethiopia alleged that Egypt was arming militias in Somalia.", ("ETH", "EGY")),
])
def test_blame_by_idiom_or_clause_is_an_accusation(text, pair):
    events = code(text)
    event = only(events, "ACCUSE")
    assert event.cameo == "112" and dyad(event) == pair
    # the fighting blamed is not the accuser's own act
    assert not [e for e in events if e.event_type == "ASSAULT" and e.source and e.source.country == pair[0]]


def test_a_protest_addressed_to_a_government_is_an_official_complaint():
    event = only(code("Serbia protested to Croatia over the detention of a Serbian lorry driver."), "ACCUSE")
    assert event.cameo == "114" and dyad(event) == ("SRB", "HRV")


@pytest.mark.parametrize("text, accuser", [
    ("Bangladesh lodged a formal complaint with Myanmar over the shelling near Teknaf.", "BGD"),
    ("Peru's prosecutors opened an inquiry into the killing of six protesters in Juliaca.", "PER"),
])
def test_the_topic_of_a_complaint_or_inquiry_is_not_the_complainers_act(text, accuser):
    events = code(text)
    assert not [e for e in events if e.event_type == "ASSAULT" and e.source and e.source.country == accuser]


@pytest.mark.parametrize("text, pair", [
    ("The opposition in Senegal attacked the government over the fuel price rise.", ("SEN", "SEN")),
    ("Mexico's foreign minister took aim at Spain over the conquest remarks.", ("MEX", "ESP")),
    ("Colombia's president rounded on Washington over the deportation flights.", ("COL", "USA")),
    ("Venezuela's president branded the Guyanese leader a puppet of oil companies.", ("VEN", "GUY")),
])
def test_verbal_attacks_are_criticism_not_violence(text, pair):
    events = code(text)
    event = only(events, "ACCUSE")
    assert event.cameo == "111" and dyad(event) == pair and "ASSAULT" not in types(events)


@pytest.mark.parametrize("text, pair", [
    ("Qatar described the Israeli raid on Doha as state terrorism.", ("QAT", "ISR")),
    ("Egypt called the Ethiopian decision unacceptable.", ("EGY", "ETH")),
    ("Brazil's president called out Israel over the deaths of aid workers.", ("BRA", "ISR")),
    ("China took Japan to task over the release of treated water.", ("CHN", "JPN")),
    ("Burundi's president lashed out at Rwanda, accusing it of backing rebels.", ("BDI", "RWA")),
])
def test_condemnation_by_labelling_or_idiom(text, pair):
    event = only(code(text), "ACCUSE")
    assert event.cameo == "111" and dyad(event) == pair


@pytest.mark.parametrize("text", [
    "The minister described the talks with Qatar as constructive.",
    "The UN called for an end to the illegal occupation of Palestinian territory.",
])
def test_neutral_labels_and_appeals_are_no_condemnation(text):
    assert "ACCUSE" not in types(code(text))


def test_an_attack_across_a_border_stays_an_attack():
    events = code("Gunmen attacked a convoy over the border with Niger on Sunday.")
    assert "ASSAULT" in types(events) and "ACCUSE" not in types(events)


def test_a_visa_ban_is_one_sanction_not_a_coercion():
    events = code("The United States imposed visa bans on Ugandan officials over the election.")
    assert only(events, "SANCTION").target.country == "UGA" and "COERCE" not in types(events)


@pytest.mark.parametrize("text, pair", [
    ("Kenya criticised Uganda for closing the border at Busia.", ("KEN", "UGA")),
    ("The Arab League condemned Israel for bombing the hospital in Khan Younis.", (None, "ISR")),
    ("Pakistan blamed India for attacking a mosque in Kashmir.", ("PAK", "IND")),
])
def test_the_act_blamed_for_is_the_accusations_content_not_the_accusers_act(text, pair):
    events = code(text)
    event = only(events, "ACCUSE")
    assert (pair[0] is None or event.source.country == pair[0]) and event.target.country == pair[1]
    assert types(events) == {"ACCUSE"}


def test_the_topic_of_a_passive_complaint_is_not_the_complainers_act():
    events = code("A formal protest was lodged by the Philippines with China over the ramming of a supply boat.")
    assert not [e for e in events if e.event_type == "ASSAULT" and e.source and e.source.country == "PHL"]


def test_a_negated_blame_is_no_accusation():
    assert "ACCUSE" not in positive_types(code("Kyiv did not hold Moscow responsible for the explosion at the plant."))


@pytest.mark.parametrize("text", [
    "The ruling party will hold its congress in Accra next month.",
    "The alleged smuggler was found dead in a cell in Lagos.",
    "Teachers protested to the death over pay in the 1990s, the museum's guide said.",
])
def test_ordinary_senses_code_no_accusation(text):
    assert "ACCUSE" not in types(code(text))


# ---------------------------------------------------------------- 16 SANCTION


@pytest.mark.parametrize("text, pair, cameo", [
    ("Chad declared the German ambassador persona non grata.", ("TCD", "DEU"), "166"),
    ("The African Union suspended Niger from the bloc after the coup.", (None, "NER"), "166"),
    ("ECOWAS suspended Guinea's membership on Friday.", (None, "GIN"), "166"),
    ("SADC suspended Madagascar after the coup.", ("IGO", "MDG"), "166"),  # a bloc named by its acronym alone
    ("IGAD suspended Sudan over the war in Darfur.", ("IGO", "SDN"), "166"),
    ("Ecuador expelled the ambassador of Mexico on Friday.", ("ECU", "MEX"), "166"),
    ("Sudan demanded the withdrawal of UN peacekeepers from Abyei.", ("SDN", None), "1661"),
])
def test_expulsions_and_suspensions_from_a_bloc(text, pair, cameo):
    event = only(code(text), "SANCTION")
    assert event.mode == "expel" and event.cameo == cameo
    source, target = dyad(event)
    assert (pair[0] is None or source == pair[0]) and (pair[1] is None or target == pair[1])


@pytest.mark.parametrize("text, pair", [
    ("Niger suspended military cooperation with the United States.", ("NER", "USA")),
    ("Germany halted arms sales to Saudi Arabia.", ("DEU", "SAU")),
    ("Britain imposed fresh penalties on Russian oligarchs.", ("GBR", "RUS")),
    ("Japan slapped export controls on South Korea.", ("JPN", "KOR")),
    ("The UN Security Council renewed sanctions on South Sudan.", (None, "SSD")),
])
def test_relations_cut_and_restrictions_imposed(text, pair):
    event = only(code(text), "SANCTION")
    source, target = dyad(event)
    assert (pair[0] is None or source == pair[0]) and target == pair[1]


@pytest.mark.parametrize("text", [
    "Kenya said it would not suspend cooperation with Somalia.",
    "Sudan asked the Security Council for more peacekeepers in Abyei.",
])
def test_negated_or_requested_code_no_sanction(text):
    assert "SANCTION" not in positive_types(code(text))


@pytest.mark.parametrize("text", [
    "The referee suspended the match in Lagos after crowd trouble.",
    "Parliament in Kampala suspended its sitting for a week.",
    "A court in Kuala Lumpur upheld the death penalty for the drug trafficker.",
])
def test_ordinary_senses_code_no_sanction(text):
    assert "SANCTION" not in types(code(text))


# ---------------------------------------------------------------- 17-20 COERCE, ASSAULT


def test_an_occupation_by_a_named_force_is_territory_seized():
    event = only(code("The occupation of the Kalehe district by Rwandan troops drew condemnation."), "COERCE")
    assert event.cameo == "192" and event.source.country == "RWA"


@pytest.mark.parametrize("text", [
    "France and Italy clashed over migration policy on Thursday.",
    "Nigeria's former president died of a heart attack in London.",
    "Ten people were killed in a road accident in Tanzania on Sunday.",
    "Eight migrants were killed when their boat capsized off Djibouti.",
])
def test_verbal_clashes_heart_attacks_and_accidents_are_no_assault(text):
    assert "ASSAULT" not in types(code(text))


def test_a_blistering_attack_on_a_party_is_criticism():
    events = code("South Africa's ruling party launched a blistering attack on the opposition on Monday.")
    assert "ACCUSE" in types(events) and "ASSAULT" not in types(events)


def test_armed_clashes_and_killings_stay_assaults():
    assert "ASSAULT" in types(code("Sudanese troops clashed with RSF fighters over control of the airport."))
    assert "ASSAULT" in types(code("Gunmen killed 12 people in an attack on a village in Zamfara."))


@pytest.mark.parametrize("text", [
    "Protests against the occupation continued in Ramallah on Friday.",
    "The film was shot in Jordan and Morocco last year.",
])
def test_background_occupation_and_filming_code_nothing_violent(text):
    assert not types(code(text)) & {"COERCE", "ASSAULT"}


# ---------------------------------------------------------------- 13-15 THREATEN, PROTEST, MOBILIZE


@pytest.mark.parametrize("text", [
    "The IMF warned that the crisis threatens Pakistan's recovery.",
    "The UN warned that the war in Sudan threatens regional stability.",
])
def test_a_warning_about_an_impersonal_danger_is_no_threat(text):
    assert "THREATEN" not in types(code(text))


def test_protests_banned_are_no_protest():
    events = code("Police in Kenya banned protests in the capital on Tuesday.")
    assert "PROTEST" not in types(events)


def test_a_labour_strike_is_a_protest_not_an_attack():
    events = code("Dock workers at the port of Mombasa went on strike over unpaid wages.")
    assert "PROTEST" in types(events) and "ASSAULT" not in types(events)


@pytest.mark.parametrize("text", [
    "India raised the alert level for heatwaves in Delhi.",
    "Chad's army has been on high alert since the coup in Niger.",
])
def test_civil_alerts_and_standing_alerts_are_no_mobilisation(text):
    assert "MOBILIZE" not in types(code(text))


def test_a_raised_military_alert_is_a_mobilisation():
    event = only(code("South Korea raised its military alert level after the launch."), "MOBILIZE")
    assert event.source.country == "KOR"


# ------------------------------------------------------------ 161: envoys ordered out


@pytest.mark.parametrize("text, pair", [
    ("Mali ordered the French ambassador to leave the country within 72 hours.", ("MLI", "FRA")),
    ("Niger's junta gave three German diplomats 48 hours to leave.", ("NER", "DEU")),
])
def test_an_envoy_ordered_to_leave_is_a_break_in_relations(text, pair):
    events = [e for e in code(text) if e.event_type == "SANCTION"]
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("161", *pair)]
    assert not [e for e in code(text) if e.event_type == "COERCE"]


@pytest.mark.parametrize("text", [
    "The general ordered the ambassador to attend the ceremony.",
    "Chilean officials told the visiting Argentine president that the border dispute was settled.",
    "The new decree gave the police powers to search homes in Port-au-Prince.",
])
def test_words_of_ordering_without_an_envoy_sent_away_are_no_sanction(text):
    # the 161 entry's pattern (an envoy, then "to leave") must fit, as a converted pattern must
    assert not [e for e in code(text) if e.event_type == "SANCTION"]

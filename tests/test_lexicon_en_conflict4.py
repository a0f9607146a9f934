"""English triggers of the conflict half of the CAMEO codebook (roots 10-20), fourth pass.

Entries of ``triggers/verbs-10-20.yaml`` (an accusation made with "charged that", a
state taken or hauled to an international court, assets or accounts blocked), the
export ban of ``triggers/nominal-10-20.yaml``, and the ordinary senses that the
MOBILIZE and ASSAULT entries of ``triggers.yaml`` and ``verbs-codebook.yaml`` now
leave alone as news writes them: troops sent to fight floods or to evacuate, a
hospital ship, police deployed for a marathon's traffic, districts put on alert
for a storm (a hand entry that finds the words of its sense and then one it
excludes rules the sense out for PETRARCH2's converted patterns as well), runs, centuries and winners "struck" in sports, prices and wages
frozen; parties designated terrorist; and the acts conjoined in what one is
accused of or urged to do ("of abducting and beating", "to halt and to withdraw"),
which are its content, not events of their own. Every sentence is written for this test (none from the dev gold or the
codebook set), about many countries, and coded by the real English pipeline;
each widened entry has sentences in an ordinary sense, negated or only
threatened, that must code no such event.
"""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder, dyad, only


code = coder("en", "2024-05-10")


def actual(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type and e.polarity == "positive" and e.modality == "actual"]


# ---------------------------------------------------------------- 11 ACCUSE


@pytest.mark.parametrize("text, pair", [
    ("Iraq charged that Turkey had violated its sovereignty.", ("IRQ", "TUR")),
    ("Kinshasa charged that Rwandan troops were fighting alongside the M23 rebels.", ("COD", "RWA")),
])
def test_an_accusation_made_with_charged_that_names_the_accused_clause_subject(text, pair):
    event = only(code(text), "ACCUSE")
    assert event.cameo == "112" and dyad(event) == pair


@pytest.mark.parametrize("text, pair", [
    ("South Africa took Israel to the International Court of Justice.", ("ZAF", "ISR")),
    ("Guyana hauled Venezuela before the International Court of Justice.", ("GUY", "VEN")),
])
def test_a_state_taken_to_an_international_court_is_a_lawsuit(text, pair):
    event = only(code(text), "ACCUSE")
    assert event.cameo == "115" and dyad(event) == pair


def test_a_lawsuit_not_brought_or_only_threatened_is_no_actual_accusation():
    assert not actual(code("Chile did not take Bolivia to the International Court of Justice."), "ACCUSE")
    events = code("Mexico threatened to take Ecuador to the International Court of Justice.")
    assert not actual(events, "ACCUSE") and [e for e in events if e.event_type == "THREATEN"]


def test_opinion_rallied_against_a_party_is_rallying_opposition_not_a_rally():
    events = code("Kyiv mobilised world opinion against Russia.")
    event = only(events, "ACCUSE")
    assert event.cameo == "113" and dyad(event) == ("UKR", "RUS")
    assert not [e for e in events if e.event_type in ("PROTEST", "MOBILIZE")]
    assert not [e for e in code("The president rallied public opinion behind the army.") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The new president took the oath of office at the Supreme Court in Lima.",
    "The hospital in Accra charged patients for the tests.",
])
def test_an_oath_at_a_court_or_a_fee_charged_is_no_accusation(text):
    assert not [e for e in code(text) if e.event_type == "ACCUSE"]


# ---------------------------------------------------------------- 16 SANCTION


@pytest.mark.parametrize("text, pair", [
    ("Switzerland blocked the accounts of a Russian oligarch.", ("CHE", "RUS")),
    ("Germany imposed an arms ban on Sudan.", ("DEU", "SDN")),
    ("Britain imposed an export ban on drone parts to Iran.", ("GBR", "IRN")),
])
def test_accounts_blocked_and_export_bans_are_sanctions(text, pair):
    events = code(text)
    event = only(events, "SANCTION")
    assert dyad(event) == pair
    # an embargo is no ban on one's own people (COERCE)
    assert not [e for e in events if e.event_type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Argentina froze fuel prices for three months.",
    "Sri Lanka froze public sector wages.",
    "Britain lifted its export ban on Iran.",
])
def test_prices_or_wages_frozen_and_a_ban_lifted_are_no_sanction(text):
    assert not actual(code(text), "SANCTION")


@pytest.mark.parametrize("text, pair", [
    ("The United States designated the Houthis a terrorist organisation.", ("USA", "YEM")),
    ("Britain proscribed the Wagner Group as a terrorist organisation.", ("GBR", "RUS")),
])
def test_a_terrorist_designation_is_a_sanction(text, pair):
    assert dyad(only(code(text), "SANCTION")) == pair


def test_a_designation_revoked_is_no_sanction():
    assert not actual(code("Washington revoked the designation of the Houthis as a terrorist group."), "SANCTION")


# ---------------------------------------------------------------- content of conjoined verbs


def test_every_act_one_is_accused_of_is_the_accusations_content():
    events = code("Human Rights Watch accused Burundian security forces of abducting and beating opposition activists.")
    assert only(events, "ACCUSE").cameo.startswith("11")
    assert not [e for e in events if e.event_type == "ASSAULT"]


def test_every_act_one_is_urged_to_do_is_the_requests_content():
    events = code("The EU urged Serbia to halt the raids and to withdraw its troops.")
    assert dyad(only(events, "REQUEST")) == ("EUR", "SRB")
    assert not [e for e in events if e.event_type == "RETREAT"]


def test_a_conjoined_act_of_another_form_is_an_event_of_its_own():
    events = code("Russia accused Ukraine of shelling the plant and launched strikes on Kyiv.")
    assert dyad(only(events, "ASSAULT")) == ("RUS", "UKR")


# ---------------------------------------------------------------- 15 MOBILIZE


@pytest.mark.parametrize("text", [
    "Germany sent troops to help fight floods in Bavaria.",
    "India dispatched troops to evacuate residents after the landslide in Kerala.",
    "The Turkish navy sent a hospital ship to Gaza.",
    "Kenya's police deployed officers to direct traffic during the marathon.",
    "Hospitals in Manila were put on alert as the typhoon approached.",
    "The army was placed on standby to assist with relief after the earthquake in Nepal.",
    "Troops deployed in the region since 2013 have failed to stop the attacks.",
    # a hand entry that finds its sense's words and then one it excludes rules the
    # sense out for PETRARCH2's converted patterns too ("SEND - * &MILITARY", "PUT ... ON ALERT")
    "Rwanda has deployed troops in Mozambique since 2021, officials said.",
    "Bangladesh put its coastal districts on alert ahead of Cyclone Remal.",
])
def test_forces_sent_for_relief_or_routine_policing_are_no_mobilisation(text):
    assert not [e for e in code(text) if e.event_type == "MOBILIZE"]


def test_a_hand_entry_whose_sense_words_are_absent_leaves_the_converted_patterns_alone():
    # the hand 'hit' of attacks names drones and bases, not sanctions: PETRARCH2's pattern codes it
    assert dyad(only(code("The EU hit Russia with new sanctions."), "SANCTION")) == ("EUR", "RUS")


@pytest.mark.parametrize("text, source", [
    ("Greece sent troops to the border with Turkey.", "GRC"),
    ("Russia deployed troops to the border with Finland.", "RUS"),
    ("North Korea put its army on high alert.", "PRK"),
])
def test_forces_sent_to_a_border_or_put_on_alert_still_mobilise(text, source):
    assert only(code(text), "MOBILIZE").source.country == source


# ---------------------------------------------------------------- 18-20 ASSAULT


@pytest.mark.parametrize("text", [
    "The Indian batsmen struck 300 runs against Pakistan.",
    "The Pakistani captain struck a century against Australia.",
    "Mbappe struck the winner against Belgium.",
])
def test_what_sports_reports_strike_is_no_attack(text):
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]


def test_drones_striking_a_refinery_still_attack():
    assert dyad(only(code("Ukrainian drones struck a Russian oil refinery."), "ASSAULT")) == ("UKR", "RUS")


@pytest.mark.parametrize("text, pair", [
    ("Lithuania summoned the Belarusian charge d'affaires on Monday over the balloons.", ("LTU", "BLR")),
    ("Peru summoned Mexico's charge d'affaires to protest the remarks.", ("PER", "MEX")),
])
def test_a_charge_d_affaires_summoned_without_the_accent_is_a_grievance(text, pair):
    event = only(code(text), "ACCUSE")
    assert dyad(event) == pair


def test_a_minister_summoned_by_a_court_on_charges_is_no_diplomatic_summons():
    assert not actual(code("The court summoned the minister on charges of fraud."), "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("Russia ordered the Japanese consulate in Vladivostok to close.", ("RUS", "JPN")),
    ("The Nigerien junta ordered the French embassy to close.", ("NER", "FRA")),
])
def test_a_mission_ordered_to_close_reduces_relations(text, pair):
    event = only(code(text), "SANCTION")
    assert event.cameo == "161" and dyad(event) == pair


@pytest.mark.parametrize("text", [
    "The Kenyan president ordered schools to close in Nairobi.",
    "The governor ordered all markets to shut in Kano.",
])
def test_public_places_ordered_closed_are_no_relations_reduced(text):
    assert not [e for e in code(text) if e.event_type == "SANCTION"]

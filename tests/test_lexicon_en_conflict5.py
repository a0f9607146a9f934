"""English triggers of the conflict half of the CAMEO codebook (roots 10-11, 13-20), fifth pass.

Court vocabulary as wire copy writes it, with or without the court named: a
verdict ("convicted", "found guilty", CAMEO 116) and the punishment ("sentenced
to ten years") are PLOVER SANCTION convict, as the dev gold codes court
convictions; charges, indictments and arraignments are ACCUSE 1121; a
remand in custody is COERCE 173 and bail granted a release (0841). Only a court
or a prosecutor does these, so one left unnamed ("was charged with treason") is
the judiciary of the place. Also accusations a party "faces" or "draws" from
another, diplomatic missions ordered closed (SANCTION 161, where PETRARCH2's
ORDER patterns read 1721), borders and crossings closed to a neighbour (COERCE
191), and the ordinary senses that must code nothing: prisoners already
convicted, bail refused, schools ordered closed for floods, a crossing closed
for snow, the army mobilised to drop food after floods, a health agency's
warning that an outbreak will "force" clinics to close. Every sentence is written for
this test (none from the dev gold or the codebook set), about many countries,
and coded by the real English pipeline.
"""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder, dyad, of_type, only


code = coder("en", "2024-05-10")


def actual(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in of_type(events, event_type) if e.polarity == "positive" and e.modality == "actual"]


# ---------------------------------------------------------------- 11 ACCUSE and 16 SANCTION: courts


@pytest.mark.parametrize("text, country", [
    ("A court in Dhaka convicted the Bangladeshi opposition leader of graft on Monday.", "BGD"),
    ("Thailand's Supreme Court convicted a former Thai commerce minister of corruption.", "THA"),
])
def test_a_conviction_is_a_finding_of_guilt_by_the_court(text, country):
    event = only(code(text), "SANCTION")
    assert (event.mode, event.source.sector, dyad(event)) == ("convict", "JUD", (country, country))
    assert not of_type(code(text), "ACCUSE")


def test_prisoners_already_convicted_are_no_new_verdict():
    events = code("Cuba said it would free 200 prisoners convicted of minor crimes.")
    assert not [e for e in events if e.event_type in ("ACCUSE", "SANCTION")]


def test_a_sentence_passed_by_an_unnamed_court_is_the_judiciary_of_the_place():
    event = only(code("The former Peruvian president was sentenced to 15 years in prison on Tuesday."), "SANCTION")
    assert (event.mode, event.source.sector, dyad(event)) == ("convict", "JUD", ("PER", "PER"))


@pytest.mark.parametrize("text, country", [
    ("A Russian journalist was charged with espionage in Moscow on Friday.", "RUS"),
    ("The former Nigerian governor was arraigned in an Abuja court on Wednesday.", "NGA"),
])
def test_charges_with_no_named_accuser_are_brought_by_the_judiciary(text, country):
    event = only(code(text), "ACCUSE")
    assert (event.cameo, event.mode, event.source.sector, dyad(event)) == ("1121", "allege", "JUD", (country, country))


def test_a_charge_not_brought_is_no_actual_accusation():
    assert not actual(code("Kenyan prosecutors did not charge the opposition senator with incitement."), "ACCUSE")


def test_a_remand_in_custody_is_a_detention_ordered_by_a_court():
    event = only(code("An Egyptian activist was remanded in custody by a Cairo court on Sunday."), "COERCE")
    assert (event.cameo, event.mode, event.source.sector, dyad(event)) == ("173", "arrest", "JUD", ("EGY", "EGY"))


def test_bail_granted_releases_and_bail_refused_frees_no_one():
    event = only(code("A Nairobi court granted bail to the Kenyan opposition senator on Monday."), "RETREAT")
    assert (event.cameo, event.mode, event.source.sector, dyad(event)) == ("0841", "release", "JUD", ("KEN", "KEN"))
    assert not of_type(code("A Lusaka court refused to grant bail to the Zambian opposition leader."), "RETREAT")


# ---------------------------------------------------------------- 11 ACCUSE: faced, drawn


@pytest.mark.parametrize("text, pair", [
    ("Rwanda faced accusations from the Congolese government of backing the M23 rebels.", ("COD", "RWA")),
    ("Israel drew accusations of genocide from South Africa.", ("ZAF", "ISR")),
])
def test_a_party_that_faces_or_draws_accusations_is_the_one_accused(text, pair):
    event = only(code(text), "ACCUSE")
    assert (event.cameo, event.mode, dyad(event)) == ("112", "allege", pair)


# ---------------------------------------------------------------- 16 SANCTION, 19 COERCE restrict


@pytest.mark.parametrize("text, pair", [
    ("Germany ordered the closure of all three Iranian consulates on Thursday.", ("DEU", "IRN")),
    ("Russia ordered the closure of the Polish consulate in Smolensk.", ("RUS", "POL")),
])
def test_a_mission_ordered_closed_reduces_relations(text, pair):
    event = only(code(text), "SANCTION")
    assert (event.cameo, event.mode, dyad(event)) == ("161", "withdraw", pair)
    assert not of_type(code(text), "COERCE")


def test_schools_ordered_closed_for_floods_reduce_no_relations():
    events = code("The Kenyan government ordered the closure of schools because of floods.")
    assert not [e for e in events if e.event_type in ("SANCTION", "COERCE")]


@pytest.mark.parametrize("text, pair", [
    ("Thailand closed all border crossings with Cambodia on Thursday.", ("THA", "KHM")),
    ("Nigeria sealed its border with Niger after the coup.", ("NGA", "NER")),
    ("South Africa closed the Lebombo border post, its main crossing into Mozambique, on Monday.", ("ZAF", "MOZ")),
    ("Benin ordered the closure of its border with Niger.", ("BEN", "NER")),
])
def test_a_border_closed_to_a_neighbour_restricts_movement(text, pair):
    event = only(code(text), "COERCE")
    assert (event.cameo, event.mode, dyad(event)) == ("191", "restrict", pair)


def test_a_crossing_closed_for_snow_or_only_threatened_is_no_actual_closure():
    assert not of_type(code("Bolivia closed the border crossing with Chile because of heavy snow."), "COERCE")
    events = code("Algeria threatened to close its border with Morocco.")
    assert not actual(events, "COERCE") and of_type(events, "THREATEN")


# ---------------------------------------------------------------- 15 MOBILIZE, 13 THREATEN: ordinary senses


def test_the_army_mobilised_for_flood_relief_is_no_show_of_force():
    assert not of_type(code("The Pakistani army mobilised helicopters to drop food to villages cut off by floods."), "MOBILIZE")
    event = only(code("Armenia mobilised its reservists on Tuesday."), "MOBILIZE")
    assert (event.source.country, event.mode) == ("ARM", "troops")


def test_a_warning_that_an_outbreak_will_force_clinics_to_close_threatens_no_one():
    text = ("The World Health Organization warned on Tuesday that cholera cases in Malawi could double, "
            "as funding cuts force clinics across the country to close.")
    assert not of_type(code(text), "THREATEN")
    event = only(code("Ethiopia warned it would use force against Eritrea."), "THREATEN")
    assert (event.cameo, dyad(event)) == ("138", ("ETH", "ERI"))


# ---------------------------------------------------------------- 11 ACCUSE: regret, concern, summons


@pytest.mark.parametrize("text, pair", [
    ("Senegal regretted the decision by Mali to leave ECOWAS.", ("SEN", "MLI")),
    ("Sweden said it regretted Niger's decision to expel its ambassador.", ("SWE", "NER")),
])
def test_regret_at_a_partys_decision_is_disapproval(text, pair):
    event = only(code(text), "ACCUSE")
    assert (event.cameo, event.mode, dyad(event)) == ("111", "disapprove", pair)


def test_regret_for_a_loss_disapproves_of_no_one():
    assert not of_type(code("Japan regretted the loss of life in the Myanmar earthquake."), "ACCUSE")


def test_concern_voiced_at_a_partys_acts_is_disapproval_but_not_concern_for_people():
    events = of_type(code("Japan and Australia voiced concern over China's actions in the South China Sea."), "ACCUSE")
    assert sorted(dyad(e) for e in events) == [("AUS", "CHN"), ("JPN", "CHN")]
    assert not of_type(code("Germany expressed concern about the health of the jailed Belarusian activist."), "ACCUSE")


def test_an_envoy_summoned_by_an_unnamed_ministry_is_summoned_by_the_host():
    event = only(code("The French ambassador was summoned to the foreign ministry in Algiers on Tuesday."), "ACCUSE")
    assert dyad(event) == ("DZA", "FRA")


# ---------------------------------------------------------------- 16 SANCTION: talks halted


def test_a_party_pulling_out_of_talks_halts_them():
    events = code("Burkina Faso pulled out of talks with the Ivorian government on Monday.")
    event = only(events, "SANCTION")
    assert (event.cameo, event.mode, dyad(event)) == ("164", "withdraw", ("BFA", "CIV"))
    assert not of_type(events, "CONSULT")
    assert not of_type(code("Troops pulled out of the Malian town of Kidal."), "SANCTION")


# ---------------------------------------------------------------- 16 SANCTION: expulsions, exits, passive sanctions


def test_a_diplomat_kicked_out_is_expelled_but_workers_kicked_out_are_not_diplomats():
    event = only(code("Mali kicked out the French ambassador on Monday."), "SANCTION")
    assert (event.mode, dyad(event)) == ("expel", ("MLI", "FRA"))
    assert not of_type(code("Striking workers were kicked out of a factory in Dhaka."), "SANCTION")


def test_a_withdrawal_from_a_bloc_is_a_sanction_and_one_of_troops_a_retreat():
    event = only(code("Mali announced its withdrawal from ECOWAS on Sunday."), "SANCTION")
    assert (event.mode, event.source.country) == ("withdraw", "MLI")
    events = code("Russia completed the withdrawal of its troops from Kherson.")
    assert not of_type(events, "SANCTION") and of_type(events, "RETREAT")


def test_sanctions_imposed_in_the_passive_are_imposed_by_the_agent():
    event = only(code("Sanctions were imposed on Iran by the European Union on Monday."), "SANCTION")
    assert dyad(event) == ("EUR", "IRN")


# ---------------------------------------------------------------- 11 ACCUSE: more verbs and nouns of criticism


@pytest.mark.parametrize("text, pair", [
    ("Nigeria faulted ECOWAS for its handling of the crisis.", ("NGA", None)),
    ("Venezuela assailed Guyana's president over the oil concessions.", ("VEN", "GUY")),
    ("Turkey's president railed against Israel on Friday.", ("TUR", "ISR")),
    ("Ethiopia's prime minister took a swipe at Egypt on Monday.", ("ETH", "EGY")),
    ("Iran vented its anger at Britain on Sunday.", ("IRN", "GBR")),
    ("Brazil's government expressed outrage at Israel's actions.", ("BRA", "ISR")),
])
def test_criticism_as_wire_copy_words_it(text, pair):
    event = only(code(text), "ACCUSE")
    assert (event.cameo, event.mode) == ("111", "disapprove")
    assert dyad(event)[0] == pair[0] and (pair[1] is None or dyad(event)[1] == pair[1])


def test_troops_assailing_positions_attack_and_public_anger_is_no_statement():
    events = code("Russian troops assailed Ukrainian positions near Bakhmut.")
    assert of_type(events, "ASSAULT") and not of_type(events, "ACCUSE")
    assert not of_type(code("The price rises fuelled public anger at the government in Nairobi."), "ACCUSE")
    assert not of_type(code("Kenyan engineers found a fault in the power line."), "ACCUSE")


# ---------------------------------------------------------------- 15 MOBILIZE: civil spaceflight


def test_a_civil_satellite_launch_is_no_show_of_force_but_a_military_one_is():
    assert not of_type(code("India launched a satellite to study the sun on Saturday."), "MOBILIZE")
    assert not of_type(code("Japan launched a rocket carrying a lunar probe."), "MOBILIZE")
    event = only(code("North Korea launched a military reconnaissance satellite on Tuesday."), "MOBILIZE")
    assert (event.source.country, event.mode) == ("PRK", "weapons")


# ---------------------------------------------------------------- 10 REQUEST


def test_a_party_pushed_to_act_is_asked_and_what_it_is_asked_to_do_is_no_event():
    events = code("Kyiv has been pushing Washington to lift restrictions on long-range strikes.")
    assert dyad(only(events, "REQUEST")) == ("UKR", "USA")
    assert not of_type(events, "CONCEDE")
    assert not of_type(code("The Israeli army pushed its troops to advance deeper into Gaza."), "REQUEST")


def test_insisting_on_an_act_demands_it_but_insisting_on_ones_innocence_does_not():
    event = only(code("ECOWAS insisted on the release of President Bazoum by Niger's junta."), "REQUEST")
    assert dyad(event)[1] == "NER"
    assert not of_type(code("Russia insisted on its innocence."), "REQUEST")


# ---------------------------------------------------------------- 17-19 COERCE restrict, 18 ASSAULT executions


def test_movement_blockaded_or_halted_is_restricted():
    event = only(code("Azerbaijani forces blockaded the Armenian villages near the border on Monday."), "COERCE")
    assert (event.cameo, event.mode, event.source.country) == ("191", "restrict", "AZE")
    event = only(code("Israel halted the entry of aid trucks into Gaza on Sunday."), "COERCE")
    assert (event.cameo, event.source.country) == ("191", "ISR")


def test_roads_blockaded_by_farmers_are_a_protest_not_coercion():
    assert not of_type(code("French farmers blockaded the roads around Paris on Monday."), "COERCE")


def test_a_platform_blocked_by_name_restricts_expression():
    event = only(code("Turkey restricted access to Instagram on Friday."), "COERCE")
    assert (event.cameo, event.source.country) == ("1721", "TUR")


def test_a_state_executing_a_person_kills_but_an_executed_plan_kills_no_one():
    event = only(code("Iran executed a protester on Thursday."), "ASSAULT")
    assert (event.cameo, dyad(event)) == ("1823", ("IRN", "IRN"))
    assert not of_type(code("The Nigerian army executed its plan to retake the town."), "ASSAULT")
    assert not of_type(code("The Saudi court halted the execution of a Jordanian man."), "ASSAULT")


@pytest.mark.parametrize("text, pair", [
    ("Germany shut all three Iranian consulates on Thursday.", ("DEU", "IRN")),
    ("Paraguay closed its embassy in Israel.", ("PRY", "ISR")),
])
def test_a_diplomatic_mission_shut_reduces_relations(text, pair):
    event = only(code(text), "SANCTION")
    assert (event.cameo, dyad(event)) == ("161", pair)


def test_an_embassy_closed_for_a_security_threat_reduces_no_relations():
    assert not of_type(code("The US temporarily closed its embassy in Nairobi because of security threats."), "SANCTION")


# ---------------------------------------------------------------- 13 THREATEN: repression or military force


def test_a_crushing_response_to_an_attack_is_military_force_and_crushed_protests_repression():
    event = only(code("Iran's army warned of a crushing response to any Israeli attack on its nuclear sites."), "THREATEN")
    assert (event.cameo, event.mode) == ("138", "violence")
    event = only(code("Zimbabwe's police chief warned that officers would crush any protest in Harare."), "THREATEN")
    assert event.cameo == "137"

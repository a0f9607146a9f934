"""English verbs written class by class for the CAMEO codebook (issue 11).

The entries of ``packs/en/triggers/verbs-codebook.yaml`` and the converter's
classes that keep PETRARCH2's wrong senses out ("sent troops" is no military
cooperation, "resolve the issue" no concession). Each case codes a sentence
written for this test with the real English pipeline and checks the PLOVER
type, the CAMEO code where the entry names one, the two countries, and the
polarity or modality where the sentence negates or plans the event; the
ordinary senses of the same verbs must give no event of that type.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only


code = coder("en", "2024-05-10")


@pytest.mark.parametrize("text, cameo, pair", [
    ("Sweden suspended development aid to Mali on Friday.", "162", ("SWE", "MLI")),
    ("Canada halted military assistance to Myanmar's army.", "162", ("CAN", "MMR")),
    ("Egypt suspended negotiations with Ethiopia over the dam.", "164", ("EGY", "ETH")),
    ("Morocco downgraded its diplomatic ties with Algeria.", "161", ("MAR", "DZA")),
])
def test_aid_stopped_talks_halted_and_ties_downgraded_are_sanctions(text, cameo, pair):
    event = only(code(text), "SANCTION")
    assert (dyad(event), event.cameo) == (pair, cameo)


def test_aid_not_suspended_is_a_negative_sanction():
    event = only(code("Japan did not suspend its aid to Cambodia."), "SANCTION")
    assert dyad(event) == ("JPN", "KHM") and event.polarity == "negative"


def test_aid_and_arms_delivered_are_aid_and_promised_aid_an_agreement():
    relief = only(code("Turkey sent tents and blankets to Syria after the floods."), "AID")
    assert (dyad(relief), relief.cameo) == (("TUR", "SYR"), "073")
    arms = only(code("France delivered armoured vehicles to Ukraine on Monday."), "AID")
    assert (dyad(arms), arms.cameo) == (("FRA", "UKR"), "072")
    planned = only(code("Norway said on Monday it would send food aid to Sudan."), "AGREE")
    assert dyad(planned) == ("NOR", "SDN") and planned.modality == "intended"


def test_intelligence_shared_with_a_partner_is_cooperation_but_views_shared_are_not():
    event = only(code("Kenya shared intelligence with Somalia on the militants' movements."), "COOPERATE")
    assert (dyad(event), event.cameo) == (("KEN", "SOM"), "064")
    assert not [e for e in code("The Chilean minister shared her views with Argentina's envoy.") if e.event_type == "COOPERATE"]


def test_recognition_of_a_state_is_support():
    event = only(code("Mexico formally recognised the State of Palestine on Tuesday."), "SUPPORT")
    assert (dyad(event), event.cameo) == (("MEX", "PSE"), "054")


def test_inspectors_allowed_in_are_a_retreat_granting_access():
    event = only(code("Ethiopia allowed United Nations investigators into Tigray on Monday."), "RETREAT")
    assert (event.source.country, event.mode, event.cameo) == ("ETH", "access", "086")


def test_forces_withdrawing_retreat_but_a_candidate_withdrawing_from_a_race_does_not():
    event = only(code("Ukrainian troops withdrew from the city of Avdiivka on Saturday."), "RETREAT")
    assert (event.source.country, event.mode) == ("UKR", "withdraw")
    assert not [e for e in code("Senegal's former minister withdrew from the presidential race.") if e.event_type == "RETREAT"]


def test_internet_shut_down_and_a_candidate_barred_are_coercion():
    shutdown = only(code("Pakistani authorities shut down mobile internet in Balochistan on Sunday."), "COERCE")
    assert (shutdown.source.country, shutdown.mode, shutdown.cameo) == ("PAK", "restrict", "1721")
    barred = only(code("Tanzania's electoral commission barred the opposition leader from running for president."), "COERCE")
    assert (barred.source.country, barred.mode) == ("TZA", "restrict")


def test_storming_is_a_riot_by_protesters_and_an_assault_by_troops():
    riot = only(code("Protesters stormed the parliament building in Bishkek on Thursday."), "PROTEST")
    assert (riot.source.country, riot.mode) == ("KGZ", "riot")
    raid = code("Israeli troops stormed a refugee camp in Jenin on Thursday.")
    assert [e.event_type for e in raid] == ["ASSAULT"] and raid[0].source.country == "ISR"


def test_beatings_are_assaults_but_a_football_win_is_not():
    event = only(code("Police in Uganda beat opposition supporters in Kampala on Monday."), "ASSAULT")
    assert (event.source.country, event.mode) == ("UGA", "beat")
    assert not code("Morocco beat Portugal in the World Cup quarter-final.")


def test_troops_massed_on_a_border_mobilize():
    event = only(code("Azerbaijan massed troops near its border with Armenia on Friday."), "MOBILIZE")
    assert (event.source.country, event.mode, event.cameo) == ("AZE", "troops", "154")


def test_troops_sent_are_a_deployment_not_military_cooperation():
    events = code("Rwanda redeployed troops to Mozambique's Cabo Delgado province.")
    assert not [e for e in events if e.event_type == "COOPERATE"]


def test_resolving_an_issue_is_no_concession():
    assert not [e for e in code("Ghana and Togo resolved the issue of cross-border trade.") if e.event_type == "CONCEDE"]


def test_a_tax_hike_scrapped_after_protests_is_a_concession():
    event = only(code("Bowing to street protests, Nigeria's government scrapped the planned tax hike on Monday."), "CONCEDE")
    assert (event.source.country, event.cameo) == ("NGA", "0832")


def test_a_lawsuit_and_a_charge_accuse_and_a_guilty_verdict_convicts():
    lawsuit = only(code("South Africa sued Israel at the International Court of Justice."), "ACCUSE")
    assert (dyad(lawsuit)[0], lawsuit.mode, lawsuit.cameo) == ("ZAF", "allege", "115")
    charged = only(code("Former Peruvian President Pedro Castillo was charged with rebellion by prosecutors."), "ACCUSE")
    assert (charged.mode, charged.cameo) == ("allege", "1121")
    verdict = only(code("The Bangladeshi opposition leader was found guilty of corruption by a court in Dhaka."), "SANCTION")
    assert (verdict.source.sector, verdict.target.country, verdict.mode) == ("JUD", "BGD", "convict")


def test_economic_sanctions_lifted_are_a_retreat_and_a_ban_lifted_a_concession():
    sanctions = only(code("Canada lifted its economic sanctions on Venezuela on Thursday."), "RETREAT")
    assert (dyad(sanctions), sanctions.cameo) == (("CAN", "VEN"), "085")
    ban = only(code("Kazakhstan lifted its ban on Russian journalists on Monday."), "CONCEDE")
    assert ban.source.country == "KAZ"


def test_a_request_declined_is_a_rejection_not_a_new_request():
    events = code("Brazil declined Argentina's request for an emergency loan.")
    assert [e.event_type for e in events] == ["REJECT"] and dyad(events[0]) == ("BRA", "ARG")


def test_a_vow_to_retaliate_threatens_force():
    event = only(code("Pakistan vowed to retaliate against India for the missile strikes."), "THREATEN")
    assert (dyad(event), event.mode) == (("PAK", "IND"), "violence")


def test_protesters_gathering_protest_but_leaders_gathering_do_not():
    event = only(code("Thousands of protesters gathered outside the parliament in Tbilisi on Sunday."), "PROTEST")
    assert (event.source.country, event.mode) == ("GEO", "demo")
    assert not [e for e in code("European leaders gathered in Brussels on Thursday.") if e.event_type == "PROTEST"]


def test_protesters_clashing_with_police_riot_and_armies_clashing_fight():
    riot = only(code("Opposition supporters clashed with police in Dakar on Friday."), "PROTEST")
    assert (riot.source.country, riot.mode) == ("SEN", "riot")
    fight = only(code("Sudan's army clashed with the Rapid Support Forces in Khartoum on Friday."), "ASSAULT")
    assert fight.source.country == "SDN"


def test_a_reviewed_prohibition_verb_codes_on_its_own():
    event = only(code("Mali's junta forbade the opposition parties from holding rallies."), "COERCE")
    assert dyad(event) == ("MLI", "MLI") and event.target.sector == "OPP" and event.cameo.startswith("172")


def test_aid_promised_to_a_country_is_an_agreement_to_give_aid():
    event = only(code("Japan promised Ukraine more air defence systems on Monday."), "AGREE")
    assert (dyad(event), event.cameo) == (("JPN", "UKR"), "033")


def test_fighting_between_forces_is_an_assault_but_fighting_corruption_is_not():
    event = only(code("Fighting between the Sudanese army and the Rapid Support Forces flared in El Obeid on Monday."), "ASSAULT")
    assert event.source.country == "SDN"
    assert not code("Fighting corruption between now and the election is Ghana's priority.")


def test_ministers_conferring_consult_but_an_award_conferred_does_not():
    event = only(code("The foreign ministers of Algeria and Tunisia conferred on Monday on border security."), "CONSULT")
    assert {event.source.country, event.target.country} == {"DZA", "TUN"}
    assert not [e for e in code("Senegal conferred its highest honour on the Gambian president.") if e.event_type == "CONSULT"]

"""English wordings of CAMEO roots 03-20 added by helper lexen21 (wave 21).

Each class of triggers/wordings-en-lexen21.yaml (and the entries it narrowed) is
checked on sentences written for this test, about many regions, with the real
English pipeline: type, CAMEO code and both sides' countries, and for the new
triggers their negation and modality. Beside each class sit the ordinary senses
of the same words (a record hit, a loan taken out, a storm alert raised, police
roadblocks, remorse not shown), which must code no event of that type.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2025-06-11"

code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 03 AGREE


@pytest.mark.parametrize("text, pair", [
    ("Peru extended an olive branch to Chile after the fishing dispute.", ("PER", "CHL")),
    ("Egypt held out an olive branch to Ethiopia over the Nile dam.", ("EGY", "ETH")),
])
def test_olive_branch_is_agree_037(text, pair):
    event = only(code(text), "AGREE")
    assert sides(event) == pair and event.cameo == "037"


@pytest.mark.parametrize("text, pair", [
    ("Vietnam signalled its readiness to deepen ties with South Korea.", ("VNM", "KOR")),
    ("Senegal is keen to strengthen ties with Morocco, its foreign minister said.", ("SEN", "MAR")),
])
def test_commitment_to_closer_ties_is_agree_030_intended(text, pair):
    event = only(code(text), "AGREE")
    assert sides(event) == pair and event.cameo == "030" and event.modality == "intended"


def test_ties_merely_grown_stronger_are_no_agreement():
    assert not positive(code("Chile deepened ties with New Zealand last year."), "AGREE")


# ------------------------------------------------------------ 05 SUPPORT: apology, rallying support


@pytest.mark.parametrize("text, pair", [
    ("Belgium said sorry to Congo for its colonial abuses.", ("BEL", "COD")),
    ("Australia expressed remorse to Indonesia over the spying affair.", ("AUS", "IDN")),
])
def test_apology_wordings_are_support_055(text, pair):
    event = only(code(text), "SUPPORT")
    assert sides(event) == pair and event.cameo == "055"


def test_remorse_not_shown_is_no_apology():
    assert not positive(code("The Serbian government showed no remorse to Croatia."), "SUPPORT")


@pytest.mark.parametrize("text, pair", [
    ("Nigeria drummed up support for Ghana's candidacy among West African states.", ("NGA", "GHA")),
    ("Turkey rallied support for Azerbaijan's bid at the summit.", ("TUR", "AZE")),
])
def test_rallying_support_for_a_party_is_support_053_not_protest(text, pair):
    events = code(text)
    event = only(events, "SUPPORT")
    assert sides(event) == pair and event.cameo == "053"
    assert not positive(events, "PROTEST")


def test_a_crowd_rallying_against_a_bill_is_still_a_protest():
    event = only(code("Thousands rallied in Lusaka against the new cyber law."), "PROTEST")
    assert event.source.country == "ZMB"


# ------------------------------------------------------------ 06 COOPERATE, 11 ACCUSE


def test_joint_manoeuvres_are_military_cooperation():
    event = only(code("Greek and Egyptian troops staged joint manoeuvres off Crete."), "COOPERATE")
    assert set(sides(event)) == {"GRC", "EGY"} and event.cameo == "062"


@pytest.mark.parametrize("text, pair", [
    ("Pakistan laid the blame on India for the dam breach.", ("PAK", "IND")),
    ("Kinshasa pinned the blame on Rwanda for the massacre.", ("COD", "RWA")),
])
def test_laying_the_blame_on_a_party_is_accuse_112(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.cameo == "112"


# ------------------------------------------------------------ 14 PROTEST, 15 MOBILIZE


def test_protesters_setting_up_roadblocks_obstruct_passage():
    event = only(code("Protesters set up roadblocks on highways across Bolivia."), "PROTEST")
    assert event.source.country == "BOL" and event.cameo == "144"


def test_police_roadblocks_are_no_protest():
    assert not positive(code("Police set up roadblocks around Harare after the attack."), "PROTEST")


def test_raising_the_terror_threat_level_is_police_alert_151():
    event = only(code("Belgian police raised the terror threat level in Brussels."), "MOBILIZE")
    assert event.source.country == "BEL" and event.cameo == "151"


def test_a_storm_alert_level_is_no_mobilisation():
    assert not positive(code("The weather office raised the storm alert level for Dhaka."), "MOBILIZE")


def test_sending_the_national_guard_is_police_mobilisation_153():
    event = only(code("Trump sent the National Guard into Chicago."), "MOBILIZE")
    assert event.source.country == "USA" and event.cameo == "153"


def test_nuclear_drills_are_a_show_of_force():
    event = only(code("Belarus staged tactical nuclear drills near the Polish border."), "MOBILIZE")
    assert event.source.country == "BLR" and event.cameo == "150"


# ------------------------------------------------------------ 16 SANCTION


@pytest.mark.parametrize("text, pair", [
    ("Mexico hit China with new tariffs on steel.", ("MEX", "CHN")),
    ("Washington slapped Caracas with fresh sanctions.", ("USA", "VEN")),
])
def test_hitting_a_party_with_tariffs_is_sanction(text, pair):
    event = only(code(text), "SANCTION")
    assert sides(event) == pair


def test_threatening_to_hit_with_tariffs_is_no_sanction():
    assert not positive(code("Trump threatened to hit Brazil with tariffs."), "SANCTION")


def test_a_record_hit_is_no_sanction():
    assert not positive(code("Japanese stocks hit a record high on Tuesday."), "SANCTION")


@pytest.mark.parametrize("text, pair", [
    ("Paraguay pulled its diplomats out of Venezuela.", ("PRY", "VEN")),
    ("Burundi brought its ambassador home from Kigali.", ("BDI", "RWA")),
])
def test_envoys_pulled_out_reduce_relations_161(text, pair):
    events = code(text)
    event = only(events, "SANCTION")
    assert sides(event) == pair and event.cameo == "161"
    assert not positive(events, "RETREAT")


# ------------------------------------------------------------ 17 COERCE, 18 ASSAULT


def test_coercing_a_state_is_coerce_170():
    event = only(code("Moscow coerced Georgia into dropping the association deal."), "COERCE")
    assert sides(event) == ("RUS", "GEO") and event.cameo == "170"


def test_a_denied_coercion_is_no_coercion():
    assert not positive(code("Beijing denied that it coerced Lithuania."), "COERCE")


def test_taking_out_a_commander_is_assassination():
    event = only(code("Israel took out a senior Hezbollah commander in Beirut."), "ASSAULT")
    assert event.source.country == "ISR" and event.cameo == "186"


def test_a_loan_taken_out_is_no_assault():
    assert not positive(code("Ghana took out a 600-million-dollar loan from China."), "ASSAULT")


def test_a_barrage_of_missiles_is_aerial_assault():
    event = only(code("Iran unleashed a barrage of missiles on Israel."), "ASSAULT")
    assert sides(event) == ("IRN", "ISR") and event.cameo == "195"


def test_a_barrage_of_criticism_is_no_assault():
    assert not positive(code("The senator unleashed a barrage of criticism at Beijing."), "ASSAULT")


# ------------------------------------------------------------ 04 CONSULT, 057 agreement (idioms)


def test_jetting_into_a_capital_is_a_visit():
    event = only(code("Brazilian President Lula jetted into Luanda on Monday."), "CONSULT")
    assert sides(event) == ("BRA", "AGO") and event.cameo == "042"


def test_putting_pen_to_paper_is_an_agreement():
    event = only(code("Chile and India put pen to paper on a trade pact."), "AGREE")
    assert set(sides(event)) == {"CHL", "IND"}


# ------------------------------------------------------------ later classes: rebuttal, displeasure, fasts, arrests, imagery


def test_hitting_back_at_a_party_verbally_is_criticism_111():
    event = only(code("Pakistan hit back at India over the water allegations."), "ACCUSE")
    assert sides(event) == ("PAK", "IND") and event.cameo == "111"


def test_hitting_back_with_air_strikes_is_no_criticism():
    assert not positive(code("Israel hit back at Hamas with air strikes."), "ACCUSE")


def test_bristling_at_criticism_is_disapproval_110():
    event = only(code("Hungary bristled at EU criticism of its media law."), "ACCUSE")
    assert sides(event) == ("HUN", "EUR") and event.cameo == "110"


def test_an_indefinite_fast_in_protest_is_a_hunger_strike():
    event = only(code("Jailed Bahraini activists went on an indefinite fast to protest their detention."), "PROTEST")
    assert event.cameo == "142"


def test_a_religious_fast_is_no_protest():
    assert not positive(code("Muslims in Senegal broke their Ramadan fast at sunset."), "PROTEST")


def test_hauling_in_for_questioning_is_an_arrest():
    event = only(code("Ugandan police hauled in opposition lawmakers for questioning."), "COERCE")
    assert event.source.country == "UGA" and event.cameo == "173"


def test_sharing_satellite_imagery_is_intelligence_sharing_064():
    event = only(code("Britain shared satellite imagery with Estonia."), "COOPERATE")
    assert set(sides(event)) == {"GBR", "EST"} and event.cameo == "064"


# ------------------------------------------------------------ event nouns under a support verb


def test_a_clampdown_on_the_press_is_coerce_172():
    event = only(code("Tanzania launched a clampdown on opposition newspapers."), "COERCE")
    assert event.source.country == "TZA" and event.cameo == "172"


def test_a_border_skirmish_is_an_assault_both_ways():
    events = positive(code("Thai and Cambodian troops engaged in a skirmish on the border."), "ASSAULT")
    assert {(e.source.country, e.target.country) for e in events} == {("THA", "KHM"), ("KHM", "THA")}


def test_a_verbal_skirmish_is_no_assault():
    assert not positive(code("Indian and Pakistani diplomats engaged in a verbal skirmish at the UN."), "ASSAULT")


def test_a_troop_drawdown_is_retreat_087():
    event = only(code("France began a drawdown of its troops from Chad."), "RETREAT")
    assert event.source.country == "FRA" and event.cameo == "087"


def test_a_drawdown_of_oil_stocks_is_no_retreat():
    assert not positive(code("Japan ordered a drawdown of its oil reserves."), "RETREAT")


def test_overtures_made_to_a_state_are_agree_030():
    event = only(code("Greece made overtures to Turkey after the earthquake."), "AGREE")
    assert sides(event) == ("GRC", "TUR") and event.cameo == "030"


def test_a_tirade_delivered_against_a_state_is_criticism():
    event = only(code("Iran delivered a stinging tirade against France."), "ACCUSE")
    assert sides(event) == ("IRN", "FRA") and event.cameo == "111"


def test_nationalising_a_foreign_company_is_confiscation_1711():
    event = only(code("Bolivia nationalised the gas fields of Spanish companies."), "COERCE")
    assert event.source.country == "BOL" and event.cameo == "1711"


def test_threatening_to_nationalise_is_no_confiscation():
    assert not positive(code("Mali threatened to nationalise the Canadian gold mine."), "COERCE")


def test_a_forced_repatriation_is_deportation_174():
    event = only(code("Pakistan carried out a forced repatriation of Afghan refugees."), "COERCE")
    assert event.source.country == "PAK" and event.cameo == "174"


def test_clemency_granted_to_prisoners_is_concede_081():
    event = only(code("Vietnam's president granted clemency to 3,000 prisoners."), "CONCEDE")
    assert event.source.country == "VNM" and event.cameo == "081"


def test_clemency_sought_is_no_concession():
    assert not positive(code("The lawyers of the jailed Kenyan activist sought clemency."), "CONCEDE")


def test_a_prison_sentence_handed_down_is_a_conviction():
    event = only(code("A Turkish court handed a four-year prison sentence to the Istanbul mayor."), "SANCTION")
    assert event.source.country == "TUR" and event.cameo == "16"


def test_a_sentence_being_served_is_no_conviction():
    assert not positive(code("The former Peruvian president is serving a 25-year sentence in Lima."), "SANCTION")


# ------------------------------------------------------------ idioms of 10-18: exception, deadlines, bombs set off, rampages, poisonings


def test_taking_exception_to_remarks_is_disapproval_110():
    event = only(code("Indonesia took exception to Australia's remarks."), "ACCUSE")
    assert sides(event) == ("IDN", "AUS") and event.cameo == "110"


def test_a_deadline_set_for_a_party_is_an_ultimatum_139():
    event = only(code("Kenya set Somalia a deadline to withdraw its troops."), "THREATEN")
    assert sides(event) == ("KEN", "SOM") and event.cameo == "139"


def test_an_election_deadline_is_no_ultimatum():
    assert not positive(code("Zambia's election commission set a deadline for candidates."), "THREATEN")


def test_a_bomb_set_off_in_a_city_is_a_bombing_183():
    event = only(code("Militants set off a bomb at a market in Peshawar."), "ASSAULT")
    assert event.cameo == "183"


def test_protests_set_off_are_no_bombing():
    assert not positive(code("The verdict set off protests across Senegal."), "ASSAULT")


def test_a_rampage_in_a_village_is_unconventional_violence_180():
    event = only(code("Gunmen went on a rampage in a village in Zamfara state."), "ASSAULT")
    assert event.cameo == "180"


def test_poisoning_an_opponent_is_an_assassination_attempt_185():
    event = only(code("Belarusian agents poisoned an exiled opposition activist in Vilnius."), "ASSAULT")
    assert event.source.country == "BLR" and event.cameo == "185"


def test_poisoned_relations_are_no_assault():
    assert not positive(code("The spying row poisoned relations between Delhi and Ottawa."), "ASSAULT")


def test_a_blessing_given_to_a_plan_is_endorsement_051():
    event = only(code("Beijing gave its blessing to Pakistan's plan."), "SUPPORT")
    assert sides(event) == ("CHN", "PAK") and event.cameo == "051"


def test_a_religious_blessing_is_no_endorsement():
    assert not positive(code("The pope gave his blessing to pilgrims in Lisbon."), "SUPPORT")

"""English wire-copy forms found missing or mis-coded on unseen articles, eighth pass.

Each class is checked on sentences written for this test (many regions, none
from the gold sets) with the real English pipeline: the type, CAMEO code and
both sides' countries users see. Beside each class sit the ordinary senses of
the same words ("turned back the clock", "the yuan appreciated", "disappointed
by the result", "conferred on security", police deployed, a delegation that
arrives), which must code no event of that class.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 163 tariffs laid on another's goods (coded SANCTION 160)


@pytest.mark.parametrize("text, pair", [
    ("Washington imposed 25% tariffs on imports from Mexico.", ("USA", "MEX")),
    ("The EU slapped anti-dumping duties on steel from Vietnam.", ("EUR", "VNM")),
    ("Trump ordered a 25% tariff on all Colombian goods.", ("USA", "COL")),
    ("Turkey raised tariffs on Chinese electric cars to 40%.", ("TUR", "CHN")),
    ("India hiked import duties on Chinese solar panels.", ("IND", "CHN")),
])
def test_tariffs_imposed_ordered_or_raised_sanction_the_goods_origin(text, pair):
    event = only(code(text), "SANCTION")
    assert sides(event) == pair and event.polarity == "positive"


@pytest.mark.parametrize("text", [
    "Brazilian exporters paid tariffs on their shipments to Europe.",
    "Investors weighed the threat of new US tariffs.",
    "EU finance ministers agreed to cut tariffs on Ukrainian steel imports.",
])
def test_tariffs_paid_feared_or_cut_are_no_sanction(text):
    assert not positive(code(text), "SANCTION")


def test_tariffs_threatened_stay_a_threat():
    event = only(code("Trump threatened to impose tariffs on goods from Brazil."), "THREATEN")
    assert sides(event) == ("USA", "BRA") and event.cameo == "1312"


# ------------------------------------------------------------ 111 disapproval: feelings and insulting names


@pytest.mark.parametrize("text, pair", [
    ("Kenya said it was disappointed by Tanzania's decision to bar its activists.", ("KEN", "TZA")),
    ("New Zealand said it was deeply disappointed with the Cook Islands' decision.", ("NZL", "COK")),
    ("Bangladesh was dismayed at India's decision on the river.", ("BGD", "IND")),
])
def test_disappointment_at_another_decision_is_disapproval(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.mode == "disapprove"


def test_disappointment_at_a_result_accuses_no_one():
    assert not code("Senegal's coach was disappointed by the result against Egypt.")


@pytest.mark.parametrize("text, pair", [
    ("Zelensky called the Russian veto a disgrace.", ("UKR", "RUS")),
    ("Maduro described the Guyanese president as a traitor.", ("VEN", "GUY")),
    ("Ankara called the Swedish decision an affront.", ("TUR", "SWE")),
])
def test_an_insulting_name_for_another_act_is_disapproval(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.cameo == "111"


def test_a_flattering_name_is_no_disapproval():
    assert not positive(code("Lula called the Chinese proposal a good basis for talks."), "ACCUSE")


# ------------------------------------------------------------ 120 planes, boats and convoys turned back


@pytest.mark.parametrize("text, pair", [
    ("Colombia turned back two US military planes carrying deportees.", ("COL", "USA")),
    ("Tunisia turned away a Libyan aid convoy at the border.", ("TUN", "LBY")),
])
def test_planes_or_convoys_turned_back_are_rejected(text, pair):
    event = only(code(text), "REJECT")
    assert sides(event) == pair


def test_turning_back_the_clock_rejects_nothing():
    assert not code("Ghana's parliament turned back the clock on press freedom.")


# ------------------------------------------------------------ 051 honours conferred, support appreciated


@pytest.mark.parametrize("text, pair", [
    ("Putin conferred on Modi the Order of St Andrew.", ("RUS", "IND")),
    ("Kuwait's emir bestowed the Order of Mubarak the Great upon the Indian prime minister.", ("KWT", "IND")),
    ("Pakistan appreciates China's support.", ("PAK", "CHN")),
    ("Nepal appreciated India's assistance after the floods.", ("NPL", "IND")),
])
def test_an_honour_conferred_or_support_appreciated_is_praise(text, pair):
    event = only(code(text), "SUPPORT")
    assert sides(event) == pair and event.cameo == "051"


def test_foreign_ministers_who_confer_on_a_topic_consult():
    event = only(code("Morocco and Mauritania conferred on security in the Sahel."), "CONSULT")
    assert not positive(code("Morocco and Mauritania conferred on security in the Sahel."), "SUPPORT")
    assert set(sides(event)) == {"MAR", "MRT"}


def test_a_currency_that_appreciates_praises_no_one():
    assert not code("The yuan appreciated against the dollar.")


# ------------------------------------------------------------ 036 invitations to visit


@pytest.mark.parametrize("text, pair", [
    ("Ruto invited the Tanzanian president to attend the summit in Nairobi.", ("KEN", "TZA")),
    ("Qatar invited Sudan's army to talks in Doha.", ("QAT", "SDN")),
])
def test_an_invitation_to_a_summit_or_talks_is_the_host_intent_to_meet(text, pair):
    event = only(code(text), "AGREE")
    assert sides(event) == pair and event.cameo == "036" and event.modality == "intended"


def test_an_invitation_extended_is_a_meeting_to_come():
    event = only(code("Kenya extended an invitation to Ethiopia's prime minister."), "AGREE")
    assert sides(event) == ("KEN", "ETH") and event.modality == "intended"


def test_an_invitation_to_visit_is_one_intent_to_meet_between_host_and_guest():
    event = only(code("Xi invited Lula to visit China."), "AGREE")
    assert set(sides(event)) == {"CHN", "BRA"} and event.cameo == "036"


def test_an_invitation_to_invest_is_no_intent_to_meet():
    assert not positive(code("Prabowo invited Indian companies to invest in Indonesia."), "AGREE")


# ------------------------------------------------------------ 073 relief teams deployed or arriving


@pytest.mark.parametrize("text, pair", [
    ("Turkey deployed search and rescue teams to Libya.", ("TUR", "LBY")),
    ("Egypt deployed an emergency medical team to Sudan.", ("EGY", "SDN")),
])
def test_relief_teams_deployed_are_humanitarian_aid(text, pair):
    event = only(code(text), "AID")
    assert sides(event) == pair and event.cameo == "073"
    assert not positive(code(text), "MOBILIZE")


def test_rescue_teams_arriving_are_aid_from_each_country():
    events = positive(code("Search and rescue teams from China, India and Russia have arrived in Myanmar."), "AID")
    assert {sides(e) for e in events} == {("CHN", "MMR"), ("IND", "MMR"), ("RUS", "MMR")}


def test_police_deployed_abroad_stay_a_mobilisation():
    assert not positive(code("Kenya deployed police officers to Haiti."), "AID")


def test_a_delegation_arriving_is_still_a_visit():
    event = only(code("A Chinese delegation arrived in Nairobi."), "CONSULT")
    assert sides(event) == ("CHN", "KEN") and event.mode == "visit"


# ------------------------------------------------------------ 0871 pauses in offensive operations


def test_a_pause_in_strikes_is_a_ceasefire_declared():
    event = only(code("Israel announced a pause in strikes on Rafah."), "RETREAT")
    assert event.mode == "ceasefire" and event.source.country == "ISR"


def test_a_call_for_a_pause_declares_nothing():
    assert not positive(code("Egypt called for a pause in the fighting in Gaza."), "RETREAT")


# ------------------------------------------------------------ precision: warnings, calls, ended cooperation, talks


@pytest.mark.parametrize("text", [
    "China warned pilots of the drills near Taiwan.",
    "OCHA warned that the fighting in Sudan could hamper relief efforts.",
])
def test_a_notice_or_a_warning_of_risk_threatens_no_one(text):
    assert not positive(code(text), "THREATEN")


def test_a_warning_of_retaliation_still_threatens():
    event = only(code("Russia warned Finland of retaliation."), "THREATEN")
    assert sides(event) == ("RUS", "FIN")


def test_a_leader_phoned_on_a_weekday_is_asked_nothing():
    assert not positive(code("Erdogan called Putin on Tuesday."), "REQUEST")


def test_a_call_on_a_weekday_to_act_is_still_an_appeal():
    event = only(code("Egypt called on Israel on Monday to open the crossing."), "REQUEST")
    assert sides(event) == ("EGY", "ISR")


def test_cooperation_ended_is_no_cooperation():
    events = code("Mali ended its military cooperation with France.")
    assert not positive(events, "COOPERATE")
    assert sides(only(events, "SANCTION")) == ("MLI", "FRA")


def test_an_army_withdrawing_from_talks_halts_negotiations():
    events = code("Sudan's army withdrew from the talks with the RSF in Jeddah.")
    assert not positive(events, "RETREAT") and not positive(events, "CONSULT")
    assert only(events, "SANCTION").cameo == "164"


# ------------------------------------------------------------ 110 concerns raised with or about another


@pytest.mark.parametrize("text, pair", [
    ("Ghana raised concerns with Nigeria over the border closure.", ("GHA", "NGA")),
    ("Manila raised concerns about Chinese manoeuvres near Scarborough Shoal.", ("PHL", "CHN")),
])
def test_concerns_raised_with_or_about_a_party_are_disapproval(text, pair):
    event = only(code(text), "ACCUSE")
    assert sides(event) == pair and event.mode == "disapprove"
    assert not positive(code(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Doctors raised concerns about the health of the detained Egyptian journalist.",
    "Zambia raised $2 billion from Chinese lenders.",
])
def test_concern_for_health_or_money_raised_accuses_no_one(text):
    assert not positive(code(text), "ACCUSE")

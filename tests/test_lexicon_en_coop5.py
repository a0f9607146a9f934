"""English wire-copy forms of the cooperative half of the CAMEO codebook (roots 03-09, 12), fifth pass.

Each class is checked on sentences written for this test (many regions, none
from the gold sets) with the real English pipeline: the type, CAMEO code and
both sides' countries users see. Beside each class sit the ordinary senses of
the same words ("said no one was hurt", "reopened the investigation", "wrote
off bad loans", "suspended flights", "trained their guns on"), which must
code no event of that class, and its negations and modalities.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 03 AGREE: understandings, renewals, trade intents


@pytest.mark.parametrize("text, pair", [
    ("The Philippines and Vietnam reached an understanding on the South China Sea.", {"PHL", "VNM"}),
    ("Guyana and Suriname came to an understanding over their river border.", {"GUY", "SUR"}),
    ("Kenya and Uganda renewed their defence pact.", {"KEN", "UGA"}),
    ("Egypt and Sudan extended their grain agreement for a year.", {"EGY", "SDN"}),
])
def test_an_understanding_reached_or_a_pact_renewed_is_an_agreement(text, pair):
    event = only(code(text), "AGREE")
    assert set(sides(event)) == pair and event.polarity == "positive"


def test_a_broad_consensus_among_experts_is_no_agreement():
    assert not code("There is a broad consensus among economists that inflation in Ghana will fall.")


def test_sanctions_extended_are_not_an_agreement_renewed():
    assert not positive(code("The EU extended sanctions on Russia for six months."), "AGREE")


def test_a_vow_to_double_trade_is_an_intent_to_cooperate_economically():
    event = only(code("Vietnam and Cambodia vowed on Monday to double bilateral trade by 2030."), "AGREE")
    assert set(sides(event)) == {"VNM", "KHM"} and event.cameo == "0311" and event.modality == "intended"  # economic (061): CAMEO 0311


# ------------------------------------------------------------ 04 CONSULT: landed in, spoke with


@pytest.mark.parametrize("text, pair", [
    ("The Saudi crown prince landed in Seoul on Sunday.", ("SAU", "KOR")),
    ("Indian Prime Minister Narendra Modi landed in Abu Dhabi for a two-day visit.", ("IND", "ARE")),
])
def test_a_leader_landing_in_a_capital_is_a_visit(text, pair):
    event = only(code(text), "CONSULT")
    assert sides(event) == pair and event.mode == "visit"


@pytest.mark.parametrize("text", [
    "A Russian missile landed in a field in Moldova.",
    "Indian troops landed in the Maldives.",
])
def test_missiles_or_troops_that_land_make_no_visit(text):
    assert not positive(code(text), "CONSULT")


@pytest.mark.parametrize("text, pair", [
    ("Blinken talked with his Chinese counterpart on the sidelines of the summit.", {"USA", "CHN"}),
    ("Brazil's foreign minister spoke with his Argentine counterpart in Brasilia.", {"BRA", "ARG"}),
])
def test_speaking_with_a_counterpart_is_a_consultation(text, pair):
    event = only(code(text), "CONSULT")
    assert set(sides(event)) == pair and event.polarity == "positive"


def test_speaking_by_phone_stays_a_phone_call():
    event = only(code("Macron spoke by telephone with Pezeshkian."), "CONSULT")
    assert sides(event) == ("FRA", "IRN") and event.mode == "phone"


@pytest.mark.parametrize("text", [
    "A senior Kenyan official spoke with Reuters on condition of anonymity.",
    "Zelensky spoke with reporters in Kyiv.",
])
def test_speaking_with_the_press_consults_no_one(text):
    assert not code(text)


# ------------------------------------------------------------ 06 COOPERATE: stepped up, trade expanded, training


@pytest.mark.parametrize("text, pair", [
    ("Tunisia and Italy stepped up cooperation on migration.", {"TUN", "ITA"}),
    ("Kenya and Somalia ramped up security coordination along their border.", {"KEN", "SOM"}),
])
def test_cooperation_stepped_up_is_cooperation(text, pair):
    event = only(code(text), "COOPERATE")
    assert set(sides(event)) == pair


def test_a_call_to_step_up_cooperation_is_no_cooperation():
    assert not positive(code("The UN urged Tunisia to step up cooperation with Italy on migration."), "COOPERATE")


@pytest.mark.parametrize("text, pair", [
    ("China and Brazil expanded bilateral trade.", {"CHN", "BRA"}),
    ("Ethiopia and Eritrea resumed trade across the border.", {"ETH", "ERI"}),
])
def test_trade_expanded_or_resumed_is_economic_cooperation(text, pair):
    event = only(code(text), "COOPERATE")
    assert set(sides(event)) == pair and event.cameo == "061"


@pytest.mark.parametrize("text", [
    "Trade between Kenya and Tanzania fell by 10 percent.",
    "The United States and China expanded their trade war.",
])
def test_trade_falling_or_a_trade_war_is_no_cooperation(text):
    assert not positive(code(text), "COOPERATE")


@pytest.mark.parametrize("text, pair", [
    ("The US trained Ukrainian soldiers in Germany.", ("USA", "UKR")),
    ("Turkey trained Somali army officers in Mogadishu.", ("TUR", "SOM")),
])
def test_training_another_state_s_soldiers_is_military_cooperation(text, pair):
    event = only(code(text), "COOPERATE")
    assert sides(event) == pair and event.cameo == "062"


def test_guns_trained_on_a_ship_are_no_training():
    assert not positive(code("Iranian forces trained their guns on a British tanker."), "COOPERATE")


# ------------------------------------------------------------ 07 AID: debt relief, treatment centres


@pytest.mark.parametrize("text, pair", [
    ("China wrote off Zambia's debt.", ("CHN", "ZMB")),
    ("Paris Club creditors cancelled Somalia's debt.", (None, "SOM")),
])
def test_debt_written_off_or_cancelled_is_economic_aid(text, pair):
    event = only(code(text), "AID")
    assert event.target.country == pair[1] and event.cameo == "071"
    assert pair[0] is None or event.source.country == pair[0]


def test_bad_loans_written_off_by_a_bank_are_no_aid():
    assert not code("The bank wrote off bad loans worth $2 billion.")


def test_treatment_centres_opened_in_another_country_are_humanitarian_aid():
    event = only(code("Saudi Arabia opened 12 cholera treatment centres in Yemen."), "AID")
    assert sides(event) == ("SAU", "YEM") and event.cameo == "073"


def test_an_embassy_opened_is_no_aid():
    assert not positive(code("Saudi Arabia opened an embassy in Yemen."), "AID")


# ------------------------------------------------------------ 08 CONCEDE / RETREAT


@pytest.mark.parametrize("text, pair", [
    ("Moscow swapped prisoners with Kyiv on Friday.", ("RUS", "UKR")),
    ("Armenia swapped detainees with Azerbaijan.", ("ARM", "AZE")),
])
def test_prisoners_swapped_with_the_other_side_are_released_to_it(text, pair):
    # a swap is a release by each side to the other (the entry is mutual: one record each way)
    releases = [e for e in code(text) if e.event_type == "RETREAT"]
    assert sorted(sides(e) for e in releases) == sorted([pair, pair[::-1]])
    assert {e.cameo for e in releases} == {"0841"}


def test_a_coordinated_prisoner_exchange_is_a_release_between_both_sides():
    releases = [e for e in code("Russia and Ukraine exchanged 95 prisoners of war each.") if e.event_type == "RETREAT"]
    assert sorted(sides(e) for e in releases) == [("RUS", "UKR"), ("UKR", "RUS")]
    assert {e.mode for e in releases} == {"release"}


def test_nationals_handed_over_to_their_country_are_released():
    event = only(code("Belarus handed over two Polish citizens to Poland."), "RETREAT")
    assert sides(event) == ("BLR", "POL") and event.mode == "release"


def test_suspects_handed_over_to_police_are_no_release():
    assert not positive(code("Italy handed over two Tunisian nationals suspected of smuggling to police."), "RETREAT")


@pytest.mark.parametrize("text, pair", [
    ("Ethiopia and Eritrea reopened their border.", {"ETH", "ERI"}),
    ("Pakistan reopened the Torkham crossing with Afghanistan.", {"PAK", "AFG"}),
])
def test_a_border_reopened_eases_restrictions(text, pair):
    event = only(code(text), "CONCEDE")
    assert set(sides(event)) == pair and event.cameo == "081"


def test_an_investigation_reopened_is_no_concession():
    assert not positive(code("Kenyan police reopened the investigation into the killing."), "CONCEDE")


@pytest.mark.parametrize("text, source", [
    ("M23 rebels halted their offensive on Goma.", "COD"),
    ("Israel suspended air strikes on Rafah for 48 hours.", "ISR"),
])
def test_an_offensive_halted_is_de_escalation(text, source):
    event = only(code(text), "RETREAT")
    assert event.source.country == source and event.cameo == "087"


@pytest.mark.parametrize("text", [
    "Kenya Airways suspended flights to Mogadishu.",
    "The UN urged both sides in Sudan to halt the fighting.",
])
def test_flights_suspended_or_a_call_to_halt_fighting_is_no_retreat(text):
    assert not positive(code(text), "RETREAT")


def test_a_union_calling_off_its_strike_still_eases_dissent():
    events = code("Nigerian workers called off their general strike.")
    assert not positive(events, "RETREAT") and only(events, "CONCEDE").cameo == "082"


@pytest.mark.parametrize("text, source", [
    ("Hamas said it would not release more hostages until Israeli troops withdraw.", "PSE"),
    ("Sheikh Hasina said she would not bow to the protesters.", "BGD"),
    ("Mali's junta said it would not lift the curfew in Bamako.", "MLI"),
])
def test_a_concession_or_release_refused_in_the_future_is_a_refusal(text, source):
    events = code(text)
    event = only(events, "REJECT")
    assert event.source.country == source and event.cameo == "124" and event.polarity == "positive"
    assert not [e for e in events if e.event_type in ("CONCEDE", "RETREAT") and e.source.country == source]


def test_a_release_that_did_not_happen_stays_a_negated_release():
    event = only(code("Israel did not release the Palestinian prisoners on Saturday."), "RETREAT")
    assert event.polarity == "negative"


# ------------------------------------------------------------ 12 REJECT: said no, ignored, flouted, in defiance, dismissed


@pytest.mark.parametrize("text, pair", [
    ("Poland said no to the EU's migration pact.", ("POL", "EUR")),
    ("Ecuador's government said no on Tuesday to Colombia's demand.", ("ECU", "COL")),
    ("Ethiopia ignored Egypt's request to halt the filling of the dam.", ("ETH", "EGY")),
    ("Russia flouted the UN resolution on Ukraine.", ("RUS", "UNO")),
    ("Belarus dismissed the EU sanctions as illegitimate.", ("BLR", "EUR")),
])
def test_a_demand_or_a_pact_refused_ignored_or_dismissed_is_a_rejection(text, pair):
    event = only(code(text), "REJECT")
    assert sides(event) == pair and event.polarity == "positive"


@pytest.mark.parametrize("text", [
    "The Nigerian army said no one was hurt in the attack.",
    "Kenyan officials said no decision had been taken on the request.",
    "Ruto dismissed the interior minister.",
])
def test_a_report_of_nothing_or_a_minister_dismissed_rejects_nothing(text):
    assert not positive(code(text), "REJECT")


def test_acting_in_defiance_of_a_court_ruling_defies_it():
    event = only(code("In defiance of a court ruling, Poland's government pressed ahead with the reform."), "REJECT")
    assert event.source.country == "POL" and event.cameo == "128"


def test_a_show_of_defiance_defies_no_one():
    assert not code("The Georgian crowd responded with a show of defiance.")


# ------------------------------------------------------------ nominal events and the recipient's side


@pytest.mark.parametrize("text, pair, cameo", [
    ("Kenya received a $2 billion loan from China.", ("CHN", "KEN"), "071"),
    ("Uganda received 10,000 doses of vaccine from India.", ("IND", "UGA"), "073"),
    ("Ukraine received the first F-16 jets from Denmark.", ("DNK", "UKR"), "072"),
])
def test_aid_received_from_a_giver_is_the_giver_s_aid(text, pair, cameo):
    event = only(code(text), "AID")
    assert sides(event) == pair and event.cameo == cameo


@pytest.mark.parametrize("text", [
    "The Kenyan minister received a bribe from a Chinese company.",
    "Sudanese patients received treatment from Egyptian doctors.",
])
def test_bribes_or_treatment_received_are_no_aid_and_no_visit(text):
    events = code(text)
    assert not positive(events, "AID") and not positive(events, "CONSULT")


@pytest.mark.parametrize("text, pair", [
    ("Turkey hosted refugees from Syria.", ("TUR", "SYR")),
    ("Chad hosted more than 600,000 Sudanese refugees.", ("TCD", "SDN")),
])
def test_refugees_hosted_are_taken_in_not_received_on_a_visit(text, pair):
    events = code(text)
    assert sides(only(events, "AID")) == pair and not positive(events, "CONSULT")


def test_a_delivery_named_with_its_giver_and_recipient_is_military_aid():
    event = only(code("The delivery of Patriot systems to Ukraine by Germany was completed."), "AID")
    assert sides(event) == ("DEU", "UKR") and event.cameo == "072"


def test_the_lifting_of_sanctions_names_whom_they_weighed_on():
    event = only(code("The lifting of sanctions on Syria by the EU was announced on Monday."), "RETREAT")
    assert sides(event) == ("EUR", "SYR") and event.cameo == "085"


@pytest.mark.parametrize("text, pair, cameo", [
    ("Germany's apology to Namibia was rejected by the Herero.", ("DEU", "NAM"), "055"),
    ("Spain's recognition of Palestine angered Israel.", ("ESP", "PSE"), "054"),
])
def test_an_apology_or_a_recognition_named_by_its_noun_is_support(text, pair, cameo):
    event = only(code(text), "SUPPORT")
    assert sides(event) == pair and event.cameo == cameo


@pytest.mark.parametrize("text", [
    "The Kenyan award was given in recognition of his work for refugees.",
    "Ghana demanded an apology from the Nigerian envoy.",
])
def test_recognition_of_work_or_an_apology_demanded_is_no_support(text):
    assert not positive(code(text), "SUPPORT")


# ------------------------------------------------------------ visits paid and envoys sent


@pytest.mark.parametrize("text, pair", [
    ("The Japanese ambassador paid a courtesy call on the Nigerian president.", ("JPN", "NGA")),
    ("China dispatched a special envoy to Myanmar.", ("CHN", "MMR")),
    ("Qatar sent a delegation to Kabul for talks with the Taliban.", ("QAT", "AFG")),
])
def test_a_courtesy_call_or_an_envoy_sent_is_a_visit(text, pair):
    event = only(code(text), "CONSULT")
    assert sides(event) == pair and event.mode == "visit"


def test_a_delegation_sent_with_no_destination_visits_no_one():
    events = code("Putin and Zelensky did not meet in Istanbul on Thursday, as Moscow sent a low-level delegation.")
    assert not positive(events, "CONSULT")


# ------------------------------------------------------------ 08 military de-escalation, property returned, yielding


@pytest.mark.parametrize("text, pair, cameo", [
    ("Russia scaled back its military presence in Syria.", ("RUS", "SYR"), "087"),
    ("The US drew down its troops in Iraq.", ("USA", "IRQ"), "087"),
    ("Ethiopian troops vacated positions inside Eritrea.", ("ETH", "ERI"), "0874"),
])
def test_a_presence_scaled_back_or_positions_vacated_is_a_retreat(text, pair, cameo):
    event = only(code(text), "RETREAT")
    assert sides(event) == pair and event.cameo == cameo


def test_civilians_evacuated_are_no_retreat():
    assert not positive(code("Ukraine evacuated civilians from the town of Pokrovsk."), "RETREAT")


@pytest.mark.parametrize("text, pair", [
    ("Iran released the seized Greek tanker.", ("IRN", "GRC")),
    ("Venezuela returned the seized Guyanese trawlers to Guyana.", ("VEN", "GUY")),
])
def test_a_seized_ship_released_or_returned_is_property_returned(text, pair):
    event = only(code(text), "RETREAT")
    assert sides(event) == pair and event.cameo == "0842"


def test_footage_released_returns_nothing():
    assert not code("The Nigerian army released video footage of the strike.")


@pytest.mark.parametrize("text, pair", [
    ("Serbia softened its stance on Kosovo.", ("SRB", "XKX")),
    ("Pakistan's government backtracked on its plan to raise fuel prices after protests.", ("PAK", None)),
    ("Kenya's government met the demands of the striking doctors.", ("KEN", None)),
])
def test_a_stance_softened_a_plan_dropped_or_demands_met_is_a_concession(text, pair):
    event = only(code(text), "CONCEDE")
    assert event.source.country == pair[0] and event.cameo == "080"
    assert pair[1] is None or event.target.country == pair[1]


@pytest.mark.parametrize("text", [
    "The Bank of England softened its tone on inflation.",
    "The Kenyan president met the leaders of the striking doctors.",
])
def test_a_central_bank_s_tone_or_a_meeting_with_strikers_is_no_concession(text):
    assert not positive(code(text), "CONCEDE")


def test_demands_not_met_are_no_concession():
    assert not positive(code("Nigeria's government failed to meet the demands of the labour unions."), "CONCEDE")


# ------------------------------------------------------------ ties mended, basing rights, joint bodies, investment, relief


@pytest.mark.parametrize("text, pair", [
    ("Turkey and Egypt mended ties.", {"TUR", "EGY"}),
    ("Ethiopia and Somalia buried the hatchet.", {"ETH", "SOM"}),
])
def test_ties_mended_or_a_hatchet_buried_is_diplomatic_cooperation(text, pair):
    event = only(code(text), "SUPPORT")
    assert set(sides(event)) == pair and event.cameo == "050"


def test_an_attempt_to_mend_ties_is_none_yet():
    assert not positive(code("Turkey's attempt to mend ties with Egypt failed."), "SUPPORT")


@pytest.mark.parametrize("text, pair, cameo", [
    ("Djibouti allowed US troops to use its naval base.", ("DJI", "USA"), "062"),
    ("Kenya and Ethiopia set up a joint commission on border security.", ("KEN", "ETH"), "060"),
    ("The UAE invested $35 billion in Egypt.", ("ARE", "EGY"), "061"),
])
def test_basing_rights_joint_bodies_and_investment_are_cooperation(text, pair, cameo):
    event = only(code(text), "COOPERATE")
    assert sides(event) == pair and event.cameo == cameo


def test_aid_convoys_let_in_are_access_not_military_cooperation():
    events = code("Egypt allowed aid convoys into Gaza through its port.")
    assert not positive(events, "COOPERATE")


def test_investing_in_one_s_own_stocks_is_no_cooperation():
    assert not positive(code("Norway's wealth fund invested $2 billion in US stocks."), "COOPERATE")


@pytest.mark.parametrize("text, pair, cameo", [
    ("Greece helped Turkey fight wildfires.", ("GRC", "TUR"), "073"),
    ("France offered Morocco 150 million euros in earthquake relief.", ("FRA", "MAR"), "033"),
    ("The EU earmarked 50 million euros for Sudanese refugees in Chad.", ("EUR", "SDN"), "071"),
    ("The IMF approved a $1 billion disbursement for Pakistan.", (None, "PAK"), "071"),
])
def test_relief_help_money_offered_or_earmarked_is_aid_or_its_promise(text, pair, cameo):
    event = [e for e in code(text) if e.event_type in ("AID", "AGREE")]
    assert len(event) == 1 and event[0].cameo == cameo and event[0].target.country == pair[1]
    assert pair[0] is None or event[0].source.country == pair[0]


@pytest.mark.parametrize("text", [
    "Sudanese militias helped start the fires in Darfur.",
    "Kenya allocated $2 billion to its own defence budget.",
])
def test_fires_started_or_a_defence_budget_are_no_aid(text):
    assert not positive(code(text), "AID")


def test_refugees_welcomed_are_taken_in_not_an_approval():
    events = code("Senegal welcomed 3,000 Gambian refugees.")
    assert sides(only(events, "AID")) == ("SEN", "GMB") and not positive(events, "SUPPORT")


def test_a_central_bank_deposit_extended_is_economic_aid():
    event = only(code("Saudi Arabia extended a $3 billion deposit to Pakistan."), "AID")
    assert sides(event) == ("SAU", "PAK") and event.cameo == "071"


def test_a_lithium_deposit_found_is_no_aid():
    assert not code("China discovered a $2 billion lithium deposit in Mali.")

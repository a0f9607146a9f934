"""English triggers for the conflict half of the CAMEO codebook (roots 10-20), by class.

Verbs, nouns and set phrases added to ``packs/en/triggers.yaml``,
``triggers/verbs-codebook.yaml`` and ``triggers/nominal-10-20.yaml`` for the
forms wire copy uses: appeals that name no addressee, hunger strikes, labour
strikes named by who strikes, shutdown strikes, trade bans, expulsions
("ordered out"), expanded offensives, and bombings with no bomber named. Each
case codes sentences written for this test (not from the dev gold or the
codebook set) with the real English pipeline, and checks what a user sees:
the PLOVER type and mode, the CAMEO root and the countries; each widened
entry has a sentence in its ordinary sense that must code no such event.
"""

from __future__ import annotations

import pytest

from event_checks import coder, only, types


code = coder("en", "2024-05-10")


# ---------------------------------------------------------------- 10 REQUEST


@pytest.mark.parametrize("text, country", [
    ("Malawi's government appealed for emergency food aid on Monday after floods destroyed harvests.", "MWI"),
    ("The Philippine government appealed on Sunday for international help to rebuild typhoon-hit provinces.", "PHL"),
])
def test_an_appeal_for_aid_may_name_no_addressee(text, country):
    event = only(code(text), "REQUEST")
    assert event.source.country == country and event.target is None and event.cameo.startswith("10")


def test_an_appeal_to_a_party_keeps_it_as_target():
    event = only(code("Somalia appealed to Turkey on Tuesday for naval support."), "REQUEST")
    assert (event.source.country, event.target.country) == ("SOM", "TUR")


@pytest.mark.parametrize("text, dyad", [
    ("Pakistan sought a new loan from the International Monetary Fund on Monday.", ("PAK", "IGO")),
    ("The Philippines sought clarification from China over the collision.", ("PHL", "CHN")),
])
def test_seeking_aid_or_answers_from_a_party_is_a_request(text, dyad):
    event = only(code(text), "REQUEST")
    assert (event.source.country, event.target.country) == dyad


def test_seeking_office_is_no_request():
    assert "REQUEST" not in types(code("Senegal's president sought re-election in February."))


def test_lobbying_a_government_is_a_request_for_support():
    event = only(code("Armenian diplomats lobbied the French government to recognise Nagorno-Karabakh."), "REQUEST")
    assert (event.source.country, event.target.country, event.cameo) == ("ARM", "FRA", "102")


# ---------------------------------------------------------------- 13 THREATEN


@pytest.mark.parametrize("text, mode, cameo", [
    ("Ghana's unions threatened to strike over fuel prices.", "relations", "133"),
    ("China threatened to impose tariffs on Australian wine.", "restrict", "1312"),
    ("Algeria threatened to cut diplomatic ties with Morocco.", "relations", "1313"),
    ("Burundi threatened to expel the UN human rights office.", "expel", "136"),
    ("Zimbabwe's government threatened to impose a curfew in Harare.", "restrict", "1323"),
    ("Russia threatened to use nuclear weapons against NATO.", "violence", "1385"),
    ("Belarus warned Lithuania that it would retaliate militarily.", "violence", "138"),
    ("The Malian junta threatened to pull out of the peace talks with the rebels.", "relations", "134"),
])
def test_what_is_threatened_gives_the_mode_and_code(text, mode, cameo):
    event = only(code(text), "THREATEN")
    assert (event.mode, event.cameo) == (mode, cameo)


# ---------------------------------------------------------------- 14 PROTEST


@pytest.mark.parametrize("text", [
    "Jailed Turkish activists refused food on Monday to protest against their prison conditions.",
    "A detained Bahraini dissident stopped eating on Saturday in protest at his solitary confinement.",
    "Palestinian prisoners began a hunger strike in Israeli jails on Sunday.",
])
def test_hunger_strikes_in_their_wire_forms(text):
    event = only(code(text), "PROTEST")
    assert (event.mode, event.cameo) == ("hunger", "142")


def test_refusing_food_aid_is_no_hunger_strike():
    events = code("Eritrea refused food aid from the World Food Programme on Monday.")
    assert not any(e.mode == "hunger" for e in events)


@pytest.mark.parametrize("text, country", [
    ("Kenyan nurses staged a strike on Tuesday over unpaid salaries.", "KEN"),
    ("Nigerian doctors began an indefinite strike on Monday.", "NGA"),
    ("Argentine transport workers held a 24-hour strike against the austerity plan.", "ARG"),
])
def test_labour_strikes_named_by_who_strikes_or_how_long(text, country):
    event = only(code(text), "PROTEST")
    assert event.mode == "strike" and event.source.country == country
    assert "ASSAULT" not in types(code(text))


def test_a_missile_strike_on_a_city_stays_an_assault():
    events = code("A Russian missile strike on Kyiv killed four people on Friday.")
    assert any(e.event_type == "ASSAULT" and e.target.country == "UKR" for e in events)
    assert "PROTEST" not in types(events)


def test_traders_shutting_their_shops_strike():
    event = only(code("Pakistani traders shut their shops in Karachi on Friday to protest against the arrest of a cleric."), "PROTEST")
    assert (event.mode, event.cameo, event.source.sector) == ("strike", "143", "BUS")


def test_police_closing_shops_is_no_strike():
    assert "PROTEST" not in types(code("Police in Karachi closed shops near the stadium on Friday."))


def test_protesters_gathered_outside_a_building_demonstrate():
    event = only(code("Hundreds of Armenian protesters gathered outside parliament in Yerevan on Monday."), "PROTEST")
    assert (event.mode, event.source.country) == ("demo", "ARM")


def test_taking_to_the_streets_is_a_demonstration():
    event = only(code("Opposition supporters took to the streets of Dakar on Friday."), "PROTEST")
    assert (event.mode, event.source.country) == ("demo", "SEN")


def test_taking_the_stage_is_no_demonstration():
    assert "PROTEST" not in types(code("Senegal's president took the stage in Dakar on Friday."))


# ---------------------------------------------------------------- 16 SANCTION


@pytest.mark.parametrize("text, dyad", [
    ("Russia banned imports of Moldovan wine on Wednesday.", ("RUS", "MDA")),
    ("Indonesia halted exports of nickel ore to China in January.", ("IDN", "CHN")),
])
def test_trade_bans_are_sanctions_not_coercion(text, dyad):
    event = only(code(text), "SANCTION")
    assert (event.source.country, event.target.country, event.mode) == (*dyad, "discontinue")
    assert "COERCE" not in types(code(text))


def test_a_ban_on_people_stays_coercion():
    event = only(code("Uganda banned opposition rallies in Kampala on Monday."), "COERCE")
    assert event.source.country == "UGA"


def test_ordering_a_party_out_expels_it():
    event = only(code("Niger ordered the French ambassador out of the country on Friday."), "SANCTION")
    assert (event.source.country, event.target.country, event.mode) == ("NER", "FRA", "expel")


def test_recalling_an_ambassador_reduces_relations_with_the_post_s_country():
    event = only(code("Algeria recalled its ambassador from Madrid on Saturday."), "SANCTION")
    assert (event.source.country, event.target.country, event.cameo) == ("DZA", "ESP", "161")


@pytest.mark.parametrize("text, dyad", [
    ("The World Bank suspended lending to Uganda on Tuesday.", ("IGO", "UGA")),
    ("Russia pulled out of the Black Sea grain deal with Ukraine on Monday.", ("RUS", "UKR")),
])
def test_aid_stopped_and_pacts_left_are_sanctions(text, dyad):
    event = only(code(text), "SANCTION")
    assert (event.source.country, event.target.country) == dyad


def test_a_candidate_pulling_out_of_a_race_is_no_sanction():
    assert "SANCTION" not in types(code("Kenya's opposition leader pulled out of the presidential race."))


def test_cuts_to_one_s_own_university_funding_are_no_sanction():
    events = code("Tens of thousands of Chileans marched in Santiago against cuts to university funding.")
    assert "SANCTION" not in types(events) and "PROTEST" in types(events)


# ---------------------------------------------------------------- 17 COERCE


def test_dissolving_parties_bans_them():
    event = only(code("Mali's junta dissolved all political parties on Wednesday."), "COERCE")
    assert (event.source.country, event.mode, event.cameo) == ("MLI", "restrict", "1722")


def test_dissolving_parliament_for_elections_is_no_ban():
    assert "COERCE" not in types(code("Thailand's prime minister dissolved parliament on Friday, paving the way for elections."))


def test_raiding_offices_is_a_search_not_an_assault():
    events = code("Police raided the offices of an opposition newspaper in Harare on Monday.")
    assert only(events, "COERCE").mode == "seize" and "ASSAULT" not in types(events)


def test_media_broadcasts_suspended_restrict_expression():
    event = only(code("Burkina Faso suspended the broadcasts of Radio France Internationale on Monday."), "COERCE")
    assert (event.source.country, event.cameo) == ("BFA", "1721")


@pytest.mark.parametrize("text, event_type, mode", [
    ("Tunisia expelled hundreds of migrants to the Libyan border on Sunday.", "COERCE", "deport"),
    ("Niger expelled three French diplomats on Monday.", "SANCTION", "expel"),
])
def test_persons_expelled_are_deported_and_diplomats_expelled_are_sanctions(text, event_type, mode):
    event = only(code(text), event_type)
    assert event.mode == mode


# ---------------------------------------------------------------- 18-20 ASSAULT


def test_armies_fighting_one_another():
    event = only(code("Sudan's army and the RSF fought for control of the Khartoum airport on Saturday."), "ASSAULT")
    assert {event.source.country, event.target.country} == {"SDN"} and event.cameo == "190"
    assert {event.source.sector, event.target.sector} == {"MIL", "REB"}


def test_fighting_corruption_is_no_assault():
    assert "ASSAULT" not in types(code("Nigeria's government fought corruption in the oil sector."))


@pytest.mark.parametrize("text, country", [
    ("A roadside bomb killed three soldiers in Burkina Faso's Sahel region on Monday.", "BFA"),
    ("A car bomb exploded near a police station in Mogadishu on Thursday.", "SOM"),
    ("Two explosions ripped through a crowded market in Peshawar on Sunday, killing 20 people.", "PAK"),
    ("A suicide bomber killed 14 people at a checkpoint in Baghdad on Tuesday.", "IRQ"),
])
def test_bombings_with_no_bomber_named_are_an_armed_group_s(text, country):
    event = only(code(text), "ASSAULT")
    assert (event.source.sector, event.source.country) == ("REB", country)
    assert event.cameo.startswith("183")


@pytest.mark.parametrize("text", [
    "Police defused a bomb found outside a mosque in Kano on Monday.",
    "A gas explosion at a factory in Tianjin killed ten workers on Monday.",
])
def test_bombs_defused_and_industrial_explosions_are_no_attack(text):
    assert "ASSAULT" not in types(code(text))


def test_an_offensive_expanded_attacks_the_place():
    event = only(code("Israel's army expanded its offensive in the Gaza Strip on Saturday."), "ASSAULT")
    assert (event.source.country, event.target.country, event.cameo) == ("ISR", "PSE", "190")


def test_expanding_trade_is_no_offensive():
    assert "ASSAULT" not in types(code("Vietnam and Australia expanded their trade operations on Monday."))


# ---------------------------------------------------------------- set phrases of roots 10-18


@pytest.mark.parametrize("text, event_type, dyad", [
    ("France pushed for new sanctions against Iran on Monday.", "REQUEST", ("FRA", None)),
    ("Turkey took issue with the French statement on Armenia.", "ACCUSE", ("TUR", "FRA")),
    ("Pakistan lambasted India on Sunday.", "ACCUSE", ("PAK", "IND")),
    ("Israel ruled out talks with Hamas on Tuesday.", "REJECT", ("ISR", "PSE")),
    ("Hungary balked at the EU's plan for Ukraine.", "REJECT", ("HUN", "EUR")),
    ("Japan scrambled fighter jets on Friday.", "MOBILIZE", ("JPN", None)),
    ("Poland reinforced its border with Belarus on Thursday.", "MOBILIZE", ("POL", None)),
    ("The Palestinian delegation walked out of the talks with Israel.", "SANCTION", ("PSE", "ISR")),
    ("Belarus placed the opposition leader under house arrest.", "COERCE", ("BLR", "BLR")),
    ("Ukraine hit Russian air bases with drones on Sunday.", "ASSAULT", ("UKR", "RUS")),
])
def test_set_phrases_of_the_conflict_codes(text, event_type, dyad):
    event = only(code(text), event_type)
    source, target = dyad
    assert event.source.country == source
    assert target is None or (event.target is not None and event.target.country == target)


@pytest.mark.parametrize("text, event_type", [
    ("Investigators ruled out foul play in the crash of the plane.", "REJECT"),
    ("A typhoon hit the northern Philippines on Sunday.", "ASSAULT"),
    ("Sanctions hit Russia's economy hard in 2023.", "ASSAULT"),
    ("Ghana and Togo reinforced their cooperation on trade.", "MOBILIZE"),
])
def test_the_same_verbs_in_their_ordinary_senses(text, event_type):
    assert event_type not in types(code(text))

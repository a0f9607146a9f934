"""English phrasal verbs, idioms and register variants by CAMEO family (wave 18).

Each family of triggers/wire-phrasal-register.yaml is checked on sentences
written for this test (many regions, none from the gold sets) with the real
English pipeline: type, CAMEO code and both sides' countries. Beside each family
sit the ordinary senses of the same words (a storm that batters a coast, a deal
hammered out, a trophy carried off, a deficit trimmed), which must code no event
of that type.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2024-05-15"

code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 162 aid reduced or put on hold


@pytest.mark.parametrize("text, pair", [
    ("Washington reduced military aid to Egypt.", ("USA", "EGY")),
    ("Germany trimmed development assistance to Niger.", ("DEU", "NER")),
    ("Britain pared back its aid to Rwanda.", ("GBR", "RWA")),
    ("Japan scaled down its funding for the Myanmar junta.", ("JPN", "MMR")),
    ("The Netherlands put its aid to Mali on hold.", ("NLD", "MLI")),
])
def test_aid_reduced_or_put_on_hold_is_sanction_162(text, pair):
    event = only(code(text), "SANCTION")
    assert sides(event) == pair and event.cameo == "162"


@pytest.mark.parametrize("text", [
    "Argentina reduced its reliance on IMF aid.",
    "Ghana scaled up aid to flood victims.",
    "India reduced interest rates.",
    "France trimmed its budget deficit.",
])
def test_reliance_rates_or_deficits_reduced_are_no_sanction(text):
    assert not positive(code(text), "SANCTION")


# ------------------------------------------------------------ 16 idioms: pull the plug, send packing, show the door


def test_pulling_the_plug_on_a_pact_reduces_relations():
    event = only(code("Italy pulled the plug on its Belt and Road pact with China."), "SANCTION")
    assert sides(event) == ("ITA", "CHN")


@pytest.mark.parametrize("text, pair", [
    ("Burkina Faso sent the French ambassador packing.", ("BFA", "FRA")),
    ("Russia showed two Estonian diplomats the door.", ("RUS", "EST")),
])
def test_expulsion_idioms_are_sanction_166(text, pair):
    event = only(code(text), "SANCTION")
    assert sides(event) == pair and event.cameo == "166"


def test_protesters_sent_home_are_no_expulsion():
    assert not positive(code("Police sent the protesters home."), "SANCTION")


# ------------------------------------------------------------ 194 register variants of 'pound'


@pytest.mark.parametrize("text, pair", [
    ("Russian missiles battered Ukrainian energy infrastructure.", ("RUS", "UKR")),
    ("Israeli warplanes hammered Hezbollah positions in southern Lebanon.", ("ISR", "LBN")),
    ("Israeli jets bombarded Hezbollah positions in southern Lebanon.", ("ISR", "LBN")),
])
def test_battered_or_hammered_positions_are_heavy_fighting(text, pair):
    event = only(code(text), "ASSAULT")
    assert sides(event) == pair and event.cameo == "194"


@pytest.mark.parametrize("text", [
    "Typhoon Gaemi battered the Philippine coast.",
    "Negotiators from Chile and Peru hammered out a trade deal.",
    "The peso was hammered by the Fed's decision.",
])
def test_storms_deals_and_currencies_are_no_assault(text):
    assert not positive(code(text), "ASSAULT")


# ------------------------------------------------------------ 181 abduction, phrasal


@pytest.mark.parametrize("text, pair", [
    ("Gunmen carried off twenty schoolchildren in Kaduna.", ("NGA", "NGA")),
    ("Militants spirited away two Italian missionaries in Mali.", ("MLI", "ITA")),
])
def test_people_carried_off_are_abducted(text, pair):
    event = only(code(text), "ASSAULT")
    assert event.cameo == "181" and sides(event)[1] == pair[1]


@pytest.mark.parametrize("text", [
    "The British team carried off the trophy in Paris.",
    "Floods carried away dozens of villagers in Malawi.",
    "Rescuers carried the wounded children away from the rubble in Gaza.",
])
def test_trophies_floods_and_rescues_are_no_abduction(text):
    assert not positive(code(text), "ASSAULT")


# ------------------------------------------------------------ 111 / 120 criticism and rejection idioms


def test_railing_against_a_country_is_criticism():
    event = only(code("Iran railed against the United States."), "ACCUSE")
    assert sides(event) == ("IRN", "USA") and event.cameo == "111"


@pytest.mark.parametrize("text, pair", [
    ("The Kremlin poured cold water on Ukraine's peace plan.", ("RUS", "UKR")),
    ("Seoul threw cold water on Pyongyang's proposal.", ("KOR", "PRK")),
])
def test_cold_water_poured_on_a_plan_rejects_it(text, pair):
    event = only(code(text), "REJECT")
    assert sides(event) == pair and event.cameo == "120"


@pytest.mark.parametrize("text", [
    "Firefighters in Chile poured cold water on the burning truck.",
    "Japan poured cold water on speculation of an early election.",
])
def test_cold_water_on_a_fire_or_on_speculation_is_no_rejection(text):
    assert not positive(code(text), "REJECT")


# ------------------------------------------------------------ 052 verbal defence


@pytest.mark.parametrize("text, pair", [
    ("The Chinese ambassador came to the defence of Hungary's president.", ("CHN", "HUN")),
    ("Turkey rose to the defense of Azerbaijan.", ("TUR", "AZE")),
    ("Moscow rushed to the defense of the Belarusian leader.", ("RUS", "BLR")),
])
def test_coming_to_the_defence_of_a_party_is_verbal_support(text, pair):
    """The party after 'of' is the one defended, not the defender (nominal_on_behalf)."""
    event = only(code(text), "SUPPORT")
    assert sides(event) == pair and event.cameo == "052"


def test_a_defence_discussed_is_no_support():
    assert not positive(code("The lawyers in Nairobi discussed the defence of the accused."), "SUPPORT")


def test_coming_to_a_vessels_aid_stays_aid():
    assert not positive(code("The Indian navy came to the aid of a Bangladeshi vessel."), "SUPPORT")


# ------------------------------------------------------------ 173 / 1721 arrests and censorship


def test_activists_locked_up_are_arrested():
    event = only(code("Nicaraguan police locked up dozens of opposition activists."), "COERCE")
    assert event.cameo == "173" and sides(event)[0] == "NIC"


@pytest.mark.parametrize("text, country", [
    ("The junta muzzled Burkinabe journalists.", "BFA"),
    ("Ankara gagged the opposition press.", "TUR"),
])
def test_press_muzzled_is_restriction_of_freedoms(text, country):
    event = only(code(text), "COERCE")
    assert event.cameo == "1721" and sides(event)[0] == country


@pytest.mark.parametrize("text", [
    "The Zambian bank locked up its savings in bonds.",
    "Guards in Lima locked up the embassy building for the night.",
])
def test_savings_or_buildings_locked_up_are_no_arrest(text):
    assert not positive(code(text), "COERCE")


# ------------------------------------------------------------ agreements inked or thrashed out


@pytest.mark.parametrize("text, pair", [
    ("Canberra inked a defence pact with Tokyo.", ("AUS", "JPN")),
    ("Armenia and Azerbaijan thrashed out a peace treaty.", ("ARM", "AZE")),
    ("Seoul and Tokyo ironed out a compromise on the labour dispute.", ("KOR", "JPN")),
])
def test_agreements_inked_or_thrashed_out_are_agreements(text, pair):
    event = only(code(text), "AGREE")
    assert set(sides(event)) == set(pair)


def test_differences_ironed_out_state_no_agreement():
    assert not positive(code("Peru and Bolivia ironed out their differences over the lake."), "AGREE")

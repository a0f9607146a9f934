"""English triggers of the conflict half of the CAMEO codebook (roots 10-20), second pass.

Classes added to ``triggers/verbs-codebook.yaml`` and ``triggers/nominal-10-20.yaml``
(with the frames ``occupy`` and ``threaten`` of ``pack.yaml``) for the forms
Reuters, AP, AFP, BBC and Al Jazeera write: indictments (ACCUSE 1121, not an
arrest), tariffs and duties slapped on a country, visa and travel
restrictions, parties put on a blacklist or an entity list, treaties suspended
or revoked, high commissioners recalled, territory seized (COERCE 192),
rockets fired into a country, and threats whose party is named after the
threatened act ("mediation between X and Y", "bombings in Nairobi"). Every
sentence is written for this test (none from the dev gold or the codebook
set) and coded by the real English pipeline; each widened entry has
sentences in an ordinary sense, negated or only planned, that must code no
such event.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event
from event_checks import only


def code(text: str, published: str = "2024-05-10") -> list[Event]:
    return chronicle.code(text, published=published, lang="en")


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


def dyad(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


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


def test_a_missile_fired_into_the_sea_stays_a_weapons_test():
    events = code("North Korea fired a ballistic missile into the sea on Monday.")
    assert "ASSAULT" not in types(events) and only(events, "MOBILIZE").mode == "weapons"

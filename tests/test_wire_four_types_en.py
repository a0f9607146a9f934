"""English constructions of ACCUSE, SANCTION, AID and REQUEST that wire copy and
newspapers of many regions write and the coder missed or mis-addressed: a demand
whose addressee is the subject of a for-to infinitive ("called for Russia to
withdraw"), demands, calls and appeals made by a light verb, the country where the
persons whose release is asked are held, nouns of displeasure and criticism carried
by a light verb, condemnations in reported speech, a deed blamed "on" a party, trade
halted with a country, credit and swaps extended, military goods handed over, money
deposited "with" a central bank, and "Houthi" before an agent noun. Sentences
written for these tests, about many regions; negation and modality checked."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder


_code = coder("en", "2025-04-14")


def _of_type(events: list[Event], event_type: str) -> list[tuple]:
    """(source country, target country, polarity, modality) of the events of a type."""
    return [(e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events if e.event_type == event_type]


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


# ------------------------------------------------------------------ REQUEST


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya called for Ethiopia to reopen the border crossing at Moyale.", "KEN", "ETH"),
        ("Buenos Aires called for Chile to withdraw its claim to the continental shelf.", "ARG", "CHL"),
        ("Sweden called for Hungary to ratify its NATO membership without delay.", "SWE", "HUN"),
        ("Washington called for Serbia to pull back its forces from the border with Kosovo.", "USA", "SRB"),
    ],
)
def test_the_subject_of_a_for_to_infinitive_is_asked(text, source, target):
    """"called for Ethiopia to reopen": 'for' introduces the infinitive's own subject,
    who is asked to act, not the place the act concerns ("from the border with Kosovo")."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "REQUEST"), _listing(events)


def test_a_for_to_demand_keeps_its_negation_and_modality():
    """A demand not made is negative; one that may be made is hypothetical."""
    denied = _of_type(_code("Indonesia did not call for Myanmar to free Aung San Suu Kyi."), "REQUEST")
    assert denied == [("IDN", "MMR", "negative", "actual")]
    maybe = _of_type(_code("France could call for Algeria to release the writer."), "REQUEST")
    assert maybe == [("FRA", "DZA", "positive", "hypothetical")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The African Union issued a call for an immediate truce in eastern Congo.", "IGO", None),
        ("Lebanon renewed its demand that Israel withdraw from the five hilltops.", "LBN", "ISR"),
        ("Moldova repeated its appeal to the European Union for gas supplies.", "MDA", "EUR"),
    ],
)
def test_a_demand_made_by_a_light_verb_is_a_request(text, source, target):
    """"issued a call for a truce" names no addressee (GUIDELINES: target null); "renewed
    its demand that Israel withdraw" is addressed to the content clause's subject."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "REQUEST"), _listing(events)


def test_a_demand_heeded_is_no_new_request():
    """A demand heeded or rejected is the other side's act, not a demand made anew."""
    events = _code("Pretoria rejected the call for a boycott of the summit.")
    assert not _of_type(events, "REQUEST"), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Australia demanded the release of its citizen detained in China.", "AUS", "CHN"),
        ("Britain called for the release of the aid workers held in Iran.", "GBR", "IRN"),
    ],
)
def test_a_release_is_asked_of_the_country_holding_the_persons(text, source, target):
    """"the release of its citizen detained in China": with no agent, the country where
    they are held holds them."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "REQUEST"), _listing(events)


def test_houthi_before_an_agent_noun_is_the_movement():
    """"Houthi fighters", "Houthi leaders" act for the Houthis, a Yemeni armed movement
    (the attributive form of the name)."""
    events = _code("Houthi fighters attacked Saudi positions near Jazan.")
    assault = next(e for e in events if e.event_type == "ASSAULT")
    assert (assault.source.name, assault.source.country, assault.source.sector) == ("Houthis", "YEM", "REB"), _listing(events)
    events = _code("Houthi leaders demanded that Saudi Arabia pay public salaries.")
    assert ("YEM", "SAU", "positive", "actual") in _of_type(events, "REQUEST"), _listing(events)


# ------------------------------------------------------------------ ACCUSE


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China's commerce ministry expressed strong dissatisfaction with the Netherlands' chip export curbs.", "CHN", "NLD"),
        ("Ankara voiced its discontent over Stockholm's decision.", "TUR", "SWE"),
        ("Indonesia voiced strong criticism of Australia's submarine deal.", "IDN", "AUS"),
        ("Nicaragua's government railed at Washington over the sanctions.", "NIC", "USA"),
        ("Ireland's prime minister said Israel's bombing of Rafah was unconscionable.", "IRL", "ISR"),
        ("Taiwan's defence ministry said China's drills were irrational.", "TWN", "CHN"),
        ("Tehran blamed the attack on Israel.", "IRN", "ISR"),
        ("Kyiv blamed the strike on Moscow.", "UKR", "RUS"),
    ],
)
def test_disapproval_in_the_forms_of_wire_copy(text, source, target):
    """Nouns of displeasure and criticism carried by a light verb, a judgement in
    reported speech, and a deed blamed "on" a party: the party is the doer disapproved of."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "ACCUSE"), _listing(events)


def test_a_deal_criticised_is_no_agreement_with_the_critic():
    """"voiced criticism of Australia's submarine deal": the deal is Australia's, never
    one struck with Indonesia, which only judges it."""
    events = _code("Indonesia voiced strong criticism of Australia's submarine deal.")
    assert not [a for a in _of_type(events, "AGREE") if "IDN" in a[:2]], _listing(events)


def test_blame_laid_on_the_doer_named_by_the_deed():
    """"blamed Russia's attack on Kharkiv": the deed's own doer is blamed, not the city."""
    events = _code("Ukraine blamed Russia's attack on Kharkiv.")
    assert ("UKR", "RUS", "positive", "actual") in _of_type(events, "ACCUSE"), _listing(events)


# ------------------------------------------------------------------ SANCTION


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey halted all trade with Israel.", "TUR", "ISR"),
        ("Kyrgyzstan suspended trade with Tajikistan after the border clashes.", "KGZ", "TJK"),
    ],
)
def test_trade_halted_with_a_country_is_a_sanction(text, source, target):
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "SANCTION"), _listing(events)


def test_trade_resumed_is_no_sanction():
    events = _code("Turkey resumed trade with Israel.")
    assert not _of_type(events, "SANCTION"), _listing(events)


# ------------------------------------------------------------------ AID


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("India extended a $400 million currency swap to the Maldives.", "IND", "MDV"),
        ("Japan handed over five patrol vessels to the Philippine coast guard.", "JPN", "PHL"),
        ("Washington sent Israel 2,000-pound bombs.", "USA", "ISR"),
        ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", "SAU", "PAK"),
    ],
)
def test_aid_in_the_forms_of_wire_copy(text, source, target):
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "AID"), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil extended the deadline for the loan talks with Argentina.",
        "The government extended cheap credit to exporters hit by the tariffs.",
    ],
)
def test_a_deadline_or_credit_to_ones_own_firms_is_no_aid(text):
    events = _code(text)
    assert not _of_type(events, "AID"), _listing(events)


def test_stern_representations_are_a_protest():
    """China's foreign ministry's formula: "lodged stern representations with X" is a
    formal protest; representation in a parliament is none."""
    events = _code("The Chinese embassy in Manila lodged stern representations with the Philippines over the incident.")
    assert ("CHN", "PHL", "positive", "actual") in _of_type(events, "ACCUSE"), _listing(events)
    events = _code("The new law guarantees the representation of women in Kenya's parliament.")
    assert not _of_type(events, "ACCUSE"), _listing(events)


def test_dialogue_suspended_over_a_law_is_a_sanction():
    """"suspended its strategic dialogue with Georgia over the foreign agents law": the
    law is the reason, not a reform paused under pressure (CONCEDE)."""
    events = _code("Britain suspended its strategic dialogue with Georgia over the foreign agents law.")
    assert ("GBR", "GEO", "positive", "actual") in _of_type(events, "SANCTION"), _listing(events)
    assert not _of_type(events, "CONCEDE"), _listing(events)


def test_aid_promised_to_a_country_names_it_not_the_giver():
    """"will provide Haiti with armoured vehicles for its police": the recipient is the
    object, not the owner of a 'for' phrase the parse hangs on the goods; promised aid is
    AGREE intended (GUIDELINES)."""
    events = _code("Canada will provide Haiti with armoured vehicles for its police.")
    assert ("CAN", "HTI", "positive", "intended") in _of_type(events, "AGREE"), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("New Zealand pressed China on human rights during the talks.", "NZL", "CHN"),
        ("Washington pressed Ankara over its purchase of Russian missiles.", "USA", "TUR"),
    ],
)
def test_a_party_pressed_on_an_issue_is_asked(text, source, target):
    """"pressed China on human rights": a demand on an issue (CAMEO 10), not talks."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "REQUEST"), _listing(events)


def test_pressing_on_with_ones_own_offensive_is_no_demand():
    events = _code("The army pressed on with its offensive against the rebels in Sudan.")
    assert not _of_type(events, "REQUEST"), _listing(events)


def test_a_deed_called_an_interference_in_reported_speech():
    events = _code("China's foreign ministry said Washington's decision was a gross interference in China's internal affairs.")
    assert ("CHN", "USA", "positive", "actual") in _of_type(events, "ACCUSE"), _listing(events)


def test_food_gifted_is_aid():
    events = _code("China gifted 1,000 tonnes of rice to Sri Lanka.")
    assert ("CHN", "LKA", "positive", "actual") in _of_type(events, "AID"), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU agreed new sanctions on Belarus.", "EUR", "BLR"),
        ("EU leaders agreed a 14th package of sanctions against Russia on Thursday.", "EUR", "RUS"),
    ],
)
def test_sanctions_agreed_by_a_bloc_are_imposed(text, source, target):
    """"the EU agreed new sanctions on Belarus": a sanction on Belarus, never an
    agreement with it."""
    events = _code(text)
    assert (source, target, "positive", "actual") in _of_type(events, "SANCTION"), _listing(events)
    assert not _of_type(events, "AGREE"), _listing(events)


def test_sanctions_not_agreed_and_sanctions_agreed_lifted():
    """Sanctions not agreed are a negative sanction; an agreement to suspend sanctions
    stays the intended easing (AGREE 0354)."""
    events = _code("The EU did not agree new sanctions on Belarus.")
    assert _of_type(events, "SANCTION") == [("EUR", "BLR", "negative", "actual")], _listing(events)
    events = _code("EU foreign ministers agreed on Monday to suspend sanctions on Syria's energy sector.")
    assert not _of_type(events, "SANCTION"), _listing(events)
    assert ("EUR", "SYR", "positive", "intended") in _of_type(events, "AGREE"), _listing(events)

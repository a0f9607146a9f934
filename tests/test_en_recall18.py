"""English events named by a noun under a reporting or deciding verb (wave 18,
recallen18): "announced the suspension of military cooperation with X", "ordered
the suspension of budget support to X". The party with whom relations are reduced
hangs, in the parse, on the noun's own "of" complement, not on the event noun.
Sentences written for these tests, about many regions."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

_code = coder("en", "2025-03-05")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana announced the suspension of military cooperation with Burkina Faso on Friday.", "GHA", "BFA"),
        ("Senegal announced the suspension of its flights to Mali on Friday.", "SEN", "MLI"),
        ("Thailand's prime minister ordered the suspension of the border agreement with Cambodia on Monday.", "THA", "KHM"),
        ("Peru announced the suspension of trade talks with Bolivia on Tuesday.", "PER", "BOL"),
        ("Japan's government announced the suspension of economic aid to Myanmar on Thursday.", "JPN", "MMR"),
    ],
)
def test_relations_reduced_name_their_party_in_the_nouns_complement(text: str, source: str, target: str) -> None:
    """The suspension's party is read inside "of ... with/to X": a SANCTION between the two."""
    events = _code(text)
    found = [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "SANCTION" and e.polarity == "positive"]
    assert (source, target) in found, _listing(events)


def test_a_suspension_with_no_party_named_stays_uncoded() -> None:
    """"announced the suspension of classes": no party anywhere, no event."""
    events = _code("Kenya's education ministry announced the suspension of classes in Nairobi on Friday because of floods.")
    assert not [e for e in events if e.event_type == "SANCTION"], _listing(events)


# ------------------------------------------------------------ deadlines given (CAMEO 139)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("ECOWAS gave Guinea's junta a week to free the detained ministers or face new sanctions.", "IGO", "GIN"),
        ("Sudan's army gave the Rapid Support Forces 72 hours to leave the city of El Fasher.", "SDN", "SDN"),
        ("The Somali government gave Ethiopia seven days to withdraw its troops from Somaliland.", "SOM", "ETH"),
        ("Colombia's president gave the ELN rebels a month to release all hostages.", "COL", "COL"),
    ],
)
def test_a_deadline_given_to_a_party_is_an_ultimatum(text: str, source: str, target: str) -> None:
    """"gave X a week to act": the giver threatens X (THREATEN 139), with no word 'ultimatum'."""
    events = _code(text)
    found = [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "THREATEN" and e.cameo == "139"]
    assert (source, target) in found, _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian minister gave a speech in Kuala Lumpur on Monday, a week after the talks.",
        "A Nairobi court gave the opposition leader two weeks to file an appeal.",
        "Kenya gave Haiti two hundred police officers last month.",
    ],
)
def test_time_that_is_no_deadline_given_to_a_party_is_no_ultimatum(text: str) -> None:
    """A week named beside another object, a court's time to appeal: no THREATEN."""
    events = _code(text)
    assert not [e for e in events if e.event_type == "THREATEN"], _listing(events)


# ------------------------------------------------------------ deeds a judgement names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zambia's opposition parties condemned the arson and urged the police to find those responsible.", "ZMB"),
        ("The Lithuanian foreign minister condemned the sabotage on Monday.", "LTU"),
        ("Sri Lanka's president described the storming of parliament as \"treasonous\".", "LKA"),
    ],
)
def test_a_judged_deed_with_no_doer_named_is_still_a_condemnation(text: str, source: str) -> None:
    """Arson, sabotage and the storming of a parliament are deeds: their judge disapproves
    (ACCUSE) even when no doer is named, as for "condemned the attack"."""
    events = _code(text)
    found = [e for e in events if e.event_type == "ACCUSE" and e.polarity == "positive"]
    assert found and found[0].source.country == source, _listing(events)


def test_the_storming_of_a_parliament_by_protesters_is_a_riot() -> None:
    """"the storming of parliament by protesters": PROTEST riot (CAMEO 145) of the protesters."""
    events = _code("The storming of Peru's Congress by protesters in Lima on Saturday left twelve police officers injured.")
    found = [e for e in events if e.event_type == "PROTEST"]
    assert found and found[0].cameo == "145" and found[0].source.country == "PER", _listing(events)


def test_the_storming_of_a_town_is_no_riot() -> None:
    """Forces storming a town attack it; the noun is a riot only for the buildings protesters storm."""
    events = _code("The storming of the town of Bakhmut by Russian troops lasted several months.")
    assert not [e for e in events if e.event_type == "PROTEST"], _listing(events)


def test_the_act_a_deadline_demands_is_not_done() -> None:
    """"gave the rebels a month to release all hostages": a release demanded, none made."""
    events = _code("Colombia's president gave the ELN rebels a month to release all hostages.")
    assert not [e for e in events if e.event_type in ("CONCEDE", "RETREAT")], _listing(events)


# ------------------------------------------------------------ coordinated parties promising to give


@pytest.mark.parametrize(
    ("text", "givers", "recipient"),
    [
        ("Haiti's transitional council welcomed the first foreign police officers in Port-au-Prince on Tuesday. Jamaica and Belize have promised to send small contingents.", {"JAM", "BLZ"}, "HTI"),
        ("Mozambique is fighting insurgents in Cabo Delgado province. Botswana and Lesotho have pledged to send small teams.", {"BWA", "LSO"}, "MOZ"),
    ],
)
def test_parties_promising_to_give_promise_a_third_party_not_each_other(text: str, givers: set[str], recipient: str) -> None:
    """"X and Y have promised to send contingents": each promises the country the story is
    about, never one the other (the coordinated parties of an agreement are partners)."""
    events = [e for e in _code(text) if e.event_type == "AGREE"]
    assert not [e for e in events if e.target and e.target.country in givers], _listing(events)
    assert {(e.source.country, e.target.country if e.target else None) for e in events} >= {(g, recipient) for g in givers}, _listing(events)


def test_parties_promising_a_settlement_between_them_stay_partners() -> None:
    """"pledged to settle their dispute": an agreement between the two."""
    events = [e for e in _code("Guyana and Venezuela pledged on Thursday to settle their border dispute peacefully.") if e.event_type == "AGREE"]
    assert {e.source.country for e in events} | {e.target.country for e in events if e.target} == {"GUY", "VEN"}, _listing(events)


def test_parties_offering_help_offer_it_to_the_country_the_story_is_about() -> None:
    """"Fiji and Tonga offered to help ...": the help each offers goes to the story's
    country (Vanuatu), never from one to the other."""
    text = ("A strong earthquake struck Vanuatu's capital Port Vila on Tuesday, and Vanuatu's government declared a state of emergency. "
            "Fiji and Tonga offered to help clear the rubble.")
    events = [e for e in _code(text) if e.event_type == "AGREE"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} >= {("FJI", "VUT"), ("TON", "VUT")}, _listing(events)

"""English constructions that lost or misplaced events (wave 16): a second verb
conjoined to the first with its own object is a second act of the shared subject;
forces moved in an agentless passive act themselves; criticism "from" its author
under a verb of the criticised; a blockade declared; a referral to a court; a
defence ministry's count of another state's aircraft or ships. Sentences written
for these tests, about many regions."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

_code = coder("en", "2024-05-20")


def _found(events: list[Event], event_type: str) -> list[tuple]:
    """(source country, source sector, target country) of the positive events of a type."""
    return [(e.source.country, e.source.sector, e.target.country if e.target else None)
            for e in events if e.event_type == event_type and e.polarity == "positive"]


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


# ------------------------------------------------------------ coordinated verbs


def test_a_second_attack_conjoined_to_the_first_is_no_restatement():
    """"shot dead X and abducted Y": the abduction is read as an act of the gunmen (its
    code survives), not dropped as a restatement of the shooting."""
    events = [e for e in _code("Gunmen shot dead three villagers in Niger's Tillaberi region on Sunday and abducted 20 others.") if e.event_type == "ASSAULT"]
    assert events and all(e.source.country == "NER" for e in events), _listing(events)
    assert "181" in {e.cameo for e in events}, _listing(events)


def test_a_second_act_whose_object_names_no_party_acts_on_the_first_acts_party():
    """"arrested 20 Myanmar fishermen and seized two trawlers": the trawlers are theirs."""
    events = _code("The Bangladesh Coast Guard arrested 20 Myanmar fishermen on Saturday and seized two trawlers near St Martin's Island.")
    found = _found(events, "COERCE")
    assert len(found) == 2 and all(target == "MMR" for _, _, target in found), _listing(events)


def test_items_of_one_commitment_stay_one_event():
    """"pledged to repeal X and restore Y": one promise, no second act of its own."""
    events = _code("Bangladesh's interim government pledged on Monday to repeal the Digital Security Act and restore press freedom.")
    assert not [e for e in events if e.modality == "actual"], _listing(events)


# ------------------------------------------------------------ forces moved in the passive


@pytest.mark.parametrize(
    ("text", "event_type", "source", "sector"),
    [
        ("Ethiopian troops were pulled back from positions near the Sudanese border on Wednesday.", "RETREAT", "ETH", "MIL"),
        ("Police in Nairobi were put on maximum alert on Tuesday ahead of planned protests.", "MOBILIZE", "KEN", "COP"),
        ("Thai troops were put on high alert along the Cambodian border on Friday.", "MOBILIZE", "THA", "MIL"),
    ],
)
def test_forces_moved_in_an_agentless_passive_are_the_source(text, event_type, source, sector):
    """"troops were pulled back from", "police were put on alert": the forces' own side acts."""
    events = _code(text)
    assert any(s == source and sec == sector for s, sec, _ in _found(events, event_type)), _listing(events)


def test_forces_stationed_somewhere_are_no_deployment():
    """"troops have been stationed in X" says where forces are, not that anyone moved them."""
    events = _code("Analysts believe the Chadian troops have been stationed at bases near the Libyan border for years.")
    assert not _found(events, "MOBILIZE"), _listing(events)


# ------------------------------------------------------------ criticism from its author


@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        ("A court in Algiers jailed the novelist on Tuesday, drawing criticism from France.", "FRA", "DZA"),
        ("Hungary drew criticism from the European Commission on Monday.", "EUR", "HUN"),
        ("Tunisia drew criticism from the United States on Monday.", "USA", "TUN"),
        ("The Georgian parliament passed the bill on Tuesday, drawing criticism from Germany.", "DEU", "GEO"),
    ],
)
def test_criticism_from_its_author_is_the_authors_accusation(text, critic, criticised):
    """"drew criticism from X", "drawing criticism from X": X criticises the subject."""
    events = _code(text)
    assert any(s == critic and t == criticised for s, _, t in _found(events, "ACCUSE")), _listing(events)


# ------------------------------------------------------------ measures named by a noun or a court


def test_a_blockade_declared_on_a_country_is_a_restriction():
    """"declared a blockade on fuel imports to Niger": the declaring side restricts Niger."""
    events = _code("The jihadist group declared a blockade on fuel imports to Niger in August.")
    assert any(t == "NER" for _, _, t in _found(events, "COERCE")), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The European Commission referred Poland to the EU Court of Justice on Thursday.", "EUR", "POL"),
        ("Brussels referred Greece to the bloc's top court over its waste water rules.", "EUR", "GRC"),
    ],
)
def test_a_state_referred_to_a_court_is_sued(text, source, target):
    """"referred X to the Court of Justice": CAMEO 115, against X."""
    events = _code(text)
    assert (source, target) in {(s, t) for s, _, t in _found(events, "ACCUSE")}, _listing(events)


def test_a_situation_referred_to_a_court_sues_no_one():
    """"referred the situation in Darfur to the ICC" names no party sued."""
    events = _code("The Security Council referred the situation in Darfur to the International Criminal Court.")
    assert not [e for e in events if e.event_type == "ACCUSE" and e.cameo == "115"], _listing(events)


# ------------------------------------------------------------ forces counted near a territory


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Taiwan's defence ministry said it detected 19 Chinese military aircraft and five navy ships operating around Taiwan on Sunday.", "CHN", "TWN"),
        ("The Philippine military said it tracked four Chinese warships near the Philippines on Monday.", "CHN", "PHL"),
    ],
)
def test_forces_counted_near_a_territory_show_force_there(text, source, target):
    """A defence ministry's count of another state's aircraft or ships: MOBILIZE by their owner."""
    events = _code(text)
    assert (source, "MIL", target) in _found(events, "MOBILIZE"), _listing(events)

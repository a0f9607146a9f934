"""English argument classes that lost events or parties on unseen news: a calling
verb whose only complement is an actor is a phone call (not an appeal); an event
noun that is the subject of a passive of condemnation is the deed condemned; a
measure a state imposes "on" a place of its own acts on the people there; the owners
a title reads off its "of" list are no further parties. Sentences written for these
tests, about many regions; the other senses of each construction must keep theirs."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder


_code = coder("en", "2024-05-20")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.mode, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.target.sector if e.target else None) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Scholz called Erdogan on Thursday to discuss migration.", "DEU", "TUR"),
        ("Petro called Maduro after the election.", "COL", "VEN"),
        ("Lula called Biden on Monday.", "BRA", "USA"),
        ("Ruto called his Tanzanian counterpart to discuss the border dispute.", "KEN", "TZA"),
        ("Sisi called the Turkish president, the presidency said.", "EGY", "TUR"),
    ],
)
def test_a_calling_verb_with_an_actor_as_its_only_complement_is_a_phone_call(text, source, target):
    """CAMEO 041 Discuss by telephone: "X called Y" phones Y, even with "on Tuesday"
    two words on, which the appeal sense ("called on X to") would otherwise take."""
    events = _code(text)
    assert any(e.event_type == "CONSULT" and e.mode == "phone" and {e.source.country, e.target and e.target.country} == {source, target}
               for e in events), _listing(events)
    assert not any(e.event_type == "REQUEST" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Sheinbaum called for calm after the violence in Sinaloa.", "REQUEST"),
        ("Ramaphosa called on Rwanda to withdraw its troops from Congo.", "REQUEST"),
        ("Maduro called the Colombian president a liar.", "ACCUSE"),
        ("Kagame called Tshisekedi illegitimate.", "ACCUSE"),
        ("Ghana called off the talks with Togo.", "SANCTION"),
    ],
)
def test_the_other_senses_of_a_calling_verb_are_no_phone_call(text, event_type):
    """"called for", "called on X to", "called X a liar", "called off": appeal,
    accusation, cancellation; never a phone call."""
    events = _code(text)
    assert any(e.event_type == event_type for e in events), _listing(events)
    assert not any(e.event_type == "CONSULT" for e in events), _listing(events)


def test_a_name_given_by_a_participle_of_calling_is_no_phone_call():
    """"a militia called M23" names the militia; no one phones M23."""
    events = _code("A militia called M23 attacked Goma on Monday.")
    assert not any(e.event_type == "CONSULT" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Gunmen attacked a police station in northern Burkina Faso on Sunday. The attack was condemned by the African Union.", "IGO", "BFA"),
        ("Soldiers seized power in Libreville on Wednesday. The putsch was denounced by the African Union.", "IGO", "GAB"),
        ("Russian forces shelled a school in Kharkiv on Friday. The shelling was condemned by Germany.", "DEU", "RUS"),
    ],
)
def test_a_deed_condemned_in_the_passive_has_its_doer_as_target(text, source, target):
    """"The attack was condemned by the African Union": the AU accuses whoever the
    article said attacked, as "the AU condemned the attack" does."""
    events = _code(text)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert any(e.source.country == source and e.target is not None and e.target.country == target for e in accusations), _listing(events)


def test_a_deed_condemned_in_the_passive_with_no_doer_named_has_no_target():
    """An unattributed bombing condemned (GUIDELINES: a null target where the doer is unknown)."""
    events = _code("The bombing was condemned by the Arab League.")
    accusation = next(e for e in events if e.event_type == "ACCUSE")
    assert accusation.source.country == "IGO" and accusation.target is None, _listing(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The junta imposed a curfew on Niamey on Saturday.", "NER"),
        ("Bangladesh imposed a curfew on Dhaka on Tuesday.", "BGD"),
        ("Kenya's government imposed a curfew on Mombasa after the riots.", "KEN"),
    ],
)
def test_a_measure_on_a_place_of_the_doers_own_country_targets_its_people(text, country):
    """"imposed a curfew on Dakar": the capital's name would stand for the government
    that imposes it, leaving no pair; the measure acts on the city's people."""
    events = _code(text)
    assert any(e.event_type == "COERCE" and e.source.country == country and e.target is not None
               and (e.target.country, e.target.sector) == (country, "CVL") for e in events), _listing(events)


def test_a_measure_on_another_countrys_capital_targets_that_country():
    events = _code("Russia imposed sanctions on Tbilisi on Monday.")
    assert any(e.event_type == "SANCTION" and (e.source.country, e.target and e.target.country) == ("RUS", "GEO") for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Leaders of the EU and NATO met in Brussels on Tuesday.", {"EUR", "NAT"}),
        ("Envoys of the AU and the UN met in Khartoum on Sunday.", {"IGO", "UNO"}),
    ],
)
def test_the_owners_of_a_title_listed_after_of_are_its_parties_not_more(text, parties):
    """"Leaders of the EU and NATO met": one meeting between the two bodies' leaders;
    the parse's hanging NATO on "Leaders" adds no NATO-NATO meeting."""
    events = [e for e in _code(text) if e.event_type == "CONSULT"]
    assert events and all({e.source.country, e.target.country if e.target else None} == parties for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistan's rejection of the Indian proposal came on Friday.", "PAK", "IND"),
        ("Hamas's rejection of Israel's offer surprised the mediators.", "PSE", "ISR"),
        ("Serbia's rejection of the Kosovo plan drew criticism from the EU.", "SRB", "XKX"),
    ],
)
def test_a_refusal_noun_refuses_the_owner_of_what_its_of_phrase_names(text, source, target):
    """"Pakistan's rejection of the Indian proposal" rejects India, as "Pakistan rejected
    the Indian proposal" does; the possessive is the doer."""
    events = _code(text)
    assert any(e.event_type == "REJECT" and e.source.country == source and e.target is not None and e.target.country == target
               for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A UN spokesman said the move breached the 1974 accord and called on Israel to withdraw.", "UNO", "ISR"),
        ("The Kenyan foreign minister said the decision violated the treaty and urged Somalia to reconsider.", "KEN", "SOM"),
    ],
)
def test_a_second_act_coordinated_with_an_actless_reported_clause_is_the_reporters(text, source, target):
    """"said the move breached the accord and called on Israel": a move calls on no one;
    the parse hangs the call on the reported verb, and the speaker made it."""
    events = _code(text)
    assert any(e.event_type == "REQUEST" and e.source.country == source and e.target is not None and e.target.country == target
               for e in events), _listing(events)


def test_a_reported_act_coordinated_with_another_keeps_its_own_doer():
    """"said the attack killed ten people and wounded 30": the attack wounded them, not
    the officials who reported it."""
    events = _code("Officials said the attack killed ten people and wounded 30 in Maiduguri.")
    assert not any(e.source.sector == "GOV" and e.event_type == "ASSAULT" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Heads of state of the EAC and the SADC met in Dar es Salaam on Saturday.", {"IGO"}),
        ("The heads of state of Ghana and Togo met in Accra on Monday.", {"GHA", "TGO"}),
    ],
)
def test_heads_of_state_of_a_list_meet_as_its_members(text, parties):
    """"Heads of state of the EAC and the SADC met": the plural title stands for each
    listed body's leaders, who meet one another."""
    events = [e for e in _code(text) if e.event_type == "CONSULT"]
    assert events and all({e.source.country, e.target.country if e.target else None} == parties for e in events), [
        (e.source, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("The US Treasury signed orders imposing 25% tariffs on imports from Brazil and India.", "SANCTION", "USA", "BRA"),
        ("The UN General Assembly adopted a resolution condemning Russia's annexation of Crimea.", "ACCUSE", "UNO", "RUS"),
        ("The Egyptian foreign ministry issued a statement condemning the Israeli raid on Jenin.", "ACCUSE", "EGY", "ISR"),
    ],
)
def test_a_document_acts_for_whoever_signs_adopts_or_issues_it(text, event_type, source, target):
    """"signed orders imposing tariffs", "adopted a resolution condemning", "issued a
    statement condemning": the participle's doer is the document's issuer."""
    events = _code(text)
    assert any(e.event_type == event_type and e.source.country == source and e.target is not None and e.target.country == target
               for e in events), _listing(events)


def test_a_vehicle_qualified_by_a_participle_is_no_document():
    """"struck a convoy carrying aid to Gaza": the attacker carries no aid."""
    events = _code("Israeli aircraft struck a convoy carrying aid to Gaza.")
    assert not any(e.event_type == "AID" for e in events), _listing(events)

"""English constructions of the fourteenth session (helper enconstr14), each a class of
phrasing across verbs and countries, with sentences written for these tests:

- a threat aimed at the party of its condition ("threatened to X if Y does Z");
- object pronouns ("summoned him", "expelled them", "praised her") standing for the
  nearest agreeing actor before them that is not their own clause's subject;
- a noun trigger under a verb whose converted pattern names it ("agreed to peace talks"
  stays the verb's AGREE 037) and "peace talks" as meetings otherwise;
- converse verbs ("won support from", "attracted criticism from"): the from-party acts.
"""

from __future__ import annotations

import pytest

from event_checks import coder, triples

code = coder("en", "2024-05-01")


# ---------------------------------------------------------------- conditional threats


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Turkey threatened to impose tariffs if Greece did not lift the restrictions.", "TUR", "GRC"),
    ("Ethiopia warned it would use force to secure access to the Red Sea if Eritrea refused.", "ETH", "ERI"),
    ("Japan warned of retaliation if North Korea conducted another nuclear test.", "JPN", "PRK"),
])
def test_threat_aims_at_the_party_of_its_condition(text: str, source: str, target: str) -> None:
    assert ("THREATEN", source, target) in triples(code(text))


def test_negated_conditional_threat_keeps_its_target_and_polarity() -> None:
    events = [e for e in code("Chile did not threaten to cut ties if Peru refused.") if e.event_type == "THREATEN"]
    assert [(e.source.country, e.target.country if e.target else None, e.polarity) for e in events] == [("CHL", "PER", "negative")]


def test_condition_without_a_party_names_no_target() -> None:
    events = [e for e in code("Vietnam threatened to suspend the talks if the fighting continued.") if e.event_type == "THREATEN"]
    assert events and all(e.target is None or e.target.country is None for e in events)


# ---------------------------------------------------------------- object pronouns


def test_him_stands_for_the_envoy_named_before() -> None:
    events = code("The Kenyan ambassador arrived in Addis Ababa. Ethiopia summoned him on Tuesday over the border dispute.")
    assert ("ACCUSE", "ETH", "KEN") in triples(events)


def test_them_stands_for_the_diplomats_named_before() -> None:
    events = code("Two Belgian diplomats were seen near the base. Moscow expelled them on Friday.")
    assert ("SANCTION", "RUS", "BEL") in triples(events)


def test_him_is_never_the_subject_of_his_own_clause() -> None:
    # the police detain and accuse: "him" is the journalist, not the police
    events = code("Georgian police detained an Armenian journalist at the border, accusing him of espionage.")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target.country, e.target.sector) for e in accusations] == [("GEO", "ARM", "JRN")]


def test_her_stands_for_a_person_not_the_subject_before() -> None:
    events = code("Bolivia's president met Peruvian President Dina Boluarte in La Paz. Chile later praised her.")
    assert ("SUPPORT", "CHL", "PER") in triples(events)


def test_negated_act_on_a_pronoun_is_negative() -> None:
    events = code("The Australian ambassador did not meet Chinese officials; Beijing did not summon him.")
    summons = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target.country, e.polarity) for e in summons] == [("CHN", "AUS", "negative")]


# ---------------------------------------------------------------- noun triggers under patterned verbs


@pytest.mark.parametrize(("text", "sides"), [
    ("The Ugandan army held peace talks with the rebels.", {"UGA"}),
    ("Qatar hosted peace talks between Rwanda and Congo.", {"RWA", "COD"}),
])
def test_peace_talks_are_a_meeting(text: str, sides: set[str]) -> None:
    meetings = [e for e in code(text) if e.event_type == "CONSULT" and e.polarity == "positive"]
    assert meetings and {meetings[0].source.country, meetings[0].target.country} == sides


def test_agreeing_to_peace_talks_stays_the_verbs_pattern() -> None:
    events = code("Colombia agreed to peace talks with the ELN.")
    agreements = [e for e in events if e.event_type == "AGREE"]
    assert [(e.cameo, e.source.country, e.target.country, e.target.sector) for e in agreements] == [("037", "COL", "COL", "REB")]
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_rejected_peace_talks_are_no_meeting() -> None:
    events = code("Sudan's army rejected peace talks with the RSF.")
    assert ("REJECT", "SDN", "SDN") in triples(events)
    assert not [e for e in events if e.event_type == "CONSULT" and e.polarity == "positive"]


# ---------------------------------------------------------------- converse verbs


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("Pakistan won support from China.", "SUPPORT", "CHN", "PAK"),
    ("Nepal won backing from India for the project.", "SUPPORT", "IND", "NPL"),
    ("Hungary attracted sharp criticism from the European Union.", "ACCUSE", "EUR", "HUN"),
    ("Mongolia earned a rebuke from Russia.", "ACCUSE", "RUS", "MNG"),
])
def test_the_from_party_acts_on_the_subject(text: str, event_type: str, source: str, target: str) -> None:
    assert (event_type, source, target) in triples(code(text))


def test_backing_not_won_is_negative() -> None:
    events = [e for e in code("Chad did not win backing from France for the plan.") if e.event_type == "SUPPORT"]
    assert [(e.source.country, e.target.country, e.polarity) for e in events] == [("FRA", "TCD", "negative")]


def test_them_stands_for_listed_leaders_with_qualified_titles() -> None:
    # "Somali caretaker Prime Minister": the nationality qualifies the title past "caretaker"
    events = code("The Kenyan president spoke with Somali caretaker Prime Minister Ahmed Yusuf and "
                  "Ethiopian Prime Minister Abiy Ahmed and urged them to end the dispute.")
    requests = {(e.source.country, e.target.country) for e in events if e.event_type == "REQUEST"}
    assert requests == {("KEN", "SOM"), ("KEN", "ETH")}


def test_a_letter_urging_its_addressee_is_the_writers_request() -> None:
    # "to" before the addressee is no infinitive marker of the gerund after the name
    events = code("The Nigerian president wrote to Ghana's foreign minister urging him to reopen the border.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in requests] == [("NGA", "GHA")]

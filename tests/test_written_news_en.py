"""English wire articles written for the project (tests/data/news/written.en.jsonl),
scored end to end through ``chronicle eval``, and the article-level classes their
misses and false alarms showed: headlines that restate the lead, datelines,
schedules ("is due to"), a reporter's request for comment, market words
("the index retreated"), officials of an organisation ("ASEAN foreign
ministers") and a plural pronoun standing for the speaker ("Police said they
had arrested"). Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from written_sets import NEWS, WrittenSet
from event_checks import coder, listing as _listing

WRITTEN = WrittenSet(NEWS / "written.en.jsonl", "en", (4, 10), re.compile(r"[.!?][\"”]?(?:\s|$)"))
# the set's F1 at the commit that added this test is 0.68 (precision 0.71, recall 0.66);
# 0.753 (0.775, 0.732) at the seventh session of 2026-12-05 (98a9181); the floor sits a
# little under it so that a regression fails
F1_FLOOR = 0.76
PRECISION_FLOOR = 0.79
RECALL_FLOOR = 0.73


_code = coder("en", "2025-03-12")


def test_the_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 4 to 10 story sentences after a headline, each
    gold event's evidence taken from its text, with a CAMEO code and a PLOVER type."""
    WRITTEN.check_format()


def test_the_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels seize mining town\n\nGOMA (Reuters) - M23 rebels captured the mining town of Kamanyola in "
        "South Kivu province on Tuesday, residents said. The army did not comment.",
        "Police arrest opposition leader\n\nKAMPALA (AFP) - Ugandan police arrested opposition leader Kizza Besigye "
        "in the town of Mbarara on Friday, his party said.",
    ],
)
def test_a_headline_that_restates_the_lead_is_one_event_with_the_story(text):
    """A headline summarises the lead: its event is the story's, evidenced by the story sentence,
    though the headline has no date and takes its place from the dateline."""
    events = _code(text)
    first = events[0]
    same = [e for e in events if (e.event_type, e.source.country) == (first.event_type, first.source.country)]
    assert len(same) == 1, _listing(events)
    assert same[0].sentence_index > 0, _listing(events)


def test_a_commitment_in_the_headline_stays_apart_from_those_in_the_story():
    """Commitments stated in separate sentences are separate events (GUIDELINES)."""
    text = ("Kenya and Ethiopia pledge to build a new border road\n\nNAIROBI (Reuters) - Kenya and Ethiopia on "
            "Tuesday agreed to share electricity from the Gibe III dam. The two countries also pledged to open a "
            "joint customs post at Moyale.")
    agreements = [e for e in _code(text) if e.event_type == "AGREE"]
    assert len({e.sentence_index for e in agreements}) >= 2, _listing(agreements)


def test_a_first_line_that_ends_a_sentence_is_no_headline():
    """A lead paragraph ending with a full stop is the story itself: two events of one type stay two."""
    text = ("Nigerian troops killed 12 Boko Haram fighters near Maiduguri on Monday.\n\n"
            "On Wednesday, Nigerian troops killed nine more militants in Borno state, the army said.")
    assaults = [e for e in _code(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 2, _listing(assaults)


# ---------------------------------------------------------------- datelines


def test_a_dateline_is_where_the_story_was_filed_not_whose_actors_they_are():
    """Generic actors placed only by the dateline belong to the country the article is about."""
    text = ("BRUSSELS (Reuters) - Belarusian authorities have detained more than 1,000 people since the 2020 "
            "election, the rights group Viasna said.")
    arrests = [e for e in _code(text) if e.event_type == "COERCE"]
    assert [(e.source.country, e.target.country if e.target else None) for e in arrests] == [("BLR", "BLR")], _listing(arrests)


# ---------------------------------------------------------------- modality: schedules


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenyan President William Ruto is due to travel to Washington next month.", "KEN", "USA"),
        ("Russian President Vladimir Putin was due to visit Minsk later this week, the Kremlin said.", "RUS", "BLR"),
        ("Brazil's foreign minister is due to meet his Argentine counterpart in Buenos Aires on Friday.", "BRA", "ARG"),
    ],
)
def test_a_visit_or_meeting_one_is_due_to_make_is_planned(text, source, target):
    """'is due to' schedules (Oxford: 'expected or scheduled to'): AGREE intended, no visit under way."""
    events = _code(text)
    assert not [e for e in events if e.event_type == "CONSULT"], _listing(events)
    plans = [e for e in events if e.event_type == "AGREE" and e.modality == "intended"]
    assert {(e.source.country, e.target.country) for e in plans} & {(source, target), (target, source)}, _listing(events)


# ---------------------------------------------------------------- senses


@pytest.mark.parametrize(
    "text",
    [
        "Mali expelled the Swedish ambassador on Tuesday, accusing Sweden of interference. "
        "The army did not respond to a request for comment.",
        "Kenya recalled its envoy to Uganda on Tuesday. The Kenyan interior ministry did not reply to a request "
        "for comment.",
        "Peru expelled Mexico's ambassador on Monday. A spokesman for the Peruvian army did not answer a request "
        "for an interview.",
    ],
)
def test_a_reporters_request_for_comment_is_no_request(text):
    """Wire copy's closing line: no demand made of anyone, even in an article about one pair of parties."""
    assert not [e for e in _code(text) if e.event_type == "REQUEST"], _listing(_code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong's Hang Seng index retreated from a four-year high on Tuesday.",
        "The Indian rupee retreated from a record high against the dollar.",
        "Shares of Samsung retreated from their peak after the earnings report.",
    ],
)
def test_a_market_retreating_from_a_high_is_no_retreat(text):
    assert not [e for e in _code(text) if e.event_type == "RETREAT"], _listing(_code(text))


def test_fighters_retreating_from_a_town_still_retreat():
    events = _code("M23 rebels retreated from the town of Sake on Monday, residents said.")
    assert [e for e in events if e.event_type == "RETREAT"], _listing(events)


# ---------------------------------------------------------------- actor kinds


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("ASEAN foreign ministers called on Myanmar's junta to free Aung San Suu Kyi.", "REQUEST", "MMR"),
        ("ECOWAS leaders threatened Niger's junta with force.", "THREATEN", "NER"),
        ("AU mediators urged Sudan's army to accept a truce.", "REQUEST", "SDN"),
    ],
)
def test_officials_named_after_their_organisation_act_for_it(text, event_type, target):
    """An organisation before a title ('ASEAN foreign ministers') is the body they speak for."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("IGO", target)], _listing(_code(text))


# ---------------------------------------------------------------- pronouns


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("Police in Kampala said they had arrested four opposition activists.", "COERCE", ("UGA", "COP")),
        ("Officials in Niamey said they had expelled two French diplomats.", "SANCTION", ("NER", "GOV")),
        ("Protesters in Lima said they would march on Congress on Saturday.", "PROTEST", ("PER", "CVL")),
    ],
)
def test_they_in_a_reported_clause_is_the_collective_speaker(text, event_type, source):
    """'X said they had ...': the plural pronoun is the speaker, a collective or a list."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [(e.source.country, e.source.sector) for e in events] == [source], _listing(_code(text))


def test_they_after_a_single_speaker_is_not_the_speaker():
    """'The minister said they had ...': one person is no 'they'; the event finds no source there."""
    events = _code("Kenya's interior minister said they had arrested the suspects.")
    assert not [e for e in events if e.event_type == "COERCE" and e.source.sector == "GOV" and e.source.country == "KEN"
                and e.source.text == "minister"], _listing(events)

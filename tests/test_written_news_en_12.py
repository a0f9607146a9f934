"""The twelfth set of English articles written for the project
(tests/data/news/written-12.en.jsonl: sixteen articles in the styles of The Independent, NPR,
VOA, Nikkei Asia, The Korea Herald, The Jakarta Post, The Irish Times, The National, Arab
News, the Daily Nation, Punch, Sowetan, Eurasianet, RFE/RL, MercoPress and The Fiji Times),
scored end to end through ``chronicle eval``, and the classes its first (unseen) score showed
that the newsets19 branch fixed: datelines with the city in title case ("Abu Dhabi:",
"Jakarta -"), read as the lede's subject; and political words that the gazetteer took for
small towns ("the Federal Government" for Federal, Argentina; "Independence Square" for
Independence, Missouri), which gave a whole story the wrong country.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

# a full stop that ends a sentence: not an initial ("U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-12.en.jsonl", "en", (6, 14), SENTENCE_END)
# first scored unseen at 0.598 (precision 0.654, recall 0.551) at main 201280c; 0.615
# (precision 0.673, recall 0.567) at the branch's last commit: the floors sit a little under it
F1_FLOOR = 0.60
PRECISION_FLOOR = 0.66
RECALL_FLOOR = 0.55

_code = coder("en", "2026-06-11")


def test_the_twelfth_written_set_is_whole_articles_in_the_gold_format():
    """At least 14 English articles of 6 to 14 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=14)


def test_the_twelfth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- title-case datelines


def test_a_title_case_colon_dateline_is_not_the_lede_s_subject():
    """'Nairobi: Ethiopia and Somalia agreed ...': the city before the colon says where the
    story was filed; the agreement is between the two states the lede names."""
    events = _code("Border deal\n\nNairobi: Ethiopia and Somalia agreed on Monday to reopen their border crossings.")
    assert [sorted((e.source.country, e.target.country)) for e in of_type(events, "AGREE")] == [["ETH", "SOM"]]


def test_a_title_case_dash_dateline_with_an_agency_is_a_dateline():
    """'Addis Ababa (ENA) - Kenya and Somalia agreed ...': the dateline's city is the
    story's place, not the subject of the lede."""
    events = _code("Border deal\n\nAddis Ababa (ENA) - Kenya and Somalia agreed on Monday to reopen their border crossings.")
    assert [sorted((e.source.country, e.target.country)) for e in of_type(events, "AGREE")] == [["KEN", "SOM"]]


def test_a_headline_that_opens_with_a_place_and_a_colon_is_no_dateline():
    """'Sudan: RSF drones strike Port Sudan ...' is a headline; datelines open the story's first line."""
    from chronicle.clean.metadata import find_metadata

    assert find_metadata("Sudan: RSF drones strike Port Sudan fuel depots again\n\nThe drones struck at dawn.").dateline is None
    dateline = find_metadata("Drones hit Port Sudan\n\nPublished: 2026-05-04\n\nAbu Dhabi: The UAE condemned the strikes on Port Sudan.").dateline
    assert dateline is not None and dateline.place == "Abu Dhabi"


# ---------------------------------------------------------------- political words that name towns


def test_the_federal_government_of_a_nigerian_state_story_is_nigerian():
    """'the Federal Government' is Nigeria's, not the town of Federal in Entre Ríos."""
    events = _code("Governor Bala Mohammed appealed to the Federal Government to send more troops to Bauchi State.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "REQUEST")] == [("NGA", "NGA")]


def test_a_rally_in_independence_square_stays_in_the_country_it_is_held_in():
    events = _code("Thousands of protesters gathered in Independence Square in Minsk to demand new elections.")
    assert {e.source.country for e in of_type(events, "PROTEST")} == {"BLR"}

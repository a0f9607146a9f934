"""The fourteenth set of English articles written for the project
(tests/data/news/written-14.en.jsonl: fifteen articles in the styles of The Guardian, BBC News,
Al Jazeera English, NPR, Nikkei Asia, The Straits Times, The Jakarta Post, Arab News, The
National, the Daily Nation, the Mail & Guardian, The Irish Times, Politico Europe, Trinidad's
Newsday and MercoPress), scored end to end through ``chronicle eval``, and the place classes
its first (unseen) score showed that the newsets21 branch fixed: a country named inside a
city's name ("Port of Spain" read as Spain, which placed a Trinidadian story in Spain), and a
treaty site the gazetteer knew only by a foreign namesake ("Chaguaramas", Venezuela's town,
for Trinidad's peninsula); and the negation class it showed: an accusation in a participle set
off after a suspension ("has suspended ..., accusing Port of Spain of ...") read as suspended,
so coded negative. Every sentence here is written for these tests."""

from __future__ import annotations

import re

from event_checks import all_countries, coder
from written_sets import NEWS, WrittenSet

# a full stop that ends a sentence: not an initial ("U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-14.en.jsonl", "en", (6, 14), SENTENCE_END)
# first scored unseen at 0.663 (precision 0.720, recall 0.615) at main 254b944; the floors sit
# a little under the branch's last score
F1_FLOOR = 0.65
PRECISION_FLOOR = 0.70
RECALL_FLOOR = 0.60

_coder = coder("en", "2026-02-12")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Wire story\n\n" + story)


def _places(events) -> set[str | None]:
    return {e.location.country for e in events if e.location is not None}


def test_the_fourteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 14 English articles of 6 to 14 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=14)


def test_the_fourteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a country inside a city's name


def test_a_country_inside_a_capitals_name_is_no_place_of_the_story():
    """"Port of Spain" is Trinidad's capital: Spain is neither where the act happens nor the
    country of the people the next sentence leaves unplaced."""
    events = _code("Caracas has closed its consulate and accused Port of Spain of hosting foreign warships. "
                   "Police arrested two protesters outside the consulate on Friday.")
    assert "ESP" not in _places(events) | all_countries(events)


def test_a_treaty_site_of_trinidad_is_not_its_venezuelan_namesake():
    """Chaguaramas, where CARICOM's founding treaty was signed, is a peninsula of Trinidad: a
    story told there places its unplaced police in Trinidad and Tobago, not in Venezuela."""
    events = _code("Police detained three fishermen in Chaguaramas on Sunday after a clash at the jetty.")
    assert "VEN" not in _places(events) | all_countries(events)


# ---------------------------------------------------------------- an adjunct participle under a negating verb


def test_an_accusation_in_a_participle_after_a_suspension_is_stated():
    """"has suspended the pipeline deal, accusing Benin of ...": the participle is an adjunct
    of the suspension, not what is suspended; the accusation is made."""
    events = _code("The Nigerien junta has suspended the pipeline deal, accusing Benin of harbouring saboteurs.")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target.country, e.polarity) for e in accusations] == [("NER", "BEN", "positive")]

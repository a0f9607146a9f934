"""The thirteenth set of English articles written for the project
(tests/data/news/written-13.en.jsonl: fifteen articles in the styles of Reuters, AP, The
Hindu, Dawn, The Daily Star, the Bangkok Post, the South China Morning Post, RNZ, The Globe and
Mail, the Buenos Aires Times, Premium Times, The East African, Daily Maverick, The Kyiv
Independent and the Times of Malta), scored end to end through ``chronicle eval``, and the
classes its first (unseen) score showed that the newsets20 branch fixed: a place that only
says where a thing named was signed ("in violation of the peace accord signed in Kuala Lumpur
last October"), which became the story's place and gave a bare "the Foreign Ministry" the
wrong country; a post "on X." whose one-letter name the tokenizer took for an initial, running
two sentences into one; and a noun in apposition that restates the demand of the clause
before it ("a condition the Europeans rejected"). Every sentence here is written for these
tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

# a full stop that ends a sentence: not an initial ("U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-13.en.jsonl", "en", (6, 14), SENTENCE_END)
# first scored unseen at 0.664 (precision 0.682, recall 0.647) at main c5167cb, 0.667 on the
# corrected gold; 0.696 (precision 0.722, recall 0.672) at the branch's last commit: the floors
# sit a little under it
F1_FLOOR = 0.685
PRECISION_FLOOR = 0.71
RECALL_FLOOR = 0.66

_coder = coder("en", "2026-03-12")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Wire story\n\n" + story)


def test_the_thirteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 14 English articles of 6 to 14 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=14)


def test_the_thirteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- where a thing was signed


def test_where_an_accord_was_signed_is_not_the_place_of_the_next_sentences():
    """The lede names Geneva only as where the accord was signed: the Armenian ministry of the
    next sentence is no Swiss body."""
    events = _code("Armenian border guards closed two crossings on Tuesday, citing a breach of the accord "
                   "signed in Geneva last year.\n\nThe Foreign Ministry lodged a formal protest with Baku on Wednesday.")
    accusations = of_type(events, "ACCUSE")
    assert accusations and all(e.source.country != "CHE" for e in accusations)


def test_a_place_where_the_story_happens_is_still_carried_on():
    events = _code("Protesters gathered in Nairobi on Monday against the finance bill.\n\n"
                   "Police fired tear gas at protesters near Parliament on Tuesday.")
    assaults = of_type(events, "ASSAULT")
    assert assaults and all(e.location is not None and e.location.country == "KEN" for e in assaults)


# ---------------------------------------------------------------- a post on X


def test_a_post_on_x_ends_its_sentence():
    """'praised the deal in a post on X. Peruvian soldiers ...': two sentences, so the soldiers'
    clash takes no party from the praise."""
    events = _code("The U.S. ambassador to Peru praised the extradition in a post on X. Peruvian soldiers on "
                   "Tuesday clashed with gunmen in the Vraem valley, killing three suspected traffickers.")
    assert all(e.sentence.count(".") <= 3 for e in events)
    assert not any(e.event_type == "ASSAULT" and "praised" in e.sentence for e in events)


# ---------------------------------------------------------------- an apposition that restates a demand


def test_a_condition_rejected_in_an_apposition_answers_whoever_set_it():
    events = _code("Iran demanded the lifting of all sanctions before any talks, a condition the Norwegians rejected.")
    rejects = of_type(events, "REJECT")
    assert rejects and all(e.target is not None and e.target.country == "IRN" for e in rejects)

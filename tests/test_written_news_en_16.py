"""The sixteenth set of English articles written for the project
(tests/data/news/written-16.en.jsonl: fifteen articles in the styles of the Ghanaian Times,
The Observer (Uganda), the Times of Zambia, Hespress English, the Saudi Gazette, The New Arab,
The Brussels Times, LSM, Prensa Latina, The Santiago Times, Bernama, Kazinform, The News
International, The Asahi Shimbun and FBC News), scored end to end through ``chronicle eval``,
and the classes its first (unseen) score showed that the newsets23en branch fixed: a verbal
act done "jointly" (one act a party, no cooperation among them), aid, a loan or a package
"welcomed" (approval, no guest received), aid "approved" (promised, CAMEO 033), a ban or
embargo "blocked" (refused, not imposed) and streets blocked "with tractors" (a protest), the
capitals dateline with a date and a plain hyphen ("LUSAKA, May 14 - ..."), and a group of
both sides of the article's pair that addresses neither of its members. Every sentence here
is written for these tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

# a full stop that ends a sentence: not an initial ("U.S."); abbreviations ("Oct.", "Dr.")
# count as ends, so the range is a little wider than the 6 to 8 sentences of the stories
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-16.en.jsonl", "en", (6, 12), SENTENCE_END)
# first scored unseen at 0.752 (precision 0.763, recall 0.741) at 8b2d885; 0.810 (precision
# 0.839, recall 0.784) at the newsets23en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.80
PRECISION_FLOOR = 0.83
RECALL_FLOOR = 0.77

_coder = coder("en", "2026-04-15")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Wire story\n\n" + story)


def test_the_sixteenth_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 6 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_sixteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a verbal act done jointly


def test_a_request_made_jointly_is_one_request_a_party_and_no_cooperation():
    events = _code("Chile, Peru and Colombia will jointly ask the International Monetary Fund for emergency credit lines.")
    assert {e.source.country for e in of_type(events, "REQUEST")} == {"CHL", "PER", "COL"}, listing(events)
    assert not of_type(events, "AGREE") and not of_type(events, "COOPERATE"), listing(events)


def test_a_meeting_requested_jointly_is_no_cooperation():
    events = _code("Norway and Iceland jointly requested an emergency meeting of the Arctic Council on Monday.")
    assert not of_type(events, "COOPERATE"), listing(events)


def test_a_rescue_done_jointly_stays_cooperation():
    """What is done together in the field is cooperation (CAMEO 060), as before."""
    events = _code("Moroccan and Spanish coast guards jointly rescued 90 migrants off the island of Alboran.")
    assert any({e.source.country, e.target.country if e.target else None} == {"MAR", "ESP"}
               for e in of_type(events, "COOPERATE")), listing(events)


# ---------------------------------------------------------------- aid welcomed, approved


def test_an_aid_package_welcomed_is_approval_and_no_visit():
    events = _code("Prime Minister Anthony Albanese welcomed a $20 million aid package from Japan to rebuild the "
                   "cyclone-hit islands of the Torres Strait.")
    assert not of_type(events, "CONSULT"), listing(events)
    supports = of_type(events, "SUPPORT")
    assert supports and all(e.source.country == "AUS" for e in supports), listing(events)


def test_an_aid_package_welcomed_for_the_police_receives_no_force():
    events = _code("The Solomon Islands prime minister welcomed an aid package from New Zealand to strengthen the "
                   "police force in Honiara.")
    assert not of_type(events, "RETREAT") and not of_type(events, "CONSULT"), listing(events)
    assert of_type(events, "SUPPORT"), listing(events)


def test_a_guest_welcomed_to_a_capital_stays_a_visit():
    events = _code("President Gustavo Petro welcomed Ecuadorian President Daniel Noboa to Bogota on Friday.")
    assert of_type(events, "CONSULT"), listing(events)


def test_aid_approved_is_aid_promised():
    events = _code("The Japanese cabinet approved $40 million in humanitarian aid for Sudan on Tuesday.")
    assert not of_type(events, "AID"), listing(events)
    pledges = of_type(events, "AGREE")
    assert pledges and all(e.modality == "intended" and e.target is not None and e.target.country == "SDN"
                           for e in pledges), listing(events)


# ---------------------------------------------------------------- blocked bans and blocked streets


def test_a_ban_blocked_is_refused_not_imposed():
    events = _code("Hungary blocked the proposed EU ban on imports of Russian nuclear fuel on Thursday.")
    assert not of_type(events, "SANCTION"), listing(events)
    rejects = of_type(events, "REJECT")
    assert rejects and all(e.source.country == "HUN" for e in rejects), listing(events)


def test_a_street_blocked_with_tractors_is_a_protest():
    events = _code("Hundreds of Polish farmers blocked the centre of Warsaw with tractors to protest against the "
                   "Mercosur trade agreement.")
    assert not of_type(events, "REJECT"), listing(events)
    protests = of_type(events, "PROTEST")
    assert protests and all(e.source.country == "POL" and e.mode == "obstruct" for e in protests), listing(events)


def test_an_aid_package_blocked_stays_a_refusal():
    events = _code("Hungary blocked a new tranche of EU military aid to Ukraine on Monday.")
    assert of_type(events, "REJECT"), listing(events)


# ---------------------------------------------------------------- a dated capitals dateline with a hyphen


def test_a_capitals_dateline_with_a_date_and_a_hyphen_is_no_party():
    events = _coder("Kenya and Tanzania sign pipeline deal\n\nNAIROBI, June 3 - President William Ruto and his Tanzanian "
                    "counterpart Samia Suluhu Hassan yesterday signed an agreement on a gas pipeline.")
    agreements = of_type(events, "AGREE")
    assert agreements, listing(events)
    assert all({e.source.country, e.target.country if e.target else None} == {"KEN", "TZA"} for e in agreements), listing(events)


# ---------------------------------------------------------------- a group of both sides


def test_both_leaders_of_the_pair_condemning_together_address_neither():
    events = _code("Uzbek President Shavkat Mirziyoyev hosted Turkmen President Serdar Berdimuhamedov in Samarkand on Monday. "
                   "The heads of state also condemned the recent attack on a convoy in northern Afghanistan.")
    accusations = of_type(events, "ACCUSE")
    assert {e.source.country for e in accusations} == {"UZB", "TKM"}, listing(events)
    assert not any(e.target is not None and {e.source.country, e.target.country} == {"UZB", "TKM"}
                   for e in accusations), listing(events)

"""The fifteenth set of English articles written for the project
(tests/data/news/written-15.en.jsonl: fifteen articles in the styles of SABC News, the News
Agency of Nigeria, Citizen Digital, the Libya Herald, the Khaleej Times, TRT World, Geo News,
The Business Standard, AKIpress, the Philippine News Agency, SBS News, RTÉ News, Ukrinform,
The Canadian Press and the Jamaica Observer), scored end to end through ``chronicle eval``,
and the classes its first (unseen) score showed that the newsets22en branch fixed: a protest,
complaint or objection that the one it was lodged with "dismissed" (a refusal, REJECT, where
the converted PETRARCH2 pattern read a disapproval), a deployment of police ordered by its
noun ("ordered the deployment of additional police officers"), and people pushed or sent back
who are named by their nationality alone ("pushed back 43 Rohingyas"). Every sentence here is
written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

# a full stop that ends a sentence: not an initial ("U.S."); titles ("Amb.", "Prof.") count
# as ends, so the range is a little wider than the 6 to 9 sentences of the stories
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-15.en.jsonl", "en", (6, 12), SENTENCE_END)
# first scored unseen at 0.585 (precision 0.632, recall 0.544) at 1c95af0; 0.604 (precision
# 0.647, recall 0.566) at the newsets22en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.595
PRECISION_FLOOR = 0.64
RECALL_FLOOR = 0.56

_coder = coder("en", "2026-05-14")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Wire story\n\n" + story)


def test_the_fifteenth_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 6 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_fifteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a protest dismissed


def test_a_protest_dismissed_is_a_refusal_of_whoever_lodged_it():
    events = _code("Peru lodged a formal protest with Chile on Monday over the border fence. "
                   "Chile's foreign ministry dismissed the protest on Tuesday.")
    rejects = of_type(events, "REJECT")
    assert rejects and all(e.source.country == "CHL" and e.target is not None and e.target.country == "PER"
                           for e in rejects)
    assert not any(e.event_type == "ACCUSE" and e.source.country == "CHL" for e in events)


def test_a_complaint_dismissed_as_unfounded_is_a_refusal():
    events = _code("Uzbekistan filed a complaint with Tajikistan over water releases from the Rogun dam. "
                   "Dushanbe dismissed the complaint as unfounded.")
    rejects = of_type(events, "REJECT")
    assert rejects and all(e.source.country == "TJK" for e in rejects)


def test_a_case_dismissed_by_a_court_stays_no_refusal():
    """The court's dismissal of a suit is a ruling, not an answer to a protest."""
    events = _code("A court in Accra dismissed the case against the opposition lawmaker on Friday.")
    assert not of_type(events, "REJECT")


# ---------------------------------------------------------------- police deployed by a noun


def test_the_ordered_deployment_of_police_officers_is_a_police_mobilisation():
    events = _code("Bolivia's interior minister ordered the deployment of additional police officers to Cochabamba "
                   "after the blockades.")
    mobilised = of_type(events, "MOBILIZE")
    assert mobilised and all(e.mode == "police" for e in mobilised)


def test_riot_police_deployed_in_a_capital_are_a_mobilisation():
    events = _code("The deployment of riot police in Tbilisi on Sunday drew criticism from the opposition.")
    assert of_type(events, "MOBILIZE")


def test_police_deployed_on_a_mission_abroad_are_no_mobilisation():
    """Police sent to Haiti under a multinational mission are aid (CAMEO 074), not a
    mobilisation at home."""
    events = _code("Jamaica announced the deployment of 150 police officers to Haiti under the multinational mission.")
    assert not of_type(events, "MOBILIZE")


# ---------------------------------------------------------------- people pushed back, named by nationality


def test_people_named_by_their_nationality_pushed_back_are_deported():
    events = _code("Algeria pushed back 300 Malians into Niger last week, aid groups said.")
    deported = of_type(events, "COERCE")
    assert deported and all(e.source.country == "DZA" and e.mode == "deport" for e in deported)


def test_nationals_sent_back_by_the_dozen_are_deported():
    events = _code("The Dominican army forced back dozens of Haitians at the Dajabón crossing on Friday.")
    assert of_type(events, "COERCE")


def test_a_national_team_sent_back_is_no_deportation():
    events = _code("Kenya sent back the Somalis team after the tournament in Nairobi was cancelled.")
    assert not of_type(events, "COERCE")

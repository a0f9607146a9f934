"""The twenty-third set of English articles written for the project
(tests/data/news/written-23.en.jsonl: fifteen articles in the styles of the Daily Trust, the Mail
& Guardian, Garowe Online, Morocco World News, the Libya Observer, The Jordan Times, Anadolu
Agency, Swissinfo, Prishtina Insight, JAMnews, the Trinidad Express, The Rio Times, Yonhap, the
Manila Bulletin and the Vanuatu Daily Post, most of them domestic stories), scored end to end
through ``chronicle eval``, and the two classes its first (unseen) score showed that the
newsets30en branch fixed: an act and the answer to it between the actors of one country ("The
MST occupied the Incra office, demanding that the federal government speed up settlements. The
state government called on the protesters to leave") merged into one event, as dedupe keyed them
by their countries alone (dedupe._reversed_roles); and a demonym after "ethnic" ("two ethnic
Serb men" arrested in Zvecan) read as the people's state rather than their origin (English
grammar ``ethnicity_markers``). Every sentence here is written for these tests, about other
countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, listing, of_type
from written_sets import NEWS, WrittenSet

SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-23.en.jsonl", "en", (5, 12), SENTENCE_END)
# first scored unseen at 0.611 (precision 0.630, recall 0.592) at dc4d4f4; 0.614 on the set as
# kept (one optional seizure added under GUIDELINES, see the README); 0.632 (precision 0.652,
# recall 0.612) at the newsets30en branch's last commit: the floors sit a little under it
F1_FLOOR = 0.62
PRECISION_FLOOR = 0.64
RECALL_FLOOR = 0.60

_coder = coder("en", "2026-07-20")


def test_the_twenty_third_written_set_is_whole_articles_in_the_gold_format():
    """Fifteen English articles of 5 to 12 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twenty_third_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- an act and its answer between one country's actors


def _pairs(events, kind):
    return {(e.source.sector, e.target.sector) for e in of_type(events, kind) if e.target is not None}


def test_a_demand_and_the_answer_to_it_are_two_events():
    """'Striking miners urged the government ... The government called on the miners to
    return to work': before, one REQUEST (Peru to Peru) stood for both."""
    events = _coder("Peru urges striking miners back to work\n\nPublished: 2026-07-20\n\n"
                    "Striking miners in Arequipa urged the government to scrap a new mining tax. "
                    "The government called on the miners to return to work.")
    requests = [e for e in of_type(events, "REQUEST") if e.source.country == "PER" and e.target is not None and e.target.country == "PER"]
    assert len(requests) == 2, listing(events)
    assert {("LAB", "GOV"), ("GOV", "LAB")} <= _pairs(events, "REQUEST"), listing(events)


def test_an_accusation_and_the_counter_accusation_are_two_events():
    """'Opposition politicians accused the government ... The interior ministry accused
    opposition leaders ...' (Kenya): two accusations, one each way."""
    events = _coder("Kenyan opposition and government trade accusations\n\nPublished: 2026-07-20\n\n"
                    "Opposition politicians accused the government of rigging a by-election in Kisii. "
                    "The interior ministry accused opposition leaders of inciting violence in the county.")
    accusations = [e for e in of_type(events, "ACCUSE") if e.source.country == "KEN" and e.target is not None and e.target.country == "KEN"]
    assert len(accusations) == 2, listing(events)


def test_one_accusation_restated_the_same_way_stays_one_event():
    """Control: the opposition accusing the government twice over (Malawi) is one act said
    twice, not an exchange."""
    events = _coder("Malawi opposition accuses government of fraud\n\nPublished: 2026-07-20\n\n"
                    "Malawi's opposition accused the government of fraud in the maize purchase scheme. "
                    "In a statement, the opposition accused the government of shielding the officials responsible.")
    accusations = [e for e in of_type(events, "ACCUSE") if e.source.country == "MWI"]
    assert len(accusations) == 1, listing(events)


# ---------------------------------------------------------------- a demonym after "ethnic"


def test_people_of_an_ethnic_origin_are_of_the_place_they_live_in():
    """'Police in Skopje detained three ethnic Albanian protesters': before, Albania's
    citizens, arrested by North Macedonia."""
    events = _coder("Skopje police detain protesters\n\nPublished: 2026-07-20\n\n"
                    "Police in Skopje detained three ethnic Albanian protesters on Monday after clashes outside the government building.")
    arrests = of_type(events, "COERCE")
    assert arrests and all(e.target is not None and e.target.country == "MKD" for e in arrests), listing(events)


def test_an_ethnic_russian_activist_in_latvia_is_latvia_s():
    events = _coder("Latvian police arrest activist\n\nPublished: 2026-07-20\n\n"
                    "Latvian police arrested an ethnic Russian activist in Daugavpils on suspicion of spying.")
    arrests = of_type(events, "COERCE")
    assert arrests and all(e.target is not None and e.target.country == "LVA" for e in arrests), listing(events)


def test_a_demonym_without_the_marker_still_names_the_state():
    """Control: 'two Albanian men' arrested in Tetovo are Albania's citizens."""
    events = _coder("Tetovo police arrest two Albanian men\n\nPublished: 2026-07-20\n\n"
                    "Police in Tetovo arrested two Albanian men suspected of smuggling cigarettes across the border.")
    assert any(e.target is not None and e.target.country == "ALB" for e in of_type(events, "COERCE")), listing(events)

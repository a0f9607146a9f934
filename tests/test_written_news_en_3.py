"""The third set of English articles written for the project
(tests/data/news/written-3.en.jsonl: New York Times, Washington Post, Financial Times,
The Economist, CNN, NPR, Xinhua, TASS, Yonhap, Kyodo, Anadolu, IRNA, Daily Nation, Mail &
Guardian, The Citizen, The Daily Star, The Jakarta Post, Philippine Daily Inquirer, ABC,
RNZ, Trinidad Guardian, MercoPress, UN News, ReliefWeb, India's MEA and Daily Trust
styles), scored end to end through ``chronicle eval``, and the classes its misses and
false alarms showed when it was first scored, unseen: people of an undated article
dated by their first office (von der Leyen as Germany's defence minister), an acronym
inside a dateline's place name ("PORT-AU-PRINCE"), a legislature named by its seat city
("Congress in Brasilia"), the European Parliament's members ("European lawmakers in
Strasbourg"), a group standing for a written list ("the three Sahel states"), a
participle that places an event's victims, a deed judged by a naming verb ("called the
veto a disgrace"), ordinary senses (soldiers marching in a parade), demonyms of several
words ("Cook Islanders"), commitments stated in separate sentences, and people counted
without an article ("shot dead three men"). Every sentence here is written for these
tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder

# first scored unseen at F1 0.387 (P 0.424, R 0.356) at main bf12512; 0.404 there on the
# gold as corrected after that score (tests/data/news/README.md); 0.476 (P 0.533,
# R 0.429) at the commit that added this test; 0.545 (P 0.595, R 0.503) once the
# session's lexicon, argument and actor branches were merged (98a9181). The floors
# sit a little under it.
F1_FLOOR = 0.58
PRECISION_FLOOR = 0.64
RECALL_FLOOR = 0.53
# a full stop that ends a sentence: not an initial ("U.S."), a month ("Jan. 10"), a
# title ("Mr. Grenell") nor an abbreviation of the UN's ("Coordinator a.i.")
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!Jan|Feb|Aug|Sep|Oct|Nov|Dec|.Mr|.Ms|.Dr|.St|a\.i)[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-3.en.jsonl", "en", (5, 10), SENTENCE_END)


_code = coder("en", "2025-03-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.modality, e.sentence_index) for e in events]


def test_the_third_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 10 story sentences after a headline, from
    outlets the first two sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_third_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- people of an undated article


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("European Commission President Ursula von der Leyen held talks with Kenyan President William Ruto "
         "in Nairobi.", "Ursula von der Leyen", "EUR"),
        ("Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran on Thursday.", "Rafael Grossi", "UNO"),
        ("Tedros Adhanom Ghebreyesus visited Goma and met Congolese officials.", "Tedros Adhanom Ghebreyesus", "UNO"),
    ],
)
def test_an_undated_article_names_people_in_the_offices_they_hold_now(text, name, country):
    """With no date, a person none of whose offices has ended is coded in the current
    one, not the first (von der Leyen was Germany's defence minister from 2013); the
    IAEA's and the WHO's heads are of the UN system, as their agencies are (UNO)."""
    events = [e for e in _code(text, None) if e.source.name == name]
    assert events and all(e.source.country == country for e in events), _listing(events)


# ---------------------------------------------------------------- names and places


def test_an_acronym_inside_a_datelines_place_name_is_no_organisation():
    events = _code("PORT-AU-PRINCE, Haiti — Gang members opened fire on a police station in the capital on Monday.")
    assert not [e for e in events if e.source.name == "African Union" or (e.target and e.target.name == "African Union")], _listing(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Congress in Brasilia rejected the budget proposed by President Lula on Tuesday.", "BRA"),
        ("Congress in Bogota condemned the attack on a police station in Cauca on Monday.", "COL"),
    ],
)
def test_a_legislature_named_by_its_seat_city_is_that_countrys(text, country):
    """'Congress' alone is the United States Congress; placed in another country's
    capital it is that country's legislature."""
    events = [e for e in _code(text) if e.event_type in ("REJECT", "ACCUSE")]
    assert events and all(e.source.country == country and e.source.sector == "LEG" for e in events), _listing(events)


def test_the_us_congress_in_washington_stays_american():
    events = [e for e in _code("Congress in Washington condemned the Chinese military drills on Monday.") if e.event_type == "ACCUSE"]
    assert events and all(e.source.country == "USA" for e in events), _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "European lawmakers in Strasbourg condemned Georgia's foreign agents law on Wednesday.",
        "The European Parliament in Strasbourg condemned Hungary's new media law.",
        "MEPs urged Azerbaijan to release the jailed journalists.",
    ],
)
def test_the_european_parliaments_members_are_the_union(text):
    """Not France, whose city the Parliament sits in (GUIDELINES: EUR)."""
    events = [e for e in _code(text) if e.event_type in ("ACCUSE", "REQUEST")]
    assert events and all(e.source.country == "EUR" and e.source.sector == "LEG" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Delhi rejected the extradition request from Dhaka on Monday.", "IND"),
        ("Avarua protested to Wellington on Tuesday over the funding freeze.", "COK"),
    ],
)
def test_capitals_that_stand_for_their_governments(text, country):
    """'Delhi' as South Asian papers write New Delhi, and the Cook Islands' Avarua."""
    events = _code(text)
    assert events and events[0].source.country == country, _listing(events)


def test_a_demonym_of_several_words_after_a_preposition_is_a_people():
    events = _code("Hundreds of Cook Islanders marched in Rarotonga on Saturday to call for the prime minister's resignation.")
    assert [e for e in events if e.event_type == "PROTEST" and e.source.country == "COK"], _listing(events)


# ---------------------------------------------------------------- groups and counts


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("Niger, Mali and Burkina Faso have expelled French troops. The three Sahel states have also suspended "
         "several French broadcasters.", "COERCE", {"NER", "MLI", "BFA"}),
        ("Egypt, Jordan and Saudi Arabia rejected the plan on Sunday. The three Arab states also condemned the "
         "Israeli strikes on Gaza.", "ACCUSE", {"EGY", "JOR", "SAU"}),
    ],
)
def test_a_count_of_states_stands_for_the_list_written_before(text, event_type, countries):
    """GUIDELINES, lists and groups: "a group named by a count ... stands for the actors
    it refers back to", one event per listed actor."""
    second = [e for e in _code(text) if e.sentence_index == 1 and e.event_type == event_type]
    assert {e.source.country for e in second} == countries, _listing(second)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead three men at a bar in Kaduna on Sunday night, police said.",
        "Police in Lagos arrested two women suspected of kidnapping on Friday.",
    ],
)
def test_people_counted_without_an_article_are_civilians(text):
    events = _code(text)
    assert [e for e in events if e.target and e.target.sector == "CVL" and e.target.country == "NGA"], _listing(events)


def test_the_two_men_still_refers_back_to_a_pair():
    events = _code("Kim Jong-un met Vladimir Putin in Vostochny on Wednesday. Later the two men signed a treaty on "
                   "strategic partnership.")
    signed = [e for e in events if e.event_type == "AGREE"]
    assert signed and {signed[0].source.country, signed[0].target.country} == {"PRK", "RUS"}, _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Djibouti agreed to expand cooperation on ports on Monday. The two sides signed a memorandum "
        "on electricity trade.",
        "Chile and Argentina agreed to build a new border crossing on Friday. The two countries also signed a "
        "memorandum on lithium.",
    ],
)
def test_commitments_stated_in_separate_sentences_are_separate_events(text):
    """GUIDELINES: "commitments stated in separate sentences or by separate verbs are
    separate events"."""
    assert len([e for e in _code(text) if e.event_type == "AGREE"]) == 2, _listing(_code(text))


# ---------------------------------------------------------------- places


def test_a_participle_that_places_the_victims_places_the_attack():
    """'killed 14 people travelling on a bus in the Tillaberi region': the place of the
    attack, not that of the next sentence."""
    events = _code("Gunmen killed 14 people travelling on a bus in the Tillaberi region this week, local sources said. "
                   "The junta later turned to Russia for help.")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].target.country == "NER" and attacks[0].location.country == "NER", _listing(events)


# ---------------------------------------------------------------- senses


@pytest.mark.parametrize(
    "text",
    [
        "Britain's Foreign Secretary David Lammy called the veto a disgrace.",
        "The Kenyan foreign minister described the expulsion as a provocation.",
    ],
)
def test_a_deed_a_naming_verb_judges_is_no_act_of_the_speaker(text):
    events = _code(text)
    assert not [e for e in events if e.event_type in ("REJECT", "SANCTION")], _listing(events)


def test_a_judged_deed_with_its_own_doer_is_still_coded():
    events = _code("Lammy called Russia's veto a disgrace.")
    assert [e for e in events if e.event_type == "REJECT" and e.source.country == "RUS"], _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "A contingent of 352 Indonesian soldiers marched in the Republic Day parade in New Delhi.",
        "The Kenyan army marched in the Independence Day parade in Nairobi.",
    ],
)
def test_marching_in_a_parade_is_no_protest(text):
    events = _code(text)
    assert not [e for e in events if e.event_type == "PROTEST"], _listing(events)


def test_marching_in_the_street_is_still_a_protest():
    events = _code("Thousands of students marched in Dhaka on Friday to demand justice for the victims.")
    assert [e for e in events if e.event_type == "PROTEST" and e.source.country == "BGD"], _listing(events)

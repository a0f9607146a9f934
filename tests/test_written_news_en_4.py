"""The fourth set of English articles written for the project
(tests/data/news/written-4.en.jsonl: Bloomberg, Los Angeles Times, The Independent, Sky
News, Euronews, Reuters US politics, Mexico News Daily, Jamaica Gleaner, Globe and Mail,
CBC, South China Morning Post, Korea Herald, Japan Times, Taipei Times, Bangkok Post,
VnExpress, Khmer Times, The Irrawaddy, Kyiv Post, Meduza, Balkan Insight, Politico, Axios,
Post-Courier, Islands Business and Sky Sports styles; the Americas, Europe, East and
South-East Asia and the Pacific), scored end to end through ``chronicle eval``, and the
classes its misses and false alarms showed when it was first scored, unseen: deeds named
only to be judged ("criticised the move", "condemned the verdict"), naming verbs whose
judgement is a word of condemnation the lexicon lacked ("called the agreement a
humiliation", "called the strikes murder") and whose victims named inside the judgement
are no target ("deliberate terror against civilians"), news voices the people files
lacked (spokespeople, premiers, governors, senators, party leaders, envoys), and law
enforcement named by its service ("federal immigration agents"). Every sentence here is
written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder

# first scored unseen at F1 0.558 (P 0.609, R 0.514) at main b7a6cef, before any change
# of the ennews4 branch; the floors sit a little under what the branch reaches.
F1_FLOOR = 0.71
PRECISION_FLOOR = 0.75
RECALL_FLOOR = 0.67
# a full stop that ends a sentence: not an initial ("U.S.", "Gerald R. Ford"), a month
# ("Nov 5") nor a title ("Mr. Carney")
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!Jan|Feb|Aug|Sep|Oct|Nov|Dec|.Mr|.Ms|.Dr|.St)[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-4.en.jsonl", "en", (5, 10), SENTENCE_END)


_code = coder("en", "2025-11-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.modality, e.sentence_index) for e in events]


def _accusations(text: str, source: str) -> list[Event]:
    return [e for e in _code(text) if e.event_type == "ACCUSE" and e.source.country == source]


def test_the_fourth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 10 story sentences after a headline, from
    outlets the first three sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_fourth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- deeds named only to be judged


@pytest.mark.parametrize(
    ("text", "source", "targets"),
    [
        ("Egypt and Qatar signed a gas deal in Doha on Monday. Kenya's foreign minister criticised the move on Tuesday.",
         "KEN", {"EGY", "QAT"}),
        ("A Moscow court sentenced a journalist to six years in prison on Tuesday. Germany condemned the verdict.",
         "DEU", {"RUS"}),
        ("Ethiopian troops seized a Somali border post on Sunday. Somalia's president condemned the operation on Monday.",
         "SOM", {"ETH"}),
    ],
)
def test_a_deed_named_only_to_be_judged_is_the_last_deed_reported(text, source, targets):
    """"the move", "the verdict", "the operation" name no event of their own type: the
    disapproval answers whoever did the deed the sentence before reported (the pack's
    judged_deed_nouns), not no one."""
    events = _accusations(text, source)
    assert events and all(e.target is not None and e.target.country in targets for e in events), _listing(events)


def test_a_judged_deed_does_not_reach_past_a_sentence_that_reports_none():
    """"called the move 'a direct threat'" right after a reported plan answers the plan's
    author, not an older deed of a third country two sentences up (judged_deed_reach)."""
    text = ("Brazil has sent 600 troops to its northern border. Venezuela's president said on Sunday that his "
            "government would create a new state in Essequibo. Guyana's President Irfaan Ali called the move "
            "\"a direct threat\".")
    events = _accusations(text, "GUY")
    assert not [e for e in events if e.target is not None and e.target.country == "BRA"], _listing(events)


# ---------------------------------------------------------------- naming verbs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain and France signed a migrant returns deal on Friday. Nigel Farage called the agreement "
         "\"a humiliation\".", "GBR", "GBR"),
        ("Russian forces fired 45 missiles at Kyiv overnight. President Volodymyr Zelensky called the attack "
         "“deliberate terror against civilians”.", "UKR", "RUS"),
        ("Kosovo police raided ten Serb-run offices in the north on Wednesday. Serbian President Aleksandar Vucic "
         "called the raids \"a brutal act of terror\" against Serbs.", "SRB", "XKX"),
        ("Colombian troops shot dead four Ecuadorian fishermen near the border on Sunday. Ecuador's president "
         "called the killings \"murder\".", "ECU", "COL"),
    ],
)
def test_a_naming_verb_with_a_word_of_condemnation_judges_the_deeds_doer(text, source, target):
    """A name given to another's deed that condemns it ("a humiliation", "deliberate
    terror", "murder") is a criticism of its doer; people named inside the judgement
    ("against civilians", "against Serbs") are its victims, never its target."""
    events = _accusations(text, source)
    assert events and all(e.target is not None and e.target.country == target for e in events), _listing(events)


def test_a_naming_verb_with_a_word_of_praise_is_no_criticism():
    events = _code("Mali and Niger held talks in Bamako on Monday. The Malian minister called the talks a success.")
    assert not [e for e in events if e.event_type == "ACCUSE"], _listing(events)


# ---------------------------------------------------------------- news voices and services


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Foreign Ministry spokesperson Pham Thu Hang protested China's military drills in the Paracel Islands "
         "on Thursday.", "VNM", "GOV"),
        ("Saskatchewan Premier Scott Moe urged Ottawa to drop its tariffs on Chinese electric vehicles.", "CAN", "GOV"),
        ("Palau President Surangel Whipps Jr criticised China over its pressure on Pacific states.", "PLW", "GOV"),
        ("Xhelal Svecla condemned the arrest of a Kosovo police officer by Serbia.", "XKX", "GOV"),
        ("Senator Tim Kaine criticised the strikes on boats in the Caribbean.", "USA", "LEG"),
        ("Nigel Farage criticised the government's deal with France.", "GBR", "PTY"),
    ],
)
def test_news_voices_the_people_files_lacked_are_coded_in_their_office(text, country, sector):
    """Spokespeople, provincial premiers, heads of small states, ministers of partly
    recognised states, senators and party leaders the written set quoted by name, coded
    to their own country, not the last place named."""
    events = [e for e in _code(text) if e.event_type in ("ACCUSE", "REQUEST")]
    assert events and all((e.source.country, e.source.sector) == (country, sector) for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Federal immigration agents detained at least 42 people in Los Angeles on Saturday.", "USA"),
        ("Immigration officers detained 30 migrants in Calais on Monday.", "FRA"),
        ("Border agents detained 42 migrants near Tijuana on Saturday.", "MEX"),
    ],
)
def test_law_enforcement_named_by_its_service_is_the_police_where_it_acts(text, country):
    events = [e for e in _code(text) if e.event_type == "COERCE"]
    assert events and all((e.source.country, e.source.sector) == (country, "COP") for e in events), _listing(events)

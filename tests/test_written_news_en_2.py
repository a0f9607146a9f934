"""The second set of English articles written for the project
(tests/data/news/written-2.en.jsonl: the Guardian, France 24, DW, The East African,
Premium Times, Dawn, The Straits Times, Kyiv Independent, Times of Israel, Arab News,
Buenos Aires Times, RFE/RL and Africanews styles), scored end to end through
``chronicle eval``, and the classes its misses and false alarms showed when it was
first scored, unseen: a reporter's "declined to comment", the headline future ("Cuba
to free 553 prisoners"), passive headlines with no doer ("Dodik Sentenced To Prison"),
a country name that qualifies a title ("US President Joe Biden") taken for a place,
kinds of actor (parties, labour federations, bar associations, agencies, armed groups;
suspects, retirees, union leaders), event nouns inside the name a naming verb gives
("called the raids 'an act of terror'"), places struck named by the tagger as
organisations ("Russia attacked Kharkiv") and several measures in one sentence.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder

# first scored unseen at F1 0.512 (P 0.576, R 0.461; 0.525 / 0.591 / 0.473 after the
# gold correction of its README); 0.599 (P 0.648, R 0.558) at the commit that added
# this test; 0.690 (P 0.730, R 0.654) at 98a9181. The floors sit a little under it so
# that a regression fails.
F1_FLOOR = 0.70
PRECISION_FLOOR = 0.75
RECALL_FLOOR = 0.65
# a full stop that ends a sentence: not an initial ("U.S.") nor a month ("Feb. 17")
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!Jan|Feb|Aug|Sep|Oct|Nov|Dec)[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-2.en.jsonl", "en", (5, 10), SENTENCE_END)


_code = coder("en", "2025-03-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.modality, e.sentence_index) for e in events]


def test_the_second_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 10 story sentences after a headline, from
    outlets other than the first set's, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_second_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- senses


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin declined to comment on the seizure of the tanker.",
        "Zambia's foreign ministry declined to elaborate on the expulsion.",
        "A Bolivian army spokesman declined to be named.",
        "The Ethiopian embassy in Nairobi declined to say whether the envoy had been recalled.",
    ],
)
def test_declining_to_comment_is_no_rejection(text):
    """CAMEO 011 Decline comment is a statement, which PLOVER does not code."""
    events = _code(text)
    assert not [e for e in events if e.event_type == "REJECT"], _listing(events)


def test_declining_to_act_is_still_a_rejection():
    events = _code("Sudan's army declined to attend the talks in Geneva on Monday.")
    assert [e for e in events if e.event_type == "REJECT" and e.source.country == "SDN"], _listing(events)


# ---------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    "text",
    [
        "Iran to free two French nationals\n\nTEHRAN (AFP) - Iran will release two French citizens held "
        "since 2022, the judiciary said on Tuesday.",
        "Cuba to free 553 prisoners after Biden removes island from terror blacklist\n\nHAVANA (AFP) - Cuba "
        "said on Tuesday it would release 553 prisoners.",
    ],
)
def test_a_headline_infinitive_is_the_headline_future(text):
    """'Iran to free ...' is planned (AP Stylebook: headlines use the infinitive for the
    future): the story's announced release, not a release done."""
    events = _code(text)
    assert not [e for e in events if e.modality == "actual" and e.event_type in ("RETREAT", "CONCEDE")], _listing(events)
    assert len([e for e in events if e.event_type == "CONCEDE"]) == 1, _listing(events)


def test_a_headline_infinitive_plans_a_deployment():
    events = _code("Kenya to send 1,000 police officers to Haiti")
    assert events and all(e.modality == "intended" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Bosnian Serb Leader Dodik Sentenced To Prison\n\nSARAJEVO -- A Bosnian court on February 26 sentenced "
         "Milorad Dodik, the president of Republika Srpska, to one year in prison.", "SANCTION"),
        ("Opposition leader arrested in Kampala\n\nKAMPALA (AFP) - Ugandan police arrested opposition leader "
         "Kizza Besigye on Friday, his party said.", "COERCE"),
        ("Journalist detained in Tbilisi\n\nTBILISI (RFE/RL) -- Georgian police on Sunday detained Mzia "
         "Amaglobeli, the director of two independent news outlets, her lawyer said.", "COERCE"),
    ],
)
def test_a_passive_headline_without_its_doer_is_the_story_event(text, event_type):
    """A headline in the passive names no doer: it restates the lead, one event, whose
    evidence is the story's sentence."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert len(events) == 1, _listing(events)
    assert events[0].sentence_index > 0 and events[0].source.country is not None, _listing(events)


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("HAVANA (AFP) - Cuba said on Tuesday it would release 553 prisoners, hours after outgoing US President "
         "Joe Biden announced he would remove the island from the list.", "USA"),
        ("Iran freed two prisoners on Monday, a day after French President Emmanuel Macron called for their "
         "release.", "FRA"),
    ],
)
def test_a_country_that_qualifies_a_title_is_no_place(text, wrong):
    """'US President Joe Biden' says whose president, not where the release happens: the
    prisoners are not the title's country's."""
    events = [e for e in _code(text) if e.event_type in ("RETREAT", "CONCEDE")]
    assert events, _listing(_code(text))
    for event in events:
        assert event.location is None or event.location.country != wrong, _listing(events)
        assert event.target is None or event.target.country != wrong, _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia attacked Kharkiv with drones on Monday.", "RUS", "UKR"),
        ("Russian forces launched an attack on Kharkiv, Ukrainian officials said.", "RUS", "UKR"),
        ("Sudan's Rapid Support Forces shelled El Fasher on Sunday.", "SDN", "SDN"),
        ("Israeli jets struck Gaza City on Monday.", "ISR", "PSE"),
    ],
)
def test_a_place_struck_gives_the_attack_its_target(text, source, target):
    """The small English model tags many cities as organisations: the gazetteer still
    knows the place an attack strikes, whose country is the target."""
    events = [e for e in _code(text) if e.event_type == "ASSAULT"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [(source, target)], _listing(events)


def test_a_person_met_is_no_place_struck():
    events = _code("Donald Trump met Kim Jong-un in Hanoi on Wednesday.")
    assert [(e.event_type, e.target.country if e.target else None) for e in events] == [("CONSULT", "PRK")], _listing(events)


# ---------------------------------------------------------------- actor kinds


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("The Nigeria Labour Congress threatened to shut down the country if the government fails to raise "
         "the minimum wage.", "THREATEN", ("NGA", "LAB")),
        ("The Law Society of Kenya condemned the deportation of the two Kenyan lawyers.", "ACCUSE", ("KEN", "JUD")),
        ("The Security Service of Ukraine detained a resident of Kharkiv suspected of spying for Moscow.",
         "COERCE", ("UKR", "SPY")),
        ("Tehrik-i-Taliban Pakistan fighters attacked a police post in Bannu on Sunday.", "ASSAULT", ("PAK", "REB")),
        ("Chadema urged the government to release its chairman.", "REQUEST", ("TZA", "PTY")),
        ("Georgian Dream accused the president of plotting a coup.", "ACCUSE", ("GEO", "PTY")),
    ],
)
def test_regional_parties_unions_agencies_and_armed_groups_are_actors(text, event_type, source):
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [(e.source.country, e.source.sector) for e in events][:1] == [source], _listing(_code(text))


@pytest.mark.parametrize(
    ("text", "event_type", "side", "actor"),
    [
        ("The Lebanese army said it had arrested three suspects in the town of Yohmor.", "COERCE", "target", ("LBN", "CVL")),
        ("Argentine police arrested 11 retirees outside Congress in Buenos Aires.", "COERCE", "target", ("ARG", "CVL")),
        ("Union leaders in Buenos Aires demanded that the Argentine government raise pensions.", "REQUEST", "source", ("ARG", "LAB")),
        ("Police in Kano arrested 23 thugs who attacked a campaign rally.", "COERCE", "target", ("NGA", "CVL")),
    ],
)
def test_suspects_retirees_thugs_and_union_leaders_are_actors(text, event_type, side, actor):
    """People named by their situation or their office: without them the arrested or
    the demanding side of these sentences is nobody."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert events, _listing(_code(text))
    found = getattr(events[0], side)
    assert found is not None and (found.country, found.sector) == actor, _listing(events)


# ---------------------------------------------------------------- constructions


@pytest.mark.parametrize(
    "text",
    [
        'Serbian President Aleksandar Vucic called the arrests "an act of terror" against Serbs.',
        "Kenya's interior minister described the doctors' strike as an attack on democracy.",
        "Zimbabwe's government branded the opposition's boycott an act of sabotage.",
    ],
)
def test_an_event_noun_in_a_name_given_is_no_event(text):
    """'called X "an act of terror"', 'described X as an attack': the noun says how the
    speaker sees X, no attack of its own."""
    events = _code(text)
    assert not [e for e in events if e.event_type == "ASSAULT"], _listing(events)


def test_an_attack_condemned_is_still_an_attack():
    events = _code("Ukraine condemned the Russian attack on Kharkiv.")
    assert [(e.source.country, e.target.country) for e in events if e.event_type == "ASSAULT"] == [("RUS", "UKR")], _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "codes"),
    [
        ("Thailand downgraded diplomatic relations with Cambodia, expelling the Cambodian ambassador.",
         "SANCTION", {"161", "166"}),
        ("Vanuatu's government declared a state of emergency and imposed a night-time curfew in Port Vila.",
         "COERCE", {"1723", "1724"}),
    ],
)
def test_measures_stated_by_separate_verbs_are_separate_events(text, event_type, codes):
    """GUIDELINES: each distinct event once; two measures of different codes in one
    sentence are two events, not one mention repeated."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert {e.cameo for e in events} == codes, _listing(events)


def test_one_measure_stated_twice_stays_one():
    events = [e for e in _code("Police arrested and detained three activists in Harare on Friday.") if e.event_type == "COERCE"]
    assert len(events) == 1, _listing(events)

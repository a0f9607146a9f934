"""The eleventh set of English articles written for the project
(tests/data/news/written-11.en.jsonl: Reuters, AP, AFP, Al Jazeera, The Guardian, France 24,
Euronews, Addis Standard, Daily Monitor, The Namibian, Daily Maverick, Gulf Times, Tehran
Times, Hürriyet Daily News, The Astana Times, The Times of India, The Kathmandu Post, The
Daily Star, the Bangkok Post, the Inquirer, The Straits Times, the South China Morning
Post, the Taipei Times, ABC, RNZ, the Buenos Aires Times, the Jamaica Gleaner, Balkan
Insight, The Kyiv Independent and The Citizen styles), scored end to end through
``chronicle eval``, and the classes its first (unseen) score showed that the newsets18en
branch fixed: a government's concern at another's deed said with the passive or the
adjective ("said it was concerned by the use of force"), a month after "in" read as the
English town of that name ("in March last year"), and a phone call dropped as the
occasion of a promise in the same sentence.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from written_sets import NEWS, WrittenSet
from event_checks import coder, listing, positive, type_dyads

# first scored unseen at F1 0.677 (P 0.675, R 0.678) at main 9631342; 0.685 (P 0.688,
# R 0.682) on the corrected gold. The floors sit a little under the branch's final score.
F1_FLOOR = 0.69
PRECISION_FLOOR = 0.69
RECALL_FLOOR = 0.69
# a full stop that ends a sentence: not an initial ("U.N.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-11.en.jsonl", "en", (6, 15), SENTENCE_END)

_code = coder("en", "2026-03-12")


def test_the_eleventh_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 6 to 15 story sentences after a headline, from
    the outlets the earlier sets used least, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_eleventh_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ------------------------------------------- concern at another's deed


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The US State Department said it was \"concerned\" by China's actions around Kinmen.", ("USA", "CHN")),
        ("Canada said it was deeply concerned by Rwanda's support for the rebels.", ("CAN", "RWA")),
        ("Norway is alarmed by Belarus's decision to expel the observers.", ("NOR", "BLR")),
    ],
)
def test_concern_at_a_partys_deed_is_a_disapproval_of_that_party(text, dyad):
    """"Was concerned by X's actions": the passive the tagger reads as a verb, or the
    adjective, voices the speaker's disapproval of the owner of the deed (ACCUSE 111), as
    "expressed concern over" does."""
    events = _code(text)
    assert dyad in type_dyads(positive(events, "ACCUSE"), "ACCUSE"), listing(events)


def test_concern_at_a_deed_whose_doer_goes_unnamed_is_still_a_disapproval():
    """"Was concerned by the use of force against opposition supporters": no doer named,
    and the disapproval still stands, by the speaker (the gold gives it a null target)."""
    events = _code("The European Union delegation in Kampala said it was concerned by the use of force against opposition supporters in Masaka.")
    assert any(e.event_type == "ACCUSE" and e.source.country == "EUR" for e in events), listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization said it was concerned by the spread of cholera in Sudan.",
        "Kenya's foreign ministry said it was concerned about the humanitarian situation in Gaza.",
        "Fiji's central bank said it was concerned over rising prices for imported fuel.",
    ],
)
def test_concern_for_people_or_prices_disapproves_of_no_one(text):
    """Concern at an outbreak, for a humanitarian situation or over prices names no deed
    of anyone: no ACCUSE."""
    events = _code(text)
    assert not any(e.event_type == "ACCUSE" for e in events), listing(events)


# ------------------------------------------- a month is no place


@pytest.mark.parametrize(
    "text",
    [
        "In March last year, police in Kathmandu arrested 40 royalist protesters.",
        "Uganda deployed special forces to Juba in March at the request of President Salva Kiir.",
        "Police arrested 30 opposition supporters in May during a rally in Lusaka.",
    ],
)
def test_a_month_after_in_is_a_date_not_a_town(text):
    """"In March", "in May": a month the tagger dates is not March in Cambridgeshire nor
    any other town of that name, so no event is placed there, nor given Britain's people."""
    events = _code(text)
    assert events, listing(events)
    for event in events:
        assert not (event.location and event.location.name in ("March", "May")), listing(events)
        assert "GBR" not in (event.source.country, event.target.country if event.target else None), listing(events)


# ------------------------------------------- a call beside a promise


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Poland said it was ready to help Lithuania patrol its airspace, and Polish President Karol Nawrocki spoke by phone with Lithuanian President Gitanas Nausėda.", ("POL", "LTU")),
        ("Japan said it was ready to help the Philippines patrol the South China Sea, and Prime Minister Sanae Takaichi spoke by phone with President Ferdinand Marcos Jr.", ("JPN", "PHL")),
    ],
)
def test_a_phone_call_beside_a_promise_is_a_call_of_its_own(text, dyad):
    """A promise of help and a phone call in one sentence are two events: the call is no
    occasion of the plan (as a summit named by a noun may be), so it is not merged into it."""
    events = _code(text)
    calls = [e for e in positive(events, "CONSULT") if e.mode == "phone"]
    assert dyad in {(e.source.country, e.target.country if e.target else None) for e in calls}, listing(events)


# ------------------------------------------- a diplomatic note of protest


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Vietnam's foreign ministry handed a diplomatic note to the Chinese embassy in Hanoi on Wednesday.", ("VNM", "CHN")),
        ("Nepal sent a diplomatic note to India over the road through the Lipulekh pass.", ("NPL", "IND")),
        ("Guyana delivered a protest note to Venezuela after soldiers crossed the Cuyuni river.", ("GUY", "VEN")),
    ],
)
def test_a_diplomatic_note_handed_or_sent_is_a_protest(text, dyad):
    """A diplomatic or protest note handed, sent or delivered to a state is a complaint
    through diplomatic channels (ACCUSE 111), as a protest lodged is."""
    events = _code(text)
    assert dyad in type_dyads(positive(events, "ACCUSE"), "ACCUSE"), listing(events)


def test_a_note_seeking_a_return_is_no_protest():
    """"Sent a diplomatic note to India seeking the return of" a person asks for
    something: no ACCUSE from the note."""
    events = _code("Bangladesh has sent a diplomatic note to India seeking the return of the former prime minister.")
    assert not any(e.event_type == "ACCUSE" for e in events), listing(events)

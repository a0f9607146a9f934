"""The eighth set of English articles written for the project
(tests/data/news/written-8.en.jsonl: Euractiv, Eurasianet, Radio Free Asia, The Korea
Times, CNA, Khaama Press, NDTV, bdnews24, The Himalayan Times, Hürriyet Daily News, The
Jerusalem Post, Egypt Independent, Gulf Times, The Star, New Vision, Vanguard, Lusaka
Times, TimesLIVE, Ukrainska Pravda, The Baltic Times, Le Monde in English, N1, Focus
Taiwan, Philstar, the Solomon Star, The Tico Times, the Buenos Aires Herald, El Universal
English and RFI English styles), scored end to end through ``chronicle eval``, and the
classes its misses showed when it was first scored, unseen: governments named by their
leader ("the Lukashenko regime", "the Trump administration"), responses announced as
threats ("would respond forcefully", "would respond in a reciprocal manner", "in
kind"), the press's other verbs for tear gas ("lobbed teargas at"), and bodies the
knowledge base does not know whose name ends on their country ("the Christian Association
of Nigeria"). Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder, type_dyads

# first scored unseen at F1 0.564 (P 0.558, R 0.570) at main 30da261; 0.607 (P 0.587,
# R 0.627) after the ennews8 branch's class fixes. The floors sit a little under it.
F1_FLOOR = 0.60
PRECISION_FLOOR = 0.58
RECALL_FLOOR = 0.62
# a full stop that ends a sentence: not an initial ("U.S.")
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"”]?(?:\s|$)")
WRITTEN = WrittenSet(NEWS / "written-8.en.jsonl", "en", (5, 12), SENTENCE_END)


_code = coder("en", "2025-10-14")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.name, e.source.country, e.target.country if e.target else None)
            for e in events]


def test_the_eighth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 English articles of 5 to 12 story sentences after a headline, from
    outlets the earlier sets lack, each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_eighth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ------------------------------------------- a government named by its leader


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Lithuania accused the Lukashenko regime of sending migrants across the border.", ("LTU", "BLR")),
        ("Mexico criticised the Trump administration over the new tariffs.", ("MEX", "USA")),
        ("The European Union condemned the Ortega-Murillo regime for stripping critics of their citizenship.", ("EUR", "NIC")),
    ],
)
def test_a_government_named_by_its_leader_is_that_leaders_state(text, dyad):
    """"The Lukashenko regime" is Belarus's government: a known leader's name before
    "regime", "administration" or "government" says whose state acts or is acted on."""
    assert dyad in type_dyads(_code(text), "ACCUSE"), _listing(_code(text))


def test_a_leaders_name_before_another_noun_names_no_state():
    """Only government nouns take the leader's state: "a Trump rally" in Ohio is no act
    of the United States against anyone here."""
    events = _code("Canada criticised the Carney budget in Ottawa.")
    assert ("CAN", "USA") not in type_dyads(events, "ACCUSE"), _listing(events)


# ------------------------------------------- responses announced as threats


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran said it would respond forcefully to any attack on its nuclear sites.", "IRN"),
        ("Algeria said it would respond in a reciprocal manner to France.", "DZA"),
        ("China said it would respond in kind to Canada's tariffs.", "CHN"),
    ],
)
def test_a_response_announced_in_kind_or_with_force_is_a_threat(text, source):
    """"Would respond forcefully", "in a reciprocal manner", "in kind": a threat (CAMEO
    138/130), not a statement."""
    threats = [e for e in _code(text) if e.event_type == "THREATEN"]
    assert [e.source.country for e in threats] == [source], _listing(_code(text))


def test_a_response_already_made_or_to_a_letter_is_no_threat():
    """A response carried out, or one to a letter, threatens no one."""
    for text in ("Israel responded forcefully to the rocket fire from Gaza.",
                 "Egypt said it would respond to the letter from Sudan next week."):
        assert "THREATEN" not in {e.event_type for e in _code(text)}, _listing(_code(text))


# ------------------------------------------- tear gas by other verbs


@pytest.mark.parametrize(
    "text",
    [
        "Police lobbed teargas at hundreds of protesters in Kampala.",
        "Riot police sprayed pepper spray on demonstrators in Tbilisi.",
        "Police hurled tear gas canisters at students in Dhaka.",
    ],
)
def test_tear_gas_lobbed_sprayed_or_hurled_is_violent_repression(text):
    """The press writes the same act with several verbs: CAMEO 175, ASSAULT
    crowd-control, the police's own country on both sides."""
    events = [e for e in _code(text) if e.event_type == "ASSAULT"]
    assert [e.cameo for e in events] == ["175"], _listing(_code(text))


def test_a_shooting_is_still_an_assault_not_crowd_control():
    """"Shot dead" keeps its own reading."""
    events = _code("Gunmen shot dead a mayor in Guerrero on Sunday.")
    assert any(e.event_type == "ASSAULT" and e.cameo != "175" for e in events), _listing(events)


# ------------------------------------------- a body named with its country


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Christian Association of Nigeria condemned the attack on the church in Plateau.", "NGA"),
        ("The Medical Council of Zambia accused the government of failing to pay doctors.", "ZMB"),
        ("The Islamic Council of Malawi urged the government to release the activists.", "MWI"),
    ],
)
def test_an_unknown_body_whose_name_ends_on_a_country_is_of_that_country(text, source):
    """A body the knowledge base does not know, named "... of <country>", is that
    country's: its statement is coded, not dropped for want of a source."""
    events = _code(text)
    assert events and {e.source.country for e in events} == {source}, _listing(events)


def test_a_state_named_republic_of_stays_the_state():
    """"The Republic of Korea" is the state (GOV), not a body of Korea."""
    events = _code("The Republic of Korea and Japan signed a fisheries agreement.")
    assert ("KOR", "JPN") in type_dyads(events, "AGREE") | {(b, a) for a, b in type_dyads(events, "AGREE")}, _listing(events)
    assert all(e.source.sector == "GOV" for e in events if e.source.country == "KOR"), _listing(events)


# ------------------------------------------- standing with a party


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hungary said it stood with Slovakia in the dispute.", ("HUN", "SVK")),
        ("Kenya stands firmly with Somalia, the foreign ministry said.", ("KEN", "SOM")),
    ],
)
def test_standing_with_a_party_is_support(text, dyad):
    """"Stood with Slovakia" is "stood in solidarity with" said shorter: SUPPORT 051."""
    assert dyad in type_dyads(_code(text), "SUPPORT"), _listing(_code(text))


# ------------------------------------------- a welcome whose deed names no doer


def test_a_decision_welcomed_answers_its_maker():
    """"Welcomed the decision" right after a state's decision supports that state, as a
    condemnation of it would accuse it."""
    events = _code("Finland will close its last border crossing with Russia from Monday. "
                   "Estonia welcomed the decision.")
    assert ("EST", "FIN") in type_dyads(events, "SUPPORT"), _listing(events)


# ------------------------------------------- sea features named after a town


def test_a_sea_feature_is_no_town_of_its_first_name():
    """"Scarborough Shoal" is no Scarborough (England): the vessel struck there stays the
    Philippines', and no British party or place appears."""
    events = _code("A Chinese coast guard ship fired a water cannon at a Philippine vessel near Scarborough Shoal.")
    assert all("GBR" not in (e.source.country, e.target.country if e.target else None) for e in events), _listing(events)
    assert all(e.location is None or e.location.country != "GBR" for e in events), _listing(events)

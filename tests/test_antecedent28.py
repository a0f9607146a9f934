"""A reaction whose object is a deed named only to be judged ("the move", "the decision",
"the measure", "cette décision") answers the doer of the act it refers back to
(resolve.assemble._acted_on, _far_deed_doer): past the sentence before when the sentences
between bring no new country into the story (English pack: judged_deed_far), the act told
first in the antecedent's sentence (its main clause's, not an act its adjunct recalls),
never the reacting side's own act, and no target at all (the reaction dropped) where a
new party's act may be the one named. Every sentence here is written for these tests,
about countries the probe sets (tests/data/probes/antecedent28-*) do not use."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

_en = coder("en", "2026-05-12")
_fr = coder("fr", "2026-05-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.sentence_index) for e in events]


def _reactions(events: list[Event], event_type: str, source: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type and e.source.country == source]


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # an article about more than one pair; sentences of comment by the acting side between
        ("Uganda expelled three Kenyan diplomats on Monday, as Tanzania and Rwanda held talks in Arusha. Officials in Kampala said the diplomats had "
         "breached protocol. Ugandan police said they had left the country. Kenya's foreign ministry "
         "condemned the decision.", "ACCUSE", "KEN", "UGA"),
        ("Norway suspended its aid to Zambia on Tuesday, a week after Denmark signed a trade accord with Malawi. The Norwegian embassy in Lusaka said the money "
         "would stay frozen until an audit ends. Zambia's finance minister "
         "criticised the move.", "ACCUSE", "ZMB", "NOR"),
        ("Canada lifted its travel ban on flights from Jamaica on Friday, as the United States and Mexico signed an aviation accord. Canadian officials said the ban "
         "had served its purpose. Jamaica's tourism minister welcomed the decision.", "SUPPORT", "JAM", "CAN"),
    ],
)
def test_a_judged_deed_past_the_sentence_before_is_the_nearest_act(text, event_type, source, target):
    events = _en(text)
    found = _reactions(events, event_type, source)
    assert found and all(e.target is not None and e.target.country == target for e in found), _listing(events)


def test_a_country_new_to_the_story_between_leaves_the_deed_unknown():
    """"the move" after a sentence in which a party new to the story speaks of its own plans
    may name that party's act, uncoded: no target (precision first), never the older act."""
    text = ("Chile sent 400 troops to its northern border on Monday. Peru's president said his "
            "government would build a wall along the border with Bolivia. Bolivia's foreign minister "
            "called the move a provocation.")
    events = _en(text)
    assert not [e for e in _reactions(events, "ACCUSE", "BOL") if e.target is not None and e.target.country == "CHL"], _listing(events)


@pytest.mark.parametrize(
    ("code", "text", "source", "target"),
    [
        ("en", "Hungary expelled two Croatian diplomats on Monday, days after Austria and Slovenia signed a "
               "border accord. Officials in Budapest said the diplomats had been spying. Croatia's foreign "
               "ministry condemned the move.", "HRV", "HUN"),
        ("fr", "Le Sénégal a fermé jeudi sa frontière avec la Gambie, au lendemain d'entretiens entre Banjul "
               "et Bissau. Les autorités sénégalaises ont invoqué des raisons de sécurité. Banjul a critiqué "
               "la décision.", "GMB", "SEN"),
    ],
)
def test_the_act_a_judged_deed_refers_to_is_the_one_its_sentence_tells_first(code, text, source, target):
    """The antecedent sentence's main act, not the act its adjunct recalls ("days after
    Austria and Slovenia signed", "au lendemain d'entretiens entre Banjul et Bissau")."""
    events = (_en if code == "en" else _fr)(text)
    found = _reactions(events, "ACCUSE", source)
    assert found and all(e.target is not None and e.target.country == target for e in found), _listing(events)


def test_a_far_judged_deed_is_no_act_of_unnamed_gunmen():
    """A decision, a move is a state's or an organisation's: past the sentence before, a
    shooting by gunmen is passed over for the government's act before it."""
    text = ("Ecuador's government declared a state of emergency in Guayaquil on Monday. Gunmen shot dead "
            "three men at a market on Tuesday. Police said two suspects had been arrested. Colombia's "
            "foreign minister criticised the move.")
    events = _en(text)
    found = _reactions(events, "ACCUSE", "COL")
    assert not [e for e in found if e.target is not None and e.target.sector not in (None, "GOV", "MIL", "COP")], _listing(events)

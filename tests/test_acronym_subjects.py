"""A capitalised acronym opening an English clause ("ECOWAS imposed sanctions on
Guinea") is the clause's subject, not the head of one long noun phrase: the English
model, taking the acronym for a plural noun or a gerund, hangs the past verb on the
object as an adjective and codes nothing (``triggers._raise_verbs_read_as_modifiers``).
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.extract.triggers import TriggerFinder
from chronicle.packs import load_pack
from chronicle.pipeline import sentence_spans
from event_checks import coder, dyad, only

code = coder("en", "2024-05-02")


@pytest.mark.parametrize("text, event_type, pair", [
    ("ECOWAS imposed sanctions on Guinea after the coup.", "SANCTION", ("IGO", "GIN")),
    ("On Monday, ECOWAS lifted sanctions on Niger.", None, ("IGO", "NER")),
    ("ECOWAS slapped sanctions on Mali on Tuesday.", "SANCTION", ("IGO", "MLI")),
])
def test_an_acronym_subject_keeps_its_verb(text, event_type, pair):
    events = code(text)
    assert events, text
    event = only(events, event_type) if event_type else events[0]
    assert dyad(event) == pair


def test_the_repaired_parse_makes_the_verb_the_root():
    nlp = load_pipeline("en")
    doc = nlp("ECOWAS lifted sanctions on Niger.")
    finder = TriggerFinder(load_pack("en"))
    for sentence in sentence_spans(doc):
        finder.find(sentence)
    verb = doc[1]
    assert verb.dep_ == "ROOT" and doc[0].head.i == verb.i and doc[0].dep_ == "nsubj"
    assert doc[2].head.i == verb.i and doc[0].pos_ == "PROPN"


@pytest.mark.parametrize("text", [
    "Brazil imposed sanctions on no one, the minister said.",  # a verb root: nothing to repair
    "The Chinese-backed project stalled in Lusaka.",
])
def test_a_parse_with_a_verb_root_is_left_alone(text):
    nlp = load_pipeline("en")
    doc = nlp(text)
    before = [(t.head.i, t.dep_) for t in doc]
    finder = TriggerFinder(load_pack("en"))
    for sentence in sentence_spans(doc):
        finder.find(sentence)
    assert [(t.head.i, t.dep_) for t in doc] == before

"""The WordNet nominal generator (chronicle.packs.derive_nominals), on a hand-made excerpt,
and the reviewed nouns and support-verb frames it feeds (helper nomen21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.packs.derive_nominals import derive, propose, read_tables
from event_checks import coder, only

EXCERPT = Path(__file__).parent / "data" / "wordnet_excerpt"

code = coder("en", "2025-03-01")


def _pack(tmp_path: Path, extra: str = "") -> list[Path]:
    triggers = tmp_path / "triggers.yaml"
    triggers.write_text(
        "triggers:\n"
        '  - {lemma: arrest, type: COERCE, mode: arrest, cameo: "173", frame: act_on, requires_object: true, source: test}\n'
        '  - {lemma: expel, type: SANCTION, mode: expel, cameo: "166", frame: act_on, excludes: [ball], source: test}\n' + extra,
        encoding="utf-8")
    return [triggers]


def test_derive_keeps_event_senses_only():
    found = {(d.verb, d.noun, d.lexfile) for d in derive(read_tables(EXCERPT), ["arrest", "expel"])}
    # the seizure by police is an act; "arrest" as a stopped heart (noun.state) is no event
    assert ("arrest", "arrest", "noun.act") in found
    assert ("expel", "expulsion", "noun.act") in found
    assert all(lexfile != "noun.state" for _, _, lexfile in found)
    # a link from another word of the synset ("throw out") is not the verb's own
    assert not any(noun == "throwing out" for _, noun, _ in found)


def test_proposal_keeps_the_verb_entry_code_and_maps_its_frame(tmp_path):
    proposals = {p["lemma"]: p for p in propose(EXCERPT, _pack(tmp_path))}
    expulsion = proposals["expulsion"]
    assert (expulsion["type"], expulsion["mode"], expulsion["cameo"]) == ("SANCTION", "expel", "166")
    assert expulsion["frame"] == "nominal_patient" and expulsion["pos"] == ["NOUN"]
    assert expulsion["excludes"] == ["ball"] and "requires_object" not in expulsion
    assert "WordNet 3.0" in expulsion["source"] and "'expel'" in expulsion["source"]


def test_proposal_never_shadows_a_noun_the_pack_has(tmp_path):
    extra = '  - {lemma: expulsion, pos: [NOUN], type: SANCTION, cameo: "166", frame: nominal_patient, source: test}\n'
    assert "expulsion" not in {p["lemma"] for p in propose(EXCERPT, _pack(tmp_path, extra))}


@pytest.mark.parametrize("text, event_type, cameo, source, target", [
    ("Belarus announced the disbandment of the main opposition party.", "COERCE", "1722", "BLR", "BLR"),
    ("Russia ordered the revocation of the accreditation of two German journalists.", "COERCE", "172", "RUS", "DEU"),
    ("The lynching of a Pakistani migrant by villagers in India drew condemnation.", "ASSAULT", "182", "IND", "PAK"),
])
def test_reviewed_nouns_code_with_their_parties(text, event_type, cameo, source, target):
    event = next(e for e in code(text) if e.event_type == event_type)
    assert (event.cameo, event.source.country, event.target.country) == (cameo, source, target)


def test_food_poisoning_is_no_attack():
    assert not [e for e in code("Food poisoning sickened forty pupils at a school in Malawi.") if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, event_type, source, target", [
    # the party hangs on the noun's own "of" complement: "accusations of sabotage against Armenia"
    ("Azerbaijan levelled accusations of sabotage against Armenia.", "ACCUSE", "AZE", "ARM"),
    ("Bolivia made threats of retaliation against Chile.", "THREATEN", "BOL", "CHL"),
    # "the signing of a pact between A and B": the sides of the pact sign it
    ("The signing of a defence pact between Australia and Papua New Guinea took place on Monday.", "AGREE", "AUS", "PNG"),
])
def test_support_verb_nouns_read_nested_parties(text, event_type, source, target):
    event = next(e for e in code(text) if e.event_type == event_type)
    assert {event.source.country, event.target.country} == {source, target}
    assert event.source.country == source or event_type == "AGREE"


def test_negated_nominal_event_under_a_support_verb():
    arrest = next(e for e in code("Turkish police did not carry out the arrest of the Swedish journalist.") if e.event_type == "COERCE")
    assert (arrest.polarity, arrest.source.country, arrest.target.country) == ("negative", "TUR", "SWE")


@pytest.mark.parametrize("text, source, target", [
    ("Morocco threatened to order the expulsion of Algerian diplomats.", "MAR", "DZA"),
    ("Washington threatened to impose the revocation of visas for Nicaraguan officials.", "USA", "NIC"),
])
def test_threatened_nominal_event_is_a_threat_not_the_act(text, source, target):
    events = code(text)
    threat = only(events, "THREATEN")
    assert (threat.source.country, threat.target.country) == (source, target)
    assert not [e for e in events if e.event_type in ("SANCTION", "COERCE") and e.modality == "actual" and e.polarity == "positive"]

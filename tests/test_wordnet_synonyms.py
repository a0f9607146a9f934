"""The WordNet synonym generator, on a small WordNet excerpt written for the test.

The excerpt follows WordNet 3.0's ``index.verb`` / ``data.verb`` formats (licence
header lines start with a space; synsets list their words with hexadecimal
counts and their pointers, ``~`` a hyponym); the tests check which verbs are
proposed for which head entry, what coding and guards they copy, and how a
reviewed proposal becomes a trigger entry the English pack loads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronicle.packs import Trigger
from chronicle.packs.wordnet_synonyms import (
    find,
    known_verbs,
    load_entries,
    propose,
    read_wordnet,
    render_entries,
    reviewed_entry,
)

INDEX = """\
  1 This software and database is being provided to you, the LICENSEE
rebuke v 1 3 @ ~ + 1 1 00000100
castigate v 1 1 @ 1 0 00000200
shell v 2 2 @ ~ 2 0 00000300 00000400
detain v 1 1 @ 1 0 00000500
"""

DATA = """\
  1 This software and database is being provided to you, the LICENSEE
00000100 32 v 04 rebuke 0 reprimand 0 take_to_task 0 upbraid 0 001 ~ 00000200 v 0000 | censure severely or angrily
00000200 32 v 02 castigate 0 chastise 0 000 | censure severely
00000300 33 v 02 shell 0 bombard 0 001 ~ 00000350 v 0000 | use explosives on
00000350 33 v 01 strafe 0 000 | rake with gunfire from low-flying aircraft
00000400 35 v 02 shell 1 husk 0 000 | remove the husks from
00000500 35 v 02 detain 0 intern 0 000 | deprive of freedom
"""

ENTRIES = [
    {"lemma": "rebuke", "type": "ACCUSE", "mode": "disapprove", "cameo": "111", "frame": "act_on", "excludes": ["referee"], "source": "t"},
    {"lemma": "shell", "type": "ASSAULT", "mode": "heavy-weapons", "cameo": "194", "frame": "attack", "requires_object": True, "source": "t"},
    {"lemma": "bombard", "pos": ["NOUN"], "type": "ASSAULT", "frame": "nominal_attack", "source": "t"},
    {"lemma": "chastise", "type": "ACCUSE", "cameo": "111", "frame": "act_on", "pattern": ["over"], "source": "t"},
    {"lemma": "reprimand", "type": "ACCUSE", "cameo": "111", "frame": "act_on", "source": "t"},
]


@pytest.fixture()
def wordnet(tmp_path: Path):
    (tmp_path / "index.verb").write_text(INDEX, encoding="utf-8")
    (tmp_path / "data.verb").write_text(DATA, encoding="utf-8")
    return read_wordnet(tmp_path)


def test_reader_parses_senses_words_and_hyponyms(wordnet):
    assert wordnet.index["shell"] == ("00000300", "00000400")
    assert wordnet.synsets["00000100"].words == ("rebuke", "reprimand", "take_to_task", "upbraid")
    assert wordnet.synsets["00000100"].hyponyms == ("00000200",)
    assert wordnet.synsets["00000300"].gloss == "use explosives on"


def test_proposes_synonyms_and_hyponyms_absent_from_the_pack(wordnet):
    proposals = {(p.verb, p.head, p.relation) for p in propose(ENTRIES, wordnet, senses=1)}
    # upbraid (synonym), castigate (hyponym) and strafe (hyponym of shell's first sense)
    assert ("upbraid", "rebuke", "synonym") in proposals
    assert ("castigate", "rebuke", "hyponym") in proposals
    assert ("strafe", "shell", "hyponym") in proposals
    verbs = {verb for verb, _, _ in proposals}
    # reprimand is a trigger already; a multi-word member is never proposed; chastise is
    # known (a pattern entry's lemma counts), and bombard, only a noun entry, is proposed
    assert "reprimand" not in verbs and "take_to_task" not in verbs and "chastise" not in verbs
    assert "bombard" in verbs


def test_later_senses_only_when_asked(wordnet):
    assert "husk" not in {p.verb for p in propose(ENTRIES, wordnet, senses=1)}
    assert "husk" in {p.verb for p in propose(ENTRIES, wordnet, senses=2)}


def test_proposal_copies_the_head_entry_coding(wordnet):
    strafe = find(propose(ENTRIES, wordnet), "strafe", "shell", "194")
    assert strafe.entry == {"type": "ASSAULT", "mode": "heavy-weapons", "cameo": "194", "frame": "attack", "requires_object": True}
    assert strafe.synset == "00000350" and strafe.sense == 1


def test_known_verbs_cover_lemmas_and_synonyms():
    assert known_verbs([{"lemma": "Detain", "synonyms": ["jail"], "type": "COERCE", "frame": "act_on"}]) == {"detain", "jail"}


def test_reviewed_entry_keeps_head_guards_and_names_its_provenance(wordnet):
    upbraid = find(propose(ENTRIES, wordnet), "upbraid", "rebuke")
    entry = reviewed_entry(upbraid, "a rebuke, its only sense", excludes=["umpire"])
    assert entry["excludes"] == ["referee", "umpire"]  # added to the head's, never replacing them
    assert "synset 00000100-v" in entry["source"] and "'rebuke'" in entry["source"]
    loaded = yaml.safe_load(render_entries([entry]))["triggers"][0]
    trigger = Trigger(**loaded)
    assert (trigger.lemma, trigger.cameo, trigger.type, trigger.mode) == ("upbraid", "111", "ACCUSE", "disapprove")


def test_a_guard_set_to_none_lifts_the_head_requirement(wordnet):
    strafe = find(propose(ENTRIES, wordnet), "strafe", "shell")
    assert "requires_object" not in reviewed_entry(strafe, "note", requires_object=None)


def test_unknown_proposal_is_an_error(wordnet):
    with pytest.raises(KeyError):
        find(propose(ENTRIES, wordnet), "intern", "detain")  # detain has no entry here


def test_the_reviewed_output_is_left_out_of_the_known_verbs(tmp_path: Path):
    (tmp_path / "triggers").mkdir()
    (tmp_path / "triggers.yaml").write_text("triggers:\n  - {lemma: rebuke, type: ACCUSE, frame: act_on, source: t}\n")
    (tmp_path / "triggers" / "wordnet-verbs.yaml").write_text("triggers:\n  - {lemma: upbraid, type: ACCUSE, frame: act_on, source: t}\n")
    assert known_verbs(load_entries(tmp_path)) == {"rebuke"}  # a rerun proposes upbraid again

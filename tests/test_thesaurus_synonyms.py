"""The French thesaurus generator (helper thesfr22) and the entries kept from its review.

The generator is checked on a small thesaurus excerpt written for the test in the
MyThes format of LibreOffice's thes_fr.dat (tests/data/thesaurus_excerpt): which words
are proposed for which head entry (only synonyms that list the head back, not already
triggers, in the entry's part of speech), what coding and guards they copy, and how a
review becomes a trigger file the French pack loads. The kept entries
(packs/fr/triggers/thesaurus-verbs.yaml) are checked on sentences written for this
test, about many regions, and on the other senses of the same words, which must code
nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronicle.packs import Trigger
from chronicle.packs.mythes import read_thesaurus, synonyms
from chronicle.packs.thesaurus_synonyms import apply_review, find, known_words, propose, reviewed_entry, unreviewed
from chronicle.packs.wordnet_synonyms import render_entries
from event_checks import coder, dyad as sides, only, types

EXCERPT = Path(__file__).parent / "data" / "thesaurus_excerpt" / "thes_fr.dat"

ENTRIES = [
    {"lemma": "condamner", "type": "ACCUSE", "mode": "disapprove", "cameo": "111", "frame": "act_on", "excludes": ["tribunal"], "source": "t"},
    {"lemma": "blâmer", "type": "ACCUSE", "mode": "disapprove", "cameo": "111", "frame": "act_on", "source": "t"},
    {"lemma": "expulser", "synonyms": ["chasser"], "type": "ASSAULT", "cameo": "201", "frame": "attack", "requires_object": True, "source": "t"},
    {"lemma": "bannir", "type": "COERCE", "cameo": "172", "frame": "coerce", "pattern": ["de"], "source": "t"},
    {"lemma": "bombardement", "pos": ["NOUN"], "type": "ASSAULT", "mode": "aerial", "frame": "nominal_act", "source": "t"},
    {"lemma": "réprouver", "type": "ACCUSE", "cameo": "111", "frame": "act_on", "reflexive": True, "source": "t"},
]


@pytest.fixture(scope="module")
def thesaurus():
    return read_thesaurus(EXCERPT)


def test_reader_parses_meanings_by_part_of_speech(thesaurus):
    assert synonyms(thesaurus, "condamner", "VERB") == ("blâmer", "fustiger", "murer", "boucher", "promettre")
    assert synonyms(thesaurus, "condamner", "NOUN") == ("condamné",)
    # a lower-case label counts, a multi-word synonym is never proposed
    assert synonyms(thesaurus, "bombardement", "NOUN") == ("canonnade", "pilonnage")
    assert synonyms(thesaurus, "canonnade", "NOUN") == ("bombardement", "salve")


def test_only_synonyms_listing_the_head_back_are_proposed(thesaurus):
    proposals = {(p.word, p.head) for p in propose(ENTRIES, thesaurus)}
    # fustiger lists condamner and blâmer back; murer lists condamner back (the review drops it)
    assert ("fustiger", "condamner") in proposals and ("murer", "condamner") in proposals
    # boucher and promettre do not list condamner: the sense is another one
    assert not {"boucher", "promettre", "fouetter"} & {word for word, _ in proposals}
    # exiler lists chasser (a synonym of the expulser entry) back; refouler has no entry of its own
    assert ("exiler", "chasser") in proposals and "refouler" not in {word for word, _ in proposals}
    # a noun entry gets noun synonyms; pilonnage has no entry listing bombardement
    assert ("canonnade", "bombardement") in proposals and "pilonnage" not in {word for word, _ in proposals}


def test_known_words_pattern_and_reflexive_entries_are_left_out(thesaurus):
    words = {p.word for p in propose(ENTRIES, thesaurus)}
    # blâmer is a trigger already; bannir's entry has a pattern and réprouver is reflexive,
    # so their synonyms (proscrire, ...) are not proposed from them
    assert "blâmer" not in words and "proscrire" not in words
    assert known_words(ENTRIES, "NOUN") == {"bombardement"}


def test_support_counts_the_heads_of_a_code_listing_the_word(thesaurus):
    fustiger = find(propose(ENTRIES, thesaurus), "fustiger", "condamner", "111")
    assert fustiger.support == 2  # condamner and blâmer
    murer = find(propose(ENTRIES, thesaurus), "murer", "condamner", "111")
    assert murer.support == 1


def test_reviewed_entry_copies_the_head_coding_and_names_the_thesaurus(thesaurus):
    fustiger = find(propose(ENTRIES, thesaurus), "fustiger", "condamner", "111")
    entry = reviewed_entry(fustiger, "criticise publicly", excludes=["cheval"])
    assert entry["excludes"] == ["tribunal", "cheval"]  # added to the head's
    assert "thes_fr.dat" in entry["source"] and "'condamner'" in entry["source"]
    trigger = Trigger(**yaml.safe_load(render_entries([entry]))["triggers"][0])
    assert (trigger.lemma, trigger.type, trigger.cameo, trigger.frame) == ("fustiger", "ACCUSE", "111", "act_on")
    canonnade = find(propose(ENTRIES, thesaurus), "canonnade", "bombardement", "ASSAULT", pos="NOUN")
    assert reviewed_entry(canonnade, "shelling")["pos"] == ["NOUN"]


def test_a_review_must_keep_or_drop_every_listed_proposal(thesaurus):
    proposals = propose(ENTRIES, thesaurus)
    kept = [{"word": "fustiger", "head": "condamner", "code": "111", "note": "criticise"}]
    partial = {"kept": kept, "dropped": []}
    assert [(p.word, p.code) for p in unreviewed(proposals, partial)] == []  # fustiger kept, others have support 1
    assert {(p.word, p.code) for p in unreviewed(proposals, partial, min_support=1)} >= {("murer", "111")}
    with pytest.raises(ValueError):  # fustiger (two heads of 111) neither kept nor dropped
        apply_review(proposals, {"kept": [], "dropped": [{"codes": ["201"], "reason": "r"}]})
    text = apply_review(proposals, {"header": "# h\n", "kept": kept, "dropped": [{"codes": ["111", "201", "ASSAULT"], "reason": "r"}]})
    assert text.startswith("# h\ntriggers:\n") and "lemma: fustiger" in text


def test_unknown_proposal_is_an_error(thesaurus):
    with pytest.raises(KeyError):
        find(propose(ENTRIES, thesaurus), "promettre", "condamner", "111")


# ---------------------------------------------------------------- the kept entries, in the French pack

PUBLISHED = "2025-03-04"
code = coder("fr", PUBLISHED)


@pytest.mark.parametrize("text, event_type, pair", [
    ("Le président ghanéen a congratulé le nouveau Premier ministre sénégalais.", "SUPPORT", ("GHA", "SEN")),
    ("Le chef de la diplomatie algérienne a invectivé le gouvernement marocain.", "ACCUSE", ("DZA", "MAR")),
    ("La police iranienne a rossé des étudiantes kurdes à Téhéran.", "ASSAULT", ("IRN", None)),
    ("Les rebelles ont contrevenu à la trêve conclue avec l'armée tchadienne.", "ASSAULT", (None, "TCD")),
    ("Le gouvernement péruvien a parlementé avec les dirigeants boliviens.", "CONSULT", ("PER", "BOL")),
    ("L'armée syrienne a mené une canonnade contre des villages turcs.", "ASSAULT", ("SYR", "TUR")),
])
def test_kept_synonyms_code_their_head_entrys_event(text, event_type, pair):
    event = only(code(text), event_type)
    got = sides(event)
    assert all(want is None or want == have for want, have in zip(pair, got)), got


@pytest.mark.parametrize("text", [
    "Le chanteur malien a été ovationné par le public du festival de Bamako.",
    "Les fleurs flétries ornaient encore la place de Kinshasa.",
    "Le Portugal a rossé l'équipe de Grèce lors du match amical.",
    "Le député a critiqué les escarmouches verbales entre ministres italiens.",
])
def test_other_senses_of_kept_words_code_no_event_of_theirs(text):
    assert not {"SUPPORT", "ASSAULT"} & types(code(text)), types(code(text))

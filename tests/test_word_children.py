"""The children of each word read once per doc (``extract.wordtable.children_of``).

The argument, modality, trigger and mention stages ask for the same words'
children dozens of times; the cache must give what ``Token.children`` gives,
in the same order, and never answer from a reading made before a stage rehangs
or relabels words (the trigger finder's repair of a verb hung on its subject
name, the English repair of reduced relatives): what was read is kept under
the parse's version, which every ``set_head`` and ``set_label`` moves on, and
no coding stage writes a head or a label otherwise. Every sentence is written
for this test.
"""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.extract.wordtable import child_deps, children_of, forget_parse, set_head, set_label, tokens_in
from chronicle.pipeline import Coder, sentence_spans
from event_checks import coder, dyad, only


def _agree(doc) -> bool:
    return (all(children_of(t) == tuple(t.children) for t in doc)
            and all(child_deps(t) == tuple(c.dep_ for c in t.children) for t in doc))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre ghanéen des Affaires étrangères a reçu mardi à Accra son homologue togolais, qui lui a remis un message."),
    ("fr", "Hanoï et Manille ont signé un accord de coopération maritime, a annoncé le gouvernement vietnamien."),
    ("en", "Chilean President Gabriel Boric met his Argentine counterpart in Santiago on Monday to discuss lithium exports."),
    ("en", "Mongolia said on Friday it would not join the pipeline project unless Beijing guaranteed its share."),
])
def test_children_read_once_are_the_parse_children_in_order(lang, text):
    doc = load_pipeline(lang)(text)
    assert _agree(doc)
    assert _agree(doc)  # read again from the cache
    assert children_of(doc[0]) is children_of(doc[0])


def test_a_moved_head_is_seen_at_once():
    doc = load_pipeline("en")("Kazakhstan and Uzbekistan signed a water-sharing deal in Tashkent.")
    before = {t.i: children_of(t) for t in doc}
    assert all(child_deps(t) is not None for t in doc)  # every label read before the move
    root = next(t for t in doc if t.dep_ == "ROOT")
    moved = next(t for t in doc if t.head.i == root.i and t.i != root.i and t.dep_ != "punct")
    new_head = next(t for t in doc if t.i not in (root.i, moved.i) and not moved.is_ancestor(t) and t.head.i == root.i)
    set_head(moved, new_head)
    assert moved not in before[new_head.i]  # what was read before the move would be stale
    assert moved in children_of(new_head) and moved not in children_of(root)
    assert _agree(doc)


def test_a_move_made_outside_the_stages_is_seen_once_the_parse_is_forgotten():
    doc = load_pipeline("fr")("Le Bénin et le Nigeria ont rouvert leur frontière commune lundi.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    children_of(root)
    moved = next(t for t in children_of(root) if t.dep_ == "obl:mod")
    moved.head = moved.doc[moved.i - 1]  # spaCy's own setter: the stages never write so
    forget_parse(doc)
    assert _agree(doc)


def test_no_coding_stage_writes_a_head_or_a_label_but_through_the_table():
    """Every rewrite of the tree during coding goes through ``set_head`` / ``set_label``:
    a direct write would leave the children read before it in the cache. The parse
    normaliser (annotate.py) is a spaCy component: it rewrites each doc while spaCy builds
    it, before any stage reads it."""
    import re
    from pathlib import Path

    import chronicle

    write = re.compile(r"\.(?:head|dep_?)\s*(?:,\s*\w+\.\w+\s*)?=(?!=)")
    root = Path(chronicle.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py")) if path.name not in ("annotate.py", "wordtable.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if write.search(line.split("#")[0])
    ]
    assert offenders == []
    assert write.search("participle.head, participle.dep_ = auxiliary.head, auxiliary.dep_")
    assert write.search("token.dep_ = 'obj'") and not write.search("token.dep_ == 'obj'")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Manille presse Washington d'intensifier son aide militaire."),  # the verb hung on its subject name
    ("en", "Rwandan troops deployed to Cabo Delgado protected convoys near the border."),  # a reduced relative
])
def test_the_trigger_repairs_leave_the_children_read_true(lang, text):
    tools = Coder().tools(lang)
    doc = tools.nlp(text)
    assert _agree(doc)  # every word's children read before the repairs
    for sentence in sentence_spans(doc):
        tools.triggers.find(sentence)
    assert _agree(doc)


def test_a_verb_raised_over_its_subject_codes_its_request():
    event = only(coder("fr", "2024-05-10")("Manille presse Washington d'intensifier son aide militaire."), "REQUEST")
    assert dyad(event) == ("PHL", "USA")


def test_a_thread_keeps_its_own_doc_readings_while_another_thread_reads_another_doc():
    """Two coders in two threads: what one thread read of its doc is not replaced by the
    other thread's doc (a shared cache would hand one thread the other doc's words)."""
    import threading

    from chronicle.extract.wordtable import morph_values, sentence_bounds

    nlp = load_pipeline("en")
    first = nlp("Peru recalled its ambassador from Mexico after the remarks.")
    second = nlp("Finnish border guards closed two crossings with Russia on Tuesday, officials said.")
    kept = children_of(first[1])
    bounds = sentence_bounds(first[1])
    worker = threading.Thread(target=lambda: [(children_of(t), sentence_bounds(t), morph_values(t, "Tense")) for t in second])
    worker.start()
    worker.join()
    assert children_of(first[1]) is kept  # still this thread's reading of its own doc
    assert sentence_bounds(first[1]) == bounds == (0, len(first))
    assert morph_values(first[1], "Tense") == first[1].morph.get("Tense")


def test_a_relabelled_word_is_seen_at_once():
    doc = load_pipeline("fr")("Le Sénégal et la Gambie ont rouvert leur frontière commune samedi.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    labels = child_deps(root)
    child = children_of(root)[0]
    set_label(child, "dep" if child.dep_ != "dep" else "obj")
    assert child_deps(root) == tuple(c.dep_ for c in root.children) != labels


@pytest.mark.parametrize("start, end", [(0, 3), (2, 2), (4, 1), (5, 50), (60, 70), (0, 0), (-3, -1)])
def test_the_words_of_a_stretch_are_those_of_its_span(start, end):
    doc = load_pipeline("en")("Ghana and Côte d'Ivoire agreed to share the border river's water.")
    assert tokens_in(doc, start, end) == list(doc[start:end])


def test_a_retagged_word_moves_the_parse_version_on():
    from chronicle.extract.wordtable import WordTable, parse_version

    doc = load_pipeline("en")("Chad and Niger closed their shared border on Monday.")
    table = WordTable(doc)
    before = parse_version()
    doc[3].pos_ = "VERB"
    table.refresh(doc[3])
    assert parse_version() != before and table.pos_name[3] == "VERB"


def test_the_phrases_a_slot_reads_are_read_again_after_a_rehang():
    """The argument reader keeps each word's introduced phrases per parse version: a phrase
    rehung elsewhere after a first reading is no longer the word's."""
    from chronicle.extract.arguments import ArgumentReader

    tools = Coder().tools("en")
    doc = tools.nlp("Norway sent medical aid to Sudan after talks in Oslo on Friday.")
    reader = ArgumentReader(doc, tools.mentions.find(doc), tools.pack.grammar)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    first = [c.i for c, _ in reader._introduced(verb, verb)]
    assert first, "the verb has prepositional phrases"
    moved = doc[first[0]]
    new_head = next(t for t in doc if t.i not in (verb.i, moved.i) and not moved.is_ancestor(t) and t.dep_ in ("obj", "nsubj"))
    set_head(moved, new_head)
    assert moved.i not in [c.i for c, _ in reader._introduced(verb, verb)]
    assert moved.i in [c.i for c, _ in reader._introduced(new_head, verb)] or moved.dep_ not in ("obl", "nmod", "iobj")

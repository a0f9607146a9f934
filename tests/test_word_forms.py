"""Words' forms, text and one-word roots read off a per-doc table
(``extract.wordtable.words_text``, ``words_root``, ``lower_forms``, ``forms_of``, ``doc_text``).

The mention, place and sides stages read the text of short stretches of words
(a demonym's two words, a place name's candidates) thousands of times per
article; a Span per stretch costs more than the test it serves. What the table
gives must be what spaCy gives, for every stretch, including the ones a slice
clips or leaves empty. Every sentence is written for this test.
"""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.extract.wordtable import doc_text, forms_of, lower_forms, words_root, words_text

TEXTS = [
    ("fr", "Le président sud-africain Cyril Ramaphosa a reçu lundi à Pretoria son homologue bissau-guinéen.\n\n"
           "Les deux dirigeants ont signé un accord « historique » sur la pêche, a indiqué la présidence."),
    ("fr", "À Oulan-Bator, la ministre mongole des Affaires étrangères a dénoncé l'incursion de drones."),
    ("en", "BOGOTA, March 3 (Reuters) - Colombia's foreign minister said on Tuesday that talks with the ELN in Caracas would resume.  "
           "The U.S. State Department welcomed the move."),
    ("en", "Fiji's prime minister, Sitiveni Rabuka, met New Zealand's Chris Hipkins in Suva — the first visit since 2019."),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_every_stretch_of_words_has_the_text_of_its_span(lang, text):
    doc = load_pipeline(lang)(text)
    n = len(doc)
    for start in range(-2, n + 2):
        for end in range(start - 1, min(n + 3, start + 8)):
            assert words_text(doc, start, end) == doc[start:end].text, (start, end)


@pytest.mark.parametrize("lang, text", TEXTS)
def test_forms_and_text_are_the_tokens(lang, text):
    doc = load_pipeline(lang)(text)
    assert lower_forms(doc) == [t.lower_ for t in doc]
    assert forms_of(doc) == [t.text for t in doc]
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize("lang, text", TEXTS)
def test_the_root_of_a_stretch_is_the_span_root(lang, text):
    doc = load_pipeline(lang)(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            assert words_root(doc, start, end) == doc[start:end].root


def test_another_doc_is_read_anew():
    nlp = load_pipeline("en")
    first, second = nlp("Ghana protested."), nlp("Peru and Chile signed a treaty.")
    assert words_text(first, 0, 1) == "Ghana"
    assert words_text(second, 0, 3) == "Peru and Chile"
    assert words_text(first, 0, 2) == "Ghana protested"


@pytest.mark.parametrize("lang, text", TEXTS)
def test_each_word_s_sentence_start_is_its_sentence_s(lang, text):
    from chronicle.extract.wordtable import sentence_start_at

    doc = load_pipeline(lang)(text)
    assert [sentence_start_at(doc, i) for i in range(len(doc))] == [t.sent.start for t in doc]


def test_a_doc_without_sentence_boundaries_starts_at_its_first_word():
    from spacy.tokens import Doc

    from chronicle.extract.wordtable import sentence_start_at

    nlp = load_pipeline("en")
    bare = Doc(nlp.vocab, words=["Laos", "and", "Cambodia", "met", ".", "Thailand", "left", "."])
    assert not bare.has_annotation("SENT_START")
    assert [sentence_start_at(bare, i) for i in range(len(bare))] == [0] * len(bare)

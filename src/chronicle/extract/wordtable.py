"""The tag, lemma and form of each word of a doc, read once per doc.

Stages that pass over every word of every sentence (the mention finders, the
trigger lookup and the repairs before it, the place finder) test most words on their tag, lemma or
form alone. spaCy builds a Token object at each access to a word and a string
at each attribute read, which cost more than those tests; ``Doc.to_array``
reads a whole column at once (``Span.to_array`` does not: it goes word by
word). A stage that retags or re-lemmatises a word writes it back here
(``refresh``) so that the table stays the doc's. One ``DocWords`` holds the
table of the doc being coded for all the stages that read it, so it is built
once per doc.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Token


class WordTable:
    """Columns of a doc's words, indexed by token position (``Token.i``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        strings = doc.vocab.strings
        columns = doc.to_array([POS, TAG, LEMMA, LOWER, ORTH]).T.tolist() if len(doc) else ([], [], [], [], [])
        self.pos: list[int] = columns[0]  # part-of-speech symbol ids (spacy.symbols)
        self.pos_name: list[str] = [strings[h] for h in columns[0]]  # "NOUN", as Token.pos_
        self.tag: list[str] = [strings[h] for h in columns[1]]
        self.lemma_hash: list[int] = columns[2]
        self.lower_hash: list[int] = columns[3]
        self.lemma: list[str] = [strings[h].lower() for h in columns[2]]  # lower-cased
        self.lower: list[str] = [strings[h] for h in columns[3]]
        self.text: list[str] = [strings[h] for h in columns[4]]

    def refresh(self, token: Token) -> None:
        """Read again the tag and lemma of a word a stage has changed."""
        self.pos[token.i] = token.pos
        self.pos_name[token.i] = token.pos_
        self.lemma_hash[token.i] = token.lemma
        self.lemma[token.i] = token.lemma_.lower()


class DocWords:
    """The word table of the doc being read, shared by the stages given this holder
    (the coder gives one to its mention, trigger and place finders): built at the first
    stage that asks, read again only for another doc."""

    def __init__(self) -> None:
        self._table: WordTable | None = None

    def of(self, doc: Doc) -> WordTable:
        """The table of ``doc``, built if the holder's is another doc's."""
        if self._table is None or self._table.doc is not doc:
            self._table = WordTable(doc)
        return self._table

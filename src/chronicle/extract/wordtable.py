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

import threading
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, IS_PUNCT, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Token


# hash -> string (and hash -> lower-cased lemma), shared by every doc of the process: the
# same words recur from doc to doc, and a dict lookup costs less than a StringStore read,
# which decodes a new string at each. They hold no more words than the vocab's own store.
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}


def _strings(column: list[int], store: StringStore, cache: dict[int, str], lowered: bool = False) -> list[str]:
    """The strings of a column of hashes, through ``cache`` (lower-cased when ``lowered``)."""
    try:
        return list(map(cache.__getitem__, column))
    except KeyError:
        for h in column:
            if h not in cache:
                cache[h] = store[h].lower() if lowered else store[h]
        return list(map(cache.__getitem__, column))


class WordTable:
    """Columns of a doc's words, indexed by token position (``Token.i``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        strings = doc.vocab.strings
        columns = doc.to_array([POS, TAG, LEMMA, LOWER, IS_PUNCT]).T.tolist() if len(doc) else ([], [], [], [], [])
        self.pos: list[int] = columns[0]  # part-of-speech symbol ids (spacy.symbols)
        self.pos_name: list[str] = _strings(columns[0], strings, _STRINGS)  # "NOUN", as Token.pos_
        self.tag: list[str] = _strings(columns[1], strings, _STRINGS)
        self.lemma_hash: list[int] = columns[2]
        self.lower_hash: list[int] = columns[3]
        self.lemma: list[str] = _strings(columns[2], strings, _LOWERED, lowered=True)  # lower-cased
        forms = _forms(doc)  # the forms, read once per doc for this table and the stages without one
        self.lower: list[str] = forms[1]
        self.text: list[str] = forms[2]
        self.punct: list[int] = columns[4]  # 1 where Token.is_punct (a lexical flag: never changes)

    def refresh(self, token: Token) -> None:
        """Read again the tag and lemma of a word a stage has changed (and move the parse's
        version on: what was read of the doc's words before is stale)."""
        _PARSE_VERSION[0] += 1
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


class _DocReadings:
    """What was read of one doc: each word's sentence start and end, morphological analysis
    (its hash), forms, and children (with their labels) once asked for."""

    __slots__ = ("doc", "sentences", "morphs", "forms", "children", "child_deps")

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.sentences: tuple[list[int], list[int]] | None = None  # starts, ends
        self.morphs: list[int] | None = None  # analysis hash of each word
        self.forms: list | None = None  # [doc, lower-cased form, form, character offset of each word, text]
        self.children: list = [-1, []]  # [parse version, children of each word or None]
        self.child_deps: list = [-1, []]  # [parse version, the dependency labels of each word's children or None]


class _LastDocReadings(threading.local):
    """The readings of the last doc a thread asked about. Per thread, because two coders in
    two threads each read their own doc; one doc at a time, because a coder reads one doc
    through all its stages before the next."""

    def __init__(self) -> None:
        self.readings = _DocReadings(None)


_LAST_DOC = _LastDocReadings()

# The readings last asked for, in any thread: read first, because a thread-local attribute
# costs several times a list's item and the stages ask hundreds of thousands of times per
# thousand articles. A thread whose doc is not this one takes its own readings from
# _LAST_DOC (never another doc's: the doc is checked) and puts them here; the slot is
# replaced whole, so a thread reads one doc's readings or another's, never a mix.
_CURRENT = [_LAST_DOC.readings]


def _readings(doc: Doc) -> _DocReadings:
    """The readings of ``doc`` of this thread (new ones for a doc it has not read last)."""
    readings = _CURRENT[0]
    if readings.doc is doc:
        return readings
    readings = _LAST_DOC.readings
    if readings.doc is not doc:
        readings = _LAST_DOC.readings = _DocReadings(doc)
    _CURRENT[0] = readings
    return readings


# The parse's version, process-wide: every rehanging or relabelling of a word, in any doc and
# any thread, moves it on (``set_head``, ``set_label``), and what was read of a doc's tree is
# kept under the version it was read at, so a rewrite can never be answered from a reading
# made before it. Rewrites are rare (a few repairs per article), reads are not: one integer
# read per lookup is all a reading pays.
_PARSE_VERSION = [0]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)``, from the doc's sentence starts read once per
    doc: Token.sent checks the whole doc's annotation and scans the sentence at each call
    (about 11 us on a news article), and the stages ask at almost every trigger."""
    sentences = _doc_sentences(token.doc)
    if sentences is None:
        sentence = token.sent  # raises as Token.sent does
        return sentence.start, sentence.end
    return sentences[0][token.i], sentences[1][token.i]


def sentence_start_at(doc: Doc, i: int) -> int:
    """The start of the sentence of word ``i`` (``doc[i].sent.start``), 0 in a doc without
    sentence boundaries, without a Token: Doc.has_annotation reads the doc's words (about
    2 us) and the sides and mention stages ask for every name of every sentence."""
    sentences = _doc_sentences(doc)
    return 0 if sentences is None else sentences[0][i]


def _doc_sentences(doc: Doc) -> tuple[list[int], list[int]] | None:
    """The doc's sentence start and end columns, read once per doc; None for a doc
    without sentence boundaries."""
    readings = _CURRENT[0]
    if readings.doc is not doc:
        readings = _readings(doc)
    if readings.sentences is None:
        if not doc.has_annotation("SENT_START"):
            return None
        readings.sentences = _sentence_columns(doc)
    return readings.sentences


def _sentence_columns(doc: Doc) -> tuple[list[int], list[int]]:
    """Each word's sentence start and end as Span.sent finds them: back to the last word
    whose sentence start is 1 (else the first word), on to the next such word (else the end)."""
    flags = doc.to_array([SENT_START]).tolist()  # -1 reads back unsigned: only 1 is tested
    starts, start = [], 0
    for i, flag in enumerate(flags):
        if flag == 1:
            start = i
        starts.append(start)
    ends, end = [0] * len(flags), len(flags)
    for i in range(len(flags) - 1, -1, -1):
        ends[i] = end
        if flags[i] == 1:
            end = i
    return starts, ends


# the values of each field of each analysis met, process-wide: analyses recur from doc to doc
_FEATURES: dict[tuple[int, str], list[str]] = {}


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)`` (a new list), read through caches: Token.morph builds an
    analysis object and its get a numpy array at each call (2 to 4 us), and modality and
    the trigger checks ask dozens of times per trigger."""
    doc = token.doc
    readings = _CURRENT[0]
    if readings.doc is not doc:
        readings = _readings(doc)
    morphs = readings.morphs
    if morphs is None:
        morphs = readings.morphs = doc.to_array([MORPH]).tolist() if len(doc) else []
    key = (morphs[token.i], field)
    values = _FEATURES.get(key)
    if values is None:
        values = _FEATURES[key] = token.morph.get(field)
    return list(values)


def _forms(doc: Doc) -> list:
    """The doc's forms, lower-cased forms, offsets and text, read once per doc (they never
    change while coding: stages rehang, retag and re-lemmatise words, never rewrite them)."""
    readings = _CURRENT[0]
    if readings.doc is not doc:
        readings = _readings(doc)
    forms = readings.forms
    if forms is None:
        columns = doc.to_array([LOWER, ORTH, IDX, SPACY]).T.tolist() if len(doc) else ([], [], [], [])
        strings = doc.vocab.strings
        text = _strings(columns[1], strings, _STRINGS)
        forms = readings.forms = [doc, _strings(columns[0], strings, _STRINGS), text, columns[2], _joined(text, columns[3])]
    return forms


def _joined(forms: list[str], spaces: list[int]) -> str:
    """``Doc.text`` from the forms and trailing-space flags (``Token.text_with_ws`` is the
    form and a space where the flag is set): Doc.text builds a Token per word to join them."""
    return "".join([f"{form} " if space else form for form, space in zip(forms, spaces)])


def lower_forms(doc: Doc) -> list[str]:
    """Each word's ``Token.lower_``, by position, without a Token per word."""
    return _forms(doc)[1]


def forms_of(doc: Doc) -> list[str]:
    """Each word's ``Token.text``, by position, without a Token per word."""
    return _forms(doc)[2]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (Doc.text joins every word anew at each call)."""
    return _forms(doc)[4]


def ends_line(token: Token) -> bool:
    """Whether a line break is in a word or right after it: a headline, a dateline or a
    paragraph ends there, full stop or not."""
    return "\n" in token.text or "\n" in token.whitespace_


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``0 <= start``), sliced from the doc's text: a Span costs a
    slice check and an object, its text a join of every word's, at each call."""
    if start < 0 or end < 0:
        return doc[start:end].text  # counted from the end, as a slice is
    _, _, forms, offsets, text = _forms(doc)
    end = min(end, len(forms))
    if start >= end:
        return ""
    return text[offsets[start] : offsets[end - 1] + len(forms[end - 1])]


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """``list(doc[start:end])`` (``0 <= start``, ``0 <= end``), clamped as a slice is, without
    a Span: Doc slicing builds one (about 2 us) and iterating it costs more than indexing the
    doc, and the mention and list readers ask for the words of every mention."""
    if start < 0 or end < 0:
        return list(doc[start:end])  # counted from the end, as a slice is
    length = len(doc)
    return [doc[i] for i in range(min(start, length), min(end, length))]


def words_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root``: the word itself for one word (most mentions), without a Span."""
    if end - start == 1 and start >= 0:
        return doc[start]
    return doc[start:end].root


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, read once per word of the doc being coded: Token.children
    scans the word's whole subtree and builds a Token per child at each call (about 0.7 us
    a word on news, more for a clause's verb), and the argument, modality, trigger and
    mention stages ask of the same trigger and its neighbours dozens of times. A stage
    that moves a head does it through ``set_head``: the tree read before is then read anew."""
    doc = token.doc
    readings = _CURRENT[0]
    if readings.doc is not doc:
        readings = _readings(doc)
    children = readings.children
    if children[0] != _PARSE_VERSION[0]:
        children[:] = [_PARSE_VERSION[0], [None] * len(doc)]
    found = children[1][token.i]
    if found is None:
        found = children[1][token.i] = tuple(token.children)
    return found


def child_deps(token: Token) -> tuple[str, ...]:
    """``tuple(c.dep_ for c in children_of(token))``, read once per word of the doc being
    coded: the stages ask dozens of times per trigger whether a word has a child of some
    label ("obj", "aux:pass", "case"), and a label is a string decoded at each read. A
    stage that relabels a word does it through ``set_label`` (or ``set_head``)."""
    doc = token.doc
    readings = _CURRENT[0]
    if readings.doc is not doc:
        readings = _readings(doc)
    deps = readings.child_deps
    if deps[0] != _PARSE_VERSION[0]:
        deps[:] = [_PARSE_VERSION[0], [None] * len(doc)]
    found = deps[1][token.i]
    if found is None:
        found = deps[1][token.i] = tuple(c.dep_ for c in children_of(token))
    return found


def tokens_with(doc: Doc, attr: int, values: Iterable[str]) -> Iterator[Token]:
    """The doc's words whose string attribute ``attr`` (LOWER, DEP...) is one of ``values``,
    found by their hashes in the doc's column of that attribute read at once: a Token is
    built only where one is found, not for every word of the article."""
    strings = doc.vocab.strings
    wanted = {strings[value] for value in values}
    column = doc.to_array(attr).tolist() if len(doc) else []
    return (doc[i] for i, value in enumerate(column) if value in wanted)


def tokens_written(doc: Doc, forms: Iterable[str]) -> Iterator[Token]:
    """The doc's words whose lower-cased form is one of ``forms``."""
    return tokens_with(doc, LOWER, forms)


def parse_version() -> int:
    """The parse's version: it moves on at each rehanging, relabelling, retagging or
    re-lemmatising of a word (``set_head``, ``set_label``, ``WordTable.refresh``), so a
    reading kept under it is never answered for a doc rewritten since."""
    return _PARSE_VERSION[0]


def set_head(token: Token, head: Token) -> None:
    """Hang ``token`` on ``head``: the one way a coding stage rehangs a word, so that no
    children read before are answered after (the parse's version moves on)."""
    token.head = head
    _PARSE_VERSION[0] += 1


def set_label(token: Token, label: str) -> None:
    """Give ``token`` the dependency label ``label``: the one way a coding stage relabels a
    word, so that no children's labels read before are answered after."""
    token.dep_ = label
    _PARSE_VERSION[0] += 1


def forget_parse(doc: Doc) -> None:
    """Drop what was read of the tree of ``doc`` (and of every other doc: the version is
    process-wide), for a rewrite made without ``set_head`` (spaCy's own, a test's)."""
    _PARSE_VERSION[0] += 1

"""Third parties between the sides of a dispute, as a sentence names them.

"Talks held in Pretoria under the auspices of the African Union", "une trêve
négociée par le Qatar", "Qatari and Egyptian mediators": the body so named stands
between the sides, and is never one of them; "the two sides", "les deux parties"
said later are the others (resolve.actors.ArticleContext keeps the article's dyads).
"Between X and Y", "entre X et Y" names the two sides themselves.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from chronicle.extract.mentions import Mention
from chronicle.extract.wordtable import children_of, forms_of, lower_forms, sentence_start_at, words_root
from chronicle.packs import Grammar

MARKER_WORDS = 6  # the longest marker ("grâce à la médiation de") and a determiner


def mediator_starts(doc: Doc, mentions: list[Mention], runs: list[list[Mention]], grammar: Grammar) -> set[int]:
    """The start tokens of the mentions that name a third party between sides: after a
    marker of the pack ("under the auspices of", "sous l'égide de"), or named by a
    mediator noun ("Egyptian mediators"); a list after a marker is all third parties
    ("sous la médiation des Etats-Unis et du Qatar")."""
    if not grammar.mediator_markers and not grammar.mediator_nouns:
        return set()
    markers = _markers(grammar)  # once per sentence, not per name
    finals = _final_words(markers)
    # a mediator noun is a word of the article: most articles have none, told from their
    # forms at once before any name's parse is read
    nouns = grammar.mediator_nouns and not grammar.mediator_nouns.isdisjoint(lower_forms(doc))
    marked = {m.start for m in mentions if _after_marker(doc, m.start, grammar, markers, finals) or (nouns and _mediator_noun(doc, m, grammar))}
    for run in runs:
        if run[0].start in marked:
            marked.update(m.start for m in run)
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in zip(ordered, ordered[1:]):
        if before.start in marked and _joined(doc[before.end : after.start], grammar):
            marked.add(after.start)  # "sous l'égide de Cuba et de la Norvège": the preposition repeated
    return marked


def _joined(words: Span, grammar: Grammar) -> bool:
    """Whether nothing but a coordinator, commas, prepositions and determiners join two
    names ("et du", "and of the")."""
    if not len(words):
        return False
    kept = [t for t in words if t.text != "," and t.pos_ not in ("DET", "ADP") and t.lower_ not in grammar.preposition_forms]
    return bool(kept) and " ".join(t.lower_ for t in kept) in grammar.coordinators


def between_pairs(doc: Doc, runs: list[list[Mention]], grammar: Grammar) -> list[tuple[Mention, Mention]]:
    """Two mentions listed right after a sides preposition ("talks between Armenia and
    Azerbaijan", "les pourparlers entre Kinshasa et Kigali"): the two sides of the article."""
    pairs = []
    for run in runs:
        if len(run) != 2:
            continue
        words = _words_before(doc, run[0].start, grammar, 1)
        if words and words[-1] in grammar.sides_prepositions:
            pairs.append((run[0], run[1]))
    return pairs


def _after_marker(doc: Doc, start: int, grammar: Grammar, markers: tuple[str, ...] | None = None,
                  finals: frozenset[str] | None = None) -> bool:
    """Whether a marker of the pack ends right before token ``start``; ``markers`` and
    their ``finals`` (last words), when the caller has read them (_markers, _final_words)."""
    markers = _markers(grammar) if markers is None else markers
    finals = _final_words(markers) if finals is None else finals
    # The joined words end with a marker only if their last word ends its last word
    # (the joins below only prepend to it): most names follow no marker, and one word
    # tells, where six cost six tokens.
    last = _words_before(doc, start, grammar, 1)
    if not last or not any(final.endswith(last[-1]) for final in finals):
        return False
    text = " ".join(_words_before(doc, start, grammar, MARKER_WORDS)).replace("' ", "'").replace("’ ", "'")
    return any(text == marker or text.endswith(" " + marker) for marker in markers)


def _markers(grammar: Grammar) -> tuple[str, ...]:
    """The pack's markers in the form _words_before gives ("sous l'égide de")."""
    return _normalised(grammar.mediator_markers, tuple(sorted(grammar.preposition_forms.items())))


@lru_cache(maxsize=8)
def _normalised(markers: tuple[str, ...], forms: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    plain = dict(forms)
    return tuple(" ".join(plain.get(w, w) for w in marker.lower().split()) for marker in markers)


@lru_cache(maxsize=8)
def _final_words(markers: tuple[str, ...]) -> frozenset[str]:
    """The last word of each marker ("de" of "sous l'égide de")."""
    return frozenset(marker.rsplit(" ", 1)[-1] for marker in markers)


def _words_before(doc: Doc, start: int, grammar: Grammar, count: int) -> list[str]:
    """The ``count`` words before token ``start`` in its sentence, determiners right
    before it skipped, contracted prepositions in their plain form ("du" -> "de")."""
    forms = grammar.preposition_forms
    # sentence_start_at, not Token.sent (a scan of the sentence) nor Doc.has_annotation (a read of
    # the doc): every name of every sentence is asked about
    sentence_start = sentence_start_at(doc, start)
    lower = lower_forms(doc)
    i = start - 1
    while i >= sentence_start:
        if lower[i] in forms or doc[i].pos_ != "DET":
            break
        i -= 1
    first = max(sentence_start, i - count + 1)
    return [forms.get(word, word) for word in lower[first : i + 1]]


def _mediator_noun(doc: Doc, mention: Mention, grammar: Grammar) -> bool:
    """Named by a mediator noun ("Egyptian mediators"), or the subject of a verb whose
    role it names ("with Cuba and Norway acting as guarantors", "le Qatar, qui sert de
    médiateur")."""
    nouns = grammar.mediator_nouns
    if not nouns:
        return False
    lower = lower_forms(doc)  # the forms first, without a Span or a Token per word
    if any(lower[i] in nouns for i in range(mention.start, min(mention.end, len(lower)))):
        return True
    root = words_root(doc, mention.start, mention.end)
    if not root.dep_.startswith("nsubj"):
        return False
    roles = [c for c in children_of(root.head) if c.dep_ not in ("nsubj", "nsubj:pass", "obj", "dobj")]
    roles += [g for c in roles for g in children_of(c)]
    return any(t.lower_ in nouns for t in roles)



def listed_pairs(doc: Doc, mentions: list[Mention], grammar: Grammar) -> list[tuple[Mention, Mention]]:
    """Two mentions written as a list of two, the first's own adjectives allowed between
    ("Le gouvernement colombien et l'ELN", "the Sudanese army and the RSF"): named
    together. Not a pair out of a longer list."""
    ordered = sorted(mentions, key=lambda m: m.start)
    joined = [_loosely_joined(doc, a, b, grammar) for a, b in zip(ordered, ordered[1:])]
    pairs = []
    for k, link in enumerate(joined):
        if link and not (k > 0 and joined[k - 1]) and not (k + 1 < len(joined) and joined[k + 1]):
            pairs.append((ordered[k], ordered[k + 1]))
    return pairs


def _loosely_joined(doc: Doc, first: Mention, second: Mention, grammar: Grammar) -> bool:
    if first.end >= second.start:
        return False
    forms, lower = forms_of(doc), lower_forms(doc)
    end = min(second.start, len(forms))
    kept = [i for i in range(first.end, end) if forms[i] != "," and doc[i].pos_ != "DET"
            and not (doc[i].pos_ == "ADJ" and first.start <= doc[i].head.i < first.end)]
    return bool(kept) and " ".join(lower[i] for i in kept) in grammar.coordinators

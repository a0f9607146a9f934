"""Find event triggers: verbs and nouns of the pack's lexicon, with their constraints."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Span, Token

from chronicle.extract.syntax import is_nominal
from chronicle.packs import LanguagePack, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: Trigger


def _dependents(token: Token, depth: int = 3) -> list[Token]:
    """Dependents of a token down to ``depth`` levels (prepositions sit one level below nouns)."""
    found: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [child for t in frontier for child in t.children]
        found.extend(frontier)
    return found


def _right_window(token: Token, size: int = 6) -> list[Token]:
    """The words that follow a trigger in its clause: a required complement the
    parser attached elsewhere ("a traité X et son équipe d'imbéciles") is still there."""
    window = []
    for following in token.doc[token.i + 1 : min(token.i + 1 + size, token.sent.end)]:
        if following.is_punct:
            break
        window.append(following)
    return window


def _is_clause(token: Token) -> bool:
    """A verb complement: an infinitive ("promis de venir") or a finite clause ("souhaite que")."""
    if token.dep_ not in ("xcomp", "ccomp") or token.pos_ not in ("VERB", "AUX"):
        return False
    return token.morph.get("VerbForm") in (["Inf"], ["Fin"]) or any(c.dep_ == "mark" for c in token.children)


class TriggerFinder:
    """Matches tokens against the pack's triggers by lemma and part of speech."""

    def __init__(self, pack: LanguagePack):
        self.pack = pack
        self.by_lemma: dict[str, list[Trigger]] = defaultdict(list)
        for entry in pack.triggers:
            self.by_lemma[entry.lemma.lower()].append(entry)
        # the mis-lemmatised forms a repair turns into a known lemma, listed up front
        # because every word of every sentence is checked against them
        self.repairable_lemmas = frozenset(
            lemma
            for repair in pack.config.verb_lemma_repairs
            for known in self.by_lemma
            if (lemma := repair.source_of(known)) is not None
        )

    def find(self, sentence: Span) -> list[TriggerMatch]:
        """Triggers in a sentence, at most one entry per token (the first that fits)."""
        found = []
        for token in sentence:
            for entry in self._entries(token):
                if self._fits(token, entry):
                    found.append(TriggerMatch(token, entry))
                    break
        return found

    def event_type_of(self, token: Token) -> str | None:
        """The event type a word names, whatever its context ("the launch" after a
        launch was reported): for what an event acts on, not for new events."""
        entries = self._entries(token)
        return entries[0].type if entries else None

    def _entries(self, token: Token) -> list[Trigger]:
        lemma = token.lemma_.lower()
        if lemma not in self.by_lemma and token.lower_ not in self.by_lemma and not self._repairable(lemma):
            return []  # most words: decided before reading the tag and morphology
        pos = "VERB" if token.pos_ == "AUX" else token.pos_
        # the French model sometimes tags a finite verb NOUN (FIELD-NOTES): accept the
        # verb entry when the token carries verbal morphology
        if pos == "NOUN" and (token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children)):
            pos = "VERB"  # "a téléphoné", tagged NOUN: an auxiliary makes it a verb
        elif pos == "ADJ" and is_nominal(token):
            pos = "NOUN"  # "de nouvelles frappes contre le Hezbollah", tagged ADJ: a preposition or article makes it a noun
        candidates = [lemma, token.lower_]
        if pos == "VERB":
            candidates += [fixed for r in self.pack.config.verb_lemma_repairs if (fixed := r.repair(lemma)) is not None]
        for candidate in candidates:
            entries = [e for e in self.by_lemma.get(candidate, []) if pos in e.pos or (pos == "PROPN" and "NOUN" in e.pos)]
            if entries:
                return entries
        return []

    def _repairable(self, lemma: str) -> bool:
        return lemma in self.repairable_lemmas

    def _fits(self, token: Token, entry: Trigger) -> bool:
        grammar = self.pack.grammar
        nearby = _right_window(token, size=2) if entry.requires_next else _dependents(token) + _right_window(token)
        lemmas = {t.lemma_.lower() for t in nearby} | {t.lower_ for t in nearby}
        if entry.requires and not (lemmas & {w.lower() for w in entry.requires}):
            if not self._required_in_governor(token, entry):
                return False
        if entry.excludes and lemmas & {w.lower() for w in entry.excludes}:
            return False
        if entry.excludes and token.head.lemma_.lower() in {w.lower() for w in entry.excludes}:
            return False
        has_object = any(c.dep_ in ("obj", "ccomp", "xcomp", "nsubj:pass") for c in token.children) or (
            any(c.dep_ == "aux:pass" for c in token.children)  # "il sera accueilli par X": the subject is the object
        )
        if entry.requires_object is True and not has_object:
            return False
        if entry.requires_object is False and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            return False
        if entry.requires_clause and not any(_is_clause(c) for c in token.children):
            return False
        reflexive = any(c.lower_ in grammar.reflexive_pronouns for c in token.children)
        if entry.reflexive is not None and reflexive != entry.reflexive:
            return False
        if not entry.standalone and not self._carried(token, grammar.carriers, grammar.negative_prepositions):
            return False
        return True

    @staticmethod
    def _required_in_governor(token: Token, entry: Trigger) -> bool:
        """A noun trigger may find its required word on its governor ("tirs de missiles
        balistiques" vs "le lancement de deux missiles")."""
        if token.pos_ != "NOUN":
            return False
        governor = token.head
        words = {w.lower() for w in entry.requires}
        return governor.lemma_.lower() in words

    @staticmethod
    def _carried(token: Token, carriers: frozenset[str], negative_preps: frozenset[str]) -> bool:
        """A non-standalone noun needs a carrier verb above it or a negative preposition."""
        if any(c.lower_ in negative_preps for c in token.children):
            return True
        head = token
        for _ in range(2):
            if head.head.i == head.i:
                break
            head = head.head
            if head.lemma_.lower() in carriers and head.pos_ in ("VERB", "AUX", "NOUN"):
                return True
            if head.pos_ == "VERB":
                break
        return False

"""Fill a trigger's argument frame from the dependency parse.

The frame (pack data) lists slots in order of preference; this module knows
how to read each slot off a spaCy parse in any Universal Dependencies
language: subjects, objects, passive agents, possessives, prepositional
dependents, and the arguments of the verb a nominal trigger depends on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from chronicle.extract.mentions import ActorRef, Mention
from chronicle.packs import Frame, Grammar

CLAUSE_BOUNDARIES = ("acl:relcl", "ccomp", "advcl", "parataxis", "csubj")
CLIMBABLE = ("xcomp", "conj", "acl", "advcl")
PREPOSITION_FORMS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de", "d’": "de"}


@dataclass
class Participants:
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    passive: bool = False


class ArgumentReader:
    """Reads frame slots for triggers of one doc."""

    def __init__(self, doc: Doc, mentions: list[Mention], grammar: Grammar):
        self.doc = doc
        self.grammar = grammar
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention

    # ---------------------------------------------------------------- public

    def read(self, trigger: Token, frame: Frame) -> Participants:
        """Source and target mentions of a trigger under its frame."""
        passive = self._is_passive(trigger)
        sources = self._first_filled(trigger, frame.source, passive and frame.passive_swaps, exclude=set())
        used = {m.start for m in sources}
        targets = [
            m for m in self._first_filled(trigger, frame.target, passive and frame.passive_swaps, exclude=used)
            if m.start not in used
        ]
        if frame.symmetric and len(sources) >= 2 and not targets:
            sources, targets = sources[:1], sources[1:]
        return Participants(sources, targets, passive)

    # ---------------------------------------------------------------- slots

    def _first_filled(self, trigger: Token, slots: tuple[str, ...], passive: bool, exclude: set[int]) -> list[Mention]:
        for slot in slots:
            found = [m for m in self._slot(trigger, slot, passive) if m.start not in exclude]
            if found:
                return found
        return []

    def _slot(self, trigger: Token, slot: str, passive: bool) -> list[Mention]:
        if slot == "subj":
            return self._subject(trigger, passive)
        if slot == "agent":
            return self._with_deps(trigger, ("obl:agent",)) or self._prep(trigger, self.grammar.agent_prepositions)
        if slot == "obj":
            if passive:
                return self._with_deps(trigger, ("nsubj:pass", "nsubj"))
            return self._with_deps(trigger, ("obj",))
        if slot == "iobj":
            return self._with_deps(trigger, ("iobj",))
        if slot == "poss":
            return self._possessive(trigger)
        if slot.startswith("prep:"):
            return self._prep(trigger, frozenset({slot[5:]}))
        if slot in ("governor_subj", "governor_obj"):
            return self._governor_argument(trigger, slot)
        return []  # "place" is filled from the event's location by the caller

    def _subject(self, token: Token, passive: bool) -> list[Mention]:
        if passive:
            return self._with_deps(token, ("obl:agent",)) or self._prep(token, self.grammar.agent_prepositions)
        current = token
        for _ in range(4):
            found = self._with_deps(current, ("nsubj",))
            if found:
                return found
            if current.dep_ == "acl:relcl" and self._relative_subject(current):
                return self._mentions_at(current.head)
            if current.dep_ not in CLIMBABLE or current.head is current:
                return []
            current = current.head
        return []

    def _relative_subject(self, verb: Token) -> bool:
        return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in ("qui", "who", "which", "that") for c in verb.children)

    def _possessive(self, trigger: Token) -> list[Mention]:
        for child in trigger.children:
            if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                plural = child.lower_ in self.grammar.possessive_plural
                return [Mention(child.i, child.i + 1, (ActorRef("pronoun", child.text, plural=plural),))]
        return []

    def _prep(self, trigger: Token, prepositions: frozenset[str]) -> list[Mention]:
        for child in trigger.children:
            if not child.dep_.startswith(("obl", "nmod", "iobj")):
                continue
            if self._preposition_of(child) in prepositions:
                return self._mentions_at(child)
        return []

    @staticmethod
    def _preposition_of(token: Token) -> str | None:
        for child in token.children:
            if child.dep_ == "case":
                words = [child.lower_] + [f.lower_ for f in child.children if f.dep_ == "fixed"]
                first = PREPOSITION_FORMS.get(words[0], words[0])
                return " ".join([first, *words[1:]]) if len(words) > 1 else first
        return None

    def _governor_argument(self, trigger: Token, slot: str) -> list[Mention]:
        """Arguments of the verb a nominal trigger hangs from ("X a tenu un sommet")."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return []
        current = trigger
        own = set(range(trigger.left_edge.i, trigger.right_edge.i + 1))
        for _ in range(3):
            if current.head is current or current.dep_ in CLAUSE_BOUNDARIES:
                return []
            current = current.head
            if current.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in current.children):
                passive = self._is_passive(current)
                if slot == "governor_subj":
                    found = self._subject(current, passive)
                else:
                    found = self._with_deps(current, ("nsubj:pass",) if passive else ("obj",))
                return [m for m in found if m.start not in own]
        return []

    # ---------------------------------------------------------------- helpers

    def _with_deps(self, token: Token, deps: tuple[str, ...]) -> list[Mention]:
        for child in token.children:
            if child.dep_ in deps:
                return self._mentions_at(child)
        return []

    def _mentions_at(self, head: Token) -> list[Mention]:
        """The mention a dependent stands for, with its coordinated partners."""
        found: list[Mention] = []
        for token in [head, *self._coordinated(head)]:
            mention = self._mention_in(token)
            if mention is not None and all(m.start != mention.start for m in found):
                found.append(mention)
        return found

    @staticmethod
    def _coordinated(token: Token) -> list[Token]:
        return [c for c in token.children if c.dep_ == "conj"] + [
            t for c in token.children if c.dep_ == "conj" for t in c.children if t.dep_ == "conj"
        ]

    def _mention_in(self, token: Token) -> Mention | None:
        """The mention covering a token, else the shallowest one in its phrase."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        frontier = [token]
        for _ in range(3):
            frontier = [c for t in frontier for c in t.children if c.dep_ not in CLAUSE_BOUNDARIES + ("conj",)]
            for candidate in frontier:
                if candidate.i in self.by_token:
                    return self.by_token[candidate.i]
        return None

    @staticmethod
    def _is_passive(token: Token) -> bool:
        return any(c.dep_ in ("aux:pass", "nsubj:pass", "expl:pass") for c in token.children)

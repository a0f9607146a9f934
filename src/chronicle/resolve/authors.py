"""Who wrote the thing a judgement or a rejection names: the author of an authored noun.

"Human Rights Watch a publié un rapport ... Le Burkina a rejeté ce rapport": the
rejection answers whoever made the report. A noun of a thing authored (a report, a
statement, a decision, a bill, a plan: the pack's grammar.authored_nouns) as the object
of an ACCUSE or REJECT verb names its author either in its own phrase (a possessive,
"de/of/by X": "le rapport d'Amnesty", "Bolivia's decision", "a statement by the AU";
the agent of its participle: "la résolution adoptée par le Parlement européen"),
or, when the noun points back (a demonstrative or a definite article: "ce rapport",
"the bill"), at the same noun earlier in its sentence or in the previous one, whose
own phrase names the author, or which is the object of the verb whose subject made it
("le Parlement a adopté un projet de loi"). This module reads the parse only; the
assembly resolves the mention it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from chronicle.extract.mentions import Mention

_OBJECT_DEPS = frozenset({"obj", "dobj"})
_BARE_DEPS = frozenset({"obl:mod", "obl"})
_POSSESSIVE_DEPS = frozenset({"poss", "nmod:poss"})
_SUBJECT_DEPS = frozenset({"nsubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})


def authored_object(trigger: Token, nouns: frozenset[str]) -> Token | None:
    """The trigger's direct object when it is one of the authored ``nouns``."""
    for child in trigger.children:
        # the French parse may hang a bare object as a modifier ("a rejeté ce rapport": obl:mod)
        bare = child.dep_ in _BARE_DEPS and not any(c.dep_ == "case" for c in child.children)
        if (child.dep_ in _OBJECT_DEPS or bare) and child.pos_ == "NOUN" and (child.lemma_.lower() in nouns or child.lower_ in nouns):
            return child
    return None


def _mention_in(token: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention covering ``token``, else the first one inside its phrase."""
    covering = next((m for m in mentions if m.covers(token.i)), None)
    if covering is not None:
        return covering
    left, right = token.left_edge.i, token.right_edge.i
    return next((m for m in mentions if left <= m.start and m.end - 1 <= right), None)


def _marked(token: Token, markers: frozenset[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in markers for c in token.children)


def _owners(noun: Token, markers: frozenset[str], agents: frozenset[str]) -> Iterable[Token]:
    """The words of the noun's own phrase that name its author: a possessive ("Bolivia's
    decision"), a complement in de/of ("le rapport d'Amnesty") or by/par ("a statement by
    the AU")."""
    for child in noun.children:
        if child.dep_ in _POSSESSIVE_DEPS:
            yield child
        elif child.dep_ == "nmod" and _marked(child, markers | agents):  # UD: "rapport -nmod-> Amnesty -case-> d'"
            yield child
        elif child.dep_ in ("prep", "agent") and child.lower_ in markers | agents:  # ClearNLP: "report -prep-> of -pobj-> X"
            yield from (g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl" and child.pos_ == "VERB":  # "la résolution adoptée par le Parlement", "the report published by HRW"
            yield from _agents(child, agents)


def _agents(verb: Token, agents: frozenset[str]) -> Iterable[Token]:
    """The agent of a passive verb or participle: "par X", "by X"."""
    for c in verb.children:
        if c.dep_ == "agent":
            yield from (g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "obl:agent" or (c.dep_ == "obl" and _marked(c, agents)):
            yield c


def _maker(noun: Token, markers: frozenset[str], agents: frozenset[str]) -> Iterable[Token]:
    """Who made a noun: its own phrase's owner, else the subject of the verb it is the
    object of ("le Parlement a adopté un projet de loi"), else the agent of the passive
    it is the subject of ("a plan was presented by the Commission")."""
    yield from _owners(noun, markers, agents)
    verb, bare = noun.head, not any(c.dep_ == "case" for c in noun.children)
    if bare and noun.dep_ in _BARE_DEPS | {"nmod"} and verb.dep_ in _BARE_DEPS:
        # "a présenté mercredi un plan": the parse hangs the object on the day named before it
        verb = verb.head
    if (noun.dep_ in _OBJECT_DEPS or bare and noun.dep_ in _BARE_DEPS | {"nmod"}) and verb.pos_ in ("VERB", "AUX"):
        yield from (c for c in verb.children if c.dep_ in _SUBJECT_DEPS)
    elif noun.dep_ in _PASSIVE_SUBJECT_DEPS:
        yield from _agents(verb, agents)


def author_mention(noun: Token, sentence_start: int, previous_start: int | None, mentions: Sequence[Mention],
                   markers: frozenset[str], agents: frozenset[str], pointers: frozenset[str]) -> Mention | None:  # fmt: skip
    """The mention of the author of an authored noun: named in its own phrase, else, when
    a determiner of ``pointers`` makes it point back, the maker of the same noun earlier
    in its sentence or in the previous one (``previous_start``: that sentence's first
    token), nearest first. None when no mention names one."""
    for owner in _owners(noun, markers, agents):
        found = _mention_in(owner, mentions)
        if found is not None:
            return found
    if not any(c.dep_ == "det" and c.lower_ in pointers for c in noun.children):
        return None
    doc = noun.doc
    start = previous_start if previous_start is not None else sentence_start
    lemma = noun.lemma_.lower()
    for index in range(noun.i - 1, start - 1, -1):
        earlier = doc[index]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        for maker in _maker(earlier, markers, agents):
            found = _mention_in(maker, mentions)
            if found is not None:
                return found
        return None  # the nearest same noun is the one pointed back to
    return None

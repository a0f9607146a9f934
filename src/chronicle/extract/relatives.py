"""Relative clauses: the noun a relative clause acts on, and reduced relatives that
the English parser reads as the main clause.

In "les diplomates que Paris a expulsés", "the envoy whom Beijing summoned", "the
rebels Kinshasa accuses of massacres", the relative pronoun (or, in English, no
word at all) is the clause's object: the verb acts on the noun the clause
qualifies (``object_antecedent``).

Reduced relatives:

In "Rwandan troops deployed to Cabo Delgado protected convoys" or "Kenyan
soldiers deployed in Somalia came under attack", the participle "deployed"
qualifies its noun (a reduced relative: "troops [that were] deployed to ...")
and the sentence's own verb comes after. en_core_web_sm often makes the
participle the root with the noun as its subject, and hangs the real verb on it
as an unmarked adverbial clause or conjunct, or makes the participle a clausal
subject of the real verb. The deployment is then coded as news when it is only
the troops' description. The repair gives the parse the sentence has: the noun
is the subject of the later verb and the participle modifies it (``acl``), as
the parser itself reads "the troops deployed in Goma were attacked". The Penn
tags read here (VBD, VBN, VBZ, VBP) are the English model's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from chronicle.extract.wordtable import child_deps, children_of, set_head, set_label, tokens_written
from chronicle.packs import Grammar

PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})  # the tagger gives a reduced relative either
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "mark", "cc", "expl", "aux", "aux:pass"})
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})


def object_antecedent(verb: Token, grammar: Grammar) -> Token | None:
    """The noun a relative clause's verb acts on, when the relative pronoun is its object
    (the pack's ``object_relatives``) or, where the language allows it, left unwritten
    right after the noun ("the rebels Kinshasa accuses"): the clause has a subject of its
    own, no relative pronoun, and no other object."""
    relative = verb.dep_ in RELATIVE_CLAUSES or (verb.dep_ == "acl" and verb.head.pos_ == "NOUN")
    if not relative or verb.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return None
    # a passive needs its auxiliary: "que le FACT a/aux:tense déclinée", with "FACT" read as
    # a passive's subject, is active
    active = not any(c.dep_ == "aux:pass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or (active and c.dep_ == "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].lower_ in grammar.relative_pronouns:
        return None
    subject = subjects[0]
    if any(c.i < subject.i and c.dep_ in ("obj", "mark") and c.lower_ in grammar.object_relatives for c in verb.children):
        # fr_core_news_md may label the clause a plain "acl" ("une condition que les
        # Européens ont écartée"): a complement clause of the noun ("l'annonce que Paris a
        # expulsé deux diplomates") has an object of its own, a relative clause none
        if verb.dep_ == "acl" and any(c.dep_ == "obj" and c.i > subject.i for c in verb.children):
            return None
        return verb.head
    unwritten = grammar.zero_object_relatives and subject.left_edge.i == verb.head.i + 1
    if unwritten and not any(c.dep_ in ("obj", "mark") for c in verb.children):
        return verb.head
    return None


def oblique_antecedents(doc: Doc, grammar: Grammar) -> dict[int, Token]:
    """For each relative pronoun of ``doc`` that is a prepositional complement of its
    clause ("le pays auquel Paris a livré des armes", "le Gabon, avec qui le Maroc a signé
    un accord"), its position and the antecedent it stands for: the noun the relative
    clause qualifies. A contracted pronoun the parse hangs on the clause's subject
    ("auquel" as nmod of "la Russie") is rehung on the clause's verb, where the
    preposition's phrase belongs."""
    found: dict[int, Token] = {}
    for pronoun in tokens_written(doc, grammar.oblique_relatives):
        contracted = grammar.oblique_relatives[pronoun.lower_]
        if pronoun.pos_ != "PRON":
            continue
        if contracted is None and not any(c.dep_ == "case" for c in pronoun.children):
            continue  # "qui", "lequel" alone: the clause's subject, read elsewhere
        verb = _relative_verb(pronoun)
        antecedent = verb.head if verb is not None and verb.dep_ in RELATIVE_CLAUSES else _word_before_phrase(pronoun)
        if verb is None or antecedent is None or not antecedent.i < pronoun.i < verb.i:
            continue
        if pronoun.head.i != verb.i or not pronoun.dep_.startswith(("obl", "iobj")):
            set_head(pronoun, verb)
            set_label(pronoun, "obl:arg")
        found[pronoun.i] = antecedent
    return found


def _relative_verb(pronoun: Token) -> Token | None:
    """The verb of the relative clause a pronoun opens: its head, or the head's head when
    the parse hangs the pronoun on the clause's subject; a verb the parse hangs elsewhere
    ("contre laquelle le Japon a protesté" read as an auxiliary of the main verb) when the
    pronoun is its own dependent."""
    word = pronoun
    for _ in range(2):
        word = word.head
        if word.dep_ in RELATIVE_CLAUSES and word.pos_ in ("VERB", "AUX"):
            return word
        if word.head.i == word.i:
            break
    return pronoun.head if pronoun.head.pos_ == "VERB" else None


def _word_before_phrase(pronoun: Token) -> Token | None:
    """The noun right before the pronoun's phrase, a comma aside ("la Corée du Nord, contre
    laquelle"): the antecedent, where the parse gives the clause no relative head."""
    start = min(pronoun.left_edge.i, pronoun.i)
    before = pronoun.doc[start - 1] if start > 0 else None
    if before is not None and before.text == ",":
        before = pronoun.doc[start - 2] if start > 1 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def repair_reduced_relatives(sentence: Span, positions: list[int] | None = None) -> None:
    """Re-hang, in place, each participle the parse made the main verb of a noun that a
    later unmarked finite verb belongs to (see the module docstring). ``positions``: the
    sentence's words that may be such participles (all when None), in order."""
    for verb in sentence if positions is None else (sentence.doc[i] for i in positions):
        if verb.tag_ not in PARTICIPLE_TAGS or verb.pos_ != "VERB" or any(d.startswith("aux") for d in child_deps(verb)):
            continue  # the labels read once per word: every participle of every sentence is asked
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i]
        # a common noun ("troops", "protesters"); a name or a pronoun is a true subject
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
            continue
        main = _real_main_verb(verb)
        if main is not None:
            _rehang(verb, subjects[0], main)


def _real_main_verb(verb: Token) -> Token | None:
    """The finite verb the participle's noun is the subject of: the participle's head
    when the parse made it a clausal subject, else an unmarked finite verb it governs
    with no subject, marker or conjunction of its own, right after its phrase."""
    if verb.dep_ == "csubj":
        head = verb.head
        return head if head.tag_ in FINITE_TAGS and not _has_own_clause(head, exclude=verb) else None
    if verb.head.i != verb.i:
        return None
    for child in verb.rights:
        if child.dep_ not in ("advcl", "conj") or child.pos_ != "VERB" or child.tag_ not in FINITE_TAGS:
            continue
        before = verb.doc[child.left_edge.i - 1]
        if _has_own_clause(child) or before.is_punct or before.dep_ == "cc":
            continue
        return child
    return None


def _has_own_clause(verb: Token, exclude: Token | None = None) -> bool:
    return any(c.dep_ in _OWN_CLAUSE for c in verb.children if c is not exclude)


def _rehang(verb: Token, subject: Token, main: Token) -> None:
    """The noun becomes the main verb's subject and the participle its modifier; the
    main verb takes the participle's place, with the words after it."""
    if main.head.i == verb.i:
        followers = [c for c in verb.children if c.i > main.i]
        set_head(main, main if verb.head.i == verb.i else verb.head)
        set_label(main, verb.dep_)
        for child in followers:
            set_head(child, main)
    set_head(subject, main)
    set_label(subject, "nsubj")
    set_head(verb, subject)
    set_label(verb, "acl")

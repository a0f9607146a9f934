"""The actor an object pronoun stands for.

"Moscou l'a menacé de représailles", "Washington lui a demandé de libérer",
"Paris leur a imposé des sanctions", "summoned the envoy and accused him of":
an object pronoun (the pack's ``object_pronouns``, by number and gender) names
someone the text named before, never the subject of its own clause, who would
be written with a reflexive ("se", "himself"). Its antecedent is the nearest
actor mention before it, in its sentence or the one before, that agrees with it
in number and gender (as far as the parse's morphology shows them) and is not
its clause's subject: not the subject's mention, not an actor of the subject's
country, and not the mention right before a French preverbal pronoun ("Bamako
l'a menacé", which the parse may leave without a subject). A subject pronoun
("Il l'a accusé") stands for the last actor that acted, so then the subjects of
earlier clauses are passed over too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from chronicle.extract.mentions import Mention
from chronicle.extract.wordtable import morph_values, sentence_bounds, tokens_written, words_root
from chronicle.packs import Grammar, ObjectPronoun

OBJECT_DEPS = ("obj", "iobj", "dobj", "dative")
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
SENTENCES_BACK = 1  # the pronoun's own sentence and the one before it: farther back, a story has moved on
PERSONLESS_KINDS = ("country", "demonym", "organisation")  # mention kinds a personal "him" or "her" cannot refer back to
_CLIMBABLE = ("xcomp", "conj")  # "a décidé de les expulser", "a convoqué X et lui a demandé": the subject above


def object_pronoun_antecedents(doc: Doc, grammar: Grammar, by_token: dict[int, Mention],
                               is_place: Callable[[Mention], bool]) -> dict[int, Mention]:  # fmt: skip
    """For each object pronoun of ``doc`` with an antecedent, the position of the
    pronoun and the antecedent's mention. ``by_token``: the doc's mentions by token;
    ``is_place``: whether a mention names where, not who ("à Moscou")."""
    if not grammar.object_pronouns:
        return {}
    found: dict[int, Mention] = {}
    for token in tokens_written(doc, grammar.object_pronouns):
        features = grammar.object_pronouns.get(token.lower_)
        if features is None or token.pos_ != "PRON" or token.dep_ not in OBJECT_DEPS or not _object_pronoun(token, grammar):
            continue
        antecedent = _antecedent(token, features, grammar, by_token, is_place)
        if antecedent is not None:
            found[token.i] = antecedent
    return found


def _object_pronoun(pronoun: Token, grammar: Grammar) -> bool:
    """Whether a pronoun stands for a party: a preverbal one comes before the auxiliaries
    ("Wang Yi a lui aussi modifié" is emphatic), and under "comme" it stands for what was
    said or wished ("comme il l'a souhaité")."""
    verb = pronoun.head
    if pronoun.i < verb.i and any(c.dep_.startswith("aux") and c.i < pronoun.i for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in grammar.neuter_pronoun_marks for c in verb.children)


def _antecedent(pronoun: Token, features: ObjectPronoun, grammar: Grammar, by_token: dict[int, Mention],
                is_place: Callable[[Mention], bool]) -> Mention | None:  # fmt: skip
    """The nearest mention before the pronoun that it may stand for (module docstring),
    never one that only qualifies a thing ("une pétition à l'adresse de Tokyo"). A thing
    named nearer that agrees with the pronoun, as a clause's subject or, in the
    pronoun's own sentence, its object, is what it stands for ("L'arrestation de X
    suscite la préoccupation de la France. La France la condamne", "transmettre une
    pétition ..., mais l'ambassade a refusé de la recevoir"): then no actor is. The
    object of an earlier sentence is not, the actors a story follows are ("L'Éthiopie a
    fermé sa frontière. Khartoum l'a accusée")."""
    subjects = _clause_subjects(pronoun, by_token)
    before = _word_before(pronoun, grammar)
    if before is not None and before.lower_ in grammar.relative_pronouns:
        # "le Mali, qui l'a accusé": the relative's antecedent is the subject
        before = _word_before(before, grammar, skip_punctuation=True)
    if before is not None and before.i in by_token:
        subjects += _listed_up_to(by_token[before.i], grammar, by_token, pronoun.doc)
    # "Kim Jong-un et Moon Jae-in l'ont organisé": every subject of a list
    subjects += [_containing(m, by_token, pronoun.doc) for m in subjects]
    # "Il l'a accusé": the subject pronoun stands for whoever acted last, a subject before
    subject_pronoun = any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and c.lower_ not in grammar.relative_pronouns for c in pronoun.head.children)
    subject_pronoun = subject_pronoun or before is not None and before.pos_ == "PRON"
    countries = {r.country for m in subjects for r in m.refs if r.country}
    number, gender = _pronoun_features(pronoun, features, grammar)
    doc = pronoun.doc
    i = pronoun.i - 1
    earliest = _window_start(pronoun)
    own_sentence = sentence_bounds(pronoun)[0]
    while i >= earliest:
        word = doc[i]
        mention = by_token.get(i)
        if mention is None or mention.refs[0].kind == "pronoun":
            arguments = ("obj", *SUBJECT_DEPS) if i >= own_sentence else SUBJECT_DEPS
            if word.pos_ == "NOUN" and word.dep_ in arguments and _agrees_word(word, number, gender):
                return None
            i -= 1
            continue
        i = mention.start - 1
        mention = _containing(mention, by_token, doc)
        if any(mention.start == s.start for s in subjects) or is_place(mention) or _owner_of_thing(mention, doc):
            continue
        if any(r.country in countries for r in mention.refs) or subject_pronoun and _is_subject(mention, doc):
            continue
        if _agrees(mention, number, gender, doc) and (not features.person or _names_person(mention)):
            return mention
    return None


def _pronoun_features(pronoun: Token, features: ObjectPronoun, grammar: Grammar) -> tuple[str, str | None]:
    """Number and gender: the pack's, or for a direct object before a past participle the
    participle's ending ("l'a menacée": the participle of "avoir" agrees with the object
    before it). The ending, not the model's morphology, which reads "accusée" masculine."""
    number, gender = features.number, features.gender
    participle = pronoun.head
    if gender is None and pronoun.dep_ == "obj" and pronoun.i < participle.i and "Part" in morph_values(participle, "VerbForm"):
        gender = next((g for ending, g in grammar.participle_genders.items() if participle.lower_.endswith(ending)), None)
    return number, gender


def _clause_subjects(pronoun: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The mentions of the subject of the pronoun's verb, climbing the verbs it is an
    infinitive complement or a conjunct of while it has none."""
    verb = pronoun.head
    for _ in range(3):
        found = [by_token[c.i] for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in by_token]
        if found or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return found
        if verb.dep_ not in _CLIMBABLE or verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _word_before(word: Token, grammar: Grammar, skip_punctuation: bool = False) -> Token | None:
    """The word right before a preverbal pronoun and the other pronouns and negation
    beside it ("Bamako ne l'a pas menacé", "Paris le lui a demandé"): its verb's subject,
    however the parse hangs it. None after a pronoun that follows its verb."""
    if word.i > word.head.i and not skip_punctuation:
        return None
    i = word.i - 1
    doc = word.doc
    while i >= 0 and (doc[i].lower_ in grammar.object_pronouns or "Neg" in morph_values(doc[i], "Polarity") or skip_punctuation and doc[i].is_punct):
        i -= 1
    return doc[i] if i >= 0 else None


def _listed_up_to(last: Mention, grammar: Grammar, by_token: dict[int, Mention], doc: Doc) -> list[Mention]:
    """A mention with those a coordinator joins before it ("Kim Jong-un et | Moon Jae-in"),
    however the parse hangs them."""
    found = [last]
    current = last
    coordinators = {c.lower() for c in grammar.coordinators}
    while current.start >= 2 and doc[current.start - 1].lower_ in coordinators and current.start - 2 in by_token:
        current = by_token[current.start - 2]
        found.append(current)
    return found


def _window_start(pronoun: Token) -> int:
    """The first token of the sentence ``SENTENCES_BACK`` sentences before the pronoun's."""
    start = sentence_bounds(pronoun)[0]
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = sentence_bounds(pronoun.doc[start - 1])[0]
    return start


def _containing(mention: Mention, by_token: dict[int, Mention], doc: Doc) -> Mention:
    """The phrase a mention stands in as its owner ("l'ambassadeur | d'Algérie"), or the
    first of a list it closes ("le Mali et | le Niger"), when that names an actor too."""
    root = words_root(doc, mention.start, mention.end)
    for _ in range(2):
        if root.dep_ not in ("nmod", "conj") or root.head.i not in by_token:
            break
        mention = by_token[root.head.i]
        root = words_root(doc, mention.start, mention.end)
    return mention


def _owner_of_thing(mention: Mention, doc: Doc) -> bool:
    """A name or nationality qualifying a noun ("l'adresse de Tokyo", "la décision
    luxembourgeoise"): it qualifies the noun, which is what the clause is about."""
    root = words_root(doc, mention.start, mention.end)
    return root.dep_.startswith(("nmod", "amod")) and root.head.pos_ == "NOUN"


def _is_subject(mention: Mention, doc: Doc) -> bool:
    return words_root(doc, mention.start, mention.end).dep_ in SUBJECT_DEPS


def _agrees(mention: Mention, number: str, gender: str | None, doc: Doc) -> bool:
    """Whether a mention may be what a pronoun of that number and gender stands for."""
    root = words_root(doc, mention.start, mention.end)
    listed = any(c.dep_ == "conj" for c in root.children)
    plural = mention.refs[0].plural or listed or len(mention.refs) > 1 or "Plur" in morph_values(root, "Number")
    if plural != (number == "plural"):
        return False
    return gender is None or listed or _of_gender(root, gender)


def _names_person(mention: Mention) -> bool:
    """Whether a mention may name a person ("him", "her"): not a country, a nationality
    or a body, which English refers back to with "it" or "they"."""
    return mention.refs[0].kind not in PERSONLESS_KINDS


def _agrees_word(word: Token, number: str, gender: str | None) -> bool:
    """Whether a noun has the pronoun's number and gender, as far as its morphology shows."""
    numbers = morph_values(word, "Number")
    if not numbers or ("Plur" in numbers) != (number == "plural"):
        return False
    return gender is None or _of_gender(word, gender)


def _of_gender(word: Token, gender: str) -> bool:
    """Whether a noun may be of ``gender``: its own or its article's, when either shows one."""
    genders = set(morph_values(word, "Gender")) | {g for c in word.children if c.dep_ == "det" for g in morph_values(c, "Gender")}
    return not genders or gender in genders

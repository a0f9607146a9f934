"""Resolve actor mentions to actors: who, of which country and sector, in which role.

Roles are date-bounded: "le président américain" is whoever held the office
on the event date. Pronouns, pairs ("les deux dirigeants"), possessives and
surnames are resolved against what the article said before (in-article
coreference), so resolution runs sentence by sentence, in order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from chronicle.extract.mentions import ActorRef, Mention
from chronicle.extract.wordtable import sentence_start_at, words_root
from chronicle.knowledge.actors import FORMER_SECTOR, PEOPLE_SECTOR, STATE_SECTORS, ActorKB, Organisation, Person
from chronicle.knowledge.countries import IGO_CODES, CountryLexicon, normalise
from chronicle.knowledge.regions import load_regions
from chronicle.knowledge.occupations import occupier_of
from chronicle.knowledge.gazetteer import Gazetteer, Place
from chronicle.model import ActorRecord

DEFAULT_SECTOR = {"country": "GOV"}
# A lone capitalised name the tagger calls a person, that no one in the article or the
# knowledge bears, is a place when the gazetteer holds a town of this size by that
# canonical name ("shelled Kherson", "seized Goma"): small towns share names with people.
PLACE_AS_PARTY_POPULATION = 30_000
PLACE_AS_PARTY_KINDS = frozenset({"city", "admin", "region"})


@dataclass(frozen=True)
class Actor:
    """A resolved participant."""

    text: str | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # role title on the event date
    role_key: str | None = None
    person: bool = False
    unplaced: bool = False  # "migrants": away from home, no country from the place or the article
    state: bool = False  # a country named for itself (name, capital, demonym): the state, whatever part of it acts
    collective: str | None = None  # "the warring parties", "the authorities": whose, collective_country decides
    transnational: bool = False  # a movement of many countries ("Islamic State"): of the country it acts in (assemble)
    acts_in: tuple[str, ...] = ()  # the other countries a group fights in ("Boko Haram": CMR, TCD, NER): of the one it acts in
    local: bool = False  # a state's, province's or city's executive ("the governor of Michigan", "le bourgmestre de Liège")

    def record(self) -> ActorRecord:
        return ActorRecord(text=self.text, name=self.name, country=self.country, sector=self.sector, role=self.role)

    def same_as(self, other: "Actor") -> bool:
        if self.name and other.name:
            return self.name == other.name
        # a city's or province's executive is not its country's government ("le bourgmestre de
        # Liège a dénoncé l'abandon de sa ville par le gouvernement fédéral"): two parties of one
        # country and sector, as a mayor and his minister are
        if self.local and other.local and self.text.lower() != other.text.lower():
            # two local bodies named differently ("le maire" and "Québec"): a city's and a
            # province's executives, not one (helper bodies30)
            return False
        return self.country == other.country and self.sector == other.sector and not (self.name or other.name) and self.local == other.local

    def same_side(self, other: "Actor") -> bool:
        """The same actor, or one of its own side (same country and sector): no one answers
        their own words or judges their own deed."""
        return self.same_as(other) or (self.country, self.sector) == (other.country, other.sector)


@dataclass(frozen=True)
class Dyad:
    """Two parties the article said dealt with each other, and how."""

    first: Actor
    second: Actor
    hostile: bool = False  # an act of conflict between them ("accused", "attacked", "recalled its envoy")
    explicit: bool = False  # named as two sides ("between X and Y", "X and Y met")
    acts: int = 1  # how many acts between them the article stated

    def same_pair(self, first: Actor, second: Actor) -> bool:
        return (self.first.same_as(first) and self.second.same_as(second)) or (self.first.same_as(second) and self.second.same_as(first))

    def has(self, actor: Actor) -> bool:
        return self.first.same_as(actor) or self.second.same_as(actor)

    def civil_war(self) -> bool:
        """Two of one country in conflict, one a rebel or opposition group (the RSF and the
        army or the people it attacks), not two state bodies that acted on each other."""
        sectors = {self.first.sector, self.second.sector}
        return self.hostile and self.first.country == self.second.country and len(sectors) == 2 and bool(sectors & {"REB", "OPP"})

    def fits(self, people: bool, states: bool) -> bool:
        """Of two people (``people``), of two countries (``states``); two bodies of one
        country only when named as two sides."""
        if people and not (self.first.person and self.second.person):
            return False
        if states and (not self.first.country or not self.second.country):
            return False
        return self.first.country != self.second.country or (self.explicit and not states)


@dataclass
class ArticleContext:
    """What the article has said so far, for coreference.

    Four records hold parties put together; each is set by other calls under other
    conditions, so none is read off another (tidy27 tried one history: each would become
    a filtered search over it, and its own readers would have to skip the others' entries):

    - ``pair``: the last two parties of one act across two countries (``acted``, even where
      one is a mediator, whom ``dealt`` refuses) or the first two of actors named together
      (``observe``): the article's pair for "the other side", a passive signing, a singular
      pronoun's antecedent and the last resort for "both sides" (``_sides_meant``).
    - ``group``: the parties of the last event (``acted``'s pair, ``gathered``, ``joined``),
      or three or more named together that include it (``observe``): whom a plural
      pronoun and "les trois pays" stand for first. A list no event had is never it.
    - ``named_together``: the last actors named together or listed (``observe``,
      ``listed``), acts aside: "les trois pays" when the last event had another number,
      and "the two sides" when no event had two deal with each other (``_two_named``).
    - ``together``: every set so far, oldest first, with each pair ``dealt`` records (no
      mediator, no unknown party) but not ``acted``'s pair where ``dealt`` refused it:
      searched back for the parties of one sector ("the two armies", ``of_sector``) or the
      last group without a given partner (``_plural_owners``).
    """

    singles: list[Actor] = field(default_factory=list)  # recent actors, most recent last
    pair: tuple[Actor, Actor] | None = None
    people_pair: tuple[Actor, Actor] | None = None  # the last two named people acting together
    group: tuple[Actor, ...] = ()  # the last parties of one event, two or more: whom "ils", "they" stand for
    named_together: tuple[Actor, ...] = ()  # the last actors named together ("Séoul, Pékin et Tokyo"), for "les trois pays"
    # the parties of the last event among three or more ("Iran, France, Germany and Britain
    # met"), kept while later events pair two of them: whom "les parties", "les trois pays
    # européens", "les Européens" stand for; a list that is no event's parties (the members
    # of a bloc named at its meeting) is never it
    gathering: tuple[Actor, ...] = ()
    surnames: dict[str, Actor] = field(default_factory=dict)
    shared_names: set[str] = field(default_factory=set)  # name parts of two people of different countries: no one's alone
    described: dict[str, Actor] = field(default_factory=dict)  # agent word -> last actor it named with a country
    last_source: Actor | None = None  # who acted last: the likeliest antecedent of "il"
    last_person: Actor | None = None  # the person named or acted on last: the likeliest owner of "his government"
    nationality: dict[str, str] = field(default_factory=dict)  # unknown person's name -> country learnt from an event
    home: str | None = None  # the country the article is most about: whose "le ministre des Affaires étrangères" is meant
    filed_in: str | None = None  # the dateline's country, when the article names its state: whose "the interior ministry" is meant
    dateline: str | None = None  # the dateline's country, named in the text or not: which monarchy "the Kingdom" is, the text naming none
    countries: tuple[str, ...] = ()  # every country the article names, most named first (ranked_countries)
    sovereign_of: dict[str, str] = field(default_factory=dict)  # a territory governed from afar -> its state (pack grammar)
    office_nouns: frozenset[str] = frozenset()  # the pack's nouns of state offices ("ministry"), which the dateline places
    focus: str | None = None  # the country the article names most, people's nationalities aside: whose "warring parties" are meant
    state_countries: tuple[str, ...] = ()  # the countries the article names, people's nationalities aside (ranked_countries)
    # the pairs said to deal with each other (to meet, fight, negotiate, agree), oldest
    # first, none with a third party between sides in it: whom "the two sides" stand for
    dyads: list[Dyad] = field(default_factory=list)
    mediators: list[Actor] = field(default_factory=list)  # third parties between sides ("under the auspices of the AU")
    # the two sides each mediator was said to mediate between ("le Qatar, qui mène une
    # médiation entre Kinshasa et l'AFC/M23"): whom its appeal to "les deux parties" addresses
    mediated_sides: list[tuple[Actor, tuple[Actor, Actor]]] = field(default_factory=list)
    # every set of parties the article put together so far, oldest first: two that dealt with
    # each other, the doers of one joint act, actors named together or listed, an event's
    # parties; whom "the two armies" stand for when the noun names their sector
    together: list[tuple[Actor, ...]] = field(default_factory=list)

    def acted(self, source: Actor, target: Actor | None, hostile: bool = False, explicit: bool = False) -> None:
        """Record an event's participants: the source becomes salient, two sides the pair
        (a ``hostile`` act, one of conflict; an ``explicit`` pair, one a symmetric event joins)."""
        self.last_source = source
        for actor in (source, target):
            if actor is not None and actor.person and actor.name and actor.country:
                self.nationality.setdefault(actor.name, actor.country)
                self.last_person = actor
        if target is not None:
            self.dealt(source, target, hostile=hostile, explicit=explicit)
        if target is not None and target.country != source.country:
            self.pair = (source, target)
            self.group = self.pair
            if source.person and target.person:
                self.people_pair = (source, target)

    def learn_surnames(self, actors: list[Actor]) -> None:
        """Record the parts of people's full names before their sentence is coded: "Winston
        Peters on Wednesday signed ... during Mr Peters's visit" names one man twice in one
        sentence, and the second mention is read before the sentence is remembered."""
        for actor in actors:
            if actor.person and actor.name:
                parts = [part.lower() for part in actor.name.replace("-", " ").split()]
                written = (actor.text or "").split()
                if written and written[-1][:1].isalpha() and written[-1].replace("-", "").isalpha():
                    # "Serdar Berdimuhamedov", the knowledge's "Berdimuhamedow"; "Khalil
                    # al-Hayya": the family name as the article spells it, which it repeats alone
                    parts.append(written[-1].lower())
                for part in parts:
                    self._learn_name(part, actor)

    def _learn_name(self, part: str, actor: Actor) -> None:
        """Record that ``part`` of a name stands for ``actor``; a part two people of
        different countries share ("Samuel Mensah" of Ghana, "Kofi Mensah" of Togo)
        stands for neither alone."""
        known = self.surnames.setdefault(part, actor)
        if known.name != actor.name and (known.country != actor.country or known.country is None):
            self.shared_names.add(part)

    def observe(self, actors: list[Actor], together: bool = False) -> None:
        """Record actors in order of mention; actors acting ``together`` (a meeting's
        two sides, "X et Y") become the pair that "les deux hommes" refers to."""
        for actor in actors:
            if actor.country is None and actor.name is None:
                continue
            self.singles.append(actor)
            if actor.text and actor.country and not actor.person:
                self.described[actor.text.lower()] = actor
            if actor.person and actor.name:
                self.last_person = actor
        self.learn_surnames(actors)
        distinct = _distinct(actors)
        if all(self.mediating(a) for a in distinct):
            return  # third parties together ("representatives of the AU and the US") are no sides
        if together and len(distinct) == 2:
            self.dealt(distinct[0], distinct[1], explicit=True)
        if together and len(distinct) >= 3 and all(any(a.same_as(d) for d in distinct) for a in self.group):
            # "les présidents du Kenya, de l'Ethiopie et de la Somalie ... Ils": all of them,
            # unless an event of the sentence gathered others with them
            self.group = tuple(distinct)
        if together and len(distinct) >= 2:
            self.pair = (distinct[0], distinct[1])
            self.named_together = tuple(distinct)
            self.together.append(tuple(distinct))
            if distinct[0].person and distinct[1].person:
                self.people_pair = self.pair

    def listed(self, actors: list[Actor]) -> None:
        """Record actors written as one list ("Niger, Mali and Burkina Faso"): "the
        three Sahel states" stands for them (GUIDELINES, lists and groups)."""
        distinct = _distinct(actors)
        if len(distinct) >= 2 and not all(self.mediating(a) for a in distinct):
            # (a list of third parties, "along with representatives of the AU and the US",
            # leaves "the two parties" to the sides named before)
            self.named_together = tuple(distinct)
            self.together.append(tuple(distinct))

    def gathered(self, parties: list[Actor]) -> None:
        """Record the parties of an event among three or more ("Brazil, Argentina and
        Chile met"): "the three countries" and "they" stand for all of them."""
        distinct = _distinct(parties)
        if len(distinct) >= 2:
            self.group = tuple(distinct)
            self.together.append(tuple(distinct))
        if len(distinct) >= 3:
            self.gathering = self.group

    def joined(self, doers: list[Actor]) -> None:
        """Record the doers of one joint act ("la France, l'Allemagne et le Royaume-Uni ont
        condamné l'Iran"): "ils", "they" said next stand for them (GUIDELINES, lists and groups)."""
        distinct = _distinct(doers)
        if len(distinct) >= 2 and not all(self.mediating(a) for a in distinct):
            self.group = tuple(distinct)
            self.together.append(tuple(distinct))

    def dealt(self, first: Actor, second: Actor, hostile: bool = False, explicit: bool = False) -> None:
        """Record two parties said to deal with each other ("talks between Armenia and
        Azerbaijan", "Thailand accused Cambodia"), unless one is a third party between
        sides: "the two sides" said later are these. ``hostile``: an act of conflict;
        ``explicit``: named as two sides ("between X and Y", "X and Y met")."""
        if first.same_as(second) or self.mediating(first) or self.mediating(second):
            return
        if first.country is None and first.name is None or second.country is None and second.name is None:
            return
        earlier = [d for d in self.dyads if d.same_pair(first, second)]
        hostile = hostile or any(d.hostile for d in earlier)
        explicit = explicit or any(d.explicit for d in earlier)
        acts = 1 + sum(d.acts for d in earlier)
        self.dyads = [d for d in self.dyads if d not in earlier] + [Dyad(first, second, hostile, explicit, acts)]
        self.together.append((first, second))

    def mediated(self, mediators: list[Actor]) -> None:
        """Record third parties between sides ("Qatar and Egypt, which mediate", "sous
        l'égide de l'UA"): no dyad of the article has them, since "the two sides" are the
        others."""
        for actor in mediators:
            if (actor.country or actor.name) and not self.mediating(actor):
                self.mediators.append(actor)
        self.dyads = [d for d in self.dyads if not (self.mediating(d.first) or self.mediating(d.second))]

    def mediates_between(self, mediators: list[Actor], sides: tuple[Actor, Actor]) -> None:
        """Record that ``mediators`` mediate between ``sides``, latest last."""
        self.mediated_sides += [(m, sides) for m in mediators if m.country or m.name]

    def sides_mediated_by(self, actor: Actor) -> tuple[Actor, Actor] | None:
        """The last two sides ``actor`` (or a body of the state that mediates) was said to mediate between."""
        return next((sides for m, sides in reversed(self.mediated_sides) if actor.same_as(m) or _same_state(actor, m)), None)

    def mediating(self, actor: Actor) -> bool:
        """Whether the actor is a third party the article named between sides: itself, or
        any organ of a state named as one (Qatar's prime minister when Qatar mediates)."""
        return any(actor.same_as(m) or _same_state(actor, m) for m in self.mediators)

    def sides(self, people: bool = False, states: bool = False, addressed_by: Actor | None = None,
              hostile: bool = False, explicit: bool = False, conflict: bool = False) -> tuple[Actor, Actor] | None:
        """The two sides the article named last as dealing with each other: of two
        people for "the two leaders", of two countries for "the two countries". Two
        sides of one country count only when named as such ("talks between the army and
        the RSF"), not from any act between two of its bodies. Sides a third party
        addresses ("the AU urged both sides") are the two in conflict the article told
        most acts of (the last such, on a tie), if any; with ``hostile``, only those;
        with ``explicit``, only two named as sides; with ``conflict``, also two of one
        country in armed conflict ("Riyadh urged both sides" after the RSF attacked), as
        Dyad.civil_war tells."""
        fitting = [d for d in reversed(self.dyads) if (d.fits(people, states) or (conflict and d.civil_war() and not (people or states)))
                   and (d.explicit or not explicit)]
        if addressed_by is not None:
            # the conflict a third party addresses is the one the article told most of
            # ("Mali accused Algeria ... recalled its envoy ... Algeria rejected", then
            # "Niger would also recall its envoy from Algiers": the AU urged Mali and Algeria)
            fitting = sorted((d for d in fitting if not d.has(addressed_by)), key=lambda d: -d.acts)
            fitting = [d for d in fitting if d.hostile] + ([] if hostile else [d for d in fitting if not d.hostile])
        elif hostile:
            fitting = [d for d in fitting if d.hostile]
        return (fitting[0].first, fitting[0].second) if fitting else None

    def of_sector(self, sector: str, count: int) -> tuple[Actor, ...]:
        """The last ``count`` parties put together whose each is of ``sector`` ("the two
        armies": two militaries that fought, met or acted jointly), none a third party
        between sides; two of one country only when both of its sector are its only parties
        ("the army and the navy" are two bodies, not sides). Empty if none."""
        for parties in reversed(self.together):
            if len(parties) != count or any(self.mediating(a) for a in parties):
                continue
            if all(a.sector == sector and a.country for a in parties) and len({a.country for a in parties}) == count:
                return parties
        return ()

    def holders_of(self, role: str) -> list[Actor]:
        """The distinct actors the article named in office ``role`` ("foreign_minister"), in order."""
        return _distinct([a for a in self.singles if a.role_key == role and a.name])

    def titled(self, title: str) -> Actor | None:
        """The person named last whose role title on the day contains the words of
        ``title`` ("minister" in "First Vice Minister of Foreign Affairs of South
        Korea"): the antecedent of a bare title with no nationality. Only people
        with a known role count, so a country's anonymous "minister" is not one."""
        words = title.lower().split()
        if not words:
            return None
        for actor in reversed(self.singles):
            role = (actor.role or "").lower().split()
            if actor.person and actor.name and all(word in role for word in words):
                return actor
        return None

    def named_in_full(self, name: str) -> Actor | None:
        """The person named earlier whose full name ends with ``name``, a family name of
        several words ("Al Khulaifi" after "Mohammed bin Abdulaziz Al Khulaifi", "De
        Wever"), with the nationality an event taught; None if none or several."""
        ending = " " + " ".join(name.lower().split())
        found = _distinct([a for a in self.singles if a.person and a.name and (" " + a.name.lower()).endswith(ending)
                           and a.name.lower() != ending.strip()])
        if len(found) != 1:
            return None
        known = found[0]
        if known.country is None and known.name in self.nationality:
            known = replace(known, country=self.nationality[known.name])
        return known

    def last_single(self, person_only: bool = False) -> Actor | None:
        for actor in reversed(self.singles):
            if actor.person or not person_only:
                return actor
        return None


def office_country(mentions: list[Mention]) -> str | None:
    """Whose offices an article's bare titles name ("le ministre des Affaires
    étrangères", "the president"): the country its people and the state bodies
    and titled agents it names belong to most often (companies, victims and the
    press do not count). Place names and metonyms do not count: a visit
    to Paris names Paris often, yet "le ministre" is the visitor's. None unless one
    country leads, named twice or more: "the Omani foreign minister met the Iranian
    foreign minister" is about neither alone."""
    counts = Counter(
        ref.country for mention in mentions for ref in mention.refs
        if _of_a_state(ref) and ref.country and ref.country not in IGO_CODES
    )  # fmt: skip
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# the most words between two mentions of one phrase: "Russia 's GRU", "la Russie et son armée"
_PHRASE_GAP = 2


def ranked_countries(mentions: list[Mention], people: bool = True, doc: Doc | None = None) -> tuple[str, ...]:
    """The countries an article names, most often first (ties: first named first);
    without ``people``, a person's nationality does not count. With the ``doc``, a
    country named again within one phrase counts once ("Russia's GRU")."""
    said: list[str] = []
    previous: tuple[int, frozenset[str]] = (-10, frozenset())
    for mention in mentions:
        named = [
            ref.territory or ref.country for ref in mention.refs  # the prefect of Martinique names Martinique
            if ref.country and len(ref.country) == 3 and ref.country not in IGO_CODES and (people or ref.kind != "person")
            and not (isinstance(ref.entity, Organisation) and (ref.entity.transnational or ref.entity.acts_in))  # "Islamic State" says not where
            and not (isinstance(ref.entity, Organisation) and ref.entity.namesakes)  # "the CGT" says not whose: France's or Argentina's
            and not _bare_name(ref)  # "Congress" says not whose
        ]  # fmt: skip
        # one phrase names its country once: "Russia's GRU", "la Russie et son armée
        # russe" are one mention of Russia, not two (mentions at most two words apart)
        near = doc is not None and 0 <= mention.start - previous[0] <= _PHRASE_GAP and sentence_start_at(doc, mention.start) <= previous[0] - 1
        again = previous[1] if near else frozenset()
        said.extend(c for c in named if c not in again)
        if named:
            previous = (mention.end, frozenset(named))
    counts = Counter(said)
    ranked = tuple(country for country, _ in counts.most_common())
    # "L'embuscade de Beni a été imputée aux ADF": a group that also fights in neighbours
    # says its home country only when the article names no other (Beni is then Congo's)
    homes = (ref.entity.country for mention in mentions for ref in mention.refs
             if isinstance(ref.entity, Organisation) and ref.entity.acts_in and not ref.entity.transnational)
    return ranked + tuple(dict.fromkeys(c for c in homes if c and c not in ranked))


def dateline_country(mentions: list[Mention], filed: str | None, places: Iterable[Place] = (),
                     dateline: Place | None = None) -> str | None:
    """The country of an article's dateline ("BAMAKO, April 7 (Reuters) -") when the
    article names that country's state or its people as an actor: then its bare
    offices ("the foreign ministry", "le ministre de l'Intérieur") are that country's,
    as wire services file a country's official news from its capital. A dateline of a
    country the article names no actor of (a UN seat, a summit's venue) says nothing.

    A national outlet's story names its own state often only through its places: "MAIDUGURI
    — The Kano State governor accused Niger", "SÉVILLE — Farmers in Andalusia blocked
    roads", "CONAKRY — La police a interpellé à Kindia": a place of the dateline's country
    other than the dateline's own (among ``places``, the places the text names; a province
    named as its seat is, "Kano State" of a KANO dateline) makes the story that country's
    as its actors would. The dateline's city named again is no such place: a UN seat's
    story ("GENEVA — experts in Geneva urged Belarus") names it as a venue."""
    if filed is None or filed in IGO_CODES:
        return None
    named = any(ref.country == filed and (ref.kind == "country" or _of_a_state(ref)) for m in mentions for ref in m.refs)
    own_place = any(p.country == filed and p.kind in _HOME_PLACE_KINDS and p != dateline for p in places)
    return filed if named or own_place else None


# the places that tell a story's own state: its towns and provinces, not the country
# itself (named as a country, it is an actor or a place of the first test) nor seas or sites
_HOME_PLACE_KINDS = frozenset({"city", "admin"})


@dataclass(frozen=True)
class CollectiveClues:
    """What an event's sentence and article say about whose an unnamed collective actor
    is ("the warring parties", "the authorities", "member states"), nearest first."""

    phrase_place: str | None = None  # a place the actor's own phrase names ("all parties to the conflict in Sudan")
    sentence_place: str | None = None  # the place the event's sentence says it acts on or in (not a speaker's venue)
    filed_in: str | None = None  # the dateline's country, when the article names its state (dateline_country)
    dateline: str | None = None  # the dateline's country, whether or not the article names its state
    speaker: Actor | None = None  # who addresses the actor, when it is the target; None for a source
    office_home: str | None = None  # whose offices the article's bare titles name (office_country)
    home: str | None = None  # the country the article names most
    # the countries of the other side's actors, for a source ("the Federal Government
    # rejected a threat by US President Trump"): the article's own clues yield to another
    other_side: frozenset[str] = frozenset()
    # the countries of the parties of the story's conflicts so far (an act of conflict
    # between them: Dyad.hostile): whose "warring parties" a speaker of one of them means
    conflict: frozenset[str] = frozenset()


def collective_country(kind: str, clues: CollectiveClues) -> tuple[str | None, str]:
    """The country of an unnamed collective actor of ``kind`` (packs.CollectiveKind),
    and the rule that gave it. The parties of a conflict ("the warring parties", "all
    sides", "toutes les parties") are of the place the sentence names, else the
    dateline's country, else the country the article is about. A country's own bodies
    named bare ("the authorities", "ministers", "the House", "les autorités") are, after
    those places, the speaker's own (a Tamil Nadu minister "urging the Centre", the
    British opposition "urged ministers"), else those of the state whose offices the
    article names; a state named for itself ("Mali", "Paris") speaks of another's. The
    member states of an organisation are that organisation, when it speaks. A statement
    with no country in reach ("the pope called on all parties") resolves to nobody."""
    if kind == "members":
        speaker = clues.speaker
        if speaker is not None and speaker.country in IGO_CODES and speaker.country != "NGO":
            return speaker.country, "the organisation that speaks to its members"
        return None, "no organisation speaks to its members"
    if kind == "settlers":
        return _settlers_country(clues)
    if kind == "named":
        # a body the knowledge does not hold, named by its own name with no country in it
        # ("The Nationalist Party called on the government to publish its memorandum with
        # Libya"): the story's own state, whose offices the article names, before the places
        # the sentence acts on; else as a domestic body (mentions._headed_bodies, orgs30)
        if clues.office_home:
            return clues.office_home, "the country whose offices the article names"
    for country, rule in _places_in_reach(clues):
        if country:
            return country, rule
    if kind == "domestic":
        speaker = clues.speaker
        if speaker is not None and speaker.country and speaker.country not in IGO_CODES and not (speaker.collective or speaker.state):
            # a state named for itself speaks to another's authorities ("Mali and Niger
            # expressed solidarity with the authorities"); its people and officials to their own
            return speaker.country, "the speaker's own country"
    article = [(c, rule) for c, rule in ((clues.office_home if kind == "domestic" else None, "the country whose offices the article names"),
                                         (clues.home, "the country the article is about")) if c]  # fmt: skip
    speaker = clues.speaker
    if kind == "sides" and speaker is not None and speaker.country and speaker.country not in clues.conflict:
        # "Pope Leo called on all parties", "the Turkish foreign minister called on all sides":
        # the parties of a conflict are the speaker's own only where the story has a conflict
        # of that country's parties; an article that names the speaker's country most because
        # it names the speaker names no party (GUIDELINES: a request needs its recipient). A
        # body named by its own name is no party of a conflict: "Pakistan's government moved to
        # outlaw the Pashtun Tahaffuz Movement" acts on its own country's movement
        article = [(c, rule) for c, rule in article if c != speaker.country]
    # a country's own bodies named bare acting on another state's official are not that
    # state's: "the Federal Government rejected a threat by US President Trump" in a
    # Nigerian story whose offices named are mostly American
    foreign = [(c, rule) for c, rule in article if c not in clues.other_side]
    if foreign or article:
        return (foreign or article)[0]
    if kind in ("domestic", "named") and clues.dateline:
        # "QUÉBEC — ... La Fédération de la santé et des services sociaux réclame une hausse":
        # a story that names no state at all, filed from one, is that state's domestic news
        return clues.dateline, "the dateline's country, the only one the story gives"
    return None, "no country in reach"


def _settlers_country(clues: CollectiveClues) -> tuple[str | None, str]:
    """Bare settlers ("Settlers beat farmers in the West Bank", "des colons ont incendié")
    are civilians of the state that holds the land they settle: the nearest place in reach
    (their phrase's, the sentence's, the dateline's, else the country the article is
    about), mapped to its occupier (knowledge/data/occupations.yaml); a place no state
    occupies keeps its own country ("settlers clashed with indigenous groups in Pará")."""
    for country, rule in (*_places_in_reach(clues), (clues.home, "the country the article is about")):
        if country:
            occupier = occupier_of(country)
            return (occupier, f"the state that holds {country}, {rule}") if occupier else (country, rule)
    return None, "no place in reach"


def _places_in_reach(clues: CollectiveClues) -> tuple[tuple[str | None, str], ...]:
    """The countries of the places nearest an unnamed collective, nearest first, each with
    the rule that names it: its own phrase's place, the sentence's, the dateline's."""
    return ((clues.phrase_place, "the place its own phrase names"),
            (clues.sentence_place, "the place the sentence names"),
            (clues.filed_in, "the dateline's country"))  # fmt: skip


def titled_stranger(actor: Actor) -> bool:
    """A person the knowledge does not hold, named with a title of a state ("Minister Hani
    Sewilam", "Presidential spokesperson Manuel Adorni") and no nationality: whose
    official he is, the article says, not the place last named."""
    return stranger_official(actor) and actor.country is None


def stranger_official(actor: Actor) -> bool:
    """A person named with a state's title that the knowledge holds no role of."""
    return actor.person and bool(actor.name) and actor.role is None and actor.sector in STATE_SECTORS


_ACTING_DEPS = frozenset({"nsubj", "obj", "iobj", "dobj", "poss", "nmod:poss"})


def sentence_state(mentions: list[Mention], places: list[tuple[int, int]], parties: list[Mention], doc: Doc) -> str | None:
    """The one state a sentence names as an actor (by its name, its people or its bodies),
    neither as a place ("causing floods in Sudan") nor as, or inside the phrase of, one of
    the event's ``parties`` ("accused the Lukashenko regime"): "Minister Hani Sewilam ...
    said Egypt would take all measures" speaks for Egypt. None when it names none or several."""
    found: set[str] = set()
    for mention in mentions:
        if any(start <= mention.start < end for start, end in places) or _in_phrase_of(mention, parties, doc):
            continue
        # a state named for itself acts as a subject, object or owner ("said Egypt would",
        # "Egypt's stance"), not as a modifier ("the Doha peace process")
        acting = words_root(doc, mention.start, mention.end).dep_.split(":")[0] in _ACTING_DEPS
        for ref in mention.refs:
            country = ref.country or (ref.entity.country if isinstance(ref.entity, Person) else None)
            if country and len(country) == 3 and country not in IGO_CODES and (ref.kind == "country" and acting or _of_a_state(ref)):
                found.add(country)
    return found.pop() if len(found) == 1 else None


def _in_phrase_of(mention: Mention, parties: list[Mention], doc: Doc) -> bool:
    """Whether the mention is one of ``parties`` or modifies one directly ("the Lukashenko
    regime"); a clause below a party ("officers allied to Vice President X") says more."""
    root = words_root(doc, mention.start, mention.end)
    return any(p.start <= root.i < p.end or p.start <= root.head.i < p.end for p in parties)


def _of_a_state(ref: ActorRef) -> bool:
    """Whether a reference names someone who can tell whose offices the article
    means: a person, or a body or agent of a state (a ministry, a court, the
    army). Companies, victims and the press do not: a Korean article on forced
    labour names Japanese firms as often as Korean officials."""
    if ref.kind == "person":
        return True
    if _bare_name(ref):
        return False
    if ref.kind in ("organisation", "agent"):
        sector = ref.entity.sector if isinstance(ref.entity, Organisation) else ref.sector
        return sector in STATE_SECTORS
    return False


def _bare_name(ref: ActorRef) -> bool:
    """Whether a reference names an institution by a form many countries' share
    ("Congress"): it says nothing of whose the article is about."""
    return ref.kind == "organisation" and isinstance(ref.entity, Organisation) and ref.entity.names_bare(ref.text)


def story_institution(body: Organisation, context: ArticleContext) -> bool:
    """Whether a body named by a bare form ("Congress") is that body itself: where the
    article's dateline, offices or focus is the body's country, or one of the two it
    names most (an American story); else it is the same institution of the story's
    country."""
    story = (context.dateline, context.home, context.focus, *context.countries[:2])
    # a territory's story is its sovereign's too: "la Marine nationale" off French Guiana is France's
    sovereigns = tuple(context.sovereign_of[c] for c in story if c in context.sovereign_of)
    return body.country in story + sovereigns or not any(story)


# Dependency labels that link a trigger to the phrase saying through whom it acts:
# "in a statement issued in the name of its spokesperson", "dans un communiqué
# publié au nom du porte-parole de son ministère": adjuncts and their nominal chain.
_ADJUNCT_CHAIN = ("obl", "nmod", "acl")


def acting_body(trigger: Token, mentions: list[Mention], parties: set[int]) -> Mention | None:
    """The body of a state through which the state named as the source acts, when the
    sentence names one by a possessive: the subject of what the trigger says ("Pyongyang
    warned that its forces will respond", "Téhéran a averti que ses forces
    répondraient") or the body an adjunct of the trigger names ("condemned ... in a
    statement issued in the name of its defense ministry spokesperson"). The body
    must be of the state (MIL, COP, SPY, ...) and not a party of the event
    (``parties``: token indices of the sources and targets); None when no such body
    or more than one."""
    found = [m for m in mentions if _possessed_state_body(m) and m.start not in parties and _speaks_for(trigger, m)]
    return found[0] if len(found) == 1 else None


def _plural_owners(ref: ActorRef, context: ArticleContext, partner: Actor | None) -> tuple[Actor, ...]:
    """Whose "leurs délégations", "their negotiators" are: a plural possessive's owners are
    several parties (Grevisse § 591: 'leur' refers to a plural possessor), those a mediator
    acting on them was said to stand between, else the last parties the article put together
    (named together, listed, dealt with each other or acted jointly) without the one who acts
    on them: "L'Arménie et l'Azerbaïdjan n'ont plus de contacts, selon la Russie. Les
    Etats-Unis ont invité leurs délégations" are Armenia's and Azerbaijan's, not Russia's, the
    last single actor, which the singular possessive takes (Resolver._agent). State agents
    only: owned forces stay their owner's (arguments), and none is found where the article
    put no parties together."""
    if not ref.owners or ref.country is not None or ref.sector != "GOV" or ref.role is not None:
        return ()
    if partner is not None:
        mediated = context.sides_mediated_by(partner)
        if mediated:
            return mediated
    for group in reversed(context.together):
        if len(group) >= 2 and not any(partner is not None and (a.same_as(partner) or _same_state(a, partner)) for a in group):
            return group
    return ()


def _possessed_state_body(mention: Mention) -> bool:
    ref = mention.refs[0]
    return len(mention.refs) == 1 and ref.kind == "agent" and ref.possessed and ref.sector in STATE_SECTORS


def _speaks_for(trigger: Token, mention: Mention) -> bool:
    """Whether the mention is the subject of the trigger's clausal complement, or ends a
    chain of adjuncts hanging from the trigger."""
    doc = trigger.doc
    head = next((doc[i] for i in range(mention.start, mention.end) if not mention.start <= doc[i].head.i < mention.end), None)
    if head is None:
        return False
    if head.dep_.startswith("nsubj") and head.head.dep_ == "ccomp" and head.head.head.i == trigger.i:
        return True
    current = head
    for _ in range(6):
        if not current.dep_.startswith(_ADJUNCT_CHAIN) or current.dep_ == "nmod:poss" or current.head.i == current.i:
            return False
        if current.head.i == trigger.i:
            return current.dep_.startswith("obl")
        current = current.head
    return False


DOMESTIC_SECTORS = frozenset({"OPP", "PTY", "LAB", "LEG", "CVL", "EDU", "JRN", "REL"})  # who address their own state


def _own_government(ref: ActorRef, partner: Actor | None) -> str | None:
    """The country of a bare state body ("le gouvernement", "les autorités") that a
    party, union, legislature or citizens of one country act on ("L'opposition de l'ADR
    a reproché au gouvernement", "les syndicats exigent que le gouvernement"): their
    own, not the country named last in the article."""
    if ref.country is not None or ref.sector != "GOV" or ref.possessed or ref.role is not None:
        return None
    if partner is None or not partner.country or partner.sector not in DOMESTIC_SECTORS or partner.person:
        return None
    return partner.country


# a country's political bodies that oppose or hold to account its own government
OPPOSING_SECTORS = frozenset({"OPP", "PTY", "LEG"})


def opposed_government(actor: Actor, targets: list[Actor]) -> str | None:
    """The country of an opposition, a party or legislators named with no country ("the
    opposition Popular Party", "le Parti populaire", "lawmakers") that act on a state's
    government or office holder ("accused Prime Minister Pedro Sanchez"): that state's,
    as an opposition addresses its own government, rather than the last place named.
    A state named for itself ("The Senate condemned Venezuela", "Le Parlement a condamné
    le Togo") is another's: a legislature or party condemns its own government by its
    government or office holders, and a foreign country by its name, so it says nothing
    of whose the body is (the article's then, see assemble.localise_step).
    None where the targets are of no state or of several."""
    if actor.country is not None or actor.sector not in OPPOSING_SECTORS or actor.collective:
        return None
    states = {t.country for t in targets if t.country and t.country not in IGO_CODES and t.sector in STATE_SECTORS and not t.state}
    if len(states) != 1 or any(t.country in IGO_CODES for t in targets):
        return None
    return states.pop()


def home_body_country(actor: Actor, home: str | None, targets: list[Actor], countries: tuple[str, ...] | list[str]) -> str | None:
    """The country a legislature, an opposition or a party named with no country ("the
    Senate", "l'Assemblée nationale", "the Conservative Party") is given, where ``home``
    (the place's, else the article's) is the country of a state it acts on by that
    state's name ("The Senate condemned Venezuela" after Petro met Maduro in Caracas,
    "Le Parlement a condamné le Togo" after the Ghanaian president's deal with Togo): a
    body condemns its own government by the government or its office holders, a foreign
    country by its name, so the body is of the article's most named other country. Else
    ``home``; None stays None. The names many countries' bodies share ("Congress", "le
    Sénat") are thus never given a default country, nor the other side's."""
    if home is None or actor.country is not None or actor.collective or actor.sector not in OPPOSING_SECTORS:
        return home
    named = {t.country for t in targets if t.state and t.country}
    if home not in named:
        return home
    return next((c for c in countries if c not in named and c not in IGO_CODES), home)


# bodies that sit at home, unlike armies, police or gunmen; not courts and lawyers, which
# sit where they are named ("a court in Jaffna" in a New Delhi dispatch is Sri Lanka's)
HOME_BODY_SECTORS = frozenset({"LEG", "OPP"})


def _home_body(ref: ActorRef) -> bool:
    """A legislature or an opposition named with no nationality ("des députés de
    l'opposition", "les sénateurs"), which acts in its own country."""
    return ref.sector in HOME_BODY_SECTORS and not ref.possessed


def _named_holder(ref: ActorRef, context: ArticleContext) -> Actor | None:
    """A title with no nationality ("le chef de l'Etat", "le Souverain pontife") whose
    one holder the article has already named ("Le président de la République, Ismaïl
    Omar Guelleh, a reçu le ministre éthiopien ... Le chef de l'Etat a condamné") is
    that person, even where another country is named more often; with two holders
    named (a visit of one head of state to another) the title stays the home's."""
    if ref.country is not None or ref.role is None or ref.plural or ref.possessed:
        return None
    holders = [a for a in context.holders_of(ref.role) if _named_in_text(a)]
    return holders[0] if len(holders) == 1 else None


# titles the press gives loosely ("the leaders of Thailand and Cambodia", "European
# Commission President"): they say no office a namesake must have held
LOOSE_ROLES = frozenset({"head_of_state", "head_of_government"})


def _namesake_by_title(ref: ActorRef, person: Person, context: ArticleContext) -> bool:
    """Whether a known person's name, said with a title of an office he never held, is
    another person's: the knowledge lists his offices, none is the title's, and the
    article names no state of his own besides him (no one else's "Defense Minister Pedro
    Sánchez" in a story about Colombia is Spain's prime minister)."""
    if ref.role is None or ref.role in LOOSE_ROLES or not any(r.role for r in person.roles) or any(r.role == ref.role for r in person.roles):
        return False
    return person.country is not None and person.country not in context.state_countries


def _named_in_text(actor: Actor) -> bool:
    """Whether the article wrote the person's name, not only a title the knowledge
    resolved ("le président ghanéen" is John Mahama, but the text never named him).
    Accents aside: "Kaïs Saïed" names Kais Saied, as the knowledge spells him."""
    text = normalise(actor.text or "")
    return bool(actor.name) and any(normalise(part) in text for part in actor.name.split() if len(part) > 2)


def _sides_meant(ref: ActorRef, context: ArticleContext, partner: Actor | None = None,
                 addressed: bool = False) -> tuple[Actor, Actor] | None:
    """The two parties "the two leaders", "both sides", "les deux pays" stand for: the
    last two people who met, for a pair of people, unless one is a third party between
    sides; else the last two sides said to deal with each other (two states for "the two
    countries"), never a mediator or a host (GUIDELINES, lists and groups)."""
    people = context.people_pair if ref.people else None
    if people is not None and not any(context.mediating(a) for a in people):
        return people
    pair = context.pair if context.pair is not None and not any(context.mediating(a) for a in context.pair) else None
    if ref.people:
        return context.sides(people=True) or context.sides(states=True) or pair or _two_named(context)
    # addressed by a third party ("the AU urged both sides"): the sides in conflict
    if addressed and partner is not None and not ref.states:
        # one who appeals to "both sides" is never one of them, even where it was the last
        # to deal with one: "Riyadh condemned the RSF ... urged both sides to accept a truce"
        # ("both countries" may be the speaker's own and another's: "Rwanda called on both
        # countries' security services to work together")
        pair = None if pair is not None and any(partner.same_as(a) for a in pair) else pair
        # a mediator's appeal addresses the two it mediates between ("le Qatar, qui mène une
        # médiation entre Kinshasa et l'AFC/M23, a appelé les deux parties"), not the war it
        # told most of
        mediated = context.sides_mediated_by(partner)
        if mediated is not None:
            return mediated
        return context.sides(states=ref.states, addressed_by=partner, conflict=True) or pair or _two_named(context)
    addressed_by = partner if partner is not None and not any(partner.same_as(a) for a in pair or ()) else None
    return context.sides(states=ref.states, addressed_by=addressed_by) or pair or _two_named(context)


def _of_region(group: tuple[Actor, ...], region: str | None) -> tuple[Actor, ...]:
    """The members of a group that are states of ``region`` (knowledge/data/regions.yaml),
    or the whole group when no region is asked."""
    if region is None:
        return group
    members = load_regions().get(region, frozenset())
    return tuple(a for a in group if a.country in members)


def _two_named(context: ArticleContext) -> tuple[Actor, Actor] | None:
    """The two actors named last as one list ("Le gouvernement colombien et l'ELN ont
    repris les négociations"), when no event had them deal with each other, unless one
    mediates."""
    named = context.named_together
    if len(named) != 2 or any(context.mediating(a) for a in named):
        return None
    return named[0], named[1]


def _same_state(actor: Actor, mediator: Actor) -> bool:
    """An actor of the state a mediator named for itself stands for ("Qatar mediates ...
    Qatari Prime Minister"): a country's organ; not when the mediator is a body of
    several states or a person alone."""
    return mediator.state and bool(actor.country) and actor.country == mediator.country and actor.country not in IGO_CODES


def _kind_of(actor: Actor) -> str | None:
    """The kind of a named body, for the nouns that point back to one ("the bloc"): an
    organisation of states (EUR, NAT, UNO, IGO) is an IGO whatever sector its organs
    bear (the EU's Commission governs: EUR GOV); any other body is its sector."""
    if actor.country in IGO_CODES and actor.country != "NGO":
        return "IGO"
    return actor.sector


def _distinct(actors: list[Actor]) -> list[Actor]:
    distinct: list[Actor] = []
    for actor in actors:
        if actor.country is None and actor.name is None:
            continue
        if not any(actor.same_as(other) for other in distinct):
            distinct.append(actor)
    return distinct


class ActorResolver:
    """Turns mentions into actors using the knowledge base and the article context."""

    def __init__(self, kb: ActorKB, countries: CountryLexicon, gazetteer: Gazetteer | None = None):
        self.kb = kb
        self.countries = countries
        self.gazetteer = gazetteer
        self._namesakes: dict[int, list[Organisation]] = {}  # a body (by id) -> it and its namesakes, in the base's order

    def resolve(self, mention: Mention, day: date | None, context: ArticleContext, partner: Actor | None = None,
                addressed: bool = False) -> list[Actor]:
        """All actors a mention stands for (several for "les dirigeants américain et nord-coréen");
        ``addressed``: the mention is the addressee of the ``partner``'s appeal, who is then
        never one of "both sides"."""
        actors: list[Actor] = []
        for ref in mention.refs:
            actors.extend(self._resolve_ref(ref, day, context, partner, addressed))
        return actors

    def _resolve_ref(self, ref: ActorRef, day: date | None, context: ArticleContext, partner: Actor | None,
                     addressed: bool = False) -> list[Actor]:
        if ref.local and ref.kind in ("person", "surname"):
            # "Governor JB Pritzker": whoever he is, a local executive (mentions._locally_titled)
            return [replace(a, local=True) if a.person else a for a in self._resolve_ref(replace(ref, local=False), day, context, partner, addressed)]
        if ref.region and ref.country is None and ref.kind == "agent":
            return self._regional(ref, day, context)
        if ref.kind in ("country", "organisation") and ref.region and not any(a.country == ref.country for a in context.gathering):
            # "les Européens" after Iran met France, Germany and Britain: those three; with
            # no one else in the group (a meeting of Europeans alone), the demonym's own country
            members = _of_region(context.gathering, ref.region)
            if 2 <= len(members) < len(context.gathering):
                return [replace(a, text=ref.text) for a in members]
        if ref.bodies:
            return self._periphrasis(ref, day, context)
        if ref.antecedent:
            return self._pointed_back(ref, context)
        if ref.kind == "person" and isinstance(ref.entity, Person) and _namesake_by_title(ref, ref.entity, context):
            # "Defense Minister Pedro Sánchez" in a Colombian story is not Spain's prime
            # minister: a stranger with that title, whose country the article gives
            # (a country the title itself gives stays: "le secrétaire général du Forum des îles du Pacifique")
            country = ref.country if ref.country != ref.entity.country else None
            return [Actor(ref.text, ref.entity.name, country, ref.sector, person=True)]
        if ref.kind == "person" and isinstance(ref.entity, Person):
            actor = self._person(ref.entity, ref.text, day)
            if ref.country in IGO_CODES and actor.country != ref.country:
                # titled by an organisation ("the AU's envoy, X"): he acts for the body
                return [replace(actor, country=ref.country, sector=ref.sector or actor.sector, role=None, role_key=None)]
            return [actor]
        if ref.kind == "person" and ref.name and " " not in ref.name.strip():
            # "Foreign Minister Yun" after "Foreign Minister Yun Byung-se": a title and a surname
            known = [a for a in self._surname(replace(ref, text=ref.name), day, context) if self._fits_title(a, ref)]
            if known:
                return [replace(a, text=ref.text, sector=a.sector or ref.sector) for a in known]
            holders = self.kb.holders_named(ref.name, ref.role, day) if ref.role else []
            holders = [p for p in holders if ref.country is None or p.country == ref.country or any(r.country == ref.country for r in p.roles)]
            if len(holders) == 1:
                # "Belgium's King Philippe", "le roi Philippe": the one holder of the title that day who bears the name
                return [self._person(holders[0], ref.text, day)]
        if ref.kind == "person" and ref.entity is None and ref.name and " " in ref.name.strip() and ref.country is None:
            # "Al Khulaifi praised" after "Minister of State ... Mohammed bin Abdulaziz Al
            # Khulaifi": the person named in full before, with his title's sector
            earlier = context.named_in_full(ref.name)
            if earlier is not None:
                return [replace(earlier, text=ref.text, sector=earlier.sector or ref.sector)]
        if ref.kind == "person" and ref.entity is None and ref.name and " " in ref.name.strip():
            # "Mr Al Shara", "M. al-Charaa": a family name with its particle, of one known person in office
            bearers = [p for p in self.kb.compound_surname(ref.name) if p.role_on(day) is not None]
            if len(bearers) == 1 and (ref.country is None or bearers[0].country == ref.country):
                return [self._person(bearers[0], ref.text, day)]
        if ref.kind == "person" and ref.entity is None and ref.role is None and ref.country is None:
            # "bombarded Khan Younès", the tagger's person: a town or region stands for its people
            place = self._place_as_party(ref)
            if place:
                return place
        if ref.kind == "organisation" and isinstance(ref.entity, Organisation) and ref.entity.namesakes:
            ref = self._namesake(ref, ref.entity, context)
        if _bare_name(ref) and isinstance(ref.entity, Organisation) and not story_institution(ref.entity, context):
            # "workers marched to Congress" in an Argentine story: Argentina's congress,
            # whose country the sentence, the dateline, the speaker or the article gives
            return [Actor(ref.text, None, None, ref.entity.sector_on(day), collective="domestic")]
        if ref.kind in ("person", "organisation"):
            country = ref.country or (context.nationality.get(ref.name) if ref.kind == "person" and ref.name else None)
            # a body's sector may change: the Taliban rebels until August 2021, the government since
            sector = ref.entity.sector_on(day) if isinstance(ref.entity, Organisation) else ref.sector
            if ref.kind == "person" and ref.entity is None and sector is None:
                sector = PEOPLE_SECTOR  # a person the knowledge does not hold, named with no title: a private citizen
            transnational = isinstance(ref.entity, Organisation) and ref.entity.transnational
            acts_in = ref.entity.acts_in if isinstance(ref.entity, Organisation) else ()
            # a stranger's title keeps its office ("Indonesian Foreign Minister X ... the
            # foreign minister urged"): the bare title later stands for him (_named_holder)
            role_key = ref.role if ref.kind == "person" else None
            # a body the knowledge does not hold, defined by its initials with no country of
            # its own ("The Free National Movement (FNM)"): a domestic body (mentions._defined_bodies)
            collective = ref.collective if country is None and ref.kind == "organisation" and ref.entity is None else None
            return [Actor(ref.text, ref.name, country, sector, role_key=role_key, person=ref.kind == "person",
                          transnational=transnational, acts_in=acts_in, collective=collective)]
        if ref.kind == "country":
            # a plural demonym ("les Kényans") may be the people or the state: no sector
            sector = ref.sector if ref.sector else (None if ref.plural else "GOV")
            return [Actor(ref.text, None, ref.country, sector, state=sector == "GOV", local=ref.local)]
        if ref.kind == "agent" and ref.collective == "sides" and ref.country is None:
            sides = context.sides(states=True, addressed_by=partner, hostile=partner is not None, explicit=True)
            if sides is not None and not any(a.country in IGO_CODES for a in sides):
                # "les belligérants", "the warring parties" of a war between two states: both
                return [replace(a, text=ref.text) for a in sides]
        if ref.kind == "agent":
            holders = context.holders_of(ref.role) if ref.plural and ref.role and ref.country is None else []
            if len(holders) >= 2:
                # "the foreign ministers", "les chefs de la diplomatie" with no nationality:
                # the holders of that office the article named
                return [replace(a, text=ref.text) for a in holders]
            owners = _plural_owners(ref, context, partner)
            if owners:
                return [replace(a, text=ref.text) for a in owners]
            own = _own_government(ref, partner)
            return [self._agent(replace(ref, country=own) if own else ref, day, context)]
        if ref.kind == "counterpart":
            return [self._counterpart(ref, day, partner)]
        if ref.kind == "surname":
            return self._surname(ref, day, context)
        if ref.kind == "pair":
            if ref.pair_sector is not None:
                # "the two armies", "les trois armées": the last parties of that number and sector
                sectored = context.of_sector(ref.pair_sector, ref.count or 2)
                if sectored:
                    return [replace(a, text=ref.text) for a in sectored]
            # "the two ministers" are the last two people who met, even if a country acted since
            if ref.count is not None:
                # "les trois pays": the last parties of that number, acting or named together;
                # "les trois pays européens": the members of that region among them
                # (the last gathering only for a region's members: "les trois pays" alone is
                # the last parties or list of three, not an earlier meeting's)
                candidates = (context.group, context.named_together) + ((context.gathering,) if ref.region else ())
                groups = (_of_region(g, ref.region) for g in candidates)
                group = next((g for g in groups if len(g) == ref.count), ())
                return [replace(a, text=ref.text) for a in group]
            if ref.every and context.gathering and not any(context.mediating(a) for a in context.gathering):
                # "les parties sont convenues de se revoir" after four states met: all of them
                return [replace(a, text=ref.text) for a in context.gathering]
            pair = _sides_meant(ref, context, partner, addressed)
            return [replace(a, text=ref.text) for a in pair] if pair else []
        if ref.kind == "pronoun":
            if ref.plural:
                return [replace(a, text=ref.text) for a in context.group or context.pair or ()]
            if ref.sector:
                return [self._described(ref, context)]
            if ref.latter:
                # "X a reçu Y. Ce dernier a ...": the one named last, whoever acted (helper cons26fr)
                last = context.last_single(person_only=True) or context.last_single() or context.last_source
            else:
                last = context.last_source or context.last_single(person_only=True) or context.last_single()
                if last is not None and last is context.last_source and not last.person and self._named_by_demonym(last):
                    # "Aoun a dénoncé les frappes israéliennes qui ont visé ... Il a demandé":
                    # a personal pronoun stands for a noun phrase, not for the state a
                    # nationality adjective inside another's phrase names ("israéliennes",
                    # "Israeli strikes"): the person named last, when there is one (helper bodies30)
                    last = context.last_single(person_only=True) or last
            return [replace(last, text=ref.text)] if last else []
        return []

    def _named_by_demonym(self, actor: Actor) -> bool:
        """Whether a state's actor was named by a nationality word ("israéliennes", "Israeli"),
        not by the country's name, capital or a body."""
        return actor.state and any(self.countries.demonym(actor.text, lang) == actor.country for lang in ("en", "fr"))

    def _namesake(self, ref: ActorRef, body: Organisation, context: ArticleContext) -> ActorRef:
        """The body a shared form means ("SDF": Japan's Self-Defense Forces or the Syrian
        Democratic Forces): the one of the country the article names most, the entry
        itself where the article names none of theirs."""
        bodies = self._namesakes.get(id(body))
        if bodies is None:  # the base's organisations scanned once per body, not at each mention
            bodies = self._namesakes[id(body)] = [body, *(o for o in self.kb.organisations if o.name in body.namesakes)]
        rank = {country: i for i, country in enumerate(context.countries)}
        chosen = min(bodies, key=lambda o: rank.get(o.country or "", len(rank)))  # ties: the entry itself
        if chosen is body:
            return ref
        return replace(ref, name=chosen.name, country=chosen.country, sector=chosen.sector, entity=chosen)

    def _fits_title(self, actor: Actor, ref: ActorRef) -> bool:
        """Whether a person found by a surname can bear the title said with it: of the
        title's country, and holding or having held its office ("King Philippe" is no
        French prime minister Philippe; "President Trump" before 2017 is Trump)."""
        if ref.country and actor.country and ref.country != actor.country:
            return False
        if not ref.role or actor.role_key == ref.role or not actor.name:
            return True
        person = next((p for p in self.kb.surnames().get(ref.name or "", ()) if p.name == actor.name), None)
        return person is None or not person.roles or any(r.role == ref.role for r in person.roles)

    @staticmethod
    def _described(ref: ActorRef, context: ArticleContext) -> Actor:
        """"cet activiste", "ce haut dignitaire": the last actor the description fits,
        on the same side of the state line (an actor of unknown sector fits any)."""
        state = ref.sector in STATE_SECTORS
        candidates = [context.last_source] if context.last_source else []
        candidates += reversed(context.singles)
        for actor in candidates:
            if actor.sector is None or (actor.sector in STATE_SECTORS) == state:
                return replace(actor, text=ref.text, sector=actor.sector or ref.sector)
        return Actor(ref.text, None, None, ref.sector)

    def _person(self, person: Person, text: str, day: date | None) -> Actor:
        role = person.role_on(day)
        if role is None and person.roles:
            latest = person.role_on(None)
            sector = latest.sector if latest else None
            if day is not None and any(r.end is not None and r.end <= day for r in person.roles):
                # out of office on the day: a former official is an elite (CAMEO's ELI, as
                # PETRARCH codes "former president"), whatever office he held or will hold
                sector = FORMER_SECTOR
            return Actor(text, person.name, person.country or (latest.country if latest else None), sector, person=True)
        if role is None:
            return Actor(text, person.name, person.country, None, person=True)
        return Actor(text, person.name, role.country or person.country, role.sector, role.title, role.role, person=True)

    def _agent(self, ref: ActorRef, day: date | None, context: ArticleContext) -> Actor:
        if ref.country is None and ref.text.lower() in context.described:
            # "l'ambassade" after "l'ambassade du Japon" is the same embassy
            return replace(context.described[ref.text.lower()], text=ref.text)
        if ref.country is None and ref.possessed:
            # "refused to hold talks with his government": the country of whom "his" refers to
            owner = context.last_person or context.last_source
            if owner is not None and owner.country:
                ref = replace(ref, country=owner.country)
        if ref.country is None and ref.role is None and not ref.plural and not ref.possessed:
            titled = context.titled(ref.text)
            if titled is not None:
                # "the vice minister" after "Seoul's First Vice Foreign Minister Choi
                # Jong-kun": the person the article last named with that title
                return replace(titled, text=ref.text)
        if ref.country is None and context.filed_in and self._bare_office(ref, context):
            # "BAMAKO (Reuters) - ... The foreign ministry summoned the Algerian ambassador":
            # a bare office of a state is the dateline's country's, not the most named one's
            ref = replace(ref, country=context.filed_in)
        if ref.country is None and context.filed_in and _home_body(ref):
            # "LIBREVILLE (L'Union) - ... Des députés de l'opposition ont dénoncé": the
            # dateline's country's, as its bare offices are
            ref = replace(ref, country=context.filed_in)
        named = _named_holder(ref, context)
        if named is not None:
            return replace(named, text=ref.text)
        if ref.country is None and ref.role and context.home and not ref.plural:
            # a title with no nationality ("le président de la République", "the foreign
            # minister") is the office of the country the article is about
            ref = replace(ref, country=context.home)
        actor = Actor(ref.text, None, ref.country, ref.sector, role_key=ref.role, unplaced=ref.unplaced,
                      collective=ref.collective if ref.country is None else None, local=ref.local)
        if ref.role and ref.country and ref.country != "IGO":
            # (IGO stands for many bodies: the AU's secretary-general is not the OIC's)
            holder = self.kb.holder(ref.country, ref.role, day)
            if holder is not None:
                resolved = self._person(holder, ref.text, day)
                return replace(resolved, sector=resolved.sector or ref.sector)
        return actor

    @staticmethod
    def _bare_office(ref: ActorRef, context: ArticleContext) -> bool:
        """A state office named alone ("the foreign ministry", "le ministre de l'Intérieur"),
        not the army, the police or a side, which act where they are."""
        if ref.sector != "GOV" or ref.plural or ref.possessed:
            return False
        words = ref.text.lower().split()
        return ref.role is not None or bool(words) and words[-1] in context.office_nouns

    def _counterpart(self, ref: ActorRef, day: date | None, partner: Actor | None) -> Actor:
        """"son homologue chinois": the holder of the partner's role in that country."""
        if partner is not None and partner.role_key and ref.country:
            holder = self.kb.holder(ref.country, partner.role_key, day)
            if holder is not None:
                return self._person(holder, ref.text, day)
        return Actor(ref.text, None, ref.country, partner.sector if partner else "GOV")

    def _surname(self, ref: ActorRef, day: date | None, context: ArticleContext) -> list[Actor]:
        key = ref.text.lower()
        if key in context.shared_names:
            return []  # "Mensah" after a Ghanaian and a Togolese Mensah: the article says not which
        if key in context.surnames:
            known = context.surnames[key]
            if known.country is None and known.name in context.nationality:
                known = replace(known, country=context.nationality[known.name])
            return [replace(known, text=ref.text)]
        people = [p for p in self.kb.surnames().get(ref.text, []) if p.role_on(day) is not None]
        if len(people) == 1:
            return [self._person(people[0], ref.text, day)]
        return self._place_as_party(ref)

    def _regional(self, ref: ActorRef, day: date | None, context: ArticleContext) -> list[Actor]:
        """"the Gulf state", "le pays sahélien": the state of that region the article named
        last (as an actor), else the country it is most about if of that region; else
        nobody (a region the article names no member of says no country). A title of
        that region's rulers ("the Amir", "le souverain", "His Majesty") is the holder
        of its office in that state."""
        members = load_regions().get(ref.region or "", frozenset())
        named = [context.last_source] if context.last_source else []
        named += reversed(context.singles)
        country = next((a.country for a in named if a.country in members), None)
        # else the dateline's ("RIYADH - The Kingdom condemned"), then the article's own,
        # then any it names ("le Roi reçoit le président mauritanien ... en visite au Maroc")
        country = country or next((c for c in (context.dateline, context.home, context.focus, *context.countries) if c in members), None)
        if country is None:
            return []
        if ref.role:
            return [self._agent(replace(ref, country=country, region=None), day, context)]
        return [Actor(ref.text, None, country, ref.sector or "GOV", state=(ref.sector or "GOV") == "GOV")]

    @staticmethod
    def _pointed_back(ref: ActorRef, context: ArticleContext) -> list[Actor]:
        """"the bloc", "le mouvement", "the party": the actor of that kind (one of the
        ``antecedent`` sectors) the article named last; nobody when it named none, or when
        the phrase names its own country ("the Spanish party" is some party of Spain's,
        not one the article named)."""
        if ref.country is not None:
            return []
        for actor in reversed(context.singles):
            if not actor.person and actor.name and _kind_of(actor) in ref.antecedent:
                return [replace(actor, text=ref.text)]
        return []

    def _periphrasis(self, ref: ActorRef, day: date | None, context: ArticleContext) -> list[Actor]:
        """"the Hague-based court", "la juridiction de La Haye": the one of the bodies it
        may name that the article named last (the ICC after "the International Criminal
        Court"), else the first, the commonest; never the country it sits in."""
        named = [context.last_source] if context.last_source else []
        named += reversed(context.singles)
        name = next((a.name for a in named if a.name in ref.bodies), ref.bodies[0])
        body = next((o for o in self.kb.organisations if o.name == name), None)
        if body is None:
            return []
        return [Actor(ref.text, body.name, body.country, body.sector_on(day) or ref.sector)]

    def _place_as_party(self, ref: ActorRef) -> list[Actor]:
        """A town or region acted upon stands for the people who live there (its country, civilians)."""
        place = self.gazetteer.named_by(ref.text) if self.gazetteer is not None else None
        if place is None or place.country is None or place.kind not in PLACE_AS_PARTY_KINDS:
            return []
        if place.kind == "city" and place.population < PLACE_AS_PARTY_POPULATION:
            return []
        return [Actor(ref.text, None, place.country, PEOPLE_SECTOR)]

"""Find actor mentions in a parsed article.

A mention is a token span that names or describes an actor: a known person
or organisation, a country (name, capital or seat used as metonym), an agent
noun with its nationality ("le président américain"), a pronoun, a pair
("les deux dirigeants") or a counterpart ("son homologue chinois"). What a
pronoun or pair refers to, and who held a role on the event date, is decided
later by ``resolve.actors``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from chronicle.errors import KnowledgeError
from chronicle.knowledge.actors import FORMER_SECTOR, OFFICE_SECTORS, PEOPLE_SECTOR, ActorKB, Organisation, Person
from chronicle.knowledge.countries import IGO_CODES, WORD_RUN, CountryLexicon, CountryRef, is_acronym, normalise
from chronicle.knowledge.gazetteer import load_gazetteer
from chronicle.knowledge.regions import load_regions
from chronicle.extract.wordtable import DocWords, WordTable, child_deps, children_of, ends_line, morph_values, sentence_bounds, tokens_in, words_text, words_root
from chronicle.knowledge.index import EntityView, load_index
from chronicle.packs import Agent, ContextualName, Grammar, LanguagePack

_Found = TypeVar("_Found")  # what a lookup over a phrase finds (a country code, a CountryRef)

# bodies of armed men and the nouns for their men ("fighters", "militiamen", "soldiers"):
# the men named by their body are the body acting
ARMED_MEMBER_SECTORS = frozenset({"REB", "MIL", "CRM"})
PARTY_SECTORS = frozenset({"PTY", "OPP"})  # whose leader, chairman, spokesman is the party's, not the state's

RefKind = Literal["person", "organisation", "country", "agent", "pronoun", "pair", "counterpart", "surname"]


@dataclass(frozen=True)
class ActorRef:
    """What a mention refers to, before date-dependent resolution."""

    kind: RefKind
    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # role key, resolved against the knowledge base on the event date
    entity: Person | Organisation | None = None
    plural: bool = False
    people: bool = False  # a pair of people ("the two ministers"), not of sides ("the two countries")
    states: bool = False  # a pair of states ("the two countries", "les deux pays"), never two sides of one country
    count: int | None = None  # how many parties a counted group names ("les trois pays": 3)
    pair_sector: str | None = None  # "the two armies": a pair or group whose parties are of this sector (pack pair_noun_sectors)
    every: bool = False  # "les parties", "the parties": all the parties of the last event among three or more
    possessed: bool = False  # "son gouvernement", "his government": of whoever the possessive refers to
    # "leurs délégations", "their negotiators": the possessive is plural (leur, leurs, their), its
    # owners several parties, whom the resolver takes from the parties last named together
    owners: bool = False
    unplaced: bool = False  # "migrants": no country but their own phrase's
    region: str | None = None  # "the Gulf state": a country of this region (knowledge/data/regions.yaml) the article names
    collective: str | None = None  # "the warring parties", "the authorities": whose, the article's context says (packs.CollectiveKind)
    bodies: tuple[str, ...] = ()  # "the Hague-based court": one of these named bodies, the one the article named last (packs.Agent)
    antecedent: tuple[str, ...] = ()  # "the bloc": the last named actor of one of these sectors (packs.Agent, kind_nouns.yaml)
    latter: bool = False  # "ce dernier": the actor named last, not the last one who acted (Grevisse § 672)
    local: bool = False  # "the governor of Michigan", "le bourgmestre de Liège": a state's, province's or city's executive (pack local_office_words)
    territory: str | None = None  # "le préfet de la Martinique": the territory named, whose sovereign's agent this is (country)


@dataclass(frozen=True)
class Mention:
    start: int  # token index in the doc
    end: int  # exclusive
    refs: tuple[ActorRef, ...]

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


_LONGEST_APPOSITION_GAP = 3  # words between a title and its name: a comma and two adjectives


def _name_end(doc: Doc, end: int, genitives: frozenset[str]) -> int:
    """Past the rest of a proper name the parse hung elsewhere: "de Corée | du Sud"
    (with "Sud" attached to the governing noun) is still "Corée du Sud"."""
    while end < len(doc):
        if doc[end].pos_ == "PROPN":
            end += 1
        elif doc[end].lower_ in genitives and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 2
        else:
            break
    return end


def _national_apposition(doc: Doc, first: Mention, second: Mention) -> bool:
    """"Le capitaine, un ressortissant chinois,", "le colonel, un officier vénézuélien de 45 ans,",
    "the driver, a Turkish national,": an agent with no country of its own, then, after a comma
    and an indefinite article, an agent noun with a nationality, closed by a comma or the
    sentence's end: the apposition says whose national the head is (Grevisse § 341, the detached
    apposition qualifies the noun it follows). The parse often hangs such an apposition on the
    comma, so the test is on the words."""
    # (a nationality noun alone, "un Libanais de 50 ans", is found as a country only after the
    # appositions are merged, and is left to the later readings)
    if not (first.refs[0].kind == second.refs[0].kind == "agent" and len(first.refs) == len(second.refs) == 1):
        return False
    if first.refs[0].country is not None or second.refs[0].country is None or first.refs[0].plural:
        return False
    gap = tokens_in(doc, first.end, second.start)
    if len(gap) != 2 or gap[0].text != "," or "Ind" not in gap[1].morph.get("Definite"):
        return False
    if "Plur" in gap[1].morph.get("Number") or "Plur" in words_root(doc, first.start, first.end).morph.get("Number"):
        return False  # one national of one country: "Selon des responsables de l'opposition, des policiers kényans ont arrêté" lists two parties
    # the apposition closes on a comma, or ends the sentence, within its own adjectives and an
    # age ("un ressortissant chinois,", "un officier vénézuélien de 45 ans,"); a verb is another clause
    for token in tokens_in(doc, second.end, min(second.end + 5, len(doc))):
        if token.text == "," or (token.is_sent_end and token.is_punct):
            return True
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "ADP"):
            return False
    return False


def _national_of(first: Mention, second: Mention) -> Mention:
    """The head of a national apposition (_national_apposition) given the apposition's country:
    the head says what he is (sector, role), the apposition only whose national he is."""
    return Mention(first.start, second.end, (replace(first.refs[0], country=second.refs[0].country),))


def _merge_coordinated_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters", "Qatar's
    Prime Minister and Foreign Minister Sheikh Mohammed": two capitalised titles joined by
    a coordinator before one name are one person's two offices (the style of the English
    wires for a holder of two posts), not an unnamed office holder beside the named one.
    Only where the first title has no determiner of its own ("the Prime Minister and
    Foreign Minister Wang Yi" may be two people) and nothing but the coordinator stands
    between the two."""
    def joins(title: Mention, mention: Mention) -> bool:
        return (title.refs[0].kind in ("agent", "counterpart") and bool(title.refs[0].role)
                and mention.refs[0].kind == "person" and bool(mention.refs[0].role)
                and mention.start == title.end + 1 and doc[title.end].dep_ == "cc"
                and doc[title.start].is_title and doc[mention.start].is_title and _bare_title_start(doc, title.start))
    return _merge_adjacent(mentions, joins, lambda title, mention: Mention(title.start, mention.end, mention.refs))


def _merge_adjacent(mentions: list[Mention], joins: Callable[[Mention, Mention], bool],
                   combine: Callable[[Mention, Mention], Mention]) -> list[Mention]:
    """The mentions in order of their start, each that ``joins`` the one kept before it
    made one with it by ``combine`` (which may join the next in turn): coordinated
    titles, hyphened countries, a title and its name in apposition."""
    merged: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if merged and joins(merged[-1], mention):
            merged[-1] = combine(merged[-1], mention)
        else:
            merged.append(mention)
    return merged


def _bare_title_start(doc: Doc, start: int) -> bool:
    """Whether no determiner stands before a title, past its capitalised modifiers ("the
    Deputy Prime Minister" has one; "Australia's Deputy Prime Minister" has none)."""
    i = start - 1
    while i >= 0 and doc[i].is_title and doc[i].pos_ in ("PROPN", "ADJ", "NOUN"):
        i -= 1
    return i < 0 or doc[i].pos_ != "DET"


def _key(tokens: Span | Doc) -> str:
    return " ".join(t.lower_ for t in tokens)


def _past_articles(doc: Doc, i: int) -> int:
    """The position after the lower-case determiners that start at ``i`` ("de la
    Californie", "of the city of Kehl")."""
    while i < len(doc) and doc[i].pos_ == "DET" and doc[i].is_lower:
        i += 1
    return i


def pair_noun_forms(lemma: str, lower: str) -> set[str]:
    """The forms a pair or group noun is looked up by: its lemma, its lower-case form and
    that form without a plural ending (the lemmatiser reads "parties" as "parti")."""
    return {lemma, lower, lower.rstrip("sx")}


class MentionFinder:
    """Finds actor mentions with phrase matchers built once from the knowledge base and pack."""

    def __init__(self, nlp: Language, pack: LanguagePack, actors: ActorKB, countries: CountryLexicon,
                 words: DocWords | None = None):
        self.pack = pack
        self.words = words or DocWords()  # the coder's, shared with its trigger and place finders
        self.lang = pack.language
        self.countries = countries
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.country_refs: dict[str, CountryRef] = {}
        self.agent_phrases: dict[str, Agent] = {}
        regions = load_regions()
        unknown = sorted({a.region for a in pack.agents if a.region and a.region not in regions})
        if unknown:
            raise KnowledgeError(f"packs/{pack.language}/agents.yaml: regions {unknown} are not in knowledge/data/regions.yaml")
        known = {o.name for o in actors.organisations}
        unnamed = sorted({b for a in pack.agents for b in a.bodies if b not in known})
        if unnamed:
            raise KnowledgeError(f"packs/{pack.language}/agents.yaml: bodies {unnamed} are not in knowledge/data/organisations.yaml")
        self.agent_words: dict[str, Agent] = {}
        # tens of thousands of actor forms: a compiled, cached token index, not PhraseMatcher docs
        titles = frozenset(word.lower() for agent in pack.agents for word in agent.words)
        self._body_acronyms = frozenset(f for o in actors.organisations if not o.imported for f in (o.name, *(f for forms in o.aliases.values() for f in forms)) if is_acronym(f))
        rules = [rule.pattern for rule in pack.config.tokenizer_keep_together]
        self.actor_index = load_index(nlp, actors, self.lang, rules, titles, self._qualifier_word)
        self.entities = EntityView(self.actor_index, actors.entities())
        # the country phrases tokenised once, for the matcher and the capitalised names
        country_docs = [(nlp.make_doc(phrase), ref) for phrase, ref in countries.phrases(self.lang)]
        self._add_phrases("COUNTRY", country_docs, self.country_refs)
        # one-word names with an article, written with a capital, that are also common nouns
        # in lower case ("la Réunion" / "la réunion", "le Cap" / "le cap"); periphrases
        # ("the hermit kingdom", "au nord du 38e parallèle") keep any case
        self._capitalised_countries = frozenset(
            _key(doc) for doc, _ in country_docs if len(doc) <= 2 and doc[-1].text[:1].isupper())
        multiword: list[tuple[str, Agent]] = []
        for agent in pack.agents:
            for word in agent.words:
                if " " in word or "'" in word or "’" in word:
                    multiword.append((word, agent))
                else:
                    self.agent_words.setdefault(word.lower(), agent)
        # multiword agent phrases indexed by their first word: a token Matcher with
        # hundreds of patterns tries every pattern at every token (measured: it cost
        # more than all the rest of mention finding)
        self.agent_starts: dict[str, list[tuple[str, ...]]] = {}
        for phrase, agent in multiword:
            words = tuple(t.lower_ for t in nlp.make_doc(phrase))
            key = " ".join(words)
            if key in self.agent_phrases:
                continue
            self.agent_phrases[key] = agent
            self.agent_starts.setdefault(words[0], []).append(words)
        # the second words of the phrases each first word starts, where all have one: most
        # occurrences of "le" or "the" are followed by none, and no phrase is tried there
        self.agent_seconds = {first: frozenset(p[1] for p in phrases)
                              for first, phrases in self.agent_starts.items() if all(len(p) > 1 for p in phrases)}
        self.demonym_words = countries.demonym_last_words(self.lang)
        # whether a form may end a demonym, by form: asked of every word of every doc, and
        # the same forms recur (the lookup key normalised, split, looked up once each)
        self._ends_demonym: dict[str, bool] = {}
        # family names borne by one known person ("Kamikawa", "Pompeo"): the tagger
        # often misses them alone; who they are is decided on the date and in context
        borne_by_one = {name: people[0] for name, people in actors.surnames().items() if len(people) == 1 and len(name) > 3}
        self.known_surnames = frozenset(borne_by_one)
        # family names the knowledge writes first ("Wang Yi", "Lee Jae-myung"): the press
        # uses them alone after the full name
        self.family_names_first = frozenset(name for name, people in actors.surnames().items()
                                            if any(p.name.split()[0] == name for p in people))
        # the country of each such one-person family name: "the Lukashenko regime", "the
        # Trump administration" name a government by its leader
        self.surname_countries = {name: person.country for name, person in borne_by_one.items() if person.country}
        grammar = pack.grammar
        self.pair_words = frozenset(grammar.pair_names) | grammar.pair_nouns | grammar.counterpart_nouns
        self.pronoun_words = grammar.singular_pronouns | grammar.plural_pronouns
        self.possessive_words = grammar.possessive_singular | grammar.possessive_plural

    def _qualifier_word(self, word: str) -> bool:
        """Whether a word says whose a title is: a country, demonym or acronym of a
        curated body ("us", "chinese", "un")."""
        return any(self.countries.lookup(form, self.lang) is not None for form in (word, word.upper())) or self.countries.demonym(word, self.lang) is not None or word.upper() in self._body_acronyms

    def _add_phrases(self, label: str, phrases: list[tuple[Doc, object]], table: dict) -> None:
        """Add tokenised phrases to the matcher under ``label``, each key once, its value in ``table``."""
        docs = []
        for doc, value in phrases:
            key = _key(doc)
            if key and key not in table:
                table[key] = value
                docs.append(doc)
        if docs:
            self.matcher.add(label, docs)

    def _words_key(self, doc: Doc, start: int, end: int) -> str:
        """``_key(doc[start:end])`` read off the doc's word table: no Span, no Token per word."""
        return " ".join(self.words.of(doc).lower[start:end])

    # ------------------------------------------------------------------ finding

    def find(self, doc: Doc) -> list[Mention]:
        """All actor mentions of a doc, non-overlapping, in text order."""
        words = self.words.of(doc)
        mentions = self._hyphen_dyads(doc, self._phrase_mentions(doc, words))
        mentions = self._hyphenated_places(doc, mentions)
        mentions += self._adjective_dyads(doc, words, _taken(mentions))
        mentions += self._single_word_agents(doc, words, _taken(mentions))
        references = self._pairs_and_counterparts(doc, words) + _bare_pairs(doc, words, self.pack.grammar.pair_numbers)
        # a pair or counterpart replaces the plain agent reading of the same noun
        replaced = {m.start for m in references}
        mentions = [m for m in mentions if not (m.end - m.start == 1 and m.start in replaced)] + references
        owners = {i: m.refs[0].country for m in mentions if m.refs[0].kind == "organisation" and m.refs[0].country for i in range(m.start, m.end)}
        groups = {i: m.refs[0] for m in mentions if _a_movement(m.refs[0]) for i in range(m.start, m.end)}
        mentions = [self._movement_member(doc, m, groups) for m in mentions]
        mentions = [self._qualify_agent(doc, m, owners) for m in mentions]
        mentions = [self._relative_owned(doc, m, mentions) for m in mentions]
        mentions = [m for m in mentions if m.refs[0].region is None or m.refs[0].kind == "pair" or self._definite(doc, m)]
        mentions = [m for m in mentions if not m.refs[0].antecedent or self._points_back(doc, m)]
        mentions = self._leading_demonym_lists(doc, mentions)
        mentions = [self._owned_body(doc, m) for m in mentions]
        mentions = [self._body_at_seat(doc, m) for m in mentions]
        mentions = [self._office_of_another_kind(doc, m) for m in mentions]
        mentions = [self._former_holder(doc, m) for m in mentions]
        mentions = [self._future_holder(doc, m) for m in mentions]
        mentions = [self._listed_nationalities(doc, m) for m in mentions]
        mentions = [self._regional_people(doc, m) for m in mentions]
        mentions = self._absorb_modifiers(doc, mentions)
        mentions = self._group_members(doc, mentions)
        mentions = [self._party_head(doc, m, mentions) for m in mentions]
        mentions += self._unknown_names(doc, _taken(mentions))
        mentions = self._unknown_bodies(doc, mentions)
        mentions = self._defined_bodies(doc, mentions)
        mentions = self._headed_bodies(doc, mentions)
        mentions = self._apposed_bodies(doc, mentions)
        mentions += self._known_surnames(doc, words, _taken(mentions))
        mentions += self._named_before_surnames(doc, words, mentions)
        mentions = [m for m in mentions if not self._settlement_named(doc, m) and not self._names_a_sea(doc, m)]
        mentions += self._acting_regions(doc, _taken(mentions))
        mentions = [self._locally_titled(doc, m) for m in mentions]
        mentions = self._merge_appositions(doc, mentions)
        mentions = self._merge_long_titles(doc, mentions)
        mentions = _merge_coordinated_titles(doc, mentions)
        mentions = self._led_by_bodies(doc, mentions)
        mentions = self._acting_for_bodies(doc, mentions)
        mentions = self._affiliated_strangers(doc, mentions)
        mentions = self._owned_titles(doc, mentions)
        mentions = self._stand_ins(doc, words, mentions)
        mentions += self._demonym_nouns(doc, words, _taken(mentions))
        mentions += self._pronouns(doc, words, _taken(mentions))
        mentions += self._contextual_names(doc, words, mentions)
        mentions = self._settle_shared_demonyms(doc, mentions)
        mentions = self._people_of_places(doc, mentions)
        mentions = [m for m in mentions if not self._names_currency(doc, m)]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _names_currency(self, doc: Doc, mention: Mention) -> bool:
        """A country named as the owner of a currency right before it ("US dollars",
        "Hong Kong dollars"): whose money, not who acts. A verb is no currency, whatever
        its form ("Pakistan won support from China": "won" is the Korean currency too)."""
        if mention.end >= len(doc) or any(ref.kind != "country" for ref in mention.refs):
            return False
        after = doc[mention.end]
        currency = after.lower_ in self.pack.grammar.currency_nouns and after.pos_ not in ("VERB", "AUX")
        return currency and doc[mention.end - 1].head.i == after.i

    def _settle_shared_demonyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"les soldats congolais": a demonym two states share denotes the one the
        article's other mentions name most ("Brazzaville", "la RDC"), the pack's
        default where they name neither or both as often."""
        shared = {id(m): self._shared_states(doc, m) for m in mentions}
        if not any(shared.values()):
            return mentions
        named = Counter(r.country for m in mentions if not shared[id(m)] for r in m.refs if r.country)
        settled = []
        for mention in mentions:
            states = shared[id(mention)]
            if states:
                chosen = max(states, key=lambda code: named[code])  # ties: the first, the default
                beside = self._named_beside(doc, mention, mentions, shared) if self.countries.shared_name_states(
                    words_text(doc, mention.start, mention.end), self.lang) else set()
                # "la RDC et le Congo", "the DRC and Congo": a shared name beside one of its
                # states in one sentence is the other
                chosen = next((code for code in states if code not in beside), chosen) if chosen in beside else chosen
                mention = Mention(mention.start, mention.end, tuple(replace(r, country=chosen) if r.country in states else r for r in mention.refs))
            settled.append(mention)
        return settled

    def _people_of_places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"les Serbes de Bosnie", "Kosovo Serbs", "the Kurds of Syria": a people named by
        its demonym with the country it lives in is of that country (an ethnic group,
        CAMEO's ethnic codes: sector ETH), one mention with the place."""
        genitives = self.pack.grammar.genitive_markers
        ordered = sorted(mentions, key=lambda m: m.start)
        dropped: set[int] = set()
        out: dict[int, Mention] = {}
        for i, mention in enumerate(ordered):
            ref = mention.refs[0]
            if len(mention.refs) != 1 or ref.kind != "country" or not ref.plural or mention.end - mention.start != 1:
                continue
            if doc[mention.start].pos_ not in ("NOUN", "PROPN"):
                continue
            before = ordered[i - 1] if i > 0 else None
            after = ordered[i + 1] if i + 1 < len(ordered) else None
            named = self._compound_state(doc, mention, ref.country)
            if named is not None:
                out[mention.start] = Mention(mention.start - 1, mention.end, (replace(ref, country=named, sector=ref.sector or "ETH"),))
                continue  # "Kosovo Serbs": the name compounded to the demonym
            if before is not None and before.end == mention.start and _a_country(before, ref.country):
                place = before  # "Kosovo Serbs", the name found as a mention
            elif (after is not None and after.start == mention.end + 1 and doc[mention.end].lower_ in genitives
                  and _a_country(after, ref.country)):
                place = after  # "les Serbes de Bosnie", "the Serbs of Kosovo"
            else:
                continue
            country = place.refs[0].country
            out[mention.start] = Mention(min(mention.start, place.start), max(mention.end, place.end),
                                         (replace(ref, country=country, sector=ref.sector or "ETH"),))
            dropped.add(place.start)
        if not out:
            return mentions
        return [out.get(m.start, m) for m in ordered if m.start not in dropped or m.start in out]

    def _compound_state(self, doc: Doc, mention: Mention, other: str | None) -> str | None:
        """The state a country name compounded right before a demonym names ("Kosovo
        Serbs"), when it is not the demonym's own."""
        if mention.start == 0:
            return None
        word = doc[mention.start - 1]
        if word.dep_ != "compound" or word.head.i != mention.start:
            return None
        cref = self.countries.lookup(word.text, self.lang)
        if cref is None or cref.kind != "name" or len(cref.iso3) != 3 or cref.iso3 in IGO_CODES or cref.iso3 == other:
            return None
        return cref.iso3

    @staticmethod
    def _named_beside(doc: Doc, mention: Mention, mentions: list[Mention], shared: dict[int, tuple[str, ...]]) -> set[str]:
        """The states other mentions name by a name of their own ("la RDC"; not the actors
        of a state: "the M23 rebels" are Congolese) as the mention's co-party: its conjunct
        ("la RDC et le Congo") or another argument of its verb ("Le Congo a accusé la RDC";
        not "the Foreign Office said Britain would ...", a clause of its own)."""
        root = words_root(doc, mention.start, mention.end)
        beside = set()
        for other in mentions:
            if shared[id(other)] or other is mention:
                continue
            head = words_root(doc, other.start, other.end)
            conjuncts = head.dep_ == "conj" and head.head.i == root.i or root.dep_ == "conj" and root.head.i == head.i
            if conjuncts or head.head.i == root.head.i and root.head.i not in (root.i, head.i):
                beside |= {r.country for r in other.refs if r.country and r.kind == "country"}
        return beside

    def _shared_states(self, doc: Doc, mention: Mention) -> tuple[str, ...]:
        """The states of a shared demonym the mention's country comes from: a word of
        the mention or an adjective on it ("les soldats congolais")."""
        if not any(r.country for r in mention.refs):
            return ()
        named = self.countries.shared_name_states(words_text(doc, mention.start, mention.end), self.lang)  # "Congo", never "Republic of the Congo"
        if named:
            return named
        span = tokens_in(doc, mention.start, mention.end)  # the words, without a Span
        for modifier in (c for t in span for c in children_of(t) if not mention.start <= c.i < mention.end):
            # "Foreign Office spokesperson Tahir Andrabi": the shared name is the title's
            # modifier, outside the person's mention, and gave it its country
            named = self._shared_compound(doc, modifier)
            if named:
                return named
        words = [t.text for t in span] + [c.text for t in span for c in children_of(t) if c.dep_ == "amod" and not mention.start <= c.i < mention.end]
        return next((states for word in words if (states := self.countries.shared_states(word, self.lang))), ())

    def _shared_compound(self, doc: Doc, modifier: Token) -> tuple[str, ...]:
        """The states of a name two states share compounded to a noun ("Foreign Office
        spokesperson", "Foreign office officials"), the pack's default first; empty for
        any other modifier."""
        if modifier.dep_ != "compound":
            return ()
        return self.countries.shared_name_states(words_text(doc, min(w.i for w in modifier.subtree), modifier.i + 1), self.lang)

    def _contextual_names(self, doc: Doc, words: WordTable, mentions: list[Mention]) -> list[Mention]:
        """Names that mean a country only in articles about it ("le Nord")."""
        present = {r.country for m in mentions for r in m.refs if r.country}
        active: dict[str, ContextualName] = {}
        phrases: dict[tuple[str, ...], ContextualName] = {}
        for rule in self.pack.config.contextual_names:
            if present & set(rule.when_countries) and not present & set(rule.unless_countries):
                for word in rule.words:
                    if " " not in word:
                        active.setdefault(word, rule)  # the first rule that names a word decides it
                    elif word.split(" ", 1)[1] not in rule.words:  # "le Nord" is read as "Nord"
                        phrases.setdefault(tuple(word.lower().split()), rule)
        if not active and not phrases:
            return []
        taken = _taken(mentions)
        found = []
        for i, text in enumerate(words.text):
            rule = active.get(text)
            if rule is not None and i not in taken and words.pos_name[i] in ("PROPN", "NOUN"):
                found.append(Mention(i, i + 1, (ActorRef("country", text, country=rule.country, sector=rule.sector),)))
        starts: dict[str, list[int]] = {}  # where each first word of a phrase is: phrases are tried there only
        firsts = {phrase[0] for phrase in phrases}
        for i, word in enumerate(words.lower):
            if word in firsts:
                starts.setdefault(word, []).append(i)
        for phrase, rule in phrases.items():
            size = len(phrase)
            for i in starts.get(phrase[0], ()):
                span = range(i, i + size)
                if i + size <= len(words.lower) and tuple(words.lower[i : i + size]) == phrase and taken.isdisjoint(span):
                    text = " ".join(words.text[i : i + size])
                    found.append(Mention(i, i + size, (ActorRef("country", text, country=rule.country, sector=rule.sector),)))
                    taken = taken | set(span)
        return found

    def _phrase_mentions(self, doc: Doc, words: WordTable) -> list[Mention]:
        spans = []
        matches = [Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)]
        matches += [Span(doc, start, end, label="ACTOR") for start, end, _ in self.actor_index.find(words.lower)]
        for span in [*matches, *self._agent_phrase_spans(doc, words)]:
            if not self._plausible(span):
                continue
            spans.append(span)
        priority = {"ACTOR": 0, "AGENT": 1, "COUNTRY": 2}
        spans.sort(key=lambda s: (-(s.end - s.start), priority.get(s.label_.split("::")[0], 3), s.start))
        chosen: list[Span] = []
        used: set[int] = set()
        for span in spans:
            if used.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                used.update(range(span.start, span.end))
        return [m for m in (self._span_mention(s) for s in chosen) if m is not None]

    def _another_persons_name(self, span: Span, entity: object) -> bool:
        """Whether a known person's one-word name stands inside the full name of someone
        else: the tagger's person entity around it holds other name words, and none of
        them is a word of any name the knowledge gives that person ("Mullah Abdul Ghani
        Baradar" is no Ashraf Ghani, "Foreign Minister Abdullah Al-Yahya" no Abdullah
        Abdullah; "Joseph Nyuma Boakai" is Boakai, by "Joseph"). News style names a
        person in full on first reference (AP Stylebook, "second reference"): a family
        name among unknown given names is a namesake's. Titles, forms of address and
        nationalities inside the entity are not name words."""
        if not isinstance(entity, Person):
            return False
        doc = span.doc
        i = span.start
        ent = next((e for e in doc.ents if e.label_ in ("PER", "PERSON") and e.start <= i < e.end), None)
        if ent is None or len(ent) < 2:
            return False
        address = self.pack.grammar.forms_of_address
        # an abbreviation ("M.", "Gen.", an initial) tells no namesake apart: a title or a
        # shortened name word, and the French pack's courtesy titles are written so
        others = [t for t in ent if t.i != i and t.text[:1].isupper() and t.text not in address and not t.text.endswith(".")
                  and t.lower_ not in self.agent_words
                  and t.lower_ not in self.agent_starts and self.countries.lookup(t.text, self.lang) is None]
        if not others:
            return False
        known = {w.lower() for n in (entity.name, *entity.aliases, *entity.short) for w in n.replace("-", " ").split()}
        return not any(w in known for t in others for w in t.lower_.replace("-", " ").split())

    def _agent_phrase_spans(self, doc: Doc, words: WordTable) -> list[Span]:
        """Multiword agent phrases; a nationality may sit inside a title, after its
        first word: "le ministre chinois des Affaires étrangères"."""
        spans = []
        lower = words.lower
        for first, word in enumerate(lower):
            phrases = self.agent_starts.get(word)
            if phrases is None:
                continue
            following = lower[first + 1 : first + 3]  # where a phrase's second word is, with or without a nationality
            seconds = self.agent_seconds.get(word)
            if seconds is not None and seconds.isdisjoint(following):
                continue
            for phrase in phrases:
                if len(phrase) > 1 and phrase[1] not in following:
                    continue  # neither reading can match
                label = "AGENT::" + " ".join(phrase)
                for skip in (0, 1):
                    start = first + 1 + skip
                    end = start + len(phrase) - 1
                    if skip and (start > len(lower) or words.pos_name[first + 1] != "ADJ"):
                        continue
                    if end <= len(lower) and lower[start:end] == list(phrase[1:]):
                        spans.append(Span(doc, first, end, label=label))
        return spans

    @staticmethod
    def _hyphen_dyads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"le sommet Séoul-Washington", "Séoul-Pékin-Tokyo": countries joined by hyphens
        are one coordinated mention."""
        return _merge_adjacent(
            mentions,
            lambda previous, mention: (mention.start == previous.end + 1 and doc[previous.end].text in ("-", "–")
                                       and previous.refs[-1].kind == "country" and mention.refs[0].kind == "country"),
            lambda previous, mention: Mention(previous.start, mention.end, previous.refs + mention.refs))

    def _adjective_dyads(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        """"Franco-German talks", "Sino-Indian clashes", "the Israeli-Palestinian
        ceasefire", "inter-Korean talks": the parties of an event named by one
        hyphenated adjective, as one coordinated mention of their countries."""
        found = []
        forms = words.text
        i = 0
        while i < len(doc):
            if "-" not in forms[i] and not (i + 1 < len(forms) and forms[i + 1] in ("-", "–")):
                i += 1  # no hyphen in or right after the word (most words): read from the word list
                continue
            end = _hyphen_run_end(doc, i)
            if end - i > 1 or "-" in doc[i].text:
                isos = self._dyad_countries(words_text(doc, i, end))
                if not isos and "-" in doc[end - 1].text:
                    end, isos = self._dyad_ending_in_name(doc, i, end)
                if len(set(isos)) >= 2 and taken.isdisjoint(range(i, end)):
                    text = words_text(doc, i, end)
                    found.append(Mention(i, end, tuple(ActorRef("country", text, country=iso, sector="GOV") for iso in isos)))
            i = max(end, i + 1)
        return found

    def _dyad_ending_in_name(self, doc: Doc, start: int, end: int) -> tuple[int, list[str]]:
        """A hyphenated chain whose last country's name goes on past the chain
        ("Chine-Japon-Corée du Sud"): the chain with the words that complete it."""
        for extra in (1, 2):
            if end + extra <= len(doc):
                isos = self._dyad_countries(words_text(doc, start, end + extra))
                if isos:
                    return end + extra, isos
        return end, []

    def _dyad_countries(self, text: str) -> list[str]:
        """The countries a hyphenated adjective joins, in order; empty unless every
        part names one (a combining form, a demonym or a country name)."""
        grammar = self.pack.grammar
        text = text.replace("–", "-")
        named = grammar.pair_adjectives.get(text.lower())
        if named is not None:
            return list(named)
        isos = []
        for part in text.split("-"):
            ref = self.countries.lookup(part, self.lang)
            iso = grammar.combining_forms.get(part.lower()) or self.countries.demonym(part, self.lang) or (ref.iso3 if ref is not None else None)
            if not iso:
                return []
            isos.append(iso)
        return isos

    def _plausible(self, span: Span) -> bool:
        """Single-word names and metonyms must be capitalised ("Washington", not "moon");
        an organisation's short name inside a longer name is not that organisation
        ("Security Council" in "the National Security Council")."""
        label = span.label_  # decoded once: each read of Span.label_ decodes the string anew
        if label == "ACTOR" and span.start > 0 and isinstance(self.entities.get(self._words_key(span.doc, span.start, span.end)), Organisation):
            before = span.doc[span.start - 1]
            inside = span.start <= before.head.i < span.end and before.dep_ in ("compound", "amod", "flat")
            if inside and before.pos_ == "PROPN" and before.text[:1].isupper() and self.countries.lookup(before.text, self.lang) is None:
                return False
        if label == "ACTOR" and self._inside_place_name(span):
            return False  # "AU" in "PORT-AU-PRINCE" is no African Union
        if label == "ACTOR" and self._imported_phrase_of_another(span):
            return False
        if label == "ACTOR":
            key = self._words_key(span.doc, span.start, span.end)
            acronyms = self.actor_index.acronym_forms(key)
            if acronyms is not None and words_text(span.doc, span.start, span.end) not in acronyms:
                return False  # an acronym only in capitals: "Un" is no UN
            if self.actor_index.proper_only(key) and (span[0].pos_ != "PROPN" or _inside_name(span)):
                return False  # an imported one-word name only where the tagger sees a name of its own
            if len(span) == 1 and self._another_persons_name(span, self.entities.get(key)):
                return False  # "Mullah Abdul Ghani Baradar" is no Ashraf Ghani
        if label.startswith("AGENT::") and not self._cased_as_named(span, self.agent_phrases[label.split("::", 1)[1]]):
            return False  # "the house burned down" is no House
        if len(span) == 1 and label == "COUNTRY" and self._after_region_word(span.doc, span[0]):
            return False  # "Latin American leaders": a region's people, no state
        if len(span) == 1 and label in ("ACTOR", "COUNTRY"):
            token = span[0]
            return token.is_title or token.is_upper or token.text[:1].isupper() or self._written_lower(span)
        if label == "COUNTRY" and self._words_key(span.doc, span.start, span.end) in self._capitalised_countries and not any(t.text[:1].isupper() for t in span if t.pos_ not in ("DET", "ADP")):
            return False  # a name written with a capital: "la réunion des ministres" is no Réunion, nor "La réunion" opening a sentence
        return True

    def _imported_phrase_of_another(self, span: Span) -> bool:
        """Whether an imported (Phoenix) person's phrase names someone else here: the
        dictionaries key people by a title and one name ("Foreign Minister Abdullah",
        "President Mansour", "Foreign Minister Khalil"), which a longer name holds ("Kuwaiti
        Foreign Minister Abdullah Al-Yahya", "President Abd-Rabbu Mansour Hadi"). A name that
        goes on past the phrase (its last word a compound or flat part of a word after it) is
        another person's, and a nationality right before the title decides the country over
        any name ("Lebanese Foreign Minister Khalil ..."): the phrase is then no mention, and
        the title with its demonym is read as any other."""
        doc = span.doc
        entity = self.entities.get(self._words_key(doc, span.start, span.end))
        if not isinstance(entity, Person) or not entity.imported:
            return False
        last = doc[span.end - 1]
        if span.end < len(doc) and last.dep_ in ("compound", "flat", "flat:name") and last.head.i >= span.end and last.head.pos_ == "PROPN":
            return True
        if span.start > 0:
            before = doc[span.start - 1]
            iso = self.countries.demonym(before.text, self.lang) if before.text[:1].isupper() else None
            if iso and entity.country and iso != entity.country:
                return True
        return False

    def _inside_place_name(self, span: Span) -> bool:
        """Whether the span is a word inside a hyphenated name the gazetteer knows as a
        place ("Port-au-Prince", "Aix-en-Provence"): a dateline in capitals makes its
        middle word look like an acronym."""
        doc = span.doc
        first = self._run_start(doc, span.start)
        end = _hyphen_run_end(doc, first)
        if first == span.start and end <= span.end:
            return False  # not joined by a hyphen to a word outside the span
        return load_gazetteer().named_by(words_text(doc, first, end)) is not None

    def _span_mention(self, span: Span) -> Mention | None:
        key = self._words_key(span.doc, span.start, span.end)
        text = words_text(span.doc, span.start, span.end)  # Span.text, sliced from the doc's text
        label = span.label_
        if label == "ACTOR":
            return Mention(span.start, span.end, (self._entity_ref(text, self.entities[key]),))
        if label == "COUNTRY":
            cref = self.country_refs[key]
            if cref.kind == "demonym":
                return None  # demonyms qualify agents; bare demonym nouns are handled separately
            return Mention(span.start, span.end, (ActorRef("country", text, country=cref.iso3, sector=cref.sector),))
        agent = self.agent_phrases[label.split("::", 1)[1]]
        return Mention(span.start, span.end, (self._agent_ref(text, agent, span.root),))

    @staticmethod
    def _entity_ref(text: str, entity: Person | Organisation) -> ActorRef:
        if isinstance(entity, Person):
            return ActorRef("person", text, name=entity.name, country=entity.country, entity=entity)
        return ActorRef("organisation", text, name=entity.name, country=entity.country, sector=entity.sector, entity=entity)

    @staticmethod
    def _agent_ref(text: str, agent: Agent, head: Token) -> ActorRef:
        plural = morph_values(head, "Number") == ["Plur"]
        return ActorRef("agent", text, country=agent.country, sector=agent.sector, role=agent.role, plural=plural, region=agent.region,
                        unplaced=agent.unplaced, collective=agent.collective, bodies=agent.bodies, antecedent=agent.antecedent)

    def _single_word_agents(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        found = []
        for i, lower in enumerate(words.lower):
            if i in taken:
                continue
            title = self._without_former_prefix(lower) if "-" in lower else None  # "ex-président": the title's agent
            agent = self.agent_words.get(lower) or self.agent_words.get(words.lemma[i]) or (self.agent_words.get(title) if title else None)
            if agent is None or (agent.singular_only and lower not in agent.words and title not in agent.words):
                continue
            written = [w for w in agent.words if w.lower() in (lower, words.lemma[i])]
            if written and not words.text[i].isupper() and all(w.isupper() for w in written):
                continue  # an acronym only in capitals: "pm" is the afternoon, "PM Anwar" the prime minister
            spelt = [w for w in agent.words if w.lower() == lower]
            if i > 0 and spelt and all(w.isupper() for w in spelt) and doc[i - 1].text[:1].isdigit():
                continue  # "at 3 PM": a time (a digit, not a number word: "une ONG" is an NGO)
            token = doc[i]
            if words.pos_name[i] not in ("NOUN", "PROPN") and "det" not in child_deps(token):
                continue
            if self._kind_of_noun(token) or _verb_tagged_noun(token):
                continue
            if agent.owned_only and not self._owned_noun(token):
                continue
            if agent.capitalised and not self._cased_as_named(doc[i : i + 1], agent):
                continue  # the Span only for an agent that must be capitalised: most need not
            found.append(Mention(i, i + 1, (self._agent_ref(token.text, agent, token),)))
        return found

    def _written_lower(self, span: Span) -> bool:
        """Whether a one-word name is one a curated organisation lists in lower case, as
        French writes a movement's members ("aux talibans", "des houthis"): the form was
        written so on purpose, unlike an imported name that a common word may spell."""
        entity = self.entities.get(self._words_key(span.doc, span.start, span.end))
        if not isinstance(entity, Organisation) or entity.imported:
            return False
        return any(span.text in forms for forms in entity.aliases.values())

    def _cased_as_named(self, span: Span, agent: Agent) -> bool:
        """Whether a span is written as its agent requires: an agent ``capitalised`` in
        the pack ("the House", "the Centre") names a body only with capitals on its
        nouns, and not as the first words of a longer name ("the House of Lords",
        "House Speaker Mike Johnson")."""
        if not agent.capitalised:
            return True
        if not all(t.text[:1].isupper() for t in span if t.pos_ not in ("DET", "ADP")):
            return False
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is None:
            return True
        if after.pos_ == "PROPN" or after.text[:1].isupper() and after.pos_ == "NOUN":
            return False
        named_on = after.lower_ in self.pack.grammar.genitive_markers and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper()
        return not named_on

    def _owned_noun(self, token: Token) -> bool:
        """Whether a noun has an owner: a name or adjective before it ("Trump
        supporters", "Bolivian growers") or a genitive name after it ("supporters of
        Bolsonaro", "partisans de Bolsonaro")."""
        for child in children_of(token):
            if child.i < token.i and child.dep_ != "det" and (child.pos_ in ("PROPN", "ADJ") or child.text[:1].isupper()):
                return True
            if child.i > token.i and child.lower_ in self.pack.grammar.genitive_markers:
                return any(c.pos_ == "PROPN" for c in children_of(child))  # "of Bolsonaro" (spaCy English: the name under "of")
            if child.i > token.i and child.pos_ == "PROPN" and any(c.lower_ in self.pack.grammar.genitive_markers for c in children_of(child)):
                return True  # "de Bolsonaro" (UD: the marker under the name)
        return False

    def _without_former_prefix(self, word: str) -> str | None:
        """"ex-président" -> "président": the title a word writes with a former prefix
        (grammar.former_words; ``_former_holder`` makes its holder an elite), else None."""
        prefix, dash, title = word.partition("-")
        return title if dash and prefix in self.pack.grammar.former_words else None

    def _kind_of_noun(self, token: Token) -> bool:
        """A bare singular agent noun after "de" says what kind the noun above is, not
        who: "une visite d'Etat", "un coup d'Etat" (but "un sommet de dirigeants")."""
        if not token.dep_.startswith("nmod") or token.head.pos_ != "NOUN" or morph_values(token, "Number") == ["Plur"]:
            return False
        children = list(children_of(token))
        # "du gouvernement": the case word holds the article ("de le"), so the noun is not bare
        bare = not any(c.dep_ in ("det", "nmod:poss") or c.pos_ == "DET" or "Art" in morph_values(c, "PronType") for c in children)
        return bare and any(c.dep_ == "case" and c.lower_ in self.pack.grammar.genitive_markers for c in children)

    # ------------------------------------------------------- agent nationality

    def _countries_of(self, doc: Doc, mention: Mention) -> list[str]:
        """Nationalities attached to an agent: demonym adjectives (with their
        conjuncts: "américain et nord-coréen") and "de + country" dependents."""
        found: list[str] = []
        for token in tokens_in(doc, mention.start, mention.end):
            if token.pos_ == "ADJ" and not self._after_region_word(doc, token):
                iso = self._capitalised_demonym_ending(doc, token) or self.countries.demonym(token.text, self.lang)
                if iso and iso not in found:
                    found.append(iso)  # "le ministre sud-coréen des Affaires étrangères"
            for child in children_of(token):
                if child.i >= mention.start and child.i < mention.end:
                    continue
                shared = self._shared_compound(doc, child)
                if shared and shared[0] not in found:
                    found.append(shared[0])  # "Foreign office spokesperson": the default, settled by the article's counts
                    continue
                for candidate in [child, *child.conjuncts, *_compound_qualifiers(child)]:
                    if self._starts_longer_demonym(doc, candidate):
                        continue  # "Turkish" of "Turkish Cypriot leader": the phrase, read at its last word, says whose
                    iso = self._ends_longer_demonym(doc, candidate) or self._country_of_token(doc, candidate)
                    if iso in IGO_CODES and self._portfolio_body(doc, candidate, iso):
                        continue
                    if iso and iso not in found:
                        found.append(iso)
        listed = max((self._listed_demonyms(doc, mention), self._listed_genitives_after(doc, mention)), key=len)
        if len(listed) > len(found) and (not found or listed[0] == found[0]):
            return listed  # the parse hung "chinois et japonais", "de la Chine et de l'Inde" on another word
        if not found and mention.end < len(doc) and doc[mention.end].is_lower:
            # "le président zimbabwéen", "le ministre émirati": the tagger reads a rare
            # demonym as a verb, a name or an adverb, but one right after the title is whose
            iso = self.countries.demonym(doc[mention.end].text, self.lang)
            if iso:
                found.append(iso)
        if not found and mention.start >= 2 and doc[mention.start - 1].lower_ in self.pack.grammar.title_qualifiers:
            # "Thai acting Prime Minister X": the nationality qualifies the title past "acting"
            iso = self.countries.demonym(doc[mention.start - 2].text, self.lang)
            if iso:
                found.append(iso)
        return found

    def _portfolio_mention(self, doc: Doc, mention: Mention) -> bool:
        """Whether an organisation's mention is one of a title's listed portfolios
        (``_portfolio_body``), read at the noun its words qualify ("African Union Affairs")."""
        ref = mention.refs[0]
        if ref.kind != "organisation" or ref.country not in IGO_CODES:
            return False
        token = words_root(doc, mention.start, mention.end)
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head
        return self._portfolio_body(doc, token, ref.country)

    def _portfolio_noun(self, doc: Doc, token: Token) -> bool:
        """Whether a title's complement is a portfolio, the field an office covers ("des
        Affaires étrangères", "of Foreign Affairs", "des Relations internationales"): a common
        noun, naming no country or body of its own."""
        if token.pos_ not in ("NOUN", "PROPN") or not token.dep_.startswith(("nmod", "compound", "conj")):
            return False
        # English capitalises a title's words ("Foreign Affairs"): the noun with its compounds
        # ("African Union Affairs") must name nothing the lexicons know ("the Commonwealth")
        start = min((c.i for c in children_of(token) if c.dep_ == "compound" and c.i < token.i), default=token.i)
        return not any(self.countries.lookup(words_text(doc, first, token.i + 1), self.lang) is not None
                       or self.entities.get(self._words_key(doc, first, token.i + 1)) is not None for first in {start, token.i})

    def _portfolio_body(self, doc: Doc, token: Token, iso: str) -> bool:
        """Whether the organisation a title's complement names is one more portfolio of
        the office, listed with others ("ministre des Affaires étrangères, de la Coopération
        internationale et de la Francophonie", "ministre des Relations internationales et
        de la Francophonie", "Minister of Foreign Affairs and African Union Affairs", "Foreign
        Affairs and the Commonwealth"): a body coordinated with a portfolio noun names a field
        a national minister covers (the DRC, Canada, the Gambia, the UK name offices so), not
        the body the minister serves. A body in a genitive of the complement itself still says
        whose ("le commissaire aux Affaires politiques de l'Union africaine"), and a country
        is never dropped ("et de la Coopération du Mali"). The test is on a bare noun, so it
        also holds where a title word is coordinated with a body as its peer: the pack's agent
        'union' of "entre l'Union européenne et le Mercosur" is not the Mercosur's (written-4.fr):
        coordination is no possession."""
        words = [token, *token.conjuncts]
        if len(words) < 2 or not any(self._portfolio_noun(doc, w) for w in words):
            return False
        return not any(c.dep_.startswith("nmod") and self._country_of_token(doc, c) == iso for c in children_of(token))

    def _starts_longer_demonym(self, doc: Doc, token: Token) -> bool:
        """Whether the demonym adjective begins a two-word demonym with the next word
        ("Turkish Cypriot", "Greek Cypriot"): one nationality, not two listed ones."""
        return self._two_word_demonym(doc, token.i, token) is not None

    def _ends_longer_demonym(self, doc: Doc, token: Token) -> str | None:
        """The country of a two-word demonym the token ends ("chypriote turc", whose
        first word the parse hangs beside it): one nationality, not the last word's."""
        return self._two_word_demonym(doc, token.i - 1, token)

    def _two_word_demonym(self, doc: Doc, first: int, word: Token) -> str | None:
        """The country of the two words from ``first``, hung on one head, when together
        they are a demonym of another country than ``word``, one of them, alone."""
        if first < 0 or first + 1 >= len(doc):
            return None
        alone = self.countries.demonym(word.text, self.lang)  # most words are none: told before the parse is read
        if not alone or doc[first].head.i != doc[first + 1].head.i:
            return None
        phrase = self.countries.demonym(words_text(doc, first, first + 2), self.lang)
        return phrase if phrase and phrase != alone else None

    def _listed_genitives_after(self, doc: Doc, mention: Mention) -> list[str]:
        """Countries listed with their genitive markers from the first one on an agent
        ("les ministres des Affaires étrangères du Japon, de la Chine et de la Corée du
        Sud"), whether the first is inside the mention or right after it."""
        genitives = self.pack.grammar.genitive_markers
        lower = self.words.of(doc).lower
        starts = [i - 1 for i in range(mention.start + 1, mention.end) if lower[i] in genitives] + [mention.end - 1]
        # a list starts with a genitive marker right after its noun: most agents have none
        # after their last word, told from the forms before a Token is built for it
        listed = [self._listed_genitive_countries(doc, doc[i]) for i in starts if i + 1 < len(lower) and lower[i + 1] in genitives]
        best = max(listed, key=len, default=[])
        return best if len(best) > 1 else []

    def _listed_demonyms(self, doc: Doc, mention: Mention) -> list[str]:
        """Demonyms listed right after an agent, read from the words in order ("les
        ministres des Affaires étrangères sud-coréen, chinois et japonais", "des
        dirigeants sud-coréen, chinois et japonais"): one country each."""
        i = mention.end - 1 if self.countries.demonym(doc[mention.end - 1].text, self.lang) else mention.end
        isos: list[str] = []
        while i < len(doc):
            if isos and (doc[i].text == "," or doc[i].pos_ == "CCONJ"):
                i += 1
            iso = self.countries.demonym(doc[i].text, self.lang) if i < len(doc) and doc[i].is_lower else None
            if iso is None:
                break
            pair = self.countries.demonym(words_text(doc, i, i + 2), self.lang) if i + 1 < len(doc) and doc[i + 1].is_lower else None
            if pair:
                iso, i = pair, i + 1  # "chypriote turc": one nationality of two words
            if iso not in isos:
                isos.append(iso)
            i += 1
        return isos if len(isos) > 1 else []

    @staticmethod
    def _owner_countries(doc: Doc, mention: Mention, owners: dict[int, str]) -> list[str]:
        """The country of an institution that owns a title: "Chinese Foreign Ministry
        spokesperson", "the Unification Ministry official"."""
        for token in tokens_in(doc, mention.start, mention.end):
            for child in children_of(token):
                if child.dep_ in ("compound", "nmod:poss") and child.i in owners and not mention.start <= child.i < mention.end:
                    return [owners[child.i]]
        return []

    def _may_end_demonym(self, *forms: str) -> bool:
        known = self._ends_demonym
        for form in forms:
            ends = known.get(form)
            if ends is None:
                if len(known) >= 1 << 16:
                    known.clear()  # a long run's vocabulary: kept no larger than normalise's cache
                ends = known[form] = normalise(form).rsplit(" ", 1)[-1] in self.demonym_words
            if ends:
                return True
        return False

    def _demonym_of(self, doc: Doc, token: Token) -> str | None:
        """The country of a demonym, one word ("américain") or a phrase ending at the
        token ("North Korean", "S. Korean")."""
        if not self._may_end_demonym(token.text, token.lemma_) or self._after_cause_prefix(doc, token):
            return None
        if self._after_region_word(doc, token) or self._after_ethnicity_marker(doc, token):
            return None
        for start in range(token.left_edge.i, token.i):
            # the longest phrase ending at the token: "North Korean", and "Cook Islanders"
            # after the preposition its left edge holds ("hundreds of Cook Islanders")
            iso = self.countries.demonym(words_text(doc, start, token.i + 1), self.lang)
            if iso:
                return iso
        iso = self._capitalised_demonym_ending(doc, token)
        if iso:
            return iso
        return self.countries.demonym(token.text, self.lang) or self.countries.demonym(token.lemma_, self.lang)

    def _after_ethnicity_marker(self, doc: Doc, token: Token) -> bool:
        """A demonym qualifying a noun right after an ethnicity marker ("two ethnic Serb
        men", "three ethnic Albanian protesters", pack key ``ethnicity_markers``) says the
        people's origin, not their state: it gives the noun no country, and the people are
        of the place they are in, as any bare noun. A demonym heading its own phrase
        ("ethnic Serbs") and the ethnic groups agents.yaml names ("ethnic Kurds") stay."""
        markers = self.pack.grammar.ethnicity_markers
        if not markers or token.i == 0 or doc[token.i - 1].lower_ not in markers:
            return False
        if token.head.lemma_.lower() in self.pack.grammar.ethnicity_armed_heads or token.head.lower_ in self.pack.grammar.ethnicity_armed_heads:
            return False  # "Ethnic Armenian forces": armed men fight for their side (pack key ethnicity_armed_heads)
        return token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")

    def _capitalised_demonym_ending(self, doc: Doc, token: Token) -> str | None:
        """The country of a demonym of capitalised words ending at the token whose words
        the parse hangs apart ("Papua New Guinean", "the Central African government":
        "Papua" and "Central" on the noun, not on the last word), which the last word
        alone would give another country ("Guinean", "African")."""
        start = self._capitalised_run_start(doc, token, 3, crosses_joiners=False)
        return self._longest_capitalised_phrase(doc, start, token, lambda phrase: self.countries.demonym(phrase, self.lang))

    def _capitalised_name_ending(self, doc: Doc, token: Token) -> CountryRef | None:
        """The country of the longest name of capitalised words ending at the token, whose
        words the parse hangs apart ("the Papua New Guinea government": "Papua" on the
        noun, "New" on "Guinea"), which its last words alone would give another country
        ("Guinea"); the longest name wins. Only words a name can hold are crossed: a
        capitalised word, or one of the pack's name_joiners between two ("Trinidad and
        Tobago"), or a hyphen."""
        start = self._capitalised_run_start(doc, token, self.countries.longest_words(self.lang), crosses_joiners=True)
        return self._longest_capitalised_phrase(doc, start, token, lambda phrase: self.countries.lookup(phrase, self.lang))

    def _capitalised_run_start(self, doc: Doc, token: Token, reach: int, crosses_joiners: bool) -> int:
        """The first word of the run of capitalised words, at most ``reach`` of them, that ends
        before the token; a run that ``crosses_joiners`` also holds abbreviations ("St.") and a
        hyphen or a name joiner ("and", "of") after a capitalised word."""
        start = token.i
        for i in range(token.i - 1, max(token.i - reach, 0) - 1, -1):
            word = doc[i]
            if word.text[:1].isupper() and (word.is_alpha or (crosses_joiners and word.text.endswith("."))):
                start = i
            elif not (crosses_joiners and (word.text == "-" or word.lower_ in self.pack.grammar.name_joiners)
                      and i > 0 and doc[i - 1].text[:1].isupper()):
                break
        return start

    @staticmethod
    def _longest_capitalised_phrase(doc: Doc, start: int, token: Token, lookup: Callable[[str], _Found | None]) -> _Found | None:
        """What ``lookup`` finds for the longest phrase from a capitalised word at or after
        ``start`` to the token."""
        for first in range(start, token.i):
            if doc[first].text[:1].isupper():
                found = lookup(words_text(doc, first, token.i + 1))
                if found:
                    return found
        return None

    def _after_region_word(self, doc: Doc, token: Token) -> bool:
        """"Latin American", "Central American": a demonym after a region word (the pack's
        region_qualifiers) that makes no demonym with it names a region, not a state."""
        if token.i == 0 or doc[token.i - 1].lower_ not in self.pack.grammar.region_qualifiers:
            return False
        if self.countries.demonym(token.text, self.lang) is None:
            return False  # "South Africa", "South Sudan's": a name, read whole elsewhere
        phrase = words_text(doc, token.i - 1, token.i + 1)
        return self.countries.demonym(phrase, self.lang) is None and self.countries.lookup(phrase, self.lang) is None

    def _after_cause_prefix(self, doc: Doc, token: Token) -> bool:
        """"pro-Palestinian", "anti-American": the demonym names a cause, not a nationality."""
        prefixes = self.pack.grammar.cause_prefixes
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in prefixes:
            return True
        head, _, rest = token.lower_.partition("-")
        return bool(rest) and head in prefixes

    def _organisation_before(self, doc: Doc, token: Token) -> str | None:
        """The country code of an organisation named before a title ("ASEAN foreign
        ministers", "AU mediators"): the body they speak for (IGO, UNO, EUR, NAT...)."""
        owner = self.entities.get(self._words_key(doc, token.left_edge.i, token.i + 1)) or self.entities.get(token.lower_)
        return owner.country if isinstance(owner, Organisation) and owner.country else None

    def _country_of_token(self, doc: Doc, token: Token) -> str | None:
        if self._after_region_word(doc, token):
            return None  # "the Central American University", whatever the tagger calls "American"
        if token.pos_ == "ADJ" or token.dep_ == "amod":
            iso = self._demonym_of(doc, token)
            if iso is None and token.text.isupper() and token.i < token.head.i:
                iso = self._organisation_before(doc, token)  # "ECOWAS leaders": an acronym the tagger read as an adjective
            if iso is not None or not token.dep_.startswith("nmod"):
                return iso
            # "the government of Guinea-Bissau": a hyphenated name the tagger reads as an
            # adjective, hung as a genitive: read as the name it is, below
        if token.dep_ == "conj" and token.pos_ == "NOUN" and any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in children_of(token.head)):
            # "la diplomatie marocaine, espagnole et portugaise": a listed demonym the
            # tagger read as a noun is still an adjective of the list
            return self._demonym_of(doc, token)
        if token.dep_ == "conj" and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())):
            # ("de l'Argentine" is tagged a common noun: a capital letter mid-sentence says a name)
            # "the foreign ministers of Japan and South Korea", "du Japon et de la Corée du
            # Sud": the second country, without its own "and/de la"
            words = [t for t in doc[token.left_edge.i : token.right_edge.i + 1] if t.dep_ not in ("cc", "case", "det", "punct")]
            named = self._country_named_at(doc, words[0].i, token.right_edge.i + 1) if words else None
            return named[0] if named else None
        if token.dep_ == "compound" and token.pos_ == "PROPN":
            # "his U.S. counterpart", "the Seoul court": a country name qualifying a noun
            phrase = words_text(doc, token.left_edge.i, token.i + 1)
            cref = (self._capitalised_name_ending(doc, token) or self.countries.lookup(phrase, self.lang)
                    or self.countries.lookup(token.text, self.lang))
            if cref is not None and cref.kind == "demonym":
                # "the Papua New Guinean army": the whole demonym, not its last word's country
                return self._capitalised_demonym_ending(doc, token) or cref.iso3
            return cref.iso3 if cref is not None else self._organisation_before(doc, token) or self._leader_named(doc, token)
        if token.dep_ == "nmod" and token.pos_ == "PROPN" and token.i < token.head.i and not any(c.dep_ == "case" for c in token.children):
            # "U.S. and Chinese negotiators": the parse hangs a country's name before a noun
            # as nmod when a demonym is coordinated with it; a capital there ("the Geneva
            # talks") is a venue, so only the country's own name says whose
            cref = self.countries.lookup(words_text(doc, token.left_edge.i, token.i + 1), self.lang) or self.countries.lookup(token.text, self.lang)
            if cref is not None and cref.kind == "name":
                return cref.iso3
            return self._organisation_before(doc, token)
        if token.dep_.startswith("nmod") and "case" in child_deps(token):
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1  # the parse may hang "Abe" off elsewhere: take the whole name
            # "l'ambassadeur du Japon", "le chef de mission de l'ambassade de Corée du Sud au
            # Japon": the nationality is a genitive, not a place ("au Japon"); nor is a body
            # one is sent or accredited to ("Nigeria's delegation to the UN", "la délégation
            # kényane à l'ONU" are Nigeria's and Kenya's, not the UN's)
            grammar = self.pack.grammar
            genitives = grammar.genitive_markers
            genitive = any(c.dep_ == "case" and c.lower_ in genitives for c in children_of(token))
            # "delegations from Hamas and Israel": the sender of a representative (actorfix23's markers)
            sent = token.head.lower_ in grammar.representative_words and any(
                c.dep_ == "case" and c.lower_ in grammar.representative_markers for c in children_of(token))
            owner = self.entities.get(self._words_key(doc, token.i, end)) or self.entities.get(token.lower_) if genitive or sent else None
            if owner is not None and owner.country:
                return owner.country  # "le gouvernement de Shinzo Abe"
            if not genitive:
                return None  # "un responsable à cinq ans de prison ... au profit de la Corée du Nord": not whose
            if any(c.dep_ == "case" and c.lower_ in genitives and c.i > token.i for c in children_of(token)):
                # "Japan's foreign minister": the marker follows the country
                cref = self.countries.lookup(words_text(doc, token.left_edge.i, token.i + 1), self.lang)
                if cref is not None and cref.kind != "demonym":
                    return cref.iso3
            span = doc[token.left_edge.i : _name_end(doc, token.right_edge.i + 1, genitives)]
            # the longest name wins: one whose last words the parse hung elsewhere ("le
            # gouvernement des Émirats arabes | unis", "unis" on the noun) is read whole
            sentence_end = token.sent.end
            reach = self.countries.longest_words(self.lang) + 2
            for start in range(span.start, span.end):
                if start == 0 or doc[start - 1].lower_ not in genitives and doc[start].lower_ not in genitives:
                    continue
                named = self._country_named_at(doc, start, max(span.end, min(sentence_end, start + reach)))
                if named:
                    return named[0]
            return None
        return None

    def _leader_named(self, doc: Doc, token: Token) -> str | None:
        """The country of a known person whose name qualifies a government noun: "the
        Lukashenko regime", "the Trump administration", "the Ortega-Murillo regime" (the
        first of a hyphenated pair), "the Netanyahu government" are that leader's state."""
        if token.head.lemma_.lower() not in self.pack.grammar.leader_governments:
            return None
        names = [t for t in doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN"]
        whole = self.entities.get(self._words_key(doc, names[0].i, names[-1].i + 1)) if names else None
        if isinstance(whole, Person) and whole.country:
            return whole.country
        for name in names:
            if name.text in self.surname_countries:
                return self.surname_countries[name.text]
        return None

    def _movement_member(self, doc: Doc, mention: Mention, groups: dict[int, ActorRef]) -> Mention:
        """"Hamas leaders", "les dirigeants du Hamas", "Houthi officials": the leaders,
        officials, fighters or negotiators of a movement, party or armed group named as
        their owner are that group, with no person's name (not the head of state of the
        group's country). A state body's or an IGO's agents keep their own reading."""
        ref = mention.refs[0]
        if len(mention.refs) != 1 or ref.kind != "agent" or ref.sector not in MEMBER_SECTORS or ref.country is not None:
            return mention
        for token in tokens_in(doc, mention.start, mention.end):
            for child in children_of(token):
                if mention.start <= child.i < mention.end or child.dep_ not in ("compound", "nmod", "nmod:poss", "amod"):
                    continue
                if child.dep_ == "nmod" and not self._owned_by(child):
                    continue  # "opposent l'armée congolaise au M23": the army fights the group, it is not its own
                group = groups.get(child.i)
                if group is not None:
                    return Mention(mention.start, mention.end, (replace(group, text=ref.text),))
        return mention

    def _force_complement_countries(self, doc: Doc, mention: Mention) -> list[str]:
        """An armed force named by what it defends or serves, whose nationality the parse
        hangs on that complement: "les Forces de défense kényanes" (the adjective agrees
        with "Forces", the parse puts it under "défense"), "les Forces de défense et de
        sécurité nigériennes", "les Forces de défense du peuple ougandais", "l'armée de
        l'air israélienne". A demonym adjective on the force noun's genitive complement,
        or on that complement's own genitive complement, is the force's country; other
        prepositions name whom it fights ("opposent l'armée congolaise au M23"). Armed
        forces only (sector MIL): a body's complement may name another's people."""
        ref = mention.refs[0]
        if ref.sector != "MIL" or ref.country is not None:
            return []
        head = words_root(doc, mention.start, mention.end)
        frontier = [c for c in children_of(head) if c.dep_.startswith("nmod") and c.i > head.i and not mention.covers(c.i) and self._owned_by(c)]
        for _depth in range(2):
            deeper: list[Token] = []
            for noun in frontier:
                if noun.pos_ == "PROPN":
                    continue  # a name is read by _countries_of ("les forces du Kenya")
                for child in [noun, *noun.conjuncts]:
                    for c in children_of(child):
                        if c.dep_ == "amod" and c.i > child.i:
                            iso = self._demonym_of(doc, c)
                            if iso:
                                return [iso]
                        elif c.dep_.startswith("nmod") and c.i > child.i and self._owned_by(c):
                            deeper.append(c)
            frontier = deeper
        return []

    def _owned_by(self, owner: Token) -> bool:
        """Whether a noun modifier names its head's owner: a genitive marker or none
        ("les dirigeants du Hamas", "Hamas' leaders"), not another preposition ("au M23")."""
        cases = [c.lower_ for c in children_of(owner) if c.dep_ == "case"]
        return not cases or any(case in self.pack.grammar.genitive_markers for case in cases)

    def _qualify_agent(self, doc: Doc, mention: Mention, owners: dict[int, str]) -> Mention:
        ref = mention.refs[0]
        if ref.kind != "agent":
            return mention
        local, territory = self._local_office_country(doc, mention)
        if local is not None:
            # "the governor of Michigan", "le maire de Kehl": the place's country, no state office;
            # "le préfet de la Martinique": the sovereign's own agent (not local), the territory
            # still named by it
            return Mention(mention.start, mention.end, (replace(ref, country=local, role=None, local=territory is None, territory=territory),))
        if self._bare_local_office(doc, mention):
            # "le maire", "the governor" with no place named: a city's or region's executive,
            # a body below its state's government, whatever country it is given
            ref = replace(ref, local=True)
            mention = Mention(mention.start, mention.end, (ref,))
        countries = self._countries_of(doc, mention) or self._owner_countries(doc, mention, owners) or self._force_complement_countries(doc, mention)
        if not countries:
            head = words_root(doc, mention.start, mention.end)
            if any(c.dep_ == "det" and c.lower_ in self.pack.grammar.demonstratives for c in children_of(head)):
                # "ce haut dignitaire" refers back to someone already named
                return Mention(mention.start, mention.end, (replace(ref, kind="pronoun", plural=ref.plural),))
            owner = next((c for c in children_of(head) if c.lower_ in self.possessive_words and c.dep_ in ("det", "nmod:poss")), None)
            if owner is not None:
                return Mention(mention.start, mention.end, (replace(ref, possessed=True, owners=owner.lower_ in self.pack.grammar.possessive_plural),))
            return mention
        refs = tuple(replace(ref, country=iso) for iso in countries)
        return Mention(mention.start, mention.end, refs)

    def _bare_local_office(self, doc: Doc, mention: Mention) -> bool:
        """Whether an agent is a title of ``bare_local_office_words`` ("the mayor", "le maire",
        "la gouverneure"), its last words the title: a local executive even with no place named."""
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.pos_ != "DET"]
        bare = self.pack.grammar.bare_local_office_words
        return bool(words) and any(" ".join(words[k:]) in bare for k in range(len(words)))

    def _acting_regions(self, doc: Doc, taken: set[int]) -> list[Mention]:
        """A state's province or region named as the doer or the addressee of a verb ("Quebec
        urged Ottawa", "La Catalogne a accusé Madrid", "a demandé à Québec de"): its government,
        a body a level below its state's (``local``), so that "Quebec" and "Ottawa" are two
        parties of Canada (GUIDELINES codes events between distinct bodies of a state). Only a
        first-level subdivision the gazetteer knows in one country only (admin), written with
        a capital, that no other mention covers, as a clause's subject (not passive) or French 'à'
        argument; a place of a locative phrase or a direct object stays a place."""
        found = []
        gazetteer = load_gazetteer()
        for token in doc:
            if token.i in taken or not token.text[:1].isupper() or token.pos_ != "PROPN":
                continue
            if token.dep_ not in _REGION_ACTOR_DEPS or token.head.pos_ not in ("VERB", "AUX"):
                continue
            start = token.i
            while start > 0 and doc[start - 1].dep_ in ("compound", "flat", "flat:name") and doc[start - 1].head.i == token.i and doc[start - 1].text[:1].isupper():
                start -= 1
            end = token.i + 1
            while end < len(doc) and doc[end].head.i == token.i and doc[end].dep_ in ("flat", "flat:name") and doc[end].text[:1].isupper():
                end += 1
            if any(i in taken for i in range(start, end)):
                continue
            if start > 0 and (doc[start - 1].text in ("-", "–") or doc[start - 1].pos_ == "PROPN") or end < len(doc) and doc[end].text in ("-", "–"):
                continue  # part of a longer name: "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah" is no Sabah
            if token.dep_ == "obl:arg" and not any(c.dep_ == "case" and c.lower_ in self.pack.grammar.region_addressee_markers for c in children_of(token)):
                continue
            text = words_text(doc, start, end)
            if self.countries.lookup(text, self.lang) is not None:
                continue  # a country or its capital: read as the state already
            places = [p for p in gazetteer.candidates(text) if p.country]
            if any(p.kind == "city" and p.population >= _MEGACITY for p in places):
                continue  # "Istanbul talks end": a megacity's name is the city, its venue (Québec, a province's seat, stays its province)
            regions = {p.country for p in places if p.kind == "admin"}
            if len(regions) != 1 or any(p.kind == "admin" and p.country not in regions for p in places):
                continue
            found.append(Mention(start, end, (ActorRef("country", text, country=regions.pop(), sector="GOV", local=True),)))
        return found

    def _locally_titled(self, doc: Doc, mention: Mention) -> Mention:
        """A person named after a local executive's title ("Governor JB Pritzker", "la gouverneure
        Kathy Hochul", "Ontario Premier Doug Ford", "Borno State Governor Babagana Zulum") is a
        local body, a level below his state's government (``local``): a title of
        ``bare_local_office_words`` alone, any title of ``local_office_words`` ("premier",
        "chief minister") only after the name of a region the gazetteer knows in one country,
        whose country he is of when the knowledge gives him none."""
        ref = mention.refs[0]
        if len(mention.refs) != 1 or ref.kind not in ("person", "surname") or ref.local:
            return mention
        grammar = self.pack.grammar
        for width in (2, 1):
            start = mention.start - width
            if start < 0:
                continue
            title = " ".join(t.lower_ for t in doc[start : mention.start])
            if title not in grammar.local_office_words and title not in grammar.bare_local_office_words:
                continue
            end = start
            if end > 0 and doc[end - 1].lower_ in grammar.local_unit_nouns:
                end -= 1  # "Borno State Governor"
            first = end
            while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ == "PROPN":
                first -= 1
            country = None
            if first < end:
                places = [p for p in load_gazetteer().candidates(words_text(doc, first, end)) if p.country and p.kind == "admin"]
                if len({p.country for p in places}) == 1 and self.countries.lookup(words_text(doc, first, end), self.lang) is None:
                    country = places[0].country
            if country is None and title not in grammar.bare_local_office_words:
                return mention
            return Mention(mention.start, mention.end, (replace(ref, local=True, country=ref.country or country),))
        return mention

    def _local_office_country(self, doc: Doc, mention: Mention) -> tuple[str | None, str | None]:
        """The country of the state, province or city whose executive a title names
        ("the governor of Michigan", "la gouverneure du Michigan", "le Premier ministre de
        l'Ontario", "the chief minister of Sindh"): a title of ``local_office_words``
        followed by a genitive marker, an article perhaps, and a capitalised name that is no
        country but a place the gazetteer knows, of one country (its regions of that name
        first, else its towns). None for anything else (a country's name
        after the title is read as before: "le Premier ministre du Canada"). The
        representative of a central state in a territory it governs from afar (pack
        ``state_agent_words``: "le préfet de la Martinique", "la préfecture de Mayotte") is
        of that state (``sovereign_of``). The second value: such a territory, else None."""
        grammar = self.pack.grammar
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.pos_ != "DET"]
        before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if not words:
            return None, None
        i = mention.end
        if i + 1 < len(doc) and doc[i].text == "-" and f"{words[-1]}-{doc[i + 1].lower_}" in grammar.local_office_words:
            # "le ministre-président de Bavière": the tokenizer splits the hyphenated title and
            # the agent is its first half
            words, i = [*words[:-1], f"{words[-1]}-{doc[i + 1].lower_}"], i + 2
        # "the chief minister of Sindh": the tagger's agent may be the title's last word only
        titles = (" ".join(words), " ".join([before, *words]))
        # "le préfet de la Martinique", "la préfecture de Mayotte": the central state's
        # representative in a territory it governs from afar is that state's (sovereign_of)
        agent_of_state = titles[0] in grammar.state_agent_words
        local = any(t in grammar.local_office_words for t in titles)
        # "le président de la région Bretagne": a president is local only through a unit
        unit_office = not (agent_of_state or local) and titles[0] in grammar.unit_office_words
        if not (agent_of_state or local or unit_office):
            return None, None
        if i >= len(doc) or doc[i].lower_ not in grammar.genitive_markers or doc[i].lower_ in ("'s", "'"):
            return None, None
        i = _past_articles(doc, i + 1)  # "de la Californie", "de l'Ontario"
        unit = doc[i].lower_ in grammar.local_unit_nouns or doc[i].is_lower and doc[i].lower_ in grammar.settlement_nouns if i < len(doc) else False
        council = i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in grammar.local_council_words
        if council:
            # "du conseil régional d'Occitanie", "du conseil exécutif de Corse"
            i, unit = i + 1, True
        if unit_office and not unit:
            return None, None
        if i + 1 < len(doc) and unit and doc[i + 1].lower_ in grammar.genitive_markers:
            # "le gouverneur de la région de l'Extrême-Nord", "the mayor of the city of Kehl",
            # "the premier of the state of Bavaria", "du Land de Bavière"
            i = _past_articles(doc, i + 2)
        elif unit_office and not council and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            # "la région Grand Est", "la province Nord": the unit's name in apposition
            i += 1
        elif unit_office:
            return None, None
        end = i
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        if end == i:
            return None, None
        for stop in range(end, i, -1):  # "of Kano State": the longest run the lexicons know
            text = words_text(doc, i, stop)
            named = self.countries.lookup(text, self.lang)
            if named is not None:
                # a country's (or a demonym's) title: read by _countries_of; but the prefect
                # of a territory governed from afar is its sovereign's
                if agent_of_state and named.iso3 in grammar.sovereign_of:
                    return grammar.sovereign_of[named.iso3], named.iso3
                return None, None
            places = [p for p in load_gazetteer().candidates(text) if p.country]
            if not places:
                continue
            # a state's or province's name first (an admin unit: "Ontario" is the province
            # before the Californian town); a name several states give a region ("Nord-Ouest":
            # Cameroon, Haiti, South Africa...) says no country: the article's, as before
            regions = [p for p in places if p.kind == "admin"] or places
            countries = {p.country for p in regions}
            if len(countries) != 1:
                return None, None
            country = countries.pop()
            if agent_of_state and country in grammar.sovereign_of:
                return grammar.sovereign_of[country], country
            return (country if local or unit_office else None), None
        return None, None

    def _relative_owned(self, doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
        """An agent that a genitive relative pronoun qualifies is its antecedent's: in
        "le Rwanda, dont l'armée soutient le M23" the army is Rwanda's ("dont" as the
        complement of a noun, Grevisse § 722). The antecedent is the country or
        organisation named right before the pronoun, a comma between."""
        ref = mention.refs[0]
        if ref.kind != "agent" or ref.country or len(mention.refs) > 1:
            return mention
        head = words_root(doc, mention.start, mention.end)
        relative = next((c for c in children_of(head) if c.lower_ in self.pack.grammar.owner_relatives and c.i < mention.start), None)
        if relative is None:
            return mention
        before = relative.i - 1
        while before >= 0 and doc[before].is_punct:
            before -= 1
        antecedent = next(
            (m for m in mentions if m.end - 1 == before and m.refs[0].kind in ("country", "organisation") and m.refs[0].country), None
        )
        if antecedent is None:
            return mention
        return Mention(mention.start, mention.end, (replace(ref, country=antecedent.refs[0].country),))

    def _points_back(self, doc: Doc, mention: Mention) -> bool:
        """Whether a noun of a kind of actor ("bloc", "mouvement") points back to one the
        article named: singular, definite or demonstrative ("the bloc", "ce mouvement"),
        no owner of another's ("the bloc's envoy"), and saying nothing of whom it is ("the group of seven", "a bloc", "the groups",
        "le groupe de contact" name others, or many)."""
        head = words_root(doc, mention.start, mention.end)
        if mention.refs[0].plural or not self._definite(doc, mention):
            return False
        if head.dep_ in ("poss", "nmod:poss") or any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in children_of(head)):
            # "the bloc's summit", "the bloc's foreign policy chief": whose, not who acts
            return False
        if any(c.dep_ in ("nmod", "prep", "appos", "compound", "flat", "flat:name") or c.pos_ == "PROPN" for c in children_of(head)):
            return False  # "the group of seven", "l'alliance Opep+": the phrase names its own
        # a capital inside the sentence before a preposition or a name is a name's first
        # word ("l'Organisation pour l'interdiction des armes chimiques"), not "l'Alliance a dit"
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        named = head.text[:1].isupper() and not head.is_sent_start and after is not None and after.pos_ in ("ADP", "PROPN")
        return not named

    def _definite(self, doc: Doc, mention: Mention) -> bool:
        """Whether a description of a country by its region is definite or demonstrative
        ("the Gulf state", "ce pays sahélien"): only then is it one the article named;
        "a Gulf state", "d'autres pays du Golfe" are others."""
        head = words_root(doc, mention.start, mention.end)
        if mention.refs[0].role is not None:
            # a ruler's title ("His Majesty", "Emir Tamim", "the Sultan") names the one
            # holder of the office, unless indefinite ("an emir")
            return not any(c.dep_ == "det" and morph_values(c, "Definite") == ["Ind"] for c in head.children)
        return any(c.dep_ == "det" and (morph_values(c, "Definite") == ["Def"] or c.lower_ in self.pack.grammar.demonstratives)
                   for c in children_of(head))

    def _listed_nationalities(self, doc: Doc, mention: Mention) -> Mention:
        """"la diplomatie sud-coréenne, américaine et japonaise": a national institution
        whose demonym is coordinated with others stands for that institution of each
        country (GUIDELINES, lists of nationality adjectives)."""
        ref = mention.refs[0]
        if ref.kind != "organisation" or ref.country is None or len(mention.refs) > 1:
            return mention
        countries = self._countries_of(doc, mention)
        if len(countries) < 2 or ref.country not in countries:
            return mention
        others = tuple(
            ActorRef("agent", ref.text, country=iso, sector=ref.sector) for iso in countries if iso != ref.country
        )
        return Mention(mention.start, mention.end, (ref, *others))

    def _absorb_modifiers(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A country that only qualifies an agent ("l'ambassadeur du Japon") is
        part of that agent, not an actor of its own."""
        agent_tokens = {i for m in mentions if m.refs[0].kind == "agent" for i in range(m.start, m.end)}
        mentioned = {i for m in mentions for i in range(m.start, m.end)}
        kept = []
        for mention in mentions:
            if mention.refs[0].kind == "country":
                head = words_root(doc, mention.start, mention.end)
                governor = head.head
                if head.dep_ == "compound" and governor.i not in range(mention.start, mention.end):
                    if governor.i in agent_tokens:
                        continue  # "the U.S. president": the country qualifies the agent
                    if governor.pos_ == "PROPN" and governor.i not in mentioned:
                        continue  # "the Washington Declaration", "Seoul Central District Court": part of a name
                chain = [governor, *governor.conjuncts] if head.dep_ == "conj" else [governor]
                if head.dep_.startswith(("nmod", "conj")) and any(g.i in agent_tokens for g in chain) and head.i not in agent_tokens:
                    if any(c.dep_ == "case" and c.lower_ in self.pack.grammar.genitive_markers for c in children_of(head)) or head.dep_ == "conj":
                        continue
            kept.append(mention)
        return kept

    def _group_members(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"JNIM fighters", "CODECO militiamen", "les combattants du JNIM", "fighters of
        al-Shabaab": armed men named by the armed body they belong to are that body
        acting (as "les rebelles du M23" is the M23), so the event names it."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        merged: dict[int, Mention] = {}  # id of a replaced mention -> the merged one
        for body in mentions:
            member = self._member_noun(doc, body, by_token)
            if member is None or id(member) in merged or id(body) in merged:
                continue
            start, end = min(body.start, member.start), max(body.end, member.end)
            joined = Mention(start, end, (replace(body.refs[0], text=words_text(doc, start, end)),))
            merged[id(body)] = merged[id(member)] = joined
        if not merged:
            return mentions
        kept: list[Mention] = []
        for mention in mentions:
            replacement = merged.get(id(mention), mention)
            if not any(replacement is k for k in kept):
                kept.append(replacement)
        return kept

    def _member_noun(self, doc: Doc, body: Mention, by_token: dict[int, Mention]) -> Mention | None:
        """The agent noun of armed men that an armed body's name qualifies, right before
        it ("JNIM fighters") or after it as a genitive ("les miliciens de la CODECO")."""
        ref = body.refs[0]
        if len(body.refs) != 1 or ref.kind != "organisation" or ref.sector not in ARMED_MEMBER_SECTORS:
            return None
        head = words_root(doc, body.start, body.end)
        governor = head.head
        genitives = self.pack.grammar.genitive_markers
        if head.dep_ == "pobj" and governor.lower_ in genitives:
            governor = governor.head  # "fighters of al-Shabaab": the name under "of"
        elif head.dep_.startswith("nmod") and not any(c.dep_ == "case" and c.lower_ in genitives for c in children_of(head)):
            return None
        elif not head.dep_.startswith(("nmod", "compound")):
            return None
        member = by_token.get(governor.i)
        if member is None or member is body or len(member.refs) != 1:
            return None
        noun = member.refs[0]
        if noun.kind != "agent" or noun.sector not in ARMED_MEMBER_SECTORS or noun.role:
            return None
        return member

    # ------------------------------------------------------------ names

    def _unknown_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Organisations the knowledge base does not know whose name ends on the country
        they belong to ("the Christian Association of Nigeria", "the Medical Association
        of Malawi"): the tagger's ORG entity, of that country, in place of the country
        its name ends on. Bodies whose words name an agent ("the University of Nairobi",
        "the Catholic Bishops' Conference of the Philippines") are read as agents before."""
        kept = list(mentions)
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3:
                continue
            inside = [m for m in kept if m.start < ent.end and ent.start < m.end]
            iso = self._country_ending(doc, ent)
            if iso is None:
                body = self._country_headed_body(doc, ent, inside)
                if body is not None:
                    kept = [m for m in kept if m not in inside]
                    kept.append(body)
                continue
            if any(m.refs[0].kind != "country" or m.start < ent.start or m.end > ent.end for m in inside):
                continue
            if [m.refs[0].country for m in inside] != [iso] or doc[inside[0].start - 1].lower_ not in ("of", "the") or inside[0].start < ent.start + 2:
                continue  # the country named after "of" is the only mention inside ("the Republic of Korea" is the state)
            if self._hangs_on_agent(ent, kept):
                continue  # "the Minister of Foreign Affairs and International Cooperation of Somalia": a title's portfolio
            kept = [m for m in kept if m not in inside]
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            start = ent.start + (doc[ent.start].lower_ == "the")
            kept.append(Mention(start, ent.end, (ActorRef("organisation", ent.text, name=name, country=iso),)))
        return kept

    def _defined_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Organisations the knowledge does not hold, defined by their initials in
        parentheses on first reference, as news style defines every abbreviation (AP
        Stylebook, "abbreviations and acronyms"): "The Free National Movement (FNM)
        accused", "the opposition African Democratic Congress (ADC)", "the State
        Investigation and Protection Agency (SIPA) arrested", "the opposition party
        Progressive Slovakia (PS)". The capitalised words before the parenthesis whose
        initials spell the abbreviation (connectives such as "of", "for", "and" aside) are
        the body's name; a name ending on a word of the pack's ``party_head_nouns``, or
        said after the noun "party", is a party (PTY); one ending on a ``body_head_nouns``
        word a state body (GOV, or the sector of the agent phrase it ends on: "Drug
        Enforcement Agency"). It is of the country its name holds ("Progressive
        Slovakia"), else a domestic body whose country the sentence, the speaker or the
        article gives (packs.CollectiveKind ``domestic``, as for "the authorities"). Later uses of the initials alone ("The MST
        accused the police") stand for it. Names the knowledge holds, people and names that
        end on another word ("the Royal Bahamas Defence Force (RBDF)") are left as read."""
        grammar = self.pack.grammar
        if not grammar.party_head_nouns:
            return mentions
        kept = list(mentions)
        defined: dict[str, tuple[int, ActorRef]] = {}
        for token in doc:
            i = token.i
            if token.text != "(" or i < 2 or i + 2 >= len(doc) or doc[i + 2].text != ")":
                continue
            acronym = doc[i + 1].text
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            start = self._initialled_name_start(doc, i, acronym)
            if start is None:
                continue
            # the name's head noun: its last word, or the last before a complement ("the
            # Movement for Democratic Change", "the Council of Ministers"); where names open
            # on their head, its first word ("le Courant patriotique libre"), or its last
            # when the name is borrowed in English order ("le Social Democratic Front")
            head = next((doc[k - 1].lower_ for k in range(start + 1, i) if doc[k].lower_ in ("of", "for")), doc[i - 1].lower_)
            if grammar.body_name_head_first and doc[start].lower_ in grammar.party_head_nouns:
                head = doc[start].lower_
            sector: str | None = None
            if head in grammar.party_head_nouns or (start > 0 and doc[start - 1].lower_ in grammar.every_party_nouns):
                sector = "PTY"
            elif head in grammar.body_head_nouns:
                words = [t.lower_ for t in doc[start:i]]
                agent = next((a for a in (self.agent_phrases.get(" ".join(words[k:])) for k in range(len(words) - 1)) if a is not None), None)
                sector = agent.sector if agent is not None and agent.sector else "GOV"
            if sector is None:
                continue
            end = i + 3
            inside = [m for m in kept if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue  # a mention reaching past the name: read as it is
            if any(m.refs[0].kind not in ("country", "agent") and not (m.refs[0].kind == "organisation" and m.end - m.start == 1 and m.start in (i - 1, i + 1))
                   for m in inside):
                continue  # a body the knowledge holds, a person (a one-word body's name as its head, "Congress", is absorbed, as are initials another body bears)
            # the country the name holds, or its owner's ("Malawi's Anti-Corruption Bureau (ACB)")
            owner = [m for m in kept if m.end == start - 1 and doc[start - 1].lower_ in ("'s", "’s") and m.refs[0].kind == "country"]
            countries = {r.country for m in [*inside, *owner] if m.refs[0].kind == "country" for r in m.refs
                         if r.country and len(r.country) == 3 and r.country not in IGO_CODES}
            country = countries.pop() if len(countries) == 1 else None
            name = doc[start:i].text
            ref = ActorRef("organisation", name, name=name, country=country, sector=sector, collective=None if country else "domestic")
            kept = [m for m in kept if m not in inside] + [Mention(start, end, (ref,))]
            defined.setdefault(acronym, (end, ref))
        for acronym, (end, ref) in defined.items():
            # the initials alone after their definition: the article's body, even where the
            # knowledge gives them to another ("the Basotho National Party (BNP)", then "The
            # BNP", is not Bangladesh's party: the article's own definition wins)
            for token in doc[end:]:
                if token.text != acronym:
                    continue
                at = [m for m in kept if m.start <= token.i < m.end]
                if at and not (len(at) == 1 and at[0].end - at[0].start == 1 and at[0].refs[0].kind == "organisation"):
                    continue
                kept = [m for m in kept if m not in at] + [Mention(token.i, token.i + 1, (replace(ref, text=token.text),))]
        return kept

    # French words a body's name runs on after its head ("l'Union des forces de progrès", "le
    # Front pour l'alternance démocratique"); places ("à", "en") and dates end it
    _FR_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour", "la", "le", "les", "l'", "l’", "et", "contre"})
    _NAME_ARTICLES = frozenset({"le", "la", "l'", "l’", "les", "du", "des", "au", "aux", "de", "d'", "d’", "the"})

    def _headed_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Bodies the knowledge does not hold, named by a head word of the pack's
        ``named_body_heads`` capitalised as a name's part: English names end on their head,
        perhaps before a complement ("the Nationalist Party", "Serbia's Office for Kosovo and
        Metohija", "the Directorate of Criminal Investigations"); French names open on it
        ("l'Union des forces de progrès", "le Syndicat national des enseignants du Niger",
        "la Direction générale des douanes"). The head alone ("the Commission", "le Conseil")
        is left to the agent nouns. The body is of the head's sector, of the one country its
        words or its owner name ("the Malian Coalition for the Republic", "Bolivia's Movement
        for Socialist Renewal"), else a domestic body whose country the sentence, the dateline
        or the article gives (packs.CollectiveKind ``domestic``). A name with a body or a
        person the knowledge holds inside is read as it is; a sentence capitalised as a
        headline names nothing this way."""
        grammar = self.pack.grammar
        heads = grammar.named_body_heads
        if not heads:
            return mentions
        kept = list(mentions)
        for token in doc:
            if token.lower_ not in heads or not token.is_alpha or not token.text[:1].isupper():
                continue
            if any(m.start <= token.i < m.end and m.refs[0].kind == "agent" for m in kept):
                continue  # an agent phrase names the body already ("Somalia's Ministry of Foreign Affairs", "the Foreign Ministry")
            bounds = self._french_body_name(doc, token) if grammar.body_name_head_first else self._english_body_name(doc, token)
            if bounds is None:
                continue
            start, end = bounds
            if any(w in doc[start:end].text.lower() for w in grammar.joint_body_words):
                continue  # "the Bi-National Commission", "la commission mixte": two states' body, no one state's
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                continue  # initials follow: _defined_bodies reads the name, or leaves it when they do not spell it
            if any(m.end == start and m.refs[0].kind == "agent" and m.refs[0].sector in PARTY_SIDES for m in kept):
                continue  # "the leader of the opposition Democratic Party, Lee Jae-myung": the side's agent phrase reads it
            ref = self._unknown_body_ref(doc, start, end, heads[token.lower_], kept)
            if ref is None:
                continue
            kept = [m for m in kept if not (m.start < end and start < m.end)] + [Mention(start, end, (ref,))]
        return kept

    def _headline_cased(self, token: Token) -> bool:
        """Whether the sentence of ``token`` capitalises most of its words, as a headline does."""
        return sum(t.is_alpha and len(t) > 3 and t.text[:1].islower() for t in token.sent) < 2

    def _english_body_name(self, doc: Doc, head: Token) -> tuple[int, int] | None:
        """The span of an English body's name ending on ``head`` or on its complement of
        capitalised words ("of Criminal Investigations", "for Kosovo and Metohija"), or None."""
        sent = head.sent
        if head.i + 1 < sent.end and doc[head.i + 1].is_alpha and doc[head.i + 1].text[:1].isupper():
            return None  # "Party Congress", "Movement Control Order": the head is another noun's modifier
        if self._headline_cased(head):
            return None
        start = head.i
        while start - 1 >= sent.start and (self._capitalised_word(doc[start - 1])
                                            or doc[start - 1].text in ("-", "–") and start - 2 >= sent.start and self._capitalised_word(doc[start - 2])):
            start -= 1
        if start == sent.start and doc[start].lower_ != head.lower_ and not doc[start].pos_ in ("PROPN", "ADJ"):
            start += 1  # a sentence's first word is capitalised whatever it is
        end = head.i + 1
        if end + 1 < sent.end and doc[end].lower_ in ("of", "for"):
            k = end + 1 + (doc[end + 1].lower_ == "the")
            last = None
            while k < sent.end and (self._capitalised_word(doc[k]) and doc[k].ent_type_ not in ("DATE", "TIME")
                                    or doc[k].lower_ in ("of", "for", "and", "the", "-", "–")):
                if self._capitalised_word(doc[k]):
                    last = k
                k += 1
            if last is not None:
                end = last + 1
        if start == head.i and end == head.i + 1:
            return None  # the head alone: an agent noun's reading ("the Commission")
        return start, end

    @staticmethod
    def _capitalised_word(token: Token) -> bool:
        return token.is_alpha and token.text[:1].isupper() and token.lower_ != "the"

    def _french_body_name(self, doc: Doc, head: Token) -> tuple[int, int] | None:
        """The span of a French body's name opening on ``head`` after an article, running on
        its adjectives and complements until a verb, a punctuation mark or a place ("l'Union
        des forces de progrès a accusé"), or None."""
        sent = head.sent
        if head.i == sent.start or doc[head.i - 1].lower_ not in self._NAME_ARTICLES or self._headline_cased(head):
            return None
        limit = min(sent.end, head.i + 10)
        end = head.i + 1
        k = head.i + 1
        while k < limit:
            word = doc[k]
            if word.lower_ in self._FR_NAME_LINKS:
                k += 1
                continue
            if word.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and (word.is_alpha or word.like_num) and not self.dates_word(word):
                end = k + 1
                k += 1
                continue
            break
        if end == head.i + 1:
            return None
        return head.i, end

    def dates_word(self, token: Token) -> bool:
        """Whether a word is a weekday or a month ("lundi", "mars" after no number)."""
        return token.lower_ in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

    def _unknown_body_ref(self, doc: Doc, start: int, end: int, sector: str, kept: list[Mention]) -> ActorRef | None:
        """The reference of an unknown body named by ``doc[start:end]`` of the head's
        ``sector``: of the one country its words or its owner name, else domestic; None where
        a mention reaches past the name or a body or person the knowledge holds is inside."""
        inside = [m for m in kept if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            return None
        for m in inside:
            ref = m.refs[0]
            if ref.kind in ("country", "agent") or ref.kind in ("person", "surname") and ref.entity is None:
                continue
            return None  # a body the knowledge holds ("le Conseil de sécurité de l'ONU"), a known person
        owner = [m for m in kept if start >= 2 and m.end == start - 1 and doc[start - 1].lower_ in ("'s", "’s") and m.refs[0].kind == "country"]
        countries = {r.country for m in inside if m.refs[0].kind == "country" for r in m.refs
                     if r.country and len(r.country) == 3 and r.country not in IGO_CODES}
        for k in range(start, end):  # a demonym or a country's name among its words ("the Malian Coalition", "du Niger")
            for stop in (k + 2, k + 1):
                cref = self.countries.lookup(words_text(doc, k, stop), self.lang) if stop <= end and doc[k].is_alpha else None
                if cref is not None and cref.kind in ("name", "demonym") and len(cref.iso3) == 3 and cref.iso3 not in IGO_CODES:
                    countries.add(cref.iso3)
                    break
        owned = {r.country for m in owner for r in m.refs if r.country and r.country not in IGO_CODES}
        country = owned.pop() if len(owned) == 1 else countries.pop() if len(countries) == 1 else None
        name = doc[start:end].text
        return ActorRef("organisation", name, name=name, country=country, sector=sector, collective=None if country else "named")

    def _role_sector(self, doc: Doc, role: Token, name_start: int) -> str:
        """The sector a role noun gives the body named after it: a qualifier of the pack's
        ``body_role_qualifiers`` just before the noun or between it and the name ("business
        group Ibec", "l'organisation patronale X") says it, else the noun's own."""
        qualifiers = self.pack.grammar.body_role_qualifiers
        before = role.i - 1
        if before > role.sent.start and doc[before].text in ("'", "’"):
            before -= 1  # "the employers' organisation X"
        words = ([doc[before]] if before >= role.sent.start else []) + list(doc[role.i + 1 : name_start])
        return next((qualifiers[w.lower_] for w in words if w.lower_ in qualifiers), self.pack.grammar.body_role_nouns[role.lower_])

    def _apposed_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A body named after a role noun of the pack's ``body_role_nouns`` ("the charity
        Sea-Watch, which accused Malta", "the opposition party ActionSA", "le collectif
        citoyen Wuri"): the capitalised name after the noun (two lowercase adjectives may
        stand between, "collectif citoyen") is the body's, of the role's sector (the agent
        phrase's own, "opposition party": OPP), of the country the phrase gives ("the Kenyan
        rights group X"), else domestic. Later uses of the name alone stand for it."""
        grammar = self.pack.grammar
        roles = grammar.body_role_nouns
        if not roles:
            return mentions
        kept = list(mentions)
        defined: dict[str, ActorRef] = {}
        for token in doc:
            if token.lower_ not in roles or token.text[:1].isupper() or not token.is_alpha:
                continue
            k = token.i + 1
            sent_end = token.sent.end
            while k < sent_end and k < token.i + 4 and doc[k].text[:1].islower() and (
                    doc[k].pos_ == "ADJ" or doc[k].lower_ in ("d'", "d’", "de") or doc[k - 1].lower_ in ("d'", "d’", "de")
                    or any(m.start <= k < m.end and m.refs[0].kind == "agent" and m.refs[0].sector in _GROUP_SECTORS for m in kept)):
                k += 1  # "collectif citoyen", "parti d'opposition", "rights group" (the role noun last)
            if k >= sent_end or not (doc[k].text[:1].isupper() and (doc[k].is_alpha or "-" in doc[k].text)):
                continue
            if self._headline_cased(token) or doc[k].pos_ in ("DET", "CCONJ", "PRON", "ADP"):
                continue  # ("l'association Un million de moments", "le collectif Or de question": a name of common words, left as read)
            name_start = k
            k += 1
            while k < sent_end and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].text in ("-", "–")
                                    or grammar.body_name_head_first and k == name_start + 1 and doc[k].pos_ == "ADJ" and doc[k].is_alpha
                                    or grammar.body_name_head_first and doc[k].lower_ in self._FR_NAME_LINKS and k + 1 < sent_end
                                    and doc[k + 1].is_alpha and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ")
                                    or grammar.body_name_head_first and k > name_start and doc[k - 1].lower_ in self._FR_NAME_LINKS and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "PROPN")):
                k += 1
            while k > name_start + 1 and doc[k - 1].lower_ in self._FR_NAME_LINKS:
                k -= 1
            name_end = k
            role = [m for m in kept if m.start <= token.i < m.end and m.refs[0].kind == "agent"]
            if role and role[0].end > name_start:
                continue
            inside = [m for m in kept if m.start < name_end and name_start < m.end]
            if any(m.start < name_start or m.end > name_end for m in inside):
                continue
            if any(not (m.refs[0].kind in ("person", "surname", "organisation") and m.refs[0].entity is None) for m in inside):
                continue  # a body, a place or a person the knowledge holds: read as it is
            agent = role[0].refs[0] if role else None
            if agent is not None and not agent.country and agent.sector != "NGO":
                continue  # "the opposition party X": the agent phrase's own reading finds its country
            start = role[0].start if role else token.i
            country = agent.country if agent is not None and agent.country and agent.country not in IGO_CODES else None
            sector = agent.sector if agent is not None and agent.sector else self._role_sector(doc, token, name_start)
            if country is None and sector == "NGO":
                country = "NGO"  # "the charity Sea-Watch": a non-governmental body of no nationality said (GUIDELINES' country code NGO)
            name = doc[name_start:name_end].text
            ref = ActorRef("organisation", name, name=name, country=country, sector=sector, collective=None if country else "domestic")
            kept = [m for m in kept if not (m.start < name_end and start < m.end)] + [Mention(start, name_end, (ref,))]
            defined.setdefault(name, ref)
        for name, ref in defined.items():
            words = name.split()
            for token in doc:
                if token.text != words[0] or doc[token.i : token.i + len(words)].text != name:
                    continue
                end = token.i + len(words)
                at = [m for m in kept if m.start < end and token.i < m.end]
                if at and not all(m.refs[0].kind in ("person", "surname") and m.refs[0].entity is None and token.i <= m.start and m.end <= end for m in at):
                    continue
                kept = [m for m in kept if m not in at] + [Mention(token.i, end, (replace(ref, text=name),))]
        return kept

    def _initialled_name_start(self, doc: Doc, paren: int, acronym: str) -> int | None:
        """Where the name the initials ``acronym`` abbreviate starts, before the
        parenthesis at ``paren``: the shortest run of capitalised words (connectives
        between them) whose initials are the abbreviation; None if there is none."""
        initials = ""
        i = paren - 1
        every_word = self.pack.grammar.body_name_head_first
        while i >= 0 and len(initials) < len(acronym):
            token = doc[i]
            if every_word and token.is_alpha and not self._name_connective(token.lower_) and token.text[:1].islower():
                # "le Courant patriotique libre (CPL)": a main word in lowercase gives its
                # initial too, but the name opens on a capital
                initials = token.text[0].upper() + initials
                if not acronym.endswith(initials):
                    return None
            elif token.is_alpha and token.text[:1].isupper():
                initials = token.text[0] + initials
                if initials == acronym:
                    return i
                if not acronym.endswith(initials):
                    return None
            elif not (self._name_connective(token.lower_) and i < paren - 1 and i > 0
                      and (doc[i - 1].text[:1].isupper() or self._name_connective(doc[i - 1].lower_)
                           or every_word and doc[i - 1].is_alpha)):
                return None  # ("Anti-Corruption": a hyphen joins two capitalised words, each an initial)
            if token.is_sent_start:
                return None
            i -= 1
        return None

    def _name_connective(self, word: str) -> bool:
        """A lowercase word or sign between an organisation's capitalised words ("the
        Movement for Democratic Change", "the Anti-Corruption Bureau"): the pack's
        body_name_connectives, or a hyphen or dash."""
        return word in ("-", "–") or word in self.pack.grammar.body_name_connectives

    def _country_headed_body(self, doc: Doc, ent: Span, inside: list[Mention]) -> Mention | None:
        """A state body the knowledge does not list, named by its country and an
        institution's head noun ("the Kenya National Commission on Human Rights", "the
        Uganda Human Rights Commission", "the Sri Lankan Coast Conservation Authority"):
        the tagger's ORG entity whose first words are the country's name or demonym (no
        other actor's mention inside) and whose head is a word of ``body_head_nouns``, capitalised as a
        name's part. That country's body, of the government's sector (a commission, an
        agency, an authority named after the state is its statutory body, as the pack's
        'authority', 'electoral commission' are GOV)."""
        start = ent.start + (doc[ent.start].lower_ == "the")
        root = ent.root
        if root.lower_ not in self.pack.grammar.body_head_nouns or not root.text[:1].isupper() or root.i <= start:
            return None
        if any(m.refs[0].kind not in ("country", "agent") for m in inside):
            return None  # a body the knowledge knows, a person: read as they are
        country = None
        for stop in range(min(root.i, start + 3), start, -1):  # "Sri Lankan", "South Sudan", "Kenya"
            cref = self.countries.lookup(words_text(doc, start, stop), self.lang)
            if cref is not None and cref.kind in ("name", "demonym") and len(cref.iso3) == 3 and cref.iso3 not in IGO_CODES:
                if any(t.text in ("-", "–", "—") for t in doc[start : stop + 1]):
                    return None  # "the Zambia-Zimbabwe Bi-National Commission": two states' body
                country = cref.iso3
                break
        if country is None or any(r.country not in (None, country) for m in inside for r in m.refs):
            return None  # ("Authority", the pack's agent word, is the name's head: the body it names)
        name = doc[start : ent.end].text
        # the sector of the longest agent phrase the name ends its head on ("Saudi Press
        # Agency": the pack's "press agency", the media), else the government's
        words = [t.lower_ for t in doc[start : root.i + 1]]
        agent = next((a for a in (self.agent_phrases.get(" ".join(words[k:])) for k in range(len(words) - 1)) if a is not None), None)
        sector = agent.sector if agent is not None and agent.sector else "GOV"
        return Mention(start, ent.end, (ActorRef("organisation", name, name=name, country=country, sector=sector),))

    @staticmethod
    def _hangs_on_agent(ent: Span, mentions: list[Mention]) -> bool:
        """Whether the entity's head word depends on an agent's title outside it (the tagger
        cuts "International Cooperation of Somalia" out of a minister's portfolio)."""
        head = ent.root.head.i
        return not ent.start <= head < ent.end and any(
            m.start <= head < m.end and m.refs[0].kind == "agent" for m in mentions)

    def _country_ending(self, doc: Doc, ent: Span) -> str | None:
        """The country whose name ends an organisation's name after "of" ("... of Nigeria",
        "... of the Philippines"), the name of a state (not a demonym nor a city)."""
        for token in ent:
            if token.lower_ != "of" or token.i == ent.start:
                continue
            start = token.i + 1 + (doc[token.i + 1].lower_ == "the" if token.i + 1 < ent.end else 0)
            if start >= ent.end:
                return None
            cref = self.countries.lookup(words_text(doc, start, ent.end), self.lang)
            if cref is not None and cref.kind == "name" and len(cref.iso3) == 3 and cref.iso3 not in IGO_CODES:
                return cref.iso3
        return None

    def _unknown_names(self, doc: Doc, taken: set[int]) -> list[Mention]:
        """People the knowledge base does not know: named-entity PER spans."""
        found = []
        for ent in doc.ents:
            if ent.label_ not in ("PER", "PERSON"):
                continue
            tokens = [t for t in ent if t.pos_ == "PROPN"]
            if not tokens or any(t.i in taken for t in ent):
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            while self.pack.grammar.untagged_given_names and start > ent.start and self._untagged_given_name(doc[start - 1]) and self._after_title(doc, ent.start):
                start -= 1  # "Mbae Mohamed", Mbae tagged NOUN: a given name the tagger did not know
            while start < end - 1 and doc[start].text in self.pack.grammar.forms_of_address:
                start += 1  # "Ms Wong", "Mr Peters": the courtesy title is no part of the name
            while end < len(doc) and end not in taken and _name_part(doc[end], after=True):
                end += 1  # "Yang | Geum-deuk": the tagger's entity may stop at the family name
            span = doc[start:end]
            if self.countries.demonym(span.text, self.lang):
                continue  # "imports of Moldovan wine", "hundreds of Cook Islanders": the tagger's person is a nationality
            if len(span) == 1:
                found.append(Mention(start, end, (ActorRef("surname", span.text, name=span.text),)))
            else:
                found.append(Mention(start, end, (ActorRef("person", span.text, name=span.text),)))
        return found

    def _after_title(self, doc: Doc, start: int) -> bool:
        """Whether a name at ``start`` stands in apposition after a comma ("Le ministre des
        Affaires étrangères, Mbae Mohamed,"), not after a counterpart noun ("son homologue
        syrien, X", which the counterpart reading resolves) nor a form of address ("Mme X")."""
        if start < 2 or doc[start - 1].text != ",":
            return False
        nouns = self.pack.grammar.counterpart_nouns
        return not any(t.lower_ in nouns for t in doc[max(0, start - 5) : start - 1])

    def _untagged_given_name(self, token: Token) -> bool:
        """A word of the tagger's person entity before its proper nouns that the tagger
        read as a common noun or adjective ("Mbae Mohamed", Mbae tagged NOUN): a given name
        when capitalised mid-sentence and no title, office, country or people's word."""
        return (token.is_alpha and token.text[:1].isupper() and not token.is_sent_start and token.pos_ in ("NOUN", "ADJ")
                and token.lower_ not in self.agent_phrases and token.text not in self.pack.grammar.forms_of_address
                and token.text not in self.pack.grammar.address_abbreviations
                and self.countries.lookup(token.text, self.lang) is None and self.countries.demonym(token.text, self.lang) is None)

    def _known_surnames(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        """A known person's family name standing alone, which the tagger did not
        mark: not part of a longer name ("Central Park" is no Park)."""
        found = []
        for i, text in enumerate(words.text):
            if text not in self.known_surnames or i in taken or words.pos_name[i] != "PROPN":
                continue
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(words.pos_name)]
            if any(j not in taken and _name_part(doc[j], after=j > i) for j in neighbours):
                continue  # "Yang Geum-deuk" is no Yang Jiechi
            found.append(Mention(i, i + 1, (ActorRef("surname", text, name=text),)))
        return found

    def _named_before_surnames(self, doc: Doc, words: WordTable, mentions: list[Mention]) -> list[Mention]:
        """The family name of a person the text named in full before, standing alone where
        the tagger marks no person ("US Homeland Security Secretary Kristi Noem arrived in
        Quito ... Noem will travel on to Lima", tagged an organisation; "Larijani is
        expected in Beirut", untagged): news style names a person in full once, then by
        the family name (AP Stylebook, "second reference")."""
        named = {doc[m.end - 1].text: m.end for m in mentions if m.refs[0].kind == "person" and m.end - m.start > 1}
        # East Asian names put the family name first ("Wang Yi", then "Wang"; "Lee Jae-myung",
        # then "M. Lee"; Chicago Manual of Style 8.14-8.16)
        for m in mentions:
            if m.refs[0].kind == "person" and m.end - m.start > 1 and doc[m.start].text in self.family_names_first:
                named.setdefault(doc[m.start].text, m.end)
        taken = _taken(mentions)
        found = []
        for i, text in enumerate(words.text):
            if i in taken or named.get(text, len(doc)) > i or not (words.pos_name[i] == "PROPN" or _argument_named(doc[i])):
                continue
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(words.pos_name)]
            address = self.pack.grammar.forms_of_address
            if any(_name_part(doc[j], after=j > i) and not (j < i and (doc[j].text in address or j in taken)) for j in neighbours):
                continue  # part of a longer name: "Noem Foundation" is no Noem; "Ms Wong" is Wong, "PM Chinh" is Chinh (a title read before)
            found.append(Mention(i, i + 1, (ActorRef("surname", text, name=text),)))
        return found

    def _settlement_named(self, doc: Doc, mention: Mention) -> bool:
        """A name a settlement noun introduces ("the town of Masisi", "la localité de
        Masisi") is a place, not the person who bears it: no actor of its own."""
        if any(r.kind not in ("surname", "person") or r.role for r in mention.refs):
            return False
        marker = mention.start - 1
        if marker < 0:
            return False
        if self._located_surname(doc, mention):
            return True
        if marker < 1 or doc[marker].lower_ not in self.pack.grammar.genitive_markers:
            return False
        noun = doc[marker - 1]
        if noun.lower_ in self.pack.grammar.locative_prepositions:
            return self._located_surname(doc, mention, marker - 1)  # "près de Masisi"
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.pack.grammar.settlement_nouns

    def _names_a_sea(self, doc: Doc, mention: Mention) -> bool:
        """A country named after a sea's noun and a genitive ("the Sea of Japan", "la mer
        de Chine méridionale", "le golfe d'Oman") is part of the sea's name: no actor."""
        if any(r.kind != "country" or r.plural for r in mention.refs) or mention.start < 2:
            return False
        marker, noun = doc[mention.start - 1], doc[mention.start - 2]
        return marker.lower_ in self.pack.grammar.genitive_markers and noun.lower_ in self.pack.grammar.water_nouns

    def _located_surname(self, doc: Doc, mention: Mention, preposition: int | None = None) -> bool:
        """A bare surname right after a locative preposition ("fighting in Masisi")
        that the gazetteer knows as a town or region of some country."""
        index = mention.start - 1 if preposition is None else preposition
        if doc[index].lower_ not in self.pack.grammar.locative_prepositions or mention.end - mention.start != 1:
            return False
        if mention.refs[0].kind != "surname" or (mention.end < len(doc) and doc[mention.end].lower_ in self.pack.grammar.genitive_markers):
            return False  # "in Austin's absence": whose
        place = load_gazetteer().named_by(doc[mention.start].text)
        return place is not None and place.country is not None and place.kind in ("city", "admin", "region")

    def _merge_appositions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"le président sud-coréen Moon Jae-in": the title and the name are one
        actor; the name decides who, the title may add country and sector."""
        return _merge_adjacent(mentions, lambda previous, mention: self._apposed(doc, previous, mention),
                               lambda first, second: _national_of(first, second) if _national_apposition(doc, first, second) else self._combine(first, second))

    @staticmethod
    def _apposed(doc: Doc, first: Mention, second: Mention) -> bool:
        kinds = (first.refs[0].kind, second.refs[0].kind)
        named = ("person", "organisation", "surname")
        root = words_root(doc, second.start, second.end)
        if kinds[0] in ("agent", "counterpart") and kinds[1] in named and root.dep_ == "appos" and first.start <= root.head.i < first.end:
            return True  # "le président américain d'alors, Donald Trump"
        if second.start - first.end > _LONGEST_APPOSITION_GAP:
            return False
        if _national_apposition(doc, first, second):
            return True  # "Le capitaine, un ressortissant chinois,": who he is, and whose
        gap = tokens_in(doc, first.end, second.start)  # the words, without a Span
        # "son homologue nord-coréen Ri Yong-ho": the title's own adjectives may sit
        # between it and the name, whatever the parse made of the name
        qualifiers = [t for t in gap if t.pos_ == "ADJ" and first.start <= t.head.i < first.end]
        commas = [t for t in gap if t.text == ","]
        if len(commas) > 1 or len(qualifiers) + len(commas) != len(gap):
            return False
        if kinds[0] in ("agent", "counterpart") and kinds[1] in named:
            return True
        return kinds[0] in named and kinds[1] == "agent" and words_text(doc, first.end, second.start) == ","

    def _merge_long_titles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"le ministre des Affaires étrangères et de la Coopération internationale du
        Niger, Bakary Yaou Sangaré, a ...": a title whose complement runs on to a comma
        and a person's name is that person, wherever the parse hangs the name inside
        the complement. A country the complement names gives the person a country."""
        merged: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            start = next((i for i in range(len(merged) - 1, -1, -1) if merged[i].refs[0].kind in ("agent", "counterpart")), None)
            title = merged[start] if start is not None else None
            between = merged[start + 1 :] if start is not None else []
            # the complement may name a country ("du Niger") or the body the title is of ("de l'ONU")
            long_title = title is not None and _long_title_of(doc, title, mention) and all(m.refs[0].kind in ("country", "organisation") for m in between)
            if not long_title and title is not None:
                # "Minister of State at the Ministry of Foreign Affairs Dr X": the title is
                # the first of the agents its capitalised complement runs through
                start = min((i for i in range(start, -1, -1) if _title_runs_into_name(doc, merged[i], mention, merged[i + 1 :])), default=None)
                title = merged[start] if start is not None else None
                between = merged[start + 1 :] if start is not None else []
            if title is None or _line_break_between(doc, title.end, mention.start):
                # a headline's last title runs on to no name of the lead: "convoque
                # l'ambassadeur de Russie | Le ministre des Affaires étrangères, Maxime Prévot"
                merged.append(mention)
                continue
            combined = self._combine(title, mention)
            # a body listed among the title's portfolios ("et de la Francophonie") is not whose
            between = [m for m in between if not self._portfolio_mention(doc, m)]
            named = next((m.refs[0].country for m in between), None)
            if combined.refs[0].country is None and named:
                combined = Mention(combined.start, combined.end, (replace(combined.refs[0], country=named),))
            # (a body whose sector changes with the date, the Taliban's, is left to the title's)
            body = next((m.refs[0] for m in between if m.refs[0].kind == "organisation" and m.refs[0].sector
                         and not (isinstance(m.refs[0].entity, Organisation) and m.refs[0].entity.changes)), None)
            if body is not None and title.refs[0].role is None and combined.refs[0].role is None:
                # "a spokesman for the M23, Lawrence Kanyuka": he speaks for the body, of its sector
                combined = Mention(combined.start, combined.end, (replace(combined.refs[0], sector=body.sector),))
            merged[start:] = [combined]
        return merged

    @staticmethod
    def _combine(first: Mention, second: Mention) -> Mention:
        agent, named = (first, second) if first.refs[0].kind in ("agent", "counterpart") else (second, first)
        title = agent.refs[0]
        ref = named.refs[0]
        if title.country in IGO_CODES and ref.kind in ("person", "surname"):
            # "the EU's special envoy, Miroslav Lajcak", "UN envoy Ramtane Lamamra": the
            # organisation's title outranks the person's nationality (he acts for the body)
            return Mention(first.start, second.end, (replace(ref, kind="person", country=title.country, sector=title.sector, role=title.role),))
        ref = replace(
            ref,
            kind="person" if ref.kind == "surname" else ref.kind,
            country=ref.country or title.country,
            sector=ref.sector or title.sector,
            role=ref.role or title.role,
            territory=ref.territory or (title.territory if not ref.country else None),
        )
        return Mention(first.start, second.end, (ref,))

    def _led_by_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Hamas leader Khalil al-Hayya", "CARICOM Secretary-General Carla Barnett": a
        person the knowledge does not hold, named with no nationality right after a body
        and the title he holds in it, acts for that body (its country and sector), as
        the press names a party's, a movement's or an organisation's officers."""
        ordered = sorted(mentions, key=lambda m: m.start)
        starts = {m.start: m for m in ordered}
        return [self._led_by(doc, m, starts) for m in ordered]

    @staticmethod
    def _led_by(doc: Doc, mention: Mention, starts: dict[int, Mention]) -> Mention:
        """``mention`` given the country and sector of the body named before its title."""
        ref = mention.refs[0]
        if len(mention.refs) != 1 or ref.kind != "person" or ref.entity is not None or ref.country is not None:
            return mention
        ends = {m.end: m for m in starts.values()}
        i = mention.start
        # back over the title's words, which the parse hangs on the name as compounds
        # ("leader", "Secretary - General"), to the body that owns them
        while i > 0 and i not in ends:
            word = doc[i - 1]
            if not (word.dep_ in ("compound", "flat", "punct") and (word.pos_ in ("NOUN", "PROPN") or word.text == "-")):
                return mention
            i -= 1
        while i in ends and ends[i].refs[0].kind == "agent" and ends[i].refs[0].country is None:
            i = ends[i].start  # "Secretary", a title the phrase tables read on its own
        body = ends.get(i)
        if body is None or i == mention.start and body.refs[0].kind != "organisation":
            return mention
        owner = body.refs[0]
        if len(body.refs) != 1 or owner.kind != "organisation" or not owner.country or words_root(doc, body.start, body.end).dep_ != "compound":
            return mention
        # a body several countries name alike ("CGT": France's or Argentina's) gives its
        # sector; the article, not the body, says which country's it is
        country = None if isinstance(owner.entity, Organisation) and owner.entity.namesakes else owner.country
        return Mention(mention.start, mention.end, (replace(ref, country=country, sector=owner.sector or ref.sector),))

    def _acting_for_bodies(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Former Tanzanian president Jakaya Kikwete, who heads the SADC mission, urged
        ...": a named person whose apposition, closed by a comma, says he heads or speaks
        for an intergovernmental body acts for that body, not for his own state."""
        words = self.pack.grammar.mission_words
        if not words:
            return mentions
        bodies = [m for m in mentions if m.refs[0].kind == "organisation" and m.refs[0].country in IGO_CODES]
        if not bodies:
            return mentions
        # "le président kényan William Ruto, médiateur de l'UA": a sitting leader's title
        # before his name, when the parse left them apart
        offices = {m.end for m in mentions if m.refs[0].kind == "agent" and m.refs[0].sector in OFFICE_SECTORS}
        return [self._acting_for(doc, m, bodies, words, offices) for m in mentions]

    @staticmethod
    def _acting_for(doc: Doc, mention: Mention, bodies: list[Mention], words: frozenset[str], offices: set[int]) -> Mention:
        """``mention`` given the country of the body its apposition says it acts for."""
        ref = mention.refs[0]
        if ref.kind != "person" or ref.country in IGO_CODES or mention.end >= len(doc) or doc[mention.end].text != ",":
            return mention
        if ref.sector in OFFICE_SECTORS or offices & {mention.start, mention.start - 1} or _in_office(ref):
            return mention  # "le président angolais João Lourenço, médiateur de l'Union africaine": a sitting leader mediates as his state
        end = sentence_bounds(doc[mention.end])[1]
        close = next((t.i for t in doc[mention.end + 1 : min(end, mention.end + 1 + _LONGEST_MISSION_APPOSITION)] if t.text == ","), None)
        if close is None or not any(t.lower_ in words for t in doc[mention.end + 1 : close]):
            return mention
        body = next((b for b in bodies if mention.end < b.start and b.end <= close), None)
        if body is None:
            return mention
        return Mention(mention.start, mention.end, (replace(ref, country=body.refs[0].country, sector=body.refs[0].sector or "IGO"),))

    def _affiliated_strangers(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"John Mbadi, of Kenya's ODM,", "Robert Kyagulanyi, député de la Plateforme
        d'unité nationale ougandaise,", "X, a lawmaker from Uganda,": a person the
        knowledge base does not know, with no nationality of their own, whose apposition
        (closed by a comma) names the national party, movement or body they belong to, or
        a country, through nouns alone, is of that body's or country's country, not the
        article's; they take the body's sector where the apposition gives none, or where
        it makes them its spokesman or envoy (the grammar's representative_words). A
        clause in the apposition ("X, who visited Kenya,") says what they did, not whose
        they are; an intergovernmental body is _acting_for_bodies' (its mission words)."""
        parties = [m for m in mentions if len(m.refs) == 1 and m.refs[0].country and (
            (m.refs[0].kind == "organisation" and m.refs[0].country not in IGO_CODES) or m.refs[0].kind == "country")]
        if not parties:
            return mentions
        return [self._affiliated(doc, m, parties) for m in mentions]

    def _affiliated(self, doc: Doc, mention: Mention, parties: list[Mention]) -> Mention:
        """``mention`` given the country (and sector) of the body or country its apposition names (_affiliated_strangers)."""
        ref = mention.refs[0]
        if ref.kind != "person" or ref.country is not None or ref.entity is not None or len(mention.refs) > 1:
            return mention
        end = sentence_bounds(doc[mention.start])[1]
        after = next((i for i in range(mention.end, min(end, mention.end + 2)) if doc[i].text == ","), None)
        if after is None and any(t.text == "," for t in doc[mention.start : mention.end]):
            after = mention.end - 1  # "Robert Kyagulanyi, député": the title of the apposition merged into the mention
        if after is None:
            return mention
        stop = min(end, after + 1 + _LONGEST_MISSION_APPOSITION)
        close = next((t.i for t in doc[after + 1 : stop] if t.text in (",", ";", "(", ")")), stop if stop == end else None)
        if close is None:
            return mention
        # the body before its country ("of Kenya's ODM": the ODM, whose country is Kenya)
        for party in sorted(parties, key=lambda m: m.refs[0].kind == "country"):
            if not (after < party.start and party.end <= close):
                continue
            path = _noun_path(words_root(doc, party.start, party.end), mention)
            if path is None:
                continue
            body = party.refs[0]
            representative = any(t.lower_ in self.pack.grammar.representative_words for t in path)
            sector = body.sector if body.kind == "organisation" and (ref.sector is None or representative) else ref.sector
            return Mention(mention.start, mention.end, (replace(ref, country=body.country, sector=sector),))
        return mention

    # ------------------------------------------------------- stand-ins

    def _stand_ins(self, doc: Doc, words: WordTable, mentions: list[Mention]) -> list[Mention]:
        """"celui de la Défense" after "le ministère de la Réunification", "ainsi que
        celui de l'Union européenne" after "les ambassadeurs des Etats-Unis": the
        demonstrative repeats the last title with an owner of its own."""
        stand_ins = self.pack.grammar.stand_in_pronouns
        if not stand_ins or stand_ins.isdisjoint(words.lower):
            return mentions
        genitives = self.pack.grammar.genitive_markers
        mentions = sorted(mentions, key=lambda m: m.start)
        for i, lower in enumerate(words.lower):
            if lower not in stand_ins or words.pos_name[i] != "PRON":
                continue
            pronoun = doc[i]
            owner = next((c for c in children_of(pronoun) if c.i > i and c.dep_.startswith("nmod") and any(m.dep_ == "case" and m.lower_ in genitives for m in children_of(c))), None)
            title = self._title_before(doc, mentions, i)
            stand_in = self._stand_in(doc, pronoun, owner, title, mentions) if owner is not None and title is not None else None
            if stand_in is not None:
                mentions = sorted([m for m in mentions if not (stand_in.start <= m.start and m.end <= stand_in.end)] + [stand_in], key=lambda m: m.start)
        return mentions

    @staticmethod
    def _title_before(doc: Doc, mentions: list[Mention], index: int) -> Mention | None:
        """The last title (a common-noun agent, institution or counterpart) in this
        sentence or the one before."""
        start = sentence_bounds(doc[index])[0]
        earliest = sentence_bounds(doc[start - 1])[0] if start > 0 else 0
        for mention in reversed(mentions):
            if mention.end > index:
                continue
            if mention.start < earliest:
                return None
            if mention.refs[0].kind in ("agent", "organisation", "counterpart") and words_root(doc, mention.start, mention.end).pos_ == "NOUN":
                return mention
        return None

    def _stand_in(self, doc: Doc, pronoun: Token, owner: Token, title: Mention, mentions: list[Mention]) -> Mention | None:
        """The title's noun with the pronoun's owner may name an institution or a
        title of its own ("ministère" + "de la Défense"); else the title keeps its
        reading and takes the owner's country ("l'ambassadeur" + "de l'Union européenne")."""
        marker = min(c.i for c in children_of(owner) if c.dep_ == "case")
        end = owner.right_edge.i + 1
        noun = words_root(doc, title.start, title.end)
        phrase = " ".join([noun.lemma_.lower(), *(t.lower_ for t in doc[marker:end])])
        text = words_text(doc, pronoun.i, end)
        previous = title.refs[0]
        if phrase in self.entities:
            ref = self._entity_ref(text, self.entities[phrase])
        elif phrase in self.agent_phrases:
            agent = self.agent_phrases[phrase]
            # ministries of one government: "le ministère sud-coréen de la Réunification ... celui de la Défense"
            ref = replace(self._agent_ref(text, agent, pronoun), country=agent.country or previous.country)
        else:
            named = next((m for m in mentions if m.covers(owner.i)), None)
            country = named.refs[0].country if named is not None else None
            if country is None or previous.kind == "organisation":
                return None
            plural = morph_values(pronoun, "Number") == ["Plur"]
            ref = replace(previous, text=text, country=country, name=None, entity=None, plural=plural)
        return Mention(pronoun.i, end, (ref,))

    # ------------------------------------------------------- the rest

    def _demonym_nouns(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        """"les Américains" (a people named by its demonym) and a nationality left
        on its own ("le tir de missile nord-coréen": the North Korean state)."""
        found = []
        for i, pos in enumerate(words.pos_name):
            if i in taken or pos not in ("NOUN", "PROPN", "ADJ") or not self._may_end_demonym(words.text[i], words.lemma[i]):
                continue
            token = doc[i]
            if token.pos_ == "ADJ" and token.head.i in taken:
                continue  # it qualifies a mention already ("le gouvernement sud-coréen")
            if self._run_start(doc, i) < i and self._hyphenated_place(doc, self._run_start(doc, i)):
                continue  # "Britannique" in "la Colombie-Britannique": part of a place's name
            if token.dep_ == "conj" and token.head.i in taken and not any(c.pos_ == "DET" for c in children_of(token)):
                continue  # a listed nationality of a mention ("la diplomatie marocaine, espagnole et portugaise")
            if token.pos_ == "ADJ" and token.head.lemma_.lower() in self.pack.grammar.currency_nouns:
                continue  # "des dollars américains", "the Chinese yuan": whose money, not who acts
            iso = self._demonym_of(doc, token)
            if not iso:
                continue
            start = next((s for s in range(token.left_edge.i, token.i)
                          if not any(i in taken for i in range(s, token.i)) and self.countries.demonym(words_text(doc, s, token.i + 1), self.lang)),
                         token.i)
            text = words_text(doc, start, token.i + 1)
            listed = self._demonym_list_after(doc, token.i, iso) if token.pos_ == "ADJ" else []
            if listed:
                refs = tuple(ActorRef("country", doc[i].text if i > token.i else text, country=c, sector="GOV") for i, c in listed)
                found.append(Mention(start, listed[-1][0] + 1, refs))
                taken.update(range(start, listed[-1][0] + 1))
                continue
            if token.pos_ == "ADJ":
                found.append(Mention(start, token.i + 1, (ActorRef("country", text, country=iso, sector="GOV"),)))
            else:
                found.append(Mention(start, token.i + 1, (ActorRef("country", text, country=iso, plural=True),)))
            taken.update(range(start, token.i + 1))
        return found

    def _demonym_list_after(self, doc: Doc, first: int, iso: str) -> list[tuple[int, str]]:
        """The nationalities listed from the demonym adjective at ``first`` on a noun that
        names no agent ("les pompiers français et espagnols", "les douanes chilienne et
        bolivienne", "les commissions arménienne et azerbaïdjanaise"): each listed
        country acts, as a list of actors does (GOLD GUIDELINES, lists and groups), where
        the first demonym alone would leave the others out. Each item is (index of its
        last word, country); empty unless two countries or more are listed."""
        listed = [(first, iso)]
        i = first + 1
        while i + 1 < len(doc) and (doc[i].text == "," or doc[i].pos_ == "CCONJ"):
            nxt = doc[i + 1]
            found = self.countries.demonym(nxt.text, self.lang) if nxt.is_lower and nxt.pos_ in ("ADJ", "NOUN") else None
            if found is None:
                break
            pair = self.countries.demonym(words_text(doc, i + 1, i + 3), self.lang) if i + 2 < len(doc) and doc[i + 2].is_lower else None
            end = i + 2 if pair else i + 1
            listed.append((end, pair or found))
            i = end + 1
        return listed if len({c for _, c in listed}) > 1 else []

    def _pronouns(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        grammar = self.pack.grammar
        found = []
        for i, lower in enumerate(words.lower):
            if lower not in self.pronoun_words or i in taken or words.pos_name[i] != "PRON":
                continue
            token = doc[i]
            if not token.dep_.startswith(("nsubj", "obj", "obl", "iobj")) and not reflexive_verb_subject(token, grammar):
                continue
            lower = token.lower_
            if lower in grammar.singular_pronouns:
                found.append(Mention(token.i, token.i + 1, (ActorRef("pronoun", token.text),)))
            elif lower in grammar.plural_pronouns:
                found.append(Mention(token.i, token.i + 1, (ActorRef("pronoun", token.text, plural=True),)))
        return found + self._latter_pronouns(doc, words, taken)

    def _latter_pronouns(self, doc: Doc, words: WordTable, taken: set[int]) -> list[Mention]:
        """"Ce dernier a rencontré X", "ces derniers ont condamné": a demonstrative and the
        adjective "dernier" as subject stand for the actor last named,
        read as a pronoun of the adjective's number (grammar.latter_words; the parse tags
        the adjective as the argument and the demonstrative as its 'det')."""
        grammar = self.pack.grammar
        found = []
        for i, lower in enumerate(words.lower):
            number = grammar.latter_words.get(lower)
            if number is None or i in taken or i == 0 or words.pos_name[i] not in ("ADJ", "NOUN", "PRON"):
                continue
            token = doc[i]
            det = doc[i - 1]
            if det.lower_ not in grammar.latter_determiners or det.head.i != i:
                continue
            if not token.dep_.startswith("nsubj"):
                continue  # as a complement ("a signé avec ce dernier") it may name anyone of the sentence before
            text = f"{det.text} {token.text}"
            found.append(Mention(i - 1, i + 1, (ActorRef("pronoun", text, plural=number == "plural", latter=True),)))
        return found

    def _pairs_and_counterparts(self, doc: Doc, words: WordTable) -> list[Mention]:
        """"les deux dirigeants" (a pair) and "son homologue chinois" (a counterpart)."""
        grammar = self.pack.grammar
        found = []
        for i, lemma in enumerate(words.lemma):
            lower = words.lower[i]
            forms = pair_noun_forms(lemma, lower)
            if words.pos_name[i] not in ("NOUN", "PROPN") or self.pair_words.isdisjoint(forms):
                continue
            token = doc[i]
            counted = any(c.lower_ in grammar.pair_numbers for c in children_of(token))
            group = next((grammar.group_numbers[c.lower_] for c in children_of(token) if c.lower_ in grammar.group_numbers), None)
            named = next((grammar.pair_names[f] for f in forms if f in grammar.pair_names), None)
            if counted and named:  # "les deux Corées"
                refs = tuple(ActorRef("country", token.text, country=iso, sector="GOV") for iso in named)
                found.append(Mention(token.i, token.i + 1, refs))
            elif (counted or group) and forms & grammar.counted_people_nouns and not any(
                    c.dep_ in ("det", "nmod:poss", "poss") for c in children_of(token)):
                # "shot dead three men": people counted, not a pair referred back to
                found.append(Mention(token.i, token.i + 1, (ActorRef("agent", token.text, sector=PEOPLE_SECTOR, plural=True),)))
            elif (counted or group) and forms & grammar.pair_nouns and self._refers_back(token, forms) \
                    and not self._counted_nationals(doc, token, forms):
                people = bool(forms & grammar.person_pair_nouns)
                states = bool(forms & grammar.state_pair_nouns)
                region = self._group_region(token) if group else None
                sector = next((grammar.pair_noun_sectors[f] for f in sorted(forms) if f in grammar.pair_noun_sectors), None)
                ref = ActorRef("pair", token.text, plural=True, people=people, states=states, count=group, region=region,
                               pair_sector=sector)
                found.append(Mention(token.i, token.i + 1, (ref,)))
            elif forms & grammar.every_party_nouns and self._every_party(token):
                found.append(Mention(token.i, token.i + 1, (ActorRef("pair", token.text, plural=True, every=True),)))
            elif lemma in grammar.counterpart_nouns:
                isos = self._counterpart_countries(doc, token) or [None]
                refs = tuple(ActorRef("counterpart", token.text, country=iso, sector="GOV") for iso in isos)
                found.append(Mention(token.i, token.i + 1, refs))
        return found

    def _group_region(self, noun: Token) -> str | None:
        """The region an adjective of a counted group names ("les trois pays européens",
        "the three European powers"): the group is those of its members (pack
        ``group_region_words``)."""
        words = self.pack.grammar.group_region_words
        return next((words[c.lower_] for c in children_of(noun) if c.dep_ == "amod" and c.lower_ in words), None)

    def _regional_people(self, doc: Doc, mention: Mention) -> Mention:
        """"Les Européens", "the Europeans" as a noun after a definite article: the region's
        (pack ``group_region_words``), so that after a meeting of Iran with France, Germany
        and Britain they are those three, not the European Union (resolve.actors)."""
        ref = mention.refs[0]
        if ref.kind not in ("country", "organisation") or len(mention.refs) != 1:
            return mention
        token = words_root(doc, mention.start, mention.end)
        if any(t.i != token.i and t.dep_ != "det" for t in doc[mention.start:mention.end]):
            return mention
        region = self.pack.grammar.group_region_words.get(token.lower_)
        if region is None or token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper():
            return mention
        if not self._after_definite_article(token):
            return mention
        return Mention(mention.start, mention.end, (replace(ref, region=region),))

    def _every_party(self, noun: Token) -> bool:
        """Whether a plural party noun with no count stands for every party named before
        ("les parties sont convenues de se revoir", "the parties agreed"): plural, after a
        definite article, and with no word of its own that says which parties ("les parties
        civiles", "the parties to the conflict" are others)."""
        if noun.lower_ == noun.lemma_.lower() and not noun.lower_.endswith(("s", "x")):
            return False
        if not self._after_definite_article(noun):
            return False
        return all(c.dep_ in ("det", "punct") for c in children_of(noun))

    def _counted_nationals(self, doc: Doc, noun: Token, forms: set[str] | frozenset[str]) -> bool:
        """Whether a counted person noun without a definite article or possessive has one
        nationality for its qualifier ("three Venezuelan ministers", "deux ministres turcs"):
        an indefinite numeral introduces new referents (Grevisse, le déterminant numéral), and
        the demonym says whose they are, so the phrase is people of that country, read as any
        titled agent is, not the pair named before. Two nationalities ("les deux ministres
        tchadien et nigérien") or none stay a pair."""
        grammar = self.pack.grammar
        if not forms & grammar.person_pair_nouns:
            return False
        children = children_of(noun)
        if not any(c.pos_ == "NUM" and (c.lower_ in grammar.pair_numbers or c.lower_ in grammar.group_numbers) for c in children):
            return False  # "both Chinese leaders" presupposes the two named before
        if any(c.dep_ in ("det", "nmod:poss", "poss") and (c.lower_ in grammar.definite_articles or c.dep_ != "det")
               for c in children):
            return False
        isos = {iso for c in children if c.dep_ == "amod" and c.i != noun.i
                for t in (c, *(g for g in children_of(c) if g.dep_ == "conj"))
                if (iso := self._country_of_token(doc, t))}
        return len(isos) == 1

    def _refers_back(self, noun: Token, forms: set[str] | frozenset[str]) -> bool:
        """Whether a counted pair noun refers back to two parties: always, but for the pack's
        ``definite_pair_nouns``, which do only after a definite article ("les deux responsables")."""
        grammar = self.pack.grammar
        if not forms & grammar.definite_pair_nouns or forms & (grammar.pair_nouns - grammar.definite_pair_nouns):
            return True
        return self._after_definite_article(noun)

    def _after_definite_article(self, noun: Token) -> bool:
        """Whether a definite article (the pack's ``definite_articles``) determines the noun."""
        return any(c.dep_ == "det" and c.lower_ in self.pack.grammar.definite_articles for c in children_of(noun))

    def _counterpart_countries(self, doc: Doc, noun: Token) -> list[str]:
        """The countries of counterparts, one per coordinated nationality ("ses homologues
        ghanéen et ivoirien", "ses homologues du Royaume-Uni, de l'UE et des Pays-Bas")."""
        isos: list[str] = []
        for child in children_of(noun):
            for token in (child, *(c for c in children_of(child) if c.dep_ == "conj")):
                iso = self._country_of_token(doc, token) or self._origin_country(doc, token)
                if iso and iso not in isos:
                    isos.append(iso)
            if isos:
                break  # the first qualifier names them; a later one is another phrase's
        listed = self._listed_genitive_countries(doc, noun)
        if len(listed) > len(isos) and (not isos or listed[0] == isos[0]):
            return listed  # the parse hung "de la Chine, et de l'Afrique du Sud" on another word
        return isos

    def _origin_country(self, doc: Doc, token: Token) -> str | None:
        """The country named by a counterpart's origin phrase ("his counterparts from the
        Philippines and Australia"): an origin preposition says whose office, as a
        genitive does (Quirk et al. 9.42, 'from' of source)."""
        if not token.dep_.startswith("nmod") or not any(c.dep_ == "case" and c.lower_ in self.pack.grammar.origin_prepositions for c in children_of(token)):
            return None
        words = [t for t in doc[token.left_edge.i : token.i + 1] if t.dep_ not in ("case", "det", "punct")]
        named = self._country_named_at(doc, words[0].i, token.i + 1) if words else None
        return named[0] if named else None

    def _listed_genitive_countries(self, doc: Doc, noun: Token) -> list[str]:
        """Countries listed right after a noun, each with its genitive marker ("homologues
        de l'Inde, de la Chine et de l'Afrique du Sud"), read from the words in order."""
        genitives, isos, i = self.pack.grammar.genitive_markers, [], noun.i + 1
        lower = self.words.of(doc).lower  # the forms from the table: most nouns have no genitive after them
        while i < len(doc):
            if isos and (lower[i] == "," or doc[i].pos_ == "CCONJ"):
                i += 1
            if i >= len(doc) or lower[i] not in genitives:
                break
            i += 1
            while i < len(doc) and doc[i].pos_ == "DET":
                i += 1
            named = self._country_named_at(doc, i, min(i + 4, len(doc)))
            if named is None:
                break
            iso, i = named
            i = _past_parenthesis(doc, i)  # "de l'Union européenne (UE), des Pays-Bas"
            if iso not in isos:
                isos.append(iso)
        return isos

    def _country_named_at(self, doc: Doc, start: int, stop: int) -> tuple[str, int] | None:
        """The country whose name (not a demonym) starts at ``start`` and ends at ``stop`` or
        before, the longest first, with where it ends."""
        place = self._hyphenated_place(doc, start)
        if place is not None:
            return place
        if stop <= start:
            return None
        # A span's text is the doc's text from its first word to its last: the whole
        # stretch is read once, and a candidate with more words than any name (and
        # its article) is not looked up. A token's right edge can be dozens of words
        # away, and each lookup normalised a new string.
        text = words_text(doc, start, stop)
        base = doc[start].idx
        runs = [m.start() for m in WORD_RUN.finditer(text)]
        longest = self.countries.longest_words(self.lang) + 2
        for end in range(stop, start, -1):
            last = doc[end - 1]
            cut = last.idx + len(last.text) - base
            if bisect_left(runs, cut) > longest:
                continue
            cref = self.countries.lookup(text[:cut], self.lang)
            if cref is not None and cref.kind != "demonym":
                return cref.iso3, end
        return self._union_named_at(doc, start, stop)

    def _union_named_at(self, doc: Doc, start: int, stop: int) -> tuple[str, int] | None:
        """A union of states named where a country could be ("ses homologues du
        Royaume-Uni, de l'Union européenne et des Pays-Bas", "l'ambassadeur de l'UE"):
        its code (EUR, NAT, UNO, IGO) with where its name ends; national bodies do not count."""
        for end in range(stop, start, -1):
            entity = self.entities.get(self._words_key(doc, start, end))
            if isinstance(entity, Organisation) and entity.country in IGO_CODES:
                return entity.country, end
        return None

    # ------------------------------------------------- places, bodies, lists

    def _hyphenated_place(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """A place whose hyphenated name holds a country's name or a demonym
        ("la Colombie-Britannique", "Baja-California"), with where its name ends: it
        is of its own country, neither the country it names nor a dyad. None
        unless the gazetteer knows the whole name as a place that is no country."""
        while start < len(doc) and doc[start].pos_ in ("DET", "ADP"):
            start += 1  # "de la Colombie-Britannique"
        if start >= len(doc):
            return None
        end = _hyphen_run_end(doc, start)
        if end - start < 3:
            return None
        place = load_gazetteer().named_by(words_text(doc, start, end))
        if place is None or place.country is None or place.kind == "country":
            return None
        return place.country, end

    def _hyphenated_places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Country mentions inside a hyphenated place name ("Colombie" in "la
        Colombie-Britannique") give way to the place, which stands for its country."""
        covered = [(m.start, m.end) for m in mentions if m.refs[0].kind == "country"]
        if not covered:
            return mentions
        for start, _ in covered:
            first = self._run_start(doc, start)
            found = self._hyphenated_place(doc, first)
            if found is None:
                continue
            iso, end = found
            text = words_text(doc, first, end)
            kept = [m for m in mentions if m.end <= first or m.start >= end]
            mentions = [*kept, Mention(first, end, (ActorRef("country", text, country=iso),))]
        return mentions

    @staticmethod
    def _run_start(doc: Doc, index: int) -> int:
        """The first word of the hyphenated run that ``index`` ends or lies in ("Nouvelle" for "Calédonie")."""
        first = index
        while first >= 2 and doc[first - 1].text in ("-", "–") and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
            first -= 2
        return first

    def _body_at_seat(self, doc: Doc, mention: Mention) -> Mention:
        """"Congress in Brasilia", "Parliament in Canberra": a body named by a word that
        is also the title of every state's body of that kind (an agent word), placed
        in a city of another country, is that country's body, not the one the word
        names alone (the United States Congress)."""
        ref = mention.refs[0]
        if ref.kind != "organisation" or not ref.country or len(mention.refs) > 1 or mention.end + 1 >= len(doc):
            return mention
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.pos_ != "DET"]
        agent = self.agent_words.get(words[0]) if len(words) == 1 else None
        if agent is None or doc[mention.end].lower_ not in self.pack.grammar.place_prepositions:
            return mention
        iso = self._country_of_place_at(doc, mention.end + 1)
        if iso is None or iso == ref.country:
            return mention
        return Mention(mention.start, mention.end, (ActorRef("agent", ref.text, country=iso, sector=agent.sector or ref.sector),))

    def _country_of_place_at(self, doc: Doc, start: int) -> str | None:
        """The country of the name that begins at ``start``: a capital that stands for
        its country ("Brasilia") or a place the gazetteer knows."""
        end = start
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        if end == start:
            return None
        text = words_text(doc, start, end)
        cref = self.countries.lookup(text, self.lang)
        if cref is not None:
            return cref.iso3
        place = load_gazetteer().named_by(text)
        return place.country if place is not None else None

    def _office_of_another_kind(self, doc: Doc, mention: Mention) -> Mention:
        """A title whose office is not the one its role key names: a deputy ("la
        secrétaire d'État adjointe", "le ministre adjoint des Affaires étrangères")
        or a title unique to one country said of another ("le secrétaire d'État
        français" is a junior minister, not the US foreign minister). The agent
        keeps its country and sector, without the role."""
        ref = mention.refs[0]
        if ref.kind != "agent" or not ref.role:
            return mention
        span = doc[mention.start : mention.end]
        end = mention.end
        for token in doc[mention.end : min(mention.end + 3, len(doc))]:
            if token.lower_ in self.pack.grammar.deputy_words:
                end = token.i + 1  # "la secrétaire d'État américaine adjointe": the title goes on to "adjointe"
            elif token.pos_ != "ADJ":
                break
        deputy = end > mention.end or any(t.lower_ in self.pack.grammar.deputy_words for t in span)
        agent = self.agent_phrases.get(" ".join(t.lower_ for t in span)) or self.agent_words.get(span[0].lower_ if len(span) == 1 else "")
        elsewhere = agent is not None and agent.country is not None and any(r.country not in (None, agent.country) for r in mention.refs)
        if not deputy and not elsewhere:
            return mention
        return Mention(mention.start, end, tuple(replace(r, role=None) for r in mention.refs))

    def _party_head(self, doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
        """A state title said of a party ("the leader of the opposition Democratic
        Party", "the leader of the main opposition party", "le président du parti
        d'opposition"): the party's man, of its sector (PTY, OPP) and country, holding
        no office of the state; otherwise "leader" resolves to the head of state."""
        ref = mention.refs[0]
        if len(mention.refs) != 1 or ref.kind != "agent":
            return mention
        if ref.sector != "GOV":
            return self._sent_by(doc, mention, mentions)
        head = words_root(doc, mention.start, mention.end)
        for child in _marked_complements(head, mention, self.pack.grammar.genitive_markers):
            party = next((m.refs[0] for m in mentions if m is not mention and len(m.refs) == 1
                          and m.refs[0].sector in PARTY_SECTORS and child.left_edge.i <= m.start and m.end <= child.right_edge.i + 1), None)
            if party is not None:
                return Mention(mention.start, mention.end, (replace(ref, sector=party.sector, role=None, country=ref.country or party.country),))
        return self._sent_by(doc, mention, mentions)

    def _sent_by(self, doc: Doc, mention: Mention, mentions: list[Mention]) -> Mention:
        """"a spokesman for the M23", "a delegation from the IMF", "un émissaire du général
        Tiani": one who speaks or is sent for a body or a person (a representative
        word of the pack's grammar, its complement under a representative marker)
        carries the sender's country and sector, not the state's nor the host's. A
        country as complement ("an envoy of Kenya") leaves the agent as it is."""
        ref = mention.refs[0]
        grammar = self.pack.grammar
        head = words_root(doc, mention.start, mention.end)
        if head.lower_ not in grammar.representative_words:
            return mention
        # the sender after a marker ("an envoy of the AU chairperson"), or before the noun as its
        # genitive ("the AU Commission Chairperson's Special Envoy", Quirk et al. 5.115: the
        # 's genitive and the of-phrase name the same relation)
        genitives = [c for c in children_of(head) if c.dep_ in ("poss", "nmod:poss") and c.i < mention.start
                     and any(g.lower_ in ("'s", "'", "’s", "’") for g in children_of(c))]
        for child in [*_marked_complements(head, mention, grammar.representative_markers), *genitives]:
            sender = next((m.refs[0] for m in mentions if m is not mention and len(m.refs) == 1
                           and m.refs[0].kind in ("organisation", "person", "agent") and m.refs[0].sector
                           and m.start <= child.i < m.end), None)
            if sender is not None and isinstance(sender.entity, Organisation) and sender.entity.changes:
                return mention  # a body whose sector changes with the date (the Taliban's) is left to the title's, as in _merge_long_titles
            if sender is None or (sender.sector == ref.sector and sender.country in (None, ref.country)):
                return mention
            return Mention(mention.start, mention.end, (replace(ref, sector=sender.sector, role=None, country=sender.country or ref.country),))
        return mention

    def _former_holder(self, doc: Doc, mention: Mention) -> Mention:
        """"a former minister", "l'ancien Premier ministre", "l'ex-président": an
        official out of office is an elite (CAMEO's ELI, as PETRARCH2 codes "former
        president"), of the same country, holding no role today; otherwise the title
        would resolve to the office's holder of the day, or make an arrest of him by
        his own government a government acting on itself."""
        ref = mention.refs[0]
        if ref.kind != "agent" or ref.sector not in OFFICE_SECTORS or not self.pack.grammar.former_words:
            return mention
        lower = self.words.of(doc).lower  # the forms from the table, without a Span or a Token per word
        words = lower[max(0, mention.start - 2) : mention.start] + lower[mention.start : mention.end]
        if not any(w in self.pack.grammar.former_words or self._without_former_prefix(w) is not None for w in words):
            return mention
        return Mention(mention.start, mention.end, tuple(replace(r, sector=FORMER_SECTOR, role=None) for r in mention.refs))

    def _future_holder(self, doc: Doc, mention: Mention) -> Mention:
        """"the president-elect", "Poland's incoming prime minister", "le président élu":
        one elected or named to an office not yet held, of its country and sector, but
        never the holder of the day, whose name the office would otherwise resolve to."""
        ref = mention.refs[0]
        if ref.kind != "agent" or ref.role is None or ref.sector not in OFFICE_SECTORS:
            return mention
        grammar = self.pack.grammar
        before = {t.lower_ for t in doc[max(0, mention.start - 2) : mention.start]}
        if not before & grammar.future_words_before and not self._future_after(doc, mention.end):
            return mention
        return Mention(mention.start, mention.end, tuple(replace(r, role=None) for r in mention.refs))

    def _future_after(self, doc: Doc, end: int) -> bool:
        """A future word right after a title ("-elect", "élu"), unless a complement of time
        or agent makes it a past election ("élu en 2019", "elected by parliament")."""
        index = end + 1 if end < len(doc) and doc[end].text == "-" else end
        if index >= len(doc) or doc[index].lower_ not in self.pack.grammar.future_words_after:
            return False
        after = doc[index + 1] if index + 1 < len(doc) else None
        return after is None or after.pos_ != "ADP" or after.lower_ in self.pack.grammar.genitive_markers

    def _owned_body(self, doc: Doc, mention: Mention) -> Mention:
        """"Peru's Congress", "le Congrès du Pérou", "Haiti's Senate": a body's name
        that is also the pack's common noun for such a body ("Congress" for the US
        Congress) names that body of the country that owns it, when the sentence
        gives another owner."""
        ref = mention.refs[0]
        if ref.kind != "organisation" or ref.country is None or len(mention.refs) > 1:
            return mention
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.pos_ != "DET"]
        if not words:
            return mention  # a name the tagger reads as determiners only ("ONU Femmes": "ONU" a DET)
        agent = self.agent_phrases.get(" ".join(words)) or self.agent_words.get(words[0])
        if agent is None:
            return mention
        owners = self._countries_of(doc, mention)
        if len(owners) != 1 or owners[0] == ref.country:
            return mention
        # "Taiwan's Ministry of National Defense": a longer name headed by such a noun is
        # an office every state has; its own entry tells what kind of body it is
        sector = agent.sector or ref.sector if len(words) == 1 else ref.sector or agent.sector
        body = ActorRef("agent", ref.text, country=owners[0], sector=sector, role=agent.role)
        return Mention(mention.start, mention.end, (body,))

    @staticmethod
    def _owned_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Spain's King Felipe", "US Deputy Secretary of State Wendy Sherman": a
        country named right before a title (with "'s" or alone, not after a
        preposition) is the title's country, whatever the parse hung it on."""
        mentions = sorted(mentions, key=lambda m: m.start)
        merged: list[Mention] = []
        for mention in mentions:
            previous = merged[-1] if merged else None
            owned = previous is not None and _owns_next(doc, previous, mention)
            if previous is not None and owned:
                refs = tuple(replace(r, country=previous.refs[0].country) for r in mention.refs)
                merged[-1] = Mention(previous.start, mention.end, refs)
            else:
                merged.append(mention)
        return merged

    def _leading_demonym_lists(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Thai and Cambodian troops", "Israeli, Egyptian and Qatari mediators":
        demonyms listed before an agent noun give one agent per country (GUIDELINES,
        lists and groups); the demonyms are part of the agent's mention."""
        result = list(mentions)
        for mention in mentions:
            if mention.refs[0].kind != "agent" or len(mention.refs) > 1:
                continue
            first, isos = self._demonyms_before(doc, mention.start)
            if len(set(isos)) < 2:
                continue
            refs = tuple(replace(mention.refs[0], country=iso, text=words_text(doc, first, mention.end)) for iso in dict.fromkeys(isos))
            result = [m for m in result if m.end <= first or m.start >= mention.end]
            result.append(Mention(first, mention.end, refs))
        return sorted(result, key=lambda m: m.start)

    def _demonyms_before(self, doc: Doc, end: int) -> tuple[int, list[str]]:
        """Demonyms listed right before token ``end`` ("Thai and Cambodian", "Israeli,
        Egyptian and Qatari"), with where the list starts; the countries in text order."""
        isos: list[str] = []
        i, first, joined = end - 1, end, False
        while i >= 0:
            iso = self.countries.demonym(doc[i].text, self.lang) if doc[i].pos_ in ("ADJ", "PROPN", "NOUN") else None
            if iso is None:
                break
            isos.insert(0, iso)
            first = i
            if i >= 1 and (doc[i - 1].lower_ in ("and", "or", "et", "ou") or doc[i - 1].text == ","):
                joined = doc[i - 1].text != "," or joined
                i -= 2
                continue
            break
        if first == end or not joined or doc[first].pos_ in ("CCONJ", "PUNCT"):
            return end, []
        return first, isos



# agents of a movement that stand for it ("Hamas leaders", "Houthi fighters", "PKK negotiators")
MEMBER_SECTORS = frozenset({"GOV", "MIL", "REB", "PTY"})
# the bodies of a state or of states, whose agents are their own actors ("Pentagon officials")
_STATE_OR_IGO_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "IGO"})


def _marked_complements(head: Token, mention: Mention, markers: frozenset[str]) -> Iterator[Token]:
    """The noun complements of a mention's head word that follow the mention under one of
    ``markers`` ("the leader | of the opposition party", "a spokesman | for the M23")."""
    for child in children_of(head):
        if child.i >= mention.end and child.dep_.startswith("nmod") \
                and any(c.dep_ == "case" and c.lower_ in markers for c in children_of(child)):
            yield child


def _a_movement(ref: ActorRef) -> bool:
    """A named armed group, party or movement of one country (not a state body, not an IGO)."""
    return (ref.kind == "organisation" and isinstance(ref.entity, Organisation) and ref.country is not None
            and ref.country not in IGO_CODES and ref.sector not in _STATE_OR_IGO_SECTORS)


def _owns_next(doc: Doc, country: Mention, title: Mention) -> bool:
    """Whether a country mention qualifies the titled mention right after it: next
    to it or with a possessive "'s" between, not introduced by a preposition, and
    the title names no country of its own."""
    if len(country.refs) != 1 or country.refs[0].kind != "country" or country.refs[0].country is None:
        return False
    ref = title.refs[0]
    if ref.kind not in ("agent", "person") or ref.country is not None or not (ref.role or ref.sector):
        return False
    gap = words_text(doc, country.end, title.start)
    if gap not in ("", "'s", "’s"):
        return False
    return not any(c.dep_ == "case" and c.lower_ not in ("'s", "’s") for t in doc[country.start : country.end] for c in children_of(t))


def _past_parenthesis(doc: Doc, i: int, longest: int = 5) -> int:
    """The index after a short parenthesis opening at ``i`` (a name's acronym: "l'Union
    européenne (UE)"), else ``i``."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + longest, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _name_part(token: Token, after: bool) -> bool:
    """Whether a word next to a family name belongs to the same name: a proper noun,
    or a given name the tagger did not call one ("Yang Geum-deuk", Geum-deuk tagged ADJ
    but attached as flat:name; a capitalised hyphenated word after the family name)."""
    if token.pos_ == "PROPN" or token.dep_.startswith("flat"):
        return True
    return after and "-" in token.text and token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def _argument_named(token: Token) -> bool:
    """A capitalised word the tagger did not call a proper noun, standing as a verb's
    subject or object ("Asante a accusé le Togo", Asante tagged ADJ): written as a name,
    it is the family name it repeats."""
    if not token.text[:1].isupper() or token.dep_.split(":")[0] not in ("nsubj", "obj", "dobj", "iobj"):
        return False
    return not any(child.dep_ == "det" for child in children_of(token))  # "La Paz a convoqué": a place's article


def _verb_tagged_noun(token: Token) -> bool:
    """"qu'il juge contraire au droit": a noun with a subject and no copula is a verb
    the tagger got wrong, not an agent ("le juge")."""
    children = list(children_of(token))
    subject = any(c.dep_.startswith(("nsubj", "expl:subj")) for c in children)
    return subject and not any(c.dep_ == "cop" for c in children)


def _line_break_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a line break (a headline's, a dateline's, a paragraph's end) lies between two tokens."""
    return any(ends_line(doc[i]) for i in range(max(start - 1, 0), end))


def _inside_name(span: Span) -> bool:
    """Whether a one-word span is part of a longer proper name ("Ahmed Wali | Karzai")."""
    doc = span.doc
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" for i in (span.start - 1, span.end))


def _hyphen_run_end(doc: Doc, start: int) -> int:
    """The end of the words joined by hyphens from ``start`` ("Sino - Indian"), or
    ``start + 1`` when none follows."""
    end = start + 1
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        end += 2
    return end


def _bare_pairs(doc: Doc, words: WordTable, numbers: frozenset[str]) -> list[Mention]:
    """A number standing alone for the two parties named before ("Lai met Pena in
    Asuncion, and the two signed agreements", "both agreed to resume talks"): the
    subject of its clause with no noun to count, as "the two leaders" (a pair). A bare
    count without an article ("two were killed") or with a partitive ("two of the
    soldiers") counts people, it refers back to no one."""
    found = []
    for i, lower in enumerate(words.lower):
        if lower not in numbers:
            continue
        token = doc[i]
        if not token.dep_.startswith("nsubj") or token.pos_ not in ("NUM", "PRON", "DET"):
            continue
        if any(c.dep_ in ("case", "nmod", "obl") or c.lower_ == "of" for c in children_of(token)):
            continue
        definite = "det" in child_deps(token)
        if definite or token.pos_ != "NUM":
            found.append(Mention(i, i + 1, (ActorRef("pair", token.text, plural=True),)))
    return found


# the dependencies by which a region's name is a doer or an addressee of a verb, not a place of
# it (mentions._acting_regions): a subject, and French 'à' arguments; a region as a direct
# object is the place acted on ("Russia attacked Odesa"), whose people the place reading gives
_REGION_ACTOR_DEPS = frozenset({"nsubj", "obl:arg"})
# a city this populous (Istanbul, Lagos, Karachi) is named for itself, not for the province of its name
_MEGACITY = 5_000_000
# the sectors of a party's side an agent word before a body's name gives ("the opposition Democratic
# Party"): the agent phrase reads the name, as it did before named bodies were read (test_actors_world_audit)
PARTY_SIDES = frozenset({"OPP"})
# sectors of the words that may qualify a body's role noun before its name ("le collectif
# citoyen X", "le parti d'opposition X"): never a person's title ("the party leader X")
_GROUP_SECTORS = frozenset({"CVL", "OPP", "NGO", "LAB", "PTY", "HRI"})


def _taken(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


_APPOSITION_LINKS = frozenset({"nmod", "nmod:poss", "appos", "compound", "flat", "flat:name", "conj", "poss", "pobj", "prep"})


def _noun_path(token: Token, mention: Mention) -> list[Token] | None:
    """The words from ``token`` up to the mention (not included) when the parse links
    them by nouns and their prepositions alone ("of Kenya's ODM", "député de la
    Plateforme"), else None (a verb, a relative clause, an adjective in between)."""
    path: list[Token] = []
    current = token
    for _ in range(8):
        if mention.covers(current.i):
            return path
        if current.dep_ not in _APPOSITION_LINKS or current.pos_ not in ("NOUN", "PROPN", "ADP") or current.head.i == current.i:
            return None
        path.append(current)
        current = current.head
    return None


def _in_office(ref: ActorRef) -> bool:
    """Whether the knowledge has the person in a state office with no end yet ("Anwar
    Ibrahim, the current chair of ASEAN": Malaysia's prime minister chairs it as such)."""
    person = ref.entity
    return isinstance(person, Person) and any(r.end is None and r.sector in OFFICE_SECTORS for r in person.roles)


def _a_country(mention: Mention, other: str | None) -> bool:
    """Whether the mention names one state for itself, not ``other``: "Bosnie", "Kosovo"."""
    ref = mention.refs[0]
    return (len(mention.refs) == 1 and ref.kind == "country" and not ref.plural and ref.country is not None
            and ref.country != other and ref.country not in IGO_CODES)


_LONGEST_MISSION_APPOSITION = 16  # words of "who heads the ... mission" before its closing comma
_LONGEST_TITLE_COMPLEMENT = 12  # words of a title's complement before the name it introduces


def _sentence_end_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence ends between token ``start`` and token ``end`` (a full stop,
    a question or exclamation mark standing alone, or a sentence the segmenter starts)."""
    return any(doc[i].text in (".", "!", "?") or doc[i].is_sent_start is True for i in range(start, min(end + 1, len(doc))))


def _long_title_of(doc: Doc, title: Mention, name: Mention) -> bool:
    """Whether ``name`` (a person) is set off by commas after the complement of ``title``:
    the words between are the title's own (no verb, every head inside the phrase)
    and end with the comma that opens the apposition."""
    if name.refs[0].kind != "person" or not 0 < name.start - title.end <= _LONGEST_TITLE_COMPLEMENT:
        return False
    if _sentence_end_between(doc, title.end, name.start):
        # "ont neutralisé quatre assaillants. Le gouverneur de la région, Adolphe Lele
        # Lafrique, a condamné": a plural noun that ends one sentence is no title of the
        # name the next one opens with its own title; no apposition crosses a full stop
        return False
    # the name proper: a name already merged with a body of the complement ("au ministère
    # des Affaires étrangères, Kenji Kanasugi") starts after that body
    first = name.refs[0].text.split()[0] if name.refs[0].text.split() else ""
    begins = next((t.i for t in doc[name.start : name.end] if t.text == first), name.start)
    gap = doc[title.end : begins]
    commas = [t.i for t in gap if t.text == ","]
    if len(commas) != 1:
        return False
    # after the comma only the name's own determiner and rank ("le général Moussa Diallo")
    if any(t.pos_ != "DET" and not (t.i >= name.start and t.pos_ in ("NOUN", "ADJ", "PROPN")) for t in doc[commas[0] + 1 : begins]):
        return False
    if any(t.pos_ in ("VERB", "AUX") or (t.pos_ != "PUNCT" and t.i < name.start and not title.start <= t.head.i < name.end) for t in gap):
        return False
    if any(t.pos_ == "CCONJ" and name.start <= t.head.i < begins and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "DET" for t in gap):
        # "Le ministre tunisien de l'Intérieur et son homologue libyen, Imad Trabelsi": the
        # name has its own title, with its own determiner, coordinated with this one; two
        # people, not a long title (one person's two titles share the first determiner:
        # "le vice-président du Conseil et ministre italien des Affaires étrangères, Antonio Tajani")
        return False
    root = words_root(doc, begins, name.end)
    closed = name.end < len(doc) and doc[name.end].text == ","
    return closed or title.start <= root.head.i < begins


# the words a capitalised title's complement is written with before the name it
# introduces, no comma between ("Minister of State for Foreign Affairs Dr Ahmed Tanko")
_TITLE_COMPLEMENT_POS = frozenset({"PROPN", "ADP", "DET", "CCONJ"})


def _title_runs_into_name(doc: Doc, title: Mention, name: Mention, between: list[Mention]) -> bool:
    """Whether a title with a capitalised complement runs straight into a person's name
    ("Deputy Minister of Defence Jan Kowalczyk", "the Minister of State at the Ministry
    of Foreign Affairs Dr Mohammed Al Khulaifi"): the words between are proper names,
    prepositions and articles, bodies or countries of the complement, and the parse
    hangs the title on the name or the name on the title."""
    ref = name.refs[0]
    if ref.kind != "person" or title.refs[0].kind != "agent" or title.refs[0].plural or ref.sector is not None:
        return False
    if not 0 < name.start - title.end <= _LONGEST_TITLE_COMPLEMENT or not doc[title.start].is_title:
        return False
    if any(t.pos_ not in _TITLE_COMPLEMENT_POS for t in doc[title.end : name.start]):
        return False
    if any(m.refs[0].kind not in ("country", "organisation", "agent") or m.refs[0].plural for m in between):
        return False
    title_root, name_root = words_root(doc, title.start, title.end), words_root(doc, name.start, name.end)
    # (or both hang on one word: "HE the Minister ... Al Khulaifi" as two appositions of "HE")
    return (name.start <= title_root.head.i < name.end or title.start <= name_root.head.i < title.end
            or title_root.head.i == name_root.head.i != title_root.i)


def reflexive_verb_subject(token: Token, grammar: Grammar) -> bool:
    """A pronoun the French parse labels expl:subj beside a reflexive verb ("qu'il se
    rendrait", "il s'entretiendra"): the verb's real subject, unless the verb is one
    used impersonally ("il s'agit de")."""
    verb = token.head
    if token.dep_ != "expl:subj" or verb.lemma_.lower() in grammar.impersonal_reflexives:
        return False
    return any(c.lower_ in grammar.reflexive_pronouns and c.dep_.startswith("expl") for c in children_of(verb))


def _compound_qualifiers(child: Token) -> list[Token]:
    """The adjectives that qualify a noun compounded to an agent ("a Chinese embassy
    official", "the Russian embassy spokesman"): the nationality of the embassy is the
    official's. A name compounded there ("an EU member state") is a body the agent
    belongs to, not its country."""
    if child.dep_ != "compound" or child.pos_ != "NOUN":
        return []
    return [c for c in children_of(child) if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < child.i]

"""Fill a trigger's argument frame from the dependency parse.

The frame (pack data) lists slots in order of preference; this module knows
how to read each slot off a spaCy parse in any Universal Dependencies
language: subjects, objects, passive agents, possessives, prepositional
dependents, and the arguments of the verb a nominal trigger depends on.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from dataclasses import dataclass, field, replace

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from chronicle.extract.clitics import object_pronoun_antecedents
from chronicle.knowledge.countries import IGO_CODES
from chronicle.extract.mentions import ActorRef, Mention, pair_noun_forms, reflexive_verb_subject
from chronicle.extract.relatives import RELATIVE_CLAUSES, oblique_antecedents, object_antecedent
from chronicle.extract.syntax import adjunct_preposition, carrier_keys, case_phrase, converse_adjunct, detached_participle_governor, fronted_occasion, fronted_agentive_participle, headline_predicate, is_gerund, is_nominal, object_past_adjuncts, object_relative, partitive_object, purpose_marked, trailing_participle_governor
from chronicle.extract.wordtable import child_deps, children_of, ends_line, forms_of, lower_forms, morph_values, parse_version, sentence_bounds, tokens_in, tokens_with, words_root
from chronicle.packs import Frame, Grammar

CLAUSE_BOUNDARIES = ("acl:relcl", "ccomp", "advcl", "parataxis", "csubj")
CLIMBABLE = ("xcomp", "conj", "acl", "advcl")
VICTIM_OBLIQUES = ("obl", "obl:mod", "obl:arg", "nmod")  # "ont péri dans des frappes", "died in airstrikes"


FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
# how the parse hangs a noun that sums up the clause before it ("..., a move Manila rejected"):
# a bare adverbial noun phrase (UD obl:npmod, ClearNLP npadvmod, fr_core_news obl:mod) or an apposition
SUMMARY_DEPS = frozenset({"obl:npmod", "npadvmod", "obl:mod", "appos"})
# what a refusal turns down: its object or the complement clause ("refused to let Germany
# re-export"), or the phrase of "a dit non à", "s'oppose à"
REFUSED_PHRASE_DEPS = frozenset({"obj", "xcomp", "obl"})
NAMED_KINDS = frozenset({"country", "organisation", "person", "surname", "name"})  # actors a text names, not a generic agent noun


def own_forces(mention: Mention) -> bool:
    """"its troops", "their police": forces a possessive gives to whoever acts, never
    the party acted on ("refused to withdraw its troops from Ukraine")."""
    ref = mention.refs[0]
    return ref.possessed and ref.sector in FORCE_SECTORS


@dataclass
class Participants:
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    passive: bool = False
    object_event: str | None = None  # the type of the event acted on, when no actor is ("condemned the launch")
    judged_deed: bool = False  # that event is named only to be judged ("a dénoncé un « chantage »"): any deed may be it
    answered: frozenset[str] = frozenset()  # the types of the said event it answers, its author unnamed ("rejected the accusations")
    under_judgement: bool = False  # a deed a judgement names ("condemned the Russian strikes"): no party but its phrase's
    among: bool = False  # a symmetric event among three or more coordinated parties: one event per pair (GUIDELINES)
    mutual: bool = False  # a reciprocal "se" ("se sont mutuellement menacés"): each side acts on the other, one event each way
    unknown_source: bool = False  # stated without its doer ("ont été tués dans une embuscade"): coded with an unknown source
    reported_own_act: bool = False  # coded only as the act of the state authority reporting it ("drones were delivered, the ministry said")
    casualties: bool = False  # its victims named only by a toll ("a fait 12 morts"): the civilians of the place
    struck: tuple[int, int] | None = None  # tokens of the phrase naming the place struck ("sur Odessa"), when no actor is
    struck_civilians: bool = False  # what is struck is where civilians are ("a bombardé un marché")
    given_to_third: bool = False  # coordinated parties promise to give a third party ("Jamaica and Belize promised to send police")


def bare_adverbial(noun: Token) -> bool:
    """A noun phrase with no preposition right after the verb that the parse reads as
    an adverbial of it, as it reads "toutes les semaines" ("a appelé toutes les
    parties/obl:mod à la retenue"): when it names an actor, it is the object."""
    if noun.dep_ != "obl:mod" or noun.pos_ != "NOUN" or "case" in child_deps(noun):
        return False
    # right after the verb (adverbs and an opening quote aside): a noun hung far off is a
    # misparse of another clause
    between = noun.doc[noun.head.i + 1 : noun.left_edge.i]
    return noun.i > noun.head.i and all(t.pos_ == "ADV" or t.is_quote for t in between)


class ArgumentReader:
    """Reads frame slots for triggers of one doc."""

    def __init__(self, doc: Doc, mentions: list[Mention], grammar: Grammar):
        self.doc = doc
        self.grammar = grammar
        # the verbs that carry out or decide an event, joined once per doc, not at each phrase read
        self._doers = grammar.carriers | grammar.intention_governors
        self._doers_not_hosts = self._doers - grammar.host_verbs
        self.triggers: set[int] = set()  # token indices of the sentence's triggers, set by the extractor
        self.contents: set[int] = set()  # those held as another trigger's content, set by the extractor
        self.occasions: set[int] = set()  # events a commitment is made at ("en marge du sommet"), set by the extractor
        self.event_nouns: set[int] = set()  # nouns that name an event, triggers or not ("an emergency meeting"), set by the extractor
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.by_token[i] = mention
        self.listed_with = _surface_lists(doc, mentions, grammar)
        # "Moscou l'a menacé": an object pronoun reads as the actor it stands for, wherever
        # a slot reads it (never as a neighbour: it is no subject)
        self.stand_ins = object_pronoun_antecedents(doc, grammar, self.by_token, self._locative)
        # "le Niger, contre lequel la CEDEAO a pris des sanctions": the pronoun reads as its antecedent
        self.stand_ins.update(self._oblique_relatives())
        # "X a reçu Y. Ce dernier a condamné Z": the demonstrative reads as the actor named last
        self.stand_ins.update(self._latter_antecedents(mentions))
        self._stood_for: dict[int, Token] | None = None
        # (holder, trigger, parse version) -> the holder's introduced dependents (_introduced)
        self._introductions: dict[tuple[int, int, int], list[tuple[Token, str | None]]] = {}

    # ---------------------------------------------------------------- public

    def _latter_antecedents(self, mentions: list[Mention]) -> dict[int, Mention]:
        """"Ce dernier" (mentions.latter_pronouns) stands for the actor named last before
        it, of its number, whoever acted (Grevisse § 672: it takes up the nearest of the
        nouns before): not a place, a pronoun or an actor inside the same phrase; within
        the sentence before at most (helper cons26fr)."""
        found: dict[int, Mention] = {}
        ordered = sorted(mentions, key=lambda m: m.start)
        for k, mention in enumerate(ordered):
            ref = mention.refs[0]
            if ref.kind != "pronoun" or not ref.latter:
                continue
            limit = sentence_bounds(self.doc[mention.start])[0]
            previous = self.doc[limit - 1] if limit > 0 else None
            if previous is not None:
                limit = sentence_bounds(previous)[0]
            for before in reversed(ordered[:k]):
                if before.start < limit:
                    break
                first = before.refs[0]
                if first.kind == "pronoun" or self._locative(before) or first.plural != ref.plural:
                    continue
                for i in range(mention.start, mention.end):
                    found[i] = before
                break
        return found

    def _oblique_relatives(self) -> dict[int, Mention]:
        """The actor each prepositional relative pronoun stands for, by its position, where
        its antecedent names one (relatives.oblique_antecedents)."""
        found: dict[int, Mention] = {}
        for i, antecedent in oblique_antecedents(self.doc, self.grammar).items():
            mention = self.by_token.get(antecedent.i)
            if mention is not None and self._names_actor(antecedent):
                found[i] = mention
        return found

    def stood_for(self) -> dict[int, Token]:
        """The actor a word stands for or acts on as its object, by the word's position: the
        head word of the phrase an object pronoun stands for ("l'a expulsé" after "l'ambassadeur
        du Soudan"), and the noun naming an actor that a relative clause's verb acts on ("les
        diplomates que Paris a expulsés"); a thing so named is no party."""
        if self._stood_for is None:
            found = {i: words_root(self.doc, m.start, m.end) for i, m in self.stand_ins.items()}
            # fr_core_news_md may label an object relative a plain 'acl' with its 'que' a
            # conjunction ("les journalistes que la police a arrêtés"): object_antecedent
            # reads it so too (helper verbs27fr)
            for verb in tokens_with(self.doc, DEP, RELATIVE_CLAUSES | {"acl"}):
                antecedent = object_antecedent(verb, self.grammar)
                if antecedent is not None and self._names_actor(antecedent):
                    found[verb.i] = antecedent
            # a fronted past participle with an agent acts on its governing clause's subject
            # ("Expulsés par le Maroc lundi, les diplomates indiens ont quitté le pays": Quirk
            # et al. 15.58), which is its object as a relative's antecedent is (helper verbs27fr)
            for verb in tokens_with(self.doc, DEP, ("advcl", "ROOT")):
                if verb.i in found or verb.pos_ != "VERB":
                    continue
                governor = detached_participle_governor(verb)
                subject = next((c for c in children_of(governor) if c.dep_ in ("nsubj", "nsubj:pass")), None) if governor is not None else None
                if subject is not None and self._names_actor(subject):
                    found[verb.i] = subject
            self._stood_for = found
        return self._stood_for

    def read(self, trigger: Token, frame: Frame, inherently_reflexive: bool = False) -> Participants:
        """Source and target mentions of a trigger under its frame.

        An inherently reflexive verb ("se rassembler", "s'entretenir") is no
        pronominal passive, whatever label the parser gives its subject; only an
        auxiliary makes it passive."""
        if not inherently_reflexive and not frame.symmetric and self._reciprocal(trigger):
            return self._reciprocal_sides(trigger)
        carrier = trigger.head
        if not frame.symmetric and is_nominal(trigger) and trigger.dep_ in ("obj", "obl:arg") and carrier.i != trigger.i \
                and carrier.lemma_.lower() in self.grammar.carriers and self._reciprocal(carrier):
            # "le Kenya et le Pakistan se sont mutuellement imposé des sanctions": the carrier's
            # reciprocal "se" makes the noun's act go each way (helper cons26fr)
            return self._reciprocal_sides(carrier)
        passive = self._is_passive(trigger)
        if passive and inherently_reflexive and not _passive_auxiliary(trigger, self.grammar):
            passive = False
        patient = (self._participle_patient(trigger) or self._conjoined_passive_patient(trigger)) if frame.passive_swaps and "obj" in frame.target else []
        passive = passive or bool(patient) or bool(self._fronted_participle_patient(trigger))
        sources = self._speakers_for_pronouns(self._first_filled(trigger, frame.source, passive and frame.passive_swaps, exclude=set()))
        if passive and frame.passive_mover and not sources and trigger.lemma_.lower() not in self.grammar.stative_passives:
            sources = self._with_deps(trigger, ("nsubj:pass",))
        used = {m.start for m in sources}
        targets = [
            m for m in self._speakers_for_pronouns(self._first_filled(trigger, frame.target, passive and frame.passive_swaps, exclude=used, recipients=True))
            if m.start not in used
        ] or [m for m in patient if m.start not in used]
        among = False
        if frame.symmetric and len(sources) >= 2 and targets and frame.target == ("chair_subj",):
            # "a présidé une réunion en présence de ses homologues du Mali et du Niger": the
            # chair meets the participants listed, and they each other (GUIDELINES, lists and groups)
            among = True
            sources, targets = targets[:1], targets[1:] + sources
        elif frame.symmetric and len(sources) >= 2 and not targets:
            among = len(sources) >= 3
            sources, targets = sources[:1], sources[1:]
        elif frame.symmetric and passive and not sources and len(targets) >= 2:
            # "a memorandum was signed between Kenya and Ethiopia", "un accord a été conclu
            # entre Rabat et Nouakchott": a passive with no agent names both sides in its
            # partner phrase, who act together
            among = len(targets) >= 3
            sources, targets = targets[:1], targets[1:]
        if targets:
            targets += [m for m in self._gapped_targets(trigger, frame, used) if all(m.start != t.start for t in targets)]
        # the act's own parties ("sent troops to Mozambique at the request of Maputo") are
        # not the request's: it goes to the act's doer
        targets = [m for m in self.behest_addressee(trigger) if m.start not in used] or targets
        return Participants(sources, targets, passive, among=among)

    def _reciprocal(self, trigger: Token) -> bool:
        """Whether a verb's "se" is reciprocal: marked so ("se sont mutuellement menacés"),
        or the verb's one-way act with coordinated subjects ("le Rwanda et la RDC se sont
        accusés de"); a pronominal passive's subject is no list of actors."""
        children = children_of(trigger)
        if self._reciprocal_object(trigger):
            return True
        if not any(c.lower_ in self.grammar.reflexive_pronouns and c.i < trigger.i for c in children):
            return False
        if any(c.lower_ in self.grammar.reciprocal_marks for c in children):
            return True
        following = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
        if following is not None and following.lower_ in self.grammar.reciprocal_marks:
            # "se sont accusés mutuellement d'avoir ouvert le feu": the parser may hang the
            # adverb right after the verb on the infinitive that follows
            return True
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass")]
        if trigger.lemma_.lower() not in self.grammar.reciprocal_verbs:
            return False
        # coordinated subjects ("le Rwanda et la RDC se sont accusés"), or a group named by a
        # count ("les deux pays se sont accusés de"): plural parties, each acting on the others
        return any(c.dep_ == "conj" for s in subjects for c in children_of(s)) or any(
            self._counted_group(s) for s in subjects)

    def _counted_group(self, noun: Token) -> bool:
        """A pair noun counted by the pack's pair or group numbers ("les deux camps")."""
        grammar = self.grammar
        forms = pair_noun_forms(noun.lemma_.lower(), noun.lower_)
        return bool(forms & grammar.pair_nouns) and any(
            c.lower_ in grammar.pair_numbers or c.lower_ in grammar.group_numbers for c in children_of(noun))

    def _reciprocal_object(self, trigger: Token) -> bool:
        """Whether the verb's object is a reciprocal pronoun ("accused each other", "blamed
        one another"; pack ``reciprocal_objects``), its subject plural."""
        doc = trigger.doc
        for child in children_of(trigger):
            if child.i <= trigger.i or not child.dep_.startswith(("dobj", "obj")):
                continue
            for phrase in self.grammar.reciprocal_objects:
                words = phrase.split()
                start = child.i - len(words) + 1
                if start > trigger.i and [t.lower_ for t in doc[start:child.i + 1]] == words:
                    return True
        return False

    def _reciprocal_sides(self, trigger: Token) -> Participants:
        """The parties of a reciprocal act: its subjects, each acting on the others (a
        group named by a count, "les deux pays", is split once resolved)."""
        sources = self._speakers_for_pronouns(self._subject(trigger, passive=False))
        if len(sources) >= 2:
            return Participants(sources[:1], sources[1:], among=len(sources) >= 3, mutual=True)
        return Participants(sources, [], mutual=True)

    def undergone(self, trigger: Token, event_type: str) -> bool:
        """Whether a nominal trigger is what the subject of the light verb (or copular
        noun) it hangs from undergoes (grammar.converse_carriers): "Ukraine received
        military aid from Germany", "l'Iran fait l'objet de sanctions de la part des
        Etats-Unis", "Mali was the target of an attack by jihadists"; only for the
        event types the carrier makes undergone ("obtained the support of X", not
        "obtained the release of X")."""
        if not is_nominal(trigger):
            return False
        if converse_adjunct(trigger, event_type, self.grammar.converse_prepositions, self.grammar.preposition_forms):
            return True
        governed = self._governing_verb(trigger)
        if governed is None or governed[0].dep_.startswith("nsubj"):
            return False  # "the aid was received": the noun is the subject, not what it undergoes
        below, verb = governed
        keys = carrier_keys(verb, below)
        if below.dep_ == "attr":
            keys.add(below.lemma_.lower())  # "was the target of": the copula's complement carries it
        carriers = self.grammar.converse_carriers
        return any(not carriers[key] or event_type in carriers[key] for key in keys & carriers.keys())

    def behest(self, trigger: Token) -> bool:
        """Whether a request noun names what an act was done upon, in a phrase hung on
        the act's verb or noun ("at the request of Niger, France withdrew", "the
        deployment of troops at the request of Benin", "à la demande de la Syrie";
        grammar.behest_nouns with their prepositions)."""
        prepositions = self.grammar.behest_nouns.get(trigger.lemma_.lower())
        if not prepositions or trigger.dep_ not in ("obl", "obl:mod", "nmod") or trigger.head.i == trigger.i:
            return False
        if trigger.head.pos_ not in ("VERB", "AUX") and not is_nominal(trigger.head):
            return False
        return any(c.dep_ == "case" and self.preposition_form(c.lower_) in prepositions for c in children_of(trigger))

    def behest_addressee(self, trigger: Token) -> list[Mention]:
        """Whom a request is made to when a phrase names it as what an act was done upon
        ("at the request of Niger, France withdrew its troops", "la Russie a convoqué une
        réunion à la demande de la Syrie"): the doer of that act (grammar.behest_nouns).
        An act named by a noun is done by the subject of the verb that takes it as its
        object ("Tinubu ordered the deployment of troops at the request of Talon"), or
        by the agent of the passive it is the subject of; "the transfer was carried out
        at the request of X", "the sanctions were reimposed at the request of X" name no
        one the request went to (none: the caller drops such a request)."""
        if not self.behest(trigger):
            return []
        act = trigger.head
        if act.pos_ not in ("VERB", "AUX"):
            governor = act.head
            if governor.i == act.i or governor.pos_ not in ("VERB", "AUX"):
                return []
            if act.dep_ == "obj":
                return self._subject(governor, self._is_passive(governor), fallback=False)
            if act.dep_ in ("nsubj:pass", "nsubj") and self._is_passive(governor):
                return self._with_deps(governor, ("obl:agent",)) or self._prep(governor, self.grammar.agent_prepositions)
            return []
        passive = self._is_passive(act)
        found = self._subject(act, passive, fallback=False)
        if not found and passive:
            # "Kenyan troops were deployed to Haiti at the request of the UN": with no agent,
            # the forces the act moves are their state's, to whom the request went
            found = [m for m in self._with_deps(act, ("nsubj:pass",)) if m.refs[0].sector in FORCE_SECTORS]
        return found

    def _participle_patient(self, trigger: Token) -> list[Mention]:
        """The noun a past participle qualifies is what was done to it: "Two
        peacekeepers killed in attack in Mali" (a headline), "soldiers abducted by
        the rebels were freed" (a reduced passive relative). Its agent, if any, is
        its "by" phrase, never the subject of the clause around it."""
        if trigger.dep_ != "acl" or not is_nominal(trigger.head) and trigger.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        if "Part" not in morph_values(trigger, "VerbForm") or "Past" not in morph_values(trigger, "Tense"):
            return []
        # an object says the parse took an active verb for a participle: "Iranian security
        # forces tortured arrested protesters", read as "forces (who were) tortured"
        if any(c.dep_.startswith(("nsubj", "aux", "cop", "obj")) for c in children_of(trigger)):
            return []
        return self._mentions_at(trigger.head)

    def _qualified_doer(self, trigger: Token) -> list[Mention]:
        """The noun a participle with no subject or object of its own qualifies, for a verb
        whose doer it is: "thousands of students protesting in Dhaka", "plusieurs centaines
        de militants rassemblés devant le siège du NUP" (a reduced relative: "who were
        protesting", "qui s'étaient rassemblés"). Only the frames that list this slot read it:
        intransitive or pronominal acts, whose participle says what the noun did, where a
        transitive verb's past participle says what was done to it (_participle_patient)."""
        if trigger.dep_ != "acl" or trigger.pos_ not in ("VERB", "AUX") or trigger.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        if "Part" not in morph_values(trigger, "VerbForm") and trigger.tag_ != "VBG":
            return []
        if any(c.dep_.startswith(("nsubj", "obj", "aux", "cop", "mark")) for c in children_of(trigger)):
            return []
        return self._mentions_at(trigger.head)

    def _asked_of(self, trigger: Token) -> list[Mention]:
        """Who is asked for what a reduced passive relative of demand names, when another
        verb's subject grants, refuses or acts on it: in "Les Pays-Bas refusent d'accorder
        à la Grèce l'allègement réclamé par Athènes", "le gouvernement a accepté les
        réformes réclamées par l'opposition", "l'Espagne a extradé un trafiquant réclamé
        par la justice marocaine", the demand is made of that subject; what the noun
        names (the relief, the reforms, the man wanted) is its content, not its addressee."""
        if trigger.dep_ not in ("acl", "xcomp") or trigger.head.i == trigger.i:
            return []
        if "Part" not in morph_values(trigger, "VerbForm") or "Past" not in morph_values(trigger, "Tense"):
            return []
        deps = {c.dep_ for c in children_of(trigger)}
        if "obl:agent" not in deps or any(d.startswith(("nsubj", "aux", "cop", "obj")) for d in deps):
            return []
        # up the noun phrase the participle qualifies (the parse hangs it on the noun, on
        # its complement or on the verb itself) to the verb acting on it
        current = trigger
        for _ in range(4):
            if current.dep_ not in _DEMANDED_PHRASE or current.head.i == current.i:
                return []
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                break
        else:
            return []
        if current.pos_ not in ("VERB", "AUX") or self._is_passive(current):
            return []
        agents = {m.start for m in self._with_deps(trigger, ("obl:agent",))}
        return [m for m in self._subject(current, False) if m.start not in agents]

    def _fronted_participle_patient(self, trigger: Token) -> list[Mention]:
        """The subject of the clause a fronted past participle with an agent opens is
        what was done to it: "Accused by Washington of backing Moscow, South Africa
        defended its position", "Critiqué par l'UE, le gouvernement hongrois a maintenu
        sa loi" (the participle's agent acts). Only with an agent: "Arrived in Paris,
        the minister met" is no passive."""
        governor = detached_participle_governor(trigger)
        if governor is None:
            return []
        return self._with_deps(governor, ("nsubj", "nsubj:pass"))

    def _conjoined_passive_patient(self, trigger: Token) -> list[Mention]:
        """A bare past participle coordinated with a passive shares it: in "Besigye was
        arrested on Monday and charged with treason", "a été interpellé puis inculpé",
        the passive's subject is charged, not the one charging."""
        if trigger.dep_ != "conj" or not self._is_passive(trigger.head):
            return []
        if "Part" not in morph_values(trigger, "VerbForm") or "Past" not in morph_values(trigger, "Tense"):
            return []
        if any(c.dep_.startswith(("nsubj", "aux", "cop", "obj")) for c in children_of(trigger)):
            return []  # a clause of its own: "was arrested and has denied the charges"
        return self._with_deps(trigger.head, ("nsubj:pass",))

    def attributed(self, verb: Token, deed: Token, preposition: str) -> list[Mention]:
        """Who a deed is put down to by an attribution verb's phrase: "Tehran blamed the
        attack on Israel" (the parse may hang "on Israel" on the verb or on the deed)."""
        prepositions = frozenset({preposition})
        return self._prep(verb, prepositions) or self._prep(deed, prepositions)

    def origin(self, trigger: Token, prepositions: frozenset[str]) -> list[Mention]:
        """The country a passive with no agent removes people from, which removes them:
        "two Russian diplomats were expelled from Moldova", "migrants were deported
        from the Dominican Republic"."""
        found = self._prep(trigger, prepositions)
        return [m for m in found if m.refs[0].kind == "country"]

    def preposition_form(self, word: str) -> str:
        """The preposition a contracted form stands for ("au", "aux": "à")."""
        return self.grammar.preposition_forms.get(word, word)

    def _shared_agent(self, trigger: Token) -> list[Mention]:
        """The agent of a passive coordinated with this one, which both share: "were
        beaten and tortured by security forces" (the parse hangs it on the last)."""
        verbs = [c for c in children_of(trigger) if c.dep_ == "conj" and c.pos_ == "VERB"]
        if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
            verbs.append(trigger.head)
        for verb in verbs:
            if self._is_passive(verb) or "Part" in morph_values(verb, "VerbForm"):
                found = self._with_deps(verb, ("obl:agent",))
                if found:
                    return found
        return []

    def _gapped_targets(self, trigger: Token, frame: Frame, exclude: set[int]) -> list[Mention]:
        """Parties of a conjunct that repeats the trigger without its verb: "s'entretiendra
        mercredi avec Kang, puis vendredi avec Park" meets Park too."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return []
        found: list[Mention] = []
        for conjunct in trigger.rights:
            # the parse makes "puis vendredi (avec Park)" a conjunct or an adjunct with its own "puis"
            coordinated = conjunct.dep_ == "conj" or "cc" in child_deps(conjunct)
            if coordinated and conjunct.pos_ not in ("VERB", "AUX"):
                slots = tuple(slot for slot in frame.target if slot.startswith("prep:"))
                found += self._first_filled(conjunct, slots, False, exclude)
        return found

    # ---------------------------------------------------------------- slots

    def _first_filled(self, trigger: Token, slots: tuple[str, ...], passive: bool, exclude: set[int], recipients: bool = False) -> list[Mention]:
        """The mentions of the first slot that names any; ``recipients``: the slots are
        the target's, whose directed phrases may hang on the verb's object."""
        for slot in slots:
            found = [m for m in self._slot(trigger, slot, passive, slots, recipients) if m.start not in exclude]
            if found:
                return found
        return []

    def _slot(self, trigger: Token, slot: str, passive: bool, slots: tuple[str, ...] = (), recipients: bool = False) -> list[Mention]:
        if slot == "subj":
            return self._subject(trigger, passive)
        if slot == "agent":
            return self._with_deps(trigger, ("obl:agent",)) or self._prep(trigger, self.grammar.agent_prepositions)
        if slot == "obj":
            if passive:
                found = self._with_deps(trigger, ("nsubj:pass", "nsubj")) or self._raised_subject(trigger)
                # "Le Premier ministre, arrivé dimanche à Nouakchott, a été reçu par le président":
                # the parse gives the passive's subject to the participle set off before it
                found = found or self._detached_participle_subject(trigger)
                return found or self._fronted_participle_patient(trigger) or self._relative_patient(trigger)
            return self._with_deps(trigger, ("obj",)) or self._misparsed_object(trigger) or self._relative_object(trigger)
        if slot == "iobj":
            return self._with_deps(trigger, ("iobj",))
        if slot == "poss":
            return self._possessive(trigger)
        if slot == "genitive_poss":
            return self._genitive_owner(trigger)
        if slot == "modifier":
            return self._modifier(trigger)
        if slot == "party_modifier":
            return self._party_modifier(trigger)
        if slot == "clause_obj":
            return self._clause_object(trigger, slots)
        if slot == "clause_subj":
            return self._clause_subject(trigger)
        if slot == "clause_named_subj":
            # "warned that India would pay a heavy price": the one to pay, never a pronoun,
            # which is most often the warner itself ("warned that it would pay any price")
            return [m for m in self._clause_subject(trigger) if m.refs[0].kind != "pronoun"]
        if slot == "clause_deed_doer":
            return self._clause_deed_doer(trigger)
        if slot == "holder":
            return self._holder_of_released(trigger)
        if slot == "asked_of":
            return self._asked_of(trigger)
        if slot.startswith("prep:"):
            found = self._prep(trigger, frozenset({slot[5:]})) or self._lowered_agent(trigger, slot[5:])
            return found or (self._object_recipient(trigger, slot[5:]) if recipients else [])
        if slot.startswith("national_prep:"):
            # "le déploiement de troupes russes": a complement that says whose, by a nationality
            # or a country; "le déploiement de 600 soldats" says no one's
            return [m for m in self._prep(trigger, frozenset({slot[14:]})) if any(r.country for r in m.refs)]
        if slot.startswith("object_prep:"):
            return self._object_recipient(trigger, slot[12:])
        if slot.startswith("after:"):
            return self._after(trigger, slot[6:])
        if slot.startswith("owned_prep:"):
            return self._owned_forces_left(trigger, slot[11:])
        if slot.startswith("named_prep:"):
            return self._named_prep(trigger, slot[11:])
        if slot.startswith("prep_modifier:"):
            return self._prep_modifier(trigger, slot[14:])
        if slot.startswith("sides:"):
            return self._object_sides(trigger, slot[6:])
        if slot.startswith("nested:"):
            return self._nested_recipient(trigger, slot[7:])
        if slot.startswith("venue_prep:"):
            return self._beyond_venue(trigger, slot[11:])
        if slot.startswith("partner:"):
            return self._agreement_partner(trigger, slot[8:])
        if slot.startswith("conjunct_prep:"):
            return self._conjunct_partner(trigger, slot[14:])
        if slot.startswith("genitive_beside:"):
            return self._genitive_beside(trigger, slot[16:])
        if slot == "condition":
            return self._condition_subject(trigger)
        if slot == "refused_party":
            return self._refused_party(trigger)
        if slot == "purpose_obj":
            return self._purpose_object(trigger)
        if slot == "qualified":
            return self._qualified_doer(trigger)
        if slot == "chair_subj":
            # "a présidé une réunion en présence de ses homologues": the chair is a party
            governed = self._governing_verb(trigger)
            if governed is None or governed[1].lemma_.lower() not in self.grammar.chair_verbs:
                return []
            return self._governor_argument(trigger, "governor_subj")
        if slot in ("governor_subj", "governor_obj", "governor_iobj") or slot.startswith("governor_prep:"):
            found = self._governor_argument(trigger, slot)
            if not found and slot == "governor_subj" and is_nominal(trigger):
                found = self._relative_carrier_subject(trigger)
            return found
        return []  # "place" is filled from the event's location by the caller

    def _refused_party(self, verb: Token) -> list[Mention]:
        """The party a refusal turns down, named inside what is refused rather than as an
        argument of the verb: "declined the invitation to the summit organised by
        Washington", "rejected calls to let Afghan women work for the United Nations", "a
        écarté tout retrait de ses troupes des territoires ukrainiens", "a rejeté l'accord
        négocié sous l'égide de l'ONU" (CAMEO 12: the recipient is the one whose proposal,
        demand or interest is refused). The first named actor (a country, a demonym, an
        organisation, a person) in the verb's object or complement, never a place ("l'entrée
        à Gaza d'une mission de l'ONU" is the UN's) nor a generic agent noun ("ses troupes",
        "Afghan women", the refuser's own people); none when the object is words answered
        (grammar.answered_nouns: their author is found by the assembly's answer step)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        # the refuser's own country named in what it refuses is no party ("Afghan women")
        own = {_ref_country(ref) for m in self._with_deps(verb, ("nsubj",)) for ref in m.refs} - {None}
        for phrase in (c for c in children_of(verb) if c.dep_ in REFUSED_PHRASE_DEPS):
            if phrase.dep_ == "obj" and phrase.lemma_.lower() in self.grammar.answered_nouns:
                return []
            for token in phrase.subtree:
                mention = self.by_token.get(token.i)
                if mention is None or mention.start != token.i or mention.refs[0].kind not in NAMED_KINDS or _ref_country(mention.refs[0]) in own:
                    continue
                if not self._locative(mention):
                    return self._with_partners(mention)
        return []

    def _condition_subject(self, trigger: Token) -> list[Mention]:
        """The subject of a condition clause the trigger, or the clause it governs, sets:
        a threat names whom it is aimed at by what that party must do or not do ("a averti
        que Tsahal agirait avec une force maximale si le Hezbollah ne désarmait pas", "a
        menacé d'imposer des droits si Ottawa ne supprimait pas ses subventions")."""
        marks = self.grammar.conditional_marks
        governors = [trigger, *(c for c in trigger.children if c.dep_ in ("ccomp", "xcomp"))]
        # "a averti que la Turquie n'hésiterait pas à agir si les FDS ne déposaient pas les
        # armes": the act threatened may sit one complement deeper, and the parse may make
        # the condition a complement of it ("agir -ccomp-> déposaient")
        governors += [c for g in governors[1:] for c in g.children if c.dep_ in ("ccomp", "xcomp")]
        for governor in governors:
            for clause in (c for c in governor.children if c.dep_ in ("advcl", "ccomp")):
                if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
                    found = self._with_deps(clause, ("nsubj",))
                    if found:
                        return found
        return []

    def _purpose_object(self, verb: Token) -> list[Mention]:
        """The object of the purpose infinitive that names whom the act was aimed at when its
        own object is a weapon or a means: "used water cannon and rubber bullets to disperse
        a group of protesters", "fired tear gas to push them back"; only a purpose that acts
        on people (grammar.dispersing_verbs): "to protect the parliament" names no one struck."""
        for clause in children_of(verb):
            if (clause.dep_ in ("advcl", "xcomp") and clause.pos_ == "VERB" and clause.lemma_.lower() in self.grammar.dispersing_verbs
                    and self._purpose_clause_marked(clause)):
                found = self._with_deps(clause, ("obj",))
                if found:
                    return found
        return []

    def _purpose_clause_marked(self, clause: Token) -> bool:
        """Whether an infinitive clause is marked as a purpose ("to", "in order to")."""
        return purpose_marked(clause, self.grammar.purpose_marks)

    def _relative_object(self, verb: Token) -> list[Mention]:
        """The antecedent of a relative clause whose object is the relative pronoun: "les
        diplomates que Paris a expulsés", "the envoy whom Beijing summoned", "the rebels
        Kinshasa accuses of" (relatives.object_antecedent). The noun itself names the actor:
        "a court case, which he calls persecution" is about the case, not the court."""
        antecedent = object_antecedent(verb, self.grammar)
        if antecedent is None:
            return []
        if antecedent.lemma_.lower() in self.grammar.restated_act_nouns:
            # "une proposition que le FLNKS a déclinée": the noun names no actor, though its
            # phrase holds the clause's own subject
            return self._summarised_doer(antecedent)
        return self._mentions_at(antecedent) if self._names_actor(antecedent) else self._summarised_doer(antecedent)

    def _summarised_doer(self, noun: Token) -> list[Mention]:
        """The doer of the clause that a deed noun in apposition sums up, when a relative
        clause judges that noun: "Beijing declared baselines around the shoal, a move Manila
        rejected", "Russia expelled two diplomats, a decision Tallinn condemned" (Quirk et al.
        17.93, a sentential apposition: the noun restates the clause before it, whose
        subject did the deed). The parse hangs such a noun on the clause's verb as a bare
        adverbial or an apposition, after the verb; a passive clause's doer is its agent."""
        head = noun.head
        lemma = noun.lemma_.lower()
        if lemma in self.grammar.restated_act_nouns and _set_off_by_comma(noun):
            # "a exigé la levée des sanctions, une condition/obj que ... ont écartée", "à
            # Accra, invitation/conj(Accra) que ... a acceptée": the parse hangs the
            # apposition anywhere in the clause; the clause is the nearest verb above it
            # with a subject of its own
            head = _verb_with_subject(noun)
            if head is None:
                return []
        elif lemma not in self.grammar.judged_deed_nouns or noun.dep_ not in SUMMARY_DEPS:
            return []
        if head.pos_ not in ("VERB", "AUX") or head.i >= noun.i:
            return []
        passive = any(d in ("nsubj:pass", "aux:pass") for d in child_deps(head))
        return self._subject(head, passive, fallback=False) if passive else self._with_deps(head, ("nsubj",))

    def _names_actor(self, noun: Token) -> bool:
        """Whether a noun's phrase names an actor, not only through a noun compounded with it
        ("a court case, which he calls persecution": the case, not the court)."""
        mention = self._mention_in(noun)
        return mention is not None and (noun.i in self.by_token or words_root(self.doc, mention.start, mention.end).dep_ != "compound")

    def _genitive_beside(self, noun: Token, partner_preposition: str) -> list[Mention]:
        """The "de" phrase of an event noun that names its partner with another
        preposition: "la rencontre du président turc avec son homologue iranien", "l'entretien
        de Ruto avec Xi" (the one who meets; without the partner, "le sommet du G20" names
        the forum, not a party)."""
        if noun.pos_ != "NOUN":
            return []
        phrases = [(c, self.preposition_form(self._introducer(c) or "")) for c in children_of(noun) if c.dep_.startswith("nmod")]
        partner = next((c for c, word in phrases if word == partner_preposition), None)
        owner = next((c for c, word in phrases if word in self.grammar.genitive_markers and partner is not None and c.i < partner.i), None)
        return self._mentions_at(owner) if owner is not None else []

    def _lowered_agent(self, noun: Token, preposition: str) -> list[Mention]:
        """The agent of an event noun that the parse hangs on the noun's own
        dependent: "deliveries of tanks to Ukraine by Poland", "the severing of ties
        with Taiwan by Honduras" ("by Poland" attached to "Ukraine")."""
        if preposition not in self.grammar.agent_prepositions or not is_nominal(noun):
            return []
        for child in children_of(noun):
            if child.dep_.startswith("nmod"):
                found = self._prep(child, frozenset({preposition}))
                if found:
                    return found
        return []

    def _nested_recipient(self, noun: Token, preposition: str) -> list[Mention]:
        """The party an event noun's genitive complement names, where the parse hangs the
        phrase on the complement: "a package of air-defence aid for Ukraine", "a new
        tranche of weapons to Kyiv" (the package or tranche is for Ukraine)."""
        if not is_nominal(noun):
            return []
        for child in children_of(noun):
            if child.dep_.startswith("nmod") and self.preposition_form(self._introducer(child) or "") in self.grammar.genitive_markers:
                found = self._prep(child, frozenset({preposition}))
                if found:
                    return found
        return []

    def _beyond_venue(self, trigger: Token, preposition: str) -> list[Mention]:
        """The party a complaint or a lawsuit is against, where the parse hangs the phrase
        on the body or court it is lodged with: "filed a complaint with the World Trade
        Organization against Nigeria", "a déposé une plainte auprès de la CEDEAO contre le
        Bénin" (the body is a venue, the one complained of the target; helper legal28).
        Read on the trigger's phrases and on those of the verb that carries it."""
        holders = [trigger]
        governed = self._governing_verb(trigger) if is_nominal(trigger) else None
        if governed is not None:
            holders.append(governed[1])
        for holder in holders:
            for venue, introducer in self._introduced(holder, trigger):
                if introducer is None or introducer == preposition:
                    continue
                for child, inner in self._introduced(venue, trigger):
                    if inner == preposition:
                        found = self._mentions_at(child, allow_places=child.i in self.by_token)
                        if found:
                            return found
        return []

    def _object_recipient(self, verb: Token, preposition: str) -> list[Mention]:
        """The party a verb's object is directed at, where the parse hangs the phrase on
        the object: "ont proposé leur aide à la France", "offered its support to Niger",
        "sanctions on Belarus were eased by the EU" (the passive's subject).
        Not the object's owner ("l'aide de la France") nor its agent."""
        if verb.pos_ != "VERB" or preposition in self.grammar.genitive_markers | self.grammar.agent_prepositions:
            return []
        # a passive's subject is its object: "military aid to Egypt was put on hold by Washington",
        # "sanctions on Belarus were eased by the EU"
        objects = [c for c in children_of(verb) if c.dep_ in ("obj", "nsubj:pass") and c.pos_ == "NOUN"]
        partitive = partitive_object(verb)  # "a lancé mardi des missiles contre la Russie", "des" read as a preposition
        if partitive is not None and partitive.pos_ == "NOUN" and partitive not in objects:
            objects.append(partitive)
        for noun in (c for c in objects if c.i not in self.by_token):
            found = self._prep(noun, frozenset({preposition}))
            # a bare place name is where the event or the thing is ("un cessez-le-feu à Gaza",
            # "a fait défiler ses missiles à Pyongyang"), where a country takes its article
            bare_place = bool(self.grammar.country_articles) and self._locative(found[0]) and not self._with_article(found[0]) if found else False
            # the party is the phrase's own head; a place deeper in it is where the thing is
            # ("leur déjeuner au Sofitel Legend Metropole d'Hanoï")
            heads = [c for c, introducer in self._introduced(noun, noun) if introducer == preposition]
            if found and not bare_place and any(m.start <= c.i < m.end for m in found for c in heads):
                return found
        return []

    def _with_article(self, mention: Mention) -> bool:
        """Whether a name has an article, alone or in its preposition ("à la France", "au
        Niger"): a party addressed, where a bare name is a place ("un cessez-le-feu à Gaza")."""
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        if self.doc[mention.start].pos_ == "DET" or before is not None and before.pos_ == "DET":
            return True
        return before is not None and self.grammar.preposition_forms.get(before.lower_, before.lower_) != before.lower_

    def _clause_object(self, trigger: Token, slots: tuple[str, ...]) -> list[Mention]:
        """The party of the trigger's complement clause: its object ("refused to meet
        X"), its directed dependents by the prepositions the frame itself reads ("a
        menacé d'engager une action contre un système américain"), the party of what it
        names ("refused to return to talks with Washington") or the one it helps to act
        ("promised to help Somalia rebuild its ports"). One's own forces ("refused to
        withdraw its troops") are no party."""
        directed = frozenset(s[5:] for s in slots if s.startswith("prep:"))
        for child in children_of(trigger):
            if child.dep_ not in ("xcomp", "ccomp") and not self._purpose_clause(child):
                continue
            controller = self._dative_controller(trigger, child)
            if controller:
                return controller
            addressee = self._mandative_subject(child)
            if addressee:
                return addressee
            found = [m for m in self._with_deps(child, ("obj", "iobj")) if not own_forces(m)]
            found = found or self._prep(child, self.grammar.comitative_prepositions)
            found = found or self._clause_sides(child)
            found = found or (self._prep(child, directed) if directed else [])
            found = found or self._object_directed(child, directed)
            for noun in (c for c in children_of(child) if not found and c.dep_.startswith("obl")):
                found = self._prep(noun, self.grammar.comitative_prepositions)
            for clause in (c for c in children_of(child) if not found and c.dep_ in ("ccomp", "xcomp")):
                found = self._with_deps(clause, ("nsubj",))
            if found:
                return found
        return []

    def _clause_sides(self, clause: Token) -> list[Mention]:
        """The sides of the talks a complement clause acts on, named with the pack's sides
        marker on the clause's verb ("s'est dit prêt à accueillir des pourparlers entre le
        Mali et le Burkina Faso", the parse hanging "entre" on the verb): each is a party."""
        if not any(c.dep_ == "obj" and c.i in self.event_nouns for c in children_of(clause)):
            return []
        return self._prep(clause, self.grammar.sides_prepositions)

    def _dative_controller(self, verb: Token, clause: Token) -> list[Mention]:
        """The party a verb's argument names when it is who must do, or did, what the
        verb's infinitive says: "Pékin reproche à Washington d'attiser les tensions",
        "a ordonné aux rebelles de se retirer" (the clause marked as the pack's control
        marks say, its doer the verb's oblique argument); what that party acts on is no
        party of the verb."""
        if clause.dep_ != "xcomp" or not any(c.dep_ == "mark" and self.preposition_form(c.lower_) in self.grammar.control_marks for c in children_of(clause)):
            return []
        # an argument, not an adjunct: a country it names is the party, not a place ("à la France")
        found = [self._mentions_at(c, allow_places=True) for c in children_of(verb) if c.dep_ == "obl:arg"]
        return next((f for f in found if f), [])

    def _mandative_subject(self, clause: Token) -> list[Mention]:
        """The subject of a clause in the mandative subjunctive: "urged that Sudan
        release the ministers", "insisted that Washington should lift sanctions first".
        The base form (or "should") says the clause is what its subject is asked to
        do: the subject is the party, the object only what it is to act on. Only
        triggers that read a complement clause's party ask this (demands, threats,
        refusals), never reports ("said that India releases")."""
        if clause.dep_ != "ccomp" or "mark" not in child_deps(clause):
            return []
        auxiliaries = [c for c in children_of(clause) if c.dep_.startswith("aux")]
        # the tagger reads the bare form after a singular subject as VB or VBP ("that Sudan release")
        base = clause.tag_ in ("VB", "VBP") and not auxiliaries
        if not base and not any(a.lemma_.lower() in self.grammar.mandative_auxiliaries for a in auxiliaries):
            return []
        return self._with_deps(clause, ("nsubj", "nsubj:pass"))

    def _purpose_clause(self, child: Token) -> bool:
        """An infinitive the parse made adverbial ("threatened on Tuesday to slap
        tariffs"): a complement all the same."""
        return child.dep_ == "advcl" and purpose_marked(child, self.grammar.purpose_marks)

    def _object_directed(self, clause: Token, directed: frozenset[str]) -> list[Mention]:
        """The party a content clause's object is directed at: "threatened to slap
        tariffs on European pork", "to cut funding to the agency"."""
        for noun in (c for c in children_of(clause) if c.dep_ == "obj"):
            found = self._prep(noun, directed) if directed else []
            if found:
                return found
        return []

    def _clause_subject(self, trigger: Token) -> list[Mention]:
        """The subject of a "that" clause under a demand: "demanded that Saudi Arabia
        halt its strikes" is addressed to Saudi Arabia; or of an infinitive whose
        subject a mark introduces: "called for Russia to withdraw its troops"; or of a
        noun's content clause: "renewed its demand that the UAE return the vessel"."""
        for child in trigger.children:
            if child.dep_ == "ccomp" or self._subject_infinitive(child) or self._content_clause(child):
                found = self._with_deps(child, ("nsubj", "nsubj:pass")) or self._misparsed_clause_subject(child)
                if found:
                    return found
        return []

    def _clause_deed_doer(self, trigger: Token) -> list[Mention]:
        """The doer of the act a warning's complement clause names as its subject: "a
        averti que toute riposte israélienne se heurterait à une réponse écrasante",
        "warned that any Moroccan provocation would meet a firm response" (CAMEO 13x:
        the one threatened is whoever would commit the act the response answers). The
        subject is a noun that names no actor itself; its doer is a nationality
        adjective, a possessive, its genitive or its origin ("toute attaque du Hezbollah",
        "any attack by Iran", "any provocation from Yerevan"), never a party it is aimed
        at ("toute attaque contre l'Iran"), nor the warner's own country ("a averti que
        l'armée iranienne riposterait")."""
        genitives = self.grammar.genitive_markers | self.grammar.agent_prepositions | self.grammar.origin_prepositions
        own = {_ref_country(ref) for m in self._subject(trigger, False) for ref in m.refs} - {None}
        clauses = [c for c in children_of(trigger) if c.dep_ == "ccomp"]
        # "a averti mercredi que ...": the parse may hang the clause on the bare time noun
        # as a relative, its "que" a mark (_misread_weekday's adjunct)
        clauses += [c for t in children_of(trigger) if t.dep_ in ("obl:mod", "obl", "nmod") and t.pos_ == "NOUN" and t.i > trigger.i
                    and not any(g.dep_ == "case" for g in children_of(t))
                    for c in children_of(t) if c.dep_ in ("acl:relcl", "ccomp") and any(m.dep_ == "mark" for m in children_of(c))]
        for clause in clauses:
            for subject in (c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubj:pass")):
                if subject.i in self.by_token or subject.pos_ != "NOUN":
                    continue
                for child in children_of(subject):
                    mention = self.by_token.get(child.i)
                    if mention is None or mention.refs[0].kind == "pronoun" or _ref_country(mention.refs[0]) in own:
                        continue
                    if child.dep_ in ("amod", "nmod:poss") or _is_possessive(child) or (
                            child.dep_ == "nmod" and self._preposition_of(child) in genitives):
                        return self._with_partners(mention)
        return []

    @staticmethod
    def _content_clause(clause: Token) -> bool:
        """A finite clause a noun governs through a subordinator ("its demand that the UAE
        return the vessel"): its content, where a relative clause has a pronoun, no mark."""
        return clause.dep_ == "acl" and is_nominal(clause.head) and any(c.dep_ == "mark" for c in clause.children)

    def _subject_infinitive(self, clause: Token) -> bool:
        """An infinitive with its own subject, introduced by the pack's mark ("for Israel
        to allow aid in", the for-to infinitive, Quirk et al. 16.40), which the parse
        makes an adverbial or a complement of the verb."""
        if clause.dep_ not in ("advcl", "xcomp", "ccomp"):
            return False
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        return bool(marks & self.grammar.infinitive_subject_marks) and bool(marks & self.grammar.purpose_marks)

    def _holder_of_released(self, trigger: Token) -> list[Mention]:
        """Who holds the persons whose release a demand asks: "called for the release
        of all UN personnel held by the Houthis", "demanded the freeing of the
        activists jailed by the junta" are made to the Houthis, to the junta."""
        releases = [c for c in children_of(trigger) if c.dep_ in ("obj", "obl") and c.lemma_.lower() in self.grammar.release_nouns]
        for release in releases:
            for persons in (c for c in release.children if c.dep_.startswith("nmod")):
                for holding in (c for c in persons.children if c.dep_ == "acl" and c.lemma_.lower() in self.grammar.holding_participles):
                    found = self._with_deps(holding, ("obl:agent",)) or self._holding_country(holding)
                    if found:
                        return found
        return []

    def _holding_country(self, holding: Token) -> list[Mention]:
        """The country where persons are held, which holds them when no agent is named:
        "demanded the release of its nationals detained in China" is made to China. Only a
        country: a town or a prison names a place, not the state that holds them."""
        found = self._prep(holding, self.grammar.locative_prepositions)
        return [m for m in found if m.refs[0].kind == "country"]

    def _misparsed_clause_subject(self, clause: Token) -> list[Mention]:
        """The subject of a "that" clause whose bare verb the tagger took for a noun
        and its subject for that noun's modifier: "demanded that Beijing respect
        Vietnam's sovereignty" parsed as a noun "Beijing respect". A noun heads no
        clause opened by a subordinator; the name before it is the clause's subject."""
        if clause.pos_ != "NOUN" or "mark" not in child_deps(clause):
            return []
        subject = next((c for c in children_of(clause) if c.dep_ == "compound" and c.i < clause.i and c.i in self.by_token), None)
        return self._mentions_at(subject) if subject is not None else []

    def _raised_subject(self, token: Token) -> list[Mention]:
        """The subject of the verbs a passive infinitive hangs from ("X doit être reçu par Y",
        "X is expected to be received by Y"): the parse gives it to the governing verb."""
        current = token
        for _ in range(3):
            if current.dep_ != "xcomp" or current.head.i == current.i:
                return []
            current = current.head
            found = self._with_deps(current, ("nsubj", "nsubj:pass"))
            if found:
                return found
        return []

    def _subject(self, token: Token, passive: bool, fallback: bool = True) -> list[Mention]:
        if passive:
            found = self._with_deps(token, ("obl:agent",)) or self._prep(token, self.grammar.agent_prepositions)
            # "accueilli à la base d'Osan par le président Yoon": the agent hung on the place
            for preposition in sorted(self.grammar.agent_prepositions):
                found = found or self._after(token, preposition)
            return found or self._shared_agent(token)
        # an adverb trigger after its verb ("patrolled the Mekong together") states the
        # verb's act: the verb's subject does it (one before the verb, "jointly built",
        # finds the actor before it; a verb "agreed to" or "pledged to" do is the
        # agreement's, coded by its governor)
        after_verb = (token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ == "VERB" and token.i > token.head.i
                      and token.head.dep_ != "xcomp")
        current = token.head if after_verb else token
        if token.dep_ in ("acl", "xcomp") and "Inf" in morph_values(token, "VerbForm") and headline_predicate(token) \
                and any(c.dep_ in ("mark", "aux") and c.lower_ in self.grammar.headline_future_marks for c in children_of(token)):
            # a headline's 'to' future ("Peru to meet Chile on border dispute", "Nigerian president
            # to visit Niger": AP Stylebook, headlines, the infinitive for the future): the parse
            # hangs the infinitive on the noun that is its subject (syntax.headline_predicate);
            # marked by the pack's headline future ('to'), as modality._headline_future reads it
            mention = self._mention_in(token.head)
            if mention is not None:
                return [mention]
        for _ in range(4):
            found = self._leaders_of_subject(current) or self._with_deps(current, ("nsubj",)) or self._reflexive_verb_pronoun(current)
            found = found or self._owner_of_subject(current) or self._misparsed_head_subject(current)
            found = found or self._detached_participle_subject(current)
            if not found:
                found = self._unmentioned_reporter(current)
                if found:
                    return found
            if found:
                found = self._owned_by_reporter(current, found)
                found = found + self._co_actors(found)
                return self._reporter(current, found) or self._misparsed_partners(current, found) + found
            if current.dep_ == "acl:relcl" and self._relative_subject(current):
                return self._relative_antecedent(current.head)
            if self._relative_subject(current) and self._acts_itself(current):
                found = self._antecedent_before(next(c for c in children_of(current) if c.dep_ == "nsubj"))
                if found:
                    return found  # "a reçu le ministre qatari, qui a proposé": the parse hangs the relative as a complement
            controller = self._marked_controller(current)
            if controller:
                return controller
            if self._conjunct_of_another_form(current) and self._marked_controller(current.head):
                # "accused Ukraine of shelling the plant and launched strikes": the parse hangs
                # the accuser's own act on the content clause; it is the governing verb's
                current = current.head.head
                continue
            holder = self._intention_holder(current)
            if holder is not None:
                current = holder  # "ont exprimé leur souhait de conclure": the wish's holder concludes
                continue
            issuer = self._instrument_issuer(current)
            if issuer is not None:
                current = issuer  # "signed orders imposing tariffs": the signer imposes them
                continue
            purpose_governor = self._misparsed_purpose_governor(current)
            if purpose_governor is not None:
                current = purpose_governor  # "a convoqué l'ambassadeur afin de protester": the summoner protests
                continue
            gerund_governor = self._misparsed_gerund_governor(current)
            if gerund_governor is not None:
                current = gerund_governor  # "a réagi en expulsant X": the reacting party expels
                continue
            if current.dep_ not in CLIMBABLE or current.head.i == current.i:
                break
            reporting = (self._reporter_of_conjunct(current) or self._reporter_of_actless_conjunct(current)
                         or self._reporter_of_passive_conjunct(current) or _simple_past_governor(current))
            if reporting is not None:
                current = reporting  # "said the strikes were unacceptable and called on Israel": the spokesman called
                continue
            if current.dep_ == "conj" and current.head.pos_ not in ("VERB", "AUX"):
                break  # a verb conjoined to a noun is a misparse: its subject lies to its left
            if current.dep_ == "advcl" and _has_own_clause(current):
                break
            trailing = trailing_participle_governor(current)
            if trailing is not None:
                current = trailing  # "a suspendu l'entrée de l'aide dans la bande de Gaza, accusant le Hamas": Israël accuses
                continue
            adverbial = _adverbial_governor(current, self.grammar.gerund_marks)
            if adverbial is not None:
                current = adverbial  # "en appelant le Mali à ...": the gerund's subject is its clause's
                continue
            if current.dep_ == "xcomp" or self._object_controlled(current):
                controller = self._with_deps(current.head, ("obj",))
                if controller:
                    return controller  # object control: "accuser Pékin de soutenir", "exhorter X à revenir"
            current = current.head
        return (self._misparsed_relative_antecedent(current) or self._left_neighbour(current)) if fallback else []

    def _co_actors(self, subject: list[Mention]) -> list[Mention]:
        """Actors a phrase set off by commas right after the subject names as acting with it
        ("the EU delegation, together with the embassies of Norway and Britain, said", "le
        Sénégal, aux côtés du Mali et du Niger, a condamné"): each acts too (GUIDELINES,
        Lists and groups: a joint act gives one event per actor). Only between commas
        after the subject, so "signed alongside Ghana" is left to the verb's own frame."""
        markers = self.grammar.co_actor_markers
        if not markers or not subject:
            return []
        doc = self.doc
        last = max(subject, key=lambda m: m.end)
        # the subject's own modifier may stand before the comma ("delegation in Kampala,")
        comma = next((i for i in range(last.end, min(last.end + 4, len(doc))) if doc[i].text == ","), None)
        if comma is None or any(doc[i].pos_ in ("VERB", "AUX") for i in range(last.end, comma)):
            return []
        start = comma + 1 + _marker_length(doc, comma + 1, markers)
        if start == comma + 1:
            return []
        close = next((i for i in range(start, min(start + 16, len(doc))) if doc[i].text == ","), None)
        if close is None:
            return []
        found: list[Mention] = []
        # from the marker on: a noun of it may carry the first party ("aux côtés du Mali")
        for i in range(comma + 1, close):
            mention = self.by_token.get(i)
            # a genitive list ("aux côtés du Mali et du Niger") names parties, not places
            if mention is None or mention.end > close or self._placed(mention):
                continue
            if all(m is not mention for m in found) and all(m.start != mention.start for m in subject):
                found.append(mention)
        return found

    def _placed(self, mention: Mention) -> bool:
        """A country introduced by a place preposition ("in Kampala"): where, not who."""
        if mention.refs[0].kind != "country":
            return False
        return self._preposition_of(words_root(self.doc, mention.start, mention.end)) in self.grammar.place_prepositions

    def _object_controlled(self, clause: Token) -> bool:
        """An infinitive the parse hangs as a purpose clause under a verb of object control
        ("invited the Kuwaiti emir to visit Riyadh"): the object, not the inviter, visits."""
        return (clause.dep_ == "advcl" and clause.head.lemma_.lower() in self.grammar.object_control_verbs
                and purpose_marked(clause, self.grammar.purpose_marks))

    def _misparsed_purpose_governor(self, verb: Token) -> Token | None:
        """The verb a purpose infinitive modifies when the parse hangs the infinitive on the
        purpose word read as an adverb ("afin/advmod de protester/obl:arg"): an infinitive
        with no subject of its own takes that verb's (Grevisse § 1142: "afin de" + infinitive,
        the same subject as the main verb), not the noun left of the adverb."""
        if "Inf" not in morph_values(verb, "VerbForm") or any(d.startswith("nsubj") for d in child_deps(verb)):
            return None
        purpose = verb.head
        if purpose.i == verb.i or purpose.lower_ not in self.grammar.purpose_marks or purpose.pos_ not in ("ADV", "ADP", "SCONJ"):
            return None
        governor = purpose.head
        return governor if governor.i != purpose.i and governor.pos_ in ("VERB", "AUX") else None

    def _misparsed_gerund_governor(self, verb: Token) -> Token | None:
        """The verb a gerund marked as the pack's grammar says ("en") modifies when the
        parse reads the mark as a preposition ("a réagi en expulsant X", an oblique) or
        conjoins a second gerund to the first one's object ("en expulsant l'ambassadeur
        et en rappelant le sien", "rappelant" hung on "ambassadeur"): a gerund with no
        subject of its own takes that verb's."""
        if verb.pos_ not in ("VERB", "AUX") or not is_gerund(verb) or any(d.startswith("nsubj") for d in child_deps(verb)):
            return None
        if not any(c.dep_ in ("case", "mark") and c.lower_ in self.grammar.gerund_marks for c in children_of(verb)):
            return None
        if verb.dep_.startswith("obl") and verb.head.pos_ in ("VERB", "AUX"):
            return verb.head
        if verb.dep_ != "conj" or verb.head.pos_ in ("VERB", "AUX"):
            return None
        governor = verb.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        return governor if governor.pos_ in ("VERB", "AUX") else None

    def _antecedent_before(self, relative: Token) -> list[Mention]:
        """The actor named right before a relative pronoun (a comma between), its antecedent."""
        before = self.doc[relative.i - 1] if relative.i > 0 else relative
        index = before.i - 1 if before.is_punct else before.i
        mention = self._phrase_mention(self.doc[index]) if 0 <= index < relative.i else None
        if mention is None or self._locative(mention) or mention.refs[0].kind == "pronoun":
            return []
        return self._joined_before(mention) + self._with_partners(mention)

    def _acts_itself(self, verb: Token) -> bool:
        """Whether a verb is a light verb carrying an event noun ("qui a proposé une
        médiation"), whose subject is the noun's party; a verb of judging ("Paris, qui
        juge sa détention arbitraire") names no doer of the event noun it governs."""
        return verb.i not in self.triggers and verb.lemma_.lower() in self.grammar.carriers

    def _phrase_mention(self, token: Token) -> Mention | None:
        """The mention a phrase's last word belongs to: the word's own, or its head noun's
        ("le ministre qatari": the adjective's head)."""
        covering = next((m for m in self.by_token.values() if m.covers(token.i)), None)
        if covering is None and token.head.i < token.i:
            covering = next((m for m in self.by_token.values() if m.covers(token.head.i)), None)
        return covering

    def _misparsed_relative_antecedent(self, verb: Token) -> list[Mention]:
        """The subject of a verb the parse leaves without one because it took the
        relative clause before it for the main clause: in "Le Tchad, dont les troupes ont
        quitté le Niger, a signé un accord avec la Libye" the parse makes "Tchad" the
        subject of "quitté" and hangs that clause on "signé"; the name right before the
        relative pronoun, at the start of the clause, is the subject, never the last
        name inside the relative clause."""
        for clause in (c for c in children_of(verb) if c.i < verb.i and c.pos_ in ("VERB", "AUX")):
            relative = next((t for t in clause.subtree if t.lower_ in self.grammar.relative_pronouns and t.i > clause.left_edge.i), None)
            found = self._antecedent_before(relative) if relative is not None else []
            if found:
                return found
        return []

    def _owner_of_subject(self, verb: Token) -> list[Mention]:
        """The owner of a subject that names no actor but its possessions: "its
        aircraft struck rebel positions", "ses avions ont bombardé", "their drones hit
        Kyiv". Whoever owns the means acts; in a reported clause the owner is the
        reporter ("Ethiopia said its aircraft struck"), else the possessive is a
        pronoun for the last actor named, as any other. An event noun as subject ("its
        strikes killed 20 people") restates an event of its own and is left to it."""
        for child in children_of(verb):
            if child.dep_ != "nsubj" or child.i in self.triggers or child.i in self.event_nouns or self._mention_in(child) is not None:
                continue
            owner = next((c for c in children_of(child) if _is_possessive(c)), None)
            # "neighbours whose disputes sparked clashes": a possessive opening a relative clause
            # is the relative, whose antecedent owns the disputes and did not clash
            if owner is None or (verb.dep_ in ("acl:relcl", "relcl") and owner.i == verb.left_edge.i):
                return []
            reporter = self._with_deps(verb.head, ("nsubj",)) if verb.dep_ in ("ccomp", "parataxis") else []
            if reporter and all(m.refs[0].kind != "pronoun" for m in reporter):
                return reporter
            plural = owner.lower_ in self.grammar.possessive_plural
            return [Mention(owner.i, owner.i + 1, (ActorRef("pronoun", owner.text, plural=plural),))]
        return []

    def _leaders_of_subject(self, verb: Token) -> list[Mention]:
        """Those a subject that names no actor, or only a kind of actor, is led by: "Several
        member countries, led by the Netherlands and Sweden, have urged the Commission",
        "the Office for Kosovo, headed by Petar Petković, demanded". A subject that names an
        actor ("Saudi Arabia, led by Crown Prince Mohammed") acts itself."""
        for child, dep in zip(children_of(verb), child_deps(verb)):  # labels from the table
            mention = self._mention_in(child) if dep == "nsubj" else None
            if dep != "nsubj" or child.i in self.triggers or (mention is not None and mention.refs[0].kind != "agent"):
                continue
            for participle, participle_dep in zip(children_of(child), child_deps(child)):
                if participle_dep == "acl" and participle.lemma_.lower() in self.grammar.leading_participles:
                    found = self._with_deps(participle, ("obl:agent",)) or self._prep(participle, self.grammar.agent_prepositions)
                    if found:
                        return found
        return []

    def _detached_participle_subject(self, verb: Token) -> list[Mention]:
        """The subject of a finite verb that the parse gives to a participle set off by commas
        between them: in "Le président ukrainien, reçu jeudi au Lambermont par M. De Wever, a
        remercié la Belgique" the participle becomes a clause of its own (advcl) that takes
        the subject, and the verb has none. A detached participle in apposition qualifies the
        subject of the verb it precedes (Grevisse, Le Bon Usage, § 332 and § 343: the
        participle "détaché" relates to the subject), so that subject is the verb's; never the
        agent inside the participle's phrase ("par M. De Wever"), which the nearest-noun
        fallback would take. Only a past participle with a comma right before the verb and
        its subject before it, commas between."""
        finite = "Fin" in morph_values(verb, "VerbForm") or bool(morph_values(verb, "Mood"))
        if verb.pos_ not in ("VERB", "AUX") or not finite and not any(c.dep_.startswith("aux") for c in children_of(verb)):
            return []  # "a remercié": a compound tense is finite through its auxiliary
        doc = self.doc
        for clause in children_of(verb):
            if clause.dep_ != "advcl" or clause.i > verb.i or clause.pos_ != "VERB" or "Part" not in morph_values(clause, "VerbForm"):
                continue
            if clause.i == 0 or doc[clause.i - 1].text != ",":
                continue
            right = max(t.i for t in clause.subtree)
            if right + 1 >= verb.i or doc[right + 1].text != ",":
                continue
            subjects = [c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i - 1]
            if len(subjects) > 1:
                continue
            if subjects:
                mention = self._mention_in(subjects[0])
            else:
                # the parse may leave the noun phrase before the participle a fragment of its
                # own ("Le président kényan William Ruto, reçu ... par ..., a remercié"): the
                # phrase that opens the sentence and ends at the participle's comma
                left = min(t.i for t in clause.subtree)
                mention = self.by_token.get(left - 2) if left >= 2 and doc[left - 1].text == "," else None
                sentence = verb.sent
                if mention is None or any(doc[i].pos_ != "DET" for i in range(sentence.start, mention.start)):
                    mention = None
            if mention is not None:
                return [mention]
        return []

    def _misparsed_head_subject(self, verb: Token) -> list[Mention]:
        """The subject of a finite verb that the parse hangs, with no subject, on the
        name before it as if it qualified it: "Pékin reproche à Washington de ...",
        "Macron, who met Tebboune in August, called on Algeria to ...". A finite verb
        qualifies a noun only through a relative pronoun, which would be its subject."""
        if verb.dep_ != "acl" or "Fin" not in morph_values(verb, "VerbForm") and not morph_values(verb, "Mood"):
            return []
        if verb.head.i > verb.i or any(c.dep_.startswith(("nsubj", "expl")) for c in children_of(verb)):
            return []
        mention = self.by_token.get(verb.head.i)
        if mention is None:
            # "..., and the EU's foreign policy chief, Kaja Kallas, called on member states":
            # the title names no actor the mentions hold; its name in apposition does
            mention = next((self.by_token[c.i] for c in children_of(verb.head) if c.dep_ == "appos" and c.i in self.by_token), None)
        if mention is None or self._locative(mention):
            return []
        return self._with_partners(mention)

    def _reporter_of_conjunct(self, verb: Token) -> Token | None:
        """The reporting verb a second act belongs to when the parse coordinates it with
        the reported state instead: in "a UN spokesman said the strikes were unacceptable
        and called on Israel to withdraw", "called" hangs on "were", whose subject names
        no actor. A verb of the reporting verb's form, conjoined to a copular clause
        under it, is the reporter's second act; so is a verb of that form conjoined to a
        backshifted clause ("had made", "would cut"), whatever its subject."""
        state = verb.head
        if verb.dep_ != "conj" or state.dep_ != "ccomp" or state.head.pos_ != "VERB" or not _of_reporting_form(verb, state.head):
            return None
        subjects = [c for c in children_of(state) if c.dep_ == "nsubj"]
        if not subjects or any(c.pos_ == "PRON" for c in subjects):
            return None
        if _backshifted(state, self.grammar.backshift_auxiliaries) and not any(d.startswith("aux") for d in child_deps(verb)):
            # "said the Pakistani side had made demands and accused Islamabad": the reported
            # act is backshifted ("had made", "would cut"), the reporter's own is not
            return state.head
        if state.pos_ != "AUX" and "cop" not in child_deps(state):
            return None
        if any(c.i in self.by_token for c in subjects):
            return None
        return state.head

    def _instrument_issuer(self, verb: Token) -> Token | None:
        """The verb whose object is a document a participle qualifies: in "Trump signed
        orders imposing tariffs on Canada", "the Assembly adopted a resolution condemning
        Russia", "the ministry issued a statement denouncing the raid", whoever signs,
        adopts or issues the document acts through it (grammar.instrument_nouns); a
        convoy carrying aid carries it for no one who attacked it."""
        document = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.lemma_.lower() not in self.grammar.instrument_nouns:
            return None
        if document.dep_ != "obj" or document.head.pos_ not in ("VERB", "AUX"):
            return None
        # "sent a note to India seeking the return of Hasina": a document addressed to a party
        # is the sending verb's event, which already names whom it asks
        if any(c.dep_ in ("iobj", "obl", "obl:arg") and c.i in self.by_token for c in children_of(document.head)):
            return None
        return document.head

    def _reporter_of_actless_conjunct(self, verb: Token) -> Token | None:
        """The reporting verb a second act belongs to when the parse coordinates it with a
        reported clause whose subject is neither an actor nor an event: in "a UN spokesman
        said the move breached the accord and called on Israel to withdraw", "called" hangs
        on "breached", whose subject (the move) can call on no one; the spokesman did. A
        reported act ("said the attack killed ten and wounded 30") keeps its own doer."""
        state = verb.head
        if verb.dep_ != "conj" or state.dep_ != "ccomp" or state.pos_ != "VERB":
            return None
        reporter = self._reporting_verb_over(state)
        if reporter is None or not _of_reporting_form(verb, reporter) or any(d.startswith("nsubj") for d in child_deps(verb)):
            return None
        # "said pressure on Moscow was working and urged": a state of another form, finite by its
        # auxiliary, cannot share the simple past of the conjunct, whatever its subject names
        periphrastic = verb.tag_ != state.tag_
        if periphrastic and verb.tag_ not in {c.tag_ for c in children_of(state) if c.dep_.startswith("aux")}:
            return None
        subjects = [c for c in children_of(state) if c.dep_ == "nsubj"]
        if not subjects or any(c.pos_ in ("PRON", "PROPN") or c.i in self.by_token for c in subjects):
            return None
        if not periphrastic and any(c.i in self.triggers or c.i in self.event_nouns or self._mention_in(c) is not None for c in subjects):
            return None
        return reporter

    def _reporter_of_passive_conjunct(self, verb: Token) -> Token | None:
        """The reporting verb a second act belongs to when the parse coordinates it with a
        passive reported clause: in "the army said the mine had been newly laid and accused
        Cambodian troops of violating the ceasefire", "le gouvernement affirme que les corps
        ont été retrouvés et accuse des individus", the active verb hangs on "laid"/"retrouvés",
        whose subject is what was acted on; a patient does not also act on an object of its
        own, the speaker does. Only an active verb of the reporter's form with an object and
        no subject of its own."""
        state = verb.head
        if verb.dep_ != "conj" or state.dep_ != "ccomp" or state.pos_ != "VERB":
            return None
        if not any(d in ("nsubj:pass", "nsubjpass") for d in child_deps(state)):
            return None
        own = [c.dep_ for c in children_of(verb)]
        if any(d.startswith("nsubj") or d in ("aux:pass", "auxpass") for d in own) or "obj" not in own:
            return None
        reporter = self._reporting_verb_over(state)
        if reporter is None or not _of_reporting_form(verb, reporter):
            return None
        # only a speaker the sentence names as an actor: one no mention covers leaves the parse's reading
        speakers = [c for c in children_of(reporter) if c.dep_ == "nsubj"]
        return reporter if any(c.i in self.by_token or c.i in self.stand_ins for c in speakers) else None

    def _reporting_verb_over(self, clause: Token) -> Token | None:
        """The speech verb a reported clause hangs on, directly or through one reported
        clause between ("Zelensky said the call showed that pressure was working")."""
        for governor in (clause.head, clause.head.head if clause.head.dep_ == "ccomp" else None):
            if governor is not None and governor.lemma_.lower() in self.grammar.speech_verbs:
                return governor
        return None

    @staticmethod
    def _conjunct_of_another_form(verb: Token) -> bool:
        """A verb conjoined to a verb of another form ("of shelling ... and launched"):
        a clause of its own, not a second act of the first one's clause."""
        return verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.tag_ != verb.head.tag_

    def _intention_holder(self, noun: Token) -> Token | None:
        """The verb whose object is a noun of intention (grammar.intention_governors):
        "Le Kenya et l'Ouganda ont exprimé leur souhait de conclure un accord", "reaffirmed
        their commitment to strengthen": whoever holds the wish does what its infinitive says,
        and holds it as that verb's subject."""
        if noun.dep_ != "obj" or noun.head.pos_ not in ("VERB", "AUX") or noun.lemma_.lower() not in self.grammar.intention_governors:
            return None
        return noun.head

    def _marked_controller(self, verb: Token) -> list[Mention]:
        """The doer of a clause marked as the content of a verb with an object ("accused
        Rwanda of backing the rebels", "thanked Qatar for sending aid", "a accusé l'armée
        d'avoir tué des civils"): that object, or the subject of the verb made passive
        ("Ethiopia was accused by rights groups of killing civilians", "l'armée est
        accusée par l'ONU d'avoir tué"), never the verb's subject or its agent, on
        which the parse may hang the clause."""
        marks = {self.preposition_form(c.lower_) for c in children_of(verb) if c.dep_ == "mark"}
        if not marks & self.grammar.control_marks:
            return []
        if marks - self.grammar.control_marks:
            # "a rencontré le Premier ministre avant de signer", "afin de", "au lieu de": the mark
            # ends a conjunction of time or purpose, whose clause is the subject's (Grevisse § 1134)
            return []
        if verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
            governor = verb.head
        elif verb.dep_ == "acl" and verb.head.dep_ in ("obj", "obl:agent") and verb.head.head.pos_ == "VERB":
            governor = verb.head.head
        else:
            return []
        # the party itself, not a noun with a party inside ("a défendu la décision
        # malienne de quitter", "a promis jeudi de venir": no party is the object)
        dep = "nsubj:pass" if self._is_passive(governor) else "obj"
        party = next((c for c in children_of(governor) if c.dep_ == dep and c.i in self.by_token), None)
        return self._with_partners(self.by_token[party.i]) if party is not None else []

    def _misparsed_partners(self, verb: Token, subject: list[Mention]) -> list[Mention]:
        """Subjects the parse did not coordinate: "Le Royaume-Uni et les Pays-Bas ont
        condamné", parsed as two subjects of the verb, and "Le gouvernement sud-soudanais
        et les rebelles ont repris", parsed with the verb as a conjunct of "gouvernement".
        An actor before the subject, joined to it by a coordinator, is a subject too."""
        heads = [c for c, dep in zip(children_of(verb), child_deps(verb)) if dep == "nsubj"]  # "Le Royaume-Uni et les Pays-Bas ont": two subjects
        if verb.dep_ == "conj" and is_nominal(verb.head):
            heads.append(verb.head)
        coordinators = {c.lower() for c in self.grammar.coordinators}
        found: list[Mention] = []
        for head in heads:
            partner = self.by_token.get(head.i) or self._mention_in(head)
            if partner is None or any(partner.start == m.start for m in subject + found):
                continue
            first, second = sorted((partner, subject[0]), key=lambda m: m.start)
            between = self.doc[first.end : second.start]
            if len(between) <= 3 and any(t.lower_ in coordinators for t in between):
                found += [m for m in self._with_partners(partner) if all(m.start != s.start for s in subject + found)]
        return found

    def _reflexive_verb_pronoun(self, verb: Token) -> list[Mention]:
        """The subject pronoun of a reflexive verb, which fr_core_news_md labels
        expl:subj as if impersonal ("qu'il se rendrait en Chine", "il s'entretiendra
        avec")."""
        for child in children_of(verb):
            if reflexive_verb_subject(child, self.grammar):
                return self._mentions_at(child)
        return []

    def _owned_by_reporter(self, verb: Token, subject: list[Mention]) -> list[Mention]:
        """"Kenya said its troops had attacked", "Turkey denied that its forces had
        shelled": the possessive of a reported clause's subject is the reporter's."""
        ref = subject[0].refs[0]
        if len(subject) != 1 or not ref.possessed or ref.country or verb.dep_ not in ("ccomp", "parataxis"):
            return subject
        owner = self._with_deps(verb.head, ("nsubj",))
        countries = {r.country for m in owner for r in m.refs}
        if len(owner) != 1 or len(countries) != 1 or None in countries:
            return subject
        return [Mention(subject[0].start, subject[0].end, (replace(ref, country=countries.pop(), possessed=False),))]

    def _reporter(self, verb: Token, subject: list[Mention]) -> list[Mention]:
        """The speaker a pronoun subject of a reported clause stands for, when one
        pronoun is the whole subject (see ``speaker_of``)."""
        if len(subject) != 1 or subject[0].refs[0].kind != "pronoun" or len(subject[0].refs) > 1:
            return []
        return self.speaker_of(self.doc[subject[0].start])

    def _speakers_for_pronouns(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions with each pronoun subject of reported speech replaced by its
        speaker, whichever slot reading found the pronoun."""
        found: list[Mention] = []
        for mention in mentions:
            ref = mention.refs[0]
            speaker = self.speaker_of(self.doc[mention.start]) if ref.kind == "pronoun" and len(mention.refs) == 1 else []
            found += [m for m in speaker or [mention] if all(m.start != f.start for f in found)]
        return found

    def _unmentioned_reporter(self, verb: Token) -> list[Mention]:
        """A subject pronoun that names no actor on its own ("we", "nous", "on") but
        may stand for the speaker of the reported clause it begins."""
        fits = self.grammar.speaker_pronouns.fits
        for child in children_of(verb):
            if child.dep_ == "nsubj" and child.pos_ == "PRON" and child.lower_ in fits and child.i not in self.by_token:
                return self.speaker_of(child)
        return []

    def speaker_of(self, pronoun: Token) -> list[Mention]:
        """The speaker a pronoun subject of reported speech stands for: "The European
        Union said it would impose sanctions", "Pékin a affirmé qu'il ne céderait pas",
        "Rwanda and Uganda said they would reopen the border", whom the article may not
        have named before. The speaker is the subject of the speech verb whose clause
        complement (climbing "ready to", "would be prepared to" and conjoined verbs) the
        pronoun is subject of; the pack's table (grammar.speaker_pronouns) says which
        kind of speaker each pronoun fits, so "they" is never one office holder."""
        kinds = self.grammar.speaker_pronouns.fits.get(pronoun.lower_)
        if kinds is None or not (pronoun.dep_.startswith("nsubj") or reflexive_verb_subject(pronoun, self.grammar)):
            return []
        speech = self._speech_verb_over(pronoun.head)
        if speech is None:
            return []
        # in a quotation the speaker says "we", and "he" or "it" is someone else ('"He must
        # go," the president said'); a reported clause speaks of the speaker in the third person
        quoted = any(t.is_quote for t in self.doc[min(pronoun.i, speech.i) : max(pronoun.i, speech.i)])
        if quoted != ("1" in morph_values(pronoun, "Person")):
            return []
        # an inverted reporting clause after its quotation ("», a affirmé le Niger") may
        # have its subject parsed as an object: the quotation is the only object it has
        speaker = self._with_deps(speech, ("nsubj",)) or (self._with_deps(speech, ("obj",)) if speech.i > pronoun.i else [])
        if not speaker or any(m.refs[0].kind == "pronoun" for m in speaker):
            return []
        return speaker if self._speaker_kind(speaker) in kinds else []

    def _speech_verb_over(self, clause: Token) -> Token | None:
        """The speech verb whose reported clause ``clause`` belongs to, climbing "ready
        to", "would be prepared to" and conjoined verbs: the verb the clause complements
        ("said it would"), or a reporting clause hung on the quotation before it
        ("« Nous allons retirer nos troupes », a déclaré le Niger")."""
        speech_verbs = self.grammar.speech_verbs
        for _ in range(3):
            if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in speech_verbs:
                return clause.head
            if clause.dep_ == "advcl" and clause.head.i > clause.i and clause.head.lemma_.lower() in speech_verbs \
                    and any(t.is_quote for t in self.doc[clause.i : clause.head.i]):
                return clause.head  # "« Nous avons expulsé... », a déclaré le ministre": the quotation read as an adverbial (helper cons26fr)
            # "« Nous rejetons... », a réagi une porte-parole": the parse may conjoin the incise
            incise = [c for c in children_of(clause) if c.dep_ in ("parataxis", "conj") and c.i > clause.i and c.lemma_.lower() in speech_verbs]
            if incise:
                return incise[0]
            if clause.head.i == clause.i:
                return self._incise_root(clause)
            if clause.dep_ not in ("xcomp", "conj"):
                return None
            clause = clause.head
        return None

    def _incise_root(self, clause: Token) -> Token | None:
        """The reporting verb of an inverted incise that the parse makes a second root of
        the sentence after the quotation ("« Nous avons expulsé trois diplomates », a
        déclaré le ministre": 'expulsé' and 'déclaré' both ROOT): a speech verb that heads
        itself, after a closing quotation mark that follows the clause (helper cons26fr)."""
        start, end = sentence_bounds(clause)
        doc = self.doc
        quoted = False
        for i in range(clause.i + 1, end):
            token = doc[i]
            if token.is_quote:
                quoted = True
            elif token.head.i == i and token.pos_ in ("VERB", "AUX"):
                return token if quoted and token.lemma_.lower() in self.grammar.speech_verbs else None
        return None

    def _speaker_kind(self, speaker: list[Mention]) -> str | None:
        """The kind of speaker the pack's pronoun table names (packs.SpeakerPronouns)."""
        ref = speaker[0].refs[0]
        if len(speaker) >= 2 or len(speaker[0].refs) >= 2 or ref.kind == "pair":
            return "several"
        if ref.kind == "organisation":
            return "organisation"
        if ref.kind in ("person", "surname", "counterpart"):
            return "person"
        head = self.doc[speaker[0].start : speaker[0].end].root
        plural = ref.plural or "Plur" in morph_values(head, "Number")
        if ref.kind == "country":
            return "group" if plural and head.pos_ != "PROPN" else "state"  # "the Americans"; "les États-Unis" is a state
        if ref.kind == "agent":
            return "group" if plural else "person" if ref.role else "body"
        return None

    def _left_neighbour(self, token: Token) -> list[Mention]:
        """When the parse gives a clause no subject, the nearest actor before the
        verb in the same clause is its subject ("... que Washington et Pyongyang ont œuvré")."""
        for index in range(token.i - 1, -1, -1):
            word = self.doc[index]
            if word.text in (".", "!", "?"):
                return []  # the parser's sentence may be a fragment: scan to the real sentence start
            if ends_line(word):
                return []  # a line break ends a headline or a paragraph: no subject lies beyond it
            if word.i in self.by_token:
                mention = self.by_token[word.i]
                if self._locative(mention):
                    continue
                if mention.refs[0].kind == "pronoun" and word.dep_ not in ("nsubj", "nsubj:pass"):
                    return []
                return self._joined_before(mention) + self._with_partners(mention)
            auxiliary = word.dep_.startswith(("aux", "cop")) or word.head.i == token.i
            if (word.pos_ == "VERB" and not auxiliary) or word.lower_ in (";", ":") or word.pos_ == "SCONJ":
                return []
        return []

    def _joined_before(self, mention: Mention) -> list[Mention]:
        """Parties joined to a subject by a coordinator the parse did not link:
        "Moon Jae-in et Xi Jinping se sont entretenus", parsed with "Moon" as a
        root of its own."""
        joined: list[Mention] = []
        current = mention
        while current.start >= 2 and self.doc[current.start - 1].lower_ in self.grammar.coordinators:
            before = self.by_token.get(current.start - 2)
            if before is None or self._locative(before) or before.refs[0].kind == "pronoun":
                break
            joined.insert(0, before)
            current = before
        return joined

    def _relative_antecedent(self, head: Token) -> list[Mention]:
        """Whom a relative pronoun subject stands for: the noun its clause hangs on, with
        its partners, except on a later conjunct. Universal Dependencies hangs what the
        whole coordination shares on its first conjunct, so a relative on a later one
        is that one's alone: "Mnangagwa and his counterpart Daniel Chapo, who arrived in
        Harare on Wednesday" says Chapo arrived. Only a relative set off by a comma: a
        restrictive one ("Karua and two other lawyers who had travelled") the parse may
        hang on the last noun of a phrase that shares it."""
        relative = next((t for t in head.doc[head.i + 1 :] if t.lower_ in self.grammar.relative_pronouns), None)
        set_off = relative is not None and relative.i > 0 and head.doc[relative.i - 1].lower_ == ","
        if head.dep_ == "conj" and set_off:
            mention = self._mention_in(head)
            if mention is not None and not self._locative(mention):
                return [mention]
        return self._mentions_at(head)

    def _relative_patient(self, verb: Token) -> list[Mention]:
        """Whom a passive relative clause's pronoun subject stands for, the one acted on:
        "the Egyptian minister, who was received by Qatari officials", "le ministre, qui a
        été reçu par le roi" (its agent is the doer, read by the agent slot). A relative set
        off by a comma that the parse hangs on the main verb ("a rencontré le ministre, qui
        avait été reçu/ccomp par") stands for the actor right before the comma."""
        pronoun = next((c for c in children_of(verb) if c.dep_ in ("nsubj:pass", "nsubj") and c.pos_ == "PRON"
                        and c.lower_ in self.grammar.relative_pronouns), None)
        if pronoun is None:
            return []
        if verb.dep_ == "acl:relcl":
            return self._relative_antecedent(verb.head)
        return self._antecedent_before(pronoun)

    def relative_conjunct_subject(self, verb: Token) -> list[Mention]:
        """The main clause's subject for a verb with no subject of its own that the parse
        conjoins to a relative clause on a noun naming no actor: "Kenya condemned the
        shelling that erupted on Monday and called on Sudan to ...", "le Ghana a salué la
        médiation qui a mis fin à la crise et exhorté le Burkina Faso à ..." (the
        shelling calls on no one: Kenya does). The caller asks it only for acts no event
        can do (saying, asking, judging), since "condemned the attack that killed ten and
        wounded twenty" is the attack's own second act."""
        relative = verb.head
        if verb.dep_ != "conj" or relative.dep_ not in RELATIVE_CLAUSES or relative.i == verb.i or not self._relative_subject(relative):
            return []
        if any(d.startswith(("nsubj", "csubj")) for d in child_deps(verb)):
            return []
        antecedent = relative.head
        if antecedent.pos_ != "NOUN" or self._names_actor(antecedent):
            return []
        governor = antecedent.head
        if governor.i == antecedent.i or governor.pos_ not in ("VERB", "AUX") or antecedent.dep_ != "obj":
            return []
        return self._subject(governor, passive=False, fallback=False)

    def _relative_subject(self, verb: Token) -> bool:
        return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in self.grammar.relative_pronouns for c in children_of(verb))

    def _possessive(self, trigger: Token) -> list[Mention]:
        for child in children_of(trigger):
            if _is_possessive(child):
                plural = child.lower_ in self.grammar.possessive_plural
                forward = self._fronted_subject(trigger) or self._light_verb_subject(trigger)
                if forward and _several(forward) == plural:
                    return forward
                return [Mention(child.i, child.i + 1, (ActorRef("pronoun", child.text, plural=plural),))]
        return self._counterpart_owner(trigger) or self._hyphened_doer(trigger)

    def _hyphened_doer(self, noun: Token) -> list[Mention]:
        """The doer an event noun names in a hyphened participle compound before it: "US-imposed
        sanctions on Venezuela", "Saudi-led strikes on Hodeidah", "EU-imposed sanctions"
        (Quirk et al. I.11: a noun + past participle compound is a reduced passive, "sanctions
        imposed by the US"), as a possessive names it ("the US's sanctions"). Only a verb that
        carries out or decides the event (grammar.carriers, intention_governors), never one
        of mediation or hosting ("Qatar-brokered talks between Sudan and Chad", "Egypt-hosted
        talks": the mediator and the host are no party)."""
        if not is_nominal(noun) or (noun.i not in self.triggers and noun.i not in self.event_nouns):
            return []
        for participle in children_of(noun):
            if participle.dep_ != "amod" or participle.i > noun.i or participle.tag_ != "VBN":
                continue
            lemma = participle.lemma_.lower()
            if lemma not in self._doers_not_hosts or lemma in self.grammar.mediating_participles:
                continue
            for part in children_of(participle):
                joined = part.i + 1 < participle.i and self.doc[part.i + 1].text == "-" and part.i + 2 == participle.i
                mention = self.by_token.get(part.i)
                if joined and mention is not None and not self._locative(mention):
                    return [mention]
        return []

    def _genitive_owner(self, trigger: Token) -> list[Mention]:
        """Whose forces an event noun moves, named by a possessive on its 'de' complement:
        "a procédé au retrait de ses soldats de la RDC", "a achevé le retrait de ses
        troupes du Niger" (the owner withdraws them; the complement itself, resolved on
        its own, would take the country it is withdrawn from)."""
        genitive = next((c for c in children_of(trigger) if c.dep_.startswith("nmod")
                         and self.preposition_form(self._introducer(c) or "") in self.grammar.genitive_markers), None)
        owner = next((c for c in children_of(genitive) if _is_possessive(c)), None) if genitive is not None else None
        if owner is None:
            return []
        plural = owner.lower_ in self.grammar.possessive_plural
        forward = self._fronted_subject(trigger) or self._light_verb_subject(trigger)
        if forward and _several(forward) == plural:
            return forward
        return [Mention(owner.i, owner.i + 1, (ActorRef("pronoun", owner.text, plural=plural),))]

    def _counterpart_owner(self, trigger: Token) -> list[Mention]:
        """"des rencontres avec ses homologues": whose counterparts they are is the
        other party of the meeting."""
        for child in children_of(trigger):
            mention = self.by_token.get(child.i)
            if mention is None or mention.refs[0].kind != "counterpart" or not child.dep_.startswith(("nmod", "obl")):
                continue
            for owner in children_of(child):
                if _is_possessive(owner):
                    plural = owner.lower_ in self.grammar.possessive_plural
                    return [Mention(owner.i, owner.i + 1, (ActorRef("pronoun", owner.text, plural=plural),))]
        return []

    def _light_verb_subject(self, noun: Token) -> list[Mention]:
        """The subject of the light or intention verb whose object the noun is: "La
        Chine a proposé sa médiation", "Kim a annoncé sa visite" (the possessive is
        the one who does what the verb carries)."""
        verb = noun.head
        if noun.dep_ != "obj" or verb.pos_ not in ("VERB", "AUX"):
            return []
        lemma = verb.lemma_.lower()
        if lemma not in self.grammar.carriers and lemma not in self.grammar.intention_governors:
            return []
        if verb.dep_ == "acl" and not any(d.startswith("nsubj") for d in child_deps(verb)):
            # "leur volonté de renforcer leur partenariat": the infinitive's subject is the wish's holder
            return self._subject(verb, False, fallback=False)
        return self._with_deps(verb, ("nsubj",)) or (self._subject(verb, False, fallback=False) if self._relative_subject(verb) else [])

    def _fronted_subject(self, noun: Token) -> list[Mention]:
        """The subject of the clause whose adjunct holds the possessive.

        "En amont de sa venue à Séoul, le chef de la diplomatie chinoise se
        rendra au Japon" / "Ahead of his visit, the minister will...": a fronted
        adjunct's possessive points forward to the subject; "Biden est arrivé à
        Séoul pour sa première visite en Asie": a trailing one points back to it.
        Either way it is that clause's subject, not the last person named before.
        """
        current = noun
        while current.head.i != current.i and current.dep_.startswith(("obl", "nmod", "advcl", "advmod")):
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                subject = self._with_deps(current, ("nsubj",))
                if not subject:
                    return []
                fronted = noun.i < current.i and all(t.i < current.i for t in noun.subtree)
                trailing = noun.i > current.i and subject[0].start < current.i
                return subject if (fronted and subject[0].start > noun.i) or trailing else []
        return []

    def _prep(self, trigger: Token, prepositions: frozenset[str]) -> list[Mention]:
        participles = self._carrying_participles(trigger)
        holders = _holders(trigger, self.event_nouns, self._doers)
        # "imposed by the EU on Belarus": the parse may lower the participle's phrase onto its
        # agent; so it does for a passive carrier whose subject the noun is ("de nouvelles
        # sanctions ont été imposées par l'Egypte à la Turquie": 'à la Turquie' nmod of the
        # agent, helper cons26fr)
        passive_holders = [h for h in holders[1:] if trigger.dep_ == "nsubj:pass" and h.i == trigger.head.i]
        lowered = [c for p in participles + passive_holders for c in p.children if c.dep_ == "obl:agent"]
        for holder in holders[:1] + participles + lowered + holders[1:]:
            for child, introducer in self._introduced(holder, trigger):
                if holder in lowered and introducer in self.grammar.genitive_markers:
                    continue  # "by the forces of Chad": the agent's own owner
                if introducer in prepositions and _opens_sentence_set_off(child, trigger):
                    continue  # "À Berlin, un porte-parole a rejeté": where the sentence is told, not to whom
                if introducer in prepositions:
                    # a capital right after the preposition is the party ("demander à
                    # Washington"); one deeper in the phrase is a place ("par l'empereur à Tokyo")
                    if child.i not in self.by_token and self._only_deeper_phrase(child):
                        return []  # "threats of retaliation against Ukraine": Ukraine is the retaliation's
                    found = self._mentions_at(child, allow_places=child.i in self.by_token)
                    if found:
                        return found
                    # "Egypt on Tuesday called on Libya to": a day or a thing names no party,
                    # and a later phrase of the same preposition may
        return []

    def _carrying_participles(self, noun: Token) -> list[Token]:
        """The past participles after an event noun that say who carried it out or
        decided it, whose "by" and directed phrases are the noun's parties: "l'attaque
        menée par le JNIM contre l'armée", "sanctions imposed by the EU on Belarus", "an
        offensive launched by Azerbaijan against Armenian positions", "la suspension de
        l'accord décidée par le Niger" (the pack's carriers and intention governors). A
        participle of hosting names a place, not a party ("talks hosted by Qatar"), and
        any other says what someone else did about it ("the attack condemned by the UN")."""
        if noun.i not in self.triggers and noun.i not in self.event_nouns:
            return []  # "son soutien au plan présenté par Kiev": the plan is no event of anyone's
        if not is_nominal(noun) or any(_is_possessive(c) for c in children_of(noun)):
            return []  # "leur offensive lancée lundi par surprise": the possessive is the doer
        doers = self._doers_not_hosts
        found = [
            c for c in children_of(noun)
            if c.dep_ == "acl" and c.i > noun.i and c.lemma_.lower() in doers
            and "Part" in morph_values(c, "VerbForm") and "Past" in morph_values(c, "Tense")
            and not any(d.dep_.startswith(("nsubj", "obj")) for d in children_of(c))
        ]
        return found + self._carrying_clauses(noun)

    def _carrying_clauses(self, noun: Token) -> list[Token]:
        """The carrier verbs of clauses that stand before or around an event noun instead
        of after it (helper cons26fr), whose phrases are the noun's parties as those of
        the active clause are ("X a imposé des sanctions à Y"): an object relative clause
        ("les sanctions que le Brésil a imposées au Cameroun", "l'aide que le Kenya a
        accordée au Maroc": the relative pronoun is the noun, Grevisse § 716) and a
        fronted past participle with an agent whose implied subject the noun is
        ("Imposées par la Russie au Sénégal, de nouvelles sanctions visent...", Quirk
        15.58; syntax.fronted_agentive_participle). Only the pack's carriers and
        intention governors: "l'attaque que l'ONU a condamnée" is the UN's judgement."""
        doers = self._doers_not_hosts
        found = [c for c in children_of(noun) if c.i > noun.i and c.lemma_.lower() in doers and object_relative(c, self.grammar.deed_relatives)]
        if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.i != noun.i:
            found += [c for c in noun.doc[max(0, noun.i - 40): noun.i]
                      if c.lemma_.lower() in doers and (governor := detached_participle_governor(c)) is not None
                      and governor.i == noun.head.i]
        return found

    def _relative_carrier_subject(self, noun: Token) -> list[Mention]:
        """The subject of an object relative clause of a carrier on the event noun: "les
        sanctions que le Brésil a imposées" are Brazil's (_carrying_clauses)."""
        for clause in self._carrying_clauses(noun):
            if clause.dep_.startswith("acl"):
                found = self._with_deps(clause, ("nsubj",))
                if found:
                    return found
        return []

    def _only_deeper_phrase(self, noun: Token) -> bool:
        """Whether the only actor in a prepositional phrase sits in a phrase of its own
        one level down, introduced by another preposition: "of retaliation against
        Ukraine" names the retaliation's target, not the one the preposition reads."""
        mention = self._mention_in(noun)
        if mention is None:
            return False
        token = words_root(self.doc, mention.start, mention.end)
        return token.head.i == noun.i and any(c.dep_ == "case" and c.lower_ not in self.grammar.genitive_markers for c in children_of(token))

    def _introduced(self, holder: Token, trigger: Token) -> list[tuple[Token, str | None]]:
        """The nominal dependents of a word with the preposition that introduces each
        (_introductions), read once per word and trigger while the parse stays as it is:
        each prepositional slot a frame tries reads the same trigger's phrases again."""
        key = (holder.i, trigger.i, parse_version())
        found = self._introductions.get(key)
        if found is None:
            found = self._introductions[key] = list(self._introductions_of(holder, trigger))
        return found

    def _introductions_of(self, holder: Token, trigger: Token) -> Iterator[tuple[Token, str | None]]:
        """The nominal dependents of a word with the preposition that introduces each.
        An adverbial preposition ("auprès de", "près de") is parsed as an adverb whose
        own dependent is the noun: "a protesté | auprès | de l'ambassade", the adverb an
        advmod or an oblique of its own."""
        # the labels from the per-word table (child_deps), not each child's dep_: the slots
        # read every dependent of the trigger and of its holders for each slot tried
        for child, dep in zip(children_of(holder), child_deps(holder)):
            if child.i == trigger.i:
                continue
            if dep.startswith(("obl", "nmod", "iobj")) and child.pos_ != "ADV":
                yield child, self._introducer(child)
                if holder.i == trigger.i and dep.startswith("nmod") and self._place_named(child):
                    # "une rencontre à Rabat entre le ministre algérien et son homologue":
                    # fr_core_news_md hangs the sides' phrase on the place named before it;
                    # a town is no pair of parties, so "entre" there is the event's
                    for inner, inner_dep in zip(children_of(child), child_deps(child)):
                        if inner_dep.startswith("nmod") and self.preposition_form(self._introducer(inner) or "") in self.grammar.between_prepositions:
                            yield inner, self._introducer(inner)
                if "nummod" in child_deps(child):
                    # "une aide de 8 millions de dollars au Nord": the parse hangs the
                    # recipient on the amount
                    for inner, inner_dep in zip(children_of(child), child_deps(child)):
                        if inner_dep.startswith(("obl", "nmod")) and inner.i != trigger.i:
                            yield inner, self._introducer(inner)
            elif (dep == "advmod" or dep.startswith("obl")) and child.pos_ == "ADV":
                # the adverb is labelled obl:arg as well ("a émis une vive protestation |
                # auprès | du Mexique")
                for noun, noun_dep in zip(children_of(child), child_deps(child)):
                    if noun_dep.startswith(("obl", "nmod")):
                        inner = self._preposition_of(noun)
                        yield noun, f"{child.lower_} {inner}" if inner else child.lower_

    def _modifier(self, trigger: Token) -> list[Mention]:
        """A name or nationality modifying the trigger noun without a preposition
        ("le sommet Séoul-Washington", "le tir de missile nord-coréen")."""
        # fr_core_news_md labels a nationality adjective after a plural noun acl ("les
        # bombardements russes"): that word itself, never a participle clause's phrase
        # ("un tir de missile tombé en territoire polonais" names where it fell)
        modifiers = ("nmod", "appos", "amod", "flat", "compound")
        for child in children_of(trigger):
            adjective_clause = child.dep_ == "acl" and child.i in self.by_token
            if (child.dep_ in modifiers or adjective_clause) and self._introducer(child) is None:
                found = self._mentions_at(child)
                if found:
                    return found
        for child in children_of(trigger):  # one level down: the object noun's nationality
            # only in the genitive object ("le tir de missile nord-coréen"): a nationality on
            # a noun the act goes to or against is the struck side's ("les bombardements
            # russes sur des villes ukrainiennes", "strikes on Syrian towns")
            # (a place phrase keeps its earlier reading: "talks in the Cuban capital")
            introducer = self.preposition_form(self._introducer(child) or "")
            if introducer and introducer not in self.grammar.genitive_markers | self.grammar.locative_prepositions:
                continue
            for grandchild in children_of(child):
                # but not the nationality inside the child's own mention ("avec son
                # homologue nord-coréen Ri Yong-ho" is the partner, not a modifier)
                own = self.by_token.get(child.i)
                if grandchild.dep_ == "amod" and grandchild.i in self.by_token and self.by_token[grandchild.i] is not own:
                    return self._mentions_at(grandchild)
        return []

    def _party_modifier(self, trigger: Token) -> list[Mention]:
        """A modifier of a gathering noun that names its parties ("the Seoul-Washington
        summit", "the EU-China summit"), never one organisation alone: "the ASEAN summit
        in Kuala Lumpur", "the NATO summit" name the forum, whose members meet, and the
        organisation neither meets its venue nor whoever attends."""
        found = self._modifier(trigger)
        if len(found) == 1 and found[0].refs and all(r.kind == "organisation" and r.country in IGO_CODES for r in found[0].refs):
            return []
        return found

    def _prep_modifier(self, trigger: Token, preposition: str) -> list[Mention]:
        """The author of the act a preposition introduces, named by a nationality or by
        an actor after "de": "a été la cible de sanctions américaines", "visé par des
        frappes russes", "la cible de critiques de l'opposition" (the governing word is
        the one who undergoes the act). Only an actor heading the "de" phrase counts:
        "des tirs près de la frontière avec le Niger" names a place, no author."""
        for child, introducer in self._introduced(trigger, trigger):
            if introducer != preposition:
                continue
            found = self._modifier(child)
            for author, by in self._introduced(child, trigger):
                if not found and by == "de" and author.i in self.by_token:
                    found = self._mentions_at(author)
            if found:
                return found
        return []

    def _named_prep(self, trigger: Token, preposition: str) -> list[Mention]:
        """The actor a dependent introduced by the preposition names by its own head word
        ("s'est retiré de la CEDEAO"), never a name inside a thing's phrase ("de l'accord
        de Paris" names where the accord was signed)."""
        for child, introducer in self._introduced(trigger, trigger):
            if introducer == preposition and child.i in self.by_token:
                return self._with_partners(self.by_token[child.i])
        return []

    def _after(self, trigger: Token, word: str) -> list[Mention]:
        """The first actor after a following marker word in the same clause, when the
        parse attached "avec X" elsewhere ("une rencontre, cette fois-ci avec Abe")."""
        seen_marker = False
        doc = self.doc
        forms, lower = forms_of(doc), lower_forms(doc)  # the forms by position: no string decoded per word
        for i in range(trigger.i + 1, sentence_bounds(trigger)[1]):
            token = doc[i]
            dep = token.dep_
            # a verb inside a compound noun ("a go-between for X"), or a participle used as an
            # adjective before the marker ("met behind closed doors with Somali officials"),
            # opens no clause
            adjective = dep == "amod" and not seen_marker
            if forms[i] in (".", ";") or (token.pos_ == "VERB" and dep != "compound" and not adjective and token.head.i != trigger.i and (seen_marker or not _noun_clause(token, trigger, word))):
                return []
            if not seen_marker and i in self.triggers and not self._sides_of(token, word):
                return []  # "agreed to strengthen cooperation with Japan": the marker is the later trigger's
            if lower[i] == word:
                seen_marker = True
            elif seen_marker and token.i in self.by_token:
                mention = self.by_token[token.i]
                # the frame names the marker, so a country it introduces is a party even
                # when the marker also introduces places ("exportations vers la Corée du Sud")
                # "au Soudan" is introduced by "au", which the case reading spells "à"
                preposition = self._preposition_of(words_root(self.doc, mention.start, mention.end))
                introduced = preposition in (word, self.grammar.preposition_forms.get(word, word))
                return self._with_partners(mention) if introduced or not self._locative(mention) else []
        return []

    def _owned_forces_left(self, trigger: Token, word: str) -> list[Mention]:
        """The place a withdrawal of forces leaves, named with ``word`` ("from"), when the
        forces named after the genitive marker have an owner, a possessive ("Russia
        announced the withdrawal of its troops from Armenia", "of their soldiers from
        Chad"). Bare forces may name their origin with the same word ("a phased withdrawal
        of troops from South Africa, Malawi and Tanzania": SADC's troops, from those
        states), so then none; a nationality ("of South African troops from the DRC") is
        not read yet."""
        if not is_nominal(trigger):
            return []
        forces = [c for c, introducer in self._introduced(trigger, trigger)
                  if introducer is not None and self.preposition_form(introducer) in self.grammar.genitive_markers]
        if not any(_is_possessive(c) for noun in forces for c in children_of(noun)):
            return []
        return self._prep(trigger, frozenset({word}))

    def _object_sides(self, trigger: Token, word: str) -> list[Mention]:
        """The sides that the event noun a verb acts on names with the marker: a mediator
        of "negotiations between Congo and Rwanda" mediates between them. Read on the
        object only, so that a role ("stepped back from its mediator role between X and
        Y") lends no sides to what merely follows it."""
        for noun in (c for c in children_of(trigger) if c.dep_ == "obj"):
            if self._sides_of(noun, word):
                found = self._prep(noun, frozenset({word}))
                if found:
                    return found
        return []

    def _agreement_partner(self, trigger: Token, word: str) -> list[Mention]:
        """The partner that the agreement a trigger acts on names with the marker,
        wherever the parse hangs it in the agreement's own phrase: "a conclu un accord de
        libre-échange avec l'UE" (on "échange"), "la conclusion d'un accord avec le FMI",
        "prolonger l'accord céréalier avec l'Ukraine" (on "céréalier"). Only the phrase
        of the event noun the trigger (or its infinitive) acts on is read, and never
        across a verb ("un accord qui renforce la coopération avec X")."""
        verbs = [trigger] + [c for c in children_of(trigger) if c.dep_ == "xcomp"]
        nouns = [c for v in verbs for c in children_of(v) if c.dep_ in ("obj", "nmod", "obl:arg", "obl:mod") and c.i in self.event_nouns]
        for noun in nouns:
            for marker in (t for t in noun.subtree if t.lower_ == word and t.dep_ == "case"):
                holder = marker.head
                if holder.i in self.by_token and _within_phrase(holder, noun):
                    return self._with_partners(self.by_token[holder.i])
        return []

    def _conjunct_partner(self, trigger: Token, preposition: str) -> list[Mention]:
        """The party of the verb a trigger is coordinated with, named with ``preposition``:
        "spoke by phone with Pakistan's prime minister and urged restraint" urges him
        (the appeal's addressee is the one spoken to)."""
        if trigger.dep_ != "conj" or trigger.head.pos_ not in ("VERB", "AUX"):
            return []
        return self._prep(trigger.head, frozenset({preposition}))

    def _sides_of(self, noun: Token, word: str) -> bool:
        """Whether an event noun's own phrase names its sides with the marker: the sides
        of the talks are those of the mediation that holds them ("brokered talks between
        Israel and Hamas", "facilite des pourparlers entre Bamako et Niamey"); a partner
        "with" stays the later event's own ("cooperation with Japan")."""
        if word not in self.grammar.sides_prepositions or noun.i not in self.event_nouns:
            return False
        # "talks between": the marker hangs on the noun; "pourparlers entre le Mali": on its nmod
        return any(t.lower_ == word and noun in (t.head, t.head.head) for t in noun.subtree)

    def _introducer(self, token: Token) -> str | None:
        """The preposition introducing a dependent; inside a multi-word name ("Corée
        du Sud") it is the one before the name, not "du"; a dative pronoun's is the one
        whose phrase it stands for ("lui a demandé": "à")."""
        if token.i in self.stand_ins:
            pronoun = self.grammar.object_pronouns.get(token.lower_)
            if pronoun is not None:
                return pronoun.preposition
            # "auquel" carries its "à"; "avec qui" has its own
            return self.grammar.oblique_relatives.get(token.lower_) or self._preposition_of(token)
        mention = self.by_token.get(token.i)
        if mention is not None and mention.start < token.i:
            # "with U.S. Secretary of State Antony Blinken": the case marker of the name's
            # head lies before the mention, past the country compound that qualifies it
            outside = [c for c in children_of(token) if c.dep_ == "case" and c.i < mention.start]
            if outside:
                # with the words fixed to it, as a one-word name's marker is read ("out of
                # North Macedonia" is "out of", as "out of Sudan" is)
                return case_phrase(outside[0], self.grammar.preposition_forms)
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            if before is not None and before.pos_ == "ADP":
                if before.dep_ == "fixed" and before.head.dep_ == "case":
                    return case_phrase(before.head, self.grammar.preposition_forms)
                return self.grammar.preposition_forms.get(before.lower_, before.lower_)
            return self._preposition_of(self.doc[mention.start])
        return self._preposition_of(token)

    def _place_named(self, token: Token) -> bool:
        """Whether a word names a place where, not a party: a country or capital after a
        place preposition (the tagger may call "Rabat" a verb), or a name the model tags
        as a place."""
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self._locative(mention)
        return token.pos_ == "PROPN" and token.ent_type_ in ("LOC", "GPE")

    def _locative(self, mention: Mention) -> bool:
        """A country or capital introduced by a place preposition is where, not who."""
        if mention.refs[0].kind != "country":
            return False
        root = words_root(self.doc, mention.start, mention.end)
        preposition = self._preposition_of(root)
        if preposition is None:
            return False
        if preposition in self.grammar.place_prepositions:
            return True
        return preposition in self.grammar.genitive_markers and root.head.pos_ == "PROPN"

    def _preposition_of(self, token: Token) -> str | None:
        for child, dep in zip(children_of(token), child_deps(token)):
            if dep == "case":
                return case_phrase(child, self.grammar.preposition_forms)
        return None

    def _governor_argument(self, trigger: Token, slot: str) -> list[Mention]:
        """Arguments of the verb a nominal trigger hangs from ("X a tenu un sommet")."""
        governed = self._governing_verb(trigger)
        if governed is None:
            return []
        below, current = governed
        own = set(range(trigger.left_edge.i, trigger.right_edge.i + 1))
        if self.suffered_in(trigger):
            # "twelve people died in an attack": the subject suffered the event, never did it
            found = self._with_deps(current, ("nsubj",)) if slot == "governor_obj" else []
            return [m for m in found if m.start not in own]
        # the surface subject: "Il sera accueilli par Li, avant une rencontre avec Abe"
        # is Il's meeting, whatever the voice of the governing verb
        if slot == "governor_subj":
            # the parse may give the governing clause no subject at all ("Séoul et
            # Washington | n'ont pas réussi à trouver un terrain d'entente"): then the
            # actor before it is the subject; a clause whose subject is the trigger
            # itself ("Son éventuelle rencontre sera scrutée") has no other
            has_subject = any(d.startswith("nsubj") for d in child_deps(current))
            found = self._passive_carrier_agent(current, below)
            if not found and self._passive_recipient(current, below):
                # "Morocco was slapped with sanctions by Mali": the subject is acted on, the agent acts
                found = self._prep(current, self.grammar.agent_prepositions)
            found = found or self._with_deps(current, ("nsubj:pass",)) or self._subject(current, False, fallback=not has_subject)
        elif slot.startswith("governor_prep:"):
            # "a formal protest was lodged by Thailand with Cambodia": the party hangs on the verb
            found = self._prep(current, frozenset({slot.split(":", 1)[1]}))
        elif slot == "governor_iobj":
            # "ECOWAS gave Niger's coup leaders an ultimatum": the dative of the carrying verb
            found = [m for m in self._with_deps(current, ("iobj",)) if m.start not in own] or self._passive_recipient(current, below)
        elif current.lemma_.lower() in self.grammar.envoy_sending_verbs:
            found = []  # the envoy sent is the sender's own: the talks' other party is where they go
        elif below.dep_ == "nsubj" and current.lemma_.lower() in self.grammar.reaction_verbs:
            found = []  # "Iran's threats against Israel worried diplomats": who reacts is no party
        else:
            found = [m for m in self._with_deps(current, ("obj",)) if m.start not in own] or self._passive_recipient(current, below)
        return [m for m in found if m.start not in own]

    def _passive_recipient(self, verb: Token, below: Token) -> list[Mention]:
        """The subject of a passive light verb that carries the event noun as its
        remaining complement: "Morocco was slapped with sanctions by Mali", "Pakistan was
        handed an ultimatum", "Kenya was given a warning by Ukraine" name the one the act
        is done to, the active's object or dative ("Mali slapped Morocco with
        sanctions"), never its doer (grammar.carriers); so does the subject of a passive
        periphrasis ("s'est vu infliger une amende", grammar.passive_governors)."""
        if below.dep_.startswith("nsubj") or verb.lemma_.lower() not in self.grammar.carriers:
            return []
        if self._is_passive(verb):
            return self._with_deps(verb, ("nsubj:pass",))
        governor = verb.head
        # "le Maroc s'est vu imposer un embargo par le Mali": "se voir" makes the infinitive passive
        if verb.dep_ == "xcomp" and governor.lemma_.lower() in self.grammar.passive_governors \
                and any(c.dep_.startswith("expl") for c in children_of(governor)):
            return self._with_deps(governor, ("nsubj", "nsubj:pass"))
        return []

    def suffered_in(self, noun: Token) -> bool:
        """Whether an event noun is what the subject of its verb suffered: "dozens of
        civilians died in airstrikes", "des civils ont péri dans des frappes"."""
        cues = self.grammar.agentless
        if cues is None or not is_nominal(noun) or noun.dep_ not in VICTIM_OBLIQUES or noun.head.i == noun.i:
            return False
        return noun.head.lemma_.lower() in cues.victim_verbs

    def victims_of(self, noun: Token) -> list[Mention]:
        """Those who suffered an event noun: the subject of its verb of dying."""
        return self._with_deps(noun.head, ("nsubj", "nsubj:pass"))

    def _governing_verb(self, trigger: Token) -> tuple[Token, Token] | None:
        """The verb (or copular clause) a nominal trigger hangs from, with the word
        below it on the way; None when another trigger that is no carrier comes first."""
        if not is_nominal(trigger):
            return None
        current = trigger
        for _ in range(3):
            if current.head.i == current.i or current.dep_ in CLAUSE_BOUNDARIES:
                return None
            below, current = current, current.head
            if current.i in self.triggers and current.lemma_.lower() not in self.grammar.carriers and not self._through_content(trigger, current) \
                    and not self._converse_adjunct(trigger, below) and not self._fronted_occasion(trigger, below, current):
                # a content noun states nothing of its own: "ont convenu de reprendre le dialogue
                # en marge du sommet" is the subjects' summit, through what they agreed on
                return None  # "l'ONU a condamné l'essai de Pyongyang": the UN did not test
            if current.pos_ in ("VERB", "AUX") or "cop" in child_deps(current):
                topic = self._topic_of_carried_event(current, below, trigger) and not self._converse_adjunct(trigger, below)
                return None if topic else (below, current)
        return None

    def _fronted_occasion(self, trigger: Token, below: Token, verb: Token) -> bool:
        """Whether the noun opens the sentence as the verb's adjunct of time, a joint act
        named with its other party (syntax.fronted_occasion): "After talks with Uruguay's
        president in Montevideo, Argentina's president flew to Chile"; the adjunct's
        unexpressed party is the main clause's subject."""
        grammar = self.grammar
        return fronted_occasion(trigger, grammar.fronted_occasion_prepositions, grammar.comitative_prepositions,
                                grammar.preposition_forms, verb)

    def _converse_adjunct(self, trigger: Token, below: Token) -> bool:
        """Whether the noun is the verb's own adjunct with a converse preposition ("attacked
        al-Shabaab with the support of the United States"): the phrase names who helped
        the verb's subject, whatever that verb states (grammar.converse_prepositions)."""
        return below is trigger and adjunct_preposition(trigger, self.grammar.preposition_forms) in self.grammar.converse_prepositions

    def _through_content(self, trigger: Token, current: Token) -> bool:
        """Whether the occasion a commitment is made at reaches the committing verb
        through the noun committed to: "ont convenu de reprendre le dialogue en marge du
        sommet" is the subjects' summit; the agreed dialogue states nothing of its own."""
        return trigger.i in self.occasions and current.i in self.contents and is_nominal(current)

    def _topic_of_carried_event(self, verb: Token, below: Token, trigger: Token) -> bool:
        """Whether an event noun below a carrier verb is the topic or circumstance of the
        event that verb states, not the subject's own act ("Bangladesh lodged a complaint
        over the shelling", "the UN opened an inquiry into the killing of protesters",
        "Iraq held Turkey responsible for the drone strike"): the verb's subject
        complained, inquired or blamed, and did not shell or kill. Either the carrier is
        itself a trigger and the noun sits inside its object or in a phrase after it (a
        phrase put before the verb frames the clause: "at the request of Mali, France sent
        troops"), or the noun hangs on it, after a preposition of topic (the pack's
        `topic_prepositions`), beside an object or a passive subject that is one ("a
        formal protest was lodged by Vietnam over the assault on its fishermen")."""
        if verb.lemma_.lower() not in self.grammar.carriers:
            return False
        if verb.i in self.triggers:
            if below.i != trigger.i and below.dep_ in ("obj", "xcomp"):
                return True
            return below.dep_ in VICTIM_OBLIQUES and below.i > verb.i
        if below.dep_ not in VICTIM_OBLIQUES or not any(c.dep_ in ("obj", "nsubj:pass") and c.i in self.triggers for c in children_of(verb)):
            return False
        return any(c.dep_ == "case" and c.lower_ in self.grammar.topic_prepositions for c in children_of(below))

    def _passive_carrier_agent(self, verb: Token, noun: Token) -> list[Mention]:
        """The agent of a passive light verb whose subject is the event noun: "Threats
        of retaliation were issued by Moscow", "a formal protest was lodged by Vietnam",
        or of a verb that decides it ("la rupture des relations a été décidée par la
        Bolivie", the pack's intention governors)."""
        doers = self._doers
        if noun.dep_ != "nsubj:pass" or not self._is_passive(verb) or verb.lemma_.lower() not in doers:
            return []  # "the arrest of X was confirmed by police": the police confirmed, not arrested
        return self._subject(verb, True)

    # ---------------------------------------------------------------- helpers

    def _misparsed_object(self, verb: Token) -> list[Mention]:
        """A bare noun phrase after a verb that the parse hangs on it as nmod or xcomp,
        labels no verb takes for a noun in Universal Dependencies: fr_core_news_md's
        reading of a foreign name as object ("rencontrera Kim Jong-un la semaine
        prochaine" gives "Kim" nmod and "Jong-un" xcomp, "menace Stockholm de" a
        name flat with the verb)."""
        if verb.pos_ not in ("VERB", "AUX") and "aux:tense" not in child_deps(verb):
            return []
        for child in verb.rights:
            if child.dep_ in ("nmod", "xcomp", "flat:name") and child.pos_ in ("PROPN", "NOUN") and "case" not in child_deps(child):
                return self._mentions_at(child)
            if child.dep_ == "amod" and child.i in self.by_token:  # a verb takes no adjective: "menace Israël/amod de"
                return self._mentions_at(child)
            if bare_adverbial(child) and child.i in self.by_token:
                return self._mentions_at(child)
        partitive = partitive_object(verb)  # "ont massacré des villageois", "des" read as a preposition
        if partitive is None:
            partitive = object_past_adjuncts(verb, self.grammar.place_prepositions)  # "a reçu mardi à Rabat le président mauritanien"
        return self._mentions_at(partitive) if partitive is not None else []

    def _with_deps(self, token: Token, deps: tuple[str, ...]) -> list[Mention]:
        """The actors of the first dependent with one of ``deps`` that names one: the
        parse may give a verb two objects ("a reçu lundi ... Olaf Scholz", the weekday
        read as an object)."""
        for child, dep in zip(children_of(token), child_deps(token)):
            if dep in deps:
                found = self._mentions_at(child)
                if found:
                    return found
        return []

    def _mentions_at(self, head: Token, allow_places: bool = False) -> list[Mention]:
        """The mention a dependent stands for, with its coordinated partners."""
        first = self._mention_in(head)
        if first is None or (not allow_places and self._locative(first)):
            return []
        return self._with_partners(first)

    def _with_partners(self, mention: Mention) -> list[Mention]:
        """A mention and those coordinated with it ("Donald Trump et Kim Jong-un")."""
        found = [mention]
        frontier = [mention]
        owners: set[int] = set()  # the genitive owners of titled people whose first conjunct hung inside them
        while frontier:
            current = frontier.pop()
            hung, owner = self._hung_first_conjunct(current)
            if owner is not None:
                owners.add(owner.start)
            partners = [self.by_token.get(t.i) for t in self._coordinated(self.doc, current.start, current.end)]
            partners += self.listed_with.get(current.start, [])
            partners += self._misparsed_pair(current)
            partners += hung
            for partner in partners:
                if partner is not None and partner.start not in owners and all(m.start != partner.start for m in found) and not _owner_repeated(partner, current) \
                        and not _absolute_clause_subject(self.doc, partner):
                    found.append(partner)
                    frontier.append(partner)
        return sorted(found, key=lambda m: m.start)

    def _misparsed_pair(self, mention: Mention) -> list[Mention]:
        """The second of two actors joined by a coordinator that the parse hangs on the
        verb governing the first as a conjunct of that verb, with no subject or
        auxiliary of its own, so no clause: "ont appelé Washington/xcomp et
        Caracas/conj<appelé à éviter toute escalade"."""
        doc = self.doc
        gap = mention.end
        if gap >= len(doc) or doc[gap].lower_ not in self.grammar.coordinators:
            return []
        after = gap + 1 + (gap + 1 < len(doc) and doc[gap + 1].pos_ == "DET")
        partner = self.by_token.get(after) if after < len(doc) else None
        # the partner's mention may take in its article ("le Hamas"): it starts right after the coordinator
        if partner is None or partner.start not in (gap + 1, after):
            return []
        heads = [t for t in doc[partner.start : partner.end] if not partner.start <= t.head.i < partner.end]
        firsts = [t for t in doc[mention.start : mention.end] if not mention.start <= t.head.i < mention.end]
        if len(heads) != 1 or not firsts:
            return []
        second, governor = heads[0], heads[0].head
        if second.dep_ != "conj" or firsts[0].head.i != governor.i:
            return []
        if governor.pos_ not in ("VERB", "AUX") and not _misread_weekday(governor, firsts[0]):
            return []
        if any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in children_of(second)):
            return []
        return [partner]

    def _hung_first_conjunct(self, mention: Mention) -> tuple[list[Mention], Mention | None]:
        """The first of two coordinated titled people that the parse hangs inside the
        second's phrase as its modifier: "Tajik Foreign Minister A/nmod and/cc<A
        Uzbekistan's Foreign Minister B", where A's head is a word of B's mention and the
        coordinator hangs on A. A coordinator does not join a modifier to the words it
        modifies, so A is B's partner (both sides of the act), not a qualifier of B. Only
        between people or titled agents, with nothing between them but the coordinator and
        the second's genitive owner ("Uzbekistan's"), returned beside them: the parse makes
        it A's conjunct, but it is B's owner, no third party."""
        doc = self.doc
        if mention.refs[0].kind not in ("person", "agent") or not mention.refs[0].role:
            return [], None
        found: list[Mention] = []
        owner_of: Mention | None = None
        for first in self._mentions_before(mention):
            if first.refs[0].kind not in ("person", "agent") or not first.refs[0].role:
                continue
            roots = [t for t in doc[first.start : first.end] if not first.start <= t.head.i < first.end]
            if not roots or not all(mention.start <= r.head.i < mention.end for r in roots):
                continue
            gap = first.end
            if gap >= mention.start or doc[gap].lower_ not in self.grammar.coordinators or not first.start <= doc[gap].head.i < first.end:
                continue
            owner = self.by_token.get(gap + 1) if gap + 1 < mention.start else None
            if gap + 1 < mention.start and not (owner is not None and owner.end < mention.start
                                                and all(t.dep_ == "case" for t in doc[owner.end : mention.start])):
                continue
            found.append(first)
            owner_of = owner or owner_of
        return found, owner_of

    def _mentions_before(self, mention: Mention) -> list[Mention]:
        """The distinct mentions ending before ``mention`` starts, nearest last."""
        seen = {id(m): m for m in self.by_token.values() if m.end <= mention.start}
        return sorted(seen.values(), key=lambda m: m.start)

    @staticmethod
    def _coordinated(doc: Doc, start: int, end: int) -> list[Token]:
        """The conjuncts of the words ``start`` to ``end`` outside them, and the words outside
        that they are conjuncts of (read without a Span: asked of every mention)."""
        span = tokens_in(doc, start, end)
        tokens = [c for t in span for c in children_of(t) if c.dep_ == "conj" and not start <= c.i < end]
        heads = [t.head for t in span if t.dep_ == "conj" and not start <= t.head.i < end]
        return tokens + heads

    def _mention_in(self, token: Token) -> Mention | None:
        """The mention covering a token, else the shallowest one in its phrase. Forces a
        possessive gives to whoever acts, found under the phrase's own head ("a écarté tout
        retrait de ses troupes des territoires ukrainiens", "refused the participation of
        its army in the European mission"), are the actor's own means, no party the phrase
        names: the search goes on past them (own_forces)."""
        if token.i in self.stand_ins:
            return self.stand_ins[token.i]
        if token.i in self.by_token:
            return self.by_token[token.i]
        frontier = [token]
        for _ in range(3):
            frontier = [c for t in frontier for c, dep in zip(children_of(t), child_deps(t)) if dep not in CLAUSE_BOUNDARIES]
            for candidate in frontier:
                if candidate.i in self.by_token and not own_forces(self.by_token[candidate.i]):
                    return self.by_token[candidate.i]
        return None

    def actors_at(self, token: Token, deps: tuple[str, ...] | None = None) -> list[Mention]:
        """The actors a token names (with its coordinated partners), or with ``deps``
        those of its first dependent so labelled that names one."""
        return self._with_deps(token, deps) if deps is not None else self._mentions_at(token)

    def slots(self, trigger: Token, slots: tuple[str, ...], passive: bool = False) -> list[Mention]:
        """The mentions of the first of ``slots`` that a trigger fills."""
        return self._speakers_for_pronouns(self._first_filled(trigger, slots, passive, exclude=set()))

    @staticmethod
    def _is_passive(token: Token) -> bool:
        # A reflexive "se" alone (expl:pass) is no passive: fr_core_news_md gives it to
        # reciprocal verbs ("X et Y se sont rencontrés"), whose subject acts; a true
        # pronominal passive has its subject labelled nsubj:pass.
        # Nor is a subject labelled nsubj:pass under a plain compound tense ("Tokyo a
        # immédiatement rejeté ce verdict"): without a passive auxiliary or a
        # pronominal "se", the label is the parser's slip.
        deps = set(child_deps(token))
        return "aux:pass" in deps or ("nsubj:pass" in deps and bool(deps & {"expl:pass", "expl:comp", "expl"}))


# the links from a participle of demand up to the verb that acts on what is demanded:
# "accorder l'allègement/obj de dette/nmod réclamé/acl", "a accepté les réformes réclamées/xcomp"
_DEMANDED_PHRASE = frozenset({"acl", "xcomp", "nmod", "obj", "appos", "obl:mod", "obl:arg"})
_LISTABLE = frozenset({"country", "organisation", "person", "agent"})
OWNED_KINDS = frozenset({"agent"})  # "leaders", "ministers": a title whose owners the mention reads off its "of" list


def _opens_sentence_set_off(phrase: Token, trigger: Token) -> bool:
    """A prepositional phrase that opens the sentence before the trigger and a comma closes
    ("À Berlin, un porte-parole ... a rejeté", "À Québec, le gouvernement a exhorté Ottawa"):
    a frame for the whole sentence, the place it is told from, never the act's recipient,
    which stands after the verb ("a demandé à Berlin de")."""
    doc = phrase.doc
    end = phrase.right_edge.i + 1
    # the sentence's start last: Token.sent scans the sentence (about 9 us), the rest is cheap
    return (phrase.i < trigger.i and end < len(doc) and doc[end].text == ","
            and phrase.left_edge.i == phrase.sent.start)


def _set_off_by_comma(noun: Token) -> bool:
    """Whether a noun's phrase follows a comma: "..., une proposition que", "..., invitation que"."""
    first = noun.left_edge
    if first.text == ",":  # the parse may hang the comma on the apposition itself
        return True
    return first.i > 0 and noun.doc[first.i - 1].text == ","


def _verb_with_subject(noun: Token) -> Token | None:
    """The nearest verb above a noun, before it, that has a subject of its own (a verb
    coordinated under another takes that one's): the clause an apposition restates."""
    token = noun.head
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.i < noun.i and token.dep_ != "conj" and any(
                c.dep_.startswith("nsubj") for c in token.children):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _misread_weekday(governor: Token, first: Token) -> bool:
    """Whether the parse hung a listed actor on a bare time noun right before it, the
    list's second item its conjunct ("a appelé mercredi le Kosovo/nmod et la
    Serbie/conj<mercredi à régler"): the time noun is an adjunct of the verb, and the
    two actors are the verb's object."""
    return governor.dep_ in ("obl:mod", "obl", "nmod") and governor.pos_ == "NOUN" and governor.i < first.i and not any(
        c.dep_ == "case" for c in children_of(governor)) and first.dep_ == "nmod"


def _simple_past_governor(verb: Token) -> Token | None:
    """The verb a simple past conjunct shares its subject with when the parse hangs it on
    a verb of another form below: in "Lin Jian said the sales violate the principle and
    urged Washington to stop", "Sanchez said the army had launched an operation to
    pursue the attackers and called on Venezuela to", "Rashad urged Hamas to speed up
    the handover and called on Israel to open the crossing", no present, infinitive or
    participle can be coordinated with "urged" or "called": the nearest simple past
    above them is (English tags; other tagsets never read VBD)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ == "VBD":
        return None
    if any(c.dep_.startswith(("nsubj", "aux")) for c in children_of(verb)):
        return None
    current = verb.head
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.tag_ == "VBD" and not any(d.startswith("aux") for d in child_deps(current)):
            return current
    return None


def _absolute_clause_subject(doc: Doc, partner: Mention) -> bool:
    """Whether a name the parse coordinates after a comma is the subject of an absolute
    participle clause ("ont exprimé leur soutien aux Philippines, Washington rappelant que
    ...", "..., Moscou affirmant que ..."): the present participle right after it is that
    name's own act, so the name is no further party of the clause before."""
    if partner.start == 0 or partner.end >= len(doc) or doc[partner.start - 1].text != ",":
        return False
    after = doc[partner.end]
    return (after.pos_ in ("VERB", "AUX") and "Part" in morph_values(after, "VerbForm")
            and "Pres" in morph_values(after, "Tense"))


def _owner_repeated(partner: Mention, mention: Mention) -> bool:
    """Whether a partner the parse coordinates with a title is one of that title's own
    owners: in "Leaders of the EU and NATO met", the parse hangs NATO on "Leaders",
    whose mention already stands for the EU's and NATO's leaders (GUIDELINES: one
    party per listed actor), so NATO is no third party."""
    if len(mention.refs) < 2 or partner.start < mention.end or any(r.kind not in OWNED_KINDS for r in mention.refs):
        return False
    owners = {r.country for r in mention.refs}
    return all(r.country in owners for r in partner.refs)


def _surface_lists(doc: Doc, mentions: list[Mention], grammar: Grammar) -> dict[int, list[Mention]]:
    """Actors listed one after another ("avec la Suède, la Grèce, la Bulgarie et l'Inde"),
    by mention start: the parser often hangs such items as appositions or as siblings
    rather than conjuncts, so the list is read off the surface. Between two items
    stand only commas, articles, a coordinator, or the case marker that also opens
    the list ("de la Chine, de la Russie et du Japon"); a list ends with a coordinator,
    so "Selon la Chine, la Russie a ..." is no list."""
    coordinators = {c.lower() for c in grammar.coordinators}
    ordered = sorted((m for m in mentions if m.refs and all(r.kind in _LISTABLE for r in m.refs)), key=lambda m: m.start)
    groups: list[list[Mention]] = []
    closed: list[bool] = []
    for mention in ordered:
        previous = groups[-1][-1] if groups else None
        # the gap's length first: most names are far apart, and no words need reading then
        if previous is not None and 0 < mention.start - previous.end <= 4 and not closed[-1]:
            gap = tokens_in(doc, previous.end, mention.start)  # the words, without a Span
            opener = doc[groups[-1][0].start - 1].lower_ if groups[-1][0].start > 0 else ""
            openers = _opener_forms(opener, grammar.preposition_forms)
            if _list_gap(gap, coordinators, openers, grammar.list_closers) and not _new_clause_subject(doc, previous, mention):
                groups[-1].append(mention)
                closed[-1] = " ".join(t.lower_ for t in gap if not t.is_punct and t.pos_ != "DET" and t.lower_ not in openers) in coordinators
                closed[-1] = closed[-1] or _closing_count(gap, coordinators, grammar.list_closers)
                continue
        groups.append([mention])
        closed.append(False)
    listed: dict[int, list[Mention]] = {}
    between = {w.lower() for w in grammar.between_prepositions}
    starts = {m.start for m in ordered}
    for group, ends_with_coordinator in zip(groups, closed):
        # "entre l'Inde et le Pakistan": a pair after "entre" is the two sides, however
        # the parse hangs the second ("le Pakistan a été conclu")
        # the second item whole, not the modifier of a name that follows ("and U.S. Secretary of State Mike Pompeo")
        pair = len(group) == 2 and group[0].start > 0 and doc[group[0].start - 1].lower_ in between and group[1].end not in starts
        # "le Mali, le Niger, le Tchad et trois autres pays": a count of others, no actor, closes it
        ends_with_coordinator = ends_with_coordinator or _closing_count(tokens_in(doc, group[-1].end, group[-1].end + 3), coordinators, grammar.list_closers)
        if ((len(group) >= 3 or pair) and ends_with_coordinator) or _headline_pair(doc, group):
            for mention in group:
                listed[mention.start] = [m for m in group if m is not mention]
    return listed


def _marker_length(doc: Doc, start: int, markers: tuple[str, ...]) -> int:
    """The number of words of the marker written at ``start`` ("together with"), else 0."""
    for marker in markers:
        words = marker.split()
        if [t.lower_ for t in tokens_in(doc, start, start + len(words))] == words:
            return len(words)
    return 0


def _headline_pair(doc: Doc, group: list[Mention]) -> bool:
    """Two parties a headline joins with a bare comma as the subject of its verb ("India,
    China agree to reopen border trade", "Samoa, New Zealand sign climate deal"): the
    comma stands for "and", which headlines leave out. Only at the start of a sentence
    and right before a finite verb, so that "In Kabul, Taliban officials said" or a
    dateline's "KYIV, Ukraine —" is no pair."""
    if len(group) != 2 or group[0].start != sentence_bounds(doc[group[0].start])[0]:
        return False
    gap = doc[group[0].end : group[1].start]
    if len(gap) != 1 or gap[0].lower_ != "," or group[1].end >= len(doc):
        return False
    verb = doc[group[1].end]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBP", "VBZ", "VBD")


def _new_clause_subject(doc: Doc, previous: Mention, mention: Mention) -> bool:
    """Whether a mention after a comma opens a clause of its own rather than continuing
    a list: the subject of one verb after the object of another ("l'Etat envoie 800
    secouristes, l'Inde et le Japon proposent leur aide", two clauses of a headline), or
    the subject of the verb whose fronted place adjunct comes before it ("à Ankara,
    l'Ethiopie et la Somalie enterrent la hache de guerre", "À Doha, le Rwanda et la RDC
    ont signé": the host city is where, never a party, GUIDELINES)."""
    before, after = _phrase_head(doc, previous), _phrase_head(doc, mention)
    if (after.dep_ == "nsubj" and before.dep_ in ("obl", "obl:mod") and after.head.i == before.head.i
            and before.i < after.i < after.head.i and any(c.dep_ == "case" for c in before.children)):
        return True
    return (after.dep_ == "nsubj" and before.dep_ == "obj" and after.head.i != before.head.i
            and after.head.pos_ in ("VERB", "AUX") and before.head.pos_ in ("VERB", "AUX"))


def _phrase_head(doc: Doc, mention: Mention) -> Token:
    """The token of a mention whose head lies outside it."""
    return next((t for t in tokens_in(doc, mention.start, mention.end) if not mention.start <= t.head.i < mention.end), doc[mention.start])


def _opener_forms(opener: str, forms: dict[str, str]) -> frozenset[str]:
    """The case marker that opens a list and its other forms, which repeat it before
    each item: "au Soudan, à l'Ethiopie et à la Somalie" ("au" is "à" with the article)."""
    if not opener:
        return frozenset()
    form = forms.get(opener, opener)
    return frozenset({opener, form, *(word for word, base in forms.items() if base == form)})


def _list_gap(gap, coordinators: set[str], openers: frozenset[str], closers: frozenset[str] = frozenset()) -> bool:
    """Whether the words between two listed items only separate them, or say the last
    item counts more of the same kind ("and 10 other")."""
    words = [t for t in gap if not (t.lower_ == "," or t.pos_ == "DET" or t.lower_ in openers)]
    if not words:
        return any(t.lower_ == "," for t in gap)
    return " ".join(t.lower_ for t in words) in coordinators and (len(words) == 1 or len(gap) <= 4) or _closing_count(gap, coordinators, closers)


def _closing_count(gap, coordinators: set[str], closers: frozenset[str]) -> bool:
    """A coordinator, a number and a word of "other": "and 10 other (embassies)", "et trois autres (pays)"."""
    words = [t for t in gap if t.lower_ != ","]
    return (len(words) == 3 and words[0].lower_ in coordinators and words[1].like_num
            and words[2].lower_ in closers)


def _is_possessive(token: Token) -> bool:
    return token.dep_ in ("det", "nmod:poss") and token.pos_ in ("DET", "PRON") and "Yes" in morph_values(token, "Poss")


def _several(mentions: list[Mention]) -> bool:
    """Whether mentions name several actors, as a plural possessive's owner must: two
    mentions, or one plural or counted group ("les ONG soudanaises ont adressé leur
    demande", "les deux pays ont renouvelé leur appel")."""
    if len(mentions) > 1:
        return True
    refs = mentions[0].refs if mentions else ()
    return len(refs) > 1 or any(r.plural or (r.count or 0) > 1 or r.kind == "pair" for r in refs)


def _passive_auxiliary(trigger: Token, grammar: Grammar) -> bool:
    """Whether a verb has a passive auxiliary other than the auxiliary of a pronominal
    verb's compound tense (grammar.reflexive_compound_auxiliaries): fr_core_news_md labels
    "est" of "l'armée s'est retirée" aux:pass, but a verb with "se" has no periphrastic
    passive, whose participle ("été" of "a été retirée", grammar.passive_participles)
    alone shows one."""
    return any(
        c.dep_ == "aux:pass" and (c.lemma_ not in grammar.reflexive_compound_auxiliaries or c.lower_ in grammar.passive_participles)
        for c in children_of(trigger)
    )


def _within_phrase(token: Token, noun: Token) -> bool:
    """Whether ``token`` hangs under ``noun`` through nouns and adjectives only, no verb between."""
    while token.i != noun.i:
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return True


def _holders(trigger: Token, event_nouns: Collection[int] = (), passive_carriers: Collection[str] = ()) -> list[Token]:
    """The trigger and the words up to the verb that carries it, whose prepositional
    dependents may name the trigger's parties; never past another event noun ("an
    emergency meeting on the launch at the request of X": X asked for the meeting).
    A passive light verb (of ``passive_carriers``) whose subject the noun is holds its
    parties too: "an ultimatum was issued to the residents by the army" (the verb's
    agent is the noun's doer), never a verb that judges it ("the attack was condemned
    by the UN")."""
    holders = [trigger]
    current = trigger
    for _ in range(2):
        if current.pos_ != "NUM" and not is_nominal(current):  # "10 million (in aid)" heads its noun
            break
        head = current.head
        if head.i in event_nouns:
            break
        if current.dep_.startswith("nmod") and head.pos_ in ("NOUN", "NUM"):
            holders.append(head)  # "la confirmation par la Cour de la condamnation de X"
        elif current.dep_ in ("obj", "obl:arg", "obl:mod", "obl") and head.pos_ == "VERB":
            holders.append(head)  # "a manifesté sa colère contre Séoul"
            break
        elif current.dep_ == "nsubj" and head.pos_ in ("AUX", "VERB"):
            holders.append(head)  # "consultation is under way between the two sides"
            break
        elif current.dep_ == "nsubj:pass" and head.pos_ == "VERB" and head.lemma_.lower() in passive_carriers:
            holders.append(head)  # "threats were issued by Moscow", "des sanctions ont été imposées à l'Iran"
            break
        else:
            break
        current = head  # "provide $10 million in aid to Ukraine": aid -> million -> provide
    return holders


def _noun_clause(verb: Token, trigger: Token, marker: str) -> bool:
    """A participial or relative clause on a noun of the trigger's own phrase whose own
    complement the marker introduces ("les fonds destinés au Niger", "la route reliant
    le Haut-Karabakh à l'Arménie"): the phrase goes on through it to the party. A
    clause whose complements hold no marker ("la levée des restrictions imposées aux
    travailleurs de Gaza", read for "de") names others, and so does one met once the
    marker is passed."""
    head = verb.head
    if verb.dep_ not in ("acl", "acl:relcl") or head.pos_ not in ("NOUN", "PROPN") or not trigger.i < head.i < verb.i:
        return False
    return any(c.dep_ == "case" and c.lower_ == marker for d in children_of(verb) for c in children_of(d))


def _has_own_clause(verb: Token) -> bool:
    """A finite verb (or one with its own finite auxiliary) heads its own clause; a
    perfect infinitive or participle ("après avoir rencontré X", "having met X") takes
    the subject of the clause it modifies."""
    if "Fin" in morph_values(verb, "VerbForm"):
        return True
    non_finite = ("Inf", "Part", "Ger")
    return any(c.dep_.startswith("aux") and not set(morph_values(c, "VerbForm")) & set(non_finite) for c in children_of(verb))


def _adverbial_governor(verb: Token, marks: frozenset[str]) -> Token | None:
    """The verb whose clause a marked non-finite verb modifies when the parse hangs it
    on that verb's object: "a condamné l'attaque en appelant le Mali à ..." (the
    gerund read as a modifier of "attaque"). A gerund marked as the pack's grammar
    says ("en") without a subject of its own is adverbial, and its subject is that
    verb's; "sanctions on entities for supporting X" and a purpose infinitive ("des
    soldats pour protéger les sites") are left to the noun they qualify."""
    if verb.dep_ != "acl" or verb.pos_ not in ("VERB", "AUX") or not is_gerund(verb):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(verb)) or any(d.startswith("nsubj") for d in child_deps(verb)):
        return None
    noun = verb.head
    governor = noun.head
    if noun.i == governor.i or not noun.dep_.startswith(("obj", "obl", "nmod")) or governor.pos_ not in ("VERB", "AUX"):
        return None
    return governor


def _backshifted(clause: Token, auxiliaries: frozenset[str]) -> bool:
    """Whether a reported clause's verb carries an auxiliary of reported speech after a
    past reporting verb (grammar.backshift_auxiliaries: "had", "would")."""
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in children_of(clause))


def _of_reporting_form(verb: Token, reporter: Token) -> bool:
    """Whether a conjoined verb has its reporting verb's form: the same tag, or a past
    participle with no auxiliary after a past tense, which is a past tense the tagger
    took for a participle ("Russia said the raids were legal and called Baku's reaction
    'regrettable'": "called" tagged VBN, no "had" or "was" before it)."""
    if verb.tag_ == reporter.tag_:
        return True
    return verb.tag_ == "VBN" and reporter.tag_ == "VBD" and not any(d.startswith("aux") for d in child_deps(verb))


def _ref_country(ref: ActorRef) -> str | None:
    """The country a mention names before resolution: its own, else its entity's."""
    return ref.country or (ref.entity.country if ref.entity is not None else None)

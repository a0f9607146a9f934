"""Language packs: everything language-specific Chronicle knows, as data.

A pack is a folder ``packs/<lang>/`` holding ``pack.yaml`` (the spaCy model,
tokenizer fixes and grammar cues), ``triggers.yaml`` (event verbs and nouns
with their argument frames), ``agents.yaml`` (agent nouns to sectors and
roles), ``dates.yaml`` (date vocabulary), and optionally ``countries.yaml``
(country names, demonyms, metonyms, periphrases and the rules that rewrite
ISO's country names into running text) and ``organisations.yaml`` (the
language's names of the organisations of ``knowledge/data/organisations.yaml``).
Adding a language is adding a folder, inside the package or outside it (see
``pack_folders``); the mechanisms in ``extract``, ``resolve`` and
``knowledge`` read only these models.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from chronicle.errors import KnowledgeError, UnsupportedLanguage
from chronicle.ontology.plover import read_plover

PACKS_DIR = Path(__file__).parent
# Folders of packs installed outside the package, separated by os.pathsep; each is a
# pack (holding pack.yaml) or a folder of packs (<lang>/pack.yaml).
PACKS_ENV = "CHRONICLE_PACKS"
# Entry points of this group name a module (or a path string) whose folder is a pack
# or a folder of packs: a pip-installed pack needs no configuration.
ENTRY_POINT_GROUP = "chronicle.packs"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SLOTS = {"subj", "obj", "iobj", "agent", "poss", "place", "modifier", "party_modifier", "clause_obj", "clause_subj", "clause_named_subj", "clause_deed_doer", "governor_subj", "governor_obj", "governor_iobj", "holder", "asked_of", "condition", "refused_party", "purpose_obj", "genitive_poss", "chair_subj", "qualified"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TokenRule(_Strict):
    pattern: str
    reason: str


class Frame(_Strict):
    """Where a trigger finds its source and target, in order of preference.

    Slot names: ``subj``, ``obj``, ``iobj``, ``agent`` (passive agent),
    ``poss`` (possessive determiner of a noun), ``modifier`` (a name
    modifying a noun without preposition: "le sommet Séoul-Washington"),
    ``party_modifier`` (the same, save one organisation alone, the forum of a
    gathering: "the ASEAN summit"),
    ``clause_obj`` (the object of the trigger's complement clause: "refuser
    de rencontrer X"), ``clause_subj`` (the subject of the trigger's "that"
    clause: "demanded that X halt"), ``holder`` (who holds the persons whose
    release the trigger asks: "called for the release of the crew held by the
    Houthis"), ``asked_of`` (the subject of the verb that grants or refuses what a
    passive participle says was asked: "les Pays-Bas refusent d'accorder l'allègement
    réclamé par Athènes"), ``qualified`` (the noun a participle with no subject of its own qualifies, its
    doer for an intransitive act: "students protesting in Dhaka"), ``purpose_obj``
    (whom a purpose infinitive acting on people names, when
    the act's own object is a means: "used water cannon to disperse the protesters"),
    ``place`` (the host country
    of the event's location), ``governor_subj``/``governor_obj``/``governor_iobj``
    (arguments of the verb a nominal trigger depends on: "gave the junta an
    ultimatum"), ``refused_party`` (the first named actor inside what a refusal
    refuses: "declined the invitation to the summit organised by Washington"), ``clause_deed_doer`` (the doer
    of the act a warning's complement clause names as its subject: "warned that any
    Moroccan provocation would meet a firm response"), ``prep:X`` (a dependent
    introduced by the preposition X, e.g. ``prep:avec``), ``governor_prep:X``
    (the same, on the verb a nominal trigger depends on: "a protest was lodged
    with China") and ``after:X`` (the
    first actor after the word X later in the clause, for misattached phrases) and
    ``sides:X`` (the parties the trigger's object event names with X: "mediated
    negotiations between Congo and Rwanda") and ``partner:X`` (the party the
    agreement the trigger acts on names with X anywhere in its phrase: "a conclu
    un accord de libre-échange avec l'UE") and ``nested:X`` (the party a noun
    trigger's genitive complement names with X: "a package of aid for Ukraine") and
    ``object_prep:X`` (the party a verb's object noun names with X: "drew criticism from
    Washington", where the noun is an event word of its own) and ``venue_prep:X`` (the
    party introduced by X inside another phrase of the trigger or of its carrying verb, the
    venue: "filed a complaint with the WTO against Nigeria").
    """

    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    symmetric: bool = False  # coordinated participants act together ("X et Y se sont rencontrés")
    directed: bool = False  # of a symmetric frame: one side acts on the other ("broke the truce with Hamas"), never each way
    passive_swaps: bool = True  # in the passive, the agent is the source and the subject the target
    # in a passive with no agent, the subject moved is the one acting: "troops were pulled
    # back from Kyiv", "police were put on alert" (the forces' own side moves them)
    passive_mover: bool = False
    needs_target: bool = True  # an event of this frame without a recipient is not coded
    pair_fallback: bool = False  # of a frame that needs no target: with none named, still the other party of an article about one pair
    # aid given, pledged or offered with no recipient named ("has offered to fund new police
    # barracks" in a story about Vanuatu): the country the article is about, when not the giver's
    focus_fallback: bool = False
    offered_together: bool = False  # coordinated subjects offer or pledge to a third party together, never to each other ('Latvia and Poland offered to help')
    own_people: bool = True  # False: a recipient left unnamed is never the source's own people (a claim rejected answers its author or no one)
    destination: bool = False  # the place is where the source travels to, said in the same sentence
    # the source is never of the target's country: an envoy is summoned by the state that
    # hosts him, so a bare ministry that summons takes the article's most named other country
    foreign_target: bool = False
    roles_by_place: bool = True  # a meeting's place decides visitor, host and mode; not a mediation's
    # several guests of several states received in one act ("hosted his Thai and Cambodian
    # counterparts"): a meeting among all of them, one event per pair (GUIDELINES, lists and
    # groups), whom "the three leaders" said next stand for
    guests_together: bool = False
    # the slot that names a third party between sides ("Qatar mediated between Israel and
    # Hamas": the source; "accepted Algeria's mediation": the target), never one of them:
    # "the two sides" said later are the others (ArticleContext.dyads)
    mediator: Literal["source", "target"] | None = None
    reason: str = ""

    @field_validator("source", "target")
    @classmethod
    def _known_slots(cls, slots: tuple[str, ...]) -> tuple[str, ...]:
        for slot in slots:
            if slot not in SLOTS and not slot.startswith(("prep:", "after:", "governor_prep:", "sides:", "prep_modifier:", "partner:", "conjunct_prep:", "genitive_beside:", "nested:", "named_prep:", "object_prep:", "owned_prep:", "venue_prep:", "national_prep:")):
                raise ValueError(f"unknown slot {slot!r}")
        return slots


class Alternative(_Strict):
    """Recode a trigger when its source belongs to given sectors (a government that
    'protests' lodges a diplomatic protest, an ACCUSE, not a street PROTEST)."""

    source_sectors: tuple[str, ...] = ()  # applies when the source is of one of these sectors
    with_prepositions: tuple[str, ...] = ()  # or when the trigger has a dependent introduced by one of these
    when_targeted: bool = False  # or when the event has a recipient ("fired rockets at Israel": firing on a target)
    type: str
    mode: str | None = None
    reason: str


class ReportedJudgement(_Strict):
    """A disapproval stated as a reported judgement of a deed: a speech verb whose clause
    has a deed noun as subject ("said the sanctions were illegal", "said the move breached
    the accord", "a estimé que la décision était « inacceptable »"). The speaker accuses
    the deed's doer (CAMEO 111, PLOVER ACCUSE disapprove); the predicate must be one of
    ``predicates`` (an adjective, a noun or a verb lemma of condemnation), so that "said
    the sanctions were working" codes nothing."""

    verbs: frozenset[str]  # the speech verbs that report a judgement ("say", "estimer")
    predicates: frozenset[str]  # lemmas of condemnation the clause's predicate must be
    cameo: str = "111"
    frame: str  # the frame that reads the speaker (its target is the deed's doer, read by the extractor)
    reason: str


class ReportedObligation(_Strict):
    """A demand stated as an obligation laid on another actor in reported speech: a speech
    verb (``verbs``) whose clause has one of ``auxiliaries`` ("Ethiopia must withdraw its
    troops, said Kenya's foreign minister", "Kenya said Ethiopia should withdraw"). The
    speaker demands the act of the clause's subject, coded by ``type``, ``cameo`` and
    ``frame`` (events._reported_obligations)."""

    auxiliaries: frozenset[str]  # the deontic auxiliaries ("must", "should")
    verbs: frozenset[str]  # the speech verbs that report the obligation
    type: str
    cameo: str
    frame: str  # the frame that reads the speaker and the clause's subject
    reason: str


class Trigger(_Strict):
    """One event trigger: a verb or noun lemma, the event it states and its frame."""

    lemma: str
    pos: tuple[str, ...] = ("VERB",)
    type: str
    mode: str | None = None
    cameo: str | None = None
    frame: str
    requires: tuple[str, ...] = ()  # lemmas of which one must depend on the trigger
    # or, in place of a word of ``requires``, the trigger's object (a passive's subject) is a
    # name of one of these kinds: "place", a name the model tags as a place or the gazetteer
    # knows ("seized Bukavu", "a pris Kidal": a named town stands where "the town of" would);
    # a class of objects, not a list of names
    requires_named: tuple[Literal["place"], ...] = ()
    requires_next: bool = False  # the required word must follow the trigger at once ("call for", not "called it a rehearsal for")
    requires_in_object: bool = False  # the required word must stand in the trigger's object phrase ("host talks", "host the next round of talks", "talks hosted by Qatar"), not in an adjunct beside another object ("hosted his counterpart for talks": a guest received)
    excludes: tuple[str, ...] = ()  # lemmas that, depending on the trigger, cancel it
    requires_object: bool | None = None  # True: needs an obj; False: must have none
    requires_clause: bool | None = None  # True: needs a verb complement ("souhaite les élever", "a promis de venir"); False: must have none ("arrêter de subventionner" is no arrest)
    reflexive: bool | None = None  # True: needs "se"; False: must not have it
    standalone: bool = True  # False: a noun that states an event only under a verb of `carriers`
    # each of two sides does it to the other ("Thai and Cambodian troops clashed", "Russia
    # and Ukraine exchanged prisoners"): one record each way; only on a symmetric frame
    # that is not directed
    mutual: bool = False
    ongoing_when_future: bool = False  # "séjournera": a stay in the future is under way now
    departure: bool = False  # "s'envole pour": the visit follows the departure, so one not yet past is a plan
    intent: bool = False  # the word itself states an intention, whatever its tense: "invited X to visit", "accepted the invitation" (CAMEO 036)
    planned_only: bool = False  # an act coded only when promised, planned or offered ("will cut tariffs": AGREE 0311), not when done
    # a word that states the act only under a negation ("n'a pas donné suite à la demande",
    # "did not heed the call": a demand left unanswered is turned down, CAMEO 12); coded
    # then as the act done (positive), and not at all when unnegated
    negated_only: bool = False
    # the future form is the threat's content, the threat made as it is said ("Washington would
    # bear all consequences", "would consider the jets a legitimate target"): coded actual
    made_when_said: bool = False
    committed_only: bool = False  # an act coded only under a verb or adjective of commitment ("pledged to help rebuild", "ready to help"), not when merely said to come ("would help")
    negative: bool = False  # the trigger itself says the event did not happen ("échec")
    default_source_sector: str | None = None  # "une manifestation a eu lieu": civilians of the place
    # the default doer only for an active verb whose subject the actors step could not read
    # ("officers arrested six drivers": the police); a passive with no agent ("was arrested
    # in April") keeps the unknown doer, which stands for no one later in the article
    default_source_active_only: bool = False
    alternatives: tuple[Alternative, ...] = ()
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    source: str  # why this entry exists (PLOVER/CAMEO category, usage)
    # Converted entries (PETRARCH2, see chronicle.packs.petrarch):
    synonyms: tuple[str, ...] = ()  # other lemmas this entry holds for (the verbs of one PETRARCH2 block)
    # what must ALL be found among the trigger's complements after it: a noun item
    # "a|b c" (alternatives; the words of one all required) among its objects and
    # particles, or a prepositional item [preposition(s), noun items of its object...]
    # ("rushed aid to the border": ["aid", ["to", "border"]]); not under another verb
    pattern: tuple[str | tuple[str, ...], ...] = ()
    pattern_before: tuple[str | tuple[str, ...], ...] = ()  # the same on the subject's side ("troops moved")
    forms: dict[str, tuple[str, ...]] = {}  # lemma -> inflected forms, for forms the lemmatiser leaves unreduced
    petrarch: str | None = None  # the PETRARCH2 code as the dictionary writes it ("042:043"): a converted entry


# Kinds of unnamed collective actor, whose country the article's context gives
# (resolve.actors.collective_country): ``sides``, the parties of the conflict the
# article is about ("the warring parties", "toutes les parties"), of no one sector;
# ``domestic``, a country's own bodies named bare ("the authorities", "ministers",
# "the House", "les autorités"); ``members``, the member states of the organisation
# that speaks ("member states", "les États membres"); ``settlers``, people settled on
# land their state holds ("settlers", "des colons"), of the state that holds the place
# (knowledge/data/occupations.yaml), else of the place.
CollectiveKind = Literal["sides", "domestic", "members", "settlers", "named"]


class Agent(_Strict):
    """Agent nouns ("président", "manifestants") and the sector/role they denote."""

    words: tuple[str, ...]
    sector: str | None  # None only for a collective of sides, who are of no one sector
    role: str | None = None
    country: str | None = None  # for titles unique to one country ("secrétaire d'Etat")
    singular_only: bool = False  # a mass noun whose plural means something else ("le renseignement", "des renseignements")
    # a noun that names an actor only with its owner ("supporters of Bolsonaro", "Trump
    # supporters", "Bolivian coca growers"); alone ("supporters threw bottles") it is nobody's
    owned_only: bool = False
    # a description of a country by its region ("the Gulf state", "le pays sahélien"): a key
    # of knowledge/data/regions.yaml; the phrase stands for the member the article names
    region: str | None = None
    # people away from their country ("migrants", "les migrants"): no country from the
    # place or the article, only from their own phrase ("Eritrean migrants")
    unplaced: bool = False
    # an unnamed collective actor whose country the article's context gives (CollectiveKind)
    collective: CollectiveKind | None = None
    # a name only as written with capitals ("the House", "the Centre"): in lower case it
    # is a common noun ("the house burned down", "the centre of town")
    capitalised: bool = False
    # a periphrasis of one of several named bodies ("the Hague-based court", "la juridiction
    # de La Haye": the ICC or the ICJ): canonical names of knowledge/data/organisations.yaml;
    # the phrase stands for the one the article named last, else the first
    bodies: tuple[str, ...] = ()
    # a noun naming a kind of actor, said definite to point back ("the bloc", "le
    # mouvement", packs/*/kind_nouns.yaml): the sectors of the named actors it may stand
    # for; the phrase is the one of them the article named last
    antecedent: tuple[str, ...] = ()
    source: str

    @model_validator(mode="after")
    def _sector_named(self) -> "Agent":
        if self.sector is None and self.collective != "sides":
            raise ValueError("sector may be null only for a collective of sides (collective: sides)")
        return self


class AgentlessCues(_Strict):
    """How a language states an event without its doer ("Trois soldats ont été tués
    dans une embuscade", "the attack left 12 dead", "dozens died in airstrikes"): the
    doer is unknown (GUIDELINES: a null country), those acted on the target, unless an
    attribution names the doer ("revendiquée par X", "claimed by X", "blamed on X").
    Read by ``chronicle.extract.agentless``; every language fills the same fields."""

    types: frozenset[str]  # event types coded with an unknown doer (PLOVER types, checked at load)
    # the further types coded with an unknown doer only as a passive with no agent ("Libya was
    # accused of arming militias", "les sanctions contre le Venezuela ont été levées"), none
    # of the other forms (victims, tolls, weapons) that only violence takes
    passive_types: frozenset[str] = frozenset()
    victim_verbs: frozenset[str] = frozenset()  # "périr dans des frappes", "died in airstrikes": the subject is the victim
    impact_verbs: frozenset[str] = frozenset()  # "l'attaque a fait 12 morts", "the blast killed", "left 12 dead"
    casualty_nouns: frozenset[str] = frozenset()  # "a fait 12 morts", "left 12 dead": people killed, the civilians of the place
    attribution_verbs: dict[str, str] = {}  # "revendiquée par X", "blamed on X": the verb, the preposition naming the doer
    weapon_nouns: frozenset[str] = frozenset()  # "une mine a tué", "killed by a roadside bomb": a weapon hides the doer
    # "blessées dans un accident de la route", "killed in a car crash": a mishap or a disaster
    # names what struck them, and no doer is hidden (no ASSAULT)
    accident_nouns: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()  # "were expelled from Moldova": the country people are removed from acts
    strike_prepositions: frozenset[str] = frozenset()  # "a tiré des missiles sur Odessa": the place struck is the target's country
    weapon_aim_prepositions: frozenset[str] = frozenset()  # "fired missiles at Kharkiv": a weapon's aim, a place struck only when the phrase names the place itself ("at a defence fair in Tehran" is where)
    struck_nouns: frozenset[str] = frozenset()  # "a bombardé un marché": places whose people are struck, the civilians of the place
    seized_place_prepositions: dict[str, frozenset[str]] = {}  # mode -> prepositions naming the place taken ("s'emparer de Goma": seize -> de)
    ordinary_objects: frozenset[str] = frozenset()  # "killed the bill", "a torpillé l'accord": a thing acted on, no violence
    presumed_doers: dict[str, str] = {}  # mode -> sector: "14 people were arrested, the police commander said": the reporting state's police (COP)
    # modes an authority of a state reporting them states as its own act: the doer is that
    # authority ("200 migrants were deported, the Mexican interior ministry said"); of a type
    # not in ``types`` ("troops were withdrawn, the army said"), coded only with such a speaker
    own_act_modes: frozenset[str] = frozenset()
    # further types coded from a passive with no agent only when an authority of a state
    # reports it, the doer being that authority ("drones were delivered to Kyiv, the Turkish
    # defence ministry confirmed"); with no such speaker they are not coded
    own_act_types: frozenset[str] = frozenset()
    # of ``types``, those coded with an unknown doer only as an event noun that is the
    # passive subject of one of the given light verbs, with a recipient named ("des
    # sanctions ont été imposées à X"), never as a bare passive verb ("a été suspendu")
    # nor under a verb that only reports it ("la suspension de l'aide a été annoncée")
    carried_only_types: dict[str, frozenset[str]] = {}
    reason: str

    @field_validator("attribution_verbs")
    @classmethod
    def _named_prepositions(cls, verbs: dict[str, str]) -> dict[str, str]:
        for verb, preposition in verbs.items():
            if not preposition.strip():
                raise ValueError(f"attribution verb {verb!r} names no preposition")
        return verbs


SpeakerKind = Literal["state", "organisation", "body", "person", "group", "several"]


class SpeakerPronouns(_Strict):
    """Which speakers a pronoun subject of reported speech can stand for ("Kenya said
    it would", "le Mali a annoncé qu'il allait", "the Taliban said they were ready"):
    each pronoun with the kinds of speaker it fits. Kinds: ``state`` (a country),
    ``organisation`` (a named body: the EU, Hamas), ``body`` (a body named by its
    function: the government, the army, police), ``person`` (a named person or one
    office holder: the president), ``group`` (a plural noun: the rebels, military
    rulers) and ``several`` (speakers listed: Rwanda and Uganda)."""

    fits: dict[str, frozenset[SpeakerKind]]
    reason: str

    @field_validator("fits")
    @classmethod
    def _named_kinds(cls, fits: dict[str, frozenset[SpeakerKind]]) -> dict[str, frozenset[SpeakerKind]]:
        for pronoun, kinds in fits.items():
            if not kinds:
                raise ValueError(f"pronoun {pronoun!r} fits no kind of speaker")
            if pronoun != pronoun.lower() or not pronoun.strip() or " " in pronoun:
                raise ValueError(f"pronoun {pronoun!r} must be one lower-case word")
        return fits


class RequestedAct(_Strict):
    """A kind of act a demand asks for, which gives a demand coded only by its root
    (CAMEO 10) its narrower code: "called for the release of the crew" is 1053, "urged
    the rebels to lay down their arms" 1056. The demand's complements must hold one of
    ``words`` and, when ``with_words`` is given, one of those too."""

    words: frozenset[str]
    with_words: frozenset[str] = frozenset()
    mode: str | None = None  # None: the root code names no mode (CAMEO 130)
    cameo: str
    reason: str


class ConditionedThreat(_Strict):
    """The threat an act of coercion states when its doer makes it hang on another's
    deed ("would cut aid to Cairo if the crackdown went on" is CAMEO 1311): the acts
    by the prefixes of their CAMEO codes (or by type, for an entry with no code), the
    threat's code and mode."""

    acts: frozenset[str]
    types: frozenset[str] = frozenset()  # acts whose entry names no code of its own ("sanctions"), by event type
    mode: str | None = None
    cameo: str
    reason: str


class ObjectPronoun(_Strict):
    """An object pronoun's number and, where its form shows it, its gender (the
    Universal Dependencies feature values "Masc", "Fem"): "la" is feminine, "l'" either."""

    number: Literal["singular", "plural"]
    gender: Literal["Masc", "Fem"] | None = None
    preposition: str | None = None  # "lui", "leur": the preposition whose phrase the pronoun stands for ("à")
    person: bool = False  # "him", "her": only a person or one office holder, never a country or a body


class Grammar(_Strict):
    """Grammar cues of a language used by the language-neutral mechanisms."""

    negation_words: frozenset[str]
    negative_prepositions: frozenset[str]
    negating_governors: frozenset[str]  # "échouer (à)", "renoncer (à)": the complement did not happen
    # "accused the UAE of arming the RSF, a charge Abu Dhabi denies": a noun that restates the
    # claim after a comma; the denial that follows it is another party's answer, and the
    # accusation, which the parse may hang under the denial, stays made
    restated_claim_nouns: frozenset[str] = frozenset()
    negating_nouns: frozenset[str]  # "l'échec du sommet", "le report de la visite"
    # "has yet to meet", "is yet to visit": an auxiliary-like governor with the adverb of a
    # pending act over its infinitive; the act has not happened (modality._negated)
    pending_governors: frozenset[str] = frozenset()
    pending_adverbs: frozenset[str] = frozenset()
    # "the RSF did not claim the attacks", "Pakistan's military did not comment on the
    # strikes": negated, these verbs only say that someone kept silent about an event the
    # article has told, whose noun names no new one
    silence_verbs: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str]  # "aller" + infinitive
    intention_governors: frozenset[str]  # "prévoir de", "promettre de"
    intention_modifiers: frozenset[str]  # "la visite prévue"
    # "agreed to free", "pledged to lift", "willing to make concessions": the intention
    # governors by which the doer commits to another party (PLOVER AGREE), where the
    # others announce (a concession announced stays CONCEDE; ontology when_committed)
    commitment_governors: frozenset[str] = frozenset()
    # verbs of a deed one side does for another ("send", "supply"): coordinated parties that
    # promise one promise it to a third party, not to each other ("Jamaica and Belize promised
    # to send small contingents"); empty: every promise of coordinated parties is between them
    giving_verbs: frozenset[str] = frozenset()
    # "ready to send troops": governors that state an intention only over an infinitive
    # ("ready for talks" may be said of talks under way)
    infinitive_intention_governors: frozenset[str] = frozenset()
    # "Burundi is to send troops": verbs whose marked infinitive is a planned act (the English
    # 'be to' future of arrangement), read for modality only; empty: no such future
    arrangement_verbs: frozenset[str] = frozenset()
    # "Japan will send Kanai to Beijing for talks": the object of a verb of sending is
    # the sender's own envoy, not the other party of the talks it is sent for
    envoy_sending_verbs: frozenset[str] = frozenset()
    # "Moscow's decision to expel diplomats angered Tallinn": verbs of feeling whose
    # subject is an event noun and whose object is one who reacts to it, never its party
    reaction_verbs: frozenset[str] = frozenset()
    # "announced a package of military aid for Ukraine": verbs that, over a noun of one of
    # the `pledged_types`, announce it to come, as "pledged" does (CAMEO 033)
    pledge_governors: frozenset[str] = frozenset()
    # "announced an additional $15 million for the force": number words that, heading a noun
    # phrase with a currency sign ("$15 million", "NZ$20 million"), are the noun of the sum
    # (Merriam-Webster, million: noun); the English parser tags them NUM
    sum_words: frozenset[str] = frozenset()
    # prepositions after a sum that name what it measures ("$1.5 billion in budget support"): the
    # noun after them is the event, and the sum stays a number (triggers._raise_sums_read_as_numbers)
    sum_measure_prepositions: frozenset[str] = frozenset()
    # "approved $40 million in humanitarian aid for Sudan": verbs that, over one of the
    # `approved_aid_nouns`, decide aid to come (CAMEO 033), where a lender's approval of a loan
    # or bailout is the lending itself (CAMEO 071)
    approval_governors: frozenset[str] = frozenset()
    approved_aid_nouns: frozenset[str] = frozenset()
    # "open to talks with X", "ouvert au dialogue avec X": an event noun so governed is wished for, not held
    openness_adjectives: frozenset[str] = frozenset()
    pledged_types: frozenset[str] = frozenset()
    # "Cuba to free 553 prisoners": a headline's main verb in the infinitive after its
    # subject, marked by these words, states what is planned (headline future)
    headline_future_marks: frozenset[str] = frozenset()
    # "called the raids 'a brutal act of terror'", "described the strike as an attack on
    # democracy": verbs that name what another did; an event noun in the name is a
    # characterisation, not an event
    naming_verbs: frozenset[str] = frozenset()
    # "described the strike as an attack": the preposition that introduces the name given
    naming_prepositions: frozenset[str] = frozenset()
    # "Russia attacked Kharkiv", "shelled El Fasher", "strikes on Odesa": a name the
    # gazetteer knows as the object of a verb or after these prepositions is the place
    # acted on, however the tagger labels it (the small English model calls many
    # cities organisations)
    object_place_prepositions: frozenset[str] = frozenset()
    hypothetical_governors: frozenset[str]  # "envisager", "pouvoir" (conditional)
    hypothetical_modifiers: frozenset[str]  # "éventuelle rencontre"
    counterfactual_adverbs: frozenset[str]  # "initialement prévue": the plan did not happen
    # "a draft that would have called on ...": a modal perfect over a past participle says
    # what did not happen (English only: French "aurait appelé" reports an unconfirmed act)
    counterfactual_perfects: frozenset[str] = frozenset()
    # "said the Pakistani side had made demands and accused Islamabad": the auxiliaries of a
    # reported clause after a past reporting verb; a verb conjoined to such a clause without
    # one is the reporter's own act (English only: French reports by mood and tense alone)
    backshift_auxiliaries: frozenset[str] = frozenset()
    # "les otages détenus par le Hamas": a participle whose agent keeps a hold that lasts,
    # no act done to the noun it qualifies (as "arrêté par la police" is)
    holding_states: frozenset[str] = frozenset()
    # "received al-Shaibani and reaffirmed Jordan's support", "a reçu l'ambassadeur, avec qui
    # il a évoqué le financement": verbs whose excluded words (another sense: a message, aid,
    # support received) are read in their own clause only, not in a verb coordinated with them
    # nor in a relative clause on one of their dependents, which state other acts
    clause_bound_excludes: frozenset[str] = frozenset()
    # "called for the release of the crew held by the Houthis": the nouns of a release
    # and the participles of holding whose agent holds the persons to be released
    requested_acts: tuple[RequestedAct, ...] = ()  # in order: the first that fits gives the code
    release_nouns: frozenset[str] = frozenset()
    # "Mali's ambassador was summoned", "le chargé d'affaires malien a été convoqué": verbs
    # of a summons, whose passive with no agent is the act of the state where the envoy is
    # posted, never of the envoy's own (resolve/assemble.py summoner_step)
    summons_verbs: frozenset[str] = frozenset()
    protest_note_nouns: frozenset[str] = frozenset()  # "lodged a protest", "handed a note": restate the summons they are handed at (dedupe._summons_beside_judgement)
    holding_participles: frozenset[str] = frozenset()
    leading_participles: frozenset[str] = frozenset()  # "countries, led by X and Y,": the leaders act for a subject that names no actor
    reported_obligation: ReportedObligation | None = None  # "Ethiopia must withdraw, Kenya said": a reported obligation on another is a demand (events._reported_obligations)
    measure_coordinators: frozenset[str] = frozenset()  # "expelled two diplomats and recalled its ambassador": two measures of one code (dedupe._separate_measures)
    # "signed a memorandum on energy and agreed to open a border post", "ont signé un protocole et se sont
    # engagés à partager leurs renseignements": two commitments of one sentence (dedupe._separate_commitments)
    commitment_coordinators: frozenset[str] = frozenset()
    fronted_occasion_prepositions: frozenset[str] = frozenset()  # "After talks with X, Y flew to Z": the main subject took part (arguments._fronted_occasion)
    mediating_participles: frozenset[str] = frozenset()  # "Qatar-brokered talks": a hyphened doer that is no party of the event (arguments._hyphened_doer)
    dispersing_verbs: frozenset[str] = frozenset()  # "used water cannon to disperse protesters": a purpose that acts on people
    # passives that state where forces are, not an act ("troops have been stationed in
    # Vladivostok"): no doer is read off their subject (Frame.passive_mover)
    stative_passives: frozenset[str] = frozenset()
    # "s'envole aujourd'hui pour Paris": a departure in the present said of today is a trip
    # under way (GUIDELINES), not a plan
    today_words: frozenset[str] = frozenset()
    conditional_marks: frozenset[str]  # "si"
    purpose_marks: frozenset[str]  # "pour rencontrer": a purpose is an intention
    demonstratives: frozenset[str]  # "ce haut dignitaire" refers back
    # "a dénoncé une provocation", "a condamné un chantage": nouns that name a deed only by
    # judging it; as a disapproval's object they refer back to the last deed of the article
    judged_deed_nouns: frozenset[str] = frozenset()
    # "Le Burkina a rejeté ce rapport" after HRW published it, "condemned Bolivia's decision":
    # nouns of a thing authored whose author, named in their own phrase or as the maker of
    # the same noun the sentence before, is the target of an ACCUSE or REJECT of the types
    # below that finds none (resolve.authors); the markers of an author by agency ("by", "par")
    authored_nouns: frozenset[str] = frozenset()
    authored_types: frozenset[str] = frozenset()
    author_agents: frozenset[str] = frozenset()
    authored_pointers: frozenset[str] = frozenset()  # determiners that point back: demonstratives, the definite article
    # "a invité les signataires à Paris, une proposition que le FLNKS a déclinée": nouns that
    # restate the speech act of the clause before them (an offer, an invitation, a condition)
    # in a sentential apposition; the verb of the relative clause on them answers the doer
    # of that clause, as for judged_deed_nouns ("a decision Tallinn condemned")
    restated_act_nouns: frozenset[str] = frozenset()
    # "the peace accord signed in Kuala Lumpur last October": agreements whose place of
    # signing a participle names; that place is the accord's, not where the story goes on
    signed_document_nouns: frozenset[str] = frozenset()
    # "invited Khurelsukh to pay a state visit to the Republic of Korea", "agreed ... to hold
    # the next session in Tripoli in December": the markers of an infinitive whose place,
    # under an intention governor, is where a planned act will be, not where the story is
    planned_place_marks: frozenset[str] = frozenset()
    any_determiners: frozenset[str] = frozenset()  # "warned that any aggression would trigger a response": a deed supposed, whose answer is the warner's threat
    # the event types whose object a judged deed noun refers back from (empty: every type):
    # "criticised the move" judges the last deed; "rejected the decision", "welcomed the
    # decision" answer one addressed to the speaker, which the last deed often is not
    judged_deed_types: frozenset[str] = frozenset()
    # how many sentences back such a deed may have been reported (None: anywhere before):
    # "called the move 'a direct threat'" after a sentence that reports no deed refers to
    # what that sentence said, not to an older deed of a third party
    judged_deed_reach: int | None = None
    # the prepositions under a noun of judgement (or its light verb) that name the thing
    # judged ("concern over the arrests", "sa préoccupation face aux arrestations"): a thing
    # no one is named as the author of is judged with no recipient (resolve.assemble._judges_unowned)
    unowned_judgement_preps: frozenset[str] = frozenset()
    # past that reach, the nearest earlier act of a state party or an organisation its sentence
    # names as the doer, not the speaker's, when no sentence between names another country as a doer
    # (resolve.assemble._far_deed_doer): "the decision" two sentences after the act it names
    judged_deed_far: bool = False
    # the frame (of the pack's frames) that reads the doer of a deed named by one of the
    # judged_deed_nouns off its own phrase ("condemned the junta's decision", "the verdict
    # of the Minsk court"); a deed named by an event trigger is read by that trigger's frame
    judged_deed_frame: str | None = None
    # "Ukraine received aid from Germany", "Iran faced sanctions from the US", "X a fait
    # l'objet de sanctions de la part de Y", "X was the target of an attack by Y": light
    # verbs (a lemma, or a lemma with its bare object: "faire objet") and copular nouns
    # whose subject undergoes the event noun they carry, each with the event types it so
    # carries (empty: every type; "obtain the support of X" is X's support, "obtain the
    # release of X" the subject's doing). Such a noun of a directed frame is read with
    # converse_frame (its doer named with from/de/by, the subject its recipient),
    # whatever its own frame; none: no converse reading
    converse_carriers: dict[str, frozenset[str]] = {}
    # "launched an offensive with the support of the United States", "avec l'appui de la
    # France": prepositions that put an event noun of these types beside a verb, the
    # noun's doer ("of", "de") acting for the verb's subject (read with converse_frame)
    converse_prepositions: dict[str, frozenset[str]] = {}
    # "la Turquie s'est vu infliger des sanctions par l'Allemagne": reflexive verbs whose
    # infinitive complement they make passive, its subject the one acted on (Grevisse,
    # "se voir" + infinitive, a passive periphrasis); a light verb so governed carries
    # its noun as a passive one does (arguments._passive_recipient)
    passive_governors: frozenset[str] = frozenset()
    # "Ethiopia rejected the accusations", "a démenti ces allégations": nouns that name an
    # earlier said event only as the thing answered, each with the event types it can name;
    # an event of answering_types whose object is one of them, its author left unnamed,
    # answers the doer of the last such event aimed at the answerer (resolve.answers)
    answered_nouns: dict[str, frozenset[str]] = {}
    answering_types: frozenset[str] = frozenset()
    converse_frame: str | None = None
    # the event types whose target is the doer of the deed their object names, read off
    # the deed's own phrase or the article ("condemned the arrests by Indian police",
    # "criticised the raids"), never those the deed was done to ("the verdict against X")
    deed_doer_types: frozenset[str] = frozenset()
    # "said the sanctions were illegal", "a estimé que la décision était « inacceptable »":
    # a speech verb whose clause judges a deed by one of these predicates disapproves of
    # the deed's doer (ReportedJudgement); none: no such reading
    reported_judgement: ReportedJudgement | None = None
    speech_verbs: frozenset[str]
    # "said it would": which speaker a reported clause's pronoun subject can be; a pack
    # without the table reads no pronoun as its speaker
    speaker_pronouns: SpeakerPronouns = SpeakerPronouns(fits={}, reason="no table: no pronoun is read as the speaker")
    agent_prepositions: frozenset[str]  # passive agent: "par"
    agentless: AgentlessCues | None = None  # violent events stated without their doer
    # "mettre fin à", "mettre un terme à": the noun carried by its light verb ends what follows
    # (the talks ended are no talks held; the noun states the ending)
    ending_phrases: dict[str, str] = {}
    # "ne libérera pas les détenus": a concession negated in the future is a refusal to
    # yield (CAMEO 124, PLOVER REJECT), as "a refusé de libérer" is (GUIDELINES)
    refused_when_negated: frozenset[str] = frozenset()
    # of those, the types refused only when the negation looks ahead ("will not accept
    # Kenyan mediation"): "did not express their wish to conclude a deal" tells that no
    # intent was voiced, a negated act, while "declined to free" stays a refusal
    refused_ahead_only: frozenset[str] = frozenset()
    # per refused type whose refusal is not CAMEO 124 (refuse to yield), the CAMEO code and
    # PLOVER mode of the refusal: "would not resume talks with Mali" refuses to meet (125),
    # "would not support the agreement" opposes it (120)
    refusal_codes: dict[str, list[str | None]] = {}
    # "did not want to meet X", "n'a pas voulu rencontrer": a negated wish over an act is a
    # refusal of it (GUIDELINES: "a refusé de rencontrer" is a REJECT); the governors of
    # will, and per refused type the CAMEO code and PLOVER mode of its refusal
    unwilling_governors: frozenset[str] = frozenset()
    unwilling_refusals: dict[str, list[str]] = {}
    # verbs of hearing whose negation over a meeting noun refuses the meeting ("ne veut pas
    # entendre parler de pourparlers avec Moscou", "will not hear of talks"): REJECT with
    # the code of unwilling_refusals, not an intention to meet
    unheard_verbs: frozenset[str] = frozenset()
    # "refused to rule out military action", "n'exclut pas de recourir à la force": a
    # rejecting verb (by its phrasal key) whose negation over an act of force or coercion
    # states a threat of that act (CAMEO 13x), not a negative rejection
    excluding_verbs: frozenset[str] = frozenset()
    unexcluded_threats: tuple[RequestedAct, ...] = ()  # in order: the first that fits gives the code
    # "would cut aid to Egypt if Cairo pursued the crackdown", "frappera si Téhéran ...":
    # a coercive act, not done, that an adverbial condition ("if", "unless", "si",
    # conditional_marks) hangs on another's deed is a threat of that act (CAMEO 13x);
    # in order: the first whose prefix the act's code has gives the threat's code
    conditioned_threats: tuple[ConditionedThreat, ...] = ()
    # "ahead of the planned protests", "à l'approche des manifestations", "en prévision
    # de rassemblements": an event noun they introduce is awaited, not held (intended)
    expectation_prepositions: frozenset[str] = frozenset()
    carriers: frozenset[str]  # light verbs that carry a non-standalone noun ("parvenir à un accord")
    singular_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    # "celui de la Défense" after "le ministère de la Réunification": a demonstrative
    # standing in for the last title, with its own genitive owner
    stand_in_pronouns: frozenset[str] = frozenset()
    # "ce dernier", "cette dernière", "ces derniers": an adjective after a demonstrative
    # determiner that stands for the actor last named, as a pronoun does (Grevisse § 672:
    # "ce dernier" is a nominal representative); the form's number is the pronoun's
    latter_words: dict[str, Literal["singular", "plural"]] = {}
    latter_determiners: frozenset[str] = frozenset()
    # the words of an apposition that say a named person heads or speaks for the body it
    # names ("Jakaya Kikwete, who heads the SADC mission,"): he acts for that body
    mission_words: frozenset[str] = frozenset()
    # nouns of one who speaks or is sent for another ("a spokesman for the M23", "un émissaire
    # du général Tiani", "a delegation from the IMF") and the prepositions that name whom:
    # the body or person named is the sender, whose country and sector they take
    representative_words: frozenset[str] = frozenset()
    representative_markers: frozenset[str] = frozenset()
    # nouns of seas, gulfs and straits named after a country ("the Sea of Japan", "le golfe
    # d'Oman"): that country in their name is a place, not an actor
    water_nouns: frozenset[str] = frozenset()
    pair_nouns: frozenset[str]  # "les deux hommes", "les deux camps"
    pair_numbers: frozenset[str]  # "deux"
    person_pair_nouns: frozenset[str] = frozenset()  # pair nouns naming two people ("les deux ministres"), not two sides
    state_pair_nouns: frozenset[str] = frozenset()  # pair nouns naming two states ("les deux pays"): never two sides of one country
    # pair nouns that name the sector of both parties ("the two armies", "les deux armées"):
    # the two parties of that sector named before, dealing with each other or acting
    # together, before any other pair (GUIDELINES, lists and groups)
    pair_noun_sectors: dict[str, str] = {}
    # pair nouns that refer back only after a definite article ("les deux responsables"),
    # since the bare count names people the sentence counts ("deux responsables du parti ont été arrêtés")
    definite_pair_nouns: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    # nouns that, in an adjunct headed by one of ``prompting_prepositions`` with their
    # author after a genitive ("à l'invitation du président X, le chef de l'État est arrivé"),
    # say on whose invitation another act took place: its occasion, no event of its own
    prompting_nouns: frozenset[str] = frozenset()
    prompting_prepositions: frozenset[str] = frozenset()
    # words right before a name that make it a third party between sides ("under the
    # auspices of", "sous l'égide de", "brokered by"), and nouns of such third parties
    # ("mediators", "médiateurs"): never "the two sides" said later
    mediator_markers: tuple[str, ...] = ()
    mediator_nouns: frozenset[str] = frozenset()
    counted_people_nouns: frozenset[str] = frozenset()  # "shot dead three men": a count without an article is people, not a pair
    counterpart_nouns: frozenset[str]  # "son homologue chinois"
    pair_names: dict[str, tuple[str, ...]] = {}  # "les deux Corées": a pair named by a plural
    pair_adjectives: dict[str, tuple[str, ...]] = {}  # "inter-Korean": a pair named by one adjective
    combining_forms: dict[str, str] = {}  # "Franco-" in "Franco-German": a country's form inside a hyphenated adjective
    possessive_singular: frozenset[str]
    possessive_plural: frozenset[str]
    coordinators: frozenset[str]
    between_prepositions: frozenset[str]  # "entre X et Y"
    place_prepositions: frozenset[str]
    multilateral_words: frozenset[str]  # "trilatéral", "multilatéral"
    # "les trois nations", "the four leaders": a group of that many parties named before
    group_numbers: dict[str, int] = {}
    # "les trois pays européens", "les Européens" after a meeting of Iran, France, Germany
    # and Britain: a group's members of one region (a key of knowledge/data/regions.yaml)
    group_region_words: dict[str, str] = {}
    # "les parties", "the parties" with no count: every party of the last event among
    # three or more, else the two sides (GUIDELINES, lists and groups)
    every_party_nouns: frozenset[str] = frozenset()
    phone_words: frozenset[str]
    # "Macron called Zelensky on Tuesday": a verb whose only complement is an actor
    # phones that actor; the value is the lemma of the lexicon's phoning verb, and the
    # particles are the words that, right after the verb, give it another sense ("called for")
    phone_call_verbs: dict[str, str] = {}
    phone_call_excluded_particles: frozenset[str] = frozenset()
    # "imposed a curfew on Dakar": the preposition naming the place a measure is imposed on
    measure_place_prepositions: frozenset[str] = frozenset()
    # "fishermen from Rameswaram", "residents of Kitwe": the preposition naming the place an
    # unnamed group of people comes from, which gives its country (assemble.origin_place)
    origin_prepositions: frozenset[str] = frozenset()
    # "signed orders imposing tariffs", "issued a statement condemning": documents whose issuer acts through them
    instrument_nouns: frozenset[str] = frozenset()
    # "the attack was condemned by the AU": an event noun as a passive's subject is the deed acted on
    passive_deed_subjects: bool = False
    hypothetical_auxiliaries: frozenset[str]  # modal auxiliaries of the verb group: "could", "might"
    # "said it would impose": the future seen from a past report, which is a plan, not a hypothesis
    future_in_past_auxiliaries: frozenset[str] = frozenset()
    # the conditional as infinitive + ending ("imposer" -> "imposerait"), for parsers that
    # tag regular conditionals as imperfects (FIELD-NOTES); drop_final: letters the
    # infinitive loses first ("prendre" -> "prendrait")
    conditional_endings: frozenset[str] = frozenset()
    conditional_drop_final: frozenset[str] = frozenset()
    # infinitive endings whose future and conditional change a letter of the stem ("payer" ->
    # "paierait", "employer" -> "emploiera"): the ending and its form before those endings
    infinitive_alternations: dict[str, str] = {}
    reflexive_pronouns: frozenset[str]  # "se", "s'": reflexive verbs ("se rencontrer")
    # "l'Inde et le Pakistan se sont mutuellement menacés", "Kigali et Kinshasa s'accusent de":
    # words that make a "se" with a plural subject reciprocal whatever the verb, and verbs of a
    # one-way act whose "se" with coordinated subjects is reciprocal without them; each side
    # then acts on the other (GUIDELINES: two events, one each way)
    reciprocal_marks: frozenset[str] = frozenset()
    reciprocal_verbs: frozenset[str] = frozenset()
    # reciprocal pronouns as a verb's object ("both sides accused each other", "blamed one
    # another"): each party of the plural subject acts on the others (Quirk et al. 6.30)
    reciprocal_objects: tuple[str, ...] = ()
    # "l'armée s'est retirée": lemmas of the auxiliary of a pronominal verb's compound tense,
    # which a parser may label a passive auxiliary; only its participle ("a été retirée",
    # passive_participles) then makes a true passive (languages without: empty)
    reflexive_compound_auxiliaries: frozenset[str] = frozenset()
    passive_participles: frozenset[str] = frozenset()
    # reflexive verbs used impersonally ("il s'agit de"): their "il" is no party
    impersonal_reflexives: frozenset[str] = frozenset()
    comitative_prepositions: frozenset[str]  # "avec", "with": the other party of a complement clause
    # after a list's coordinator, a count of more of the same kind closes it: "the US, the UK,
    # Germany and 10 other embassies", "le Mali, le Niger et trois autres pays"
    list_closers: frozenset[str] = frozenset()
    # "the EU delegation, together with the embassies of Norway and Britain, said", "le Sénégal,
    # aux côtés du Mali et du Niger, a condamné": words opening a phrase set off by commas right
    # after a subject, whose actors act with it (extract/arguments.py, _co_actors)
    co_actor_markers: tuple[str, ...] = ()
    # country names take an article ("la France", "au Mali") where cities do not ("à Gaza"):
    # a bare name after a place preposition is then a place, not a party addressed
    country_articles: bool = False
    relative_pronouns: frozenset[str]  # "qui", "who": a relative clause's subject is its antecedent
    # "dont", "whose": a relative pronoun that makes its antecedent the owner of the noun it qualifies
    owner_relatives: frozenset[str] = frozenset()
    # "les diplomates que Paris a expulsés", "the envoy whom Beijing summoned": a relative
    # pronoun that is its clause's object, which then acts on the antecedent
    object_relatives: frozenset[str] = frozenset()
    # "the rebels Kinshasa accuses of": the language may leave the object relative unwritten
    zero_object_relatives: bool = False
    # "l'aide que le Kenya a accordée au Maroc servira à...", "les sanctions que le Brésil a
    # imposées au Cameroun": an object relative clause (``object_relatives``) on an event noun
    # states the deed in its own tense and names its parties (modality._scope,
    # arguments._carrying_clauses); see ``deed_relatives``
    object_relatives_state_deeds: bool = False
    # "le pays auquel Paris a livré des armes", "l'émissaire avec qui il s'est entretenu",
    # "le Niger, contre lequel la CEDEAO a pris des sanctions": relative pronouns that are a
    # prepositional complement of their clause, standing for the antecedent; the preposition
    # a contracted form carries ("auquel": "à"), or null for one written before it ("avec qui")
    oblique_relatives: dict[str, str | None] = {}
    # "Moscou l'a menacé", "lui a demandé de", "accused him of": object pronouns, which stand
    # for an actor named before, never for their own clause's subject (extract/clitics.py)
    object_pronouns: dict[str, ObjectPronoun] = {}
    # "l'a menacée": endings of a past participle that agrees with the object before it, and
    # the gender each shows (UD values), longest first
    participle_genders: dict[str, Literal["Masc", "Fem"]] = {}
    # "comme il l'a souhaité": a clause so marked, whose object pronoun stands for what was said
    neuter_pronoun_marks: frozenset[str] = frozenset()
    genitive_markers: frozenset[str]  # "de", "of", "'s": whose, not where
    # "ethnic": a demonym it qualifies names the people's origin, not their state ("two ethnic Serb men" in Zvecan)
    ethnicity_markers: frozenset[str] = frozenset()
    # armed men of an origin fight for their side ("Ethnic Armenian forces in Nagorno-Karabakh"): the demonym still counts
    ethnicity_armed_heads: frozenset[str] = frozenset()
    preposition_forms: dict[str, str] = {}  # contracted forms to their preposition ("au" -> "à")
    # "between", "entre": a marker naming the sides of an event; a mediation's sides are
    # those of the talks it brokers ("brokered talks between Israel and Hamas")
    sides_prepositions: frozenset[str] = frozenset()
    capital_nouns: frozenset[str]  # "la capitale vietnamienne", "the South Korean capital"
    place_nouns: frozenset[str] = frozenset()  # "the city of Kharkiv": its "of" names the place, not an owner
    # "the town of Masisi", "la localité de Masisi": the name a settlement noun introduces is a
    # place, never a person of that surname (Mokgweetsi Masisi, Botswana's president)
    settlement_nouns: frozenset[str] = frozenset()
    # "fighting in Masisi", "près de Masisi": prepositions that never govern a person, so a
    # bare surname after them that the gazetteer knows as a place is that place
    locative_prepositions: frozenset[str] = frozenset()
    # "pro-Palestinian demonstrators", "anti-American protesters": a demonym after these
    # prefixes names a cause, not the nationality of the people so described
    cause_prefixes: frozenset[str] = frozenset()
    # "Latin American governments", "the Central American University": a demonym after these
    # words names a region of several states, not the state it names alone
    region_qualifiers: frozenset[str] = frozenset()
    # "the Trinidad and Tobago government", "the Republic of the Congo's army": the lowercase
    # words a country's name holds between capitalised words, crossed when a name the parse
    # hangs apart is read whole (mentions._capitalised_name_ending)
    name_joiners: frozenset[str] = frozenset()
    # "the Lukashenko regime", "the Trump administration": a known leader's name before
    # these nouns says whose state the government is
    leader_governments: frozenset[str] = frozenset()
    # "Scarborough Shoal", "Whitsun Reef": a town's name before these nouns is part of a sea
    # feature's name, no place of its own
    feature_nouns: frozenset[str] = frozenset()
    # "50 millions de dollars américains", "the Chinese yuan": a demonym on a currency says
    # whose money it is, never an actor
    currency_nouns: frozenset[str] = frozenset()
    # "a expulsé 300 Haïtiens", "deported 300 Haitians": a plural people noun of a demonym
    # (capitalised) is, for the words an entry requires, one of these nouns (its nationals)
    demonym_people_stand_for: frozenset[str] = frozenset()
    title_qualifiers: frozenset[str] = frozenset()  # "Thai acting Prime Minister X": words between a nationality and the title it qualifies
    # "the foreign ministry", "le ministre de l'Intérieur": the nouns of a state's offices
    # that, said with no country, are the offices of the state a story is filed from
    office_nouns: frozenset[str] = frozenset()
    # "le FLNKS a accusé l'État de passer en force" in a Nouméa story: the central state
    # named bare ("l'État") in a territory a state governs from afar is that state, not the
    # territory (the words that name it, and each territory's state)
    central_state_words: frozenset[str] = frozenset()
    sovereign_of: dict[str, str] = {}
    # "le préfet de la Martinique", "la préfecture", "les gendarmes" in a Mamoudzou story: the
    # representative of the central state in such a territory and that state's own services
    # there are the state's (``sovereign_of``), not the territory's
    state_agent_words: frozenset[str] = frozenset()
    # "À Yopougon, ...": prepositions of a fronted locative adjunct, whose sentence says its own place
    fronted_place_prepositions: frozenset[str] = frozenset()
    # "the joint forces", "coalition troops", "les forces conjointes": words that make forces
    # several states' (GUIDELINES, lists and groups), which a reporting body never owns
    # alone (resolve.assemble._reporting_forces_own)
    several_states_words: frozenset[str] = frozenset()
    # "agreed to resume shuttle diplomacy during their summit": an event that frames another
    # in time is no plan of the verb above it
    occasion_prepositions: frozenset[str] = frozenset()
    # "after two days of talks", "au terme d'une réunion": nouns that only measure or bound
    # an occasion in time, through which the occasion preposition still introduces it
    occasion_frames: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()  # "a complaint over the shelling": the event the carried noun is about
    content_marks: frozenset[str] = frozenset()  # "warned China against providing support": an adverbial clause so marked is the warning's content
    # "a plaidé pour l'ouverture de pourparlers entre X et Y", "a appelé à la reprise des
    # négociations": an event noun so introduced under a demand (itself, or after one of
    # the onset nouns) is what is demanded, not an event held
    aim_prepositions: frozenset[str] = frozenset()
    onset_nouns: frozenset[str] = frozenset()
    # "accused Rwanda of backing the rebels", "thanked Qatar for sending aid", "a accusé
    # l'armée d'avoir tué": a clause so marked under a verb's object (or a passive's
    # subject) is done by that party, however the parse hangs it
    control_marks: frozenset[str] = frozenset()
    # "invited the Kuwaiti emir to visit Riyadh": verbs whose object does what their
    # infinitive says, which the parse may hang as a purpose clause (advcl)
    object_control_verbs: frozenset[str] = frozenset()
    # "at the request of Niger, France withdrew", "à la demande du Niger, la France a
    # retiré": a request noun in such a phrase is addressed to the one whose act follows
    behest_nouns: dict[str, frozenset[str]] = {}
    # "ont annoncé un accord": an intention governor that, over one of these nouns as its
    # object, reports a result reached rather than a plan ("a annoncé sa visite" stays one)
    announced_results: dict[str, frozenset[str]] = {}
    # "a annoncé l'arrestation de", "a annoncé qu'il avait expulsé": a verb of announcement
    # that is an intention governor reports as done a deed of these event types named by
    # its object noun, and any deed its clause tells in a past tense ("a annoncé qu'il
    # rencontrera" stays a plan)
    announced_deeds: dict[str, frozenset[str]] = {}
    # "announced the withdrawal of its troops from Armenia", "announced the release of 200
    # prisoners": a verb of announcement that is no intention governor names as planned a
    # deed of these event types its object noun names (GUIDELINES: an announced withdrawal
    # or release is CONCEDE)
    announced_plans: dict[str, frozenset[str]] = {}
    future_endings: tuple[str, ...] = ()  # endings only a future verb form has ("-ront"): the model may label it present
    future_stem_endings: tuple[str, ...] = ()  # endings the future adds to the infinitive ("rendre" -> "rendra"): the model may label it past
    gerund_marks: frozenset[str] = frozenset()  # "en appelant": a participle so marked is adverbial, done by its clause's subject
    # "urged that X should release": an auxiliary that, like the bare subjunctive, makes a
    # "that" clause what its subject is asked to do
    mandative_auxiliaries: frozenset[str] = frozenset()
    # "called for Russia to withdraw": a mark that introduces an infinitive's own subject
    # (the for-to infinitive), the party a demand so worded is addressed to
    infinitive_subject_marks: frozenset[str] = frozenset()
    # "a exigé que X libère", "il faut que X se retire", "demanded that troops withdraw":
    # a clause that a verb of demand, need or fear governs states no act, only what is
    # wanted or feared (the demand is the event, when a trigger states it)
    unasserted_governors: frozenset[str] = frozenset()
    # "pour que", "à moins que", "so that", "unless": a subordinate clause so introduced
    # states a purpose or a condition, not an act
    unasserted_marks: frozenset[str] = frozenset()
    asserted_marks: frozenset[str] = frozenset()  # "même si", "even if": a concession, not a condition
    # "until troops withdraw", "until the government allows aid in": a clause of time so
    # introduced whose verb is in the present names a condition still unmet, not an act;
    # in the past ("until the army withdrew") it tells what happened
    unasserted_present_marks: frozenset[str] = frozenset()
    # "which deployed troops to Haiti earlier", "qui avait auparavant expulsé": words that date a
    # clause describing a party before the news (resolve/background.py)
    background_marks: frozenset[str] = frozenset()
    # "priests who had criticised the president": the auxiliary of a past perfect, which
    # sets an undated relative clause's act before the story's time (background)
    background_perfects: frozenset[str] = frozenset()
    # "the fourth official", "le sélectionneur": words only a report on a game uses; a
    # sentence with one tells the game, no political event (extract/games.py)
    game_words: frozenset[str] = frozenset()
    # "coach", "captain", "l'entraîneur": the game's people, read so only in a story
    # that names a game word somewhere (a coach is a bus, a captain an officer elsewhere)
    game_role_words: frozenset[str] = frozenset()
    # "hosted talks between Israel and Hamas": verbs whose subject only hosts a meeting
    # of others (GUIDELINES: the host is the place, never a party)
    host_verbs: frozenset[str] = frozenset()
    # verbs whose subject chairs the meeting noun it governs ("a présidé une réunion en
    # présence de ses homologues", "co-chaired the joint commission"): a party to it (the
    # frame slot chair_subj), unlike a host's ("hosted talks between X and Y")
    chair_verbs: frozenset[str] = frozenset()
    # "se rendra à Paris pour y rencontrer", "will travel to Delhi to meet": the words that
    # close a trip's clause before the infinitive saying what the trip is for; clitics that
    # may stand between them and the infinitive ("y", "en"); words that open a new clause,
    # whose meeting is a second event ("où il rencontrera", "where he will meet") (dedupe.py)
    trip_purpose_endings: tuple[str, ...] = ()
    purpose_clitics: tuple[str, ...] = ()
    clause_openers: tuple[str, ...] = ()
    # "X, en visite d'Etat en Chine", "on a state visit to Kenya": the nouns a guest's status is
    # told with, whose meeting with the host is the visit itself (dedupe.py)
    trip_nouns: frozenset[str] = frozenset()
    # "talks mediated by Turkey and Qatar", "a truce brokered by Egypt": a participle of
    # mediation qualifying the noun of the event mediated says who mediated it, a detail
    # of that event, not a meeting of its own between the mediator and each side
    mediation_participles: frozenset[str] = frozenset()
    # "arrested 23 people for looting stores", "on charges of calling for riots", "accused of
    # recruiting gangs to carry out attacks": what one is held, charged or suspected for
    # (``charge_marks`` under a word of ``charge_holders``) is alleged, no event stated
    charge_holders: frozenset[str] = frozenset()
    charge_marks: frozenset[str] = frozenset()
    # titles of a region's or a city's executive ("governor", "mayor", "premier", "le maire",
    # "la gouverneure"): said with a genitive place ("the governor of Michigan", "le maire de
    # Kehl"), the holder is of that place's country, not the article's, and holds no state office
    local_office_words: frozenset[str] = frozenset()
    # the titles of local_office_words that name a city's or region's executive with no place
    # after them ("the mayor", "le maire", "le gouverneur"): a local body, never one with its
    # state's government ("Le maire a demandé à Rome", "the governor urged the government")
    bare_local_office_words: frozenset[str] = frozenset()
    # the prepositions by which a region's name is the addressee of a verb, not its place
    # ("a demandé à Québec de", "appealed to Quebec"): mentions._acting_regions
    region_addressee_markers: frozenset[str] = frozenset()
    # nouns of a state's subdivisions that may stand between a local title and its place
    # ("the premier of the state of Bavaria", "le ministre-président du Land de Bavière"),
    # beside settlement_nouns, capitalised or not ("du Land de Saxe")
    local_unit_nouns: frozenset[str] = frozenset()
    # titles that name a region's executive only with a unit between them and the place ("le
    # président de la région Bretagne", "la présidente du conseil régional d'Occitanie"): alone
    # they are a state's ("le président du Sénégal"); the units are settlement_nouns,
    # local_unit_nouns or the councils of local_council_words
    unit_office_words: frozenset[str] = frozenset()
    # a region's or department's assembly or executive named by noun and adjective ("conseil
    # régional", "conseil exécutif"): a unit of unit_office_words
    local_council_words: frozenset[str] = frozenset()
    # head nouns of a state body's name ("the Ghana Revenue Authority", "the Uganda Human
    # Rights Commission"): an ORG name that opens on a country and ends on one is that state's body
    body_head_nouns: frozenset[str] = frozenset()
    # head nouns of a political party's name ("the Free National Movement", "the African
    # Democratic Congress"): a name the knowledge does not hold, defined by its initials in
    # parentheses, that ends on one of these is a party (PTY); see mentions._defined_bodies
    party_head_nouns: frozenset[str] = frozenset()
    # lowercase words between an organisation's capitalised words ("the Movement for
    # Democratic Change"), crossed when its initials are read back (mentions._defined_bodies)
    body_name_connectives: frozenset[str] = frozenset()
    # names whose head noun opens them and whose initials count every main word, lowercase
    # too ("le Courant patriotique libre (CPL)", "le Mouvement pour la renaissance du
    # Cameroun (MRC)"), as French writes them; English capitalises each main word and ends
    # on its head ("the Free National Movement (FNM)") (mentions._defined_bodies)
    body_name_head_first: bool = False
    # head words of the names of bodies the knowledge does not hold, each with the sector the
    # head gives ("the Coalition for Change": PTY, "le Syndicat national des enseignants": LAB,
    # "the Directorate of Criminal Investigations", "la Direction générale des douanes": GOV),
    # read where the name is capitalised as a name is (mentions._headed_bodies)
    named_body_heads: dict[str, str] = {}
    # words that make such a name two states' body, no one state's ("the Bi-National
    # Commission", "la commission mixte"), matched inside the name's text (mentions._headed_bodies)
    joint_body_words: frozenset[str] = frozenset()
    # role nouns a body's name is apposed to ("the charity Sea-Watch", "the opposition party
    # ActionSA", "le collectif citoyen Wuri"): the name after the noun is the body's, of the
    # sector the noun says (mentions._apposed_bodies)
    body_role_nouns: dict[str, str] = {}
    # words qualifying such a role noun that give the body another sector than the noun's
    # ("business group Ibec": BUS, not the NGO a bare "group" is; "l'organisation patronale X")
    body_role_qualifiers: dict[str, str] = {}
    # a capitalised word the tagger read as a noun at the head of its person entity ("Mbae
    # Mohamed", Mbae NOUN) is a given name (mentions._unknown_names); measured on French only
    untagged_given_names: bool = False
    # abbreviated forms of address ("Mme", "Me", "Mgr") that are never such a given name
    address_abbreviations: frozenset[str] = frozenset()
    # nouns for unnamed informants ("sources"): the body that qualifies them ("Turkish Defence
    # Ministry sources", "sources in the army") is who speaks
    informant_nouns: frozenset[str] = frozenset()
    deputy_words: frozenset[str] = frozenset()  # words that make a title a deputy's, another office ("le secrétaire d'État adjoint")
    forms_of_address: frozenset[str] = frozenset()  # words of courtesy before a surname ('Mr', 'Ms'): no part of the name they precede
    former_words: frozenset[str] = frozenset()  # words that make an office title a former holder's ("former minister", "l'ancien ministre"): an elite, not the office
    # words that make an office title a future holder's, before it ("incoming", "le futur
    # président") or after it ("president-elect", "le président élu"): not the holder of the day
    future_words_before: frozenset[str] = frozenset()
    future_words_after: frozenset[str] = frozenset()
    reason: str

    @property
    def deed_relatives(self) -> frozenset[str]:
        """The object relative pronouns whose clause on an event noun states its deed
        (``object_relatives_state_deeds``): none in a language where that is not read."""
        return self.object_relatives if self.object_relatives_state_deeds else frozenset()


class LemmaRepair(_Strict):
    """A verb form the model's lemmatiser leaves unreduced ("demande" for "demander",
    "téléphoné" for "téléphoner"): a lemma ending in ``suffix`` is tried with
    ``append`` added, after removing the suffix when ``drop_suffix`` is set."""

    suffix: str
    append: str
    drop_suffix: bool = False
    reason: str

    def repair(self, lemma: str) -> str | None:
        """The repaired lemma, or None when the lemma does not end in the suffix."""
        if not lemma.endswith(self.suffix):
            return None
        stem = lemma[: len(lemma) - len(self.suffix)] if self.drop_suffix else lemma
        return stem + self.append

    def source_of(self, known: str) -> str | None:
        """The unreduced lemma that this repair turns into ``known``, if any."""
        if not known.endswith(self.append):
            return None
        stem = known[: len(known) - len(self.append)]
        lemma = stem + self.suffix if self.drop_suffix else stem
        return lemma if lemma.endswith(self.suffix) and self.repair(lemma) == known else None


class FormLemma(_Strict):
    """Verb forms whose lemma the model gets wrong ("staged" -> "stag", "raped" ->
    "rap", "relaunched" -> "relaunche"), with the lemma they have as verbs."""

    lemma: str
    forms: tuple[str, ...]
    reason: str


class ContextualName(_Strict):
    """A name that means a country only in articles about given countries ("le Nord",
    "le pays communiste"); words of several tokens match as a phrase, in any case."""

    words: tuple[str, ...]
    country: str
    sector: str | None = None
    when_countries: tuple[str, ...]
    # not in an article that also names one of these: "le pays communiste" beside
    # China and North Korea could be either
    unless_countries: tuple[str, ...] = ()
    reason: str


class Relabel(_Strict):
    """One dependency label of the model's scheme and its Universal Dependencies label."""

    label: str
    to: str
    tags: tuple[str, ...] = ()  # only on tokens with one of these fine-grained tags ("TO")
    pos: tuple[str, ...] = ()  # only on tokens with one of these parts of speech
    reason: str


class ParseNormalisation(_Strict):
    """How the model's dependency scheme becomes Universal Dependencies, which the
    mechanisms read. Empty for a model that already parses in UD.

    Schemes such as ClearNLP (spaCy's English models) make the preposition the
    head of its object ("met -prep-> with -pobj-> Kim"); UD makes the object the
    dependent of the verb or noun, with the preposition as its ``case``
    ("met -obl-> Kim -case-> with").
    """

    preposition_labels: tuple[str, ...] = ()  # prepositions that head their object ("prep", "agent", "dative")
    object_labels: tuple[str, ...] = ()  # the object of such a preposition ("pobj")
    clause_labels: tuple[str, ...] = ()  # a clause or second preposition under it ("pcomp": "for supporting", "because of")
    agent_labels: tuple[str, ...] = ()  # a preposition introducing the passive agent: its object becomes obl:agent
    verbal_pos: tuple[str, ...] = ("VERB", "AUX", "ADJ")  # heads whose prepositional dependents are obl, not nmod
    relabel: tuple[Relabel, ...] = ()
    # "a libéré samedi trois otages", "ont appelé mardi Israël et le Hamas": words of time
    # (weekdays, months, parts of the day) the model takes for the object of the verb they
    # follow, hanging the real object on them; the normaliser gives the object back to the verb
    time_nouns: frozenset[str] = frozenset()
    # "wrote to External Affairs Minister S. Jaishankar urging him to": the model reads the
    # preposition before a name as the infinitive marker of the gerund after it and the name
    # as the gerund's subject; the normaliser gives the phrase back to the verb before
    gerund_misread_marks: frozenset[str] = frozenset()
    # "Téhéran a de son côté exhorté Washington", "a par ailleurs débloqué": a tense
    # auxiliary cut from its participle by an adverbial is taken for the main verb, with
    # the participle hung on the adverbial; the normaliser makes the participle the verb
    tense_auxiliaries: frozenset[str] = frozenset()
    # "the leaders of Saudi Arabia, the UAE and Jordan", "Kazakhstan, Kyrgyzstan, Tajikistan
    # and Uzbekistan": the model hangs a list's second name on the first as an apposition
    # and the rest as its conjuncts; an apposition of a place named with a place, that heads
    # a coordination of its own, is the list's next member (entity labels of such places)
    list_apposition_entities: frozenset[str] = frozenset()
    # "Il les a exhortés", "Elle l'a accusé": a subject pronoun before an object pronoun,
    # which the model may read as the root, an adverbial or a vocative; the normaliser makes it
    # the subject of the object pronoun's verb (subject pronouns, object pronouns)
    clitic_subjects: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()
    # "A Paris, le ministre a dénoncé": a capital written without its accent is a preposition
    # the model reads as a foreign word (X) heading the name after it; the normaliser makes it
    # the name's preposition (the form as written -> the preposition it stands for)
    unaccented_prepositions: dict[str, str] = {}
    # "Israël et le Hamas ont repris les négociations": the model may make the first of two
    # coordinated subjects the sentence's root and the verb its conjunct, with the second
    # subject and the coordinator hung on the verb; the normaliser makes the verb the root
    # and both names its coordinated subjects
    coordinated_subject_roots: bool = False
    # "Selon des sources de la société civile, les assaillants, armés de ..., ont incendié":
    # the model may hang the clause's subject on the attribution's noun as its conjunct,
    # leaving the verb without a subject; the normaliser makes it the verb's subject
    attribution_prepositions: frozenset[str] = frozenset()
    # "Mohamed Hamdan Daglo, dit « Hemetti », a rejeté": the model reads the participle
    # that gives a nickname as the clause's verb and the name as its subject, so the main
    # verb had none; the normaliser gives the subject back to the main verb (the forms)
    nickname_participles: frozenset[str] = frozenset()
    # "a annoncé la fermeture « jusqu'à nouvel ordre » de la frontière": the model hangs the
    # noun's complement on the quoted adjunct between them; the normaliser gives it back to
    # the noun the complement's marker (these words) follows the quote to
    noun_complement_markers: frozenset[str] = frozenset()
    # "a procédé à l'arrestation à Bamako de deux Français", "the arrest in Abidjan of two
    # nationals": the model may hang the event noun's complement on the place named between
    # them; the normaliser gives it back to the noun (the place's prepositions, and the
    # markers of the noun's complement)
    place_prepositions: frozenset[str] = frozenset()
    place_complement_markers: frozenset[str] = frozenset()
    # "des frappes ont été menées par l'armée turque contre des positions syriennes": the
    # model hangs the passive verb's adjunct on its agent; the normaliser gives it back to
    # the verb (the adjunct's prepositions)
    passive_agent_adjuncts: frozenset[str] = frozenset()
    # "Japan recalled its envoy — the two countries have long disputed the islands — and
    # demanded an apology": the models hang the verb coordinated after a clause set
    # between two of these dashes on the aside's verb (and may make the aside the root),
    # so its subject is the aside's; the normaliser gives the conjunct back to the verb
    # before the aside, of which the aside becomes a parenthetical (parataxis)
    aside_dashes: frozenset[str] = frozenset()
    # "Le président indien compte rencontrer son homologue": the model reads a present-tense
    # verb of intention right before an infinitive as a noun modifying the subject and makes
    # the infinitive the clause's verb; the normaliser gives the clause back to the verb
    # (the forms, each with its lemma), of which the infinitive is the open complement
    misread_infinitive_governors: dict[str, str] = {}
    # "Erevan a toutefois accusé Bakou", "Varsovie et Paris ont en outre appelé Moscou",
    # "Les États-Unis ont eux aussi appelé Israël", "Le Japon, lui aussi, a condamné": an
    # adverbial (or an emphatic pronoun) set between the auxiliary and the participle, or
    # between commas after the subject, throws the model's tags and parse off (the object
    # read as an adverb, a conjoined subject lost, the pronoun taken as an argument); the
    # normaliser parses the sentence again without it and hangs it back on the verb as an
    # adverbial. The phrases (lower case, as written), and whether any word of the
    # manner-adverb ending (``manner_adverb_ending``: "fermement", "vivement") counts too
    interposed_adverbials: frozenset[str] = frozenset()
    interposed_auxiliaries: frozenset[str] = frozenset()
    manner_adverb_ending: str = ""
    reason: str = ""

    @property
    def empty(self) -> bool:
        return not (self.preposition_labels or self.relabel or self.time_nouns or self.tense_auxiliaries or self.clitic_subjects
                    or self.unaccented_prepositions or self.coordinated_subject_roots or self.gerund_misread_marks
                    or self.attribution_prepositions or self.nickname_participles or self.noun_complement_markers
                    or self.place_complement_markers or self.passive_agent_adjuncts or self.aside_dashes
                    or self.misread_infinitive_governors or self.interposed_adverbials)


class MisreadVerbObject(_Strict):
    """How a present-tense verb the model read as a noun after a noun phrase shows its
    object ("Le régime biélorusse persécute les journalistes", "La junte birmane opprime
    les opposants"): a form with one of ``present_endings`` followed by one of
    ``articles`` (a noun is never followed by the article of another noun phrase), unless
    a number or one of ``time_nouns`` comes next, where the form was a participle or an
    adjective before a date ("l'accord signé le 3 mars", "une position ferme la semaine
    dernière")."""

    present_endings: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    reason: str = ""


class PackConfig(_Strict):
    language: str
    name: str
    model: tuple[str, ...]  # spaCy pipelines to try, in order
    parse_normalisation: ParseNormalisation = ParseNormalisation()
    tokenizer_keep_together: tuple[TokenRule, ...] = ()
    verb_lemma_repairs: tuple[LemmaRepair, ...] = ()
    misread_verb_object: MisreadVerbObject = MisreadVerbObject()  # read with verb_lemma_repairs (extract.triggers)
    verb_form_lemmas: tuple[FormLemma, ...] = ()  # applied to tokens tagged VERB or AUX, before any mechanism reads them
    # prepositions the model lemmatises as verbs ("entre" -> "entrer"): a word a trigger
    # requires ("entrer en vigueur") must not be found in "un cessez-le-feu entre X et Y"
    adposition_form_lemmas: tuple[FormLemma, ...] = ()  # applied to tokens tagged ADP
    contextual_names: tuple[ContextualName, ...] = ()
    frames: dict[str, Frame]
    grammar: Grammar


class LanguagePack(_Strict):
    config: PackConfig
    triggers: tuple[Trigger, ...]
    agents: tuple[Agent, ...]

    @property
    def language(self) -> str:
        return self.config.language

    @property
    def grammar(self) -> Grammar:
        return self.config.grammar

    def frame(self, name: str) -> Frame:
        return self.config.frames[name]


def _read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as handle:
            # libyaml's loader where PyYAML was built with it: the converted lexicon is
            # megabytes, which the pure-Python loader reads in seconds at every start-up
            return yaml.load(handle, Loader=_SAFE_LOADER)
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: missing language-pack file") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: invalid YAML: {exc}") from exc


def _kind_nouns(path: Path) -> tuple[Agent, ...]:
    """The pack's nouns of a kind of actor that point back ("the bloc", "le mouvement"):
    agent nouns each of which must say which named actors it may stand for."""
    if not path.exists():
        return ()
    nouns = _validate_list(path, "kind_nouns", Agent)
    for index, noun in enumerate(nouns):
        if not noun.antecedent:
            raise KnowledgeError(f"{path}: kind_nouns[{index}] ({noun.words}): no antecedent sectors")
    return nouns


def _validate_list(path: Path, key: str, model: type[BaseModel], data: object = None) -> tuple:
    data = _read_yaml(path) if data is None else data
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise KnowledgeError(f"{path}: expected a mapping with a '{key}' list")
    items = []
    for index, entry in enumerate(data[key]):
        try:
            items.append(model.model_validate(entry))
        except ValidationError as exc:
            raise KnowledgeError(f"{path}: {key}[{index}] ({_label(entry)}): {exc}") from exc
    return tuple(items)


def _label(entry: object) -> str:
    if isinstance(entry, dict):
        return str(entry.get("lemma") or entry.get("words") or "?")
    return repr(entry)


@lru_cache(maxsize=1)
def pack_folders() -> dict[str, Path]:
    """Every installed pack, language code -> folder (the folder's name is the code).

    Read once per process, in this order of precedence: the folders of
    ``$CHRONICLE_PACKS``, then the ``chronicle.packs`` entry points, then the
    packs shipped in this package; the first folder found for a language wins,
    so an outside pack can also replace a shipped one.
    """
    roots = [Path(p) for p in os.environ.get(PACKS_ENV, "").split(os.pathsep) if p.strip()]
    roots += _entry_point_roots()
    roots.append(PACKS_DIR)
    found: dict[str, Path] = {}
    for root in roots:
        if not root.is_dir():
            raise KnowledgeError(f"{root}: language-pack folder not found (from {PACKS_ENV} or a {ENTRY_POINT_GROUP} entry point)")
        candidates = [root] if (root / "pack.yaml").is_file() else sorted(p.parent for p in root.glob("*/pack.yaml"))
        for folder in candidates:
            found.setdefault(folder.name, folder)
    return found


def _entry_point_roots() -> list[Path]:
    roots = []
    for point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        target = point.load()
        location = getattr(target, "__file__", None)
        roots.append(Path(location).parent if location else Path(str(target)))
    return roots


def available_languages() -> tuple[str, ...]:
    """Languages that have a pack (packs are installed data: read once)."""
    return tuple(sorted(pack_folders()))


def trigger_files(folder: Path) -> list[Path]:
    """A pack's trigger lexicon: ``triggers.yaml``, then every file of ``triggers/``
    in name order. Splitting the lexicon by CAMEO family keeps each file
    reviewable; the order decides which entry of a lemma is tried first."""
    return [folder / "triggers.yaml", *sorted((folder / "triggers").glob("*.yaml"))]


def load_pack_from(folder: Path) -> LanguagePack:
    """Load and validate the pack in ``folder``; raise KnowledgeError naming the bad entry."""
    config_path = folder / "pack.yaml"
    try:
        config = PackConfig.model_validate(_read_yaml(config_path))
    except ValidationError as exc:
        raise KnowledgeError(f"{config_path}: {exc}") from exc
    triggers: tuple[Trigger, ...] = ()
    files = [(path, _read_yaml(path)) for path in trigger_files(folder)]
    classes = _word_classes(files)
    for path, data in files:
        part = _validate_list(path, "triggers", Trigger, _with_classes(path, data, classes))
        for index, trigger in enumerate(part):
            if trigger.frame not in config.frames:
                raise KnowledgeError(f"{path}: triggers[{index}] ({trigger.lemma}): unknown frame {trigger.frame!r}")
            frame = config.frames[trigger.frame]
            if trigger.mutual and (not frame.symmetric or frame.directed):
                raise KnowledgeError(f"{path}: triggers[{index}] ({trigger.lemma}): mutual needs a symmetric, undirected frame, not {trigger.frame!r}")
        triggers += part
    agents = _validate_list(folder / "agents.yaml", "agents", Agent) + _kind_nouns(folder / "kind_nouns.yaml")
    _check_agentless_types(config_path, config.grammar.agentless)
    _check_speaker_pronouns(config_path, config.grammar)
    _check_judged_deed_frame(config_path, config)
    return LanguagePack(config=config, triggers=triggers, agents=agents)


class WordClass(_Strict):
    """A named list of words shared by the entries of several lemmas: the coercive
    nouns that any verb of reversal acts on ("lifted / scrapped / rolled back the
    curfew"), written once rather than once per verb. An entry names it as ``@name``
    in ``requires``, ``excludes`` or ``synonyms``, or inside a ``pattern`` item."""

    words: tuple[str, ...]
    source: str

    @field_validator("words")
    @classmethod
    def _plain_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if not words or any(not w.strip() or w.startswith("@") or "|" in w for w in words):
            raise ValueError("a word class needs plain words (no '@', no '|')")
        return words


# the fields of a trigger entry whose items may name a word class
_CLASS_FIELDS = ("requires", "excludes", "synonyms")


def _word_classes(files: list[tuple[Path, object]]) -> dict[str, tuple[str, ...]]:
    """Every word class the trigger files define (a top-level ``classes`` mapping);
    a name defined twice is an error, so that no file silently redefines another's."""
    classes: dict[str, tuple[str, ...]] = {}
    for path, data in files:
        defined = data.get("classes") if isinstance(data, dict) else None
        for name, body in (defined or {}).items():
            if name in classes:
                raise KnowledgeError(f"{path}: classes.{name}: defined twice")
            try:
                classes[name] = WordClass.model_validate(body).words
            except ValidationError as exc:
                raise KnowledgeError(f"{path}: classes.{name}: {exc}") from exc
    return classes


def _with_classes(path: Path, data: object, classes: dict[str, tuple[str, ...]]) -> object:
    """The file's data with each ``@name`` of its entries replaced by the class's words."""
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        return data
    entries = [_expand_entry(path, entry, classes) if isinstance(entry, dict) else entry for entry in data["triggers"]]
    return {**data, "triggers": entries}


def _expand_entry(path: Path, entry: dict, classes: dict[str, tuple[str, ...]]) -> dict:
    expanded = dict(entry)
    for field in _CLASS_FIELDS:
        items = entry.get(field)
        if isinstance(items, list) and any(isinstance(i, str) and i.startswith("@") for i in items):
            expanded[field] = list(dict.fromkeys(w for i in items for w in _class_words(path, entry, i, classes)))
    pattern = entry.get("pattern")
    if isinstance(pattern, list):
        expanded["pattern"] = [_expand_item(path, entry, item, classes) for item in pattern]
    return expanded


def _expand_item(path: Path, entry: dict, item: object, classes: dict[str, tuple[str, ...]]) -> object:
    """A pattern item with its ``@name`` alternatives spelled out ("@curbs" -> "curfew|ban|...")."""
    if isinstance(item, str):
        return " ".join("|".join(w for alt in word.split("|") for w in _class_words(path, entry, alt, classes)) for word in item.split(" "))
    if isinstance(item, list):
        return [_expand_item(path, entry, part, classes) for part in item]
    return item


def _class_words(path: Path, entry: dict, item: object, classes: dict[str, tuple[str, ...]]) -> tuple:
    if not isinstance(item, str) or not item.startswith("@"):
        return (item,)
    words = classes.get(item[1:])
    if words is None:
        raise KnowledgeError(f"{path}: {_label(entry)}: unknown word class {item!r}")
    return words


def _check_judged_deed_frame(path: Path, config: PackConfig) -> None:
    """The frames that read a judged deed's doer, an undergone event's doer, a reported judgement's and a reported obligation's speaker must be the pack's; the types of undergone and answered events PLOVER's."""
    name = config.grammar.judged_deed_frame
    if name is not None and name not in config.frames:
        raise KnowledgeError(f"{path}: grammar.judged_deed_frame: unknown frame {name!r}")
    converse = config.grammar.converse_frame
    if converse is not None and converse not in config.frames:
        raise KnowledgeError(f"{path}: grammar.converse_frame: unknown frame {converse!r}")
    converse = {**config.grammar.converse_carriers, **config.grammar.converse_prepositions}
    unknown = sorted({t for types in converse.values() for t in types} - set(read_plover()))
    if unknown:
        raise KnowledgeError(f"{path}: grammar.converse_carriers: not PLOVER event types: {', '.join(unknown)}")
    answered = {t for types in config.grammar.answered_nouns.values() for t in types} | config.grammar.answering_types
    unknown = sorted(answered - set(read_plover()))
    if unknown:
        raise KnowledgeError(f"{path}: grammar.answered_nouns / answering_types: not PLOVER event types: {', '.join(unknown)}")
    judgement = config.grammar.reported_judgement
    if judgement is not None and judgement.frame not in config.frames:
        raise KnowledgeError(f"{path}: grammar.reported_judgement.frame: unknown frame {judgement.frame!r}")
    obligation = config.grammar.reported_obligation
    if obligation is not None and obligation.frame not in config.frames:
        raise KnowledgeError(f"{path}: grammar.reported_obligation.frame: unknown frame {obligation.frame!r}")
    if obligation is not None and obligation.type not in read_plover():
        raise KnowledgeError(f"{path}: grammar.reported_obligation.type: not a PLOVER event type: {obligation.type!r}")


def _check_agentless_types(path: Path, cues: AgentlessCues | None) -> None:
    """The types a pack codes without their doer must be PLOVER event types."""
    if cues is None:
        return
    fields = (("types", cues.types), ("passive_types", cues.passive_types),
              ("carried_only_types", cues.carried_only_types), ("own_act_types", cues.own_act_types))
    for field, types in fields:
        unknown = sorted(set(types) - set(read_plover()))
        if unknown:
            raise KnowledgeError(f"{path}: grammar.agentless.{field}: not PLOVER event types: {', '.join(unknown)}")


# a plural pronoun stands for a collective, never for one person or office holder
# ("Kenya's president said they would free..."), and a singular one never for a list
_NUMBER_MISFITS = {"plural": frozenset({"person"}), "singular": frozenset({"several", "group"})}


def _check_speaker_pronouns(path: Path, grammar: Grammar) -> None:
    """The speaker table's pronouns must agree in number with the speakers they fit."""
    for pronoun, kinds in grammar.speaker_pronouns.fits.items():
        number = "plural" if pronoun in grammar.plural_pronouns else "singular" if pronoun in grammar.singular_pronouns else None
        wrong = sorted(kinds & _NUMBER_MISFITS[number]) if number else []
        if wrong:
            raise KnowledgeError(f"{path}: grammar.speaker_pronouns.fits.{pronoun}: a {number} pronoun cannot stand for {', '.join(wrong)}")


@lru_cache(maxsize=None)
def load_pack(lang: str) -> LanguagePack:
    """The language pack for ``lang``; UnsupportedLanguage when there is none."""
    folder = pack_folders().get(lang)
    if folder is None:
        raise UnsupportedLanguage(
            f"no language pack for '{lang}' (available: {', '.join(available_languages())})"
        )
    return load_pack_from(folder)


def pack_file(lang: str, name: str) -> Path | None:
    """The file ``name`` of the pack of ``lang``, or None when the pack has none."""
    folder = pack_folders().get(lang)
    path = folder / name if folder is not None else None
    return path if path is not None and path.is_file() else None

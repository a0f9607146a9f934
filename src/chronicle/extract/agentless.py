"""Events stated without their doer, and the doer an attribution names: one mechanism
for every language, whose words are the pack's (``grammar.agentless``).

Wire copy states most attacks, arrests and expulsions by those they were done to,
or by their toll: "Trois soldats ont été tués dans une embuscade", "three soldiers
were killed in an ambush" (a passive with no agent), "des civils ont péri dans des
frappes", "dozens died in airstrikes" (the victims as subject of a verb of dying),
"une mine a tué deux soldats", "a roadside bomb killed a local official" (a weapon as
subject), "l'attentat a fait douze morts", "the attack left 12 dead" (a toll),
"Deux casques bleus tués", "Two soldiers killed in attack" (a headline participle).
GUIDELINES codes such an event with an unknown source (a null country) and those
acted on as its target; when the sentence names the doer through a claim or an
attribution ("revendiquée par l'Etat islamique", "claimed by Al-Shabaab", "blamed on
the rebels"), that actor is the source.

The same module reads the place a violent act strikes ("a tiré des missiles sur
Odessa", "strikes on Kharkiv"), an impact verb that only restates the attack its
subject names ("the airstrikes killed 20 people": one attack), and the ordinary
sense of a violent verb whose object is a thing ("the senate killed the bill").
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.extract.arguments import ArgumentReader, Participants
from chronicle.extract.mentions import Mention
from chronicle.extract.syntax import is_gerund, partitive_object
from chronicle.extract.triggers import TriggerFinder, TriggerMatch
from chronicle.extract.wordtable import children_of, morph_values
from chronicle.packs import AgentlessCues, Frame, Trigger

SUBJECTS = ("nsubj", "nsubj:pass")
IMPACT_SUBJECTS = ("nsubj",)  # "l'attentat a fait 12 morts": the event noun does what the verb says
CLAUSE_DEPS = ("acl", "acl:relcl")  # "l'attentat qui a fait cent morts", "l'attaque, revendiquée par X"
ATTRIBUTION_DEPS = CLAUSE_DEPS + ("advcl",)  # "a fait 150 morts, imputée à des soldats"
OBJECTS = ("obj", "nsubj:pass")  # what a verb acts on, in either voice


def read_agentless(match: TriggerMatch, participants: Participants, reader: ArgumentReader, finder: TriggerFinder,
                   frame: Frame, cues: AgentlessCues | None) -> None:
    """Complete the participants of an event stated without its doer: the victims a
    victim verb names become targets, an attribution names the source, and an event
    left with no source is marked as done by someone unknown (``unknown_source``);
    the country people are removed from removes them ("were expelled from Latvia")."""
    trigger = match.token
    if cues is None:
        return
    if match.entry.type not in cues.types:
        # an own act: of the pack's types, or of its modes ("withdraw", not a return: "340
        # migrants had been returned to France, Downing Street said" is no retreat)
        own = match.entry.type in cues.own_act_types or match.entry.mode in cues.own_act_modes
        if (match.entry.type in cues.passive_types or own) and not participants.sources \
                and _agentless_passive(trigger, participants, reader.grammar.intention_governors):
            participants.unknown_source = True
            # of these, the type the pack codes only as its reporting authority's own act
            participants.reported_own_act = match.entry.type not in cues.passive_types
        return
    victims = reader.victims_of(trigger) if reader.suffered_in(trigger) else []
    if victims:
        starts = {v.start for v in victims}
        own = tuple(slot for slot in frame.source if not slot.startswith("governor"))
        participants.sources = [m for m in reader.slots(trigger, own) if m.start not in starts]
        taken = starts | {m.start for m in participants.sources}
        participants.targets = victims + [m for m in participants.targets if m.start not in taken]
    doers = _attributed(trigger, cues, reader) or ([] if participants.sources else _attack_owner(trigger, cues, reader, finder))
    if doers:
        # "le massacre de 200 civils a été attribué au gang": what the frame read as the
        # doer (the attribution's subject phrase) is the victim
        starts = {m.start for m in doers}
        if not participants.targets:
            participants.targets = [m for m in participants.sources if m.start not in starts]
        participants.sources = doers
        participants.targets = [m for m in participants.targets if m.start not in starts]
    elif not participants.sources:
        if not (victims or _without_doer(trigger, participants, cues, reader, finder)):
            return
        verbs = cues.carried_only_types.get(match.entry.type)
        if verbs is not None and not (participants.targets and _carried_passive(trigger, reader) and trigger.head.lemma_.lower() in verbs):
            return
        participants.unknown_source = True
        if participants.passive:
            participants.sources = reader.origin(trigger, cues.origin_prepositions)
    if not participants.targets:
        # "l'attentat a visé des policiers", "Israeli airstrikes killed 20 people": the
        # attack's victims are its impact verb's object
        participants.targets = _impact_objects(trigger, cues, reader)
    # "des frappes israéliennes ont fait des centaines de morts": the dead are the place's
    # civilians; so are the unnamed victims of an attack blamed on someone
    participants.casualties = not participants.targets and (bool(doers) or _toll(trigger, cues))


def read_struck_place(match: TriggerMatch, participants: Participants, cues: AgentlessCues | None) -> None:
    """The phrase naming the place a violent act strikes ("a tiré des missiles sur
    Odessa", "sur la région de Belgorod", "a bombardé un marché de Nyala", "strikes on
    Kharkiv killed nine civilians"): the assembly makes that place's country (or its
    civilians) the target when no actor is named, and the country of victims named
    without one, whatever the attacker's."""
    trigger, entry = match.token, match.entry
    if cues is None or participants.struck is not None or not _violent(entry, cues):
        return
    objects = [c for c in children_of(trigger) if c.dep_ in OBJECTS]
    # "ont bombardé mardi des quartiers de Kadugli": "des" read as a preposition after the day
    partitive = partitive_object(trigger) if trigger.pos_ == "VERB" else None
    if partitive is not None and partitive.pos_ == "NOUN" and partitive not in objects:
        objects.append(partitive)
    for noun in objects:
        if noun.lemma_.lower() in cues.struck_nouns:
            participants.struck = (noun.left_edge.i, noun.right_edge.i + 1)
            participants.struck_civilians = True
            return
    # "the Sudanese army shelled Nyala": a name bombed or shelled is the place struck
    # (the assembly keeps it only when a place of the gazetteer lies there)
    for noun in objects:
        if noun.pos_ == "PROPN" and trigger.pos_ in ("VERB", "AUX"):
            participants.struck = (noun.left_edge.i, noun.right_edge.i + 1)
            return
    # "Russian strikes on Kharkiv killed nine civilians": the attack the verb restates says where
    attacks = [c for c in children_of(trigger) if c.dep_ in IMPACT_SUBJECTS and trigger.lemma_.lower() in cues.impact_verbs]
    # "launched 450 drones and 45 missiles at Ukraine": the parse hangs the place on the last object
    conjuncts = [c for noun in objects for c in noun.conjuncts if c.i > noun.i]
    if _place_after(participants, [trigger, *objects, *conjuncts, *attacks], cues.strike_prepositions, cues, cues.weapon_aim_prepositions):
        return
    # "se sont emparés de la ville de Goma", "ont pris le contrôle de Mweso", "la prise
    # d'Alep par les rebelles": a seizure names the place it takes after the pack's
    # preposition for the entry's mode, and strikes it as an attack does
    _place_after(participants, [trigger, *objects], cues.seized_place_prepositions.get(entry.mode or "", frozenset()), cues)


def _place_after(participants: Participants, holders: list[Token], prepositions: frozenset[str],
                 cues: AgentlessCues, aim_prepositions: frozenset[str] = frozenset()) -> bool:
    """Mark as struck the first phrase of the holders introduced by one of the
    prepositions, or by one of the ``aim_prepositions`` when it is headed by a name or a
    place struck ("fired missiles at Kharkiv"; "at a defence fair in Tehran" only says
    where). A date is never struck ("strikes on Tuesday")."""
    for holder in holders:
        for child in children_of(holder):
            introducer = next((c.lower_ for c in children_of(child) if c.dep_ == "case"), None)
            aimed = introducer in aim_prepositions and (child.pos_ == "PROPN" or child.lemma_.lower() in cues.struck_nouns)
            dated = child.ent_type_ in ("DATE", "TIME")  # the tagger may take "Odesa overnight" for a time: an aim is read first
            if not (aimed or introducer in prepositions and not dated):
                continue
            if child.dep_.startswith(("obl", "nmod")):
                participants.struck = (child.left_edge.i, child.right_edge.i + 1)
                participants.struck_civilians = child.lemma_.lower() in cues.struck_nouns
                return True
    return False


def restated_attack(match: TriggerMatch, matches: list[TriggerMatch], cues: AgentlessCues | None) -> TriggerMatch | None:
    """The attack an impact verb only restates: "Israeli airstrikes on Rafah killed 20
    people", "l'attaque a tué douze soldats" state one attack, whose doer and place are
    the noun's and whose victims are the verb's object."""
    verb = match.token
    if cues is None or match.entry.type not in cues.types or verb.lemma_.lower() not in cues.impact_verbs:
        return None
    subjects = {c.i for c in children_of(verb) if c.dep_ in IMPACT_SUBJECTS}
    return next((m for m in matches if m.token.i in subjects and m.entry.type in cues.types), None)


def ordinary_sense(match: TriggerMatch, cues: AgentlessCues | None) -> bool:
    """A violent verb whose object is a thing, not people nor a place: "the senate
    killed the bill", "le projet de loi a été tué dans l'œuf", "a torpillé l'accord"
    (the ordinary sense, no attack)."""
    if cues is None or not _violent(match.entry, cues, VIOLENT_TYPES) or match.token.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in children_of(match.token) if c.dep_ in OBJECTS]
    return bool(objects) and all(o.lemma_.lower() in cues.ordinary_objects for o in objects)


# Only violence has an ordinary sense on things ("killed the bill"); a treaty revoked or
# an agreement suspended (SANCTION) is the event itself, whatever is acted on.
VIOLENT_TYPES = frozenset({"ASSAULT"})


def _violent(entry: Trigger, cues: AgentlessCues, only: frozenset[str] | None = None) -> bool:
    """A trigger of a type coded without its doer (of ``only`` those types, when given),
    or one that becomes so once aimed at someone."""
    types = cues.types if only is None else cues.types & only
    return entry.type in types or any(a.when_targeted and a.type in types for a in entry.alternatives)


def _attributed(trigger: Token, cues: AgentlessCues, reader: ArgumentReader) -> list[Mention]:
    """The doer a claim or an attribution names: "l'attaque, revendiquée par l'Etat
    islamique", "the bombing was blamed on Al-Shabaab", "imputée à l'armée". The verb
    hangs on the event (or on its phrase, where the parse attaches it lower), or
    governs it as its subject."""
    # "une tuerie a fait 150 morts dans le village de Karma, imputée à des soldats": the
    # parse hangs the participle on the last noun of the clause the event is subject of
    clause = trigger.head if trigger.dep_ in IMPACT_SUBJECTS and trigger.head.lemma_.lower() in cues.impact_verbs else trigger
    verbs = [t for t in clause.subtree if t.dep_ in ATTRIBUTION_DEPS and t.lemma_.lower() in cues.attribution_verbs]
    if trigger.dep_ in SUBJECTS and trigger.head.lemma_.lower() in cues.attribution_verbs:
        verbs.append(trigger.head)
    for verb in verbs:
        preposition = cues.attribution_verbs[verb.lemma_.lower()]
        # "imputée par des survivants à des soldats": the parse may hang "à" on the agent
        for child in (t for t in verb.subtree if t.i != verb.i and t.dep_.startswith(("obl", "nmod"))):
            introducer = next((c.lower_ for c in children_of(child) if c.dep_ == "case"), None)
            if introducer is not None and reader.preposition_form(introducer) == preposition:
                found = reader.actors_at(child)
                if found:
                    return found
    return []


def _attack_owner(trigger: Token, cues: AgentlessCues, reader: ArgumentReader, finder: TriggerFinder) -> list[Mention]:
    """The doer named by the attack a passive's victims fell in: "quinze civils ont été
    tués lors d'une attaque des miliciens de la CODECO", "douze soldats ont été tués dans
    une attaque de jihadistes" (Radio Okapi, AFP): the attack noun's "de" phrase. The
    parse hangs the attack on the verb, or on "lors" when it introduces it."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    holders = [trigger, *(c for c in children_of(trigger) if c.dep_ == "advmod")]
    attacks = [c for h in holders for c in children_of(h) if c.dep_.startswith("obl") and c.dep_ != "obl:agent"
               and c.i in reader.triggers and finder.event_type_of(c) in cues.types]
    for attack in attacks:
        for owner in children_of(attack):
            introducer = next((c.lower_ for c in children_of(owner) if c.dep_ == "case"), None)
            if owner.dep_.startswith("nmod") and introducer is not None and reader.preposition_form(introducer) == "de" \
                    and owner.lemma_.lower() not in cues.struck_nouns:
                # the doer is the phrase's own actor ("des miliciens de la CODECO"), never a
                # place ("près de Niamey") nor a place struck ("l'attaque d'un camp au Mali":
                # the camp and its people are the target)
                found = [m for m in reader.actors_at(owner) if m.covers(owner.i) and m.refs[0].kind not in PLACE_KINDS]
                if found:
                    return found
    return []


PLACE_KINDS = frozenset({"country"})  # a mention that names a state by its name or a place in it


def _without_doer(trigger: Token, participants: Participants, cues: AgentlessCues, reader: ArgumentReader,
                  finder: TriggerFinder) -> bool:
    """Whether the sentence states the event with no doer at all: a passive with no
    agent or with a weapon for agent ("killed by a roadside bomb"), a headline
    participle ("deux casques bleus tués"), a weapon or an attack as subject ("une mine
    a tué deux soldats", "a grenade exploded ..., killing nine"), an event noun as
    subject of its impact ("l'attaque a fait 12 morts", "qui a fait cent morts")."""
    if trigger.pos_ in ("VERB", "AUX"):
        if participants.passive:
            agent = next((c for c in children_of(trigger) if c.dep_ == "obl:agent"), None)
            if agent is not None and not _weapon(agent, cues, reader, finder):
                return False  # "le Kenya a été frappé par une sécheresse": no doer hidden
            return not _struck_by_accident(trigger, cues)
        if trigger.dep_ == "acl" and "Part" in morph_values(trigger, "VerbForm") and trigger.head.pos_ == "NOUN":
            if not participants.targets:
                participants.targets = reader.actors_at(trigger.head)
            return bool(participants.targets)
        subject = next((c for c in children_of(trigger) if c.dep_ == "nsubj"), None)
        if subject is None and trigger.dep_ == "advcl" and is_gerund(trigger):
            # "A bomb exploded at a market in Mogadishu, killing 12 people": the clause's subject
            subject = next((c for c in children_of(trigger.head) if c.dep_ == "nsubj"), None)
        return subject is not None and _weapon(subject, cues, reader, finder)
    if trigger.dep_ in IMPACT_SUBJECTS and trigger.head.lemma_.lower() in cues.impact_verbs:
        return True
    if _carried_passive(trigger, reader):
        return True
    return any(c.dep_ in CLAUSE_DEPS and c.lemma_.lower() in cues.impact_verbs for c in children_of(trigger))


def _struck_by_accident(trigger: Token, cues: AgentlessCues) -> bool:
    """Whether the passive names a mishap or a disaster as what struck its victims
    ("ont été blessées dans une collision entre un bus et une voiture", "were killed in a
    car crash", "in a fire at a market"): an accident, not an attack whose doer is unsaid."""
    return any(c.dep_.startswith(("obl", "nmod")) and c.dep_ != "obl:agent" and c.lemma_.lower() in cues.accident_nouns
               for c in children_of(trigger))


def _carried_passive(trigger: Token, reader: ArgumentReader) -> bool:
    """"sanctions were imposed on X": an event noun, subject of its light verb's passive
    with no agent ("des tirs ont été signalés" is only reported: no light verb)."""
    return trigger.dep_ == "nsubj:pass" and trigger.head.lemma_.lower() in reader.grammar.carriers \
        and "obl:agent" not in {c.dep_ for c in children_of(trigger.head)}


def _agentless_passive(trigger: Token, participants: Participants, intention_governors: frozenset[str]) -> bool:
    """A clause in the passive with no agent phrase ("was accused of", "ont été levées"):
    the sentence states the act and leaves its doer unsaid. The trigger must be the
    passive participle itself with its auxiliary: a bare participle describes a noun
    ("un homme accusé d'espionnage", "a man accused of spying") or titles a headline,
    and an infinitive under a passive is another act; a participle of will before an
    infinitive ("le ministre est décidé à rencontrer les victimes") is its subject's
    state of mind, no act done to it."""
    deps = {c.dep_ for c in children_of(trigger)}
    if trigger.lemma_.lower() in intention_governors and "xcomp" in deps:
        return False
    return participants.passive and trigger.pos_ in ("VERB", "AUX") and "obl:agent" not in deps and "aux:pass" in deps


def _weapon(noun: Token, cues: AgentlessCues, reader: ArgumentReader, finder: TriggerFinder) -> bool:
    """A noun naming a weapon ("bomb", "mine"), or an attack the lexicon reads as one in
    this sentence ("airstrike", "embuscade"; not "a gas explosion at a factory"); never
    an actor ("un colon a agressé" has a doer all the same)."""
    if reader.actors_at(noun):
        return False
    if noun.lemma_.lower() in cues.weapon_nouns:
        return True
    return noun.i in reader.triggers and finder.event_type_of(noun) in cues.types


def _impact_objects(trigger: Token, cues: AgentlessCues, reader: ArgumentReader) -> list[Mention]:
    """Who an event noun's impact verb struck: "un attentat-suicide a visé des policiers"."""
    verbs = [trigger.head] if trigger.dep_ in IMPACT_SUBJECTS else []
    verbs += [c for c in children_of(trigger) if c.dep_ in CLAUSE_DEPS]
    for verb in verbs:
        if verb.lemma_.lower() in cues.impact_verbs:
            found = reader.slots(verb, ("obj",))  # with the objects the parse hangs on a weekday
            if found:
                return found
    return []


def _toll(trigger: Token, cues: AgentlessCues) -> bool:
    """Whether the clause gives a toll ("faisant au moins dix morts", "a fait 130
    morts", "left 12 dead"): people killed, the civilians of the place."""
    top = trigger
    while top.head.i != top.i and top.dep_ not in ("ccomp", "parataxis"):
        top = top.head
    return any(t.lemma_.lower() in cues.casualty_nouns and _toll_of_impact(t, cues) for t in top.subtree)


def _toll_of_impact(noun: Token, cues: AgentlessCues) -> bool:
    """"a fait 12 morts", "a fait des centaines de morts", "left 12 dead": the dead are
    the impact verb's object (or its object's complement), or the count that is."""
    for holder in (noun, noun.head):
        if holder.dep_ in ("obj", "oprd", "xcomp") and holder.head.lemma_.lower() in cues.impact_verbs:
            return True
    return False

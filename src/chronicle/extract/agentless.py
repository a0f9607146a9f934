"""Violent events stated without their doer, and the doer an attribution names.

Wire copy states most attacks by their victims or their toll: "Trois soldats ont
été tués dans une embuscade", "des civils ont péri dans des frappes", "l'attentat
a fait douze morts", "une bombe a explosé". GUIDELINES codes such an event with an
unknown source (a null country) and the victims as its target; when the sentence
names the doer through a claim or an attribution ("revendiquée par l'Etat
islamique", "attribué à des bandits armés"), that actor is the source. The cues
are the pack's (``grammar.agentless``); this module only reads the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.extract.arguments import ArgumentReader, Participants
from chronicle.extract.mentions import Mention
from chronicle.packs import AgentlessCues, Frame, Trigger

OBLIQUES = ("obl", "obl:mod", "obl:arg", "nmod")  # "ont péri dans des frappes"
SUBJECTS = ("nsubj", "nsubj:pass")
IMPACT_SUBJECTS = ("nsubj",)  # "l'attentat a fait 12 morts": the event noun does what the verb says
CLAUSE_DEPS = ("acl", "acl:relcl")  # "l'attentat qui a fait cent morts", "l'attaque, revendiquée par X"
ATTRIBUTION_DEPS = CLAUSE_DEPS + ("advcl",)  # "a fait 150 morts, imputée à des soldats"


def read_agentless(trigger: Token, event_type: str, frame: Frame, participants: Participants,
                   reader: ArgumentReader, cues: AgentlessCues | None) -> None:
    """Complete the participants of a violent event stated without its doer: the
    victims a victim verb names become targets, an attribution names the source, and
    an event left with no source is marked as done by someone unknown."""
    if cues is None or event_type not in cues.types:
        return
    victims = _victims(trigger, cues, reader)
    if victims:
        starts = {v.start for v in victims}
        own = tuple(slot for slot in frame.source if not slot.startswith("governor"))
        participants.sources = [m for m in reader.slots(trigger, own) if m.start not in starts]
        taken = starts | {m.start for m in participants.sources}
        participants.targets = victims + [m for m in participants.targets if m.start not in taken]
    doers = _attributed(trigger, cues, reader)
    if doers:
        # "le massacre de 200 civils a été attribué au gang": what the frame read as the
        # doer (the attribution's subject phrase) is the victim
        starts = {m.start for m in doers}
        if not participants.targets:
            participants.targets = [m for m in participants.sources if m.start not in starts]
        participants.sources = doers
        participants.targets = [m for m in participants.targets if m.start not in starts]
    elif not participants.sources:
        if not (victims or _without_doer(trigger, participants, cues, reader)):
            return
        if not participants.targets:
            participants.targets = _impact_objects(trigger, cues, reader)
        participants.unknown_source = True
    # "des frappes israéliennes ont fait des centaines de morts": the dead are the place's civilians
    participants.casualties = not participants.targets and _toll(trigger, cues)


def read_struck_place(trigger: Token, entry: Trigger, participants: Participants, cues: AgentlessCues | None) -> None:
    """The phrase naming the place a violent act strikes when it names no actor ("a
    tiré des missiles sur Odessa", "sur la région de Belgorod", "a bombardé un marché
    de Nyala"): the assembly makes that place's country (or its civilians) the
    target, which makes a launch an ASSAULT."""
    if cues is None or participants.targets or not _violent(entry, cues):
        return
    objects = [c for c in trigger.children if c.dep_ in ("obj", "nsubj:pass")]
    for noun in objects:
        if noun.lemma_.lower() in cues.struck_nouns:
            participants.struck = (noun.left_edge.i, noun.right_edge.i + 1)
            participants.struck_civilians = True
            return
    for holder in [trigger, *objects]:
        for child in holder.children:
            introducer = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
            if child.dep_.startswith(("obl", "nmod")) and introducer in cues.strike_prepositions:
                participants.struck = (child.left_edge.i, child.right_edge.i + 1)
                participants.struck_civilians = child.lemma_.lower() in cues.struck_nouns
                return


def _violent(entry: Trigger, cues: AgentlessCues) -> bool:
    """A trigger of a violent type, or one that becomes violent once aimed at someone."""
    return entry.type in cues.types or any(a.when_targeted and a.type in cues.types for a in entry.alternatives)


def _victims(trigger: Token, cues: AgentlessCues, reader: ArgumentReader) -> list[Mention]:
    """The subject of a victim verb an event noun hangs on: "des civils ont péri dans
    des frappes russes" (the civilians are the victims, not the doers)."""
    head = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in OBLIQUES or head.i == trigger.i:
        return []
    if head.lemma_.lower() not in cues.victim_verbs:
        return []
    return reader.actors_at(head, SUBJECTS)


def _attributed(trigger: Token, cues: AgentlessCues, reader: ArgumentReader) -> list[Mention]:
    """The doer a claim or an attribution names: "l'attaque, revendiquée par l'Etat
    islamique", "l'enlèvement a été attribué à des bandits", "imputée à l'armée". The
    verb hangs on the event (or on its phrase, where the parse attaches it lower), or
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
            introducer = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
            if _same_preposition(introducer, preposition):
                found = reader.actors_at(child)
                if found:
                    return found
    return []


def _same_preposition(introducer: str | None, preposition: str) -> bool:
    """"au gang", "aux soldats": the contracted forms of "à"."""
    if introducer is None:
        return False
    return introducer == preposition or (preposition == "à" and introducer in ("au", "aux"))


def _without_doer(trigger: Token, participants: Participants, cues: AgentlessCues, reader: ArgumentReader) -> bool:
    """Whether the sentence states the event with no doer at all: a passive with no
    agent, a headline participle ("deux casques bleus tués"), a weapon as subject
    ("une mine a tué deux soldats"), an event noun as subject of its impact
    ("l'attaque a fait 12 morts", "qui a fait cent morts")."""
    if trigger.pos_ in ("VERB", "AUX"):
        if participants.passive:
            return True
        if trigger.dep_ == "acl" and "Part" in trigger.morph.get("VerbForm") and trigger.head.pos_ == "NOUN":
            if not participants.targets:
                participants.targets = reader.actors_at(trigger.head)
            return bool(participants.targets)
        # "une mine a tué deux soldats": a weapon does what the impact verb says; a
        # person no actor names ("un colon a agressé") is a doer all the same
        subjects = [c for c in trigger.children if c.dep_ in SUBJECTS]
        impact = trigger.lemma_.lower() in cues.impact_verbs
        return impact and bool(subjects) and not any(reader.actors_at(s) for s in subjects)
    if trigger.dep_ in IMPACT_SUBJECTS and trigger.head.lemma_.lower() in cues.impact_verbs:
        return True
    return any(c.dep_ in CLAUSE_DEPS and c.lemma_.lower() in cues.impact_verbs for c in trigger.children)


def _impact_objects(trigger: Token, cues: AgentlessCues, reader: ArgumentReader) -> list[Mention]:
    """Who an event noun's impact verb struck: "un attentat-suicide a visé des policiers"."""
    verbs = [trigger.head] if trigger.dep_ in IMPACT_SUBJECTS else []
    verbs += [c for c in trigger.children if c.dep_ in CLAUSE_DEPS]
    for verb in verbs:
        if verb.lemma_.lower() in cues.impact_verbs:
            found = reader.slots(verb, ("obj",))  # with the objects the parse hangs on a weekday
            if found:
                return found
    return []


def _toll(trigger: Token, cues: AgentlessCues) -> bool:
    """Whether the clause gives a toll ("faisant au moins dix morts", "a fait 130
    morts"): people killed, the civilians of the place."""
    top = trigger
    while top.head.i != top.i and top.dep_ not in ("ccomp", "parataxis"):
        top = top.head
    return any(t.lemma_.lower() in cues.casualty_nouns and _toll_of_impact(t, cues) for t in top.subtree)


def _toll_of_impact(noun: Token, cues: AgentlessCues) -> bool:
    """"a fait 12 morts", "a fait des centaines de morts": the dead are the impact verb's
    object, or the count that is."""
    for holder in (noun, noun.head):
        if holder.dep_ == "obj" and holder.head.lemma_.lower() in cues.impact_verbs:
            return True
    return False

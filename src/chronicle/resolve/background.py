"""Past acts told to say who a party is: background, not the article's events.

"Kenya, which deployed police officers to Haiti last year, announced ..." and "le
Rwanda, qui a envoyé des troupes au Mozambique en 2021, a signé ..." describe a
party by something it did long before; "officers deployed to Haiti in 2022 came
under fire" names the officers by their deployment. The gold guidelines do not
require such acts (GUIDELINES.md, What to code: "background sentences about events
more than ~1 year before publication" are coded `required: false`), so the coder
leaves them out when the describing clause says so by its own time: a date whose
period began more than a year before publication ("last year", "in 2021"), a
"since" date, or a pack's background word ("earlier", "previously", "auparavant").
A describing clause with no time of its own, or one dated within the year ("which
expelled two diplomats on Monday", "deployed in June"), stays an event, as the
guidelines require.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta

from spacy.tokens import Token

from chronicle.extract.wordtable import children_of, morph_values, sentence_bounds
from chronicle.model import PartialDate
from chronicle.resolve.dates import DateMention

# clauses that describe a noun: relative clauses, and participles hung on the noun
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
PARTICIPLE_DEPS = frozenset({"acl"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# a noun or preposition that completes its verb: object, oblique, prepositional phrase
OBJECT_DEPS = frozenset({"obj", "dobj", "obl", "prep", "pobj", "iobj", "dative"})
# GUIDELINES: background "more than ~1 year before publication"; a period counts
# from its first day ("last year" in a November story began some 22 months before)
STALE_AFTER = timedelta(days=365)
# a "since" date that began this close to publication starts an act the story reports
# ("depuis lundi", "depuis deux semaines"), not a lasting state that describes a party
RECENT_SINCE = timedelta(days=31)


def describing_clause(trigger: Token) -> Token | None:
    """The head of the clause that describes a noun, when the trigger heads one: a
    relative clause ("Kenya, which deployed ...") or a participle hung on its noun
    ("officers deployed to Haiti", "les soldats déployés au Mali"). An event noun is
    told by the clause of the verb it is the object of ("Ethiopia, which signed a port
    deal with Somaliland earlier this year": the deal is the clause's act)."""
    if trigger.pos_ == "NOUN":
        verb = _governing_verb(trigger)
        return describing_clause(verb) if verb is not None else None
    if trigger.pos_ not in ("VERB", "AUX") or trigger.head.i == trigger.i or trigger.head.pos_ not in NOMINAL_POS:
        return None
    if trigger.dep_ in RELATIVE_DEPS:
        return trigger
    if trigger.dep_ in PARTICIPLE_DEPS and "Part" in morph_values(trigger, "VerbForm") and "Pres" not in morph_values(trigger, "Tense"):
        return trigger
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through its preposition ("signed a
    deal", "took part in talks"), or None."""
    token = noun
    for _ in range(2):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head if token.dep_ in OBJECT_DEPS else None
        if head.pos_ != "ADP":
            return None
        token = head
    return None


def background_reason(trigger: Token, dates: Iterable[DateMention], published: PartialDate | None,
                      marks: frozenset[str], perfects: frozenset[str] = frozenset(),
                      below: Callable[[DateMention], bool] = lambda mention: False) -> str | None:  # fmt: skip
    """Why the trigger's act is background (see the module docstring), or None.
    ``dates`` carry offsets relative to the trigger's sentence; ``perfects`` are the
    auxiliaries of a past perfect, which date an undated relative clause before the story;
    ``below`` tells a date of a clause under the trigger that describes a noun of its own
    ("à qui il a demandé de lever l'embargo imposé depuis 2023": the embargo's time, not the
    demand's), which is no time of the describing clause."""
    clause = describing_clause(trigger)
    if clause is None:
        return _stale_event_noun(trigger, dates, published) or _stale_past_act(trigger, dates, published)
    sentence_start = trigger.doc[sentence_bounds(trigger)[0]].idx
    first, last = clause.left_edge.idx - sentence_start, clause.right_edge.idx + len(clause.right_edge) - sentence_start
    own = [m for m in dates if m.value is not None and first <= m.start and m.end <= last and not below(m)]
    for mention in own:
        if (mention.relation == "since" and not _recent_start(mention, published)) or marks & set(mention.text.lower().split()):  # "since 2023", "earlier this year"
            return f"a past act describing a party ({mention.text!r})"
        if published is not None and mention.value.anchor() < published.anchor() - STALE_AFTER:
            return f"a past act describing a party ({mention.text!r}, before {published.iso()})"
    if own:
        return None  # "which met earlier on Tuesday": dated, and recent
    word = next((t for t in clause.subtree if t.lower_ in marks), None)
    if word is None and clause.dep_ in RELATIVE_DEPS:
        # "priests who had criticised Ortega", "activists who had travelled to observe the
        # trial": the past perfect sets the act before the story's time, to say who they are
        word = next((c for c in children_of(clause) if c.dep_.startswith("aux") and c.lower_ in perfects), None)
    return f"a past act describing a party ({word.text!r})" if word is not None else None


def _recent_start(mention: DateMention, published: PartialDate | None) -> bool:
    """Whether a "since" date began within a month of publication: "les transporteurs, qui
    bloquaient depuis lundi le pont", "qui observaient depuis deux semaines une grève" tell
    an act still going on that the story reports, not a state that says who the party is
    ("le Mali, dirigé depuis 2020 par une junte", "the embargo imposed since June")."""
    if published is None or mention.value is None:
        return False
    return mention.value.anchor() >= published.anchor() - RECENT_SINCE


def stale_date(mention: DateMention, published: PartialDate | None) -> str | None:
    """Why an event dated by ``mention`` is background, or None: the period the date
    names ended more than a year before publication ("the UAE and Qatar restored ties in
    2021 after a three-year boycott imposed by Saudi Arabia": the boycott takes its
    clause's 2021; "clashes along the border killed about 100 people in September 2022"
    in a 2026 story), whatever clause or noun tells the event. The gold guidelines code
    such events `required: false` at most (GUIDELINES.md, What to code: "background
    sentences about events more than ~1 year before publication"), so one coded anyway
    can only count against the coder. A "since" date tells a state still going on, and
    stays (as in background_reason)."""
    if published is None or mention.value is None or mention.relation == "since":
        return None
    if _ended_long_before(mention, published):
        return f"dated long before the story ({mention.text!r}, before {published.iso()})"
    return None


def _ended_long_before(mention: DateMention, published: PartialDate) -> bool:
    """Whether the period a resolved date names ended more than a year before publication:
    "in 2020" in a 2025 story, not "last year" in a November one."""
    return mention.value is not None and mention.value.last_day() < published.anchor() - STALE_AFTER


def _stale_event_noun(trigger: Token, dates: Iterable[DateMention], published: PartialDate | None) -> str | None:
    """Why an event named by a noun dated in its own phrase more than a year before
    publication is background, or None: "lors de sa visite à Pékin en 2019, le président
    avait évoqué ...", "le sommet de 2018 à Singapour" name a past event to frame what
    is told (GUIDELINES: background more than ~1 year before publication)."""
    if trigger.pos_ != "NOUN" or published is None:
        return None
    # "lors de sa visite ... en 2019": the parse hangs the date on the adverb that introduces the noun
    phrase = trigger.head if trigger.head.pos_ in ("ADV", "ADP") and trigger.head.i != trigger.i else trigger
    sentence_start = trigger.doc[sentence_bounds(trigger)[0]].idx
    first = phrase.left_edge.idx - sentence_start
    last = phrase.right_edge.idx + len(phrase.right_edge) - sentence_start
    for mention in dates:
        if mention.value is not None and first <= mention.start and mention.end <= last and mention.relation != "since" \
                and mention.value.anchor() < published.anchor() - STALE_AFTER:
            return f"a past event named by its noun ({mention.text!r}, before {published.iso()})"
    return None


# children that head a clause of their own, whose dates are not the trigger's
OTHER_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "acl:relcl", "conj", "parataxis", "csubj"})


def _stale_past_act(trigger: Token, dates: Iterable[DateMention], published: PartialDate | None) -> str | None:
    """Why an act told in the past tense and dated in its own clause more than a year
    before publication is background, or None: "Mali's army seized power in coups in
    2020", "he was abducted in Dubai in 2020", "Russia annexed Crimea in 2014" recall
    what happened long before the story (GUIDELINES: background more than ~1 year before
    publication). The period must have ended over a year before ("last year" in a
    November story may be weeks ago); a "since" date tells a state still going on, and
    stays. A verb coordinated with a dated one, or a participle clause hung on it, takes
    its date (_takes_time_of_head)."""
    if published is None or trigger.pos_ not in ("VERB", "AUX"):
        return None
    verb, own = trigger, _own_dates(trigger, dates)
    if not own and _takes_time_of_head(trigger):
        verb, own = trigger.head, _own_dates(trigger.head, dates)
    if "Past" not in morph_values(verb, "Tense"):
        return None
    for mention in own:
        # a main clause tells the story's events unless its date ended over a year before
        if _ended_long_before(mention, published):
            return f"a past act dated long before the story ({mention.text!r}, before {published.iso()})"
    return None


def _takes_time_of_head(verb: Token) -> bool:
    """A verb told in the time of the verb it hangs on: a coordinated one ("was abducted
    in Dubai in 2020 and taken to Iran") or a participle clause ("attacked Israel on
    Oct. 7, 2023, killing 1,200 people")."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and bool({"Ger", "Part"} & set(morph_values(verb, "VerbForm"))))


def _own_dates(verb: Token, dates: Iterable[DateMention]) -> list[DateMention]:
    """The resolved dates said in the verb's own clause, but "since" dates (a state still going on)."""
    dated = [m for m in dates if m.value is not None and m.relation != "since"]
    if not dated:
        return []  # most sentences: no such date, and no clause to walk for one
    sentence_start = verb.doc[sentence_bounds(verb)[0]].idx
    spans = [(t.idx - sentence_start, t.idx + len(t) - sentence_start) for t in _own_clause(verb)]
    return [m for m in dated if any(a <= m.start < b or m.start <= a < m.end for a, b in spans)]  # fmt: skip


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger's clause: its subtree without the clauses hung on it."""
    tokens, stack = [], [trigger]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in children_of(token) if not (c.dep_ in OTHER_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")))
    return tokens

"""Convert PETRARCH2's CAMEO verb dictionary into the English pack's triggers.

Usage::

    python -m chronicle.packs.petrarch CAMEO.2.0.txt -o src/chronicle/packs/en/triggers/petrarch-verbs.yaml

The input is ``CAMEO.2.0.txt`` of PETRARCH2 (Open Event Data Alliance, MIT
licence, repository openeventdata/petrarch2, ``petrarch2/data/dictionaries``).
Its format is the one PETRARCH2's reader (``PETRreader.read_verb_dictionary``)
and its documentation (``docs/source/dictionaries.rst``) define; this module is
an independent reader of that format:

* synonym sets: ``&NAME`` followed by ``+WORD`` lines; ``_`` joins the words of
  a multi-word member, a trailing ``_`` only stops plurals (which matching by
  lemma makes unnecessary here);
* verb blocks: ``--- NAME [CODE] ---``, then verb lines ``WORD {FORMS} [CODE]``:
  ``{...}`` lists every inflected form (none is generated then), otherwise the
  regular ``-s``, ``-ed``, ``-ing`` forms are generated with PETRARCH2's
  spelling rules; ``+ASK_FOR {+ASKED_FOR ...}`` is a multi-word verb whose
  ``+`` word is the verb; a verb's own ``[CODE]`` overrides the block's;
* patterns: ``- BEFORE * AFTER [CODE] # VERB``: ``*`` is the verb, words
  before it belong to its subject side, words after it are nouns (``{A B}`` a
  noun phrase, ``(P ...)`` a prepositional phrase) the verb must govern;
  ``&SET`` a synonym set; ``$`` marks the source, ``+`` the target, ``^`` a
  skipped word, ``%`` a compound actor; ``[A:B]`` gives the code of the active
  reading A and of the passive reading B (PETRARCH2's ``convert_code``): A is
  used, or B when A is empty (the subject undergoes the event); ``[---]`` is
  no event. The comment names the verb the pattern came from.

What the English pack receives (one trigger per verb and pattern):

* ``lemma``: the verb, lower-case, and ``synonyms``, the other verbs of its
  block; ``forms``: each verb's inflections (on the block's first entry), so a
  form the lemmatiser leaves unreduced still finds its verb;
* ``pattern`` / ``pattern_before``: the pattern's words after / before the
  verb, in order, each item ``"a|b|c d"`` (alternatives, a synonym set
  expanded; words of one alternative all required); articles and role marks
  are dropped;
* ``type``, ``mode``, ``cameo``: the CAMEO code mapped to PLOVER by the
  project's table (``ontology/data/CAMEO2PLOVER-2021.txt``), see
  ``plover_for``; ``frame``: the English pack's frame for the code's family
  (``FRAMES``), or ``undergo`` when the subject is the target;
* ``petrarch``: the code as the dictionary writes it; ``source``: the block,
  pattern, code and line it came from.

Source and target: the frame of the code's family says where each is (the
subject acts on the object, on a "to"/"against" phrase, calls on an "on"
phrase...). A ``+`` before the verb, or a code with only a passive reading
(``[:173]``, "faced trial"), makes the subject the target: frame ``undergo``,
whose source is the "by"/"from" phrase. ``$`` and ``+`` after the verb mark
the object or phrase that the family's frame already reads, so they only
drop out of the required words.

Which entry wins when hand-written and converted entries of a lemma clash is
decided by the matcher (``chronicle.extract.triggers.TriggerFinder``): the
hand-written entry, unless a converted pattern of the same type fits, which
then only refines its CAMEO code.

Precision policy (PETRARCH2's patterns were written for a coder that needs a
dyad from a full parse): families and codes dropped as a class are listed in
``DROPPED_DEFAULTS`` and ``DROPPED_CODES`` with their reason, patterns dropped
as a class by their words (a bare preposition, the subject's kind only, a topic
noun only, the armed-forces set only under a code of cooperation or aid) by a
``*_REASON`` constant each, and the conversion report counts every entry
dropped and why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronicle.errors import KnowledgeError
from chronicle.ontology import load_ontology
from chronicle.ontology.cameo import CameoTable, read_cameo_table

DICTIONARY_NAME = "PETRARCH2 CAMEO.2.0"
ARTICLES = frozenset({"a", "an", "the"})
ROLE_MARKS = frozenset({"$", "+", "^", "%"})

# Frames of the English pack by CAMEO code prefix, longest prefix first: the
# family decides where the source and target are ("visit X", "call on X",
# "attack X", "protest against X").
FRAMES: tuple[tuple[str, str], ...] = (
    ("041", "meet"),
    ("042", "visit"),
    ("043", "host"),
    ("045", "mediate"),
    ("046", "talk"),
    ("04", "meet"),
    ("050", "meet"),
    ("057", "meet"),
    ("060", "meet"),  # "cooperate with X"; the other 06x codes are directed: "extradited him to X", "sold arms to X"
    ("10", "request"),
    ("14", "protest"),
    ("15", "deploy"),
    ("18", "attack"),
    ("19", "attack"),
    ("20", "attack"),
)
DEFAULT_FRAME = "act_on"
UNDERGO_FRAME = "undergo"

# CAMEO 02x ("appeal for ...") has no row in CAMEO2PLOVER; GUIDELINES codes
# appeals as REQUEST, and CAMEO's 02x tree mirrors its 10x tree digit for
# digit (0211 appeal for economic cooperation / 1011 demand it, 026 appeal to
# meet / 106 demand a meeting), so a 02x code is coded as the 10x code of the
# same suffix.
APPEAL_PREFIX, DEMAND_PREFIX = "02", "10"

# Codes whose table row disagrees with GUIDELINES: (type, mode, reason). Their
# CAMEO code is not kept (the table would refuse it for the type).
TYPE_OVERRIDES: dict[str, tuple[str, str | None, str]] = {
    "163": ("SANCTION", "discontinue", "CAMEO 163 (impose embargo, boycott or sanctions) is COERCE in CAMEO2PLOVER-2021 but SANCTION in GUIDELINES ('Sanctions, expulsions, breaking off talks: SANCTION')"),
}

# Codes dropped as a class, with the reason.
DROPPED_CODES: dict[str, str] = {
    "01": "CAMEO 01x (make a public statement): PLOVER codes no event for statements (no CAMEO2PLOVER row)",
}

# A bare verb (the block's or the verb's own code, with no pattern) is an event
# on its own only for the verbs below, reviewed one by one: each names its
# event by itself in news copy ("arrested", "condemned", "kidnapped"). Every
# other default is dropped as a class, and the report counts them: PETRARCH2's
# blocks are synonym sets from WordNet whose default code fires on ordinary
# prose ("give", "add", "issue", "provide" are GRANT [060]; "consider",
# "think", "go", "leave" are CONSULT [040]; "face", "encounter" MEET [040];
# "die", "beat", "match" ASSAULT [190]; "hope", "suggest" REQUEST [020];
# "expect", "plan", "prepare", "seek" intent [030], which the pack reads as
# modality instead; "claim", "allege", "express" ACCUSE [110]). Their patterns
# (the verb with the words that make it an event) are kept.
DEFAULT_DROP_REASON = "generic or many-sense verb: its default code fires on ordinary prose (not in KEPT_DEFAULTS)"
KEPT_DEFAULTS: frozenset[str] = frozenset("""
request petition interrogate airlift defy spurn resign rescind breach
confer consult converse appeal implore plead beg telephone visit host broker
endorse acclaim applaud commend compliment congratulate extol hail praise salute laud thank
apologise apologize forgive extradite rescue pardon absolve acquit exonerate exculpate
decriminalise decriminalize legalise legalize capitulate cede concede relinquish surrender renounce
investigate demand exhort entreat adjure decry disapprove snub rebuff complain protest
denigrate impugn malign slander belittle admonish berate castigate censure chastise chide
criticise criticize denounce deride disparage lambaste rebuke reprimand reproach ridicule scold
cane flog deplore abhor jeer scoff pillory accuse blame condemn convict indict overrule
threaten warn demonstrate march riot mobilise mobilize overfly patrol blacklist secede sabotage
incarcerate detain imprison jail blockade embargo boycott ostracise ostracize penalize punish
crackdown quell repress vandalise vandalize apprehend arrest nab nationalise nationalize
commandeer hijack annex confiscate ban criminalise criminalize outlaw prohibit proscribe veto
censor sentence prosecute re-arrest rearrest sue banish deport evict exile expel mistreat
wound injure rampage terrorize overthrow abduct kidnap rape torture stab assassinate ambush
annihilate bombard decimate raze ravage demolish bomb dynamite shell snipe behead decapitate
kill murder slay strangle assail assault attack blitz clash skirmish strike bludgeon pummel
raid pillage plunder ransack loot shoot besiege invade occupy overrun recapture butcher
massacre slaughter torch fire pelt retaliate
suppress snatch usurp forbid illegalise illegalize interdict repel repulse encircle muster marshal waive
""".split()) | frozenset("""
ask for|call off|meet with|side with|set free|back down|pull back|give in|dress down|lash out|call up
crack down|cordon off|take over|boot out|kick out|wipe out|blow up|gun down|shoot down|fight back|wage war
""".replace("\n", "|").strip("|").split("|"))  # multi-word verbs: "verb particle"

# Patterns dropped as a class:
BARE_PREPOSITION_REASON = (
    "its only word is a preposition ('- * (TO) [042:043]' under OVERSEE_MANAGE makes 'led to chaos' a visit): "
    "a preposition alone does not make an ordinary verb an event")
STATEMENT_BLOCK_REASON = (
    "a pattern of a statement block (default 01x: SAY, ANNOUNCE, EXPRESS...): the pack codes the event a "
    "statement reports from the verb of its complement, and PETRARCH2's statement patterns match words "
    "anywhere in what is said ('said ... measures' [130])")


# Blocks whose patterns are dropped as a class, with the reason.
DROPPED_PATTERN_BLOCKS: dict[str, str] = {
    "ENDURE": "a stance, not an act: ENDURE's patterns code 'remained committed', 'remained opposed', "
              "'remained defiant' (a copula and an adjective), which PLOVER does not code as events",
}
SUBJECT_ONLY_REASON = (
    "it requires words on the subject's side only ('- &WEAPON * [190]' under FELL, '- &MILITARY * [190]' under "
    "ADVANCE): the kind of subject does not make a generic verb an event ('the missile fell short of the island', "
    "'soldiers were seen advancing')")
CATCH_ALL_CODES = frozenset({"030", "050"})
CATCH_ALL_REASON = (
    "coded 030 or 050, the catch-all roots of verbal cooperation: PETRARCH2 gives them to cooperative talk "
    "('improve relations', 'mend ties', 'restore ties'), where PLOVER codes an agreement or support only when "
    "one is stated")


# Patterns whose only word is a topic noun, which names no act: "resolve the
# issue" (COMPROMISE - * ISSUE [082]), "monitor the situation" (OVERSEE_MANAGE
# - * SITUATION [092]), "raise the issue" [110], "review the issues" [040] code
# talk about any subject as an event.
TOPIC_NOUNS = frozenset({"issue", "issues", "matter", "matters", "question", "questions", "situation", "problem",
                         "problems", "subject", "topic", "topics"})
TOPIC_ONLY_REASON = (
    "its only word is a topic noun ('resolve the issue' [082], 'monitor the situation' [092]): the topic names "
    "no act")

# Patterns whose only word is the armed-forces set with a code of cooperation or
# aid: "sent troops" is SEND - * &MILITARY [062], [072:086] and [072] besides
# [154] (DEPLOY). Forces sent say a deployment, which the pack codes MOBILIZE
# ('send forces', GUIDELINES), not whether they cooperate with or help another.
FORCES_SET = "&MILITARY"
FORCES_CODE_ROOTS = ("06", "07")
FORCES_ONLY_REASON = (
    "its only word is the armed-forces set (&MILITARY) and its code is cooperation or aid (06x, 07x): 'sent "
    "troops' is a deployment (MOBILIZE), whatever the forces go to do")


# Patterns whose only word is an adverb of going on: "pushed ahead" is DEMAND -
# * AHEAD [170] (coerce), but pressing ahead with a plan coerces nobody.
ONWARD_ADVERBS = frozenset({"ahead", "forward", "onward", "onwards"})
ONWARD_ONLY_REASON = "its only word is an adverb of going on ('pushed ahead' [170]): carrying on with a plan is no act on anyone"


def _only_words(pattern: Pattern, words: frozenset[str]) -> bool:
    """Whether every item of the pattern is a noun item whose alternatives are all among ``words``."""
    items = pattern.before + pattern.after
    return bool(items) and all(isinstance(item, str) and set(item.split("|")) <= words for item in items)


def _topic_only(pattern: Pattern) -> bool:
    return _only_words(pattern, TOPIC_NOUNS)


def _forces_only(pattern: Pattern, code: str, forces: str | None) -> bool:
    if forces is None or not code.startswith(FORCES_CODE_ROOTS) or pattern.before:
        return False
    nouns = [item for item in pattern.after if isinstance(item, str)]
    phrases = [item for item in pattern.after if not isinstance(item, str)]
    return nouns == [forces] and all(len(phrase) == 1 for phrase in phrases)


def _prepositions_only(pattern: Pattern) -> bool:
    items = pattern.before + pattern.after
    return all(isinstance(item, tuple) and len(item) == 1 for item in items)


# CONSULT's mode and CAMEO code (041 phone, 042 visit, 043 host, 044 third
# place) are decided by the assembly from the call, the place and the roles;
# an entry keeps only the codes that no mode can say: mediation and negotiation.
CONSULT_CODES_KEPT = frozenset({"045", "046"})


@dataclass(frozen=True)
class Verb:
    """One verb of a block: its lemma, inflections, particles of a multi-word verb, own code."""

    lemma: str
    forms: tuple[str, ...]
    particles: tuple[str, ...]
    code: str | None
    line: int


# A pattern item: a noun item "a|b c" (alternatives joined by '|', the words of
# one alternative all required), or a prepositional item: (preposition(s), noun
# items of its object...).
Item = str | tuple[str, ...]


@dataclass(frozen=True)
class Pattern:
    """One pattern of a block: required words before and after the verb, and its code."""

    before: tuple[Item, ...]
    after: tuple[Item, ...]
    code: str
    subject_is_target: bool  # '+' before the verb: the subject is acted upon
    text: str
    note: str
    line: int


@dataclass
class VerbBlock:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionary:
    synsets: dict[str, tuple[tuple[str, ...], ...]]
    blocks: list[VerbBlock]
    transformations: int = 0
    skipped: Counter = field(default_factory=Counter)


_BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s*---")
_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def read_verb_dictionary(path: Path) -> Dictionary:
    """Read a PETRARCH2 verb dictionary; KnowledgeError names the file and line of a bad one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    return parse_verb_dictionary(text, str(path))


def parse_verb_dictionary(text: str, name: str = "<dictionary>") -> Dictionary:
    """Parse the text of a PETRARCH2 verb dictionary (see the module docstring)."""
    synsets: dict[str, list[tuple[str, ...]]] = {}
    dictionary = Dictionary(synsets={}, blocks=[])
    current_set: str | None = None
    block: VerbBlock | None = None
    in_patterns = False
    raw_patterns: list[tuple[VerbBlock, str, str, int]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not line.strip() or line.startswith("#") or line.startswith("<!"):
            continue
        if line.startswith("---"):
            match = _BLOCK.match(line)
            if match is None:
                raise KnowledgeError(f"{name}, line {number}: a block header is '--- NAME [CODE] ---': {raw!r}")
            block = VerbBlock(match["name"], match["code"].strip(), number)
            dictionary.blocks.append(block)
            current_set = None
            continue
        if line.startswith("&") and not in_patterns:
            current_set = _strip_comment(line)[0].strip()
            synsets.setdefault(current_set, [])
            continue
        if line.startswith("+") and not in_patterns and current_set is not None:
            member = _strip_comment(line)[0].strip()[1:]
            words = tuple(w for w in member.replace("_", " ").lower().split())
            if words:
                synsets[current_set].append(words)
            continue
        if line.startswith("~"):
            dictionary.transformations += 1  # verb transformations recode reported speech: no trigger of their own
            continue
        if block is None:
            raise KnowledgeError(f"{name}, line {number}: a verb or pattern outside any '--- NAME [CODE] ---' block: {raw!r}")
        if line.startswith("-"):
            body, note = _strip_comment(line[1:])
            raw_patterns.append((block, body, note, number))
            continue
        verb = _parse_verb(line, name, number)
        if verb is not None:
            block.verbs.append(verb)
    dictionary.synsets = {key: tuple(value) for key, value in synsets.items()}
    for block, body, note, number in raw_patterns:
        if "*" not in body or _CODE.search(body) is None:
            dictionary.skipped["pattern without '*' or code"] += 1
            continue
        pattern = _parse_pattern(body, note, number, dictionary.synsets, name)
        if pattern is None:
            dictionary.skipped["pattern naming an undefined synonym set (PETRARCH2 ignores it)"] += 1
            continue
        block.patterns.append(pattern)
    return dictionary


def _parse_verb(line: str, name: str, number: int) -> Verb | None:
    body, _ = _strip_comment(line)
    code = None
    code_match = _CODE.search(body)
    if code_match is not None:
        code = code_match["code"].strip()
        body = body[: code_match.start()]
    explicit = None
    if "{" in body:
        head, _, rest = body.partition("{")
        explicit = rest.partition("}")[0].split()
        body = head
    words = body.split()
    if not words:
        return None
    if len(words) > 1:
        raise KnowledgeError(f"{name}, line {number}: a verb line is 'VERB {{FORMS}} [CODE]': {line!r}")
    verb, particles = _split_multiword(words[0])
    if explicit is None:
        forms = regular_forms(verb)
    else:
        forms = tuple(_split_multiword(form)[0] for form in explicit)
    lemma = verb.lower()
    return Verb(lemma, tuple(dict.fromkeys(f.lower() for f in forms if f.lower() != lemma)), particles, code or None, number)


def _split_multiword(word: str) -> tuple[str, tuple[str, ...]]:
    """'+ASK_FOR' -> ('ASK', ('for',)); 'WIRE_+TAP' -> ('TAP', ()) with the front word dropped
    (the parser's verb is the '+' word); a plain word -> (word, ())."""
    if "_" not in word:
        return word.lstrip("+"), ()
    parts = word.split("_")
    verb_index = next((i for i, part in enumerate(parts) if part.startswith("+")), 0)
    verb = parts[verb_index].lstrip("+")
    particles = tuple(p.lower() for p in parts[verb_index + 1 :] if p)
    return verb, particles


def regular_forms(stem: str) -> tuple[str, ...]:
    """The regular -s, -ed, -ing forms of a verb, by PETRARCH2's spelling rules, corrected
    so that the forms occur in text: only consonant + y gives -ies and -ied ("modifies",
    "modified", but "delays"; PETRARCH2 writes "modifyed", "delaies"), -sh and -ch take
    -es ("rushes"), and a final e drops before -ing after a vowel too ("arguing"),
    except in -ee, -oe, -ye ("freeing")."""
    upper = stem.upper()
    if upper.endswith(("S", "X", "Z", "SH", "CH")):
        third = upper + "ES"
    elif upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        third = upper[:-1] + "IES"
    else:
        third = upper + "S"
    if upper.endswith("E"):
        past = upper + "D"
    elif upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        past = upper[:-1] + "IED"  # PETRARCH2 writes "MODIFYED": corrected, or the form would never occur
    else:
        past = upper + "ED"
    if upper.endswith("E") and not upper.endswith(("EE", "OE", "YE")):
        gerund = upper[:-1] + "ING"
    else:
        gerund = upper + "ING"
    return (third, past, gerund)


def event_code(raw: str) -> tuple[str | None, bool]:
    """The code a pattern gives and whether its subject is the target: '042:043' -> ('042', False),
    ':173' -> ('173', True) (only a passive reading: the subject undergoes it), '---' -> (None, False)."""
    active, _, passive = raw.partition(":")
    active, passive = active.strip(), passive.strip()
    if active and active != "---":
        return active, False
    if passive and passive != "---":
        return passive, True
    return None, False


def _parse_pattern(body: str, note: str, number: int, synsets: dict[str, tuple[tuple[str, ...], ...]],
                   name: str) -> Pattern | None:
    code_match = _CODE.search(body)
    if code_match is None or "*" not in body:
        return None
    text = " ".join(body[: code_match.start()].split())
    before_text, _, after_text = text.partition("*")
    subject_is_target = "+" in before_text.split()
    before = _items(before_text, synsets, name, number)
    after = _items(after_text, synsets, name, number)
    if before is None or after is None:
        return None
    return Pattern(before, after, code_match["code"].strip(), subject_is_target, text, note, number)


def _items(segment: str, synsets: dict[str, tuple[tuple[str, ...], ...]], name: str, number: int) -> tuple[Item, ...] | None:
    """The required items of one side of a pattern, in order. A word or a synonym set is
    a noun item; ``(P ...)`` a prepositional item: a tuple whose first element is the
    preposition and the rest its object's noun items. ``{...}`` only groups the words of
    a noun phrase, each of which is required. None when a synonym set is undefined."""
    items: list[Item] = []
    phrase: list | None = None
    for raw in segment.replace("{", " ").replace("}", " ").replace("(", " ( ").replace(")", " ) ").split():
        if raw == "(":
            phrase = []
            continue
        if raw == ")":
            if phrase:
                items.append(tuple(phrase))
            phrase = None
            continue
        if raw in ROLE_MARKS:
            continue
        if raw.startswith("&"):
            members = synsets.get(raw.strip("+$^%"))
            if members is None:
                return None  # PETRARCH2 ignores a pattern naming an undefined set: it can never match
            item = "|".join(" ".join(words) for words in members)
        else:
            words = raw.lower().replace("_", " ").split()
            if len(words) == 1 and words[0] in ARTICLES:
                continue
            # "BY/WITH": PETRARCH2 has no alternation and never matches it; read as alternatives
            item = "|".join(words[0].split("/")) if len(words) == 1 else " ".join(words)
        if phrase is not None:
            phrase.append(item)
        else:
            items.append(item)
    if phrase:
        items.append(tuple(phrase))
    return tuple(items)


# ------------------------------------------------------------------ mapping to PLOVER


@dataclass(frozen=True)
class Coding:
    type: str
    mode: str | None
    cameo: str | None
    frame: str


def plover_for(code: str, table: CameoTable) -> Coding | str:
    """The PLOVER coding of a CAMEO code, or the reason it is dropped."""
    for prefix, reason in DROPPED_CODES.items():
        if code.startswith(prefix):
            return reason
    frame_code = code
    if code.startswith(APPEAL_PREFIX):
        code = DEMAND_PREFIX + code[len(APPEAL_PREFIX):]
        frame_code = code
    if code in TYPE_OVERRIDES:
        event_type, mode, _ = TYPE_OVERRIDES[code]
        return Coding(event_type, mode, None, _frame(frame_code))
    rows = table.rows_for(code)
    if not rows:
        return f"CAMEO code {code} has no row in CAMEO2PLOVER"
    row = rows[0]
    modes = load_ontology().modes(row.event_type)
    mode = row.mode if row.mode in modes else None  # a mode the 2021 table names but PLOVER 2.0 lacks ('ease')
    if row.event_type == "CONSULT" and code not in CONSULT_CODES_KEPT:
        return Coding(row.event_type, None, None, _frame(frame_code))
    return Coding(row.event_type, mode, code, _frame(frame_code))


def _frame(code: str) -> str:
    for prefix, frame in FRAMES:
        if code.startswith(prefix):
            return frame
    return DEFAULT_FRAME


# ------------------------------------------------------------------ conversion


@dataclass
class Conversion:
    triggers: list[dict]
    report: Counter


def convert(dictionary: Dictionary, table: CameoTable | None = None) -> Conversion:
    """The English pack's trigger entries for a parsed dictionary, with a report of what was dropped.

    A block's patterns hold for every verb of the block (PETRARCH2 stores them
    under the block): one entry per pattern, its ``lemma`` the block's first
    verb and ``synonyms`` the others. A multi-word verb ("+ASK_FOR") has its
    own entry, its particle as its pattern."""
    table = table or read_cameo_table()
    report: Counter = Counter()
    report.update({f"skipped: {why}": n for why, n in dictionary.skipped.items()})
    report["verb transformations (not triggers)"] = dictionary.transformations
    triggers: list[dict] = []
    seen: set[tuple] = set()
    members = dictionary.synsets.get(FORCES_SET)
    forces = "|".join(" ".join(words) for words in members) if members else None
    for block in dictionary.blocks:
        groups: dict[tuple[str, ...], list[Verb]] = {}
        for verb in block.verbs:
            groups.setdefault(verb.particles, []).append(verb)
        for particles, verbs in groups.items():
            forms = {v.lemma: list(v.forms) for v in verbs if v.forms}
            forms_given = False
            # defaults: verbs sharing the block's code form one entry; a verb with its own code its own
            by_code: dict[str, list[Verb]] = {}
            for verb in verbs:
                by_code.setdefault(verb.code or block.code, []).append(verb)
            for default, coded in by_code.items():
                code, undergoes = event_code(default)
                if code is None:
                    report["verb without code (no default event)"] += len(coded)
                    continue
                kept = [v for v in coded if " ".join((v.lemma, *v.particles)) in KEPT_DEFAULTS]
                if len(kept) < len(coded):
                    report[f"default dropped: {DEFAULT_DROP_REASON}"] += len(coded) - len(kept)
                coded = kept
                if not coded:
                    continue
                coding = plover_for(code, table)
                if isinstance(coding, str):
                    report[f"default dropped: {coding}"] += len(coded)
                    continue
                names = " ".join(v.lemma.upper() for v in coded)
                source = f"{DICTIONARY_NAME}: {block.name} [{block.code}], verbs {names} [{default}] (line {coded[0].line})"
                after = tuple((p,) for p in particles)  # a particle: a preposition with no object required
                if _add(triggers, seen, block.name, coded, (), after, coding, undergoes, default, source,
                        forms if not forms_given else {}, report):
                    forms_given = True
            if particles:
                # a multi-word verb ("+CALL_OFF") keeps its own code; the block's patterns,
                # each behind the particle, would repeat the block once per particle and
                # match next to nothing
                report["multi-word verb: block patterns not repeated behind its particle"] += len(block.patterns)
                continue
            if block.name in DROPPED_PATTERN_BLOCKS:
                report[f"pattern dropped: {DROPPED_PATTERN_BLOCKS[block.name]}"] += len(block.patterns)
                continue
            for pattern in block.patterns:
                code, undergoes = event_code(pattern.code)
                if code is None:
                    report["pattern with no code [---]"] += 1
                    continue
                coding = plover_for(code, table)
                if isinstance(coding, str):
                    report[f"pattern dropped: {coding}"] += 1
                    continue
                if not pattern.before and not pattern.after:
                    report["pattern with no words (same as the verb's default)"] += 1
                    continue
                if not pattern.after:
                    report[f"pattern dropped: {SUBJECT_ONLY_REASON}"] += 1
                    continue
                if _prepositions_only(pattern):
                    report[f"pattern dropped: {BARE_PREPOSITION_REASON}"] += 1
                    continue
                if code in CATCH_ALL_CODES:
                    report[f"pattern dropped: {CATCH_ALL_REASON}"] += 1
                    continue
                if _only_words(pattern, ONWARD_ADVERBS):
                    report[f"pattern dropped: {ONWARD_ONLY_REASON}"] += 1
                    continue
                if _topic_only(pattern):
                    report[f"pattern dropped: {TOPIC_ONLY_REASON}"] += 1
                    continue
                if _forces_only(pattern, code, forces):
                    report[f"pattern dropped: {FORCES_ONLY_REASON}"] += 1
                    continue
                statement = event_code(block.code)[0]
                if statement is not None and isinstance(plover_for(statement, table), str):
                    report[f"pattern dropped: {STATEMENT_BLOCK_REASON}"] += 1
                    continue
                after = pattern.after
                source = f"{DICTIONARY_NAME}: {block.name} - {pattern.text} [{pattern.code}]" + (
                    f" # {pattern.note}" if pattern.note else "") + f" (line {pattern.line})"
                if _add(triggers, seen, block.name, verbs, pattern.before, after, coding,
                        undergoes or pattern.subject_is_target, pattern.code, source,
                        forms if not forms_given else {}, report):
                    forms_given = True
    return Conversion(triggers, report)


def _add(triggers: list[dict], seen: set[tuple], block: str, verbs: list[Verb], before: tuple[Item, ...],
         after: tuple[Item, ...], coding: Coding, undergoes: bool, raw_code: str, source: str,
         forms: dict[str, list[str]], report: Counter) -> bool:
    pattern = after
    pattern_before = before
    frame = UNDERGO_FRAME if undergoes else coding.frame
    lemmas = tuple(v.lemma for v in verbs)
    key = (block, lemmas, pattern, pattern_before, coding.type, coding.cameo, frame)
    if key in seen:
        report["duplicate pattern (same block, words and code)"] += 1
        return False
    seen.add(key)
    entry: dict = {"lemma": lemmas[0]}
    if len(lemmas) > 1:
        entry["synonyms"] = list(lemmas[1:])
    entry["type"] = coding.type
    if coding.mode:
        entry["mode"] = coding.mode
    if coding.cameo:
        entry["cameo"] = coding.cameo
    entry["frame"] = frame
    if pattern:
        entry["pattern"] = [list(i) if isinstance(i, tuple) else i for i in pattern]
    if pattern_before:
        entry["pattern_before"] = [list(i) if isinstance(i, tuple) else i for i in pattern_before]
    if forms:
        entry["forms"] = forms
    entry["confidence"] = 0.6 if pattern or pattern_before else 0.55
    entry["petrarch"] = raw_code
    entry["source"] = source
    triggers.append(entry)
    report[f"converted: {coding.type}"] += 1
    return True


HEADER = """\
# English verb triggers converted from PETRARCH2's CAMEO verb dictionary
# (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence: see NOTICE at the
# repository root). Generated by `python -m chronicle.packs.petrarch`; do not
# edit by hand: change the converter's policy (chronicle/packs/petrarch.py) or
# add a hand-written entry to triggers.yaml, which wins over these at equal
# specificity (see chronicle/extract/triggers.py).
#
# Conversion report:
"""


def render(conversion: Conversion) -> str:
    """The YAML text of a conversion: a commented report, then one flow mapping per trigger.

    A block's verb list and a synonym set's expansion recur in every pattern of
    the block: each is written once with a YAML anchor (``&v1``) and referred
    to by alias (``*v1``) after, which keeps the file small and quick to load."""
    lines = [HEADER.rstrip("\n")]
    for key, count in sorted(conversion.report.items()):
        lines.append(f"#   {key}: {count}")
    lines.append("triggers:")
    anchors: dict[str, str] = {}
    for entry in conversion.triggers:
        fields = [f"{key}: {_flow(key, value, anchors)}" for key, value in entry.items()]
        lines.append("  - {" + ", ".join(fields) + "}")
    return "\n".join(lines) + "\n"


def _scalar(value: object) -> str:
    # JSON's string and number syntax is valid YAML flow syntax
    return json.dumps(value, ensure_ascii=False)


def _flow(key: str, value: object, anchors: dict[str, str]) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_scalar(k)}: {_flow('', v, anchors)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        items = [_flow("", v, anchors) if isinstance(v, list)
                 else _shared(_scalar(v), anchors, "s") if len(str(v)) > 40 else _scalar(v) for v in value]
        text = "[" + ", ".join(items) + "]"
        return _shared(text, anchors, "v") if key == "synonyms" and len(text) > 40 else text
    return _scalar(value)


def _shared(text: str, anchors: dict[str, str], prefix: str) -> str:
    """``text`` with an anchor the first time it is written, an alias after."""
    name = anchors.get(text)
    if name is not None:
        return f"*{name}"
    name = f"{prefix}{len(anchors) + 1}"
    anchors[text] = name
    return f"&{name} {text}"


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: convert a dictionary file into a trigger file."""
    parser = argparse.ArgumentParser(prog="python -m chronicle.packs.petrarch", description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", type=Path, help="PETRARCH2 verb dictionary (CAMEO.2.0.txt)")
    parser.add_argument("-o", "--output", type=Path, help="trigger YAML to write (default: stdout)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        conversion = convert(read_verb_dictionary(args.dictionary))
    except KnowledgeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = render(conversion)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"{args.output}: {len(conversion.triggers)} triggers", file=sys.stderr)
    for key, count in sorted(conversion.report.items()):
        print(f"  {key}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Find date expressions in news text and resolve them against the publication date.

The mechanism is language-neutral: every word and every pattern comes from the
language pack's ``dates.yaml`` (``DateVocabulary``). A pattern is a regular
expression with ``{placeholders}`` for the pack's word lists; its ``kind``
names the resolution rule in this module (``KINDS``). Resolution is
tense-aware and never more precise than both the text and the publication
date allow: "hier" in an article dated only "2019-02" is "2019-02".
"""

from __future__ import annotations

import calendar
import re
import re._casefix as _casefix  # type: ignore[import-not-found]  # the characters re.IGNORECASE folds beyond str.lower()
import re._parser as _parser  # type: ignore[import-not-found]  # to read which groups a pattern cannot match without
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from chronicle.errors import KnowledgeError, UnsupportedLanguage
from chronicle.model import PartialDate, Precision

Tense = Literal["past", "present", "future"]
Relation = Literal["at", "until", "since", "from", "between", "relative"]
Role = Literal["month", "weekday", "number", "vague", "unit", "deictic", "anaphoric", "shift", "daypart", "part"]
Kind = Literal["day_offset", "weekday", "date", "month", "year", "period", "quantity", "recent", "relative",
               "numeric", "dateline"]

# The slots (by role or built-in name) a pattern of each kind must offer. Each
# kind needs a digit or an ANCHOR_ROLES word, which the quick test in find() relies on.
KINDS: dict[str, tuple[frozenset[str], ...]] = {
    "day_offset": (frozenset({"deictic", "anaphoric"}),),
    "weekday": (frozenset({"weekday"}),),
    "date": (frozenset({"day"}), frozenset({"month"})),
    "month": (frozenset({"month"}),),
    "year": (frozenset({"year"}),),
    "period": (frozenset({"unit"}),),
    "quantity": (frozenset({"number", "digits", "vague"}), frozenset({"unit"})),
    "recent": (frozenset({"unit"}),),
    "relative": (frozenset({"unit"}),),
    "numeric": (frozenset({"day", "year"}),),
    "dateline": (frozenset({"day"}), frozenset({"month"})),
}

# Every kind needs one of these: a text with none of their words and no digit has no date.
ANCHOR_ROLES = frozenset({"month", "weekday", "deictic", "anaphoric", "unit"})

# Built-in placeholders: digits are the same in every language the packs cover.
BUILTINS = {
    "day": r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)",
    "year": r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)",
    "digits": r"(?<!\d)\d{1,3}(?!\d)",
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+?)(\d?)\}")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_FLAGS = re.IGNORECASE
# Typographic apostrophes become ASCII ones; one character for one keeps offsets.
_NORMALISE = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " "})
# What may separate a deictic word from the explicit date it glosses ("hier, le 18 septembre").
_GLOSS_GAP = re.compile(r"[\s,;:()\-\u2013\u2014]*")
_COARSENESS: dict[str, int] = {"day": 0, "month": 1, "year": 2}
# Characters whose case-insensitive matching str.lower() does not reproduce ("ſ" matches "s",
# "İ" matches "i"): a text holding one runs every pattern, so the word prefilter stays exact.
_FOLD_ODD = frozenset(chr(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v) if c > 127) | {"\u0130"}
_RECENT_TEXTS = 256  # how many texts' hits DateResolver keeps


def _norm(words: str) -> str:
    return " ".join(words.translate(_NORMALISE).lower().split())


def _normalised(text: str) -> str:
    """``text.translate(_NORMALISE)``, done as three replaces: str.translate looks every
    character up in a dict, about fifty times slower on a sentence that holds none."""
    return text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")


# ------------------------------------------------------------------ vocabulary


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordList(_Strict):
    """Written forms of one kind of date word, with what each means."""

    role: Role
    source: str = Field(min_length=1)
    entries: dict[str, int | str | None] = Field(min_length=1)
    match_case: bool = False  # written forms match only as capitalised ("May 27", not "may 27 times")

    @model_validator(mode="after")
    def _values_fit_role(self) -> "WordList":
        for word, value in self.entries.items():
            if not _value_fits(self.role, value):
                raise ValueError(f"entry {word!r}: value {value!r} does not fit role {self.role!r}")
        return self


def _value_fits(role: str, value: int | str | None) -> bool:
    if role in ("vague", "daypart", "part"):
        return value is None
    if role == "unit":
        return value in ("day", "week", "month", "year")
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    bounds = {"month": (1, 12), "weekday": (0, 6), "number": (1, 1000), "shift": (-1, 1)}
    low, high = bounds.get(role, (-31, 31))
    return low <= value <= high


class PatternEntry(_Strict):
    """A regular expression template and the rule that resolves its matches."""

    kind: Kind
    pattern: str = Field(min_length=1)
    source: str = Field(min_length=1)
    relation: Relation = "at"
    sign: Literal[-1, 1] | None = None  # quantity: before (-1) or after (+1) the publication

    @model_validator(mode="after")
    def _sign_for_quantity(self) -> "PatternEntry":
        if (self.kind == "quantity") != (self.sign is not None):
            raise ValueError("`sign` is required for kind 'quantity' and only for it")
        return self


class RelationCue(_Strict):
    relation: Relation
    words: list[str] = Field(min_length=1)
    source: str = Field(min_length=1)


class RangeCue(_Strict):
    open: list[str] = []  # empty: the join word alone makes the range ("Monday through Friday")
    join: list[str] = Field(min_length=1)
    relation: Relation
    source: str = Field(min_length=1)


class DateVocabulary(_Strict):
    """One language's date words and patterns, as read from ``packs/<lang>/dates.yaml``."""

    language: str = Field(min_length=2)
    source: str = Field(min_length=1)
    words: dict[str, WordList]
    patterns: list[PatternEntry] = Field(min_length=1)
    relations: list[RelationCue] = []
    ranges: list[RangeCue] = []

    @model_validator(mode="after")
    def _patterns_compile(self) -> "DateVocabulary":
        for index, entry in enumerate(self.patterns):
            try:
                _check_slots(entry, self.words)
                re.compile(_expand(entry.pattern, self.words), _FLAGS)
            except (ValueError, re.error) as exc:
                raise ValueError(f"patterns[{index}] ({entry.source!r}): {exc}") from exc
        return self

    @classmethod
    def from_file(cls, path: Path) -> "DateVocabulary":
        """Load and validate a ``dates.yaml``; raise KnowledgeError naming the file and the bad entry."""
        try:
            # libyaml when built with it: the pure-Python loader costs a tenth of a second at each start
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader
            return cls.model_validate(data)
        except (OSError, yaml.YAMLError, ValidationError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from exc


def _slot_base(name: str, words: dict[str, WordList]) -> str:
    """The role (or built-in name) of a placeholder."""
    if name in BUILTINS:
        return name
    if name in words:
        return words[name].role
    raise ValueError(f"unknown placeholder {{{name}}}")


def _check_slots(entry: PatternEntry, words: dict[str, WordList]) -> None:
    offered = {_slot_base(m.group(1), words) for m in _PLACEHOLDER.finditer(entry.pattern)}
    for needed in KINDS[entry.kind]:
        if not offered & needed:
            raise ValueError(f"kind {entry.kind!r} needs a placeholder for one of {sorted(needed)}")


def _alternation(words: list[str], match_case: bool = False) -> str:
    forms = sorted({_norm(w) if not match_case else " ".join(w.translate(_NORMALISE).split()) for w in words},
                   key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return f"(?-i:{body})" if match_case else body


def _expand(template: str, words: dict[str, WordList]) -> str:
    """Turn a pattern template into a regex, word-bounded at both ends."""

    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in BUILTINS:
            body = BUILTINS[name]
        elif name in words:
            body = _alternation(list(words[name].entries), words[name].match_case)
        else:
            raise ValueError(f"unknown placeholder {{{name}}}")
        return f"(?P<{name}{match.group(2)}>{body})"

    return rf"(?<!\w)(?:{_PLACEHOLDER.sub(slot, template)})(?!\w)"


# ------------------------------------------------------------------ matching


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text, resolved."""

    start: int
    end: int  # offsets in the text given to find()
    text: str  # the expression as written ("hier après-midi", "jusqu'au 2 mars")
    value: PartialDate | None  # None when it cannot be resolved ("huit mois après")
    relation: Relation


@dataclass(frozen=True)
class _Hit:
    """One pattern's match with the text of each slot it filled."""

    start: int  # with the relation cue before it, if any ("jusqu'au")
    core: int  # where the pattern itself matched
    end: int
    entry: PatternEntry
    slots: tuple[tuple[str, str], ...]  # (placeholder, normalised text), left to right
    text: str  # the pattern's match, normalised
    relation: Relation


@dataclass(frozen=True)
class _Grammar:
    """The compiled patterns of one vocabulary."""

    patterns: tuple[tuple[re.Pattern[str], PatternEntry], ...]
    datelines: tuple[tuple[re.Pattern[str], PatternEntry], ...]
    anchors: frozenset[str]  # a word of each anchor-role entry: most sentences have none and stop there
    needs: tuple[tuple[str, ...], ...]  # per pattern: the word lists (or "digit") every match of it holds
    keys: dict[str, tuple[tuple[str, ...], ...] | None]  # per word list: each form's words (None: untestable)
    cues: tuple[tuple[re.Pattern[str], re.Pattern[str], Relation], ...]  # (before, at start, relation)
    ranges: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], Relation], ...]  # (open before, join between)


def _compile(vocabulary: DateVocabulary) -> _Grammar:
    words = vocabulary.words
    compiled = [(re.compile(_expand(e.pattern, words), _FLAGS), e) for e in vocabulary.patterns]
    # Any word of an entry will do, since a match holds them all: the longest is the rarest.
    anchors = frozenset(max(_WORD.findall(_norm(form)), key=len) for wl in words.values()
                        if wl.role in ANCHOR_ROLES for form in wl.entries if _WORD.search(form))
    cues = tuple(
        (re.compile(rf"(?<!\w)(?:{_alternation(c.words)})\s*$", _FLAGS),
         re.compile(rf"(?:{_alternation(c.words)})(?!\w)", _FLAGS), c.relation)
        for c in vocabulary.relations)
    ranges = tuple(
        (re.compile(rf"(?<!\w)(?:{_alternation(r.open)})\s*$", _FLAGS) if r.open else None,
         re.compile(rf"\s*(?:{_alternation(r.join)})\s*", _FLAGS), r.relation)
        for r in vocabulary.ranges)
    patterns = tuple(p for p in compiled if p[1].kind != "dateline")
    return _Grammar(
        patterns=patterns,
        datelines=tuple(p for p in compiled if p[1].kind == "dateline"),
        anchors=anchors,
        needs=tuple(_needs(regex.pattern, words) for regex, _ in patterns),
        keys={name: _keys(wl) for name, wl in words.items()},
        cues=cues,
        ranges=ranges,
    )


def _keys(wordlist: WordList) -> tuple[tuple[str, ...], ...] | None:
    """The words of each form, lower-case: any match of the list holds all the words of one
    form ("cet après-midi": cet, après, midi). None when a form has no word character."""
    keys = {tuple(_WORD.findall(_norm(form))) for form in wordlist.entries}
    return None if () in keys else tuple(sorted(keys))


def _holds(lower: str, keys: tuple[tuple[str, ...], ...] | None) -> bool:
    """Whether a lower-cased text may hold a form of a word list (see _keys): a substring test."""
    return keys is None or any(all(word in lower for word in form) for form in keys)


def _needs(regex: str, words: dict[str, WordList]) -> tuple[str, ...]:
    """The word lists (by name) and "digit" that every match of ``regex`` must fill.

    Read off the parsed pattern: a group counts when no alternative and no
    optional repeat can skip it. A pattern is only run on a text that holds a
    word of each list it needs (the cheap test before the regex, see DateResolver._candidates).
    """
    parsed = _parser.parse(regex, _FLAGS)
    labels = {}
    for name, index in parsed.state.groupdict.items():
        base = name.rstrip("0123456789")
        if base in BUILTINS:
            labels[index] = "digit"
        elif base in words:
            labels[index] = base
    return tuple(sorted(_required(parsed, labels)))


def _required(items, labels: dict[int, str]) -> set[str]:  # type: ignore[no-untyped-def]  # re._parser's node lists
    """The labels of the groups in ``items`` that no alternative or optional repeat can skip."""
    required: set[str] = set()
    for op, arg in items:
        if op is _parser.SUBPATTERN:
            if arg[0] in labels:
                required.add(labels[arg[0]])
            required |= _required(arg[3], labels)
        elif op is _parser.BRANCH:
            required |= set.intersection(*(_required(branch, labels) for branch in arg[1]))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and arg[0] >= 1:
            required |= _required(arg[2], labels)
        elif op is _parser.ATOMIC_GROUP:
            required |= _required(arg, labels)
    return required


def _matches(text: str, patterns: tuple[tuple[re.Pattern[str], PatternEntry], ...]) -> list[_Hit]:
    """Every match of every pattern, overlapping ones included."""
    found = []
    for regex, entry in patterns:
        for match in regex.finditer(text):
            named = [(k, match.start(k)) for k, v in match.groupdict().items() if v is not None]
            slots = tuple((k, _norm(match.group(k))) for k, _ in sorted(named, key=lambda kv: kv[1]))
            relation: Relation = "relative" if entry.kind == "relative" else entry.relation
            found.append(_Hit(match.start(), match.start(), match.end(), entry, slots, match.group(), relation))
    return found


def _longest(hits: list[_Hit]) -> list[_Hit]:
    """The longest hits first, without overlaps, in text order."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


# ------------------------------------------------------------------ resolution


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def _truncate(day: date, precision: Precision) -> PartialDate:
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


def _middle(published: PartialDate) -> date:
    """The day to count from: the day itself, else the middle of the month or year.

    Counting from the middle keeps "hier" in an article dated "2019-02" inside
    February; the result is then cut to the publication date's precision, so
    no day is invented.
    """
    if published.month is None:
        return date(published.year, 7, 1)
    return date(published.year, published.month, published.day or 15)


def _add_months(day: date, months: int) -> date:
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _shifted(published: PartialDate, natural: Precision, days: int = 0, months: int = 0) -> PartialDate:
    day = _add_months(_middle(published) + timedelta(days=days), months)
    return _truncate(day, _coarser(natural, published.precision))


def _period(published: PartialDate) -> tuple[date, date]:
    """The first and last day the publication date may stand for."""
    if published.day is not None:
        day = published.anchor()
        return day, day
    if published.month is not None:
        last = calendar.monthrange(published.year, published.month)[1]
        return date(published.year, published.month, 1), date(published.year, published.month, last)
    return date(published.year, 1, 1), date(published.year, 12, 31)


def _pick(candidates: list[tuple[date, date]], published: PartialDate, tense: Tense | None,
          shift: int | None = None) -> tuple[date, date] | None:
    """The candidate span (of one day or one month) the tense and 'last/next' point to.

    Past: the latest one not after the publication; future: the earliest one
    not before it; otherwise the nearest one (ties go to the past). An
    explicit "last"/"next" excludes the publication's own period.
    """
    low, high = _period(published)
    if shift == -1:
        pool = [c for c in candidates if c[1] < low]
        return max(pool) if pool else None
    if shift == 1:
        pool = [c for c in candidates if c[0] > high]
        return min(pool) if pool else None
    if tense == "past":
        pool = [c for c in candidates if c[0] <= high]
        return max(pool) if pool else None
    if tense == "future":
        pool = [c for c in candidates if c[1] >= low]
        return min(pool) if pool else None

    def distance(c: tuple[date, date]) -> tuple[int, date]:
        gap = max((low - c[1]).days, (c[0] - high).days, 0)
        return gap, c[0]

    return min(candidates, key=distance) if candidates else None


@dataclass(frozen=True)
class _Slots:
    """A hit's slot texts, read through the vocabulary."""

    hit: _Hit
    words: dict[str, dict[str, int | str | None]]
    roles: dict[str, str]

    def value(self, *roles: str) -> int | str | None:
        """The value of the leftmost slot whose role (or built-in name) is one of ``roles``."""
        for name, text in self.hit.slots:
            base = name.rstrip("0123456789")
            if self._role(base) in roles:
                return int(text) if base in BUILTINS else self.words[base].get(text)
        return None

    def has(self, *roles: str) -> bool:
        return any(self._role(name.rstrip("0123456789")) in roles for name, _ in self.hit.slots)

    def _role(self, base: str) -> str | None:
        return base if base in BUILTINS else self.roles.get(base)


def _weekday(slots: _Slots, published: PartialDate, tense: Tense | None) -> PartialDate:
    if published.day is None:
        return published  # the weekday is somewhere in the month (or year): that much is known
    today = published.anchor()
    target = int(slots.value("weekday"))  # type: ignore[arg-type]
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    shift = slots.value("shift")
    if shift == -1:
        return PartialDate.from_date(today - timedelta(days=back or 7))
    if shift == 1:
        return PartialDate.from_date(today + timedelta(days=ahead or 7))
    if tense == "future":
        return PartialDate.from_date(today + timedelta(days=ahead))
    return PartialDate.from_date(today - timedelta(days=back))


def _day_month(slots: _Slots, published: PartialDate | None, tense: Tense | None) -> PartialDate | None:
    day, month, year = slots.value("day"), slots.value("month"), slots.value("year")
    if year is not None:
        try:
            return PartialDate.from_date(date(int(year), int(month), int(day)))  # type: ignore[arg-type]
        except ValueError:
            return None
    if published is None:
        return None
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append((date(y, int(month), int(day)),) * 2)  # type: ignore[arg-type]
        except ValueError:
            continue  # 29 February outside leap years
    chosen = _pick(candidates, published, tense)  # type: ignore[arg-type]
    return PartialDate.from_date(chosen[0]) if chosen else None


def _month(slots: _Slots, published: PartialDate | None, tense: Tense | None) -> PartialDate | None:
    month, year = int(slots.value("month")), slots.value("year")  # type: ignore[arg-type]
    if year is not None:
        return PartialDate(int(year), month)
    if published is None:
        return None
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        candidates.append((date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])))
    chosen = _pick(candidates, published, tense, slots.value("shift"))  # type: ignore[arg-type]
    return PartialDate(chosen[0].year, month) if chosen else None


def _calendar_period(slots: _Slots, published: PartialDate) -> PartialDate:
    unit, shift = slots.value("unit"), int(slots.value("shift") or 0)
    if unit == "year":
        return PartialDate(published.year + shift)
    if unit == "month":
        return _shifted(published, "month", months=shift)
    if unit == "week":
        # A week straddles months: it is dated by its Wednesday, to month
        # precision ("la semaine prochaine" in a paper of Friday 20 November
        # 2020 is the week of Wednesday 25 November: 2020-11).
        day = _middle(published) + timedelta(days=7 * shift)
        wednesday = day - timedelta(days=day.weekday()) + timedelta(days=2)
        return _truncate(wednesday, _coarser("month", published.precision))
    return _shifted(published, "day", days=shift)


# A rough span ("quelques semaines", "in recent weeks") is dated one step coarser than its unit.
_ROUGH: dict[str, Precision] = {"day": "month", "week": "month", "month": "year", "year": "year"}


def _quantity(slots: _Slots, published: PartialDate, sign: int) -> PartialDate:
    unit = str(slots.value("unit"))
    count = slots.value("number", "digits")
    if count is None:
        return _shifted(published, _ROUGH[unit])
    n = sign * int(count)
    if unit == "day":
        return _shifted(published, "day", days=n)
    if unit == "week":
        return _shifted(published, "month", days=7 * n)  # "dans 3 semaines" is not meant to the day
    if unit == "month":
        return _shifted(published, "month", months=n)
    return _shifted(published, "year", months=12 * n)


# ------------------------------------------------------------------ resolver


class DateResolver:
    """Finds and resolves the date expressions of one language."""

    def __init__(self, vocabulary: DateVocabulary):
        self.vocabulary = vocabulary
        self._grammar = _compile(vocabulary)
        self._words = {name: {_norm(k): v for k, v in wl.entries.items()} for name, wl in vocabulary.words.items()}
        self._roles = {name: wl.role for name, wl in vocabulary.words.items()}
        # The hits of the latest texts: the coder finds a sentence's dates again when one of its
        # events looks ahead (tense "future"), and dedupe asks for the same expressions' days.
        self._recent: dict[str, list[_Hit]] = {}

    @classmethod
    def for_language(cls, lang: str) -> "DateResolver":
        """The resolver for ``lang``'s pack (cached).

        Raises KnowledgeError when its dates.yaml is invalid, UnsupportedLanguage when there is none.
        """
        return _resolver_for(lang)

    def find(self, text: str, published: PartialDate | None, tense: Tense | None = None) -> list[DateMention]:
        """The date expressions of ``text``, longest first without overlaps, in text order, resolved."""
        normal = _normalised(text)
        if not self._may_hold_date(normal):
            return []
        mentions = []
        for start, end, hit, relation in self._spans(normal, self._hits(normal)):
            # What has gone on "since" a date started before the writing.
            value = self._resolve(hit, published, "past" if relation == "since" and tense is None else tense)
            mentions.append(DateMention(start, end, text[start:end], value, relation))
        return mentions

    def infer_publication_day(self, text: str, published: PartialDate) -> PartialDate:
        """The publication day the text itself gives, when ``published`` lacks it; else ``published``.

        Evidence: a dateline ("SEOUL, May 27 (Yonhap) --") or a deictic word
        glossed by an explicit date ("hier, le 18 septembre"). A day is only
        accepted inside the period ``published`` already states: never invented.
        """
        if published.day is not None:
            return published
        normal = _normalised(text)
        low, high = _period(published)
        for hit in _longest(_matches(normal, self._grammar.datelines)):
            day = self._resolve(hit, published, None)
            if day is not None and day.day is not None and low <= day.anchor() <= high:
                return day
        if not self._may_gloss(normal):
            return published
        hits = self._hits(normal)
        for first, second in zip(hits, hits[1:]):
            if not _GLOSS_GAP.fullmatch(normal, first.end, second.start):
                continue
            day = self._glossed_day(first, second, published) or self._glossed_day(second, first, published)
            if day is not None and low <= day <= high:
                return PartialDate.from_date(day)
        return published

    def day_hint(self, expression: str | None, published: PartialDate) -> str | None:
        """Which day ``expression`` names, counted from a stand-in day inside ``published``.

        Below day precision the resolved values of "hier" and of an undated
        mention are the same month; their day hints still differ, which is what
        tells two happenings apart (see dedupe). None when the expression names
        no single day ("d'ici quelques semaines"). The hint is never output: it is relative to an invented day.
        """
        probe = PartialDate.from_date(_middle(published))
        if not expression:
            return probe.iso()
        days = [m.value for m in self.find(expression, probe) if m.value is not None and m.value.day is not None]
        return days[0].iso() if days else None

    # -------------------------------------------------------------- helpers

    def _may_hold_date(self, text: str) -> bool:
        """A cheap test before the patterns: a digit or an anchor word (see ANCHOR_ROLES)."""
        if _DIGIT.search(text):
            return True
        return not self._grammar.anchors.isdisjoint(_WORD.findall(text.lower()))

    def _hits(self, text: str) -> list[_Hit]:
        """The hits of ``text`` (never changed by the callers: they may be another call's)."""
        hits = self._recent.get(text)
        if hits is None:
            # Cues are taken in before choosing the longest: "until March 2" beats "until March".
            hits = _longest([self._with_cue(text, hit) for hit in _matches(text, self._candidates(text))])
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.clear()
            self._recent[text] = hits
        return hits

    def _candidates(self, text: str) -> tuple[tuple[re.Pattern[str], PatternEntry], ...]:
        """The patterns that may match ``text``: those whose needed word lists (and digit) it holds.

        A substring test per list is much cheaper than a regex that tries its
        alternation at every position of the sentence; most sentences hold
        one or two of the lists.
        """
        grammar = self._grammar
        if not _FOLD_ODD.isdisjoint(text):
            return grammar.patterns
        lower = text.lower()
        held: dict[str, bool] = {"digit": _DIGIT.search(text) is not None}
        chosen = []
        for pattern, needs in zip(grammar.patterns, grammar.needs):
            for name in needs:
                if name not in held:
                    held[name] = _holds(lower, grammar.keys[name])
                if not held[name]:
                    break
            else:
                chosen.append(pattern)
        return tuple(chosen)

    def _may_gloss(self, text: str) -> bool:
        """Whether ``text`` may hold a deictic word glossed by a date (see _glossed_day): a
        digit and a form of a deictic word list, else the whole-text patterns need not run."""
        if _DIGIT.search(text) is None:
            return False
        if not _FOLD_ODD.isdisjoint(text):
            return True
        lower = text.lower()
        grammar = self._grammar
        return any(_holds(lower, grammar.keys[name]) for name, role in self._roles.items() if role == "deictic")

    def _with_cue(self, text: str, hit: _Hit) -> _Hit:
        """The hit with the relation cue just before it, or at its start ("depuis 2018")."""
        if hit.relation != "at":
            return hit  # the pattern states its relation ("du 2 au 5 mars")
        for before, at_start, relation in self._grammar.cues:
            found = before.search(text, max(0, hit.core - 40), hit.core)
            if found is not None:
                return replace(hit, start=found.start(), relation=relation)
            if at_start.match(text, hit.core, hit.end):
                return replace(hit, relation=relation)
        return hit

    def _slots(self, hit: _Hit) -> _Slots:
        return _Slots(hit, self._words, self._roles)

    def _glossed_day(self, deictic: _Hit, explicit: _Hit, published: PartialDate) -> date | None:
        """The publication day implied by a deictic word and the date that glosses it."""
        slots = self._slots(deictic)
        if deictic.entry.kind != "day_offset" or not slots.has("deictic") or explicit.entry.kind != "date":
            return None
        value = self._resolve(explicit, published, None)
        if value is None or value.day is None:
            return None
        return value.anchor() - timedelta(days=int(slots.value("deictic")))  # type: ignore[arg-type]

    def _spans(self, text: str, hits: list[_Hit]) -> list[tuple[int, int, _Hit, Relation]]:
        """Merge ranges ("entre mardi et jeudi"): one mention, valued by its first date."""
        spans: list[tuple[int, int, _Hit, Relation]] = []
        index = 0
        while index < len(hits):
            hit = hits[index]
            merged = self._range(text, hit, hits[index + 1]) if index + 1 < len(hits) else None
            if merged is not None:
                spans.append((merged[0], hits[index + 1].end, hit, merged[1]))
                index += 2
            else:
                spans.append((hit.start, hit.end, hit, hit.relation))
                index += 1
        return spans

    def _range(self, text: str, first: _Hit, second: _Hit) -> tuple[int, Relation] | None:
        for opener, joiner, relation in self._grammar.ranges:
            if not joiner.fullmatch(text, first.end, second.core):
                continue
            if opener is None:
                return first.start, relation
            found = opener.search(text, max(0, first.core - 40), first.core)
            if found is not None:
                return found.start(), relation
        return None

    def _resolve(self, hit: _Hit, published: PartialDate | None, tense: Tense | None) -> PartialDate | None:
        kind = hit.entry.kind
        slots = self._slots(hit)
        if kind in ("date", "dateline"):
            return _day_month(slots, published, tense)
        if kind == "month":
            return _month(slots, published, tense)
        if kind == "year":
            return PartialDate(int(slots.value("year")))  # type: ignore[arg-type]
        if kind == "numeric":
            return self._numeric(hit, published)
        if kind == "relative" or published is None:
            return None
        if kind == "day_offset":
            return _shifted(published, "day", days=int(slots.value("deictic", "anaphoric")))  # type: ignore[arg-type]
        if kind == "weekday":
            return _weekday(slots, published, tense)
        if kind == "period":
            return _calendar_period(slots, published)
        if kind == "quantity":
            return _quantity(slots, published, hit.entry.sign or 1)
        return _shifted(published, _ROUGH[str(slots.value("unit"))])  # recent

    def _numeric(self, hit: _Hit, published: PartialDate | None) -> PartialDate | None:
        """All-digit dates: dateparser knows each locale's day/month order."""
        import dateparser  # slow to import; only sentences with numeric dates need it

        settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
        if published is not None:
            settings["RELATIVE_BASE"] = datetime.combine(published.anchor(), datetime.min.time())
        parsed = dateparser.parse(hit.text, languages=[self.vocabulary.language], settings=settings)
        return PartialDate.from_date(parsed.date()) if parsed else None


@lru_cache(maxsize=None)
def _resolver_for(lang: str) -> DateResolver:
    from chronicle.packs import pack_file  # the pack may be installed outside the package

    path = pack_file(lang, "dates.yaml")
    if path is None:
        raise UnsupportedLanguage(f"no date vocabulary for '{lang}' (no dates.yaml in its pack)")
    return DateResolver(DateVocabulary.from_file(path))

"""Scoring system events against gold events, as docs/coding-guidelines.md "Scoring" says.

Matching, per article and one-to-one: a (gold, system) pair is a candidate
when the event types are equal and the source and target countries agree
(either order for the symmetric types CONSULT, COOPERATE and AGREE; a null
gold country, or a null gold target, matches anything). The pairing is a
maximum-weight bipartite matching that first maximises the number of pairs,
then prefers, in this order, pairs whose system sentence contains the gold
evidence, that agree on polarity, on date, and on location.

Counting (main figures, over gold-positive events):

- gold positive, required, matched by a positive system event: TP;
- gold positive, required, unmatched or matched by a negative system event: FN;
- gold negative, matched by a positive system event: FP (the system says it
  happened, the text says it did not);
- gold negative matched by a negative system event: neither (a correct
  negation is not an event of the main figures);
- gold ``required: false``, matched by anything: neither;
- system positive, unmatched: FP;
- system negative, unmatched: neither. Such a record claims that something
  did NOT happen; the main figures count events that happened, so it is not
  a false alarm, but its number is reported as ``negative_unmatched``.

Per-type figures count the same way under the event's type.

Type recall asks only whether the system found an event of the right PLOVER
type in the article, whatever its actors: a required positive gold event is
a type hit when it is a TP above, or else when a positive system event of the
same type is left over in the article (not a TP's partner); each system event
covers one gold event at most, gold events taken in file order.

Per CAMEO root (the first two digits of a ``cameo`` code), when gold events
carry a ``cameo`` code: recall and type recall count gold events under the
gold code's root, precision counts system events under the system event's
own ``cameo`` root (a TP under its system root, an FP under its root), since
the two may differ for one matched pair. Attribute
accuracies are computed over TP pairs only, with the actors aligned in the
order the pair matched (for symmetric types, the alignment that agrees most).
System events of articles absent from the gold are ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from chronicle.evaluate.fields import (
    actor,
    country,
    date_correct,
    evidence_in,
    location_correct,
    names_equal,
    summary,
)
from chronicle.evaluate.gold import GoldArticle
from chronicle.evaluate.matching import max_weight_matching
from chronicle.evaluate.report import ATTRIBUTES, Accuracy, Counts, EvalReport, RootCounts, TypeCounts

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
SIDES = ("source", "target")


@dataclass(frozen=True)
class Pair:
    """A matched gold and system event; ``swapped`` when system source/target align with gold target/source."""

    gold: dict
    system: dict
    swapped: bool


def score(gold: list[GoldArticle], system: dict[str, list[dict]]) -> EvalReport:
    """Score system events (by article id) against the gold articles."""
    tally = _Tally()
    for article in gold:
        tally.add_article(article.article_id, article.events, system.get(article.article_id, []))
    return tally.report(len(gold))


def match_article(gold_events: Sequence[dict], system_events: Sequence[dict]) -> list[tuple[int, int, bool]]:
    """One-to-one pairs (gold index, system index, swapped) of one article's events."""
    if not gold_events or not system_events:
        return []
    base = min(len(gold_events), len(system_events)) + 1
    weights: list[list[int]] = []
    orientation: dict[tuple[int, int], bool] = {}
    for g, gold in enumerate(gold_events):
        row = []
        for s, candidate in enumerate(system_events):
            swapped = _alignment(gold, candidate)
            if swapped is None:
                row.append(0)
                continue
            orientation[(g, s)] = swapped
            row.append(_weight(_preference(gold, candidate), base))
        weights.append(row)
    return [(g, s, orientation[(g, s)]) for g, s in max_weight_matching(weights)]


def _weight(preference: tuple[bool, ...], base: int) -> int:
    """Pair weight: one pair outweighs any sum of preferences; preferences compare lexicographically.

    With ``base`` above the number of pairs, each preference's count across
    the matching occupies its own digit in base ``base``, so the optimum
    maximises pairs, then evidence agreements, then polarity, date, location.
    """
    value = 0
    for flag in preference:
        value = value * base + int(flag)
    return base ** len(preference) + value


def _preference(gold: dict, system: dict) -> tuple[bool, bool, bool, bool]:
    return (
        evidence_in(system.get("sentence"), gold.get("evidence")),
        gold.get("polarity", "positive") == system.get("polarity", "positive"),
        _agrees(gold.get("date"), system.get("date"), date_correct),
        _agrees(gold.get("location"), system.get("location"), location_correct),
    )


def _agrees(gold: object, system: object, correct: object) -> bool:
    if gold is None:
        return system is None
    return bool(correct(gold, system))  # type: ignore[operator]


def _alignment(gold: dict, system: dict) -> bool | None:
    """None when not a candidate pair; else whether the actors align swapped."""
    if gold.get("event_type") != system.get("event_type"):
        return None
    orientations = (False, True) if gold["event_type"] in SYMMETRIC_TYPES else (False,)
    options = [swapped for swapped in orientations if _countries_agree(gold, system, swapped)]
    if not options:
        return None
    # Both alignments fit (e.g. null gold countries): keep the one agreeing on more actor fields.
    return max(options, key=lambda swapped: (_actor_agreement(gold, system, swapped), not swapped))


def _countries_agree(gold: dict, system: dict, swapped: bool) -> bool:
    for gold_side, system_side in _aligned_sides(swapped):
        if gold_side == "target" and actor(gold, "target") is None:
            continue  # the gold needs no recipient: any system target will do
        wanted = country(gold, gold_side)
        if wanted is not None and wanted != country(system, system_side):
            return False
    return True


def _aligned_sides(swapped: bool) -> list[tuple[str, str]]:
    return [("source", "target"), ("target", "source")] if swapped else [("source", "source"), ("target", "target")]


def _actor_agreement(gold: dict, system: dict, swapped: bool) -> int:
    agreed = 0
    for gold_side, system_side in _aligned_sides(swapped):
        wanted, found = actor(gold, gold_side), actor(system, system_side) or {}
        if wanted is None:
            continue
        agreed += int(wanted.get("sector") is not None and wanted.get("sector") == found.get("sector"))
        agreed += int(wanted.get("name") is not None and names_equal(wanted["name"], found.get("name")))
    return agreed


@dataclass
class _Tally:
    """Counts accumulated over articles."""

    overall: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in ATTRIBUTES})
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)
    negative_unmatched: int = 0
    optional_matched: int = 0
    types: TypeCounts = field(default_factory=TypeCounts)
    per_type_types: dict[str, TypeCounts] = field(default_factory=lambda: defaultdict(TypeCounts))
    per_root: dict[str, RootCounts] = field(default_factory=lambda: defaultdict(RootCounts))
    gold_has_cameo: bool = False

    def add_article(self, article_id: str, gold_events: Sequence[dict], system_events: Sequence[dict]) -> None:
        pairs = match_article(gold_events, system_events)
        matched_gold = {g for g, _, _ in pairs}
        matched_system = {s for _, s, _ in pairs}
        self.gold_has_cameo = self.gold_has_cameo or any(_root(gold) for gold in gold_events)
        for g, s, swapped in pairs:
            self._pair(article_id, Pair(gold_events[g], system_events[s], swapped))
        self._type_hits(gold_events, system_events, pairs)
        for g, gold in enumerate(gold_events):
            if g not in matched_gold and _positive(gold) and gold.get("required", True):
                self._miss(article_id, gold, "no matching system event")
        for s, found in enumerate(system_events):
            if s in matched_system:
                continue
            if _positive(found):
                self._false_alarm(article_id, found, "no matching gold event")
            else:
                self.negative_unmatched += 1

    def _pair(self, article_id: str, pair: Pair) -> None:
        gold, found = pair.gold, pair.system
        if not gold.get("required", True):
            self.optional_matched += 1
        elif _positive(gold) and _positive(found):
            self._count(gold["event_type"], "tp")
            self._count_root(gold, "tp")
            self._count_root(found, "tp_system")
            self._attributes(pair)
        elif _positive(gold):
            self._miss(article_id, gold, "matched by a negative system event")
        elif _positive(found):
            self._false_alarm(article_id, found, "gold says it did not happen (negative)")

    def _count(self, event_type: str, which: str) -> None:
        for counts in (self.overall, self.per_type[event_type]):
            setattr(counts, which, getattr(counts, which) + 1)

    def _count_root(self, event: dict, which: str) -> None:
        root = _root(event)
        if root is not None:
            counts = self.per_root[root]
            setattr(counts, which, getattr(counts, which) + 1)

    def _type_hits(self, gold_events: Sequence[dict], system_events: Sequence[dict], pairs: list[tuple[int, int, bool]]) -> None:
        """Type recall of one article (see the module docstring)."""
        hits = {
            g: s for g, s, _ in pairs
            if _counted(gold_events[g]) and _positive(system_events[s])
        }  # fmt: skip
        spare: dict[str, int] = defaultdict(int)
        used = set(hits.values())
        for s, found in enumerate(system_events):
            if s not in used and _positive(found):
                spare[found["event_type"]] += 1
        for g, gold in enumerate(gold_events):
            if not _counted(gold):
                continue
            event_type = gold["event_type"]
            hit = g in hits
            if not hit and spare[event_type] > 0:
                spare[event_type] -= 1
                hit = True
            which = "tp" if hit else "fn"
            for counts in (self.types, self.per_type_types[event_type]):
                setattr(counts, which, getattr(counts, which) + 1)
            self._count_root(gold, "type_tp" if hit else "type_fn")

    def _miss(self, article_id: str, gold: dict, reason: str) -> None:
        self._count(gold["event_type"], "fn")
        self._count_root(gold, "fn")
        self.misses.append(
            {"article_id": article_id, "event_type": gold["event_type"], "event": summary(gold),
             "reason": reason, "evidence": gold.get("evidence")}
        )  # fmt: skip

    def _false_alarm(self, article_id: str, found: dict, reason: str) -> None:
        self._count(found["event_type"], "fp")
        self._count_root(found, "fp")
        self.false_alarms.append(
            {"article_id": article_id, "event_type": found["event_type"], "event": summary(found),
             "reason": reason, "sentence": found.get("sentence")}
        )  # fmt: skip

    def _attributes(self, pair: Pair) -> None:
        gold, found = pair.gold, pair.system
        for gold_side, system_side in _aligned_sides(pair.swapped):
            wanted, got = actor(gold, gold_side), actor(found, system_side) or {}
            if wanted is None:
                continue
            if wanted.get("sector") is not None:
                self.attributes["sector"].add(wanted["sector"] == got.get("sector"))
            if wanted.get("name") is not None:
                self.attributes["actor_name"].add(names_equal(wanted["name"], got.get("name")))
        if gold.get("date") is not None:
            self.attributes["date"].add(date_correct(gold["date"], found.get("date")))
        if gold.get("location") is not None:
            self.attributes["location"].add(location_correct(gold["location"], found.get("location")))
        self.attributes["modality"].add(gold.get("modality", "actual") == found.get("modality", "actual"))
        if gold.get("mode") is not None:
            self.attributes["mode"].add(gold["mode"] == found.get("mode"))

    def report(self, articles: int) -> EvalReport:
        overall = self.overall.as_dict()
        return EvalReport(
            precision=float(overall["precision"]),
            recall=float(overall["recall"]),
            f1=float(overall["f1"]),
            tp=self.overall.tp,
            fp=self.overall.fp,
            fn=self.overall.fn,
            per_type={
                name: {**counts.as_dict(), "type_recall": round(self.per_type_types[name].recall, 4)}
                for name, counts in sorted(self.per_type.items())
            },
            attributes={name: accuracy.as_dict() for name, accuracy in self.attributes.items()},
            misses=self.misses,
            false_alarms=self.false_alarms,
            articles=articles,
            negative_unmatched=self.negative_unmatched,
            optional_matched=self.optional_matched,
            type_recall=round(self.types.recall, 4),
            per_cameo_root=(
                {root: counts.as_dict() for root, counts in sorted(self.per_root.items())} if self.gold_has_cameo else {}
            ),
        )


def _positive(event: dict) -> bool:
    return event.get("polarity", "positive") == "positive"


def _counted(gold: dict) -> bool:
    """A gold event the main figures count: positive and required."""
    return _positive(gold) and bool(gold.get("required", True))


def _root(event: dict) -> str | None:
    """The CAMEO root (cue category: the first two digits) of an event's ``cameo`` code, if any."""
    code = event.get("cameo")
    return code[:2] if isinstance(code, str) and len(code) >= 2 else None

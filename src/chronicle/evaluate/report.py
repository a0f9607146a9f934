"""The evaluation report: figures, JSON form, and tables for people."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

# The order attributes are reported in (stable JSON keys and table rows).
ATTRIBUTES: tuple[str, ...] = ("sector", "actor_name", "date", "location", "modality", "mode")


def share(hits: int, misses: int) -> float:
    """hits / (hits + misses), 0 when there is nothing to count."""
    return hits / (hits + misses) if hits + misses else 0.0


def harmonic_mean(p: float, r: float) -> float:
    """F1 of a precision and a recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


class _Figures:
    """Precision and recall (given by the subclass) with their F1, and the three rounded for a report."""

    @property
    def precision(self) -> float:
        raise NotImplementedError

    @property
    def recall(self) -> float:
        raise NotImplementedError

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def figures(self) -> dict[str, float]:
        """precision, recall and f1, rounded to 4 places."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Counts(_Figures):
    """True positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return share(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return share(self.tp, self.fn)

    def as_dict(self) -> dict[str, float | int]:
        """precision, recall, f1, tp, fp, fn (figures rounded to 4 places)."""
        return {**self.figures(), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class TypeCounts:
    """Type-level recall: required gold events for which the system found an event of the same type.

    Actors, dates and places are ignored; each system event covers one gold
    event at most (see ``chronicle.evaluate.scoring``).
    """

    tp: int = 0
    fn: int = 0

    @property
    def recall(self) -> float:
        return share(self.tp, self.fn)


@dataclass
class RootCounts(_Figures):
    """Event figures for one CAMEO root (the code's first two digits).

    Recall counts gold events under the gold ``cameo`` root (``tp``, ``fn``);
    precision counts system events under the system ``cameo`` root
    (``tp_system``, ``fp``): a system event of the right PLOVER type may
    carry another CAMEO root than the gold, so the two sides differ.
    """

    tp: int = 0
    fn: int = 0
    tp_system: int = 0
    fp: int = 0
    type_tp: int = 0
    type_fn: int = 0

    @property
    def precision(self) -> float:
        return share(self.tp_system, self.fp)

    @property
    def recall(self) -> float:
        return share(self.tp, self.fn)

    @property
    def type_recall(self) -> float:
        return share(self.type_tp, self.type_fn)

    def as_dict(self) -> dict[str, float | int]:
        """precision, recall, f1, type_recall (rounded to 4 places) and the counts behind them."""
        return {
            **self.figures(),
            "type_recall": round(self.type_recall, 4),
            "tp": self.tp,
            "fn": self.fn,
            "tp_system": self.tp_system,
            "fp": self.fp,
        }


@dataclass
class Accuracy:
    """How many scored pairs got one attribute right."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        value = self.accuracy
        return {"correct": self.correct, "total": self.total, "accuracy": None if value is None else round(value, 4)}


@dataclass
class EvalReport:
    """What scoring a system against gold found (see ``chronicle.evaluate.scoring``)."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    per_type: dict[str, dict[str, float | int]]
    attributes: dict[str, dict[str, Any]]
    misses: list[dict[str, Any]]
    false_alarms: list[dict[str, Any]]
    articles: int
    negative_unmatched: int = 0
    optional_matched: int = 0
    type_recall: float = 0.0
    # Per CAMEO root; empty when no gold event carries a ``cameo`` code.
    per_cameo_root: dict[str, dict[str, float | int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data, keys in a fixed order."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "type_recall": self.type_recall,
            "articles": self.articles,
            "negative_unmatched": self.negative_unmatched,
            "optional_matched": self.optional_matched,
            "per_type": {name: dict(self.per_type[name]) for name in sorted(self.per_type)},
            "per_cameo_root": {root: dict(self.per_cameo_root[root]) for root in sorted(self.per_cameo_root)},
            "attributes": {name: dict(self.attributes[name]) for name in ATTRIBUTES if name in self.attributes},
            "misses": list(self.misses),
            "false_alarms": list(self.false_alarms),
        }

    def to_json(self) -> str:
        """The report as indented JSON text with stable keys."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _figure(value: float | int | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_table(report: EvalReport) -> RenderableType:
    """Overall figures, per-type figures and attribute accuracies as rich tables."""
    plural = "" if report.articles == 1 else "s"
    overall = Table(title=f"Events ({report.articles} article{plural})", title_justify="left")
    for column in ("precision", "recall", "F1", "type recall", "TP", "FP", "FN", "neg. unmatched", "optional"):
        overall.add_column(column, justify="right")
    overall.add_row(
        _figure(report.precision), _figure(report.recall), _figure(report.f1), _figure(report.type_recall),
        str(report.tp), str(report.fp), str(report.fn),
        str(report.negative_unmatched), str(report.optional_matched),
    )  # fmt: skip
    per_type = Table(title="Per event type", title_justify="left")
    per_type.add_column("type")
    for column in ("precision", "recall", "F1", "type recall", "TP", "FP", "FN"):
        per_type.add_column(column, justify="right")
    for name in sorted(report.per_type):
        row = report.per_type[name]
        per_type.add_row(
            name, _figure(row["precision"]), _figure(row["recall"]), _figure(row["f1"]), _figure(row.get("type_recall")),
            str(row["tp"]), str(row["fp"]), str(row["fn"]),
        )  # fmt: skip
    tables: list[RenderableType] = [overall, per_type]
    if report.per_cameo_root:
        tables.append(_root_table(report))
    attributes = Table(title="Attributes on matched events", title_justify="left")
    for column, justify in (("attribute", "left"), ("correct", "right"), ("total", "right"), ("accuracy", "right")):
        attributes.add_column(column, justify=justify)  # type: ignore[arg-type]
    for name in ATTRIBUTES:
        if name in report.attributes:
            row = report.attributes[name]
            attributes.add_row(name, str(row["correct"]), str(row["total"]), _figure(row["accuracy"]))
    return Group(*tables, attributes)


def _root_table(report: EvalReport) -> Table:
    table = Table(
        title="Per CAMEO root (recall by gold code, precision by system code)", title_justify="left"
    )
    table.add_column("root")
    for column in ("precision", "recall", "F1", "type recall", "TP gold", "FN", "TP system", "FP"):
        table.add_column(column, justify="right")
    for root in sorted(report.per_cameo_root):
        row = report.per_cameo_root[root]
        table.add_row(
            root, _figure(row["precision"]), _figure(row["recall"]), _figure(row["f1"]), _figure(row["type_recall"]),
            str(row["tp"]), str(row["fn"]), str(row["tp_system"]), str(row["fp"]),
        )  # fmt: skip
    return table


def render_verbose(report: EvalReport) -> RenderableType:
    """Every miss and false alarm, with the gold evidence or the system sentence."""
    misses = Table(title=f"Misses ({len(report.misses)})", title_justify="left", show_lines=True)
    for column in ("article", "gold event", "why", "evidence"):
        misses.add_column(column, overflow="fold")
    for miss in report.misses:
        misses.add_row(miss["article_id"], miss["event"], miss["reason"], Text(miss.get("evidence") or ""))
    alarms = Table(title=f"False alarms ({len(report.false_alarms)})", title_justify="left", show_lines=True)
    for column in ("article", "system event", "why", "sentence"):
        alarms.add_column(column, overflow="fold")
    for alarm in report.false_alarms:
        alarms.add_row(alarm["article_id"], alarm["event"], alarm["reason"], Text(alarm.get("sentence") or ""))
    return Group(misses, alarms)

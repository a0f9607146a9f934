"""Evaluation: score coded events against gold annotations (docs/coding-guidelines.md)."""

from chronicle.evaluate.gold import GoldArticle, load_gold, load_system
from chronicle.evaluate.report import EvalReport, render_table, render_verbose
from chronicle.evaluate.scoring import score

__all__ = ["EvalReport", "GoldArticle", "load_gold", "load_system", "render_table", "render_verbose", "score"]

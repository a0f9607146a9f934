"""The ``chronicle eval`` command: score a coder's events against a gold file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from chronicle.errors import ChronicleError
from chronicle.evaluate.gold import GoldArticle, load_gold, load_system
from chronicle.evaluate.report import render_table, render_verbose
from chronicle.evaluate.scoring import score

FORMATS = ("table", "json")


def eval_command(
    gold: Path = typer.Argument(..., help="Gold JSONL file (the format of docs/coding-guidelines.md)."),
    system: Path | None = typer.Option(None, "--system", help="System events (JSONL); without it the gold articles are coded now."),
    lang: str | None = typer.Option(None, "--lang", help="Score only the gold articles of this language."),
    format: str = typer.Option("table", "--format", help="Output: table or json."),
    verbose: bool = typer.Option(False, "--verbose", help="List every miss and false alarm with its sentence."),
) -> None:
    """Score coded events against gold annotations (docs/coding-guidelines.md, Scoring)."""
    errors = Console(stderr=True)
    if format not in FORMATS:
        raise typer.BadParameter(f"{format!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        articles = [a for a in load_gold(gold) if lang is None or a.lang == lang]
        events = load_system(system) if system is not None else _code_gold(articles, gold, errors)
    except ChronicleError as exc:
        errors.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    report = score(articles, events)
    if format == "json":
        typer.echo(report.to_json())
        return
    out = Console()
    out.print(render_table(report))
    if verbose:
        out.print(render_verbose(report))


def _code_gold(articles: list[GoldArticle], gold_path: Path, errors: Console) -> dict[str, list[dict]]:
    """Code the gold texts now; the coder sees only each article's id and text."""
    # Imported here so that scoring a file of events needs no language pipeline.
    from chronicle.model import Article
    from chronicle.pipeline import Coder

    coder = Coder()
    events: dict[str, list[dict]] = {}
    for gold in articles:
        article = Article(id=gold.article_id, text=gold.text, source=str(gold_path), line=gold.line)
        result = coder.code_article(article)
        if result.error:
            errors.print(f"[yellow]not coded[/yellow]: {gold.article_id}: {result.error}", highlight=False, soft_wrap=True)
        events[gold.article_id] = [event.model_dump(mode="json") for event in result.events]
    return events

"""The ``chronicle`` command line."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from chronicle.errors import InputError
from chronicle.evaluate.command import eval_command
from chronicle.model import Article, PartialDate
from chronicle.store.commands import register as register_store_commands
from chronicle.packs.coverage import app as packs_app

app = typer.Typer(help="Chronicle: code news articles into PLOVER political events.", no_args_is_help=True, add_completion=False)
errors = Console(stderr=True)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


def _parse_published(value: str | None) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{exc} (expected YYYY, YYYY-MM or YYYY-MM-DD)", param_hint="--published") from exc


@app.command("code")
def code_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, or - for standard input (text, JSONL or HTML)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article (overrides headers and JSONL dates)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every article (skips detection)."),
    output_format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write events to this file instead of standard output."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes coding in parallel (one per core; each loads its own models)."),
) -> None:
    """Code articles into events, one record per event."""
    from chronicle.export.records import CsvEventWriter, write_jsonl
    from chronicle.parallel import code_in_processes
    from chronicle.read import read_inputs

    when = _parse_published(published)
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    csv_writer = CsvEventWriter(stream) if output_format is OutputFormat.csv else None
    failures = 0
    articles = events = 0

    def good_articles():
        nonlocal failures
        for item in read_inputs(inputs, published=when, stdin=sys.stdin):
            if isinstance(item, InputError):
                failures += 1
                errors.print(f"[red]error[/red]: {item}", highlight=False, soft_wrap=True)
                continue
            yield item

    try:
        with _progress() as progress:
            task = progress.add_task("coding", total=None)
            for result in code_in_processes(good_articles(), workers, lang=lang):
                articles += 1
                progress.update(task, advance=1, description=f"coding ({events} events)")
                if result.error:
                    failures += 1
                    errors.print(f"[yellow]skipped[/yellow]: {_where(result.article)}: {result.error}", highlight=False, soft_wrap=True)
                    continue
                events += csv_writer.write(result.events) if csv_writer else write_jsonl(result.events, stream)
                stream.flush()
    finally:
        if output:
            stream.close()
    errors.print(f"{articles} articles, {events} events, {failures} failed", style="dim", highlight=False)
    if failures:
        raise typer.Exit(code=1)


def _where(article: Article) -> str:
    return f"{article.source}, line {article.line}" if article.line else article.source


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    )


app.command("eval", help="Score coded events against a gold file (GUIDELINES scoring).")(eval_command)
register_store_commands(app)  # ingest, query, timeline, export
app.add_typer(packs_app, name="packs")  # packs coverage


if __name__ == "__main__":  # pragma: no cover
    app()

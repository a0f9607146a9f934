"""The ``chronicle`` command line."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Optional, TextIO

import typer
from rich.console import Console
from rich.text import Text
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from chronicle.errors import ChronicleError, InputError
from chronicle.evaluate.command import eval_command
from chronicle.export.terminal import printable, say, stderr_progress
from chronicle.model import Article, PartialDate
from chronicle.store.commands import register as register_store_commands
from chronicle.serve.command import register as register_serve_commands
from chronicle.batch.command import register as register_batch_commands
from chronicle.packs.coverage import app as packs_app

# -h and --help on every command: subcommands inherit the root's help option names
app = typer.Typer(help="Chronicle: code news articles into PLOVER political events.", no_args_is_help=True,
                  add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})  # fmt: skip
errors = Console(stderr=True)


def _show_version(value: bool) -> None:
    if value:
        from chronicle import __version__

        typer.echo(f"chronicle {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", "-V", callback=_show_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Chronicle: code news articles into PLOVER political events."""


class ExplainFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


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
    explain: bool = typer.Option(False, "--explain", help="Also say, on standard error, for each sentence: the candidate events, their trigger and lexicon entry, frame, arguments, negation and modality cues, what each assembly step decided and why a candidate was dropped. The events written are the same."),
    explain_format: ExplainFormat = typer.Option(ExplainFormat.text, "--explain-format", help="--explain as text, or as one JSON record per sentence (jsonl)."),
) -> None:
    """Code articles into events, one record per event."""
    from chronicle.export.output import OutputError, check_output, output_stream
    from chronicle.store.signals import Terminated, stop_on_signals
    from chronicle.read import read_inputs

    when = _parse_published(published)
    if explain and workers > 1:
        raise typer.BadParameter("--explain codes in this process: leave --workers at 1", param_hint="--workers")
    if output is not None:
        try:
            check_output(output, input_files(inputs))
        except OutputError as exc:
            say(errors, "error", "red", exc)
            raise typer.Exit(code=2) from exc
    totals = {"articles": 0, "events": 0, "failures": 0}
    stopped: BaseException | None = None
    try:
        with stop_on_signals(), (output_stream(output) if output else nullcontext(sys.stdout)) as stream:
            try:
                _code_to(stream, read_inputs(inputs, published=when, stdin=sys.stdin), output_format, workers, lang, totals,
                         _explainer(explain_format) if explain else None)  # fmt: skip
            except KeyboardInterrupt as exc:  # Terminated too: what is coded is kept
                stopped = exc
    except ChronicleError as exc:  # an output refused, a language pack or knowledge file that does not load
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc
    except OSError as exc:  # the output cannot be written (disk full, closed pipe)
        say(errors, "error", "red", f"cannot write {output or 'standard output'}: {exc.strerror or exc}")
        raise typer.Exit(code=1) from exc
    errors.print(f"{totals['articles']} articles, {totals['events']} events, {totals['failures']} failed", style="dim", highlight=False)
    if stopped is not None:
        errors.print("interrupted: the events of the articles coded so far are written", highlight=False)
        raise typer.Exit(code=143 if isinstance(stopped, Terminated) else 130)
    if totals["failures"]:
        raise typer.Exit(code=1)


def _explainer(explain_format: ExplainFormat) -> Callable[[dict], None]:
    """Where ``--explain`` records go: standard error, as escaped text or as JSON lines."""
    from chronicle.export.terminal import json_line
    from chronicle.resolve.explain import explanation_text

    def write(record: dict) -> None:
        if explain_format is ExplainFormat.jsonl:
            errors.file.write(json_line(record) + "\n")
            errors.file.flush()
        else:
            errors.print(Text(printable(explanation_text(record), newlines=True)), highlight=False, soft_wrap=True)

    return write


def _code_to(stream: TextIO, items: Iterable[Article | InputError], output_format: OutputFormat, workers: int,
             lang: str | None, totals: dict[str, int], explain: Callable[[dict], None] | None = None) -> None:  # fmt: skip
    """Code ``items`` and write their events to ``stream``, reporting each failure as it comes
    (and, with ``explain``, handing it each sentence's explanation)."""
    from chronicle.export.records import CsvEventWriter, write_jsonl
    from chronicle.parallel import code_in_processes

    # Each article's records are rendered apart first, so one that cannot be
    # written (a value no encoding takes) is reported, not half-written.
    buffer = io.StringIO()
    csv_writer = CsvEventWriter(buffer) if output_format is OutputFormat.csv else None
    stream.write(buffer.getvalue())
    encoding = getattr(stream, "encoding", None) or "utf-8"

    def good_articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputError):
                totals["failures"] += 1
                say(errors, "error", "red", item)
                continue
            yield item

    with _progress() as progress:
        task = progress.add_task("coding", total=None)
        if explain is not None:
            from chronicle.pipeline import Coder

            results = Coder(explain=explain).code_articles(good_articles(), lang=lang)
        else:
            results = code_in_processes(good_articles(), workers, lang=lang)
        for result in results:
            totals["articles"] += 1
            progress.update(task, advance=1, description=f"coding ({totals['events']} events)")
            for note in result.notes:
                say(errors, "note", "dim", f"{_where(result.article)}: {note}")
            if result.error:
                totals["failures"] += 1
                say(errors, "skipped", "yellow", f"{_where(result.article)}: {result.error}")
                continue
            buffer.seek(0)
            buffer.truncate()
            try:
                count = csv_writer.write(result.events) if csv_writer else write_jsonl(result.events, buffer)
                text = buffer.getvalue()
                text.encode(encoding)
            except (UnicodeError, ValueError) as exc:
                totals["failures"] += 1
                say(errors, "skipped", "yellow", f"{_where(result.article)}: its events cannot be written: {exc}")
                continue
            stream.write(text)
            stream.flush()
            totals["events"] += count


def input_files(inputs: Sequence[str]) -> list[tuple[str, Path]]:
    """The files the inputs name (directories and globs expanded), as ``("the input", path)`` pairs."""
    from chronicle.read.paths import STDIN, expand

    return [("the input", Path(item)) for item in expand(list(inputs)) if isinstance(item, str) and item != STDIN]


def _where(article: Article) -> str:
    return f"{article.source}, line {article.line}" if article.line else article.source


def _progress() -> Progress:
    return stderr_progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())


class CodesWhat(str, Enum):
    types = "types"
    cameo = "cameo"
    sectors = "sectors"
    countries = "countries"


@app.command("codes")
def codes_command(
    what: Optional[list[CodesWhat]] = typer.Argument(None, help="types, cameo, sectors or countries (default: types and cameo)."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or jsonl."),
) -> None:
    """List the codes filters and events use: PLOVER types and modes, CAMEO codes with names and Goldstein values, sectors, countries."""
    from chronicle.ontology.vocabulary import cameo_codes, country_codes, country_name, plover_types, sector_codes
    from chronicle.export.terminal import json_line, printable

    if output_format not in ("text", "jsonl"):
        raise typer.BadParameter(f"{output_format!r} is not text or jsonl", param_hint="--format")
    chosen = what or [CodesWhat.types, CodesWhat.cameo]
    records: list[tuple[str, dict[str, object], str]] = []  # (section, record, text line)
    for section in chosen:
        if section is CodesWhat.types:
            for name, spec in sorted(plover_types().items()):
                modes = sorted(spec.modes)
                records.append(("types", {"type": name, "quad_class": spec.quad_class, "cameo_root": spec.cameo_root, "modes": modes},
                                f"{name:<10} quad {spec.quad_class}  CAMEO {spec.cameo_root:<3}  modes: {', '.join(modes) or '-'}"))  # fmt: skip
        elif section is CodesWhat.cameo:
            for code in cameo_codes():
                score = "" if code.goldstein is None else f"{code.goldstein:+.1f}"
                records.append(("cameo", {"cameo": code.code, "name": code.name, "goldstein": code.goldstein},
                                f"{code.code:<4} {score:>5}  {code.name}"))  # fmt: skip
        elif section is CodesWhat.sectors:
            for sector in sorted(sector_codes()):
                records.append(("sectors", {"sector": sector}, sector))
        else:
            for country in sorted(country_codes()):
                name = country_name(country)
                records.append(("countries", {"country": country, "name": name}, f"{country}  {name}"))
    for index, (section, record, line) in enumerate(records):
        if output_format == "jsonl":
            typer.echo(json_line({"section": section, **record}))
            continue
        if index == 0 or records[index - 1][0] != section:
            heading = {"types": "PLOVER event types (quad class, fallback CAMEO code, modes)",
                       "cameo": "CAMEO codes (Goldstein value, name)", "sectors": "actor sectors",
                       "countries": "country codes (ISO 3166-1 alpha-3, and international bodies)"}[section]  # fmt: skip
            typer.echo(("\n" if index else "") + f"# {heading}")
        typer.echo(printable(line))


app.command("eval", help="Score coded events against a gold file (docs/coding-guidelines.md, Scoring).")(eval_command)
register_store_commands(app)  # ingest, query, timeline, export
register_serve_commands(app)  # serve, keys
register_batch_commands(app)  # batch (on Ray)
app.add_typer(packs_app, name="packs")  # packs coverage


if __name__ == "__main__":  # pragma: no cover
    app()

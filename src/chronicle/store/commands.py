"""The store's commands: ``ingest``, ``query``, ``timeline``, ``export`` and ``show``.

They share ``--db`` and the filter options, defined once in
``FILTER_OPTIONS`` and added to each command by ``with_filters`` (``--actor``,
``--country``, ``--dyad``, ``--either-way``, ``--sector``, ``--type``,
``--mode``, ``--cameo``, ``--quad``, ``--since``, ``--until``, ``--place``,
``--place-country``, ``--polarity``, ``--modality``, ``--text``,
``--min-mentions``, ``--min-confidence``), so a filter written for ``query``
works unchanged for ``timeline``, ``export`` and ``show``.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import os
import re
import sys
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Optional, TextIO

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich import box
from rich.table import Table

from chronicle.errors import ChronicleError
from chronicle.export.output import OutputError, check_output, output_path, output_stream
from chronicle.export.terminal import cell, printable, say, stderr_progress
from chronicle.model import PartialDate
from chronicle.store import DB_ENV, DEFAULT_DB
from chronicle.store.database import DamagedStore, damaged, is_damage
from chronicle.store.query import SORTS, EventFilter, since_date, until_date

errors = Console(stderr=True)

DB_HELP = f"Store file (DuckDB); default ${DB_ENV} or ./{DEFAULT_DB}."
DB_OPTION = typer.Option(None, "--db", help=DB_HELP)

OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")


# The filter options, defined once: ``with_filters`` adds them to query,
# timeline, export and show, and hands the command the EventFilter they make.
FILTER_OPTIONS: list[tuple[str, Any, Any]] = [
    ("actor", list[str], typer.Option([], "--actor", help="Source or target whose name or text contains this (repeatable).")),
    ("country", list[str], typer.Option([], "--country", help="Source or target country, ISO alpha-3 (repeatable, or comma-separated).")),
    ("dyad", Optional[str], typer.Option(None, "--dyad", help="SOURCE,TARGET countries, e.g. USA,PRK (directed unless --either-way).")),
    ("either_way", bool, typer.Option(False, "--either-way", help="Match --dyad in both directions.")),
    ("sector", list[str], typer.Option([], "--sector", help="Source or target sector (GOV, MIL, ...; see chronicle codes sectors).")),
    ("type_", list[str], typer.Option([], "--type", help="PLOVER event type (CONSULT, ASSAULT, ...; see chronicle codes types).")),
    ("mode", list[str], typer.Option([], "--mode", help="PLOVER mode (third-party, visit, ...).")),
    ("cameo", list[str], typer.Option([], "--cameo", help="CAMEO code prefix (04 matches 040-046; see chronicle codes cameo).")),
    ("quad", list[int], typer.Option([], "--quad", help="Quad class 1-4 (1 verbal cooperation ... 4 material conflict).")),
    ("since", Optional[str], typer.Option(None, "--since", help="From this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")),
    ("until", Optional[str], typer.Option(None, "--until", help="Up to this date, inclusive (--until 2019 includes all of 2019).")),
    ("place", list[str], typer.Option([], "--place", help="Place whose name or text contains this (repeatable).")),
    ("place_country", list[str], typer.Option([], "--place-country", help="Country of the place, ISO alpha-3.")),
    ("polarity", Optional[str], typer.Option(None, "--polarity", help="positive (it happened) or negative (it did not).")),
    ("modality", list[str], typer.Option([], "--modality", help="actual, intended or hypothetical.")),
    ("text", list[str], typer.Option([], "--text", help="Word that must occur in one of the event's evidence sentences (repeatable).")),
    ("min_mentions", Optional[int], typer.Option(None, "--min-mentions", min=1, help="Only events stated at least this many times.")),
    ("min_confidence", Optional[float], typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Only events coded with at least this confidence (0-1).")),
]


def with_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` with the filter options added to its parameters; it receives their EventFilter as ``event_filter``."""
    signature = inspect.signature(command)
    own = [p for p in signature.parameters.values() if p.name != "event_filter"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=kind)
             for name, kind, option in FILTER_OPTIONS]  # fmt: skip

    @functools.wraps(command)
    def run(**values: Any) -> Any:
        given = {name: values.pop(name) for name, _, _ in FILTER_OPTIONS}
        return command(**values, event_filter=build_filter(**given))

    run.__signature__ = signature.replace(parameters=[p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + added)  # type: ignore[attr-defined]
    run.__annotations__ = {**{k: v for k, v in command.__annotations__.items() if k != "event_filter"},
                           **{name: kind for name, kind, _ in FILTER_OPTIONS}}  # fmt: skip
    return run


_SURROGATE = re.compile("[\ud800-\udfff]")


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _date(value: str | None, option: str, convert: Callable[[str], Any]) -> Any:
    if value is None:
        return None
    try:
        return convert(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{exc} (expected YYYY, YYYY-MM or YYYY-MM-DD)", param_hint=option) from exc


def _check_known(values: list[str], known: Collection[str], option: str, what: str, listed: bool = True) -> None:
    """A usage error for the first value not in ``known``, listing the valid ones (or the nearest, for long lists)."""
    for value in values:
        if value not in known:
            if listed:
                choices = f"valid values: {', '.join(sorted(known))}"
            else:
                near = difflib.get_close_matches(value, sorted(known), n=5, cutoff=0.5)
                choices = (f"did you mean {', '.join(near)}? " if near else "") + f"the full list: chronicle codes {what}"
            raise typer.BadParameter(f"{printable(value)!r} is not {_WHAT[what]}; {choices}", param_hint=option)


_WHAT = {
    "types": "a PLOVER event type",
    "modes": "a PLOVER mode",
    "countries": "an ISO alpha-3 country code",
    "sectors": "an actor sector code",
    "cameo": "a CAMEO code or the prefix of one",
}


def build_filter(
    actor: list[str], country: list[str], dyad: str | None, either_way: bool, sector: list[str], type_: list[str],
    mode: list[str], cameo: list[str], quad: list[int], since: str | None, until: str | None, place: list[str],
    place_country: list[str], polarity: str | None, modality: list[str], text: list[str], min_mentions: int | None,
    min_confidence: float | None = None,
) -> EventFilter:  # fmt: skip
    """An EventFilter from the command-line options, with usage errors for bad values (listing the valid ones)."""
    from chronicle.ontology.vocabulary import (
        cameo_prefixes, country_codes, event_types, modes_of, sector_codes,
    )  # fmt: skip

    for option, values in (("--actor", actor), ("--country", country), ("--dyad", [dyad or ""]), ("--sector", sector),
                           ("--type", type_), ("--mode", mode), ("--cameo", cameo), ("--since", [since or ""]),
                           ("--until", [until or ""]), ("--place", place), ("--place-country", place_country),
                           ("--polarity", [polarity or ""]), ("--modality", modality), ("--text", text)):  # fmt: skip
        for value in values:
            if _SURROGATE.search(value):
                # what the shell passed was not UTF-8: Python keeps such bytes as lone surrogates
                raise typer.BadParameter(f"{printable(value)!r} is not valid UTF-8 text", param_hint=option)
    countries = country_codes()
    pair = None
    if dyad is not None:
        parts = _split([dyad])
        if len(parts) != 2:
            raise typer.BadParameter(f"{dyad!r}: give two country codes, SOURCE,TARGET (e.g. USA,PRK)", param_hint="--dyad")
        _check_known([p.upper() for p in parts], countries, "--dyad", "countries", listed=False)
        pair = (parts[0], parts[1])
    elif either_way:
        raise typer.BadParameter("--either-way needs --dyad", param_hint="--either-way")
    if polarity is not None and polarity not in ("positive", "negative"):
        raise typer.BadParameter(f"{polarity!r} is not positive or negative", param_hint="--polarity")
    bad = [m for m in _split(modality) if m not in ("actual", "intended", "hypothetical")]
    if bad:
        raise typer.BadParameter(f"{bad[0]!r} is not actual, intended or hypothetical", param_hint="--modality")
    bad_quads = [q for q in quad if q not in (1, 2, 3, 4)]
    if bad_quads:
        raise typer.BadParameter(f"{bad_quads[0]} is not a quad class (1-4)", param_hint="--quad")
    types = [t.upper() for t in _split(type_)]
    _check_known(types, event_types(), "--type", "types")
    _check_known([m.lower() for m in _split(mode)], modes_of(types), "--mode", "modes")
    _check_known([c.upper() for c in _split(country)], countries, "--country", "countries", listed=False)
    _check_known([c.upper() for c in _split(place_country)], countries, "--place-country", "countries", listed=False)
    _check_known([s.upper() for s in _split(sector)], sector_codes(), "--sector", "sectors")
    _check_known(_split(cameo), cameo_prefixes(), "--cameo", "cameo", listed=False)
    return EventFilter(
        actors=list(actor),
        countries=_split(country),
        dyad=pair,
        either_way=either_way,
        sectors=_split(sector),
        types=_split(type_),
        modes=_split(mode),
        cameo=_split(cameo),
        quad_classes=list(quad),
        since=_date(since, "--since", since_date),
        until=_date(until, "--until", until_date),
        places=list(place),
        place_countries=_split(place_country),
        polarity=polarity,
        modalities=_split(modality),
        words=list(text),
        min_mentions=min_mentions,
        min_confidence=min_confidence,
    )


@contextmanager
def _store(db: Path | None, read_only: bool, shared: bool = False) -> Iterator[Any]:
    from chronicle.store.database import open_store

    try:
        store = open_store(db, read_only=read_only, shared=shared)
    except ChronicleError as exc:
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc
    try:
        yield store
    except DamagedStore as exc:
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc
    except duckdb.Error as exc:
        # met by a query that reached a damaged block, or a store changed under this command
        say(errors, "error", "red", damaged(store.path, exc) if is_damage(exc) else f"{store.path}: {exc}")
        raise typer.Exit(code=2) from exc
    finally:
        store.close()


def _db_path(db: Path | None) -> Path:
    from chronicle.store.database import default_db_path

    return db if db is not None else default_db_path()


def _check_outputs(db: Path | None, *outputs: tuple[str, Path | None]) -> None:
    """Refuse an output that is the store (or another output of the same command) before anything is opened."""
    named = [(option, path) for option, path in outputs if path is not None]
    try:
        for i, (option, path) in enumerate(named):
            check_output(path, [("the store", _db_path(db))] + [(f"the {o} file", p) for o, p in named[:i]], option)
    except OutputError as exc:
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a file written whole or not at all (see ``chronicle.export.output``)."""
    if path is None:
        yield sys.stdout
        return
    try:
        with output_stream(path) as stream:
            yield stream
    except (OutputError, OSError) as exc:
        detail = exc if isinstance(exc, OutputError) else f"cannot write {path}: {exc.strerror or exc}"
        say(errors, "error", "red", detail)
        raise typer.Exit(code=1) from exc


# ---------------------------------------------------------------- ingest


def ingest_command(
    inputs: Optional[list[str]] = typer.Argument(None, help="Files, directories, globs, or - for standard input (text, JSONL or HTML)."),
    db: Optional[Path] = DB_OPTION,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every article (skips detection)."),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Articles per committed transaction."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes coding in parallel (one per core; each loads its own models)."),
    from_batch: Optional[Path] = typer.Option(None, "--from-batch", help="Store the output folder of chronicle batch (its finished shards) instead of coding inputs."),
) -> None:
    """Code articles and store them with their events; rerun to resume, nothing is stored twice."""
    from chronicle.store.signals import stop_on_signals
    from chronicle.store.ingest import Ingester, IngestStats
    from chronicle.store.progress import progress_line, undated_message

    when = _date(published, "--published", PartialDate.parse)
    items, coder, total = _ingest_source(inputs or [], from_batch, workers, when, published, lang)
    with stop_on_signals() as terminated, _store(db, read_only=False, shared=True) as store:
        started = time.monotonic()
        with _ingest_progress() as progress:
            task = progress.add_task("ingesting", total=None, line=progress_line(IngestStats(), 0.0, None))

            committed = 0

            def show(stats: IngestStats) -> None:
                nonlocal committed
                elapsed = max(time.monotonic() - started, 1e-9)
                progress.update(task, total=total.value, completed=stats.done, line=progress_line(stats, elapsed, total.value))
                if stats.batches != committed and not errors.is_terminal:
                    # Without a live bar (logs, cron), say what is safely on disk after each commit.
                    committed = stats.batches
                    errors.print(f"committed batch {committed}: {progress_line(stats, elapsed, total.value)}", highlight=False)

            def report(message: str) -> None:
                say(progress.console, "skipped", "yellow", message)

            def note(message: str) -> None:
                say(progress.console, "note", "dim", message)

            ingester = Ingester(store, coder, batch_size=batch_size, lang=lang, report=report, progress=show, note=note)
            try:
                stats = ingester.ingest(items())
            except ChronicleError as exc:  # a language pack or knowledge file that does not load, ...
                say(errors, "error", "red", f"{exc} (committed batches are kept)")
                raise typer.Exit(code=2) from exc
        totals = store.counts()
    elapsed = time.monotonic() - started
    errors.print(
        f"stored {stats.articles} articles ({stats.events} event mentions) in {elapsed:.1f} s, "
        f"{stats.already_stored} already stored, {stats.failures} failed; "
        f"the store has {totals['articles']} articles, {totals['events']} events from {totals['mentions']} mentions",
        highlight=False,
    )
    for reason, count in sorted(stats.failure_reasons.items(), key=lambda item: -item[1]):
        errors.print(f"  {count} × {printable(reason)}", highlight=False, style="dim", markup=False)
    if (undated := undated_message(stats)) is not None:
        say(errors, "undated", "yellow", undated)
    if stats.reordered is not None:
        errors.print(f"re-ordered the store's {stats.reordered} events by date (faster filtered queries)", highlight=False, style="dim")
    if stats.interrupted:
        errors.print("interrupted: committed batches are kept; run the same command again to resume", highlight=False)
        raise typer.Exit(code=143 if terminated() else 130)
    if stats.failures:
        raise typer.Exit(code=1)


def _ingest_source(inputs: list[str], from_batch: Path | None, workers: int, when: PartialDate | None,
                   published: str | None, lang: str | None) -> tuple[Callable[[], Any], Any, Any]:  # fmt: skip
    """What ``ingest`` stores: (the records to read, the coder, their total as ``.value``), from inputs or a batch output."""
    if from_batch is None:
        from chronicle.parallel import ProcessCoder
        from chronicle.read import read_inputs
        from chronicle.store.progress import TotalCounter

        if not inputs:
            raise typer.BadParameter("give the inputs to code, or --from-batch DIR", param_hint="INPUTS")
        total = TotalCounter(inputs)  # articles in the inputs, counted beside the ingest
        return lambda: read_inputs(inputs, published=when, stdin=sys.stdin), ProcessCoder(workers), total
    if inputs or published or lang:
        raise typer.BadParameter("--from-batch stores events already coded: give no inputs, --published or --lang", param_hint="--from-batch")
    from chronicle.batch.ingest import BatchReplay

    try:
        replay = BatchReplay(from_batch)
    except ChronicleError as exc:
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc
    return replay.articles, replay, SimpleNamespace(value=replay.total)


def _ingest_progress() -> Progress:
    # the bar pulses until the total is known
    return stderr_progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=24), TextColumn("{task.fields[line]}"), TimeElapsedColumn())


# ---------------------------------------------------------------- query


class QueryFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@with_filters
def query_command(
    db: Optional[Path] = DB_OPTION,
    event_filter: EventFilter = EventFilter(),
    output_format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table, jsonl or csv."),
    limit: int = typer.Option(50, "--limit", min=0, help="Events per page (0: all)."),
    offset: int = typer.Option(0, "--offset", min=0, help="Skip this many events (paging)."),
    sort: str = typer.Option("date", "--sort", help=f"Order: {', '.join(SORTS)}."),
    with_mentions: bool = typer.Option(False, "--mentions", help="List every mention (article, sentence, offsets) of each event."),
    output: Optional[Path] = OUTPUT,
) -> None:  # fmt: skip
    """Find stored events by actor, country, dyad, type, date, place, polarity, modality or evidence words."""
    from chronicle.store.query import count_events, mentions_of, query_events
    from chronicle.export.stored import STORED_CSV_COLUMNS, stored_csv_row, stored_json

    if sort not in SORTS:
        raise typer.BadParameter(f"{sort!r} is not one of {', '.join(SORTS)}", param_hint="--sort")
    _check_outputs(db, ("-o", output))
    with _store(db, read_only=True) as store:
        total = count_events(store, event_filter)
        events = query_events(store, event_filter, sort=sort, limit=limit or None, offset=offset)
        mentions = mentions_of(store, [e.event_id for e in events]) if with_mentions else {}
    with _output(output) as stream:
        if output_format is QueryFormat.jsonl:
            for event in events:
                stream.write(stored_json(event, mentions.get(event.event_id) if with_mentions else None) + "\n")
        elif output_format is QueryFormat.csv:
            import csv

            writer = csv.DictWriter(stream, fieldnames=STORED_CSV_COLUMNS)
            writer.writeheader()
            for event in events:
                writer.writerow(stored_csv_row(event))
        else:
            # a terminal's own width (or $COLUMNS); a file or a pipe gets wide lines
            console = Console(file=stream, width=None if stream.isatty() or os.environ.get("COLUMNS") else 200)
            console.print(_event_table(events, mentions if with_mentions else None))
    shown = f"{offset + 1}-{offset + len(events)}" if events else "none"
    more = f"; next page: --offset {offset + len(events)}" if offset + len(events) < total and limit else ""
    errors.print(f"{total} events match; showing {shown}{more}", highlight=False, style="dim")


def _actor_label(actor: Any) -> str:
    if actor is None:
        return ""
    name = actor.name or actor.text or ""
    return f"{name} ({actor.country})" if actor.country and name else (actor.country or name)


def _event_table(events: list[Any], mentions: dict[str, list[Any]] | None) -> Table:
    """The events as a table that fits an 80-column terminal: dates never wrap, the evidence column does."""
    table = Table(show_lines=True, box=box.SQUARE, expand=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("type, CAMEO (Goldstein)", overflow="fold", ratio=4)
    table.add_column("source → target (country)", overflow="fold", ratio=6)
    table.add_column("place", overflow="fold", ratio=3)
    table.add_column("event id; mentions/ articles/ sources", overflow="fold", ratio=6)
    for e in events:
        described = [e.event_type + (f", {e.mode}" if e.mode else "")]
        if e.cameo or e.goldstein is not None:
            described.append((e.cameo or "") + ("" if e.goldstein is None else f" ({e.goldstein:+g})"))
        if e.polarity != "positive":
            described.append("did NOT happen")
        if e.modality != "actual":
            described.append(e.modality)
        evidence = f"{e.event_id}\n{e.num_mentions}/{e.num_articles}/{e.num_sources}"
        if mentions is not None:
            # a sentence is one line of evidence: its own line breaks are shown escaped
            lines = [f"{m.article_id} s{m.sentence_index} [{m.char_start}:{m.char_end}] {printable(m.sentence)}" for m in mentions.get(e.event_id, [])]
            evidence += "\n" + "\n".join(lines)
        # Every cell is plain Text: stored values come from articles, and as
        # markup "[link=...]" would become a link and "[/bold]" an error.
        table.add_row(
            cell(e.date.value if e.date else "undated"),
            cell("\n".join(described)),
            cell(f"{_actor_label(e.source)}\n→ {_actor_label(e.target) or '(no one named)'}"),
            cell(e.location.name if e.location else ""),
            cell(evidence),
        )
    return table


# ---------------------------------------------------------------- timeline


class TimelineFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


@with_filters
def timeline_command(
    db: Optional[Path] = DB_OPTION,
    event_filter: EventFilter = EventFilter(),
    by: Period = typer.Option(Period.month, "--by", help="Period: day, week (from Monday), month or year."),
    output_format: TimelineFormat = typer.Option(TimelineFormat.table, "--format", "-f", help="table, csv or jsonl."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the series to this .png or .svg file."),
    by_quad: bool = typer.Option(False, "--by-quad", help="--plot: stack each period's events by quad class."),
    output: Optional[Path] = OUTPUT,
) -> None:  # fmt: skip
    """Events and Goldstein sums per day, week, month or year for a filter (the dyadic series)."""
    import csv
    import json

    from chronicle.store.plot import PLOT_SUFFIXES, plot_timeline
    from chronicle.store.timeline import timeline, timeline_by_quad

    if by_quad and plot is None:
        raise typer.BadParameter("--by-quad shapes the plot: give --plot FILE.png too", param_hint="--by-quad")
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise typer.BadParameter(f"{plot}: name the plot file .png or .svg", param_hint="--plot")
    _check_outputs(db, ("-o", output), ("--plot", plot))
    with _store(db, read_only=True) as store:
        series = timeline(store, event_filter, by=by.value)
        quads = timeline_by_quad(store, event_filter, by=by.value) if by_quad else None
    columns = ("period", "events", "mentions", "articles", "goldstein_sum", "goldstein_mean")

    def values(row: Any) -> list[Any]:
        mean = None if row.goldstein_mean is None else round(row.goldstein_mean, 3)
        return [_period_label(row.period, by.value), row.events, row.mentions, row.articles, round(row.goldstein_sum, 3), mean]

    with _output(output) as stream:
        if output_format is TimelineFormat.csv:
            writer = csv.writer(stream)
            writer.writerow(columns)
            for row in series.rows:
                writer.writerow(["" if v is None else v for v in values(row)])
        elif output_format is TimelineFormat.jsonl:
            for row in series.rows:
                stream.write(json.dumps(dict(zip(columns, values(row)))) + "\n")
        else:
            table = Table(title=cell(event_filter.describe()))
            for column in columns:
                table.add_column(column, justify="left" if column == "period" else "right")
            for row in series.rows:
                table.add_row(*(cell(v) for v in values(row)))
            Console(file=stream).print(table)
    if plot is not None:
        try:
            with output_path(plot) as temporary:
                plot_timeline(series, temporary, f"{event_filter.describe()}, per {by.value}", plot.suffix, by_quad=quads)
        except (OutputError, OSError, ValueError) as exc:
            say(errors, "error", "red", f"cannot draw {plot}: {exc}")
            raise typer.Exit(code=1) from exc
        say(errors, "plot written to", "dim", plot)
    if series.left_out:
        errors.print(
            f"{series.left_out} matching events are undated or dated too coarsely for a {by.value} series and are left out",
            highlight=False,
            style="dim",
        )


def _period_label(period: Any, by: str) -> str:
    if by == "month":
        return period.strftime("%Y-%m")
    if by == "year":
        return str(period.year)
    return period.isoformat()


# ---------------------------------------------------------------- export


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"
    plover = "plover"


@with_filters
def export_command(
    db: Optional[Path] = DB_OPTION,
    output_format: ExportFormat = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, gdelt (GDELT 2.0 event table), gdelt-mentions (GDELT 2.0 mentions table: one row per mention) or plover (PLOVER JSONL)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (required for parquet) instead of standard output."),
    gdelt_header: bool = typer.Option(False, "--header", help="gdelt, gdelt-mentions: write a first line with GDELT's column names."),
    event_filter: EventFilter = EventFilter(),
) -> None:  # fmt: skip
    """Export stored events (all, or those a filter selects) for other tools."""
    from chronicle.export.gdelt import mention_rows, write_gdelt, write_gdelt_mentions
    from chronicle.export.plover import write_plover
    from chronicle.export.stored import write_parquet, write_stored_csv, write_stored_jsonl
    from chronicle.store.query import iter_rows, select_sql

    if output_format is ExportFormat.parquet and output is None:
        raise typer.BadParameter("Parquet is binary: give the file with --output FILE.parquet", param_hint="--output")
    _check_outputs(db, ("-o", output))
    with _store(db, read_only=True) as store:
        if output_format is ExportFormat.parquet:
            sql, params = select_sql(event_filter, sort="date")
            from chronicle.store.database import arrow_reader

            reader = arrow_reader(store.connection, sql, params)
            try:
                with output_path(output) as temporary:
                    count = write_parquet(reader, temporary)
            except (OutputError, OSError) as exc:
                say(errors, "error", "red", exc if isinstance(exc, OutputError) else f"cannot write {output}: {exc}")
                raise typer.Exit(code=1) from exc
        else:
            rows = iter_rows(store, event_filter, sort="date")
            with _output(output) as stream:
                if output_format is ExportFormat.gdelt_mentions:
                    count = write_gdelt_mentions(mention_rows(store, event_filter), stream, header=gdelt_header)
                elif output_format is ExportFormat.gdelt:
                    count = write_gdelt(rows, stream, header=gdelt_header)
                elif output_format is ExportFormat.plover:
                    count = write_plover(rows, stream)
                elif output_format is ExportFormat.csv:
                    count = write_stored_csv(rows, stream)
                else:
                    count = write_stored_jsonl(rows, stream)
    errors.print(f"{count} {'mentions' if output_format is ExportFormat.gdelt_mentions else 'events'} exported", highlight=False, style="dim")


# ---------------------------------------------------------------- show


@with_filters
def show_command(
    event_ids: Optional[list[str]] = typer.Argument(None, help="Event ids (as query prints them); without ids, the events the filters select."),
    db: Optional[Path] = DB_OPTION,
    limit: int = typer.Option(10, "--limit", min=1, help="Without ids: show at most this many events."),
    full_text: bool = typer.Option(True, "--text/--no-text", help="Print each article's text with the evidence highlighted."),
    event_filter: EventFilter = EventFilter(),
) -> None:  # fmt: skip
    """Show an event: its codes, every mention of it (article, sentence, offsets) and each article's text with the sentence and the trigger highlighted."""
    from chronicle.store.query import articles_by_id, event_by_id, mentions_of, query_events

    with _store(db, read_only=True) as store:
        if event_ids:
            events = []
            for event_id in event_ids:
                found = event_by_id(store, event_id)
                if found is None:
                    say(errors, "error", "red", f"no event {event_id} in {store.path} (chronicle query lists the stored events' ids)")
                    raise typer.Exit(code=1)
                events.append(found)
        else:
            events = query_events(store, event_filter, sort="date", limit=limit)
        mentions = mentions_of(store, [e.event_id for e in events])
        articles = articles_by_id(store, sorted({m.article_id for ms in mentions.values() for m in ms}))
    console = Console(highlight=False)
    for number, event in enumerate(events):
        if number:
            console.rule()
        _show_event(console, event, mentions.get(event.event_id, []), articles, full_text)
    if not events:
        errors.print("no event matches", highlight=False, style="dim")


def _show_event(console: Console, e: Any, mentions: list[Any], articles: dict[str, Any], full_text: bool) -> None:
    """One event, its mentions, and its articles' text with the evidence highlighted."""
    from rich.text import Text

    def line(*parts: tuple[str, str] | str) -> None:
        console.print(Text.assemble(*((printable(p), "") if isinstance(p, str) else (printable(p[0]), p[1]) for p in parts)))

    codes = f"CAMEO {e.cameo or '-'}, quad class {e.quad_class}, Goldstein {'-' if e.goldstein is None else f'{e.goldstein:+g}'}"
    line(("event ", "bold"), (e.event_id, "bold cyan"), "  ", (e.event_type + (f" ({e.mode})" if e.mode else ""), "bold"), f"  {codes}")
    line("source: ", _actor_full(e.source), "   target: ", _actor_full(e.target))
    when = f"{e.date.value} ({e.date.precision}{', from “' + e.date.text + '”' if e.date.text else ''})" if e.date else "undated"
    place = f"{e.location.name} ({e.location.country})" if e.location else "-"
    line(f"date: {when}   place: {place}")
    stance = ("it happened" if e.polarity == "positive" else "it did NOT happen") + f", {e.modality}"
    line(f"{stance}; confidence {e.confidence:g}; {e.num_mentions} mentions in {e.num_articles} articles from {e.num_sources} sources")
    for m in mentions:
        trigger = f"“{m.trigger}”" + (f" [{m.trigger_start}:{m.trigger_end}]" if m.trigger_start is not None else "")
        line(("mention ", "bold"), f"article {m.article_id}", f" ({m.url})" if m.url else "",
             f", sentence {m.sentence_index} [{m.char_start}:{m.char_end}], trigger {trigger}")  # fmt: skip
        # the sentence alone, its trigger highlighted (offsets made relative to the sentence)
        inside = SimpleNamespace(char_start=None, char_end=None, trigger_start=None if m.trigger_start is None else m.trigger_start - m.char_start,
                                 trigger_end=None if m.trigger_end is None else m.trigger_end - m.char_start)  # fmt: skip
        console.print(Text("  ") + _highlighted(m.sentence, [inside]))
    if not full_text:
        return
    for article_id in dict.fromkeys(m.article_id for m in mentions):
        article = articles.get(article_id)
        if article is None:
            continue
        console.print()
        line(("article ", "bold"), article_id, f"  {article.title}" if article.title else "", f"  {article.url}" if article.url else "")
        console.print(_highlighted(article.text, [m for m in mentions if m.article_id == article_id]))


# sentence and trigger styles: visible on a terminal, and without colour (underline, reverse)
SENTENCE_STYLE = "underline yellow"
TRIGGER_STYLE = "bold reverse"


def _highlighted(text: str, mentions: list[Any]) -> Any:
    """``text`` with each mention's sentence and trigger styled, every piece escaped (see export.terminal)."""
    from rich.text import Text

    marks: dict[int, int] = {}  # offset -> change of (sentence depth, trigger depth) packed as 1 / 1000
    for m in mentions:
        for start, end, weight in ((m.char_start, m.char_end, 1), (m.trigger_start, m.trigger_end, 1000)):
            if start is None or end is None or not 0 <= start < end <= len(text):
                continue
            marks[start] = marks.get(start, 0) + weight
            marks[end] = marks.get(end, 0) - weight
    result = Text()
    depth, position = 0, 0
    for offset in sorted(marks) + [len(text)]:
        if offset > position:
            style = TRIGGER_STYLE if depth >= 1000 else SENTENCE_STYLE if depth > 0 else ""
            result.append(printable(text[position:offset], newlines=True), style=style)
            position = offset
        depth += marks.get(offset, 0)
    return result


def _actor_full(actor: Any) -> str:
    if actor is None:
        return "-"
    details = ", ".join(x for x in (actor.country, actor.sector, actor.role) if x)
    name = actor.name or actor.text or ""
    return f"{name} ({details})" if details and name else (name or details)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``chronicle`` command line."""
    app.command("ingest")(ingest_command)
    app.command("query")(query_command)
    app.command("timeline")(timeline_command)
    app.command("export")(export_command)
    app.command("show")(show_command)

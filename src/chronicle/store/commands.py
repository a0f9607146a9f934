"""The store's commands: ``ingest``, ``query``, ``timeline`` and ``export``.

They share ``--db`` and the filter options (``--actor``, ``--country``,
``--dyad``, ``--either-way``, ``--sector``, ``--type``, ``--mode``,
``--cameo``, ``--quad``, ``--since``, ``--until``, ``--place``,
``--place-country``, ``--polarity``, ``--modality``, ``--text``,
``--min-mentions``), so a filter written for ``query`` works unchanged for
``timeline`` and ``export``.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, Optional, TextIO

import duckdb
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from chronicle.errors import ChronicleError
from chronicle.export.output import OutputError, check_output, output_path, output_stream
from chronicle.export.terminal import cell, printable, say
from chronicle.model import PartialDate
from chronicle.store import DB_ENV, DEFAULT_DB
from chronicle.store.database import DamagedStore, damaged, is_damage
from chronicle.store.query import SORTS, EventFilter, since_date, until_date

errors = Console(stderr=True)

DB_HELP = f"Store file (DuckDB); default ${DB_ENV} or ./{DEFAULT_DB}."
DB_OPTION = typer.Option(None, "--db", help=DB_HELP)

# Filter options, shared by query, timeline and export.
ACTOR = typer.Option([], "--actor", help="Source or target whose name or text contains this (repeatable).")
COUNTRY = typer.Option([], "--country", help="Source or target country, ISO alpha-3 (repeatable, or comma-separated).")
DYAD = typer.Option(None, "--dyad", help="SOURCE,TARGET countries, e.g. USA,PRK (directed unless --either-way).")
EITHER_WAY = typer.Option(False, "--either-way", help="Match --dyad in both directions.")
SECTOR = typer.Option([], "--sector", help="Source or target sector (GOV, MIL, ...).")
TYPE = typer.Option([], "--type", help="PLOVER event type (CONSULT, ASSAULT, ...).")
MODE = typer.Option([], "--mode", help="PLOVER mode (third-party, visit, ...).")
CAMEO = typer.Option([], "--cameo", help="CAMEO code prefix (04 matches 040-046).")
QUAD = typer.Option([], "--quad", help="Quad class 1-4 (1 verbal cooperation ... 4 material conflict).")
SINCE = typer.Option(None, "--since", help="From this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="Up to this date, inclusive (--until 2019 includes all of 2019).")
PLACE = typer.Option([], "--place", help="Place whose name or text contains this (repeatable).")
PLACE_COUNTRY = typer.Option([], "--place-country", help="Country of the place, ISO alpha-3.")
POLARITY = typer.Option(None, "--polarity", help="positive (it happened) or negative (it did not).")
MODALITY = typer.Option([], "--modality", help="actual, intended or hypothetical.")
TEXT = typer.Option([], "--text", help="Word that must occur in one of the event's evidence sentences (repeatable).")
MIN_MENTIONS = typer.Option(None, "--min-mentions", help="Only events stated at least this many times.")
OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")


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


def build_filter(
    actor: list[str], country: list[str], dyad: str | None, either_way: bool, sector: list[str], type_: list[str],
    mode: list[str], cameo: list[str], quad: list[int], since: str | None, until: str | None, place: list[str],
    place_country: list[str], polarity: str | None, modality: list[str], text: list[str], min_mentions: int | None,
) -> EventFilter:  # fmt: skip
    """An EventFilter from the command-line options, with usage errors for bad values."""
    for option, values in (("--actor", actor), ("--country", country), ("--dyad", [dyad or ""]), ("--sector", sector),
                           ("--type", type_), ("--mode", mode), ("--cameo", cameo), ("--since", [since or ""]),
                           ("--until", [until or ""]), ("--place", place), ("--place-country", place_country),
                           ("--polarity", [polarity or ""]), ("--modality", modality), ("--text", text)):  # fmt: skip
        for value in values:
            if _SURROGATE.search(value):
                # what the shell passed was not UTF-8: Python keeps such bytes as lone surrogates
                raise typer.BadParameter(f"{printable(value)!r} is not valid UTF-8 text", param_hint=option)
    pair = None
    if dyad is not None:
        parts = _split([dyad])
        if len(parts) != 2:
            raise typer.BadParameter(f"{dyad!r}: give two country codes, SOURCE,TARGET (e.g. USA,PRK)", param_hint="--dyad")
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
    )


@contextmanager
def _store(db: Path | None, read_only: bool) -> Iterator[Any]:
    from chronicle.store.database import open_store

    try:
        store = open_store(db, read_only=read_only)
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
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, or - for standard input (text, JSONL or HTML)."),
    db: Optional[Path] = DB_OPTION,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every article (skips detection)."),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Articles per committed transaction."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes coding in parallel (one per core; each loads its own models)."),
) -> None:
    """Code articles and store them with their events; rerun to resume, nothing is stored twice."""
    from chronicle.parallel import ProcessCoder
    from chronicle.store.signals import stop_on_signals
    from chronicle.read import read_inputs
    from chronicle.store.ingest import Ingester, IngestStats

    when = _date(published, "--published", PartialDate.parse)
    with stop_on_signals() as terminated, _store(db, read_only=False) as store:
        started = time.monotonic()
        with _ingest_progress() as progress:
            task = progress.add_task("ingesting", total=None, line=_progress_line(IngestStats(), 0.0))

            committed = 0

            def show(stats: IngestStats) -> None:
                nonlocal committed
                elapsed = max(time.monotonic() - started, 1e-9)
                progress.update(task, line=_progress_line(stats, elapsed))
                if stats.batches != committed and not errors.is_terminal:
                    # Without a live bar (logs, cron), say what is safely on disk after each commit.
                    committed = stats.batches
                    errors.print(f"committed batch {committed}: {_progress_line(stats, elapsed)}", highlight=False)

            def report(message: str) -> None:
                say(progress.console, "skipped", "yellow", message)

            def note(message: str) -> None:
                say(progress.console, "note", "dim", message)

            ingester = Ingester(store, ProcessCoder(workers), batch_size=batch_size, lang=lang, report=report, progress=show, note=note)
            try:
                stats = ingester.ingest(read_inputs(inputs, published=when, stdin=sys.stdin))
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
    if stats.interrupted:
        errors.print("interrupted: committed batches are kept; run the same command again to resume", highlight=False)
        raise typer.Exit(code=143 if terminated() else 130)
    if stats.failures:
        raise typer.Exit(code=1)


def _progress_line(stats: Any, elapsed: float) -> str:
    done = stats.articles + stats.already_stored
    return (
        f"{done} articles ({stats.articles / elapsed if elapsed else 0:.1f}/s coded), "
        f"{stats.events} events, {stats.failures} failures"
    )


def _ingest_progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.fields[line]}"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    )


# ---------------------------------------------------------------- query


class QueryFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def query_command(
    db: Optional[Path] = DB_OPTION,
    actor: list[str] = ACTOR, country: list[str] = COUNTRY, dyad: Optional[str] = DYAD, either_way: bool = EITHER_WAY,
    sector: list[str] = SECTOR, type_: list[str] = TYPE, mode: list[str] = MODE, cameo: list[str] = CAMEO,
    quad: list[int] = QUAD, since: Optional[str] = SINCE, until: Optional[str] = UNTIL, place: list[str] = PLACE,
    place_country: list[str] = PLACE_COUNTRY, polarity: Optional[str] = POLARITY, modality: list[str] = MODALITY,
    text: list[str] = TEXT, min_mentions: Optional[int] = MIN_MENTIONS,
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
    event_filter = build_filter(actor, country, dyad, either_way, sector, type_, mode, cameo, quad, since, until, place,
                                place_country, polarity, modality, text, min_mentions)  # fmt: skip
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
            console = Console(file=stream, width=None if stream.isatty() else 200)
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
    table = Table(show_lines=mentions is not None)
    for column in ("date", "type", "cameo", "source", "target", "place", "pol/mod", "ment/art/src", "gold", "event"):
        table.add_column(column, overflow="fold")
    for e in events:
        flags = ("" if e.polarity == "positive" else "not ") + e.modality
        evidence = e.event_id
        if mentions is not None:
            # a sentence is one line of evidence: its own line breaks are shown escaped
            lines = [f"{m.article_id} s{m.sentence_index} [{m.char_start}:{m.char_end}] {printable(m.sentence)}" for m in mentions.get(e.event_id, [])]
            evidence += "\n" + "\n".join(lines)
        # Every cell is plain Text: stored values come from articles, and as
        # markup "[link=...]" would become a link and "[/bold]" an error.
        table.add_row(
            cell(e.date.value if e.date else ""),
            cell(e.event_type + (f" ({e.mode})" if e.mode else "")),
            cell(e.cameo or ""),
            cell(_actor_label(e.source)),
            cell(_actor_label(e.target)),
            cell(e.location.name if e.location else ""),
            cell(flags),
            cell(f"{e.num_mentions}/{e.num_articles}/{e.num_sources}"),
            cell("" if e.goldstein is None else f"{e.goldstein:g}"),
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


def timeline_command(
    db: Optional[Path] = DB_OPTION,
    actor: list[str] = ACTOR, country: list[str] = COUNTRY, dyad: Optional[str] = DYAD, either_way: bool = EITHER_WAY,
    sector: list[str] = SECTOR, type_: list[str] = TYPE, mode: list[str] = MODE, cameo: list[str] = CAMEO,
    quad: list[int] = QUAD, since: Optional[str] = SINCE, until: Optional[str] = UNTIL, place: list[str] = PLACE,
    place_country: list[str] = PLACE_COUNTRY, polarity: Optional[str] = POLARITY, modality: list[str] = MODALITY,
    text: list[str] = TEXT, min_mentions: Optional[int] = MIN_MENTIONS,
    by: Period = typer.Option(Period.month, "--by", help="Period: day, week (from Monday), month or year."),
    output_format: TimelineFormat = typer.Option(TimelineFormat.table, "--format", "-f", help="table, csv or jsonl."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also draw the series to this .png or .svg file."),
    output: Optional[Path] = OUTPUT,
) -> None:  # fmt: skip
    """Events and Goldstein sums per day, week, month or year for a filter (the dyadic series)."""
    import csv
    import json

    from chronicle.store.plot import PLOT_SUFFIXES, plot_timeline
    from chronicle.store.timeline import timeline

    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        raise typer.BadParameter(f"{plot}: name the plot file .png or .svg", param_hint="--plot")
    event_filter = build_filter(actor, country, dyad, either_way, sector, type_, mode, cameo, quad, since, until, place,
                                place_country, polarity, modality, text, min_mentions)  # fmt: skip
    _check_outputs(db, ("-o", output), ("--plot", plot))
    with _store(db, read_only=True) as store:
        series = timeline(store, event_filter, by=by.value)
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
                plot_timeline(series, temporary, f"{event_filter.describe()}, per {by.value}", plot.suffix)
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
    plover = "plover"


def export_command(
    db: Optional[Path] = DB_OPTION,
    output_format: ExportFormat = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, gdelt (GDELT 2.0 event table) or plover (PLOVER JSONL)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file (required for parquet) instead of standard output."),
    gdelt_header: bool = typer.Option(False, "--header", help="gdelt: write a first line with GDELT's column names."),
    actor: list[str] = ACTOR, country: list[str] = COUNTRY, dyad: Optional[str] = DYAD, either_way: bool = EITHER_WAY,
    sector: list[str] = SECTOR, type_: list[str] = TYPE, mode: list[str] = MODE, cameo: list[str] = CAMEO,
    quad: list[int] = QUAD, since: Optional[str] = SINCE, until: Optional[str] = UNTIL, place: list[str] = PLACE,
    place_country: list[str] = PLACE_COUNTRY, polarity: Optional[str] = POLARITY, modality: list[str] = MODALITY,
    text: list[str] = TEXT, min_mentions: Optional[int] = MIN_MENTIONS,
) -> None:  # fmt: skip
    """Export stored events (all, or those a filter selects) for other tools."""
    from chronicle.export.gdelt import write_gdelt
    from chronicle.export.plover import write_plover
    from chronicle.export.stored import write_parquet, write_stored_csv, write_stored_jsonl
    from chronicle.store.query import iter_rows, select_sql

    if output_format is ExportFormat.parquet and output is None:
        raise typer.BadParameter("Parquet is binary: give the file with --output FILE.parquet", param_hint="--output")
    event_filter = build_filter(actor, country, dyad, either_way, sector, type_, mode, cameo, quad, since, until, place,
                                place_country, polarity, modality, text, min_mentions)  # fmt: skip
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
                if output_format is ExportFormat.gdelt:
                    count = write_gdelt(rows, stream, header=gdelt_header)
                elif output_format is ExportFormat.plover:
                    count = write_plover(rows, stream)
                elif output_format is ExportFormat.csv:
                    count = write_stored_csv(rows, stream)
                else:
                    count = write_stored_jsonl(rows, stream)
    errors.print(f"{count} events exported", highlight=False, style="dim")


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``chronicle`` command line."""
    app.command("ingest")(ingest_command)
    app.command("query")(query_command)
    app.command("timeline")(timeline_command)
    app.command("export")(export_command)

"""``chronicle batch``: the command line of the Ray batch coder (the mechanism is in ``chronicle.batch.run``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from chronicle.errors import ChronicleError
from chronicle.export.terminal import say

errors = Console(stderr=True)
_LOG_EVERY_SECONDS = 10.0  # without a live line (logs, cron): a progress line this often


def batch_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories or globs: JSONL (plain or compressed), Parquet, text, HTML."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder: events as Parquet by event month, articles, failures, manifest. Rerun with the same folder to resume."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="A Ray cluster to run on (auto, host:6379, ray://host:10001); default: a local Ray on this machine."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Ray actors coding at once, each with its own models (default: the cluster's CPUs)."),
    shard_size: int = typer.Option(500, "--shard-size", min=1, help="Records per shard: the unit of work, of progress and of resumption."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article (overrides headers and record dates)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of every article (skips detection)."),
) -> None:
    """Code a large corpus on Ray, resumably: the same events as chronicle code, written as Parquet by event month."""
    from chronicle.batch.run import BatchOptions, run_batch
    from chronicle.model import PartialDate
    from chronicle.store.signals import stop_on_signals

    if published is not None:
        try:
            PartialDate.parse(published)
        except ValueError as exc:
            raise typer.BadParameter(f"{exc} (expected YYYY, YYYY-MM or YYYY-MM-DD)", param_hint="--published") from exc
    options = BatchOptions(lang=lang, published=published, shard_size=shard_size, workers=workers, address=ray_address)
    started = time.monotonic()
    logged = [started]
    with _progress() as bar, stop_on_signals() as terminated:
        task = bar.add_task("coding", line="planning shards")

        def report(progress) -> None:  # type: ignore[no-untyped-def]
            line = progress.line()
            bar.update(task, line=line)
            if not errors.is_terminal and time.monotonic() - logged[0] >= _LOG_EVERY_SECONDS:
                logged[0] = time.monotonic()
                errors.print(line, highlight=False)

        try:
            progress = run_batch(inputs, out, options, report)
        except KeyboardInterrupt:
            errors.print(f"interrupted: the finished shards are kept in {out}; run the same command again to resume", highlight=False)
            raise typer.Exit(code=143 if terminated() else 130)
        except ChronicleError as exc:
            say(errors, "error", "red", exc)
            raise typer.Exit(code=2) from exc
    resumed = f" ({progress.finished_before:,} finished by an earlier run)" if progress.finished_before else ""
    errors.print(
        f"{progress.shards_done:,}/{progress.shards:,} shards{resumed}: {progress.articles:,} records, {progress.coded:,} articles coded, "
        f"{progress.found_events:,} events, {progress.failures:,} failures in {time.monotonic() - started:.1f} s; "
        f"events in {out / 'events'}, failures in {out / 'failures.jsonl'}",
        highlight=False,
    )
    if progress.failures:
        raise typer.Exit(code=1)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[line]}"), TimeElapsedColumn(),
                    console=errors, transient=True, disable=not errors.is_terminal)  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add ``batch`` to the command line."""
    app.command("batch")(batch_command)

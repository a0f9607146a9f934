"""The batch driver: plan, start or join Ray, code the unfinished shards on an actor pool, record each in the manifest.

Without an address a local Ray starts on this machine and stops at the end;
with one (``auto``, ``ray://host:10001``, ``host:6379``) the job runs on that
cluster, whose nodes must have Chronicle installed and see the inputs and the
output folder at the same paths (a shared file system).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from chronicle.batch.manifest import Manifest
from chronicle.batch.output import read_failures, remove_temporaries
from chronicle.batch.plan import DEFAULT_SHARD_SIZE, Plan, PlanError, Shard, load_or_make_plan
from chronicle.batch.progress import JobProgress
from chronicle.batch.worker import ShardCoder
from chronicle.errors import ChronicleError
from chronicle.read import DEFAULT_MAX_BYTES
from chronicle.store.signals import critical

FAILURES_FILE = "failures.jsonl"
INSTALL_HINT = "pip install 'chronicle[ray]'"
# A shard's summary is all that goes through Ray's object store (the data is
# read and written by the workers themselves), so a local Ray needs little of it.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


class BatchError(ChronicleError):
    """A batch that cannot run: Ray missing, a cluster unreachable, a shard that failed."""


@dataclass(frozen=True)
class BatchOptions:
    """How to code: the same options as ``chronicle code``, and where and how wide to run."""

    lang: str | None = None
    published: str | None = None  # YYYY[-MM[-DD]] for every article
    max_bytes: int = DEFAULT_MAX_BYTES
    shard_size: int = DEFAULT_SHARD_SIZE
    workers: int | None = None  # actors; default: the cluster's CPUs
    address: str | None = None  # a Ray cluster; None: a local Ray


def run_batch(inputs: list[str], out: Path, options: BatchOptions = BatchOptions(),
              report: Callable[[JobProgress], None] = lambda progress: None) -> JobProgress:  # fmt: skip
    """Code ``inputs`` into ``out``, resuming what an earlier run left; ``report`` hears of each finished shard."""
    ray = import_ray()  # before anything is written: without Ray, say how to install it
    _check_out(out, inputs)
    out.mkdir(parents=True, exist_ok=True)
    coding = {"lang": options.lang, "published": options.published, "max_bytes": options.max_bytes}
    plan, _ = load_or_make_plan(out, inputs, coding, options.shard_size)
    manifest = Manifest(out)
    progress = JobProgress.of(plan, manifest.finished)
    todo = [shard for shard in plan.shards if shard.id not in manifest.finished]
    remove_temporaries(out)
    try:
        if todo:
            _code(ray, todo, out, options, manifest, progress, report)
    finally:
        write_failures(out, plan, manifest)
    return progress


def _check_out(out: Path, inputs: list[str]) -> None:
    """Refuse an output folder inside an input folder: its files would become inputs of the next run."""
    for item in inputs:
        folder = Path(item)
        if folder.is_dir() and (out.resolve() == folder.resolve() or folder.resolve() in out.resolve().parents):
            raise PlanError(f"--out {out} is inside the input folder {item}: choose an output folder outside the inputs")


def import_ray() -> ModuleType:
    """The ``ray`` module with Ray Data, or a BatchError saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401  (Ray Data comes with the "data" extra)
    except ImportError as exc:
        raise BatchError(f"chronicle batch runs on Ray, which is not installed here: {INSTALL_HINT} ({exc})") from exc
    return ray


def _code(ray: ModuleType, todo: list[Shard], out: Path, options: BatchOptions, manifest: Manifest, progress: JobProgress,
          report: Callable[[JobProgress], None]) -> None:  # fmt: skip
    started_here = _connect(ray, options)
    try:
        failed: list[dict[str, Any]] = []
        try:
            for row in _coded(ray, todo, out, options).iter_rows():
                summary = json.loads(row["summary"])
                if "error" in summary:
                    failed.append(summary)  # not finished: a rerun codes it again
                    continue
                with critical():  # Ctrl-C or SIGTERM waits: a manifest line is never torn by them
                    manifest.record(summary)  # its files are renamed and synced: now it is finished
                    progress.add(summary)
                report(progress)
        except ray.exceptions.RayError as exc:  # a worker lost beyond Ray's retries, ...
            raise BatchError(f"a shard could not be coded: {_first_line(exc)}; finished shards are kept, rerun to resume") from exc
        if failed:
            first = failed[0]
            raise BatchError(f"{len(failed)} shard(s) could not be coded (first: {first['shard']}: {_first_line_of(first['error'])}); "
                             "the finished shards are kept, rerun to resume")  # fmt: skip
    finally:
        if started_here:
            ray.shutdown()


def _coded(ray: Any, todo: list[Shard], out: Path, options: BatchOptions) -> Any:
    """The Ray dataset of the shards' summaries: one shard per block, coded by a pool of ``ShardCoder`` actors."""
    workers = min(options.workers or max(1, int(ray.cluster_resources().get("CPU", 1))), len(todo))
    shards = ray.data.from_items([{"shard": shard.to_json()} for shard in todo], override_num_blocks=len(todo))
    return shards.map_batches(
        ShardCoder,
        fn_constructor_kwargs={"out": str(out.resolve()), "lang": options.lang, "published": options.published, "max_bytes": options.max_bytes},
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,  # one core per actor: the parse is single-threaded
    )


def _connect(ray: Any, options: BatchOptions) -> bool:
    """Join the Ray of this process, the cluster at ``options.address``, or start a local one; whether it started here."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the job's own progress line says it all
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    if ray.is_initialized():
        return False
    quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
    try:
        if options.address:
            ray.init(address=options.address, **quiet)
        else:
            # A Ray this command starts for itself sends no usage statistics (Ray's documented
            # switch; a user who set it either way is obeyed); a cluster's own settings are its owner's.
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
            ray.init(num_cpus=options.workers, object_store_memory=LOCAL_OBJECT_STORE_BYTES, include_dashboard=False, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {options.address}" if options.address else "a local Ray"
        raise BatchError(f"cannot start or join {where}: {_first_line(exc)}") from exc
    return True


def write_failures(out: Path, plan: Plan, manifest: Manifest) -> int:
    """Rewrite ``failures.jsonl`` from the finished shards' failures, in shard order; how many there are."""
    from chronicle.export.output import output_stream
    from chronicle.export.terminal import json_line

    count = 0
    with output_stream(out / FAILURES_FILE) as stream:
        for record in read_failures(out, [shard.id for shard in plan.shards if shard.id in manifest.finished]):
            stream.write(json_line(record) + "\n")
            count += 1
    return count


def _first_line(exc: BaseException) -> str:
    return _first_line_of(str(exc)) or type(exc).__name__


def _first_line_of(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""

"""The shards of a batch: what each Ray task reads, fixed by the first run in ``plan.json``.

A shard is a run of about ``shard_size`` records that a worker can read
without reading what comes before it:

- ``lines``: lines of an uncompressed JSONL file, from a byte offset (cut at
  line starts, so a worker seeks straight to it) with the number of its first line;
- ``rows``: rows of a Parquet file, read by row group;
- ``file``: a whole file: one text or HTML article, or a compressed JSONL file
  (a compressed stream cannot be entered in the middle);
- ``error``: an input that names no file, reported as that shard's failure.

The plan is written once; a rerun loads it, so shard names stay the same and
the manifest's finished shards mean the same records. A rerun with other
inputs or options, or over an input file changed since, is refused: its
output would mix two corpora.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from chronicle.errors import ChronicleError, InputError
from chronicle.read import _decompressor, _inner_suffix, _looks_like_jsonl, _MAGIC_BYTES, _SNIFF, DEFAULT_MAX_BYTES
from chronicle.read.paths import JSONL_SUFFIXES, expand_named
from chronicle.read.stream import lines

PLAN_FILE = "plan.json"
DEFAULT_SHARD_SIZE = 500
_PARQUET_MAGIC = b"PAR1"
_BOM = b"\xef\xbb\xbf"
_VERSION = 1


class PlanError(ChronicleError):
    """A batch that cannot be planned, or resumed with these inputs."""


@dataclass(frozen=True)
class Shard:
    """One unit of work: which records of which file (see the module's docstring for the kinds)."""

    id: str
    kind: str  # lines, rows, file, error
    path: str  # as the inputs name it: the articles' source
    name: str = ""  # the file's name relative to its argument: a text article's id
    start: int = 0  # lines: byte offset; rows: first row
    stop: int = 0  # lines: byte offset past the last line; rows: past the last row
    first_line: int = 1  # lines: number of the first line
    first_offset: int = 0  # lines: offset of the first line as the reader counts it (after a BOM)
    records: int | None = None  # records it holds, when known without decompressing
    message: str | None = None  # error: what is wrong with the input

    def to_json(self) -> str:
        """The shard as one JSON string (what a Ray task carries)."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Shard":
        """The shard ``to_json`` wrote."""
        return cls(**json.loads(text))


@dataclass(frozen=True)
class Plan:
    """The shards of a batch and what fixed them: inputs, options, and the files as they were."""

    inputs: list[str]
    options: dict[str, Any]
    files: list[dict[str, Any]]  # path, size, mtime_ns
    shards: list[Shard]

    @property
    def known_records(self) -> int | None:
        """Records in all shards, or None when a compressed file's count is unknown."""
        counts = [shard.records for shard in self.shards]
        return None if any(count is None for count in counts) else sum(counts)  # type: ignore[misc]


def load_or_make_plan(out: Path, inputs: list[str], options: dict[str, Any], shard_size: int) -> tuple[Plan, bool]:
    """The plan of ``out`` (made and saved on the first run), and whether it was made now.

    Raises PlanError when ``out`` holds the plan of other inputs or options, or
    an input file changed since that plan was made.
    """
    options = {**options, "shard_size": shard_size}
    files = _file_states(inputs)
    path = out / PLAN_FILE
    if path.exists():
        plan = _load(path)
        if plan.inputs != list(inputs) or plan.options != options:
            raise PlanError(
                f"{out} holds a batch of other inputs or options ({' '.join(plan.inputs)}; {_options_text(plan.options)}): "
                "rerun with those to resume it, or choose another --out"
            )
        changed = _changed(plan.files, files)
        if changed:
            raise PlanError(f"{changed} changed since the batch in {out} started: its finished shards would not match; "
                            "choose another --out to code the inputs as they are now")  # fmt: skip
        return plan, False
    plan = Plan(list(inputs), options, files, make_shards(inputs, shard_size, options.get("max_bytes", DEFAULT_MAX_BYTES)))
    _save(plan, path)
    return plan, True


def make_shards(inputs: list[str], shard_size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Shard]:
    """The shards of ``inputs`` in input order, named ``shard-000000`` onwards."""
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, not {shard_size}")
    pieces: list[dict[str, Any]] = []
    for item in expand_named(list(inputs)):
        if isinstance(item, InputError):
            pieces.append({"kind": "error", "path": item.source, "message": item.message, "records": 1})
            continue
        path, name = item
        if path == "-":
            raise PlanError("chronicle batch reads files, not standard input: write it to a file first")
        pieces.extend(_file_pieces(path, name, shard_size, max_bytes))
    return [Shard(id=f"shard-{index:06d}", **piece) for index, piece in enumerate(pieces)]


def _file_pieces(path: str, name: str, shard_size: int, max_bytes: int) -> list[dict[str, Any]]:
    whole = {"kind": "file", "path": path, "name": name, "records": None}
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF)
            if head.startswith(_PARQUET_MAGIC):
                return _parquet_pieces(path, name, shard_size)
            if _decompressor(head[:_MAGIC_BYTES]) is not None:
                return [whole]  # read whole by one worker
            bom = len(_BOM) if head.startswith(_BOM) else 0
            if _inner_suffix(path) not in JSONL_SUFFIXES and not _looks_like_jsonl(head[bom:]):
                return [whole | {"records": 1}]  # one text or HTML article
            if head[bom:].startswith((b"\xff\xfe", b"\xfe\xff")):
                return [whole | {"records": 1}]  # UTF-16: the reader says so, once
            handle.seek(bom)
            pieces = _line_pieces(handle, path, name, shard_size, max_bytes, bom)
    except OSError:
        return [whole | {"records": 1}]  # the reader reports why it cannot be read
    return pieces or [whole | {"records": 1}]  # only blank lines: the reader says it is empty


def _line_pieces(handle: Any, path: str, name: str, shard_size: int, max_bytes: int, bom: int) -> list[dict[str, Any]]:
    """Runs of ``shard_size`` records (non-blank lines, too long ones included), cut at line starts."""
    pieces: list[dict[str, Any]] = []
    start: int | None = None
    first_line = records = 0
    for line in lines(handle, max_bytes):
        record = line.data is None or bool(line.data.strip())
        if records == shard_size:  # the shard ends where this line starts
            pieces.append(_lines_piece(path, name, start, bom + line.offset, first_line, bom, records))  # type: ignore[arg-type]
            start, records = None, 0
        if start is None and record:  # blank lines between shards belong to none
            start, first_line = bom + line.offset, line.number
        records += record
    if records:
        pieces.append(_lines_piece(path, name, start, os.fstat(handle.fileno()).st_size, first_line, bom, records))  # type: ignore[arg-type]
    return pieces


def _lines_piece(path: str, name: str, start: int, stop: int, first_line: int, bom: int, records: int) -> dict[str, Any]:
    return {"kind": "lines", "path": path, "name": name, "start": start, "stop": stop,
            "first_line": first_line, "first_offset": start - bom, "records": records}  # fmt: skip


def _parquet_pieces(path: str, name: str, shard_size: int) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        total = pq.ParquetFile(path).metadata.num_rows
    except Exception as exc:  # pyarrow raises several kinds on a damaged file
        return [{"kind": "error", "path": path, "name": name, "records": 1, "message": f"cannot be read as Parquet: {exc}"}]
    return [{"kind": "rows", "path": path, "name": name, "start": first, "stop": min(first + shard_size, total),
             "records": min(first + shard_size, total) - first} for first in range(0, total, shard_size)]  # fmt: skip


def _file_states(inputs: list[str]) -> list[dict[str, Any]]:
    states = []
    for item in expand_named(list(inputs)):
        if isinstance(item, InputError) or item[0] == "-":
            continue
        try:
            info = os.stat(item[0])
        except OSError:
            continue
        states.append({"path": item[0], "size": info.st_size, "mtime_ns": info.st_mtime_ns})
    return states


def _changed(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> str | None:
    """The first input that differs between two file lists (added, removed, resized, rewritten)."""
    old = {state["path"]: state for state in before}
    new = {state["path"]: state for state in now}
    for path in sorted(old.keys() | new.keys()):
        if old.get(path) != new.get(path):
            return path
    return None


def _options_text(options: dict[str, Any]) -> str:
    return ", ".join(f"{key} {value}" for key, value in sorted(options.items()) if value is not None)


def _save(plan: Plan, path: Path) -> None:
    from chronicle.export.output import output_stream

    record = {"version": _VERSION, "inputs": plan.inputs, "options": plan.options, "files": plan.files,
              "shards": [asdict(shard) for shard in plan.shards]}  # fmt: skip
    with output_stream(path) as stream:
        json.dump(record, stream, ensure_ascii=False)


def _load(path: Path) -> Plan:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return Plan(record["inputs"], record["options"], record["files"], [Shard(**shard) for shard in record["shards"]])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PlanError(f"{path} cannot be read ({exc}): choose another --out, or remove that folder to start again") from exc

"""A shard's records as articles, with Chronicle's own readers: the same articles and errors as ``read_inputs``.

JSONL lines go through ``read_jsonl`` (numbered from the shard's first line),
whole files through the reader ``chronicle code`` uses, and Parquet rows
through the same field checks as a JSON line (the row's number, from 1, is
its "line"): ``text`` required, ``id``/``article_id``, ``url``, ``date``/``published``,
``lang``, ``title`` optional.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from chronicle.batch.plan import Shard
from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read import DEFAULT_MAX_BYTES, _read_one
from chronicle.read.jsonl import read_jsonl, record_article

# The columns a Parquet input may give (others are ignored, as a JSON line's are).
PARQUET_FIELDS = ("text", "id", "article_id", "url", "date", "published", "lang", "title")


def read_shard(shard: Shard, published: PartialDate | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """The articles of ``shard`` in order, and an InputError for each bad record (naming file and line)."""
    for item in _records(shard, max_bytes):
        if published is not None and isinstance(item, Article):
            item = dataclasses.replace(item, published=published)
        yield item


def _records(shard: Shard, max_bytes: int) -> Iterator[Article | InputError]:
    if shard.kind == "error":
        yield InputError(shard.path, shard.message or "cannot be read")
    elif shard.kind == "file":
        yield from _read_one(shard.path, shard.name, None, max_bytes)
    elif shard.kind == "lines":
        yield from _read_lines(shard, max_bytes)
    elif shard.kind == "rows":
        yield from _read_rows(shard)
    else:
        raise ValueError(f"unknown shard kind {shard.kind!r}")


def _read_lines(shard: Shard, max_bytes: int) -> Iterator[Article | InputError]:
    try:
        handle = open(shard.path, "rb")
    except OSError as exc:
        yield InputError(shard.path, f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        handle.seek(shard.start)
        yield from read_jsonl(shard.path, _Window(handle, shard.stop - shard.start), max_bytes, shard.first_line, shard.first_offset)


class _Window:
    """The next ``size`` bytes of a file, as a stream (read and readline stop at its end)."""

    def __init__(self, handle: Any, size: int) -> None:
        self.handle, self.left = handle, size

    def read(self, size: int = -1, /) -> bytes:
        return self._take(self.handle.read, size)

    def readline(self, size: int = -1, /) -> bytes:
        return self._take(self.handle.readline, size)

    def _take(self, method: Any, size: int) -> bytes:
        wanted = self.left if size < 0 else min(size, self.left)
        data = method(wanted) if wanted > 0 else b""
        self.left -= len(data)
        return data


def _read_rows(shard: Shard) -> Iterator[Article | InputError]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(shard.path)
        columns = [name for name in parquet.schema_arrow.names if name in PARQUET_FIELDS]
        rows = _rows(parquet, columns, shard.start, shard.stop)
        for number, row in enumerate(rows, start=shard.start + 1):
            yield record_article(shard.path, number, {key: _plain(value) for key, value in row.items()})
    except Exception as exc:  # a damaged file: pyarrow raises several kinds
        yield InputError(shard.path, f"cannot be read as Parquet: {exc}")


def _rows(parquet: Any, columns: list[str], start: int, stop: int) -> Iterator[dict[str, Any]]:
    """Rows ``start`` to ``stop`` (0-based, stop excluded), reading only the row groups that hold them."""
    first = 0
    for group in range(parquet.metadata.num_row_groups):
        size = parquet.metadata.row_group(group).num_rows
        if first + size > start and first < stop:
            table = parquet.read_row_group(group, columns=columns)
            low, high = max(start - first, 0), min(stop - first, size)
            yield from table.slice(low, high - low).to_pylist()
        first += size
        if first >= stop:
            break


def _plain(value: Any) -> Any:
    """A Parquet value as a JSON line would give it: dates and timestamps as ISO strings."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value

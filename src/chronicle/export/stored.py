"""Stored (merged) events as JSONL, CSV and Parquet.

JSONL and CSV rows have the shape of ``chronicle code``'s output plus the
merge fields (``num_mentions``, ``num_sources``, ``num_articles``,
``source_url``, ``date_added``); Parquet holds the ``events`` table's columns
with their types, so reading it back gives exactly what the store holds.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import pyarrow.parquet as pq

from chronicle.export.records import CSV_COLUMNS, flatten
from chronicle.store.rows import StoredEvent, stored_event
from chronicle.export.terminal import json_line, write_lines

MERGE_FIELDS = ("num_mentions", "num_sources", "num_articles", "source_url", "date_added")
STORED_CSV_COLUMNS = list(CSV_COLUMNS) + list(MERGE_FIELDS)


def stored_json(event: StoredEvent, mentions: Sequence[Any] | None = None) -> str:
    """One JSON line; ``mentions`` (StoredMention records), when given, are listed under ``mention_list``."""
    record = event.model_dump(mode="json")
    if mentions is not None:
        record["mention_list"] = [dict(vars(m)) for m in mentions]
    return json_line(record)


def write_stored_jsonl(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Events rows as JSONL records; returns how many."""
    return write_lines((stored_json(stored_event(row)) for row in rows), stream)


def stored_csv_row(event: StoredEvent) -> dict[str, Any]:
    """One CSV row: the coder's flat columns, then the merge fields."""
    row = flatten(event)
    for name in MERGE_FIELDS:
        value = getattr(event, name)
        row[name] = value.isoformat(sep=" ") if name == "date_added" and value is not None else value
    return {key: ("" if value is None else value) for key, value in row.items()}


def write_stored_csv(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Events rows as CSV with a header; returns how many."""
    writer = csv.DictWriter(stream, fieldnames=STORED_CSV_COLUMNS, extrasaction="raise")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(stored_csv_row(stored_event(row)))
        count += 1
    return count


def write_parquet(reader: Any, path: Path) -> int:
    """Write an Arrow RecordBatchReader to a Parquet file, batch by batch; returns rows written."""
    count = 0
    with pq.ParquetWriter(str(path), reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count

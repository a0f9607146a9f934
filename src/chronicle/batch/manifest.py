"""The manifest: one JSON line per finished shard, appended only once the shard's files are durable.

A line is written, flushed and synced in one go; a run killed while writing
leaves at most a torn last line, which is not a finished shard (its shard
is coded again, its files replaced).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MANIFEST_FILE = "manifest.jsonl"


class Manifest:
    """The finished shards of a batch output folder, and their counts."""

    def __init__(self, out: Path) -> None:
        self.path = out / MANIFEST_FILE
        self.finished: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            with open(self.path, encoding="utf-8") as stream:
                for line in stream:
                    record = _parse(line)
                    if record is not None:
                        self.finished[record["shard"]] = record

    def record(self, summary: dict[str, Any]) -> None:
        """Say that a shard is finished (its files are already renamed into place and synced)."""
        with open(self.path, "a", encoding="utf-8") as stream:
            if stream.tell() and not _ends_with_newline(self.path):
                stream.write("\n")  # after a torn line, start a fresh one
            stream.write(json.dumps(summary, ensure_ascii=False) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        self.finished[summary["shard"]] = summary


def _parse(line: str) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and isinstance(record.get("shard"), str) else None


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"

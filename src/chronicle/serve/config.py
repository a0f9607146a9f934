"""What a server is started with: the store, who may read and write, and the limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BODY = 2 * 1024 * 1024  # bytes: a long article is ~100 kB; a batch of a few dozen fits
DEFAULT_MAX_BATCH = 100  # articles per POST /v1/articles
DEFAULT_PAGE = 50
MAX_PAGE = 1000


@dataclass(frozen=True)
class ServeConfig:
    """How ``create_app`` serves a store."""

    db: Path
    read_only: bool = False  # open the store read-only: writes are refused, other readers may share the file
    keyed_reads: bool = False  # reads need a key too
    max_body: int = DEFAULT_MAX_BODY
    max_batch: int = DEFAULT_MAX_BATCH

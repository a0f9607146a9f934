"""The server's hold on the store and the coder, shared by every request.

DuckDB lets one process write a file, and a process holds a file in one mode
only.  So the server opens the store once: read-write by default (it is then
the file's single writer, and ``chronicle ingest`` must wait for it to stop),
or read-only with ``--read-only`` (then other readers, and other read-only
servers, share the file).  Each read runs on a cursor of its own, which
DuckDB gives a consistent snapshot: a read that overlaps a POST sees the
store as it was before or after the batch commits, never half of it.  Writes
take one lock, so batches commit one after another; reads never wait for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from fastapi import Request

from chronicle.serve.cache import ReadCache
from chronicle.serve.config import ServeConfig
from chronicle.store.database import Store, open_store

if TYPE_CHECKING:
    from chronicle.knowledge.actors import ActorKB
    from chronicle.pipeline import Coder


class ServerState:
    """The open store, the write lock and the models, loaded at first use."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.store: Store = open_store(config.db, read_only=config.read_only)
        self.write_lock = threading.Lock()  # one batch commits at a time
        self.cache = ReadCache()  # bumped after every write
        self._cursor_lock = threading.Lock()  # a connection hands out cursors one at a time
        self._coder: "Coder | None" = None
        self._coder_lock = threading.Lock()  # spaCy pipelines are not shared between threads
        self._kb: "ActorKB | None" = None

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only view for one request: a cursor of its own on the open store."""
        with self._cursor_lock:
            cursor = self.store.connection.cursor()
        try:
            yield Store(cursor, self.store.path, read_only=True)
        finally:
            cursor.close()

    def open_reader(self) -> Store:
        """A reader the caller closes (streamed responses outlive the request handler)."""
        with self._cursor_lock:
            cursor = self.store.connection.cursor()
        return Store(cursor, self.store.path, read_only=True)

    @contextmanager
    def coder(self) -> Iterator["Coder"]:
        """The in-process coder, held by one request at a time."""
        with self._coder_lock:
            if self._coder is None:
                from chronicle.pipeline import Coder

                self._coder = Coder()
            yield self._coder

    def actors(self) -> "ActorKB":
        """The actor knowledge base (loaded once)."""
        if self._kb is None:
            from chronicle.knowledge.actors import load_actors

            self._kb = load_actors()
        return self._kb

    def close(self) -> None:
        """Close the store (committed work is on disk)."""
        self.store.close()


def state_of(request: Request) -> ServerState:
    """The state of the application serving ``request``."""
    state: Any = request.app.state.chronicle
    return state

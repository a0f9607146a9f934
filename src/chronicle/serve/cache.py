"""Answers to reads kept while the store has not changed since they were computed.

The store changes only through this server while it runs (it is the file's
single writer, or it holds the file read-only and nobody writes it), so a
read's answer stays true until this server's next commit.  Each commit bumps
``generation``; answers are keyed by path, query string and generation, so
an answer computed before a write is never served after it.  Dashboards
shared among colleagues ask the same few views again and again: those cost a
dictionary lookup instead of a scan of the store.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.requests import Request

MAX_ENTRIES = 512


class ReadCache:
    """A bounded least-recently-used map of read answers, cleared by ``bump()`` after each write."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self.generation = 0
        self._entries: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def bump(self) -> None:
        """The store changed: nothing kept so far may be answered again."""
        with self._lock:
            self.generation += 1
            self._entries.clear()

    def get_or_compute(self, request: Request, compute: Callable[[], Any]) -> Any:
        """The kept answer to this request, or ``compute()``'s, kept when no write happened meanwhile."""
        with self._lock:
            generation = self.generation
            key = (request.url.path, tuple(sorted(request.query_params.multi_items())), generation)
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()
        with self._lock:
            if self.generation == generation:  # a write in between: the answer may be stale, do not keep it
                self._entries[key] = value
                if len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value

"""Ctrl-C and SIGTERM: stop the run, but never in the middle of a commit.

Within ``stop_on_signals()`` SIGTERM is handled like Ctrl-C (``Terminated``
is a ``KeyboardInterrupt``), so one code path commits what is coded and
stops. A signal that arrives inside ``critical()`` (a commit) is held until
the block ends: raised inside a running DuckDB statement, it would become
DuckDB's "Query interrupted" and roll the batch back.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so the same code commits what is done and stops."""


_critical = 0
_held: type[KeyboardInterrupt] | None = None


@contextmanager
def critical() -> Iterator[None]:
    """A block that a Ctrl-C or SIGTERM does not cut: the signal is raised when it ends."""
    global _critical, _held
    _critical += 1
    try:
        yield
    finally:
        _critical -= 1
        if _critical == 0 and _held is not None:
            held, _held = _held, None
            raise held()


@contextmanager
def stop_on_signals() -> Iterator[Callable[[], bool]]:
    """Within the block, SIGINT raises ``KeyboardInterrupt`` and SIGTERM ``Terminated``, once each,
    outside ``critical()`` blocks; yields a function telling whether SIGTERM came."""
    received: set[int] = set()

    def handler(signum: int, frame: object) -> None:
        global _held
        if signum in received:
            return  # the first one is being handled: let the work in hand be committed
        received.add(signum)
        kind = Terminated if signum == signal.SIGTERM else KeyboardInterrupt
        if _critical:
            _held = kind
            return
        raise kind()

    try:
        previous = {number: signal.signal(number, handler) for number in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield lambda: False
        return
    try:
        yield lambda: signal.SIGTERM in received
    finally:
        for number, old in previous.items():
            signal.signal(number, old)

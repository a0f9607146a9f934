"""What ``chronicle ingest`` says while it runs: articles done out of the total, rate, events, failures, ETA.

The total is counted beside the ingest, in a thread, from the inputs
themselves: one article per text or HTML file, one per non-blank line of a
JSONL file (compressed or not).  Standard input has no total known in
advance; the line then says how many articles are done, without ETA.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from chronicle.errors import InputError

_CHUNK = 1 << 20


def count_articles(paths: Sequence[str]) -> int | None:
    """How many articles (and bad records) ``paths`` hold, or None when it cannot be known (stdin)."""
    from chronicle.read.paths import STDIN, expand

    total = 0
    for item in expand(list(paths)):
        if isinstance(item, InputError):
            total += 1  # counted by the ingest as one failure
            continue
        if item == STDIN:
            return None
        total += _articles_in(item)
    return total


def _articles_in(path: str) -> int:
    """1 for a text or HTML file (or an unreadable one: one failure); the records of a JSONL file."""
    from chronicle.read import _decompressor, _inner_suffix, _looks_like_jsonl, _MAGIC_BYTES, _SNIFF
    from chronicle.read.paths import JSONL_SUFFIXES

    try:
        with open(path, "rb") as handle:
            opener = _decompressor(handle.peek(_MAGIC_BYTES)[:_MAGIC_BYTES])
            stream: Any = opener(handle) if opener is not None else handle
            with stream:
                head = stream.read(_SNIFF)
                if _inner_suffix(path) not in JSONL_SUFFIXES and not _looks_like_jsonl(head.removeprefix(b"\xef\xbb\xbf")):
                    return 1
                # a JSONL file without a record is reported by the ingest as one failure ("empty")
                return _records(head, stream) or 1
    except (OSError, EOFError, ValueError):
        return 1


def _records(head: bytes, stream: Any) -> int:
    """Non-blank lines, counted chunk by chunk (a huge line is never held whole)."""
    count, content = 0, False
    chunk = head
    while chunk:
        parts = chunk.split(b"\n")
        for part in parts[:-1]:
            if content or part.strip():
                count += 1
            content = False
        content = content or bool(parts[-1].strip())
        chunk = stream.read(_CHUNK)
    return count + (1 if content else 0)


class TotalCounter:
    """``count_articles`` in a daemon thread: ``value`` is None until it is known."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.value: int | None = None
        self._thread = threading.Thread(target=self._run, args=(list(paths),), name="count-articles", daemon=True)
        self._thread.start()

    def _run(self, paths: list[str]) -> None:
        try:
            self.value = count_articles(paths)
        except Exception:  # the count is a courtesy: the ingest reports input errors itself
            self.value = None


def progress_line(stats: Any, elapsed: float, total: int | None) -> str:
    """``1,200/5,000 articles, 14.2/s, 3,412 events, 7 failures, ETA 4:28`` (no total and ETA when unknown)."""
    done = stats.done
    rate = done / elapsed if elapsed > 0 else 0.0
    counted = f"{done:,}/{total:,} articles" if total is not None else f"{done:,} articles"
    line = f"{counted}, {rate:.1f}/s, {stats.found_events:,} events, {stats.failures:,} failures"
    if total is not None and rate > 0 and done < total:
        line += f", ETA {_clock((total - done) / rate)}"
    return line


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def undated_message(stats: Any) -> str | None:
    """What to say when the ingest stored events without a date, and how to give one."""
    if not stats.undated_events:
        return None
    return (
        f"{stats.undated_events:,} events stored undated ({stats.undated_articles:,} articles gave no publication date "
        "to resolve their dates against): give the date with --published YYYY-MM-DD, a 'date' field per JSONL "
        "record, or a dated header line (' date 2019-02-28'); undated events are left out of timelines and date filters"
    )

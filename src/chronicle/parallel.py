"""Coding on several processes at once.

The parse is the cost of coding and spaCy holds the GIL while it parses, so
throughput scales with processes, not threads. Each worker process loads its
own Coder (models and knowledge) once and codes chunks of articles; results
come back in input order, so output is the same whatever the worker count.
Only a few chunks per worker are in flight at a time: memory stays bounded on
corpora of any size, and a stream (stdin, a huge JSONL) is read as it is coded.

Workers never outlive the command: each asks the kernel to kill it when its
parent dies (Linux), and also checks for its parent every second, so a
``kill -9`` of the command leaves no worker behind. Workers ignore Ctrl-C;
the parent stops them. A worker that dies on an article (out of memory, a
crash in native code) costs that article only: the pool is restarted and
the article reported.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from chronicle.model import Article, CodingResult
from chronicle.pipeline import Coder

CHUNKS_IN_FLIGHT_PER_WORKER = 2
_PARENT_CHECK_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1

# One Coder per worker process, built by the pool's initializer: the process's
# loaded models, like spaCy's own nlp object in its n_process workers.
_worker_coder: Coder | None = None
_worker_lang: str | None = None


def _start_worker(lang: str | None, parent: int) -> None:
    global _worker_coder, _worker_lang
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent(parent)
    _worker_coder, _worker_lang = Coder(), lang


def die_with_parent(parent: int) -> None:
    """End this process when process ``parent`` ends, however it ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watch below still ends it
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _code_chunk(articles: list[Article]) -> list[CodingResult]:
    assert _worker_coder is not None, "worker started without its coder"
    return list(_worker_coder.code_articles(articles, lang=_worker_lang))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, workers: int, lang: str | None) -> None:
        self.workers, self.lang = workers, lang
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker, initargs=(self.lang, os.getpid()))

    def submit(self, chunk: list[Article]) -> Future[list[CodingResult]]:
        return self.executor.submit(_code_chunk, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def shutdown(self) -> None:
        # On an error or Ctrl-C, queued chunks are dropped rather than coded for nothing.
        self.executor.shutdown(wait=True, cancel_futures=True)


def code_in_processes(
    articles: Iterable[Article], workers: int, lang: str | None = None, chunk_size: int = 16
) -> Iterator[CodingResult]:
    """Code ``articles`` on ``workers`` processes, yielding results in input order.

    With ``workers`` of 1 the articles are coded in this process. Worker
    processes are started fresh ("spawn"), so they share no state with the
    caller and behave the same on every platform.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        yield from Coder().code_articles(articles, lang=lang)
        return
    pool = _Pool(workers, lang)
    pending: deque[tuple[list[Article], Future[list[CodingResult]]]] = deque()
    try:
        for chunk in _chunks(articles, chunk_size):
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from _next_results(pool, pending)
        while pending:
            yield from _next_results(pool, pending)
    finally:
        pool.shutdown()


def _next_results(pool: _Pool, pending: deque[tuple[list[Article], Future[list[CodingResult]]]]) -> list[CodingResult]:
    """The results of the oldest chunk; when a worker died, each of its articles is retried alone."""
    chunk, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        pass
    # Every chunk in flight is lost with the pool: resubmit them, and find the
    # article that killed it by coding this chunk's articles one by one.
    rest = [c for c, _ in pending]
    pending.clear()
    results: list[CodingResult] = []
    for article in chunk:
        pool.restart()
        try:
            results.extend(pool.submit([article]).result())
        except BrokenProcessPool:
            results.append(CodingResult(article, article.lang, [], "coding failed: the worker process coding it died"))
    pool.restart()
    for other in rest:
        pending.append((other, pool.submit(other)))
    return results


class ProcessCoder:
    """A coder with ``Coder.code_articles``'s interface that codes on ``workers`` processes."""

    def __init__(self, workers: int, chunk_size: int = 16) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.chunk_size = chunk_size

    def code_articles(self, articles: Iterable[Article], lang: str | None = None) -> Iterator[CodingResult]:
        """Code a stream of articles, in order."""
        return code_in_processes(articles, self.workers, lang=lang, chunk_size=self.chunk_size)

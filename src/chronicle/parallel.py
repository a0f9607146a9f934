"""Coding on several processes at once.

The parse is the cost of coding and spaCy holds the GIL while it parses, so
throughput scales with processes, not threads. Each worker process loads its
own Coder (models and knowledge) once and codes chunks of articles; results
come back in input order, so output is the same whatever the worker count.
Only a few chunks per worker are in flight at a time: memory stays bounded on
corpora of any size, and a stream (stdin, a huge JSONL) is read as it is coded.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from chronicle.model import Article, CodingResult
from chronicle.pipeline import Coder

CHUNKS_IN_FLIGHT_PER_WORKER = 2

# One Coder per worker process, built by the pool's initializer: the process's
# loaded models, like spaCy's own nlp object in its n_process workers.
_worker_coder: Coder | None = None
_worker_lang: str | None = None


def _start_worker(lang: str | None) -> None:
    global _worker_coder, _worker_lang
    _worker_coder, _worker_lang = Coder(), lang


def _code_chunk(articles: list[Article]) -> list[CodingResult]:
    assert _worker_coder is not None, "worker started without its coder"
    return list(_worker_coder.code_articles(articles, lang=_worker_lang))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


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
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(lang,))
    pending: deque[Future[list[CodingResult]]] = deque()
    try:
        for chunk in _chunks(articles, chunk_size):
            pending.append(pool.submit(_code_chunk, chunk))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # On an error or Ctrl-C, queued chunks are dropped rather than coded for nothing.
        pool.shutdown(wait=True, cancel_futures=True)


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

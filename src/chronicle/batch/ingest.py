"""``chronicle ingest --from-batch DIR``: a batch output into the store, without coding again.

The finished shards' articles and events are handed to the store's own
``Ingester`` as if a coder had just produced them, so storing, the
cross-article merge, resumption and idempotence are the ingest's, unchanged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronicle.batch.manifest import MANIFEST_FILE, Manifest
from chronicle.batch.output import read_results
from chronicle.batch.plan import PLAN_FILE, PlanError, _load
from chronicle.model import Article, CodingResult


class BatchReplay:
    """The coding results of a batch output, as a stream of articles and a coder that gives their results back."""

    def __init__(self, out: Path) -> None:
        if not (out / PLAN_FILE).exists() or not (out / MANIFEST_FILE).exists():
            raise PlanError(f"{out} is not the output of a chronicle batch run with finished shards (no {PLAN_FILE} or {MANIFEST_FILE})")
        finished = Manifest(out).finished
        self.out = out
        self.shards = [shard.id for shard in _load(out / PLAN_FILE).shards if shard.id in finished]
        self.total = sum(finished[shard]["coded"] for shard in self.shards)
        self._pending: deque[CodingResult] = deque()

    def articles(self) -> Iterator[Article]:
        """The coded articles of the finished shards, in shard order (only finished shards: the manifest says which)."""
        for result in read_results(self.out, self.shards):
            self._pending.append(result)
            yield result.article

    def code_articles(self, articles: Iterable[Article], lang: str | None = None) -> Iterator[CodingResult]:
        """Each article's stored result; ``articles`` come in ``articles()``'s order, less those the store already has."""
        for article in articles:
            while self._pending:
                result = self._pending.popleft()  # the ones before it were skipped as stored
                if result.article is article:
                    yield result
                    break
            else:
                raise ValueError(f"article {article.id!r} is not from this batch output")

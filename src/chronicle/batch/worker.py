"""Coding one shard, and the Ray Data actor that does it with models loaded once.

``ShardCoder`` is a plain class: Ray Data builds one per actor of the pool
(``map_batches(ShardCoder, compute=ActorPoolStrategy(...))``), so each actor
loads the spaCy models and the knowledge once, then codes shard after shard.
It does not import Ray, so ``code_shard`` runs (and is tested) without it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from chronicle.batch.output import ShardOutput, clear_shard, write_shard
from chronicle.batch.plan import Shard
from chronicle.batch.read import read_shard
from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.pipeline import Coder
from chronicle.read import DEFAULT_MAX_BYTES


def code_shard(shard: Shard, coder: Coder, out: Path, lang: str | None = None, published: PartialDate | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:  # fmt: skip
    """Code ``shard`` and write its files under ``out`` (replacing any a killed run left); its manifest summary."""
    started, wall, cpu = time.perf_counter(), time.time(), time.process_time()
    clear_shard(out, shard.id)
    failures: list[dict[str, Any]] = []
    articles: list[Article] = []
    for item in read_shard(shard, published, max_bytes):
        if isinstance(item, InputError):
            failures.append(_failure(shard.id, "read", item.source, item.line, item.message, item.field))
        else:
            articles.append(item)
    read_failures = len(failures)
    results = []
    for result in coder.code_articles(articles, lang=lang):
        if result.error:
            failures.append(_failure(shard.id, "code", result.article.source, result.article.line, result.error, article=result.article.id))
        else:
            results.append(result)
    events = write_shard(out, ShardOutput(shard.id, results, failures))
    return {"shard": shard.id, "articles": len(articles) + read_failures,
            "coded": len(results), "events": events, "failures": len(failures),
            "seconds": round(time.perf_counter() - started, 3), "cpu_seconds": round(time.process_time() - cpu, 3),
            "started": round(wall, 3), "worker": os.getpid()}  # fmt: skip


def _failure(shard: str, stage: str, file: str, line: int | None, error: str, field: str | None = None,
             article: str | None = None) -> dict[str, Any]:  # fmt: skip
    record: dict[str, Any] = {"shard": shard, "file": file, "line": line, "stage": stage, "error": error}
    if field is not None:
        record["field"] = field
    if article is not None:
        record["article_id"] = article
    return record


class ShardCoder:
    """A Ray Data callable class: one Coder per actor, one shard per call."""

    def __init__(self, out: str, lang: str | None, published: str | None, max_bytes: int) -> None:
        self.coder = Coder()
        self.out, self.lang, self.max_bytes = Path(out), lang, max_bytes
        self.published = PartialDate.parse(published) if published else None

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        """Code each shard of ``batch`` (a column ``shard`` of JSON shards); a column ``summary`` of JSON summaries."""
        return {"summary": [json.dumps(self._code(Shard.from_json(str(text)))) for text in batch["shard"]]}

    def _code(self, shard: Shard) -> dict[str, Any]:
        # A shard that fails (a disk full, a knowledge file that does not load) is reported to the
        # driver in plain words, not as Ray's wrapped traceback; the other shards go on.
        try:
            return code_shard(shard, self.coder, self.out, self.lang, self.published, self.max_bytes)
        except Exception as exc:
            return {"shard": shard.id, "error": f"{type(exc).__name__}: {exc}"}

"""A shard's output files: written whole under temporary names, then renamed; read back as coding results.

Events are Parquet, partitioned by event month (``events/month=2019-02/``;
``month=2019`` for a date known to the year, ``month=undated`` without a
date), with every field of the event record flattened as in CSV (``source_name``,
``date``, ``date_precision``...) plus ``merged_id`` (the id of the cross-article
event the store would merge it into: a GROUP BY over the Parquet files
merges as ``chronicle ingest`` does, partition by partition, since mentions
of one event share its date and so its month), ``shard``, ``article_index`` (the
article's place in its shard) and ``event_index`` (the event's place in its
article), so any Parquet reader can query them and
``ingest --from-batch`` can give each article its events back.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronicle.export.records import ACTOR_FIELDS, CSV_COLUMNS, event_arguments, event_fields
from chronicle.export.terminal import json_line
from chronicle.model import Article, CodingResult, Event, PartialDate
from chronicle.store.merge import merge_key, merged_id

EVENTS, ARTICLES, FAILURES = "events", "articles", "failures"
# A shard writes one events file per month its events fall in, often a dozen small
# ones: zstd costs about 2 ms more per file than snappy whatever its size
# (bench/batch.py, 3.3 against 1.3 ms of CPU for a file of 50 events), which is
# 2 % of coding time in shards of 50, while the events take about 12 bytes each with
# zstd and 15 with snappy. The articles' text is most of the output: zstd there.
EVENTS_COMPRESSION, ARTICLES_COMPRESSION = "snappy", "zstd"
_SYNC_THREADS = 16

_INTEGERS = {"quad_class": "int8", "geonameid": "int64", "sentence_index": "int32", "char_start": "int32", "char_end": "int32",
             "trigger_start": "int32", "trigger_end": "int32", "mentions": "int32", "article_index": "int32", "event_index": "int32",
             "input_line": "int64", "n_events": "int32"}  # fmt: skip
_FLOATS = ("goldstein", "lat", "lon", "confidence")
# Every field of the record: CSV's columns, and the speaker's that CSV leaves out.
EVENT_COLUMNS = (list(CSV_COLUMNS) + [f"speaker_{name}" for name in ACTOR_FIELDS if f"speaker_{name}" not in CSV_COLUMNS]
                 + ["merged_id", "shard", "article_index", "event_index"])  # fmt: skip
ARTICLE_COLUMNS = ["shard", "article_index", "article_id", "input_file", "input_line", "url", "title", "lang_given",
                   "language", "published", "n_events", "text"]  # fmt: skip


@dataclass
class ShardOutput:
    """What coding one shard produced, before it is written."""

    shard: str
    results: list[CodingResult]  # the articles coded without error, in shard order
    failures: list[dict[str, Any]]  # {shard, file, line, field, stage, error}


def month_of(date_value: str | None) -> str:
    """The partition an event's date goes to: ``2019-02``, ``2019`` (year precision) or ``undated``."""
    return date_value[:7] if date_value else "undated"


def clear_shard(out: Path, shard: str) -> None:
    """Remove the files an earlier, unfinished run renamed into place for ``shard`` (its temporary files
    are removed by ``remove_temporaries`` when a run starts).

    Only the shard's own names are tried, one per folder: listing the month folders instead would
    cost each shard time in proportion to the files all shards before it wrote."""
    folders = [out / ARTICLES, *(out / EVENTS).glob("month=*")]
    for path in [folder / f"{shard}.parquet" for folder in folders] + [out / FAILURES / f"{shard}.jsonl"]:
        path.unlink(missing_ok=True)


def remove_temporaries(out: Path) -> None:
    """Remove the temporary files a killed run left in ``out``: called before any worker of this run starts."""
    for folder in (out / ARTICLES, out / FAILURES, *(out / EVENTS).glob("month=*")):
        for path in folder.glob(".*.part"):
            path.unlink(missing_ok=True)


def write_shard(out: Path, output: ShardOutput) -> int:
    """Write a shard's events, articles and failures; each file appears complete or not at all. Returns events written."""
    import pyarrow.parquet as pq

    event_rows: dict[str, list[dict[str, Any]]] = {}
    article_rows = []
    for index, result in enumerate(output.results):
        article_rows.append(_article_row(output.shard, index, result))
        for position, event in enumerate(result.events):
            row = event_fields(event) | {"merged_id": merged_id(merge_key(event, event.article_id)), "shard": output.shard,
                                         "article_index": index, "event_index": position}  # fmt: skip
            event_rows.setdefault(month_of(row["date"]), []).append(row)  # type: ignore[arg-type]
    staged: list[tuple[Path, Path]] = []
    try:
        for month, rows in sorted(event_rows.items()):
            staged.append(_stage(out / EVENTS / f"month={month}", f"{output.shard}.parquet",
                                 lambda path, rows=rows: pq.write_table(_table(rows, EVENT_COLUMNS), path, compression=EVENTS_COMPRESSION)))  # fmt: skip
        staged.append(_stage(out / ARTICLES, f"{output.shard}.parquet",
                             lambda path: pq.write_table(_table(article_rows, ARTICLE_COLUMNS), path, compression=ARTICLES_COMPRESSION)))  # fmt: skip
        if output.failures:
            staged.append(_stage(out / FAILURES, f"{output.shard}.jsonl", lambda path: _write_lines(path, output.failures)))
        sync_all([temporary for temporary, _ in staged])  # durable before the manifest says the shard is done
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return sum(len(rows) for rows in event_rows.values())


def _stage(folder: Path, name: str, write: Callable[[Path], Any]) -> tuple[Path, Path]:
    """Write a file under a temporary name in ``folder`` (not yet synced); the pair (temporary, final)."""
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{name.split('.')[0]}.{uuid.uuid4().hex}.part"
    try:
        write(temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a half-written file is not left behind
        raise
    return temporary, folder / name


def sync_all(paths: list[Path]) -> None:
    """Flush ``paths`` to disk, all at once: the file system commits concurrent syncs together, so a shard
    of twenty files waits about as long as for one (measured: 15-35 ms against 90-140 ms one after another)."""
    if len(paths) <= 1:
        for path in paths:
            _fsync(path)
        return
    with ThreadPoolExecutor(max_workers=min(len(paths), _SYNC_THREADS)) as pool:
        list(pool.map(_fsync, paths))  # list(): an error in any sync is raised here


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _write_lines(path: Path, records: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json_line(record) + "\n")


def _table(rows: list[dict[str, Any]], columns: list[str]) -> Any:
    import pyarrow as pa

    schema = pa.schema([(name, _arrow_type(name)) for name in columns])
    return pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in columns}, schema=schema)


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    if name in _INTEGERS:
        return pa.type_for_alias(_INTEGERS[name])
    return pa.float64() if name in _FLOATS else pa.string()


def _article_row(shard: str, index: int, result: CodingResult) -> dict[str, Any]:
    article = result.article
    published = result.published or article.published
    return {"shard": shard, "article_index": index, "article_id": article.id, "input_file": article.source,
            "input_line": article.line, "url": article.url, "title": article.title, "lang_given": article.lang,
            "language": result.language, "published": published.iso() if published else None,
            "n_events": len(result.events), "text": article.text}  # fmt: skip


# ---------------------------------------------------------------- reading back


def read_results(out: Path, shards: Iterable[str]) -> Iterator[CodingResult]:
    """The coding results of ``shards`` (finished ones), in shard order and, within a shard, input order."""
    import pyarrow.parquet as pq

    for shard in shards:
        path = out / ARTICLES / f"{shard}.parquet"
        events: dict[int, list[tuple[int, Event]]] = {}
        for event_file in sorted((out / EVENTS).glob(f"month=*/{shard}.parquet")):
            for row in pq.read_table(event_file).to_pylist():
                events.setdefault(row["article_index"], []).append((row["event_index"], Event(**event_arguments(row))))
        for row in pq.read_table(path).to_pylist():
            yield _result(row, [event for _, event in sorted(events.get(row["article_index"], []), key=lambda pair: pair[0])])


def _result(row: dict[str, Any], events: list[Event]) -> CodingResult:
    article = Article(id=row["article_id"], text=row["text"], source=row["input_file"], line=row["input_line"],
                      url=row["url"], title=row["title"], lang=row["lang_given"])  # fmt: skip
    published = PartialDate.parse(row["published"]) if row["published"] else None
    return CodingResult(article, row["language"], events, published=published)


def read_events(out: Path, shards: Iterable[str]) -> Iterator[Event]:
    """The events of ``shards``, each article's in the order the coder gave them."""
    for result in read_results(out, shards):
        yield from result.events


def read_failures(out: Path, shards: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The failure records of ``shards``, in shard order."""
    for shard in shards:
        path = out / FAILURES / f"{shard}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as stream:
                yield from (json.loads(line) for line in stream if line.strip())

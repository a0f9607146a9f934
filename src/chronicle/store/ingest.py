"""Code inputs and store them, in committed batches, resumably and idempotently.

An article is identified by its given id, else by the hash of its normalised
text (``chronicle.read.ids``).  Articles already in the store are skipped
*before* they are coded, so rerunning an interrupted ingest costs little more
than reading the inputs again; the check is repeated inside each commit, so
nothing is ever stored twice.  Each batch (articles, their mentions, and the
merged events they touch) is one transaction: a crash or Ctrl-C loses at most
the batch in flight, never a committed one.

On a shared store (``open_store(..., shared=True)``, what ``chronicle
ingest`` opens) the write lock is held only for each lookup and each batch's
transaction: the file is released while articles are coded, so queries from
other processes get in between batches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from typing import Protocol

import duckdb
import pyarrow

from chronicle.errors import InputError
from chronicle.model import Article, CodingResult
from chronicle.read.ids import article_id
from chronicle.store.database import Store, is_damage
from chronicle.store.layout import keep_in_date_order, note_written
from chronicle.store.merge import merge_key, merged_id, outlet, rebuild_events
from chronicle.store.rows import arrow_table, event_columns, period_start
from chronicle.store.schema import ARTICLE_COLUMNS, MENTION_COLUMNS
from chronicle.store.signals import critical

DEFAULT_BATCH_SIZE = 200
_LOOKUP_CHUNK = 512  # inputs read ahead to check against the store in one query


class ArticleCoder(Protocol):
    """What ingest needs of the coder (``chronicle.pipeline.Coder`` has it)."""

    def code_articles(self, articles: Iterable[Article], lang: str | None = None) -> Iterator[CodingResult]: ...


@dataclass
class IngestStats:
    """What an ingest run did."""

    articles: int = 0  # newly stored (coded, with or without events)
    events: int = 0  # mentions newly stored
    already_stored: int = 0  # skipped: in the store before this run, or repeated in the input
    bad_input: int = 0  # unreadable records (InputError)
    not_coded: int = 0  # read but not codable (no language pack, ...)
    batches: int = 0  # committed transactions
    interrupted: bool = False
    failure_reasons: dict[str, int] = field(default_factory=dict)
    coded: int = 0  # articles back from the coder (stored since, or not)
    found_events: int = 0  # events the coder found in them
    undated_events: int = 0  # stored without a date, from articles without a publication date
    undated_articles: int = 0  # those articles
    reordered: int | None = None  # events re-written in date order after the run (store/layout.py), when it was due

    @property
    def failures(self) -> int:
        """Records that could not be stored."""
        return self.bad_input + self.not_coded

    @property
    def done(self) -> int:
        """Input records dealt with so far: coded, skipped as stored, or bad."""
        return self.coded + self.already_stored + self.bad_input

    def _fail(self, reason: str) -> None:
        self.failure_reasons[reason] = self.failure_reasons.get(reason, 0) + 1


Reporter = Callable[[str], None]


class Ingester:
    """Codes a stream of inputs into a store, ``batch_size`` articles per commit."""

    def __init__(
        self,
        store: Store,
        coder: ArticleCoder,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        lang: str | None = None,
        report: Reporter | None = None,
        progress: Callable[[IngestStats], None] | None = None,
        note: Reporter | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.store = store
        self.coder = coder
        self.batch_size = batch_size
        self.lang = lang
        self.report = report or (lambda message: None)
        self.progress = progress or (lambda stats: None)
        self.note = note or (lambda message: None)
        self.stats = IngestStats()
        self._seen: dict[str, str] = {}  # ids handed to the coder in this run, with their text's digest
        self._committed: set[str] = set()  # ids stored by this run

    def ingest(self, items: Iterable[Article | InputError]) -> IngestStats:
        """Code and store ``items``; on Ctrl-C (or SIGTERM) the articles already coded are committed, then it returns."""
        pending: list[CodingResult] = []
        results = self.coder.code_articles(self._fresh(items), lang=self.lang)
        try:
            for result in results:
                self.stats.coded += 1
                self.stats.found_events += len(result.events)
                for message in result.notes:
                    self.note(f"{_where(result.article)}: {message}")
                if result.error:
                    self._failed(result.article, result.error)
                else:
                    pending.append(result)
                    if len(pending) >= self.batch_size:
                        self._commit(pending)
                        pending = []
                self.progress(self.stats)
        except KeyboardInterrupt:
            self.stats.interrupted = True
            pending = [r for r in pending if r.article.id not in self._committed]
        except Exception:
            # Whatever stops the run (a data file missing, the disk full), what is coded is kept.
            pending = [r for r in pending if r.article.id not in self._committed]
            if pending:
                try:
                    self._commit(pending)
                except Exception:
                    pass  # the first error is the one to report
            raise
        finally:
            self.store.release()
            close = getattr(results, "close", None)
            if close is not None:
                close()  # stops worker processes now, not when collected
        if pending:
            self._commit(pending)
            self.progress(self.stats)
        if not self.stats.interrupted:
            self._keep_in_date_order()
        return self.stats

    def _keep_in_date_order(self) -> None:
        try:
            self.stats.reordered = keep_in_date_order(self.store)
        except KeyboardInterrupt:
            self.stats.interrupted = True  # rolled back: the events are all there, in their old order
        finally:
            self.store.release()

    def _failed(self, article: Article, error: str) -> None:
        self.stats.not_coded += 1
        self.stats._fail(_reason(error))
        self.report(f"not coded: {_where(article)}: {error}")

    def _fresh(self, items: Iterable[Article | InputError]) -> Iterator[Article]:
        """The articles not stored yet; bad records are reported and counted on the way."""
        iterator = iter(items)
        while chunk := list(islice(iterator, _LOOKUP_CHUNK)):
            with critical():  # a signal inside a DuckDB statement becomes "Query interrupted"
                known = self.store.known_digests(a.id for a in chunk if isinstance(a, Article))
                self.store.release()  # readers may open the file while this chunk is coded
            for item in chunk:
                if isinstance(item, InputError):
                    self.stats.bad_input += 1
                    self.stats._fail(_reason(item.message))
                    self.report(f"bad input: {item}")
                    self.progress(self.stats)
                    continue
                digest = text_digest(item.text)
                stored = known.get(item.id, self._seen.get(item.id))
                if stored is None:
                    self._seen[item.id] = digest
                    yield item
                elif stored == digest:
                    self.stats.already_stored += 1
                    self.progress(self.stats)
                else:
                    # Skipping it silently as "already stored" would lose this text.
                    self.stats.bad_input += 1
                    self.stats._fail("id already used for a different text")
                    fix = (
                        "the file changed since it was stored under its name: ingest it into a new store, "
                        "or under another name"
                        if item.line is None and item.id != article_id(item.text)
                        else "give this article an id of its own (or drop its id to use the hash of its text)"
                    )
                    self.report(f"bad input: {_where(item)}: id {item.id!r} is already used for a different text; {fix}")
                    self.progress(self.stats)

    def _commit(self, results: list[CodingResult]) -> None:
        """Store one batch in one transaction; when the batch cannot be stored, each article alone."""
        try:
            self._commit_batch(results)
        except _UNSTORABLE as exc:
            if _is_damage(exc):
                raise
            if len(results) == 1:
                article = results[0].article
                self.stats.not_coded += 1
                self.stats._fail("cannot be stored")
                self.report(f"not stored: {_where(article)}: cannot be stored: {type(exc).__name__}: {_first_line(exc)}")
                return
            for result in results:  # find the article at fault; the others are stored
                self._commit([result])

    def _commit_batch(self, results: list[CodingResult]) -> None:
        with critical():
            known = self.store.known_articles(r.article.id for r in results)
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        articles, mentions, seen = [], [], set()
        undated_events, undated_articles = 0, 0
        for result in results:
            article = result.article
            if article.id in known or article.id in seen:
                self.stats.already_stored += 1
                continue
            seen.add(article.id)
            articles.append(_article_row(result, now))
            if articles[-1]["published"] is None:
                undated = sum(1 for event in result.events if event.date is None)
                undated_events += undated
                undated_articles += 1 if undated else 0
            for event in result.events:
                key = merge_key(event, article.id)
                row = event_columns(event)
                row |= {
                    "mention_id": event.event_id,
                    "article_id": article.id,
                    "event_id": merged_id(key),
                    "event_key": key,
                    "mentions": event.mentions,
                }
                mentions.append(row)
        if not articles:
            self.store.release()
            return
        connection = self.store.connection
        connection.register("_batch_articles", arrow_table(articles, ARTICLE_COLUMNS))
        connection.register("_batch_mentions", arrow_table(mentions, MENTION_COLUMNS))
        article_names = ", ".join(f'"{name}"' for name, _ in ARTICLE_COLUMNS)
        mention_names = ", ".join(f'"{name}"' for name, _ in MENTION_COLUMNS)
        with critical():  # a Ctrl-C or SIGTERM now would make DuckDB roll the batch back
            try:
                connection.execute("BEGIN TRANSACTION")
                try:
                    connection.execute(f"INSERT INTO articles ({article_names}) SELECT {article_names} FROM _batch_articles")
                    connection.execute(f"INSERT INTO mentions ({mention_names}) SELECT {mention_names} FROM _batch_mentions")
                    touched = sorted({m["event_id"] for m in mentions})
                    rebuild_events(connection, touched)
                    note_written(connection, len(touched))
                    connection.execute("COMMIT")
                except BaseException as exc:
                    connection.execute("ROLLBACK")
                    if isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower():
                        # Ctrl-C outside the command line's handlers: DuckDB turned it into this
                        raise KeyboardInterrupt() from exc
                    raise
            finally:
                connection.unregister("_batch_articles")
                connection.unregister("_batch_mentions")
                self.store.release()  # committed: readers may open the file until the next batch
            self._committed.update(r["article_id"] for r in articles)
            self.stats.articles += len(articles)
            self.stats.events += len(mentions)
            self.stats.batches += 1
            self.stats.undated_events += undated_events
            self.stats.undated_articles += undated_articles


# What one article's data can raise on its way into the store (a value Arrow
# or DuckDB refuses): that article is reported, the others are stored.
_UNSTORABLE = (duckdb.Error, pyarrow.ArrowException, UnicodeError, ValueError, TypeError, OverflowError)


def _is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the store file itself is damaged or unwritable (no article is at fault)."""
    return isinstance(exc, duckdb.IOException) or is_damage(exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text if len(text) <= 160 else text[:157] + "..."


def text_digest(text: str) -> str:
    """The digest a stored article's text is compared with (DuckDB's ``md5`` of the same UTF-8)."""
    return hashlib.md5(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def _article_row(result: CodingResult, now: datetime) -> dict[str, object]:
    article = result.article
    published = result.published or article.published
    return {
        "article_id": article.id,
        "outlet": outlet(article.url, article.source),
        "url": article.url,
        "title": article.title,
        "lang_given": article.lang,
        "language": result.language,
        "published": published.iso() if published else None,
        "published_precision": published.precision if published else None,
        "published_date": period_start(published.iso()) if published else None,
        "input_file": article.source,
        "input_line": article.line,
        "text": article.text,
        "n_events": len(result.events),
        "ingested_at": now,
    }


def _where(article: Article) -> str:
    return f"{article.source}, line {article.line}" if article.line else article.source


def _reason(message: str) -> str:
    # "no language pack for 'en' (available: fr)" -> "no language pack for 'en'": groups the summary
    return message.split(" (")[0].split(":")[0]

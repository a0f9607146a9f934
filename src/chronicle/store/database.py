"""Opening a store file: created when new, migrated when old, refused when unusable.

DuckDB lets one process write a file, or several read it, never both at
once.  So that queries, timelines and exports work while an ingest runs:

- the ingest opens the store *shared* (``open_store(..., shared=True)``): it
  holds the write lock only while it looks up or commits a batch, and
  releases the file between batches, while the articles are coded;
- readers that find the file locked wait and retry (up to
  ``$CHRONICLE_LOCK_WAIT`` seconds, default 60), as the ingest does for its
  next batch while a reader holds the file (up to ten times as long).

A file still busy after the wait gives a message naming it, not a traceback.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from chronicle import __version__
from chronicle.errors import ChronicleError
from chronicle.store import DB_ENV, DEFAULT_DB, schema


class StoreError(ChronicleError):
    """The store file cannot be opened (missing, locked, not a store)."""


class DamagedStore(StoreError):
    """The store file is damaged: part of it cannot be read back."""


def default_db_path() -> Path:
    """``$CHRONICLE_DB`` when set, else ``chronicle.duckdb`` in the current directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


LOCK_WAIT_ENV = "CHRONICLE_LOCK_WAIT"  # seconds a reader waits for a busy store
DEFAULT_LOCK_WAIT = 60.0
WRITER_WAIT_FACTOR = 10  # an ingest waits longer: a long export may hold the file


def lock_wait() -> float:
    """Seconds to wait for a store another process holds: ``$CHRONICLE_LOCK_WAIT``, default 60."""
    value = os.environ.get(LOCK_WAIT_ENV)
    try:
        return max(0.0, float(value)) if value else DEFAULT_LOCK_WAIT
    except ValueError:
        raise StoreError(f"${LOCK_WAIT_ENV}={value!r} is not a number of seconds") from None


class Store:
    """An open store: a DuckDB connection on a file with the current schema.

    A *shared* store (``open_store(..., shared=True)``, what ``ingest`` uses)
    can ``release()`` the file between transactions so other processes can
    read it; its ``connection`` is opened again, waiting for the lock, the
    next time it is used.
    """

    def __init__(
        self,
        connection: duckdb.DuckDBPyConnection,
        path: Path,
        read_only: bool,
        *,
        reconnect: Callable[[], duckdb.DuckDBPyConnection] | None = None,
    ) -> None:
        self._connection: duckdb.DuckDBPyConnection | None = connection
        self.path = path
        self.read_only = read_only
        self._reconnect = reconnect

    @property
    def shared(self) -> bool:
        """Whether this store lets go of the file between transactions."""
        return self._reconnect is not None

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting for the file) when a shared store released it."""
        if self._connection is None:
            if self._reconnect is None:
                raise StoreError(f"{self.path} is closed")
            self._connection = self._reconnect()
        return self._connection

    def release(self) -> None:
        """A shared store closes its connection, so readers in other processes can open the file; others do nothing."""
        if self._reconnect is not None and self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()

    def close(self) -> None:
        """Close the connection (committed work is already on disk)."""
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()
        self._reconnect = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def execute(self, sql: str, params: Sequence[object] | None = None) -> duckdb.DuckDBPyConnection:
        """Run one statement with parameters (user values always go through ``params``)."""
        return self.connection.execute(sql, params or [])

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.connection.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        ).fetchall()
        return {row[0] for row in rows}

    def known_digests(self, ids: Iterable[str]) -> dict[str, str]:
        """Which of ``ids`` are already stored, each with the MD5 of its stored text."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        rows = self.connection.execute(
            "SELECT article_id, md5(text) FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        ).fetchall()
        return {row[0]: row[1] for row in rows}

    def check_integrity(self) -> None:
        """Read every stored value once; a ``DamagedStore`` when a block of the file fails its checksum.

        DuckDB checks a block's checksum when it reads it, so damage in the
        middle of a file is otherwise met only by the query that reaches it,
        and an ingest would go on writing into a damaged file.
        """
        for table in sorted(schema.CHRONICLE_TABLES):
            try:
                # hash() reads every column of every row; the table names are constants
                self.connection.execute(f"SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM {table}").fetchall()
            except duckdb.Error as exc:
                raise damaged(self.path, exc) from exc

    def counts(self) -> dict[str, int]:
        """Rows in articles, mentions and events."""
        return {
            table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table names are constants
            for table in ("articles", "mentions", "events")
        }

    def schema_version(self) -> int:
        """The version recorded in the file."""
        return schema.stored_version(self.connection, str(self.path))


def damaged(path: Path, exc: BaseException) -> DamagedStore:
    """The error for a store whose file cannot be read back."""
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return DamagedStore(
        f"{path} is damaged ({detail}): restore it from a backup, or re-ingest the articles into a new store "
        f"(chronicle ingest --db NEW.duckdb FILE...)"
    )


def is_damage(exc: BaseException) -> bool:
    """Whether a DuckDB error says the file is damaged (a checksum or a block that cannot be read)."""
    message = str(exc).lower()
    return "corrupt" in message or "checksum" in message or "invalid block" in message


def arrow_reader(connection: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object], batch_rows: int = 65536) -> Any:
    """The rows of ``sql`` as an Arrow RecordBatchReader, streamed rather than materialised."""
    # A cursor of its own: the connection may hold an unfinished result of an earlier statement.
    relation = connection.cursor().sql(sql, params=list(params))
    method = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader  # DuckDB >= 2.0, else 1.x
    return method(batch_rows)


def open_store(
    path: Path | str | None = None,
    *,
    read_only: bool = False,
    threads: int | None = None,
    shared: bool = False,
    wait: float | None = None,
) -> Store:
    """Open (and for writing, create) the store at ``path`` (default: ``default_db_path()``).

    An older schema is migrated first; a newer or unknown one raises
    ``SchemaError`` with what to do.  A read-only open of a missing file
    raises ``StoreError``, as does a file another process still holds after
    ``wait`` seconds (default ``lock_wait()``).  ``shared`` (for writing)
    gives a store that releases the file between transactions (see the
    module's docstring).
    """
    target = Path(path) if path is not None else default_db_path()
    if str(target) == ":memory:" or str(target).startswith(":memory:"):
        raise StoreError(
            "--db :memory: would keep the store in memory and lose it when the command ends: "
            "give a file name (e.g. --db events.duckdb)"
        )
    if read_only and not target.exists():
        raise StoreError(f"no store at {target}: create one with 'chronicle ingest --db {target} FILE...'")
    if not read_only and target.parent != Path("") and not target.parent.exists():
        raise StoreError(f"cannot create {target}: the folder {target.parent} does not exist")
    config = {"threads": threads} if threads else {}
    wait = lock_wait() if wait is None else wait
    connection = _connect(target, read_only, config, wait)
    try:
        if not read_only and not schema.tables(connection):
            schema.create(connection, __version__)
        version = schema.stored_version(connection, str(target))
        schema.check_version(version, str(target))
        if version < schema.SCHEMA_VERSION:
            if read_only:
                # Migration needs the write lock: upgrade once, then read as asked.
                connection.close()
                open_store(target, read_only=False, wait=wait).close()
                connection = _connect(target, True, config, wait)
            else:
                schema.migrate(connection, str(target))
        reconnect = None
        if shared and not read_only:
            writer_wait = wait * WRITER_WAIT_FACTOR
            reconnect = lambda: _connect(target, False, config, writer_wait)  # noqa: E731
        store = Store(connection, target, read_only, reconnect=reconnect)
        if not read_only:
            store.check_integrity()  # before anything is written into it
    except duckdb.Error as exc:
        connection.close()
        if is_damage(exc):
            raise damaged(target, exc) from exc
        raise StoreError(f"cannot use {target}: {str(exc).splitlines()[0]}") from exc
    except BaseException:
        connection.close()
        raise
    return store


def _connect(path: Path, read_only: bool, config: dict[str, object], wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A connection on ``path``; while another process holds the file, retried for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            return _connect_once(path, read_only, config)
        except _Locked as exc:
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreError(
                    f"{path} is in use by another process (waited {wait:g} s): an ingest commits in short "
                    f"transactions, so this means a long export or a server holds it; retry when it ends, "
                    f"or wait longer with ${LOCK_WAIT_ENV}=SECONDS"
                ) from exc.__cause__
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.5)  # the lock is usually held for one batch's commit


class _Locked(Exception):
    """The file is locked by another process (retry)."""


def _connect_once(path: Path, read_only: bool, config: dict[str, object]) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        message = str(exc)
        if is_damage(exc):
            raise damaged(path, exc) from exc
        if "lock" in message.lower():
            raise _Locked() from exc
        raise StoreError(f"cannot open {path}: {message}") from exc
    except duckdb.Error as exc:
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise StoreError(f"cannot open {path} as a DuckDB store: {exc}") from exc

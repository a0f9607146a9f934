"""The store's tables, its schema version, and the migrations between versions.

A store file records the version of the layout it was written with in
``meta.schema_version``.  Opening a file of an older version applies the
migrations in ``MIGRATIONS`` in order (each in its own transaction, so an
interrupted migration leaves the file at the last completed version); a file
of a newer version, or an older one with no migration path, is refused with a
message that says what to do.

Tables:

- ``articles``: one row per stored article (its id is the given id or the hash
  of its normalised text), with its text so evidence offsets stay usable.
- ``mentions``: every event the coder found in an article, as coded, plus the
  id of the merged event it belongs to and the trigger's offsets (version 3;
  NULL in mentions stored before it).  Nothing the coder said is dropped.
- ``events``: one row per distinct happening after cross-article merging
  (see ``chronicle.store.merge``), rebuilt from ``mentions`` for the keys each
  batch touches, with GDELT-style mention, source and article counts.
- ``api_keys``: the keys of ``chronicle serve`` (``chronicle keys``), each
  stored as the SHA-256 of its secret, never the secret itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicle.errors import ChronicleError
from chronicle.export.records import ACTOR_FIELDS

if TYPE_CHECKING:
    import duckdb

SCHEMA_VERSION = 3



def _actor(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_{field}", "VARCHAR") for field in ACTOR_FIELDS]


# The coded record, flattened: shared by mentions (as coded) and events (the
# representative mention's values).
EVENT_COLUMNS: list[tuple[str, str]] = (
    [
        ("event_type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("quad_class", "TINYINT"),
        ("goldstein", "DOUBLE"),
    ]
    + _actor("source")
    + _actor("target")
    + [
        ("location_text", "VARCHAR"),
        ("location_name", "VARCHAR"),
        ("location_country", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("geonameid", "BIGINT"),
        ("date", "DATE"),  # first day of the period the date names, for range filters and series
        ("date_value", "VARCHAR"),  # as coded: YYYY, YYYY-MM or YYYY-MM-DD
        ("date_precision", "VARCHAR"),
        ("date_text", "VARCHAR"),
        ("polarity", "VARCHAR"),
        ("modality", "VARCHAR"),
    ]
    + _actor("speaker")
    + [
        ("trigger", "VARCHAR"),
        ("sentence", "VARCHAR"),
        ("sentence_index", "INTEGER"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("language", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ]
)

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("article_id", "VARCHAR"),
    ("outlet", "VARCHAR"),  # the information source counted by num_sources (see merge)
    ("url", "VARCHAR"),
    ("title", "VARCHAR"),
    ("lang_given", "VARCHAR"),
    ("language", "VARCHAR"),
    ("published", "VARCHAR"),
    ("published_precision", "VARCHAR"),
    ("published_date", "DATE"),
    ("input_file", "VARCHAR"),
    ("input_line", "INTEGER"),
    ("text", "VARCHAR"),
    ("n_events", "INTEGER"),
    ("ingested_at", "TIMESTAMP"),
]

# The trigger's own offsets into the article as received (``chronicle show``
# highlights them); kept on mentions, where the evidence is read.
TRIGGER_COLUMNS: list[tuple[str, str]] = [("trigger_start", "INTEGER"), ("trigger_end", "INTEGER")]

MENTION_COLUMNS: list[tuple[str, str]] = (
    [("mention_id", "VARCHAR"), ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("event_key", "VARCHAR")]
    + EVENT_COLUMNS
    + [("mentions", "INTEGER")]  # times the article states it (within-article merge)
    + TRIGGER_COLUMNS  # last: where migration 2 -> 3 adds them
)

MERGED_COLUMNS: list[tuple[str, str]] = (
    [("event_id", "VARCHAR"), ("event_key", "VARCHAR"), ("article_id", "VARCHAR"), ("mention_id", "VARCHAR")]
    + EVENT_COLUMNS
    + [
        ("num_mentions", "INTEGER"),
        ("num_sources", "INTEGER"),
        ("num_articles", "INTEGER"),
        ("source_url", "VARCHAR"),
        ("date_added", "TIMESTAMP"),
    ]
)


def _table(name: str, columns: list[tuple[str, str]], extra: str = "") -> str:
    body = ",\n    ".join(f'"{column}" {kind}' for column, kind in columns)
    return f"CREATE TABLE {name} (\n    {body}{extra}\n)"


# Only articles get a key: it is what makes a rerun idempotent.  Keys on the
# large mentions/events tables would cost memory and insert time for nothing
# the code does not already guarantee.
CREATE_STATEMENTS = [
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    _table("articles", ARTICLE_COLUMNS, ",\n    PRIMARY KEY (article_id)"),
    _table("mentions", MENTION_COLUMNS),
    _table("events", MERGED_COLUMNS),
]

API_KEYS_TABLE = (
    "CREATE TABLE api_keys (key_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, secret_sha256 VARCHAR NOT NULL, "
    "created_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP)"
)
CREATE_STATEMENTS.append(API_KEYS_TABLE)

CHRONICLE_TABLES = frozenset({"meta", "articles", "mentions", "events", "api_keys"})


class SchemaError(ChronicleError):
    """The store file cannot be used by this version of Chronicle as it is."""


# from-version -> function that upgrades a connection in a transaction to from-version + 1
Migration = Callable[["duckdb.DuckDBPyConnection"], None]
MIGRATIONS: dict[int, Migration] = {
    1: lambda connection: connection.execute(API_KEYS_TABLE),  # version 2: the keys of chronicle serve
    2: lambda connection: _add_trigger_offsets(connection),  # version 3: mentions' trigger offsets
}


def _add_trigger_offsets(connection: duckdb.DuckDBPyConnection) -> None:
    """Version 3: the mentions' trigger offsets, NULL for mentions stored before (re-ingest to fill them)."""
    for name, kind in TRIGGER_COLUMNS:
        connection.execute(f'ALTER TABLE mentions ADD COLUMN IF NOT EXISTS "{name}" {kind}')


def create(connection: duckdb.DuckDBPyConnection, chronicle_version: str) -> None:
    """Create every table of an empty store and record the schema version."""
    connection.execute("BEGIN TRANSACTION")
    for statement in CREATE_STATEMENTS:
        connection.execute(statement)
    connection.execute(
        "INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?), ('created_at', CAST(now() AS VARCHAR))",
        [str(SCHEMA_VERSION), f"chronicle {chronicle_version}"],
    )
    connection.execute("COMMIT")


def tables(connection: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the tables in the main schema."""
    rows = connection.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {row[0] for row in rows}


def stored_version(connection: duckdb.DuckDBPyConnection, path: str) -> int:
    """The schema version recorded in the file, or a SchemaError when it is not a Chronicle store."""
    present = tables(connection)
    if "meta" not in present:
        raise SchemaError(
            f"{path} is a DuckDB file but not a Chronicle store (no 'meta' table; tables: "
            f"{', '.join(sorted(present)) or 'none'}); give --db a new file name to create a store"
        )
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise SchemaError(f"{path} has no valid schema version in its 'meta' table; it was not written by Chronicle")
    return int(row[0])


def check_version(version: int, path: str) -> None:
    """Raise the SchemaError that says what to do when ``version`` cannot be brought to the current one."""
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"{path} has schema version {version}, newer than this Chronicle's {SCHEMA_VERSION}: "
            "upgrade this Chronicle to a version that reads it: in the checkout of its source, "
            "update the code (git pull) and reinstall it (pip install -U -e .)"
        )
    missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        raise SchemaError(
            f"{path} has schema version {version} and this Chronicle (schema version {SCHEMA_VERSION}) "
            f"has no migration from version {missing[0]}: export it with the Chronicle that wrote it "
            "(chronicle export --format jsonl) or re-ingest the articles into a new store"
        )


def migrate(connection: duckdb.DuckDBPyConnection, path: str) -> list[int]:
    """Bring the store to SCHEMA_VERSION; returns the versions migrated from (empty when current)."""
    version = stored_version(connection, path)
    check_version(version, path)
    done = []
    while version < SCHEMA_VERSION:
        connection.execute("BEGIN TRANSACTION")
        try:
            MIGRATIONS[version](connection)
            connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version + 1)])
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        done.append(version)
        version += 1
    return done

"""The physical order of the events table: by date, so filters read few row groups.

DuckDB keeps the minimum and maximum of every column per row group and skips
the groups a filter rules out.  Events are appended in the order articles are
ingested, and every commit deletes and re-appends the merged events it
touched, so without care the table ends in no useful order and every query
reads every row.  In date order, a filter with a period (what the dashboard
and most queries carry) reads only the row groups of that period, and the
"first page by date" of any filter stops early: on a million events that is
several times faster (``bench/serve.py``).

Re-ordering rewrites the table, so it is done only when the rows written
since the last re-ordering reach a share of the table: the total work stays
proportional to what was ingested, however the store grew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb

from chronicle.store.signals import critical

if TYPE_CHECKING:
    from chronicle.store.database import Store

#: Re-order once the rows written since the last re-ordering reach this share of the table.
REORDER_SHARE = 0.25
#: Below this many events every query is a fast scan: no re-ordering.
REORDER_MIN_EVENTS = 20_000

_WRITTEN = "events_written_since_order"
_ORDERED = "events_at_last_order"
ORDER = '"date" ASC NULLS LAST, event_id'


def _meta_int(connection: duckdb.DuckDBPyConnection, key: str) -> int:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return int(row[0]) if row is not None and str(row[0]).isdigit() else 0


def _set_meta_int(connection: duckdb.DuckDBPyConnection, key: str, value: int) -> None:
    connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, str(value)])


def note_written(connection: duckdb.DuckDBPyConnection, rows: int) -> None:
    """Count ``rows`` merged events written out of order (inside the caller's transaction)."""
    _set_meta_int(connection, _WRITTEN, _meta_int(connection, _WRITTEN) + rows)


def needs_reorder(connection: duckdb.DuckDBPyConnection) -> bool:
    """Whether enough rows were written out of order, on a table large enough, to re-order it."""
    written = _meta_int(connection, _WRITTEN)
    if written == 0:
        return False
    events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    return events >= REORDER_MIN_EVENTS and written >= REORDER_SHARE * max(_meta_int(connection, _ORDERED), 1)


def reorder_events(store: "Store") -> int:
    """Rewrite the events table in date order, in one transaction; returns the number of events.

    Readers holding a snapshot keep seeing the table as it was; an
    interruption rolls the rewrite back, leaving the table as it was.
    """
    connection = store.connection
    with critical():
        connection.execute("BEGIN TRANSACTION")
        try:
            # A plain delete and insert (not a new table renamed) keeps the table's
            # definition and stays invisible to readers until the commit.
            connection.execute(f"CREATE OR REPLACE TEMP TABLE _ordered AS SELECT * FROM events ORDER BY {ORDER}")
            connection.execute("DELETE FROM events")
            connection.execute("INSERT INTO events SELECT * FROM _ordered")
            events = connection.execute("SELECT count(*) FROM _ordered").fetchone()[0]
            connection.execute("DROP TABLE _ordered")
            _set_meta_int(connection, _WRITTEN, 0)
            _set_meta_int(connection, _ORDERED, events)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    connection.execute("CHECKPOINT")  # write the ordered row groups (and their min/max) now
    return events


def keep_in_date_order(store: "Store") -> int | None:
    """Re-order the events table when it is due (see the module's docstring); the events re-ordered, or None."""
    if not needs_reorder(store.connection):
        return None
    return reorder_events(store)

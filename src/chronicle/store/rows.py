"""Event records to table rows and back, and rows to Arrow tables for bulk inserts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from chronicle.model import Event, PartialDate
from chronicle.export.records import event_arguments, event_fields
from chronicle.store.schema import EVENT_COLUMNS, TRIGGER_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa

_ARROW_TYPES = {
    "VARCHAR": "string",
    "TINYINT": "int8",
    "INTEGER": "int32",
    "BIGINT": "int64",
    "DOUBLE": "float64",
    "DATE": "date32",
    "TIMESTAMP": "timestamp[us]",
}


class StoredEvent(Event):
    """A merged event as the store gives it back: the representative mention's
    record, with the merged id and GDELT-style counts.

    ``mentions`` equals ``num_mentions`` here (times stated across the store).
    """

    mention_id: str | None = None  # the coder's id of the representative mention
    num_mentions: int = 1
    num_sources: int = 1
    num_articles: int = 1
    source_url: str | None = None
    date_added: datetime | None = None


def period_start(value: str | None) -> date | None:
    """The first day of the period ``YYYY[-MM[-DD]]`` names (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return PartialDate.parse(value).anchor()
    except ValueError:
        return None


def event_columns(event: Event) -> dict[str, Any]:
    """The EVENT_COLUMNS values of a coded event, and its trigger offsets (TRIGGER_COLUMNS, for mentions)."""
    fields = event_fields(event)
    row = {name: fields[name] for name, _ in EVENT_COLUMNS + TRIGGER_COLUMNS if name in fields}
    # The store keeps the coded value and, for range queries, the first day it covers.
    row["date_value"] = fields["date"]
    row["date"] = period_start(fields["date"])  # type: ignore[arg-type]
    return row


def stored_event(row: Mapping[str, Any]) -> StoredEvent:
    """A StoredEvent from an ``events`` row (a mapping of column name to value)."""
    # The row holds the coded date as date_value (its date column is the period's first day).
    fields = {**row, "date": row.get("date_value"), "mentions": row["num_mentions"]}
    return StoredEvent(
        **event_arguments(fields),
        mention_id=row["mention_id"],
        num_mentions=row["num_mentions"],
        num_sources=row["num_sources"],
        num_articles=row["num_articles"],
        source_url=row["source_url"],
        date_added=row["date_added"],
    )


def arrow_table(rows: Iterable[Mapping[str, Any]], columns: list[tuple[str, str]]) -> "pa.Table":
    """Rows as an Arrow table whose columns and types are exactly ``columns``' (for INSERT ... SELECT)."""
    import pyarrow as pa  # only writers need Arrow

    rows = list(rows)
    arrow_schema = pa.schema([(name, pa.type_for_alias(_ARROW_TYPES[kind])) for name, kind in columns])
    data = {name: [row.get(name) for row in rows] for name, _ in columns}
    return pa.Table.from_pydict(data, schema=arrow_schema)

"""The store from Python: ``chronicle.Store(path).query(...)`` and ``.timeline(...)``.

The filters are the command line's, by the same names (``country="USA"``,
``type=["CONSULT", "MEET"]``, ``since="2019-02"``, ``dyad="USA,PRK"``...),
checked by the same code (``chronicle.store.commands.FILTER_OPTIONS`` and
``build_filter``) into the same ``EventFilter``; an ``EventFilter`` can also
be given whole.  Answers are Arrow tables: ``.to_pandas()`` gives a pandas
DataFrame and ``polars.from_arrow(...)`` a polars one (neither library is
needed by Chronicle itself), or ask with ``to="pandas"`` / ``to="polars"``.

Each call opens the file read-only and closes it before returning, so a
``Store`` never keeps an ingest waiting, and works while one runs (see
``chronicle.store.database``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronicle.store.query import SORTS, EventFilter

if TYPE_CHECKING:
    import pyarrow as pa

    from chronicle.store.database import Store as OpenStore

OUTPUTS = ("arrow", "pandas", "polars")


class Store:
    """A Chronicle store file, read from Python."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, wait: float | None = None) -> None:
        """``path`` defaults to ``$CHRONICLE_DB`` or ./chronicle.duckdb; ``wait``: seconds to wait while an ingest commits."""
        from chronicle.store.database import StoreError, default_db_path

        self.path = Path(path) if path is not None else default_db_path()
        self.wait = wait
        if not self.path.exists():
            raise StoreError(f"no store at {self.path}: create one with 'chronicle ingest --db {self.path} FILE...'")

    def __repr__(self) -> str:
        return f"chronicle.Store({str(self.path)!r})"

    @contextmanager
    def _open(self) -> Iterator["OpenStore"]:
        from chronicle.store.database import open_store

        with open_store(self.path, read_only=True, wait=self.wait) as store:
            yield store

    def query(
        self,
        filter: EventFilter | None = None,
        *,
        sort: str = "date",
        limit: int | None = None,
        offset: int = 0,
        to: str = "arrow",
        **filters: Any,
    ) -> Any:
        """The merged events that match, one row per event with every stored column (``chronicle query``'s filters)."""
        from chronicle.store.query import select_sql

        if sort not in SORTS:
            raise ValueError(f"sort={sort!r} is not one of {', '.join(SORTS)}")
        sql, params = select_sql(make_filter(filter, **filters), sort=sort, limit=limit, offset=offset)
        with self._open() as store:
            table = _arrow(store.connection.cursor().sql(sql, params=params))
        return convert(table, to)

    def timeline(self, filter: EventFilter | None = None, *, by: str = "month", to: str = "arrow", **filters: Any) -> Any:
        """Events, mentions, articles and Goldstein sum and mean per period (``chronicle timeline``), gaps filled with zeros.

        The number of matching events left out (undated, or dated too
        coarsely for ``by``) is in the table's metadata, ``left_out``.
        """
        import pyarrow as pa

        from chronicle.store.timeline import PERIODS, timeline

        if by not in PERIODS:
            raise ValueError(f"by={by!r} is not one of {', '.join(PERIODS)}")
        with self._open() as store:
            series = timeline(store, make_filter(filter, **filters), by=by)
        rows = series.rows
        table = pa.table(
            {
                "period": pa.array([r.period for r in rows], pa.date32()),
                "events": pa.array([r.events for r in rows], pa.int64()),
                "mentions": pa.array([r.mentions for r in rows], pa.int64()),
                "articles": pa.array([r.articles for r in rows], pa.int64()),
                "goldstein_sum": pa.array([r.goldstein_sum for r in rows], pa.float64()),
                "goldstein_mean": pa.array([r.goldstein_mean for r in rows], pa.float64()),
            }
        ).replace_schema_metadata({"by": by, "left_out": str(series.left_out)})
        return convert(table, to)

    def mentions(self, event_ids: list[str], *, to: str = "arrow") -> Any:
        """Every mention (article, sentence, offsets, trigger) of these events."""
        with self._open() as store:
            sql = "SELECT * FROM mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY event_id, article_id, sentence_index"
            table = _arrow(store.connection.cursor().sql(sql, params=[list(event_ids)]))
        return convert(table, to)


def make_filter(given: EventFilter | None = None, **filters: Any) -> EventFilter:
    """An EventFilter from the command line's filter names (``type``, ``place_country``...), checked as the CLI checks them."""
    import typer

    from chronicle.store.commands import FILTER_OPTIONS, build_filter

    if given is not None:
        if filters:
            raise TypeError("give either an EventFilter or filter keywords, not both")
        return given
    names = {name.rstrip("_"): (name, kind, option) for name, kind, option in FILTER_OPTIONS}
    unknown = sorted(set(filters) - set(names))
    if unknown:
        raise TypeError(f"unknown filter {unknown[0]!r}; the filters are: {', '.join(sorted(names))}")
    values: dict[str, Any] = {}
    for key, (name, kind, option) in names.items():
        value = filters.get(key, option.default)
        if getattr(kind, "__origin__", None) is list:
            value = [value] if isinstance(value, (str, int)) else list(value or [])
        values[name] = value
    try:
        return build_filter(**values)
    except typer.BadParameter as exc:  # the CLI's message, for a Python caller
        where = f"{exc.param_hint}: " if exc.param_hint else ""
        raise ValueError(f"{where}{exc.message}") from None


def convert(table: "pa.Table", to: str) -> Any:
    """``table`` as asked: Arrow, or a pandas or polars DataFrame (when that library is installed)."""
    if to == "arrow":
        return table
    if to == "pandas":
        return table.to_pandas()
    if to == "polars":
        try:
            import polars
        except ImportError as exc:
            raise ImportError("to='polars' needs polars: pip install polars") from exc
        return polars.from_arrow(table)
    raise ValueError(f"to={to!r} is not one of {', '.join(OUTPUTS)}")


def _arrow(relation: Any) -> "pa.Table":
    method = getattr(relation, "to_arrow_table", None) or relation.arrow  # DuckDB >= 2.0, else 1.x
    return method()

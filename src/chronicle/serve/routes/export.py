"""``/v1/export``: the formats of ``chronicle export``, streamed as they are written."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from chronicle.export.gdelt import write_gdelt
from chronicle.export.plover import write_plover
from chronicle.export.stored import write_parquet, write_stored_csv, write_stored_jsonl
from chronicle.serve.errors import bad_request
from chronicle.serve.filters import FILTER_PARAMS, check_known, parse_filter
from chronicle.serve.security import require_read
from chronicle.serve.state import state_of
from chronicle.store.database import arrow_reader
from chronicle.store.query import iter_rows, select_sql

router = APIRouter(tags=["export"], dependencies=[Depends(require_read)])

_CHUNK = 2000  # rows rendered per streamed chunk
# format -> (media type, file suffix, writer(rows, stream, first chunk))
_TEXT: dict[str, tuple[str, str, Callable[[list[dict[str, Any]], TextIO, bool], Any]]] = {
    "jsonl": ("application/x-ndjson", "jsonl", lambda rows, out, first: write_stored_jsonl(rows, out)),
    "csv": ("text/csv; charset=utf-8", "csv", lambda rows, out, first: write_stored_csv(rows, out)),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv", lambda rows, out, first: write_gdelt(rows, out, header=first)),
    "plover": ("application/x-ndjson", "jsonl", lambda rows, out, first: write_plover(rows, out)),
}
FORMATS = (*_TEXT, "parquet")


@router.get("/v1/export", summary="Every matching event in a format of chronicle export")
def export(request: Request) -> Response:
    """``format``: jsonl, csv, gdelt (GDELT 2.0 event table, with its header line), plover (PLOVER JSONL)
    or parquet; the filters of ``/v1/events``.  Text formats are streamed; Parquet is written whole first."""
    params = request.query_params
    check_known(params, FILTER_PARAMS + ("format",))
    event_filter = parse_filter(params)
    output = params.get("format")
    if output not in FORMATS:
        raise bad_request("bad_parameter", f"format={output!r}: one of {', '.join(FORMATS)}", "format")
    state = state_of(request)
    if output == "parquet":
        handle, name = tempfile.mkstemp(suffix=".parquet", prefix="chronicle-export-")
        os.close(handle)
        with state.reader() as store:
            sql, values = select_sql(event_filter, sort="date")
            write_parquet(arrow_reader(store.connection, sql, values), Path(name))
        return FileResponse(name, media_type="application/vnd.apache.parquet", filename="events.parquet",
                            background=BackgroundTask(os.unlink, name))  # fmt: skip
    media, suffix, write = _TEXT[output]
    store = state.open_reader()  # closed by the stream, which outlives this handler

    def chunks() -> Iterator[bytes]:
        try:
            rows = iter_rows(store, event_filter, sort="date")
            first = True
            while True:
                batch = [row for _, row in zip(range(_CHUNK), rows)]
                if not batch and not first:
                    return
                buffer = io.StringIO()
                write(batch, buffer, first)
                text = buffer.getvalue()
                if output == "csv" and not first:
                    text = text.split("\r\n", 1)[1]  # the header once, at the top
                yield text.encode("utf-8")
                first = False
                if not batch:
                    return
        finally:
            store.close()

    return StreamingResponse(chunks(), media_type=media, headers={"Content-Disposition": f'attachment; filename="events.{suffix}"'})

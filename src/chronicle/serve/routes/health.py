"""``/health``: whether the server can read its store."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from chronicle import __version__
from chronicle.serve.state import state_of

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and the store's size")
def health(request: Request) -> JSONResponse:
    """``{"status": "ok", "version", "store", "read_only", "counts"}``; always open, never keyed."""
    state = state_of(request)
    with state.reader() as store:
        counts = store.counts()
    return JSONResponse({"status": "ok", "version": __version__, "store": str(state.store.path),
                         "read_only": state.config.read_only, "counts": counts})  # fmt: skip

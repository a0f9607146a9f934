"""Who may call what: writes need an active key, reads need one only when the server says so."""

from __future__ import annotations

from fastapi import Request

from chronicle.serve.errors import ApiError
from chronicle.serve.keys import ApiKey, verify_key
from chronicle.serve.state import state_of


def presented_key(request: Request) -> str | None:
    """The key a request carries: ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``."""
    header = request.headers.get("authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise ApiError(401, "bad_authorization", "the Authorization header must read 'Bearer <key>'")
        return value.strip()
    return request.headers.get("x-api-key") or None


def _check(request: Request, action: str) -> ApiKey:
    presented = presented_key(request)
    if presented is None:
        raise ApiError(401, "key_required", f"{action} needs an API key (Authorization: Bearer <key>; create one with 'chronicle keys create')")
    with state_of(request).reader() as store:
        key = verify_key(store, presented)
    if key is None:
        raise ApiError(403, "key_refused", "the API key is unknown, malformed or revoked")
    return key


def require_write(request: Request) -> ApiKey:
    """Dependency of every write: an active key, on a server that writes."""
    state = state_of(request)
    key = _check(request, "writing")
    if state.config.read_only:
        raise ApiError(403, "read_only", "this server opened its store read-only (chronicle serve --read-only): it stores nothing")
    return key


def require_read(request: Request) -> ApiKey | None:
    """Dependency of every read: a key only when the server was started with keyed reads."""
    if not state_of(request).config.keyed_reads:
        return None
    return _check(request, "reading (this server was started with --keyed-reads)")

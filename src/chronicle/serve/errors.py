"""API errors: one JSON shape for every 4xx and 5xx, ``{"error": {"status", "code", "message", "field"?}}``."""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronicle.errors import ChronicleError

log = logging.getLogger("chronicle.serve")


class ApiError(Exception):
    """An error answered to the client as it is (status, code, message, and the field at fault)."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def bad_request(code: str, message: str, field: str | None = None) -> ApiError:
    """A 400 naming the field at fault."""
    return ApiError(400, code, message, field)


def error_body(status: int, code: str, message: str, field: str | None = None) -> dict[str, Any]:
    """The JSON body of an error."""
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    if field is not None:
        error["field"] = field
    return {"error": error}


def error_response(status: int, code: str, message: str, field: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    """An error as a response."""
    return JSONResponse(error_body(status, code, message, field), status_code=status, headers=headers)


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large"}


def install(app: FastAPI) -> None:
    """Answer every error in the API's JSON shape, never with a traceback."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, exc.code, exc.message, exc.field, headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        return error_response(exc.status_code, code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"msg": "invalid request", "loc": ()}
        where = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
        field = ".".join(where) or None
        message = f"{field}: {first['msg']}" if field else str(first["msg"])
        return error_response(400, "invalid_parameter", message, field)

    @app.exception_handler(ChronicleError)
    async def chronicle_error(request: Request, exc: ChronicleError) -> JSONResponse:
        return error_response(503, "store_unavailable", str(exc))

    @app.exception_handler(duckdb.Error)
    async def store_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        log.exception("store error on %s", request.url.path)
        return error_response(500, "store_error", f"the store could not answer: {str(exc).splitlines()[0]}")

"""Request bodies: read within the configured size, parsed as JSON, refused with a clear 4xx otherwise."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from chronicle.serve.errors import ApiError, bad_request
from chronicle.serve.state import state_of


async def json_body(request: Request) -> Any:
    """The request's JSON body: 413 when over the limit, 415 when not JSON, 400 when malformed."""
    limit = state_of(request).config.max_body
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(415, "unsupported_media_type", f"send the body as application/json (got {kind or 'no content type'})")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "body_too_large", f"the body is {int(declared)} bytes; this server takes at most {limit}")
    data = bytearray()
    async for chunk in request.stream():  # a chunked body has no length to check up front
        data += chunk
        if len(data) > limit:
            raise ApiError(413, "body_too_large", f"the body is over {limit} bytes, the most this server takes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad_request("malformed_body", f"the body is not UTF-8 (byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise bad_request("malformed_json", f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except (RecursionError, ValueError) as exc:
        raise bad_request("malformed_json", f"the body is not usable JSON: {str(exc) or 'nested too deeply'}") from None

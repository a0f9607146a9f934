"""Bytes to text: UTF-8 only, with errors that say where the input is bad."""

from __future__ import annotations

import codecs

from chronicle.errors import InputError

_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_MB = 1024 * 1024


def size_error(source: str, size: int, limit: int) -> InputError:
    """The error for an input of ``size`` bytes over ``limit``."""
    return InputError(source, f"too large ({human_size(size)} > {human_size(limit)} limit)")


def human_size(size: int) -> str:
    """``size`` bytes for a message: "12 MB", "1.5 MB" or "300 bytes"."""
    if size < _MB:
        return f"{size} bytes"
    return f"{size / _MB:.1f}".removesuffix(".0") + " MB"


def strip_bom(data: bytes) -> bytes:
    """Drop a leading UTF-8 byte order mark."""
    return data[len(_BOM) :] if data.startswith(_BOM) else data


def check_bytes(source: str, data: bytes) -> InputError | None:
    """An error when ``data`` is binary or empty (checked before decoding)."""
    if data.startswith(_UTF16_BOMS):
        return InputError(source, "UTF-16 encoded; Chronicle reads UTF-8 text")
    if b"\x00" in data:
        return InputError(source, "binary file, not text")
    if not data.strip():
        return InputError(source, "empty")
    return None


def decode(source: str, data: bytes, *, first_line: int = 1, offset: int = 0) -> str | InputError:
    """Decode UTF-8 ``data``; on a bad byte, an error naming its line and byte offset.

    ``first_line`` and ``offset`` place ``data`` inside a larger input (a
    JSONL line), so the error points into the file.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        return InputError(
            source,
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {offset + exc.start}"
            " (Chronicle reads UTF-8 text)",
            line=line,
        )

"""Bounded reads from any byte stream: regular files, stdin, FIFOs, devices.

Nothing here reads a whole stream into memory. A text or HTML input is one
article, read up to the article limit; a JSONL input is read one line at a
time, each line up to the same limit, and a longer line is skipped to its
end without being kept (``chronicle code /dev/zero`` stops at the limit
instead of reading until memory runs out).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol, TextIO

_SKIP_CHUNK = 1 << 20


class Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...
    def readline(self, size: int = ..., /) -> bytes: ...


@dataclass(frozen=True)
class Line:
    """One line of a stream: its number, its byte offset, and its bytes (``None`` when over the limit)."""

    number: int
    offset: int
    data: bytes | None
    length: int  # bytes in the line (counted even when not kept)


class TextAsBytes:
    """A text stream (``io.StringIO``, a console without ``.buffer``) read as UTF-8 bytes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def read(self, size: int = -1, /) -> bytes:
        return self.stream.read(size).encode("utf-8", errors="surrogateescape")

    def readline(self, size: int = -1, /) -> bytes:
        return self.stream.readline(size).encode("utf-8", errors="surrogateescape")


class Prefixed:
    """``stream`` with ``first`` (bytes already read from it) put back in front."""

    def __init__(self, first: bytes, stream: Readable | BinaryIO) -> None:
        self.first = first
        self.stream = stream

    def read(self, size: int = -1, /) -> bytes:
        if not self.first:
            return self.stream.read(size)
        if 0 <= size <= len(self.first):
            out, self.first = self.first[:size], self.first[size:]
            return out
        out, self.first = self.first, b""
        return out + self.stream.read(-1 if size < 0 else size - len(out))

    def readline(self, size: int = -1, /) -> bytes:
        if not self.first:
            return self.stream.readline(size)
        end = self.first.find(b"\n") + 1 or len(self.first)
        if 0 <= size < end:
            end = size
        out, self.first = self.first[:end], self.first[end:]
        if out.endswith(b"\n") or (0 <= size <= len(out)) or self.first:
            return out
        return out + self.stream.readline(-1 if size < 0 else size - len(out))


def read_bounded(stream: Readable | BinaryIO, limit: int) -> tuple[bytes, bool]:
    """Up to ``limit`` bytes of ``stream``, and whether it holds more."""
    chunks: list[bytes] = []
    wanted = limit + 1
    while wanted > 0:
        data = stream.read(wanted)  # a pipe may return less than asked before its end
        if not data:
            break
        chunks.append(data)
        wanted -= len(data)
    whole = b"".join(chunks)
    return whole[:limit], len(whole) > limit


def lines(stream: Readable | BinaryIO, limit: int, first_line: int = 1, first_offset: int = 0) -> Iterator[Line]:
    """The lines of ``stream``, each kept when it holds at most ``limit`` bytes.

    ``first_line`` and ``first_offset`` are the number and byte offset of the
    stream's first line, for a stream that starts inside a file (a batch shard).
    """
    number, offset = first_line - 1, first_offset
    while raw := stream.readline(limit + 2):  # room for the line's "\r\n"
        number += 1
        if raw.endswith(b"\n"):
            size = len(raw)
            content = raw[:-1]
        elif len(raw) < limit + 2:  # the last line, with no line end
            size = len(raw)
            content = raw
        else:
            # Over the limit: count the rest of the line without keeping it.
            size = len(raw)
            while chunk := stream.readline(_SKIP_CHUNK):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield Line(number, offset, None, size)
            offset += size
            continue
        if content.endswith(b"\r"):
            content = content[:-1]  # Windows line ends
        yield Line(number, offset, content if len(content) <= limit else None, len(content))
        offset += size


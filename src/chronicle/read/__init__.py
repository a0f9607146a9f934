"""read stage: inputs (files, directories, globs, stdin) to articles.

Plain text, JSONL and HTML are read one file at a time, lazily.  A bad input
becomes an ``InputError`` in the stream, in input order, so the other inputs
are still coded.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read.decode import check_bytes, decode, human_size, size_error, strip_bom
from chronicle.read.html import looks_like_html, read_html
from chronicle.read.ids import article_id
from chronicle.read.jsonl import read_jsonl
from chronicle.read.paths import HTML_SUFFIXES, JSONL_SUFFIXES, STDIN, expand

__all__ = ["DEFAULT_MAX_BYTES", "article_id", "read_inputs"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_inputs(
    paths: Sequence[str],
    *,
    published: PartialDate | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Yield the articles of ``paths`` in order, and an ``InputError`` for each bad input.

    ``published``, when given, replaces the date of every article.  ``stdin``
    is read for the path "-" (default: ``sys.stdin``).  Files over
    ``max_bytes`` are refused without being read.
    """
    for item in expand(list(paths)):
        if isinstance(item, InputError):
            yield item
            continue
        for record in _read_one(item, stdin, max_bytes):
            if published is not None and isinstance(record, Article):
                record = dataclasses.replace(record, published=published)
            yield record


def _read_one(path: str, stdin: TextIO | None, max_bytes: int) -> Iterator[Article | InputError]:
    data = _stdin_bytes(stdin, max_bytes) if path == STDIN else _file_bytes(path, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    data = strip_bom(data)
    problem = check_bytes(path, data)
    if problem is not None:
        yield problem
        return
    suffix = os.path.splitext(path)[1].lower()
    if suffix in JSONL_SUFFIXES or (path == STDIN and data.lstrip()[:1] == b"{"):
        yield from read_jsonl(path, data)
        return
    text = decode(path, data)
    if isinstance(text, InputError):
        yield text
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        yield read_html(path, text)
    else:
        yield Article(id=article_id(text), text=text, source=path)


def _file_bytes(path: str, max_bytes: int) -> bytes | InputError:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return size_error(path, size, max_bytes)
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return InputError(path, "no such file")
    except OSError as exc:
        return InputError(path, f"cannot be read: {exc.strerror or exc}")


def _stdin_bytes(stdin: TextIO | None, max_bytes: int) -> bytes | InputError:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    try:
        # The byte stream, when there is one, lets bad UTF-8 be reported like a file's.
        data = buffer.read(max_bytes + 1) if buffer is not None else stream.read(max_bytes + 1)
    except UnicodeDecodeError as exc:
        return InputError(STDIN, f"not valid UTF-8: {exc.reason} (Chronicle reads UTF-8 text)")
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogateescape")
    if len(data) > max_bytes:
        # Reading on to learn the exact size would defeat the limit.
        return InputError(STDIN, f"too large (more than {human_size(max_bytes)} limit)")
    return data

"""read stage: inputs (files, directories, globs, stdin) to articles.

Plain text, JSONL and HTML are read one input at a time, lazily, and never
whole.  What an input holds is read from its content, not its name: a file
whose first line is a JSON object is JSONL whatever it is called (news.txt,
news.json), and gzip, bzip2 and xz files (known by their magic bytes) are
decompressed as they are read, under the same per-article limit.  Inputs: a text or HTML input is one article, read up to ``max_bytes``; a JSONL
input is read line by line, each line up to ``max_bytes``, so a corpus of
any total size streams through (from a file, stdin or a FIFO alike). A bad
input or line becomes an ``InputError`` in the stream, in input order, so
the other inputs and lines are still coded.
"""

from __future__ import annotations

import bz2
import dataclasses
import gzip
import lzma
import os
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read.decode import check_bytes, decode, human_size, size_error, strip_bom
from chronicle.read.html import looks_like_html, read_html
from chronicle.read.ids import article_id
from chronicle.read.jsonl import read_jsonl
from chronicle.read.paths import COMPRESSED_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, STDIN, expand_named
from chronicle.read.stream import Prefixed, Readable, TextAsBytes, read_bounded

__all__ = ["DEFAULT_MAX_BYTES", "article_id", "read_inputs"]

# Per article: a text or HTML input, or one JSONL line. News articles are a
# few kB; this bounds what one record can cost, not the size of a corpus.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_SNIFF = 4096


def read_inputs(
    paths: Sequence[str],
    *,
    published: PartialDate | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Yield the articles of ``paths`` in order, and an ``InputError`` for each bad input or line.

    ``published``, when given, replaces the date of every article.  ``stdin``
    is read for the path "-" (default: ``sys.stdin``).  An article (a text or
    HTML input, a JSONL line) over ``max_bytes`` is refused and skipped
    without being kept in memory.

    A file that is one article (text, HTML) is named after its path relative
    to the argument that named it (``sub/a.txt`` for ``corpus/sub/a.txt``
    read as ``corpus/``, ``a.txt`` when named itself), so every event can be
    traced to its file, whatever folder the command runs in.  A JSONL record
    keeps its own id, else the hash of its text (so a record repeated in a
    corpus is stored once; its file and line are stored with it), as does
    text from stdin.
    """
    for item in expand_named(list(paths)):
        if isinstance(item, InputError):
            yield item
            continue
        path, name = item
        for record in _read_one(path, name, stdin, max_bytes):
            if published is not None and isinstance(record, Article):
                record = dataclasses.replace(record, published=published)
            yield record


def _read_one(path: str, name: str, stdin: TextIO | None, max_bytes: int) -> Iterator[Article | InputError]:
    if path == STDIN:
        stream = sys.stdin if stdin is None else stdin
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            yield from _read_stream(STDIN, TextAsBytes(stream), max_bytes, None, None)
            return
        # The byte stream lets bad UTF-8 be reported like a file's, and compressed input be read.
        magic = buffer.read(_MAGIC_BYTES)
        opener = _decompressor(magic)
        try:
            if opener is None:
                yield from _read_stream(STDIN, Prefixed(magic, buffer), max_bytes, None, None)
            else:
                with opener(Prefixed(magic, buffer)) as inner:
                    yield from _read_stream(STDIN, inner, max_bytes, None, None)
        except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
            yield InputError(STDIN, f"cannot be read: {getattr(exc, 'strerror', None) or exc}")
        return
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        yield InputError(path, "no such file")
        return
    except OSError as exc:
        yield InputError(path, f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        try:
            info = os.fstat(handle.fileno())
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
            magic = handle.peek(_MAGIC_BYTES)[:_MAGIC_BYTES] if hasattr(handle, "peek") else b""
            opener = _decompressor(magic)
            if opener is None:
                yield from _read_stream(path, handle, max_bytes, size, name)
            else:
                with opener(handle) as inner:
                    # the compressed size says nothing of the articles': each is bounded as it is read
                    yield from _read_stream(path, inner, max_bytes, None, name, _inner_suffix(path))
        except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:  # a damaged compressed file, too
            detail = getattr(exc, "strerror", None) or exc
            yield InputError(path, f"cannot be read: {detail}")


_MAGIC_BYTES = 10


def _decompressor(magic: bytes) -> Any:
    """The file class that decompresses a stream starting with ``magic``, or None for an uncompressed one.

    The whole signature is checked, not only its first bytes, so a text that
    happens to start with "BZh" is still read as text: gzip's magic with the
    deflate method and no reserved flag bits, bzip2's "BZh", a block size and
    the first block's (or the end-of-stream) marker, xz's six-byte magic.
    """
    if magic[:3] == b"\x1f\x8b\x08" and len(magic) > 3 and not magic[3] & 0xE0:
        return lambda handle: gzip.GzipFile(fileobj=handle)
    if magic[:3] == b"BZh" and magic[3:4].isdigit() and magic[3:4] != b"0" and magic[4:10] in _BZ2_MARKERS:
        return bz2.BZ2File
    if magic[:6] == b"\xfd7zXZ\x00":
        return lzma.LZMAFile
    return None


_BZ2_MARKERS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")  # first block, end of stream


def _inner_suffix(path: str) -> str:
    """The suffix under a compression suffix: ``.jsonl`` for news.jsonl.gz."""
    stem, suffix = os.path.splitext(path.lower())
    return os.path.splitext(stem)[1] if suffix in COMPRESSED_SUFFIXES else suffix


def _looks_like_jsonl(head: bytes) -> bool:
    """Whether the first non-blank line of ``head`` is a JSON object (a pretty-printed JSON document is not)."""
    first = head.lstrip().split(b"\n", 1)
    if not first[0].startswith(b"{"):
        return False
    return len(first) == 1 or first[0].rstrip().endswith(b"}")


def _read_stream(
    path: str, stream: Readable | BinaryIO, max_bytes: int, size: int | None, name: str | None, suffix: str | None = None
) -> Iterator[Article | InputError]:
    """One input, read from ``stream``; ``size`` is its size when it is a regular file; ``name`` names its articles."""
    suffix = suffix if suffix is not None else os.path.splitext(path)[1].lower()
    jsonl = suffix in JSONL_SUFFIXES
    if not jsonl and size is not None and size > max_bytes and not _looks_like_jsonl(stream.peek(_SNIFF) if hasattr(stream, "peek") else b""):
        yield size_error(path, size, max_bytes)  # refused without reading
        return
    head = stream.read(_SNIFF)
    try:
        while head.isspace() and (more := stream.read(_SNIFF)):  # stdin JSONL may open with blank lines
            head += more
            if len(head) > max_bytes:
                break
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        if not jsonl and _looks_like_jsonl(head):
            jsonl = True  # what the file holds, whatever it is called
        if jsonl:
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield InputError(path, "UTF-16 encoded; Chronicle reads UTF-8 text")
                return
            yield from read_jsonl(path, Prefixed(head, stream), max_bytes)
            return
        data, more = read_bounded(Prefixed(head, stream), max_bytes)
    except UnicodeDecodeError as exc:  # a text stream without bytes underneath
        yield InputError(path, f"not valid UTF-8: {exc.reason} (Chronicle reads UTF-8 text)")
        return
    yield _article(path, data, more, max_bytes, size, name, suffix)


def _article(
    path: str, data: bytes, more: bool, max_bytes: int, size: int | None, name: str | None, suffix: str
) -> Article | InputError:
    data = strip_bom(data)
    problem = check_bytes(path, data)
    if problem is not None:
        return problem
    if more:
        if size is not None:
            return size_error(path, size, max_bytes)
        # Reading on to learn the exact size would defeat the limit.
        return InputError(path, f"too large (more than the {human_size(max_bytes)} limit)")
    text = decode(path, data)
    if isinstance(text, InputError):
        return text
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        try:
            page = read_html(path, text)
        except (RecursionError, ValueError, TypeError, LookupError) as exc:  # hostile markup inside the parser
            return InputError(path, f"HTML could not be parsed: {type(exc).__name__}: {exc}")
        return dataclasses.replace(page, id=name) if name and isinstance(page, Article) else page
    return Article(id=name or article_id(text), text=text, source=path)

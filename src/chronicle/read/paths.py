"""Command-line inputs to the files they name: paths, directories, globs, stdin."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from chronicle.errors import InputError

STDIN = "-"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt"})
READABLE_SUFFIXES = JSONL_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES
# Compressed inputs are recognised by their magic bytes when read; in a
# directory, a compressed file is read when its inner name is readable (news.jsonl.gz).
COMPRESSED_SUFFIXES = frozenset({".gz", ".bz2", ".xz"})
_GLOB_CHARS = frozenset("*?[")


def expand(paths: list[str] | tuple[str, ...]) -> Iterator[str | InputError]:
    """Each input file in order ("-" for stdin), or an error for an input that names none."""
    for item in expand_named(paths):
        yield item if isinstance(item, InputError) else item[0]


def expand_named(paths: list[str] | tuple[str, ...]) -> Iterator[tuple[str, str] | InputError]:
    """Each input file with its name relative to the argument that named it, or an error.

    The name is what an article read from the file is called when it has no
    id of its own: a file in a directory (or matched by a glob) is named by
    its path below that directory (or below the glob's fixed part), a file
    named explicitly by its file name, so the name does not depend on the
    folder the command runs in.  Stdin is ("-", "-").
    """
    for path in paths:
        if path == STDIN:
            yield STDIN, STDIN
        elif os.path.exists(path):
            yield from _named(path, _expand_existing(path), path if os.path.isdir(path) else os.path.dirname(path))
        elif _GLOB_CHARS.intersection(path):
            yield from _named(path, _expand_glob(path), _glob_anchor(path))
        else:
            yield InputError(path, "no such file")


def _named(argument: str, items: Iterator[str | InputError], base: str) -> Iterator[tuple[str, str] | InputError]:
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            name = os.path.relpath(item, base or ".")
        except ValueError:  # another drive (Windows)
            name = os.path.basename(item)
        yield item, Path(name).as_posix()


def _glob_anchor(pattern: str) -> str:
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_CHARS.intersection(parts[fixed]):
        fixed += 1
    return str(Path(*parts[:fixed])) if fixed else "."


def _expand_glob(pattern: str) -> Iterator[str | InputError]:
    matches = _glob(pattern)
    if not matches:
        yield InputError(pattern, "no such file (the pattern matches nothing)")
    for match in matches:
        yield from _expand_existing(match)


def _glob(pattern: str) -> list[str]:
    """The paths ``pattern`` matches, sorted, each file once.

    ``glob.glob`` follows symbolic links to folders under ``**``, so a link
    to a parent folder makes it walk without end; pathlib's glob does not
    follow them. Hidden names are skipped, as the shell and ``glob`` do.
    """
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_CHARS.intersection(parts[fixed]):
        fixed += 1
    anchor = Path(*parts[:fixed]) if fixed else Path(".")
    rest = str(Path(*parts[fixed:]))
    found: dict[str, str] = {}
    try:
        for match in anchor.glob(rest):
            relative = match.relative_to(anchor).parts
            if any(part.startswith(".") for part in relative):
                continue
            name = str(match) if fixed else os.path.relpath(match)
            found.setdefault(os.path.realpath(match), name)
    except (OSError, ValueError):
        return []
    return sorted(found.values())


def _expand_existing(path: str) -> Iterator[str | InputError]:
    if os.path.isdir(path):
        yield from _expand_directory(path)
    else:
        yield path  # a file named explicitly is read whatever its extension


def readable_name(name: str) -> bool:
    """Whether a file found in a directory is read: a readable suffix, possibly under a compression suffix."""
    stem, suffix = os.path.splitext(name.lower())
    if suffix in COMPRESSED_SUFFIXES:
        suffix = os.path.splitext(stem)[1]
    return suffix in READABLE_SUFFIXES


def _expand_directory(directory: str) -> Iterator[str | InputError]:
    # Only the names are collected, never the contents, so a large tree is cheap.
    files = sorted(
        str(p)
        for p in Path(directory).rglob("*")
        if readable_name(p.name)
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
    if not files:
        kinds = ", ".join(sorted(READABLE_SUFFIXES)) + ", compressed with gzip, bzip2 or xz"
        yield InputError(directory, f"no readable files in directory (looked for {kinds})")
    yield from files

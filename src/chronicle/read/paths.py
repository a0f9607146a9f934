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
_GLOB_CHARS = frozenset("*?[")


def expand(paths: list[str] | tuple[str, ...]) -> Iterator[str | InputError]:
    """Each input file in order ("-" for stdin), or an error for an input that names none."""
    for path in paths:
        if path == STDIN:
            yield STDIN
        elif os.path.exists(path):
            yield from _expand_existing(path)
        elif _GLOB_CHARS.intersection(path):
            yield from _expand_glob(path)
        else:
            yield InputError(path, "no such file")


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


def _expand_directory(directory: str) -> Iterator[str | InputError]:
    # Only the names are collected, never the contents, so a large tree is cheap.
    files = sorted(
        str(p)
        for p in Path(directory).rglob("*")
        if p.suffix.lower() in READABLE_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
    if not files:
        kinds = ", ".join(sorted(READABLE_SUFFIXES))
        yield InputError(directory, f"no readable files in directory (looked for {kinds})")
    yield from files

"""On-disk cache of built knowledge: pickles keyed by the hash of what they are built from.

The compiled actor base and its per-language phrase indexes take seconds to
build from their data files and a fraction of a second to unpickle, so each
is built once per machine and reused until a file it depends on changes.
The cache lives under ``$CHRONICLE_CACHE_DIR``, else
``$XDG_CACHE_HOME/chronicle``, else ``~/.cache/chronicle``; a read-only or
missing home only costs a rebuild.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# Bump when the pickled classes change shape: old pickles are then ignored.
FORMAT = b"chronicle-knowledge-cache-2"


def cache_dir() -> Path:
    """The folder cached knowledge is written to."""
    explicit = os.environ.get("CHRONICLE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chronicle"


def digest(files: Iterable[Path], extra: Iterable[str] = ()) -> str | None:
    """Hash of the files' bytes, the extra strings and the package versions the
    build depends on; None when a file cannot be read (the build will say why)."""
    hasher = hashlib.sha256(FORMAT)
    try:
        for path in files:
            hasher.update(path.read_bytes())
            hasher.update(b"\0")
        for package in ("spacy", "pycountry"):
            hasher.update(metadata.version(package).encode())
    except (OSError, metadata.PackageNotFoundError):
        return None
    for item in extra:
        hasher.update(item.encode())
        hasher.update(b"\0")
    return hasher.hexdigest()[:20]


def cached(name: str, files: Iterable[Path], build: Callable[[], T], kind: type, extra: Iterable[str] = ()) -> T:
    """``build()``'s result, read from the cache when the files are unchanged."""
    key = digest(files, extra)
    if key is None or os.environ.get("CHRONICLE_NO_CACHE"):
        return _kept(build())
    path = cache_dir() / f"{name}-{key}.pickle"
    value = _read(path)
    if isinstance(value, kind):
        return _kept(value)  # type: ignore[return-value]
    value = build()
    _write(path, value)
    return _kept(value)


def _kept(value: T) -> T:
    """The knowledge lives as long as the process: moved out of the collector's
    reach, its tens of thousands of objects are not rescanned at every later
    collection (measured: that doubled the cost of building the mention finders)."""
    gc.freeze()
    return value


def _read(path: Path) -> object | None:
    # The cyclic garbage collector would scan the objects being unpickled over
    # and over; the knowledge holds no cycles, so pause it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or foreign cache just means a rebuild
        return None
    finally:
        if collecting:
            gc.enable()


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: concurrent workers never read half a file
    except (OSError, pickle.PicklingError):
        pass

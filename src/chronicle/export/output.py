"""Output files written safely: never over the store or an input, never half-written.

Every file a command writes (``code -o``, ``query -o``, ``timeline -o`` and
``--plot``, ``export -o``) is first written to a temporary file in the same
folder and renamed into place when complete, so a failed or interrupted
write leaves the old file as it was. An output that is the same file as the
store or one of the inputs is refused before anything is opened:
``chronicle code in.jsonl -o in.jsonl`` would otherwise empty its input.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from chronicle.errors import ChronicleError


class OutputError(ChronicleError):
    """An output file that must not or cannot be written."""


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether ``a`` and ``b`` name one file (through links, ``..`` or another spelling)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass  # one does not exist yet: compare where the names lead
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):  # a symlink loop resolves to nothing
        return False


def check_output(output: Path, protected: Iterable[tuple[str, Path | str]], option: str = "-o") -> None:
    """Refuse ``output`` when it is one of the ``protected`` files (``(what, path)`` pairs)."""
    for what, path in protected:
        if same_file(output, path):
            raise OutputError(
                f"{option} {output} is the same file as {what} {path}: "
                "refusing to write over it; choose another output file"
            )


def _writes_in_place(path: Path) -> bool:
    # A FIFO, a terminal or /dev/null cannot be replaced by a rename: write to it directly.
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


@contextmanager
def output_path(path: Path) -> Iterator[Path]:
    """A temporary path next to ``path`` to write to; renamed to ``path`` when the block succeeds."""
    if _writes_in_place(path):
        yield path
        return
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


@contextmanager
def output_stream(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream that becomes ``path`` when the block succeeds (see ``output_path``)."""
    with output_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            yield stream


def _mode_for(path: Path) -> int:
    """The permissions ``path`` has, or those a new file gets (mkstemp's are private)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

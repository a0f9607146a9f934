"""The CAMEO tables: CAMEO code -> PLOVER type and mode, and CAMEO code -> Goldstein score.

Both files are third-party tables kept verbatim (see data/README.md):

- ``CAMEO2PLOVER-2021.txt``: ``CODE: TYPE, mode, context # comment`` rows,
  with ``CODE: TYPE`` header rows for the 2-digit cue categories. A code may
  appear twice (``08`` is both CONCEDE and RETREAT).
- ``CAMEO.goldsteinscale.txt``: tab-separated ``CODE<TAB>score`` with a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chronicle.errors import KnowledgeError

DATA = Path(__file__).parent / "data"
CAMEO2PLOVER_FILE = DATA / "CAMEO2PLOVER-2021.txt"
GOLDSTEIN_FILE = DATA / "CAMEO.goldsteinscale.txt"

_ROW = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*?)\s*(?:#.*)?$")


@dataclass(frozen=True)
class CameoRow:
    """One row of CAMEO2PLOVER: a CAMEO code and the PLOVER type/mode it maps to."""

    code: str
    event_type: str
    mode: str | None
    line: int
    contexts: tuple[str, ...] = ()  # PLOVER contexts the table gives the code ("diplomatic", "economic")


@dataclass(frozen=True)
class CameoTable:
    """Both CAMEO tables, read once."""

    rows: tuple[CameoRow, ...]
    goldstein_scores: dict[str, float]
    # rows by code: every coded event checks its code, and scanning the table each time showed in profiles
    _by_code: dict[str, list[CameoRow]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code: dict[str, list[CameoRow]] = {}
        for row in self.rows:
            by_code.setdefault(row.code, []).append(row)
        object.__setattr__(self, "_by_code", by_code)

    def rows_for(self, code: str) -> list[CameoRow]:
        """The rows of a CAMEO code (usually one; two for a shared cue category)."""
        return list(self._by_code.get(code, ()))

    def goldstein(self, code: str) -> float | None:
        """Goldstein score of a code, else of its nearest listed parent code (a few 4-digit codes lack one)."""
        for length in range(len(code), 1, -1):
            score = self.goldstein_scores.get(code[:length])
            if score is not None:
                return score
        return None


def read_cameo_table(mapping: Path = CAMEO2PLOVER_FILE, goldstein: Path = GOLDSTEIN_FILE) -> CameoTable:
    """Read both tables; raises KnowledgeError naming the file and line of a bad row."""
    return CameoTable(rows=tuple(_read_mapping(mapping)), goldstein_scores=_read_goldstein(goldstein))


def _lines(path: Path) -> Iterable[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    return enumerate(text.splitlines(), start=1)


def _read_mapping(path: Path) -> list[CameoRow]:
    rows: list[CameoRow] = []
    for number, raw in _lines(path):
        line = raw.strip()
        # Comments, blank lines and the closing "~~~~~" rule carry no mapping.
        if not line or not line[0].isdigit():
            continue
        match = _ROW.match(line)
        if match is None:
            raise KnowledgeError(f"{path}, line {number}: not a 'CODE: TYPE, mode, context' row: {raw!r}")
        fields = [field.strip() for field in match["body"].split(",")]
        event_type = fields[0]
        if not event_type.isupper():
            raise KnowledgeError(f"{path}, line {number}: no PLOVER type in {raw!r}")
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        contexts = tuple(re.split(r"[\s;]+", fields[2].strip(" ;"))) if len(fields) > 2 and fields[2].strip(" ;") else ()
        rows.append(CameoRow(code=match["code"], event_type=event_type, mode=mode, line=number, contexts=contexts))
    if not rows:
        raise KnowledgeError(f"{path}: no CAMEO rows")
    return rows


def _read_goldstein(path: Path) -> dict[str, float]:
    scores: dict[str, float] = {}
    for number, raw in _lines(path):
        if number == 1 or not raw.strip():
            continue  # header
        parts = raw.split("\t")
        try:
            code, value = parts[0].strip(), float(parts[1])
        except (IndexError, ValueError) as exc:
            raise KnowledgeError(f"{path}, line {number}: expected 'CODE<TAB>score', got {raw!r}") from exc
        if not code.isdigit():
            raise KnowledgeError(f"{path}, line {number}: bad CAMEO code {code!r}")
        scores[code] = value
    return scores

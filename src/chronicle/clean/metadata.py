"""Wire-story metadata inside the text: datelines, bylines, page stamps.

"SEOUL, May 27 (Yonhap) --" says where and when a story was filed; "By Byun
Duk-kun" who wrote it; "Published : 2022-05-27" when it appeared. None of it
is story text, and a coder that reads it as text finds events in it ("By",
"WASHINGTON" as an actor). The patterns are data (``metadata.yaml``); this
module finds them, reports what they say, and gives the edits that remove them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from chronicle.clean.offsets import Edit
from chronicle.errors import KnowledgeError
from chronicle.model import PartialDate

_FILE = "metadata.yaml"


@dataclass(frozen=True)
class Dateline:
    """Where (and perhaps when) a story was filed, and by which agency."""

    place: str  # as written: "SEOUL"
    region: str | None  # "South Korea" in "SEOUL, South Korea (AP)"
    date_text: str | None  # "May 27"
    agency: str | None
    raw: str  # the dateline as received


@dataclass(frozen=True)
class MetadataLine:
    kind: str  # byline, published, updated, page
    text: str


@dataclass(frozen=True)
class Metadata:
    dateline: Dateline | None
    lines: tuple[MetadataLine, ...]
    published: PartialDate | None  # from a "Published :" stamp
    edits: tuple[Edit, ...]  # deletions of what is metadata


@dataclass(frozen=True)
class _Rules:
    lines: tuple[tuple[str, re.Pattern[str]], ...]
    datelines: tuple[re.Pattern[str], ...]
    story_openings: frozenset[int] = frozenset()  # datelines taken only on the story's first line


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    text = resources.files("chronicle.clean").joinpath(_FILE).read_text("utf-8")
    return parse_rules(text, f"chronicle/clean/{_FILE}")


def parse_rules(text: str, where: str) -> _Rules:
    """Validate a metadata YAML document; KnowledgeError naming ``where`` and the entry."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where}: expected a mapping with 'lines' and 'datelines'")
    lines, datelines = [], []
    openings: set[int] = set()
    for key, out in (("lines", lines), ("datelines", datelines)):
        entries = data.get(key)
        if not isinstance(entries, list):
            raise KnowledgeError(f"{where}: expected a list under '{key}'")
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or not str(entry.get("reason") or "").strip() or not entry.get("pattern"):
                raise KnowledgeError(f"{where}: {key}[{index}]: needs 'pattern' and 'reason'")
            try:
                pattern = re.compile(entry["pattern"], re.MULTILINE)
            except re.error as exc:
                raise KnowledgeError(f"{where}: {key}[{index}]: bad pattern: {exc}") from exc
            if key == "lines":
                if not entry.get("kind"):
                    raise KnowledgeError(f"{where}: lines[{index}]: needs a 'kind'")
                out.append((str(entry["kind"]), pattern))
            else:
                if "place" not in pattern.groupindex:
                    raise KnowledgeError(f"{where}: datelines[{index}]: needs a named group 'place'")
                if not isinstance(entry.get("story_opening", False), bool):
                    raise KnowledgeError(f"{where}: datelines[{index}]: 'story_opening' must be true or false")
                if entry.get("story_opening"):
                    openings.add(len(out))
                out.append(pattern)
    return _Rules(tuple(lines), tuple(datelines), frozenset(openings))


def _opens_story(text: str, start: int, at: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``at`` begins the line after the headline: one line of text, and only
    metadata lines (a publication stamp) or blank lines, stand before it."""
    if at == start or text[at - 1] != "\n":
        return False
    before = [line for line in _lines_outside(text, start, at, taken) if line.strip()]
    return len(before) == 1


def _lines_outside(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[str]:
    """The lines of ``text[start:end]`` with the metadata spans ``taken`` blanked out."""
    chars = list(text[start:end])
    for a, b in taken:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars).split("\n")


def find_metadata(text: str, start: int = 0) -> Metadata:
    """Metadata lines and the story's dateline in ``text[start:]``, with the edits removing them."""
    rules = _rules()
    edits: list[Edit] = []
    lines: list[MetadataLine] = []
    published = None
    taken: list[tuple[int, int]] = []
    for kind, pattern in rules.lines:
        for match in pattern.finditer(text, start):
            if match.end() == match.start() or any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            edits.append(Edit(match.start(), match.end(), ""))
            lines.append(MetadataLine(kind, match.group().strip()))
            if kind == "published" and published is None and match.groupdict().get("date"):
                try:
                    published = PartialDate.parse(match.group("date"))
                except ValueError:
                    pass
    dateline = None
    for number, pattern in enumerate(rules.datelines):
        match = pattern.search(text, start)
        if match is None or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        if number in rules.story_openings and not _opens_story(text, start, match.start(), taken):
            continue
        groups = match.groupdict()
        dateline = Dateline(
            place=match.group("place").strip(),
            region=(groups.get("region") or "").strip() or None,
            date_text=(groups.get("date") or "").strip() or None,
            agency=(groups.get("agency") or "").strip() or None,
            raw=match.group().strip(),
        )
        edits.append(Edit(match.start(), match.end(), ""))
        break
    lines.sort(key=lambda m: text.find(m.text))
    return Metadata(dateline, tuple(lines), published, tuple(sorted(edits)))

"""clean stage: turn an article as received into the text to annotate.

Removes a leading metadata header (keeping what it says), repairs glued
sentences and normalises Unicode, while keeping an exact map from cleaned
offsets back to the original text, where every emitted offset must point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronicle.model import PartialDate

from chronicle.clean.glue import glue_edits
from chronicle.clean.header import Header, find_header
from chronicle.clean.metadata import Dateline, Metadata, MetadataLine, find_metadata
from chronicle.clean.normalise import nfc_edits, substitution_edits
from chronicle.clean.offsets import Edit, OffsetMap, apply_edits

__all__ = ["CleanedText", "Dateline", "Header", "MetadataLine", "clean_text"]


@dataclass(frozen=True)
class CleanedText:
    """The cleaned text, the header found before it, and the way back to the original."""

    text: str
    header: Header | None
    offsets: OffsetMap = field(repr=False, compare=False)
    dateline: Dateline | None = None  # "SEOUL, May 27 (Yonhap) --": where the story was filed
    metadata: tuple[MetadataLine, ...] = ()  # bylines, page stamps, page navigation
    stamped: PartialDate | None = None  # the publication date of a "Published :" stamp
    original: str = field(default="", repr=False, compare=False)  # the text as received

    def original_slice(self, start: int, end: int) -> tuple[int, int, str]:
        """The span ``[start, end)`` of ``text`` as offsets into the text as received,
        with what the original says there: what an analyst can check the evidence against."""
        first, last = self.to_original(start, end)
        return first, last, self.original[first:last] if self.original else self.text[start:end]

    @property
    def published(self) -> PartialDate | None:
        """The publication date the article itself states (header, then page stamp)."""
        if self.header is not None and self.header.published is not None:
            return self.header.published
        return self.stamped

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of ``text`` to the span of the original text."""
        return self.offsets.to_original(start, end)


def clean_text(original: str) -> CleanedText:
    """Clean ``original``: drop and parse its header, repair glued sentences, normalise."""
    composed, base = original, None
    nfc = nfc_edits(original)
    if nfc:
        # Composition changes lengths, so it is a step of its own and the later
        # edits are computed on composed text.
        composed, base = apply_edits(original, nfc)
    found = find_header(composed)
    header, body_start = found if found is not None else (None, 0)
    metadata = find_metadata(composed, body_start)
    removed = [(e.start, e.end) for e in metadata.edits]

    def kept(edit: Edit) -> bool:
        return not any(a <= edit.start < b or a < edit.end <= b for a, b in removed)

    edits: list[Edit] = [Edit(0, body_start, "")] if body_start else []
    edits += metadata.edits
    edits += [e for e in substitution_edits(composed, body_start) if kept(e)]
    edits += [e for e in glue_edits(composed, body_start) if kept(e)]
    text, offsets = apply_edits(composed, edits, base)
    return CleanedText(text, header, offsets, metadata.dateline, metadata.lines, metadata.published, original)

"""Edits applied to a text, with an exact map from new offsets back to old ones.

Every offset Chronicle emits points into the article as received, so each
cleaning step describes its changes as edits and keeps the map.  The map is
a short list of segments searched with bisect: a run of characters that kept
its length maps character by character, an edit that changed the length maps
as a whole.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple


class Edit(NamedTuple):
    """Replace ``source[start:end]`` with ``replacement`` (insertion when start == end)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class OffsetMap:
    """Maps spans of an edited text back to spans of the text it was made from.

    ``base`` is the map of an earlier step, applied after this one, so a chain
    of steps maps straight back to the original text.
    """

    new_length: int
    old_length: int
    _new_starts: tuple[int, ...] = field(repr=False)
    _old_starts: tuple[int, ...] = field(repr=False)
    _new_lengths: tuple[int, ...] = field(repr=False)
    _old_lengths: tuple[int, ...] = field(repr=False)
    base: "OffsetMap | None" = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the edited text to the original text."""
        if not 0 <= start <= end <= self.new_length:
            raise ValueError(f"span ({start}, {end}) outside text of length {self.new_length}")
        if start == end:
            point = self._start(start) if start < self.new_length else self.old_length
            span = (point, point)
        else:
            span = (self._start(start), self._end(end))
        return self.base.to_original(*span) if self.base is not None else span

    def _segment(self, position: int) -> int:
        # Zero-length (deleted) segments share their start with the next one;
        # bisect_right picks the last, which is the one holding the character.
        return bisect_right(self._new_starts, position) - 1

    def _start(self, position: int) -> int:
        i = self._segment(position)
        if self._new_lengths[i] == self._old_lengths[i]:
            return self._old_starts[i] + position - self._new_starts[i]
        return self._old_starts[i]

    def _end(self, position: int) -> int:
        last = position - 1  # the last character inside the span
        i = self._segment(last)
        if self._new_lengths[i] == self._old_lengths[i]:
            return self._old_starts[i] + last - self._new_starts[i] + 1
        return self._old_starts[i] + self._old_lengths[i]


def apply_edits(
    source: str, edits: list[Edit], base: OffsetMap | None = None
) -> tuple[str, OffsetMap]:
    """Apply non-overlapping ``edits`` to ``source``; return the new text and its map."""
    builder = _Builder()
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            raise ValueError(f"overlapping edit at {edit.start}")
        builder.add(source, position, edit.start, None)
        builder.add(source, edit.start, edit.end, edit.replacement)
        position = edit.end
    builder.add(source, position, len(source), None)
    return builder.result(len(source), base)


class _Builder:
    """Collects the pieces of the new text and its segments, merging same-length runs."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.new_starts: list[int] = []
        self.old_starts: list[int] = []
        self.new_lengths: list[int] = []
        self.old_lengths: list[int] = []
        self.new_position = 0

    def add(self, source: str, start: int, end: int, replacement: str | None) -> None:
        text = source[start:end] if replacement is None else replacement
        if not text and start == end:
            return
        self.pieces.append(text)
        new_length, old_length = len(text), end - start
        if new_length == old_length and self._extends_last_run(start):
            # A same-length substitution keeps a 1:1 character map, so it joins the run.
            self.new_lengths[-1] += new_length
            self.old_lengths[-1] += old_length
        else:
            self.new_starts.append(self.new_position)
            self.old_starts.append(start)
            self.new_lengths.append(new_length)
            self.old_lengths.append(old_length)
        self.new_position += new_length

    def _extends_last_run(self, old_start: int) -> bool:
        return bool(self.new_starts) and (
            self.new_lengths[-1] == self.old_lengths[-1]
            and self.old_starts[-1] + self.old_lengths[-1] == old_start
        )

    def result(self, old_length: int, base: OffsetMap | None) -> tuple[str, OffsetMap]:
        if not self.new_starts:  # empty text: one empty run keeps lookups total
            self.new_starts, self.old_starts = [0], [old_length]
            self.new_lengths, self.old_lengths = [0], [0]
        offsets = OffsetMap(
            new_length=self.new_position,
            old_length=old_length,
            _new_starts=tuple(self.new_starts),
            _old_starts=tuple(self.old_starts),
            _new_lengths=tuple(self.new_lengths),
            _old_lengths=tuple(self.old_lengths),
            base=base,
        )
        return "".join(self.pieces), offsets

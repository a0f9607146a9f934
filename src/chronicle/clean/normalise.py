"""Unicode normalisation as offset-preserving edits.

NFC composition (rarely needed: most text arrives composed), exotic spaces to
a plain space and the typographic apostrophe to ``'`` so that the language
models see one spelling of "aujourd'hui".  Guillemets and quotes are kept.
"""

from __future__ import annotations

import re
import unicodedata

from chronicle.clean.offsets import Edit

# Every Unicode space separator except the plain space (NBSP, narrow NBSP,
# thin space, ideographic space, ...), and the apostrophe look-alikes.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_APOSTROPHES = "\u2019\u02bc"
_SUBSTITUTE = re.compile(f"[{_SPACES}{_APOSTROPHES}]")
# Hangul conjoining vowels and trailing consonants compose with the jamo
# before them although their combining class is 0.
_HANGUL_COMBINING = re.compile("[\u1160-\u11ff]")


def substitution_edits(text: str, start: int = 0) -> list[Edit]:
    """One-character replacements for exotic spaces and apostrophes in ``text[start:]``."""
    return [
        Edit(m.start(), m.end(), "'" if m.group() in _APOSTROPHES else " ")
        for m in _SUBSTITUTE.finditer(text, start)
    ]


def nfc_edits(text: str) -> list[Edit]:
    """Edits that make ``text`` NFC, one per cluster (a base and what combines with it)."""
    if unicodedata.is_normalized("NFC", text):
        return []
    edits = []
    for start, end in _clusters(text):
        cluster = text[start:end]
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append(Edit(start, end, composed))
    return edits


def _clusters(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not _combines(text[i]):
            spans.append((start, i))
            start = i
    return spans


def _combines(char: str) -> bool:
    return unicodedata.combining(char) != 0 or _HANGUL_COMBINING.match(char) is not None

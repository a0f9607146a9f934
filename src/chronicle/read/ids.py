"""Stable article ids: the same article read twice gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped: what the id hashes."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """``sha1:`` and the first 16 hex digits of the SHA-1 of the normalised text."""
    digest = hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()
    return f"sha1:{digest[:16]}"

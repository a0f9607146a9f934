"""Chronicle: code news articles into PLOVER political events."""

from __future__ import annotations

__version__ = "0.1.0"

"""Chronicle: code news articles into PLOVER political events."""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str):
    # ``chronicle.code`` loads spaCy; keep ``import chronicle`` light until it is used
    if name == "code":
        from chronicle.pipeline import code

        return code
    if name == "Store":  # the store from Python (chronicle.store.api)
        from chronicle.store.api import Store

        return Store
    raise AttributeError(f"module 'chronicle' has no attribute {name!r}")

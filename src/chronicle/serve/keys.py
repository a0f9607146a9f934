"""API keys in the store's ``api_keys`` table: created, listed, revoked, checked.

A key reads ``chr_<key id>_<secret>``.  Only the SHA-256 of the secret is
stored: the secret is 32 random bytes, so a plain digest cannot be reversed
by guessing, and checking a key costs one indexed lookup.  The key itself is
shown once, when it is created.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from chronicle.errors import ChronicleError

if TYPE_CHECKING:
    from chronicle.store.database import Store

_KEY = re.compile(r"^chr_(?P<id>[0-9a-f]{12})_(?P<secret>[A-Za-z0-9_-]{20,100})$")
MAX_NAME = 100


class KeyError_(ChronicleError):
    """A key operation that cannot be done (unknown id, bad name)."""


@dataclass(frozen=True)
class ApiKey:
    """One key as stored (never with its secret)."""

    key_id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        """Whether the key is accepted."""
        return self.revoked_at is None


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def create_key(store: "Store", name: str) -> tuple[ApiKey, str]:
    """A new key named ``name``: its record and the key text (shown once, not stored)."""
    name = name.strip()
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise KeyError_(f"a key name must be 1-{MAX_NAME} printable characters, got {name!r}")
    key_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    store.execute(
        "INSERT INTO api_keys (key_id, name, secret_sha256, created_at, revoked_at) VALUES (?, ?, ?, now()::TIMESTAMP, NULL)",
        [key_id, name, _digest(secret)],
    )
    row = store.execute("SELECT created_at FROM api_keys WHERE key_id = ?", [key_id]).fetchone()
    return ApiKey(key_id, name, row[0], None), f"chr_{key_id}_{secret}"


def list_keys(store: "Store") -> list[ApiKey]:
    """Every key, oldest first."""
    rows = store.execute("SELECT key_id, name, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id").fetchall()
    return [ApiKey(*row) for row in rows]


def revoke_key(store: "Store", key_id: str) -> ApiKey:
    """Revoke the key ``key_id`` (its id, or the whole key); revoking twice keeps the first date."""
    match = _KEY.match(key_id)
    key_id = match.group("id") if match else key_id
    row = store.execute("SELECT key_id FROM api_keys WHERE key_id = ?", [key_id]).fetchone()
    if row is None:
        raise KeyError_(f"no key with id {key_id!r} (chronicle keys list shows them)")
    store.execute("UPDATE api_keys SET revoked_at = now()::TIMESTAMP WHERE key_id = ? AND revoked_at IS NULL", [key_id])
    return next(key for key in list_keys(store) if key.key_id == key_id)


def verify_key(store: "Store", presented: str) -> ApiKey | None:
    """The active key ``presented`` is, or None (malformed, unknown, wrong secret or revoked)."""
    match = _KEY.match(presented)
    if match is None:
        return None
    row = store.execute(
        "SELECT key_id, name, created_at, revoked_at, secret_sha256 FROM api_keys WHERE key_id = ?", [match.group("id")]
    ).fetchone()
    if row is None or not hmac.compare_digest(row[4], _digest(match.group("secret"))):
        return None
    key = ApiKey(*row[:4])
    return key if key.active else None

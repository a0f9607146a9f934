"""``chronicle serve`` and ``chronicle keys create|list|revoke``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from chronicle.errors import ChronicleError
from chronicle.export.terminal import cell, say
from chronicle.serve.config import DEFAULT_MAX_BATCH, DEFAULT_MAX_BODY
from chronicle.store.commands import DB_OPTION

errors = Console(stderr=True)
keys_app = typer.Typer(help="API keys of chronicle serve (writes need one), kept hashed in the store.", no_args_is_help=True)


def serve_command(
    db: Optional[Path] = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback unless told otherwise)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    read_only: bool = typer.Option(False, "--read-only", help="Open the store read-only: writes are refused, other readers may share the file."),
    keyed_reads: bool = typer.Option(False, "--keyed-reads", help="Reads need an API key too (writes always do)."),
    max_body: int = typer.Option(DEFAULT_MAX_BODY, "--max-body", min=1024, help="Largest request body accepted, in bytes."),
    max_batch: int = typer.Option(DEFAULT_MAX_BATCH, "--max-batch", min=1, help="Most articles per POST /v1/articles."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Server processes (with --read-only only: one process writes a store)."),
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the dashboard (at /) for a store."""
    import uvicorn

    from chronicle.serve.app import config_to_environment, create_app
    from chronicle.serve.config import ServeConfig
    from chronicle.store.database import default_db_path, open_store

    path = db if db is not None else default_db_path()
    if workers > 1 and not read_only:
        raise typer.BadParameter("several processes can only share a store read-only: add --read-only", param_hint="--workers")
    try:
        open_store(path, read_only=read_only).close()  # a missing, locked or foreign file is named now, not at the first request
    except ChronicleError as exc:
        say(errors, "error", "red", exc)
        raise typer.Exit(code=2) from exc
    config = ServeConfig(path, read_only=read_only, keyed_reads=keyed_reads, max_body=max_body, max_batch=max_batch)
    errors.print(f"serving {path} on http://{host}:{port}/ (API docs: /docs)", highlight=False)
    if workers > 1:
        config_to_environment(config)
        uvicorn.run("chronicle.serve.app:app_from_environment", factory=True, workers=workers, host=host, port=port, log_level="warning")
    else:
        uvicorn.run(create_app(config), host=host, port=port, log_level="warning")


@keys_app.command("create")
def create_command(name: str = typer.Argument(..., help="Who or what the key is for."), db: Optional[Path] = DB_OPTION) -> None:
    """Create a key; it is printed once (only its hash is stored)."""
    from chronicle.serve.keys import create_key

    with _store(db) as store:
        key, text = create_key(store, name)
    errors.print(f"key {key.key_id} ({cell(key.name)}) created; keep it now, it is not shown again:", highlight=False)
    print(text)


@keys_app.command("list")
def list_command(db: Optional[Path] = DB_OPTION) -> None:
    """List keys: id, name, created, revoked (never the keys themselves)."""
    from chronicle.serve.keys import list_keys

    with _store(db) as store:
        keys = list_keys(store)
    for key in keys:
        revoked = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        print(f"{key.key_id}\t{key.created_at:%Y-%m-%d %H:%M}\t{revoked}\t{key.name}")
    if not keys:
        errors.print("no keys (create one with chronicle keys create NAME)", highlight=False, style="dim")


@keys_app.command("revoke")
def revoke_command(key_id: str = typer.Argument(..., help="The key's id (as keys list shows it), or the key."), db: Optional[Path] = DB_OPTION) -> None:
    """Revoke a key: requests carrying it are refused from then on."""
    from chronicle.serve.keys import revoke_key

    with _store(db) as store:
        key = revoke_key(store, key_id)
    errors.print(f"key {key.key_id} ({cell(key.name)}) revoked", highlight=False)


class _store:
    """The store opened for writing, with a usage error (exit 2) for what cannot be done."""

    def __init__(self, db: Path | None) -> None:
        self.db = db

    def __enter__(self):  # type: ignore[no-untyped-def]
        from chronicle.store.database import open_store

        try:
            self.store = open_store(self.db)
        except ChronicleError as exc:
            say(errors, "error", "red", exc)
            raise typer.Exit(code=2) from exc
        return self.store

    def __exit__(self, kind, exc, trace) -> None:  # type: ignore[no-untyped-def]
        self.store.close()
        if isinstance(exc, ChronicleError):
            say(errors, "error", "red", exc)
            raise typer.Exit(code=2) from exc


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``keys`` to the ``chronicle`` command line."""
    app.command("serve")(serve_command)
    app.add_typer(keys_app, name="keys")

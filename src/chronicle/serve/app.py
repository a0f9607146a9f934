"""The application factory: API routes, error handlers, the dashboard, and the store held for its lifetime."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from chronicle import __version__
from chronicle.serve import errors
from chronicle.serve.config import ServeConfig
from chronicle.serve.routes import actors, coding, events, export, health, timeline
from chronicle.serve.state import ServerState

STATIC = Path(__file__).parent / "static"
# Everything the dashboard loads comes from this server: no CDN, tiles or fonts.
_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'"


def create_app(config: ServeConfig) -> FastAPI:
    """The application serving ``config.db``; the store is opened at start-up and closed at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.chronicle = ServerState(config)
        try:
            yield
        finally:
            app.state.chronicle.close()

    app = FastAPI(
        title="Chronicle",
        version=__version__,
        description="Political events coded from news (PLOVER/CAMEO): query, timelines, exports, coding and ingest.",
        lifespan=lifespan,
        docs_url=None,  # served below from vendored assets, not a CDN
        redoc_url=None,
    )
    errors.install(app)
    for module in (health, events, timeline, actors, export, coding):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="Chronicle API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="data:,", swagger_ui_parameters={"validatorUrl": None},  # no call to validator.swagger.io
        )  # fmt: skip

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.middleware("http")
    async def headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        if request.url.path != "/docs":  # Swagger UI's page starts itself with an inline script
            response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    return app


CONFIG_ENV = "CHRONICLE_SERVE_CONFIG"  # how worker processes receive the configuration


def config_to_environment(config: ServeConfig) -> None:
    """Put ``config`` where ``app_from_environment`` finds it (uvicorn workers start from an import string)."""
    os.environ[CONFIG_ENV] = json.dumps({**asdict(config), "db": str(config.db)})


def app_from_environment() -> FastAPI:
    """The application for the configuration ``config_to_environment`` recorded (one per worker process)."""
    values = json.loads(os.environ[CONFIG_ENV])
    return create_app(ServeConfig(**{**values, "db": Path(values["db"])}))

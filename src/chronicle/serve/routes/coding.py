"""``POST /v1/code`` (events out, nothing stored) and ``POST /v1/articles`` (coded and stored, deduplicated).

An article is the JSON object of a ``chronicle ingest`` JSONL line
(``{id?, url?, date?, lang?, title?, text}``) and is checked by the same
reader, so a bad field gets the same message here as there.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from chronicle.errors import InputError
from chronicle.model import Article
from chronicle.read.jsonl import parse_record
from chronicle.serve.body import json_body
from chronicle.serve.errors import ApiError, bad_request
from chronicle.serve.filters import check_known
from chronicle.serve.security import require_read, require_write
from chronicle.serve.state import ServerState, state_of

router = APIRouter(tags=["coding"])
_LANGS = ("fr", "en")


def _article(record: Any, index: int) -> Article | InputError:
    """One article of the body (``index`` counts from 1), or what is wrong with it."""
    if not isinstance(record, dict):
        return InputError("body", f"expected a JSON object, got {type(record).__name__}", line=index)
    lang = record.get("lang")
    if lang not in (None, "", *_LANGS):
        return InputError("body", f"lang {str(lang)[:20]!r} has no language pack (one of {', '.join(_LANGS)})", line=index, field="lang")
    # the JSONL reader's own checks: text, id, date and the optional strings
    return parse_record("body", index, json.dumps(record))


def _problem(error: InputError, index: int | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {"message": error.message}
    if index is not None:
        found["index"] = index
    if error.field:
        found["field"] = error.field
    return found


@router.post("/v1/code", summary="Code one article: its events, nothing stored")
async def code(request: Request, _: Any = Depends(require_read)) -> JSONResponse:
    """Body: ``{"text": "...", "date": "2019-02-28"?, "lang": "fr"|"en"?, "title"?, "url"?, "id"?}``.
    Answers ``{"article_id", "language", "published", "events": [...]}``."""
    check_known(request.query_params, ())
    record = await json_body(request)
    article = _article(record, 1)
    if isinstance(article, InputError):
        raise bad_request("bad_article", f"{article.field + ': ' if article.field else ''}{article.message}", article.field)
    state = state_of(request)

    def run() -> Any:
        with state.coder() as coder:
            return coder.code_article(article, lang=article.lang)

    result = await run_in_threadpool(run)
    if result.error:
        raise ApiError(422, "not_coded", result.error)
    return JSONResponse({
        "article_id": article.id, "language": result.language,
        "published": str(result.published) if result.published else None,
        "events": [event.model_dump(mode="json") for event in result.events],
    })  # fmt: skip


def _ingest(state: ServerState, articles: list[tuple[int, Article]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    from chronicle.store.ingest import Ingester

    reports: list[str] = []
    ids = [a.id for _, a in articles]
    with state.write_lock, state.coder() as coder:
        before = state.store.known_articles(ids)
        ingester = Ingester(state.store, coder, batch_size=max(1, len(articles)), report=reports.append)
        try:
            ingester.ingest(a for _, a in articles)
        finally:
            state.cache.bump()  # even a failed batch may have committed part of itself
    with state.reader() as store:
        rows = dict(store.execute(
            "SELECT article_id, n_events FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall())  # fmt: skip
    stored, already, failed = [], [], []
    seen: set[str] = set()
    for index, article in articles:
        if article.id in before or article.id in seen:
            already.append({"index": index, "article_id": article.id})
        elif article.id in rows:
            seen.add(article.id)
            stored.append({"index": index, "article_id": article.id, "events": rows[article.id]})
        else:
            # the ingester's report names the article as "body, line <index>"
            where = f"body, line {index}:"
            message = next((r for r in reports if where in r), "not stored")
            failed.append({"index": index, "article_id": article.id, "message": message.replace(where + " ", "")})
    return stored, already, failed


@router.post("/v1/articles", summary="Code and store articles (one, or a batch)", status_code=200)
async def post_articles(request: Request, _: Any = Depends(require_write)) -> JSONResponse:
    """Body: one article object, or ``{"articles": [...]}``.  Each is coded and stored with the
    deduplication of ``chronicle ingest`` (an article already stored is not stored twice).  Answers
    ``stored`` (with event counts), ``already_stored`` and ``failed`` (with the reason), each by
    ``index`` (1-based position in the batch)."""
    check_known(request.query_params, ())
    body = await json_body(request)
    state = state_of(request)
    if isinstance(body, dict) and "articles" in body:
        records = body["articles"]
        if not isinstance(records, list) or not records:
            raise bad_request("bad_article", "articles: give a non-empty list of article objects", "articles")
    else:
        records = [body]
    if len(records) > state.config.max_batch:
        raise ApiError(413, "batch_too_large", f"{len(records)} articles: this server takes at most {state.config.max_batch} per request")
    good: list[tuple[int, Article]] = []
    failed: list[dict[str, Any]] = []
    for index, record in enumerate(records, start=1):
        item = _article(record, index)
        if isinstance(item, InputError):
            failed.append(_problem(item, index))
        else:
            good.append((index, item))
    stored: list[dict[str, Any]] = []
    already: list[dict[str, Any]] = []
    if good:
        stored, already, not_stored = await run_in_threadpool(_ingest, state, good)
        failed = sorted(failed + not_stored, key=lambda f: f["index"])
    return JSONResponse({"stored": stored, "already_stored": already, "failed": failed})

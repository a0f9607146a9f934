"""``/v1/actors?q=``: people and organisations of the knowledge base, and actors named in the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from chronicle.serve.errors import bad_request
from chronicle.serve.filters import check_known
from chronicle.serve.security import require_read
from chronicle.serve.state import state_of

if TYPE_CHECKING:
    from chronicle.knowledge.actors import Organisation, Person

router = APIRouter(tags=["actors"], dependencies=[Depends(require_read)])
_LIMIT = 50


def _person(person: "Person") -> dict[str, Any]:
    return {
        "kind": "person", "name": person.name, "country": person.country, "aliases": list(person.aliases),
        "roles": [{"role": r.role, "title": r.title, "country": r.country, "sector": r.sector,
                   "start": r.start.isoformat() if r.start else None, "end": r.end.isoformat() if r.end else None,
                   "source": r.source} for r in person.roles],
    }  # fmt: skip


def _organisation(org: "Organisation") -> dict[str, Any]:
    aliases = sorted({form for forms in org.aliases.values() for form in forms})
    return {"kind": "organisation", "name": org.name, "country": org.country, "sector": org.sector, "aliases": aliases, "source": org.source}


@router.get("/v1/actors", summary="Actors whose name contains q, from the knowledge base and the store")
def get_actors(request: Request) -> JSONResponse:
    """``q`` (2-100 characters): known people (with their dated roles) and organisations whose name or
    alias contains it, and the actors of stored events whose name or text contains it, with event counts."""
    params = request.query_params
    check_known(params, ("q",))
    q = (params.get("q") or "").strip()
    if not 2 <= len(q) <= 100:
        raise bad_request("bad_parameter", "q: give 2 to 100 characters of an actor's name", "q")
    needle = q.casefold()
    known: list[dict[str, Any]] = []
    for entity in state_of(request).actors().entities():
        person = hasattr(entity, "roles")  # people have dated roles, organisations per-language aliases
        aliases = entity.aliases if person else [f for forms in entity.aliases.values() for f in forms]
        if any(needle in name.casefold() for name in (entity.name, *aliases)):
            known.append(_person(entity) if person else _organisation(entity))
            if len(known) >= _LIMIT:
                break
    with state_of(request).reader() as store:
        rows = store.execute(
            "SELECT name, country, sector, count(*) AS events FROM ("
            " SELECT coalesce(source_name, source_text) AS name, source_country AS country, source_sector AS sector FROM events"
            " UNION ALL SELECT coalesce(target_name, target_text), target_country, target_sector FROM events"
            ") WHERE contains(lower(name), ?) GROUP BY ALL ORDER BY events DESC, name LIMIT ?",
            [needle, _LIMIT],
        ).fetchall()
    stored = [dict(zip(("name", "country", "sector", "events"), row)) for row in rows]
    return JSONResponse({"q": q, "known": known, "stored": stored})

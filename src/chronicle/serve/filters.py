"""Query-string filters to ``EventFilter``: the same names and checks as ``chronicle query``'s options.

``?dyad=USA,PRK&type=CONSULT&since=2019`` selects what ``chronicle query
--dyad USA,PRK --type CONSULT --since 2019`` does: the values go through the
command line's own ``build_filter``.  A list may be repeated
(``type=CONSULT&type=AGREE``) or comma-separated.  An unknown parameter or
value is a 400 naming it; values only ever reach SQL as parameters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import typer
from starlette.datastructures import QueryParams

from chronicle.serve.errors import bad_request
from chronicle.store.commands import build_filter
from chronicle.store.query import EventFilter

FILTER_PARAMS = (
    "actor", "country", "dyad", "either_way", "sector", "type", "mode", "cameo", "quad", "since", "until", "place",
    "place_country", "polarity", "modality", "text", "min_mentions",
)  # fmt: skip
_SINGLE = {"dyad", "either_way", "since", "until", "polarity", "min_mentions"}
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
_SECTOR = re.compile(r"^[A-Za-z]{2,6}$")
_CAMEO = re.compile(r"^\d{1,4}$")
_MAX_VALUE = 200  # characters of one filter value
_MAX_VALUES = 50  # values of one list


@lru_cache(maxsize=1)
def _ontology() -> tuple[frozenset[str], frozenset[str]]:
    from chronicle.ontology.plover import read_plover

    types = read_plover()
    return frozenset(types), frozenset(mode for spec in types.values() for mode in spec.modes)


def _split(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _boolean(name: str, value: str | None) -> bool:
    if value is None or value.lower() in ("", "0", "false", "no"):
        return False
    if value.lower() in ("1", "true", "yes"):
        return True
    raise bad_request("bad_filter", f"{name}={value!r}: give true or false", name)


def _integer(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise bad_request("bad_filter", f"{name}={value!r} is not an integer", name) from None


def check_known(params: QueryParams, allowed: Iterable[str]) -> None:
    """A 400 for a parameter the endpoint does not take (a misspelt filter would otherwise select everything)."""
    known = set(allowed)
    for name in params.keys():
        if name not in known:
            raise bad_request("unknown_parameter", f"unknown parameter {name!r} (this endpoint takes: {', '.join(sorted(known))})", name)


def parse_filter(params: QueryParams) -> EventFilter:
    """The EventFilter the query string describes, or a 400 naming the bad value."""
    values = {name: params.getlist(name) for name in FILTER_PARAMS}
    for name, given in values.items():
        if name in _SINGLE and len(given) > 1:
            raise bad_request("bad_filter", f"{name} is given {len(given)} times: give it once", name)
        if len(given) > _MAX_VALUES or any(len(v) > _MAX_VALUE for v in given):
            raise bad_request("bad_filter", f"{name}: at most {_MAX_VALUES} values of {_MAX_VALUE} characters", name)
    types, modes = _ontology()
    for name, pattern, what in (("country", _COUNTRY, "an ISO alpha-3 country code (USA, PRK...)"),
                                ("place_country", _COUNTRY, "an ISO alpha-3 country code (USA, PRK...)"),
                                ("sector", _SECTOR, "a sector code (GOV, MIL, CVL...)"),
                                ("cameo", _CAMEO, "a CAMEO code or prefix (04, 043...)")):  # fmt: skip
        for value in _split(values[name]):
            if not pattern.match(value):
                raise bad_request("bad_filter", f"{name}={value!r} is not {what}", name)
    for value in _split(values["type"]):
        if value.upper() not in types:
            raise bad_request("bad_filter", f"type={value!r} is not a PLOVER event type ({', '.join(sorted(types))})", "type")
    for value in _split(values["mode"]):
        if value.lower() not in modes:
            raise bad_request("bad_filter", f"mode={value!r} is not a PLOVER mode ({', '.join(sorted(modes))})", "mode")
    dyad = values["dyad"][0] if values["dyad"] else None
    if dyad is not None and not all(_COUNTRY.match(part) for part in _split([dyad])):
        raise bad_request("bad_filter", f"dyad={dyad!r}: give two ISO alpha-3 country codes, SOURCE,TARGET (e.g. USA,PRK)", "dyad")
    quads = [_integer("quad", v) for v in _split(values["quad"])]
    min_mentions = _integer("min_mentions", values["min_mentions"][0]) if values["min_mentions"] else None
    if min_mentions is not None and min_mentions < 1:
        raise bad_request("bad_filter", f"min_mentions={min_mentions}: give 1 or more", "min_mentions")
    try:
        return build_filter(
            values["actor"], values["country"], dyad, _boolean("either_way", (values["either_way"] or [None])[0]),
            values["sector"], values["type"], values["mode"], values["cameo"], quads,
            values["since"][0] if values["since"] else None, values["until"][0] if values["until"] else None,
            values["place"], values["place_country"], values["polarity"][0] if values["polarity"] else None,
            values["modality"], values["text"], min_mentions,
        )  # fmt: skip
    except typer.BadParameter as exc:
        field = (exc.param_hint or "").lstrip("-").replace("-", "_") if isinstance(exc.param_hint, str) else None
        raise bad_request("bad_filter", f"{field}: {exc.message}" if field else exc.message, field) from None

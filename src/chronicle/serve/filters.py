"""Query-string filters to ``EventFilter``: the same names and checks as ``chronicle query``'s options.

``?dyad=USA,PRK&type=CONSULT&since=2019`` selects what ``chronicle query
--dyad USA,PRK --type CONSULT --since 2019`` does: the values go through the
command line's own ``build_filter``.  A list may be repeated
(``type=CONSULT&type=AGREE``) or comma-separated.  An unknown parameter or
value is a 400 naming it (with the valid values ``build_filter`` lists);
values only ever reach SQL as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable

import typer
from starlette.datastructures import QueryParams

from chronicle.serve.errors import bad_request
from chronicle.store.commands import build_filter
from chronicle.store.query import EventFilter

FILTER_PARAMS = (
    "actor", "country", "dyad", "either_way", "sector", "type", "mode", "cameo", "quad", "since", "until", "place",
    "place_country", "polarity", "modality", "text", "min_mentions", "min_confidence",
)  # fmt: skip
_SINGLE = {"dyad", "either_way", "since", "until", "polarity", "min_mentions", "min_confidence"}
_MAX_VALUE = 200  # characters of one filter value
_MAX_VALUES = 50  # values of one list


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
    dyad = values["dyad"][0] if values["dyad"] else None
    quads = [_integer("quad", v) for v in _split(values["quad"])]
    min_mentions = _integer("min_mentions", values["min_mentions"][0]) if values["min_mentions"] else None
    if min_mentions is not None and min_mentions < 1:
        raise bad_request("bad_filter", f"min_mentions={min_mentions}: give 1 or more", "min_mentions")
    min_confidence = None
    if values["min_confidence"]:
        try:
            min_confidence = float(values["min_confidence"][0])
        except ValueError:
            min_confidence = -1.0
        if not 0.0 <= min_confidence <= 1.0:
            raise bad_request("bad_filter", f"min_confidence={values['min_confidence'][0]!r}: give a number from 0 to 1", "min_confidence")
    try:
        return build_filter(
            values["actor"], values["country"], dyad, _boolean("either_way", (values["either_way"] or [None])[0]),
            values["sector"], values["type"], values["mode"], values["cameo"], quads,
            values["since"][0] if values["since"] else None, values["until"][0] if values["until"] else None,
            values["place"], values["place_country"], values["polarity"][0] if values["polarity"] else None,
            values["modality"], values["text"], min_mentions, min_confidence,
        )  # fmt: skip
    except typer.BadParameter as exc:
        field = (exc.param_hint or "").lstrip("-").replace("-", "_") if isinstance(exc.param_hint, str) else None
        raise bad_request("bad_filter", f"{field}: {exc.message}" if field else exc.message, field) from None

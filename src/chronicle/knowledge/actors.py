"""Actor knowledge base: people with date-bounded roles, and named organisations.

Two layers: the curated ``data/people.yaml`` and ``data/organisations.yaml``
(validated: dates, sectors, country codes, sources), and the Phoenix
dictionaries converted into ``data/phoenix/`` (about 27,000 people,
organisations and armed groups; see ``knowledge.imported`` for the policy
that selects them and lets curated entries win). The merged base is built
once and cached on disk (``knowledge.cache``). Names match after
``normalise`` (case, accents, hyphens, apostrophes); acronyms ("NIS", "KCNA")
match only in capitals, so the French article "un" is not the UN.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from chronicle.errors import KnowledgeError
from chronicle.knowledge.cache import cached
from chronicle.knowledge.countries import COUNTRIES_FILE, IGO_CODES, country_codes, country_files, is_acronym, load_countries, normalise, pack_languages, read_yaml, string_list
from chronicle.knowledge.imported import ACTORS_FILE as IMPORTED_FILE
from chronicle.knowledge.imported import CORRECTIONS_FILE
from chronicle.knowledge.imported import ImportedEntry, form_key, main_country, organisation_code, read_entries, read_open_end, select
from chronicle.knowledge.sectors import SECTORS, SECTORS_FILE

__all__ = ["IGO_CODES", "SECTORS", "ActorKB", "Organisation", "Person", "Role", "load_actors"]  # IGO_CODES, SECTORS: re-exported

DATA_DIR = Path(__file__).parent / "data"
PEOPLE_FILE = DATA_DIR / "people.yaml"
PEOPLE_DIR = DATA_DIR / "people"  # more curated people, one file per region, in people.yaml's schema
ORGANISATIONS_FILE = DATA_DIR / "organisations.yaml"
ORGANISATION_NAMES = "organisations.yaml"  # a pack's names of these organisations


def organisation_name_files() -> dict[str, Path]:
    """Language -> the ``organisations.yaml`` of its pack, for the packs that have one."""
    from chronicle.packs import pack_file

    found = {lang: pack_file(lang, ORGANISATION_NAMES) for lang in pack_languages()}
    return {lang: path for lang, path in found.items() if path is not None}


# Sectors of the state (CAMEO's government agent codes): "cet activiste" does not
# refer back to a minister, nor "ce haut responsable" to a protester.
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "PTY", "COP", "JUD", "SPY", "LEG"})
PEOPLE_SECTOR = "CVL"  # private citizens, and people named by no office
FORMER_SECTOR = "ELI"  # a person between or after his offices (CAMEO's elites, as PETRARCH2 codes "former president")
OFFICE_SECTORS: frozenset[str] = frozenset({"GOV", "LEG", "JUD"})  # offices one holds and leaves: a former one is an elite

# Most senior first: the role a person is coded in when holding several at once.
SENIORITY: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "party_leader",
    "vice_president",
    "commission_president",
    "council_president",
    "secretary_general",
    "high_representative",
    "legislature_speaker",
    "foreign_minister",
    "defence_minister",
    "interior_minister",  # interior, home affairs, internal security
    "army_chief",  # chief of the armed forces' or the army's staff, commander-in-chief (a soldier: MIL)
    "unification_minister",
    "finance_minister",
    "national_security_adviser",
    "intelligence_chief",
    "chief_of_staff",
    "special_envoy",
    "ambassador",
    "senior_official",
    "office",  # an imported dated code: a position, rank unknown
    "affiliation",  # an imported undated code: applies when no dated one does
)
_RANK = {role: i for i, role in enumerate(SENIORITY)}

# Family name first in the press romanisation: "Moon" of Moon Jae-in, "Xi" of Xi Jinping.
_FAMILY_FIRST: frozenset[str] = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC"})


@dataclass(frozen=True)
class Role:
    """A position held between two dates (end exclusive; None = open)."""

    role: str
    title: str | None  # None for imported codes, which name no title
    country: str
    sector: str
    start: date | None
    end: date | None
    source: str

    def active_on(self, day: date) -> bool:
        """Whether the role was held that day: start <= day < end."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _rank(role: Role) -> int:
    return _RANK.get(role.role, len(SENIORITY))


@dataclass(frozen=True)
class Person:
    """A named person with the roles they held."""

    name: str
    country: str | None
    roles: tuple[Role, ...]
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    surname: str | None = None  # family name as the press uses it alone
    imported: bool = False  # from the Phoenix dictionaries (its roles say file and line)

    def role_on(self, day: date | None) -> Role | None:
        """The most senior role held that day; with no day, the current role
        (or the one that ended last); None when the day is outside every role."""
        if day is not None:
            active = [r for r in self.roles if r.active_on(day)]
            # of equal rank, the latest to begin: an imported office over the
            # pre-career "elite" span it overlaps ([SENELI 780101-030901] [SENGOV 030101-...])
            return min(active, key=lambda r: (_rank(r), -(r.start or date.min).toordinal())) if active else None
        current = self.role_on(date.today())
        if current is not None or not self.roles:
            return current
        return max(self.roles, key=lambda r: (r.end or date.max, r.start or date.min, -_rank(r)))


@dataclass(frozen=True)
class Organisation:
    """A named organisation: international body, ministry, party, agency or company."""

    name: str
    country: str | None
    sector: str | None
    source: str
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang ("any" = every language) -> forms
    imported: bool = False  # from the Phoenix dictionaries (source says file and line)
    changes: tuple[tuple[date, str], ...] = ()  # (from, sector), in date order: the Taliban govern from 2021
    # other bodies one of its forms also names ("SDF": Japan's Self-Defense Forces or the
    # Syrian Democratic Forces): the one of the country the article names most is meant
    namesakes: tuple[str, ...] = ()
    # a movement with branches in many countries ("Islamic State"): coded with the country
    # it acts in, as the gold codes its provinces; ``country`` where no place is said
    transnational: bool = False
    # the neighbouring countries a group of one country also fights in ("Boko Haram":
    # Cameroon, Chad, Niger): coded with the one of these it acts in, else ``country``
    acts_in: tuple[str, ...] = ()
    # its forms that are also the name of the same institution of many other countries
    # ("Congress": Argentina's, Peru's, Brazil's): the body itself only in a story of its
    # own country, else that institution of the story's country (resolve.actors)
    bare_names: tuple[str, ...] = ()

    def names_bare(self, text: str) -> bool:
        """Whether ``text`` is one of its bare forms ("Congress", "the Congress")."""
        key = normalise(text)
        return any(normalise(form) in (key, key.removeprefix("the ")) for form in self.bare_names)

    def __hash__(self) -> int:  # aliases is a dict; identity is the name
        return hash((self.name, self.country))

    def sector_on(self, day: date | None) -> str | None:
        """The sector on ``day`` (None: today): the last change begun by then, else ``sector``."""
        when = day or date.today()
        current = self.sector
        for start, sector in self.changes:
            if start <= when:
                current = sector
        return current


Entity = Person | Organisation


class ActorKB:
    """People and organisations indexed by normalised name and by (country, role)."""

    def __init__(self, people: list[Person], organisations: list[Organisation]) -> None:
        self.people = tuple(people)
        self.organisations = tuple(organisations)
        self.sources: tuple[Path, ...] = ()  # the files it was built from (packaged base only): keys its caches
        # curated before imported: the first entity to claim a phrase keeps it
        self._entities: tuple[Entity, ...] = tuple(sorted((*self.people, *self.organisations), key=lambda e: e.imported))
        self._exact: dict[str, Entity] | None = None  # built at the first match(): the coder never asks
        self._folded: dict[str, Entity] = {}
        self._holders: dict[tuple[str, str], list[tuple[Role, Person]]] = {}
        for person in self.people:
            for role in person.roles:
                self._holders.setdefault((role.country, role.role), []).append((role, person))
        bearers: dict[str, list[Person]] = {}
        for person in self.people:
            if person.surname:
                bearers.setdefault(person.surname, []).append(person)
        self._surnames: dict[str, tuple[Person, ...]] = {name: tuple(people) for name, people in bearers.items()}
        compound: dict[str, list[Person]] = {}
        for person in self.people:
            if person.surname is None or person.imported:
                continue  # monarchs have no surname to use alone; imported people are matched in full only
            for key in {k for full in (person.name, *person.aliases) if (k := _compound_surname(full))}:
                compound.setdefault(key, []).append(person)
        self._compound: dict[str, tuple[Person, ...]] = {key: tuple(people) for key, people in compound.items()}

    @classmethod
    def load(
        cls,
        people: Path | str | None = None,
        organisations: Path | str | None = None,
        imported: Path | str | None | bool = None,
    ) -> ActorKB:
        """Load and validate the data files (paths replace the packaged ones, for tests).

        ``imported``: the converted Phoenix actors to merge under the curated
        ones (a path, or True: the packaged file; default: none when other
        paths are given). With no argument the result is the packaged base,
        cached (see ``load_actors``). Raises KnowledgeError naming the file
        and entry on invalid data.
        """
        if people is None and organisations is None and imported is None:
            return load_actors()
        extra = Path(imported) if isinstance(imported, (str, Path)) else IMPORTED_FILE if imported is True else None
        return _build(Path(people or PEOPLE_FILE), Path(organisations or ORGANISATIONS_FILE), extra)

    def match(self, text: str) -> Person | Organisation | None:
        """The person or organisation a full name, alias or short form names exactly."""
        if self._exact is None:
            self._exact = {}
            for entity, surface in self._surfaces(None):
                if is_acronym(surface):
                    self._exact.setdefault(surface, entity)
                else:
                    self._folded.setdefault(normalise(surface), entity)
        stripped = text.strip()
        return self._exact.get(stripped) or self._folded.get(normalise(stripped))

    def entities(self) -> tuple[Entity, ...]:
        """Every person and organisation, curated ones first."""
        return self._entities

    def surnames(self) -> Mapping[str, Sequence[Person]]:
        """Family name as written ("Pompeo", "Moon") -> people who bear it; a
        read-only view (resolution asks for it at every surname it meets)."""
        return MappingProxyType(self._surnames)

    def compound_surname(self, name: str) -> tuple[Person, ...]:
        """The curated people whose family name, with its particle, is ``name``
        ("Al Shara", "al-Sharaa", "De Wever"): a title and such a name ("Mr Al Shara",
        "M. De Wever") name them; the particle's spelling and hyphen do not matter."""
        key = _compound_key(name.split())
        return self._compound.get(key, ()) if key else ()

    def holder(self, country: str, role: str, day: date | None) -> Person | None:
        """Who held ``role`` in ``country`` that day (None: today).

        When terms overlap (a suspended president and the acting one), the
        term that began last wins.
        """
        when = day or date.today()
        active = [(r, p) for r, p in self._holders.get((country, role), []) if r.active_on(when)]
        if not active:
            return None
        return max(active, key=lambda rp: rp[0].start or date.min)[1]

    def holders_named(self, name: str, role: str, day: date | None) -> list[Person]:
        """Who held ``role`` that day in any country and bears ``name`` among their
        names ("King Philippe": Philippe of Belgium), distinct, in no set order."""
        when = day or date.today()
        found = {
            id(person): person
            for (_, key), held in self._holders.items() if key == role
            for role_held, person in held if role_held.active_on(when) and name in person.name.split()
        }  # fmt: skip
        return list(found.values())

    def phrases(self, lang: str) -> list[tuple[str, Person | Organisation]]:
        """Every surface form for a PhraseMatcher: people's names, aliases and short
        forms, and organisation forms of ``lang`` and of every language."""
        return [(surface, entity) for entity, surface in self._surfaces(lang)]

    def _surfaces(self, lang: str | None) -> Iterator[tuple[Entity, str]]:
        """(entity, form) pairs; lang None = all languages (for exact matching)."""
        for person in self.people:
            for surface in dict.fromkeys([person.name, *person.aliases, *person.short]):
                yield person, surface
        for org in self.organisations:
            langs = [key for key in org.aliases if lang is None or key in (lang, "any")]
            # the canonical name is English, but a company's is its brand, written alike in
            # every language ("Petrobras", "Boeing": the French press names them so)
            forms = [org.name] if lang in (None, "en") or org.sector == "BUS" else []
            for key in langs:
                forms += org.aliases[key]
            for surface in dict.fromkeys(forms):
                yield org, surface


@lru_cache(maxsize=1)
def load_actors() -> ActorKB:
    """The packaged actor knowledge base (curated and imported), built once per
    process and cached on disk between processes."""
    packs = [*country_files().values(), *organisation_name_files().values()]
    files = [*people_files(PEOPLE_FILE), ORGANISATIONS_FILE, IMPORTED_FILE, CORRECTIONS_FILE, COUNTRIES_FILE, SECTORS_FILE, *packs, Path(__file__).with_name("imported.py"), Path(__file__)]
    kb = cached("actors", files, lambda: _build(PEOPLE_FILE, ORGANISATIONS_FILE, IMPORTED_FILE), ActorKB)
    kb.sources = tuple(files)
    return kb


def load_curated_actors() -> ActorKB:
    """The curated knowledge base alone, without the imported dictionaries (bench, tests)."""
    return _build(PEOPLE_FILE, ORGANISATIONS_FILE, None)


# --------------------------------------------------------------------------
# Loading and validation


def people_files(people_path: Path) -> list[Path]:
    """The curated people files: the packaged ``people.yaml`` brings the regional files of ``data/people/``."""
    return [PEOPLE_FILE, *sorted(PEOPLE_DIR.glob("*.yaml"))] if people_path == PEOPLE_FILE else [people_path]


def _build(people_path: Path, organisations_path: Path, imported_path: Path | None) -> ActorKB:
    people: list[Person] = []
    found_in: dict[str, Path] = {}
    for path in people_files(people_path):
        for i, entry in enumerate(_entries(path)):
            person = _person(path, i, entry)
            if person.name in found_in:
                raise KnowledgeError(f"{path}: entry '{person.name}' (entry {i + 1}) is already in {found_in[person.name]}: one entry per person")
            found_in[person.name] = path
            people.append(person)
    organisations = [_organisation(organisations_path, i, e) for i, e in enumerate(_entries(organisations_path))]
    if organisations_path == ORGANISATIONS_FILE:  # the packaged bodies take their names from the packs
        organisations = _with_pack_names(organisations, organisation_name_files())
    _check_unique(people_path, [(p.name, [p.name, *p.aliases, *p.short]) for p in people])
    _check_namesakes(organisations_path, organisations)
    languages = {key for o in organisations for key in o.aliases} - {"any"}
    for lang in sorted(languages):  # a form may name different bodies in two languages ("RSF")
        _check_unique(organisations_path, [(o.name, [f for key in (lang, "any") for f in o.aliases.get(key, ())]) for o in organisations])
    if imported_path is not None:
        curated = ActorKB(people, organisations)
        keys = {form_key(surface) for _, surface in curated._surfaces(None)}
        selection = select(read_entries(imported_path), keys, load_countries())
        open_end = read_open_end()
        for entry, full, acronyms in selection.entries:
            if entry.kind == "person":
                people.append(_imported_person(entry, full, acronyms, open_end))
            else:
                organisations.append(_imported_organisation(entry, full, acronyms))
    return ActorKB(people, organisations)


def _imported_person(entry: ImportedEntry, full: list[str], acronyms: list[str], open_end: date | None) -> Person:
    roles = []
    for code in entry.codes:
        key = "office" if code.dated else "affiliation"
        end = code.end
        if code.dated and end is None and open_end is not None and (code.start is None or code.start < open_end):
            end = open_end  # an office open at the snapshot (knowledge.imported: open_roles)
        roles.append(Role(key, None, code.country or "", code.sector or "", code.start, end, code.source))
    names = [f for f in full if " " in f]
    return Person(
        name=names[0] if names else full[0] if full else acronyms[0],
        country=main_country(entry),
        roles=tuple(roles),
        aliases=tuple(names[1:] + acronyms),
        short=tuple(f for f in full if " " not in f),
        surname=None,  # a lone family name is matched only for curated people (see MentionFinder)
        imported=True,
    )


def _imported_organisation(entry: ImportedEntry, full: list[str], acronyms: list[str]) -> Organisation:
    code = organisation_code(entry)
    name = full[0] if full else acronyms[0]
    aliases: dict[str, tuple[str, ...]] = {}
    if full[1:]:
        aliases["en"] = tuple(full[1:])  # the dictionaries are English
    if acronyms:
        aliases["any"] = tuple(acronyms)  # acronyms travel across languages ("FARC", "ETA")
    return Organisation(name, code.country, code.sector, entry.source, aliases, imported=True)


def _entries(path: Path) -> list[dict[str, Any]]:
    data = read_yaml(path)
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise KnowledgeError(f"{path}: expected a list of mappings")
    return data


def _label(index: int, entry: dict[str, Any]) -> str:
    return f"{entry.get('name')!s} (entry {index + 1})"


def _person(path: Path, index: int, entry: dict[str, Any]) -> Person:
    label = _label(index, entry)
    _check_keys(path, label, entry, {"name", "aliases", "short", "surname", "country", "roles"})
    name = _text(path, label, entry, "name")
    country = _country(path, label, entry.get("country"), optional=True)
    raw_roles = entry.get("roles")
    if not isinstance(raw_roles, list) or not raw_roles:
        raise KnowledgeError(f"{path}: entry '{label}': 'roles' must be a non-empty list")
    roles = tuple(_role(path, f"{label}, role {i + 1}", r) for i, r in enumerate(raw_roles))
    # An explicit `surname: null` says the name has none to use alone (monarchs).
    surname = entry["surname"] if "surname" in entry else _default_surname(name, country)
    if surname is not None and (not isinstance(surname, str) or not surname.strip()):
        raise KnowledgeError(f"{path}: entry '{label}': 'surname' must be a non-empty string or null")
    return Person(
        name=name,
        country=country,
        roles=roles,
        aliases=tuple(string_list(entry.get("aliases"), path, label, "aliases")),
        short=tuple(string_list(entry.get("short"), path, label, "short")),
        surname=surname,
    )


# Particles written before a family name and kept with it when the name is used alone
# after a title ("Mr Al Shara", "M. al-Charaa", "Mr Bin Salman", "M. De Wever", "Mrs von
# der Leyen"): Arabic articles and filiation words, Dutch, German, French, Italian and
# Portuguese particles.
NAME_PARTICLES = frozenset({"al", "el", "ul", "bin", "ben", "ibn", "abu", "abou", "bou", "ould",
                            "de", "van", "von", "der", "den", "da", "dos", "das", "di", "del", "le", "la"})


def _compound_key(words: list[str]) -> str | None:
    """The normalised key of a family name that begins with a particle ("al-Sharaa" ->
    "al sharaa", "Von der Leyen" -> "von der leyen"), None for any other name."""
    parts = [p for w in words for p in w.replace("-", " ").split()]
    if len(parts) < 2 or parts[0].lower() not in NAME_PARTICLES or parts[-1].lower() in NAME_PARTICLES:
        return None
    return normalise(" ".join(parts))


def _compound_surname(full: str) -> str | None:
    """The family name with its particles at the end of a full name ("Ahmed Al Shara"
    -> "al shara", "Ursula von der Leyen" -> "von der leyen"), None where the name
    ends in no particle and word."""
    parts = full.replace("-", " ").split()
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return _compound_key(parts[start:]) if start < len(parts) - 1 else None


def _default_surname(name: str, country: str | None) -> str:
    words = name.split()
    return words[0] if country in _FAMILY_FIRST else words[-1]


def _role(path: Path, label: str, raw: Any) -> Role:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: entry '{label}': expected a mapping")
    _check_keys(path, label, raw, {"role", "title", "country", "sector", "start", "end", "source"})
    role = _text(path, label, raw, "role")
    if role not in _RANK:
        raise KnowledgeError(f"{path}: entry '{label}': unknown role '{role}' (known: {', '.join(SENIORITY)})")
    start = _date(path, label, raw.get("start"), "start")
    end = _date(path, label, raw.get("end"), "end")
    if start is not None and end is not None and end <= start:
        raise KnowledgeError(f"{path}: entry '{label}': end {end} is not after start {start}")
    return Role(
        role=role,
        title=_text(path, label, raw, "title"),
        country=_country(path, label, raw.get("country"), optional=False) or "",
        sector=_sector(path, label, raw.get("sector"), optional=False) or "",
        start=start,
        end=end,
        source=_text(path, label, raw, "source"),
    )


def _organisation(path: Path, index: int, entry: dict[str, Any]) -> Organisation:
    label = _label(index, entry)
    _check_keys(path, label, entry, {"name", "country", "sector", "names", "source", "changes", "namesakes", "transnational", "bare_names", "acts_in"})
    transnational = entry.get("transnational", False)
    if not isinstance(transnational, bool):
        raise KnowledgeError(f"{path}: entry '{label}': 'transnational' must be true or false")
    names = entry.get("names") or {}
    if not isinstance(names, dict) or not all(isinstance(key, str) for key in names):
        raise KnowledgeError(f"{path}: entry '{label}': 'names' must map languages or 'any' to lists")
    return Organisation(
        name=_text(path, label, entry, "name"),
        country=_country(path, label, entry.get("country"), optional=True),
        sector=_sector(path, label, entry.get("sector"), optional=True),
        source=_text(path, label, entry, "source"),
        aliases={lang: tuple(string_list(forms, path, label, f"names.{lang}")) for lang, forms in names.items()},
        changes=_changes(path, label, entry.get("changes")),
        namesakes=tuple(string_list(entry.get("namesakes"), path, label, "namesakes")),
        transnational=transnational,
        acts_in=tuple(_country(path, label, code, optional=False) or "" for code in string_list(entry.get("acts_in"), path, label, "acts_in")),
        bare_names=tuple(string_list(entry.get("bare_names"), path, label, "bare_names")),
    )


def _changes(path: Path, label: str, raw: Any) -> tuple[tuple[date, str], ...]:
    """An organisation's sector changes (``{sector, start, source}`` each), in date order."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise KnowledgeError(f"{path}: entry '{label}': 'changes' must be a list")
    changes = []
    for i, change in enumerate(raw):
        where = f"{label}, change {i + 1}"
        if not isinstance(change, dict):
            raise KnowledgeError(f"{path}: entry '{where}': expected a mapping")
        _check_keys(path, where, change, {"sector", "start", "source"})
        start = _date(path, where, change.get("start"), "start")
        if start is None:
            raise KnowledgeError(f"{path}: entry '{where}': missing 'start'")
        _text(path, where, change, "source")
        changes.append((start, _sector(path, where, change.get("sector"), optional=False) or ""))
    return tuple(sorted(changes))


def _with_pack_names(organisations: list[Organisation], files: Mapping[str, Path]) -> list[Organisation]:
    """The organisations with each pack's names of them added under its language."""
    by_name = {o.name: o for o in organisations}
    added: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, path in files.items():
        data = read_yaml(path)
        if not isinstance(data, dict) or set(data) != {"organisations"} or not isinstance(data["organisations"], list):
            raise KnowledgeError(f"{path}: expected a mapping with an 'organisations' list")
        for index, entry in enumerate(data["organisations"]):
            label = _label(index, entry) if isinstance(entry, dict) else str(index)
            if not isinstance(entry, dict):
                raise KnowledgeError(f"{path}: entry {index}: expected a mapping")
            _check_keys(path, label, entry, {"name", "names", "source"})
            name = _text(path, label, entry, "name")
            _text(path, label, entry, "source")
            if name not in by_name:
                raise KnowledgeError(f"{path}: entry '{label}': no organisation named {name!r} in {ORGANISATIONS_FILE.name}")
            forms = tuple(string_list(entry.get("names"), path, label, "names"))
            mine = added.setdefault(name, {})
            mine[lang] = mine.get(lang, ()) + forms
    result = []
    for org in organisations:
        extra = added.get(org.name)
        if extra:
            aliases = dict(org.aliases)
            for lang, forms in extra.items():
                aliases[lang] = aliases.get(lang, ()) + forms
            org = replace(org, aliases=aliases)
        result.append(org)
    return result


def _check_keys(path: Path, label: str, entry: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise KnowledgeError(f"{path}: entry '{label}': unknown keys {sorted(unknown)}")


def _text(path: Path, label: str, entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{path}: entry '{label}': missing '{key}'")
    return value.strip()


def _date(path: Path, label: str, value: Any, key: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(f"{path}: entry '{label}': '{key}' is not an ISO date: {value!r}") from None


def _country(path: Path, label: str, value: Any, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or value not in country_codes():
        raise KnowledgeError(f"{path}: entry '{label}': unknown country code {value!r}")
    return value


def _sector(path: Path, label: str, value: Any, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if value not in SECTORS:
        raise KnowledgeError(f"{path}: entry '{label}': unknown sector {value!r}")
    return str(value)


def _check_namesakes(path: Path, organisations: list[Organisation]) -> None:
    """Each namesake is another organisation of the file, of another country."""
    by_name = {o.name: o for o in organisations}
    for org in organisations:
        for name in org.namesakes:
            other = by_name.get(name)
            if other is None or other.name == org.name or other.country == org.country:
                raise KnowledgeError(f"{path}: entry '{org.name}': namesake {name!r} is no organisation of another country in the file")


def _check_unique(path: Path, entries: list[tuple[str, list[str]]]) -> None:
    """A surface form may name one entry only."""
    owners: dict[str, str] = {}
    for name, forms in entries:
        for form in forms:
            key = form if is_acronym(form) else normalise(form)
            other = owners.setdefault(key, name)
            if other != name:
                raise KnowledgeError(f"{path}: entry '{name}': '{form}' already names '{other}'")

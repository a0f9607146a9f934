"""Actors imported from the converted Phoenix dictionaries (``data/phoenix/``).

``knowledge.phoenix`` converts PETRARCH2's dictionaries once, faithfully; this
module turns the converted rows into the knowledge base's people and
organisations and applies the project's policy on top:

- sectors are recoded into the project's vocabulary (``data/sectors.yaml``:
  Phoenix's MED, the media, is JRN; its HLH, health, is MED);
- errors of the files are corrected (``data/phoenix_corrections.yaml``:
  Mauritania's leaders coded as Mauritius), and every country code is
  checked against ISO 3166-1 (pycountry);
- a person's dated codes become roles that apply only within their dates
  (``office``); an undated code is the default that applies when no dated one
  does (``affiliation``), as in PETRARCH ("[AFGGOV 011222-140929] [AFGELI]":
  a former president is an elite);
- a person's role open at the dictionaries' snapshot ("[SENGOV >120402]")
  ends on the day ``open_roles`` of ``data/phoenix_corrections.yaml`` gives
  (its reason says why): the files end around 2015 and say nothing later,
  and an office held then is rarely still held years on (Hamid Karzai's
  presidency is open there, from 2001); after it, the person's undated
  code applies, else a former official is an elite. Curated entries
  (heads of state and government, foreign and defence ministers since
  2015) override where the press needs a later role;
- an organisation takes its first undated code, else its latest one;
- curated entries win: an imported entry whose name is a curated person's or
  organisation's form is dropped, and so is any imported form a curated
  entry or the country lexicon already has (both are checked per language);
- a form naming imported entries of different countries is ambiguous and
  dropped, and so are the acronyms of state bodies ("NSC", "MOD": every state
  has one, and the dictionaries list mostly American ones); one-word forms are kept only when the tagger calls them proper
  nouns in context (see ``extract.mentions``), and one-word acronyms only in
  capitals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chronicle.errors import KnowledgeError
from chronicle.knowledge.countries import CountryLexicon, country_codes, is_acronym, normalise, pack_languages, read_yaml
from chronicle.knowledge.phoenix import OUT_DIR, read_jsonl
from chronicle.knowledge.sectors import project_sector

ACTORS_FILE = OUT_DIR / "actors.jsonl.gz"
CORRECTIONS_FILE = OUT_DIR.parent / "phoenix_corrections.yaml"

# Sectors of state bodies, whose acronyms every state reuses ("NSC", "MOD").
_STATE_SECTORS = frozenset({"GOV", "MIL", "PTY", "COP", "JUD", "SPY", "LEG"})


@dataclass(frozen=True)
class ImportedCode:
    """A converted code: where it applies and what it says."""

    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    dated: bool
    source: str


@dataclass(frozen=True)
class ImportedEntry:
    kind: str  # "person" | "organisation"
    name: str
    names: tuple[str, ...]  # other full names
    acronyms: tuple[str, ...]
    codes: tuple[ImportedCode, ...]
    source: str


@dataclass(frozen=True)
class CountryCorrection:
    """Entries of ``file`` whose primary phrase lies in lines ``first``..``last``:
    their codes of country ``wrong`` are of ``right`` (``data/phoenix_corrections.yaml``)."""

    file: str
    first: int
    last: int
    wrong: str
    right: str

    def applies(self, source: str, country: str | None) -> bool:
        """Whether the correction covers an entry (its ``file:line``) and a code's country."""
        file, _, line = source.partition(":")
        return country == self.wrong and file == self.file and line.isdigit() and self.first <= int(line) <= self.last


def read_corrections(path: Path = CORRECTIONS_FILE) -> list[CountryCorrection]:
    """The country corrections of ``path``; KnowledgeError naming the file and entry when malformed."""
    data = read_yaml(path)
    rows = data.get("countries") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise KnowledgeError(f"{path}: expected a mapping with a 'countries' list")
    corrections = []
    for index, row in enumerate(rows, start=1):
        try:
            first, last = row["lines"]
            correction = CountryCorrection(str(row["file"]), int(first), int(last), str(row["wrong"]), str(row["right"]))
            if not str(row["reason"]).strip():
                raise ValueError("empty reason")
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeError(f"{path}: countries entry {index}: needs file, lines [first, last], wrong, right and reason ({exc!r})") from None
        for code in (correction.wrong, correction.right):
            if code not in country_codes():
                raise KnowledgeError(f"{path}: countries entry {index}: {code!r} is not an ISO 3166-1 alpha-3 code")
        corrections.append(correction)
    return corrections


def read_open_end(path: Path = CORRECTIONS_FILE) -> date | None:
    """The day a person's office left open by the dictionaries is taken to end
    (``open_roles.end`` of ``path``; None: open offices stay open); KnowledgeError
    naming the file when malformed or given without a reason."""
    data = read_yaml(path)
    rule = data.get("open_roles") if isinstance(data, dict) else None
    if rule is None:
        return None
    try:
        end = rule["end"] if isinstance(rule["end"], date) else date.fromisoformat(str(rule["end"]))
        if not str(rule["reason"]).strip():
            raise ValueError("empty reason")
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError(f"{path}: open_roles: needs an ISO date 'end' and a 'reason' ({exc!r})") from None
    return end


def read_entries(path: Path = ACTORS_FILE, corrections: Iterable[CountryCorrection] | None = None) -> list[ImportedEntry]:
    """The converted rows of ``path``, with the country ``corrections`` applied (default:
    the packaged ones); a malformed row, or a country code that is neither ISO
    3166-1 alpha-3 nor an international body's, raises KnowledgeError naming its line."""
    if not path.is_file():
        raise KnowledgeError(f"{path}: missing (run python -m chronicle.knowledge.phoenix)")
    fixes = list(read_corrections() if corrections is None else corrections)
    file = path.name
    entries = []
    for number, row in enumerate(read_jsonl(path), start=1):
        try:
            origin = row["source"].split(":")[0]
            codes = tuple(
                ImportedCode(
                    country=_corrected(country, row["source"], fixes),
                    sector=project_sector(sector),  # the converted rows keep Phoenix's spelling
                    start=date.fromisoformat(start) if start else None,
                    end=date.fromisoformat(end) if end else None,
                    dated=bool(start or end),
                    source=f"{origin}:{line}",
                )
                for _code, country, sector, start, end, line in row["codes"]
            )
            entries.append(
                ImportedEntry(
                    kind=row["kind"],
                    name=row["name"],
                    names=tuple(row.get("names", ())),
                    acronyms=tuple(row.get("acronyms", ())),
                    codes=codes,
                    source=row["source"],
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeError(f"{file}:{number}: malformed entry: {exc!r}") from None
        if entries[-1].kind not in ("person", "organisation") or not codes:
            raise KnowledgeError(f"{file}:{number}: entry '{row.get('name')}' has no kind or no code")
        for code in codes:
            if code.country is not None and code.country not in country_codes():
                raise KnowledgeError(f"{file}:{number}: entry '{row['name']}': {code.country!r} is not an ISO 3166-1 alpha-3 code")
    return entries


def _corrected(country: str | None, source: str, corrections: list[CountryCorrection]) -> str | None:
    for correction in corrections:
        if correction.applies(source, country):
            return correction.right
    return country


def form_key(form: str) -> str:
    """The key two forms share when they name the same thing: acronyms as
    written, other forms normalised."""
    return form if is_acronym(form) else normalise(form)


@dataclass
class Selection:
    """What the policy kept and what it dropped, by reason (for bench and tests)."""

    entries: list[tuple[ImportedEntry, list[str], list[str]]]  # entry, full forms, acronyms
    dropped: dict[str, int]


def select(entries: Iterable[ImportedEntry], curated_keys: set[str], countries: CountryLexicon) -> Selection:
    """Apply the override and ambiguity rules; see the module docstring."""
    dropped: dict[str, int] = {}

    def drop(reason: str) -> None:
        dropped[reason] = dropped.get(reason, 0) + 1

    owners: dict[str, set[str | None]] = {}
    candidates = []
    for entry in entries:
        if form_key(entry.name) in curated_keys:
            drop("entry named like a curated one")
            continue
        forms = []
        state_body = entry.kind == "organisation" and organisation_code(entry).sector in _STATE_SECTORS
        for form in dict.fromkeys([entry.name, *entry.names, *entry.acronyms]):
            key = form_key(form)
            if state_body and is_acronym(form):
                drop("acronym of a state body")
            elif key in curated_keys:
                drop("form of a curated entry")
            elif any(countries.lookup(form, lang) is not None for lang in pack_languages()):
                drop("form of a country")
            else:
                forms.append(form)
        country = main_country(entry)
        for form in forms:
            owners.setdefault(form_key(form), set()).add(country)
        candidates.append((entry, forms))
    kept = []
    for entry, forms in candidates:
        clear = [f for f in forms if len(owners[form_key(f)]) == 1]
        if len(clear) < len(forms):
            drop("form naming entries of different countries")
        full = [f for f in clear if not is_acronym(f)]
        acronyms = [f for f in clear if is_acronym(f)]
        if full or acronyms:
            kept.append((entry, full, acronyms))
        else:
            drop("entry left without a form")
    return Selection(kept, dropped)


def main_country(entry: ImportedEntry) -> str | None:
    """The country an entry belongs to: its first undated code's, else its latest one's."""
    undated = [c for c in entry.codes if not c.dated and c.country]
    if undated:
        return undated[0].country
    dated = sorted((c for c in entry.codes if c.country), key=lambda c: c.start or date.min)
    return dated[-1].country if dated else None


def organisation_code(entry: ImportedEntry) -> ImportedCode:
    """An organisation's code: its first undated one, else the one that began last."""
    undated = [c for c in entry.codes if not c.dated]
    if undated:
        return undated[0]
    return max(entry.codes, key=lambda c: c.start or date.min)



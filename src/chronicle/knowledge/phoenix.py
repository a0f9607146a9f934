"""Convert the Phoenix actor and agent dictionaries (PETRARCH2, MIT) into Chronicle data.

Input: a folder holding ``Phoenix.Countries.actors.txt`` (country names and
about 20,000 people with dated roles), ``Phoenix.International.actors.txt``
(IGOs, NGOs, companies and their officials), ``Phoenix.MilNonState.actors.txt``
(armed non-state groups) and ``Phoenix.agents.txt`` (agent nouns to sectors).
Output (``data/phoenix/``): ``actors.jsonl.gz`` (one actor per line, each with
the file and line it came from), ``agents.jsonl.gz``, ``excluded.tsv.gz`` (names
left out, with the class and reason) and ``report.json`` (counts).

Run: ``python -m chronicle.knowledge.phoenix DIR -o src/chronicle/knowledge/data/phoenix/``.

The actor file syntax (TABARI, as read by PETRARCH's ``read_actor_dictionary``):

- ``NAME_WORDS_ [CODE]``: a primary phrase, optionally with a code; words are
  joined by ``_`` (a trailing ``_`` marks an open match in TABARI and means
  nothing here);
- ``+VARIANT``: another name of the phrase above;
- a line starting with blanks and ``[CODE restriction]``: a code of the block,
  where the restriction is ``YYMMDD-YYMMDD`` (an interval, both ends
  included), ``>YYMMDD`` (from), ``<YYMMDD`` (until) or nothing (the default
  code, used when no dated code applies). Dates are YYMMDD (00-30 are 20YY,
  the rest 19YY) or YYYYMMDD;
- primary phrases that follow each other with no code between them share the
  codes that follow them (PETRARCH stores them under one code index);
- ``#`` starts a comment; ``[---]`` is the null code.

Codes follow the CAMEO actor codebook: three-letter chunks, a country (or
IGO, NGO, MNC, IMG, a region) then sector codes (``USAGOV``, ``IGOUNOREFHCR``,
``SYRREBMUS``). ``CODE_COUNTRY`` and ``SECTOR_CODES`` below say how they map to
the project's countries (ISO alpha-3, or UNO/EUR/NAT/IGO/NGO) and PLOVER sectors.

Classes of names left out (each line of ``excluded.tsv.gz`` says which):

- ``country-name``: entries coded with a bare country code (country names,
  adjectives, capitals, provinces, rivers): the project's country lexicon and
  gazetteer own country vocabulary, and a province is a place, not an actor;
- ``generic-title``: names made only of agent nouns, nationality or country
  words and function words ("AMERICAN_PRESIDENT", "UN_ENVOY"): the project
  resolves such titles to the holder on the event date, which a fixed entry
  would pre-empt;
- ``ambiguous-surname``: one-word names of people that are a word of another
  entry's name too ("KARZAI" names three Karzais);
- ``unreadable``: names holding U+FFFD (bytes lost before the file was made);
- ``no-code``: entries whose every code is null, malformed or unmappable.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from chronicle.errors import KnowledgeError

COUNTRIES_FILE = "Phoenix.Countries.actors.txt"
INTERNATIONAL_FILE = "Phoenix.International.actors.txt"
MILNONSTATE_FILE = "Phoenix.MilNonState.actors.txt"
AGENTS_FILE = "Phoenix.agents.txt"
ACTOR_FILES: tuple[str, ...] = (MILNONSTATE_FILE, INTERNATIONAL_FILE, COUNTRIES_FILE)

OUT_DIR = Path(__file__).parent / "data" / "phoenix"

# CAMEO country codes that are not ISO 3166-1 alpha-3 (CAMEO codebook, ch. 2).
# Historical states map to the state that continues them where the press
# names it so; regions and religions are no country (None).
CODE_COUNTRY: dict[str, str | None] = {
    "TMP": "TLS",  # East Timor, CAMEO's pre-2002 code
    "ROM": "ROU",  # Romania, old ISO code
    "ZAR": "COD",  # Zaire
    "SUN": "RUS",  # Soviet Union: the file codes Soviet leaders RUS as well
    "USR": "RUS",  # Soviet Union (variant)
    "YUG": "SRB",  # Yugoslavia: Serbia continued its seat
    "SCG": "SRB",  # Serbia and Montenegro
    "FRY": "SRB",  # Federal Republic of Yugoslavia
    "SRP": "SRB",  # Serbia (variant)
    "CSK": "CZE",  # Czechoslovakia
    "ANG": "AGO",  # Angola (typo in the file)
    "BAH": "BHS",  # Bahamas (variant)
    "DDR": None,  # East Germany: no current state
    "KSV": "XKX",  # Kosovo: no ISO 3166-1 code; the user-assigned code (countries.USER_ASSIGNED)
}

# First chunks that are regions, groups or religions rather than states.
REGION_CODES: frozenset[str] = frozenset(
    {
        "AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT",
        "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WEU", "WST", "EIN", "INT", "KKL",
        "KNT", "HIN", "BUD", "MOS", "KRJ", "FRN", "ELI", "MED",
    }
)

# CAMEO sector chunks -> PLOVER sector. Religions and ideologies (MUS, CHR,
# RAD...) are kept only when nothing else names the sector: then REL.
SECTOR_CODES: dict[str, str] = {
    **{code: code for code in (
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM",
        "CVL", "LAB", "ELI", "REF", "HLH", "AGR", "ENV", "HRI", "UAF", "SET", "REL", "NGO", "IGO",
    )},
    "INS": "REB",  # insurgents
    "SEP": "REB",  # separatists
    "IMG": "REB",  # international militarised group
    "MNC": "BUS",
}
RELIGION_CODES: frozenset[str] = frozenset({"MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "PRO", "SHI", "SUN", "SIK", "ORT", "JAN", "TAO", "ZRO", "CON", "ITR", "ALE", "BAH", "DRZ", "RAD"})

_DATE = re.compile(r"^\d+$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_PAREN = re.compile(r"\(([^)]*)\)")
_VOWELS = frozenset("AEIOUY")
# Words of a name that stay in lower case ("Abu Bakr al-Baghdadi", "Party of the Regions").
_PARTICLES = frozenset({"AL", "EL", "BIN", "BINT", "IBN", "DE", "DEL", "DI", "DA", "DOS", "DAS", "DU", "DES", "LA", "LE", "VAN", "VON", "DER", "DEN", "OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "Y", "E", "WAL", "UL", "UD"})
# Last words of the agent phrases that name one person's office: only such
# titles are resolved to their holder on the event date.
_TITLE_HEADS = frozenset(
    {
        "PRESIDENT", "PREMIER", "MINISTER", "SECRETARY", "CHANCELLOR", "ENVOY", "AMBASSADOR", "CHIEF", "LEADER",
        "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "GENERAL", "KING", "QUEEN", "MONARCH", "EMIR", "SULTAN",
        "GOVERNOR", "MAYOR", "DIRECTOR", "COMMANDER", "OFFICIAL", "OFFICIALS", "REPRESENTATIVE", "DIPLOMAT", "ADVISER",
        "ADVISOR", "DELEGATE", "NEGOTIATOR", "HEAD", "CHAIRMAN", "SPEAKER",
    }
)
# Words that may precede a title without making it a name ("THE_FORMER_US_ENVOY").
_QUALIFIERS = frozenset({"THE", "A", "AN", "FORMER", "TOP", "SENIOR", "DEPUTY", "ACTING", "UN", "U.N.", "EU", "NATO", "UNITED", "NATIONS", "EUROPEAN", "UNION"})


class ConversionError(KnowledgeError):
    """A dictionary file cannot be read or holds a line the converter cannot place."""


# --------------------------------------------------------------------------
# Reading lines


@dataclass
class Stats:
    """What the converter met and did, for ``report.json`` and the tests."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


def read_lines(path: Path, stats: Stats) -> list[tuple[int, str]]:
    """(line number, text) of a dictionary file. Lines that are not UTF-8 are read
    as Windows-1252 (a superset of Latin-1's letters) and counted; UTF-8 read
    once as Windows-1252 ("PÃŠBLICAS") is repaired and counted."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConversionError(f"{path}: cannot read: {exc}") from exc
    lines = []
    for number, data in enumerate(raw.split(b"\n"), start=1):
        data = data.rstrip(b"\r")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            stats.add(f"{path.name}: lines read as Windows-1252")
        if "Ã" in text or "Â" in text:
            for wrong in ("cp1252", "latin-1"):
                try:
                    text = text.encode(wrong).decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    continue
                stats.add(f"{path.name}: lines repaired from double encoding")
                break
        if "\ufffd" in text:
            stats.add(f"{path.name}: lines with lost characters (U+FFFD)")
        lines.append((number, text))
    return lines


# --------------------------------------------------------------------------
# Codes


@dataclass(frozen=True)
class Code:
    """One code of an entry with its validity (both ends inclusive in Phoenix;
    ``end`` here is exclusive, the project's convention)."""

    code: str
    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    dated: bool
    line: int


def parse_date(text: str) -> date:
    """YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD; ValueError otherwise."""
    text = text.strip()
    if not _DATE.match(text) or len(text) not in (6, 8):
        raise ValueError(f"not a YYMMDD or YYYYMMDD date: {text!r}")
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        yy = int(text[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), text[2:]
    return date(year, int(rest[:2]), int(rest[2:4]))


def parse_restriction(text: str) -> tuple[date | None, date | None, bool]:
    """(start, exclusive end, dated) of a restriction ("", ">090120", "<991231",
    "090120-170120"); ValueError when malformed."""
    text = text.strip()
    if not text:
        return None, None, False
    if text[0] in "<>":
        day = parse_date(text[1:])
        return (day, None, True) if text[0] == ">" else (None, day + timedelta(days=1), True)
    if "-" in text:
        first, _, last = text.partition("-")
        start, end = parse_date(first), parse_date(last)
        if end < start:
            raise ValueError(f"interval ends before it starts: {text!r}")
        return start, end + timedelta(days=1), True
    raise ValueError(f"restriction without '<', '>' or '-': {text!r}")


def map_code(code: str, iso3: frozenset[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO actor code; raises ValueError for a code that
    is not made of three-letter chunks."""
    if len(code) < 3 or len(code) % 3 or not code.isalpha() or not code.isupper():
        raise ValueError(f"not a CAMEO actor code: {code!r}")
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    head, rest = chunks[0], chunks[1:]
    if head == "IGO":
        country = "UNO" if "UNO" in rest else "EUR" if "EEC" in rest else "NAT" if "NAT" in rest else "IGO"
        special = next((SECTOR_CODES[c] for c in rest if c in ("JUD", "LEG", "MIL", "COP")), None)
        return country, special or "IGO"
    if head == "NGO":
        return "NGO", "NGO"
    if head in ("MNC", "IMG"):
        # the chunk after MNC/IMG may be a home country ("MNCUSA"); "IMGMUSALQ" is Muslim, not Mauritius
        country = rest[0] if rest and rest[0] in iso3 and rest[0] not in RELIGION_CODES else None
        return country, SECTOR_CODES[head]
    if head in CODE_COUNTRY:
        country = CODE_COUNTRY[head]
    elif head in iso3:
        country = head
    elif head in REGION_CODES:
        country = None
    else:
        raise ValueError(f"unknown CAMEO country code {head!r} in {code!r}")
    if head == "ELI":  # a bare [ELI]: an elite of no stated country
        return None, "ELI"
    if head == "MED":
        return None, "MED"
    return country, _sector(rest)


def _sector(chunks: list[str]) -> str | None:
    for chunk in chunks:
        if chunk in SECTOR_CODES:
            return SECTOR_CODES[chunk]
    return "REL" if any(c in RELIGION_CODES for c in chunks) else None


def _iso3() -> frozenset[str]:
    from chronicle.knowledge.countries import state_codes

    return state_codes()


def parse_codes(text: str, line: int, iso3: frozenset[str], stats: Stats) -> list[Code]:
    """Every ``[CODE restriction]`` of a line; malformed and null ones are counted and skipped."""
    codes = []
    for inner in _BRACKET.findall(text):
        parts = inner.strip().split(None, 1)
        if not parts or parts[0].startswith("-"):
            stats.add("codes: null ([---])")
            continue
        code, restriction = parts[0], parts[1] if len(parts) > 1 else ""
        try:
            start, end, dated = parse_restriction(restriction)
        except ValueError:
            stats.add("codes: malformed date (skipped)")
            continue
        try:
            country, sector = map_code(code, iso3)
        except ValueError:
            stats.add("codes: unknown code (skipped)")
            continue
        if country is None and sector is None:
            stats.add("codes: region without sector (skipped)")
            continue
        codes.append(Code(code, country, sector, start, end, dated, line))
    return codes


# --------------------------------------------------------------------------
# Entries


@dataclass
class Entry:
    """A primary phrase with its variants and the codes of its block."""

    file: str
    line: int
    names: list[str]  # raw PETRARCH phrases, first the primary one
    comment: str = ""
    codes: list[Code] = field(default_factory=list)


def _split_comment(text: str) -> tuple[str, str]:
    body, _, comment = text.partition("#")
    return body, comment.strip()


def parse_actor_file(path: Path, iso3: frozenset[str], stats: Stats) -> list[Entry]:
    """The entries of one actor dictionary, with PETRARCH's block semantics."""
    entries: list[Entry] = []
    block: list[Entry] = []
    block_codes: list[Code] = []

    def close() -> None:
        for entry in block:
            entry.codes = list(block_codes)
        entries.extend(block)

    for number, text in read_lines(path, stats):
        body, comment = _split_comment(text)
        stripped = body.strip()
        if not stripped or stripped.startswith("<!"):
            continue
        if stripped.startswith("["):
            block_codes += parse_codes(stripped, number, iso3, stats)
            continue
        if stripped.startswith("+"):
            if not block:
                raise ConversionError(f"{path}:{number}: variant '{stripped}' before any primary phrase")
            name = stripped[1:]
            if "[" in name:
                name, _, _ = name.partition("[")
            block[-1].names.append(name.strip())
            continue
        if block_codes:  # a new primary phrase after codes starts a new block
            close()
            block, block_codes = [], []
        name, bracket, rest = stripped.partition("[")
        block.append(Entry(path.name, number, [name.strip()], comment))
        if bracket:
            block_codes += parse_codes(bracket + rest, number, iso3, stats)
    if block:
        close()
    return entries


# --------------------------------------------------------------------------
# Names


def phrase_words(raw: str) -> list[str]:
    """The words of a PETRARCH phrase: ``_`` and blanks separate words."""
    return [w for w in re.split(r"[_\s]+", raw.strip()) if w]


def is_acronym_word(word: str, alone: bool) -> bool:
    """Whether an upper-case word of the file is an acronym: dotted ("U.N."), with
    digits ("M23"), without vowels ("FSB"), or, standing alone, of four letters
    or fewer ("NATO", "ETA")."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    if "." in word.strip(".") or any(c.isdigit() for c in word):
        return True
    if not _VOWELS & set(letters) and len(letters) > 1:
        return True
    return alone and len(letters) <= 4 and "'" not in word and "-" not in word


def display_word(word: str, first: bool, acronym: bool) -> str:
    """Press casing of an upper-case word: "KARZAI" -> "Karzai", "AL-ASSAD" ->
    "al-Assad", "O'BRIEN" -> "O'Brien"."""
    if acronym:
        return word
    lower = word.lower()
    if not first and word in _PARTICLES:
        return lower
    parts = re.split(r"([-'])", lower)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "'"):
            out.append(part)
        elif i == 0 and not first and part.upper() in _PARTICLES and len(parts) > 1:
            out.append(part)  # "al-Assad"
        elif i > 0 and parts[i - 1] == "'" and len(part) == 1:
            out.append(part)  # "People's"
        else:
            out.append(part[:1].upper() + part[1:])
    return "".join(out)


def clean_names(raw_names: Iterable[str]) -> tuple[list[str], list[str]]:
    """(display names, acronyms) of an entry's phrases: parentheses give
    acronyms ("ARMED_ISLAMIC_GROUP_(GIA)_"), a '+' inside a phrase separates two
    names; duplicates are dropped, order kept."""
    names: list[str] = []
    acronyms: list[str] = []
    for raw in raw_names:
        for piece in raw.split("+"):
            for inner in _PAREN.findall(piece):
                word = inner.strip().strip("_")
                if word and " " not in word and "_" not in word and word.replace(".", "").replace("-", "").isalnum() and len(word) <= 8:
                    acronyms.append(word)
            piece = _PAREN.sub(" ", piece)
            words = phrase_words(piece)
            if not words:
                continue
            alone = len(words) == 1
            shown = [display_word(w, i == 0, is_acronym_word(w, alone)) for i, w in enumerate(words)]
            if alone and is_acronym_word(words[0], True):
                acronyms.append(words[0])
            else:
                names.append(" ".join(shown))
    return list(dict.fromkeys(names)), list(dict.fromkeys(a for a in acronyms if a not in names))


# --------------------------------------------------------------------------
# Agents


@dataclass(frozen=True)
class AgentNoun:
    phrase: str  # lower case, words separated by spaces
    plurals: tuple[str, ...]
    code: str
    sector: str | None
    line: int


def _plural(word: str) -> str:
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"


def parse_agents(path: Path, stats: Stats) -> list[AgentNoun]:
    """Agent nouns (``CATTLE_RANCHER [~AGR]``, ``!MINIST!_OF_DEFENSE [~GOVMIL]``,
    ``POLICE {} [~COP]``) with their plurals and PLOVER sector."""
    markers: dict[str, list[str]] = {}
    agents: list[AgentNoun] = []
    for number, text in read_lines(path, stats):
        body, _ = _split_comment(text)
        stripped = body.strip()
        if not stripped or stripped.startswith("<!"):
            continue
        if stripped.startswith("!") and "=" in stripped and "[" not in stripped:
            name, _, values = stripped.partition("=")
            markers[name.strip().strip("!")] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = _BRACKET.search(stripped)
        if match is None:
            stats.add("agents: lines without a code (skipped)")
            continue
        code = match.group(1).strip()
        head = stripped[: match.start()]
        plural_forms: list[str] | None = None
        if "{" in head:
            head, _, braces = head.partition("{")
            plural_forms = braces.partition("}")[0].split()
        sector = _sector([c for c in (code.replace("~", "")[i : i + 3] for i in range(0, len(code.replace("~", "")), 3))])
        for phrase in _expand_markers(head.strip(), markers):
            words = phrase_words(phrase)
            if not words:
                continue
            if plural_forms is None:
                plurals = (" ".join([*words[:-1], _plural(words[-1])]),) if "!" not in head else ()
            else:
                plurals = tuple(p.replace("_", " ") for p in plural_forms)
            agents.append(AgentNoun(" ".join(words).lower(), tuple(p.lower() for p in plurals), code, sector, number))
    return agents


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", phrase)
    if match is None:
        return [phrase]
    values = markers.get(match.group(1), [])
    return [v for value in values for v in _expand_markers(phrase[: match.start()] + value + phrase[match.end() :], markers)]


# --------------------------------------------------------------------------
# Conversion


@dataclass
class Converted:
    actors: list[dict]
    agents: list[dict]
    excluded: list[tuple[str, str, str]]  # (name, class, source)
    stats: Stats


# Words that name an organisation rather than a person, for entries coded with dates.
_ORGANISATION_WORDS = frozenset(
    {
        "ARMY", "FRONT", "PARTY", "COUNCIL", "MINISTRY", "MOVEMENT", "COMMITTEE", "ORGANIZATION", "ORGANISATION",
        "UNION", "ASSOCIATION", "BRIGADE", "BRIGADES", "FORCES", "FORCE", "GROUP", "COALITION", "ALLIANCE", "LEAGUE",
        "COMMISSION", "BANK", "FUND", "AGENCY", "OFFICE", "DEPARTMENT", "COURT", "ASSEMBLY", "PARLIAMENT", "CONGRESS",
        "GOVERNMENT", "REGIME", "MILITIA", "MILITIAS", "REBELS", "INSURGENTS", "CORPORATION", "COMPANY", "INC", "LTD",
        "FEDERATION", "INSTITUTE", "UNIVERSITY", "SOCIETY", "NETWORK", "CENTER", "CENTRE", "DECLARATION", "BATTALION",
        "JUNTA", "POLICE", "SERVICE", "SERVICES", "NATIONS", "REPUBLIC", "STATE", "KINGDOM", "EMPIRE", "CABINET",
    }
)


def convert(folder: Path) -> Converted:
    """Read the four dictionaries of ``folder`` and build the converted records."""
    stats = Stats()
    iso3 = _iso3()
    for name in (*ACTOR_FILES, AGENTS_FILE):
        if not (folder / name).is_file():
            raise ConversionError(f"{folder}: missing {name}")
    agents = parse_agents(folder / AGENTS_FILE, stats)
    entries = [e for name in ACTOR_FILES for e in parse_actor_file(folder / name, iso3, stats)]
    country_words = _country_words(entries)
    # REB/OPP agent patterns ("LIBERATION_ARMY") are how PETRARCH codes named
    # groups; a name built on them is a group's name, not a title
    agent_phrases = {p.upper() for a in agents if a.sector not in ("REB", "OPP") for p in (a.phrase, *a.plurals)}
    surname_owners = Counter(w for e in entries if not _is_country_entry(e) for w in {w.upper() for n in e.names for w in phrase_words(n)})
    actors: list[dict] = []
    excluded: list[tuple[str, str, str]] = []
    for entry in entries:
        source = f"{entry.file}:{entry.line}"
        stats.add("entries read")
        readable = [n for n in entry.names if "\ufffd" not in n]
        excluded += [(n, "unreadable", source) for n in entry.names if "\ufffd" in n]
        if _is_country_entry(entry):
            excluded += [(n, "country-name", source) for n in readable]
            stats.add("entries excluded: country-name")
            continue
        if not entry.codes:
            excluded += [(n, "no-code", source) for n in readable]
            stats.add("entries excluded: no-code")
            continue
        kept = []
        for raw in readable:
            if entry.file != MILNONSTATE_FILE and is_generic_title(raw, agent_phrases, country_words):
                excluded.append((raw, "generic-title", source))
                stats.add("names excluded: generic-title")
            else:
                kept.append(raw)
        names, acronyms = clean_names(kept)
        for name in [n for n in names if " " not in n]:
            if _is_person(entry, names) and surname_owners[name.upper()] > 1:
                reason = "ambiguous-surname"
                names.remove(name)
                excluded.append((name, reason, source))
                stats.add(f"names excluded: {reason}")
        if not names and not acronyms:
            stats.add("entries excluded: no name left")
            continue
        record = _record(entry, names, acronyms, source)
        stats.add(f"actors: {record['kind']}")
        actors.append(record)
    agent_rows = [
        {"phrase": a.phrase, "plurals": list(a.plurals), "code": a.code, "sector": a.sector, "source": f"{AGENTS_FILE}:{a.line}"}
        for a in agents
    ]
    stats.add("agents", len(agent_rows))
    return Converted(actors, agent_rows, excluded, stats)


def is_generic_title(raw: str, agent_phrases: set[str], country_words: set[str]) -> bool:
    """Whether a phrase is a title with at most a nationality: country words, then one
    agent phrase, then maybe "of (the) <country words>" ("US_PRESIDENT",
    "PRESIDENT_OF_THE_UNITED_STATES", "FORMER_AMERICAN_AMBASSADOR")."""
    words = [w.upper() for w in phrase_words(_PAREN.sub(" ", raw).replace("+", " "))]
    while words and (words[0] in country_words or words[0] in _QUALIFIERS):
        words = words[1:]
    if "OF" in words:
        at = words.index("OF")
        tail = [w for w in words[at + 1 :] if w != "THE"]
        if tail and all(w in country_words for w in tail):
            words = words[:at]
    return bool(words) and words[-1] in _TITLE_HEADS and " ".join(words) in agent_phrases


def _is_country_entry(entry: Entry) -> bool:
    """Country names: every code a bare country code ("AFGHANISTAN_ [AFG]",
    "+BELORUSSIA [SUN <911225]")."""
    return bool(entry.codes) and all(c.sector is None for c in entry.codes)


def _country_words(entries: list[Entry]) -> set[str]:
    """Words of the country-name entries' primary names and one-word variants
    ("AFGHANISTAN", "AFGHAN", "UNITED", "STATES", "US"); not of multiword
    places ("NEW_YORK")."""
    words: set[str] = set()
    for entry in entries:
        if _is_country_entry(entry):
            for i, name in enumerate(entry.names):
                parts = phrase_words(name)
                if i == 0 or len(parts) == 1:
                    words.update(w.upper() for w in parts)
    return words


def _record(entry: Entry, names: list[str], acronyms: list[str], source: str) -> dict:
    codes = entry.codes
    person = _is_person(entry, names)
    record: dict = {"kind": "person" if person else "organisation", "name": names[0] if names else acronyms[0]}
    variants = names[1:] if names else []
    if variants:
        record["names"] = variants
    if acronyms:
        record["acronyms"] = [a for a in acronyms if a != record["name"]]
        if not record["acronyms"]:
            del record["acronyms"]
    record["codes"] = [_code_row(c) for c in codes]
    record["source"] = source
    return record


def _is_person(entry: Entry, names: list[str]) -> bool:
    """People: entries with dated codes or from CountryInfo (the leaders' list),
    unless a name holds a word of organisations ("ARMY", "PARTY", "COUNCIL")."""
    words = {w.upper() for n in names for w in n.split()}
    dated = any(c.dated for c in entry.codes)
    return (dated or "countryinfo" in entry.comment.lower()) and not (words & _ORGANISATION_WORDS) and bool(names)


def _code_row(code: Code) -> list:
    """[code, country, sector, start, end, line]; dates ISO, end exclusive, None open."""
    return [code.code, code.country, code.sector, code.start.isoformat() if code.start else None, code.end.isoformat() if code.end else None, code.line]


def write(converted: Converted, out: Path) -> None:
    """Write the converted data files into ``out`` (created if needed)."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "actors.jsonl.gz", converted.actors)
    write_jsonl(out / "agents.jsonl.gz", converted.agents)
    with gzip.GzipFile(out / "excluded.tsv.gz", "wb", mtime=0) as raw:
        lines = ["name\tclass\tsource"] + [f"{n}\t{c}\t{s}" for n, c, s in converted.excluded]
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
    report = {key: value for key, value in sorted(converted.stats.counts.items()) if value}
    report["excluded by class"] = dict(sorted(Counter(c for _, c, _ in converted.excluded).items()))
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Write rows as gzipped JSON Lines, byte-identical for the same rows."""
    # mtime=0: the same input gives byte-identical output, so re-running is a no-op in git
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        for row in rows:
            raw.write((json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))


def read_jsonl(path: Path) -> Iterator[dict]:
    """Rows of a gzipped JSON Lines file written by ``write``."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise KnowledgeError(f"{path}:{number}: not JSON: {exc}") from exc


def main(argv: list[str] | None = None) -> int:
    """Command line: convert a folder of Phoenix dictionaries."""
    parser = argparse.ArgumentParser(prog="python -m chronicle.knowledge.phoenix", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder holding the Phoenix .actors.txt and agents files")
    parser.add_argument("-o", "--out", type=Path, default=OUT_DIR, help=f"output folder (default: {OUT_DIR})")
    args = parser.parse_args(argv)
    try:
        converted = convert(args.folder)
    except KnowledgeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(converted, args.out)
    kinds = Counter(a["kind"] for a in converted.actors)
    print(f"{len(converted.actors)} actors ({dict(kinds)}), {len(converted.agents)} agent nouns, {len(converted.excluded)} names excluded -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

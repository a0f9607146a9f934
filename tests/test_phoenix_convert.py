"""The Phoenix dictionary converter on small hand-made excerpts of each file."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from chronicle.knowledge import phoenix
from chronicle.knowledge.phoenix import ConversionError, Stats, convert, map_code, parse_actor_file, parse_restriction

COUNTRIES = """\
# header comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
+HELMAND # a province

AFGHAN_NATIONAL_ARMY
+ANA
\t[AFGMIL]

HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI
\t[AFGELI 750101-991231]
\t[AFGGOV 011222-140929]
\t[AFGELI]
ASHRAF_GHANI_  # CountryInfo.txt
+ASHRAF_GHANI_AHMADZAI
\t[AFGGOV >20140929]
UNITED_STATES_  [USA]
+AMERICAN_
+US_
AMERICAN_PRESIDENT_
+US_PRESIDENT_
\t[USAGOV]
PRESIDENT_OF_BURUNDI_PIERRE_BUYOYA
PIERRE_BUYOYA_
\t[BDIGOV 960725-030430]
\t[BDIMIL <960724]
JOHN_OLDTIMER_  # CountryInfo.txt
\t[ZARGOV 650101-971231]
\t[USAGOV 2004017-20061201]
SOVIET_UNION_ [SUN <911225]
+BELORUSSIA
""".encode()

INTERNATIONAL = """\
UNHCR_\t[IGOUNOREFHCR]# refugees
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
\t[IGOWSTNAT]
EUROPEAN_COMMISSION_ [IGOEUREEC]
KOFI_ANNAN_
+K._ANNAN_
\t[IGOUNO 970101-061231]
\t[ELI]# IGOrulers.txt
AMNESTY_INTERNATIONAL_ [NGOHRI]
EXXON_MOBIL_ [MNCUSA]
NOWHERE_GROUP_ [XYZREB]
""".encode()

MILNONSTATE = """\
ARMED_ISLAMIC_GROUP_(GIA)_ [DZAREB] # kkl
+AL-JAMAAH_AL-ISLAMIYAH_AL-MUSALLAH_

AL-QAIDA_ [IMGMUSALQ]
+THE_BASE+_AL_QAEDA_NETWORK_

NATIONAL_LIBERATION_ARMY_(COLOMBIA)_ [COLREB]
ABU_SAYYAF_GROUP_ [MEAREB]
""".encode()

AGENTS = """\
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
PRESIDENT [~GOV]
REBEL [~REB]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
!MINIST!_OF_DEFENSE [~GOVMIL]
LIBERATION_ARMY_ [~REB]
""".encode() + "MINISTERIO DE_OBRAS_PÚBLICAS [~GOV]\n".encode("utf-8").decode("cp1252").encode("utf-8")


def _folder(tmp_path: Path, countries: bytes = COUNTRIES, extra_lines: bytes = b"") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / phoenix.COUNTRIES_FILE).write_bytes(countries + extra_lines)
    (tmp_path / phoenix.INTERNATIONAL_FILE).write_bytes(INTERNATIONAL)
    (tmp_path / phoenix.MILNONSTATE_FILE).write_bytes(MILNONSTATE)
    (tmp_path / phoenix.AGENTS_FILE).write_bytes(AGENTS)
    return tmp_path


def _by_name(converted: phoenix.Converted) -> dict[str, dict]:
    return {row["name"]: row for row in converted.actors}


@pytest.fixture
def converted(tmp_path: Path) -> phoenix.Converted:
    return convert(_folder(tmp_path))


# ---------------------------------------------------------------- dates


def test_dated_roles_keep_their_dates_with_an_exclusive_end(converted: phoenix.Converted) -> None:
    karzai = _by_name(converted)["Hamid Karzai"]
    assert karzai["kind"] == "person"
    assert karzai["names"] == ["President Karzai"]
    codes = [row[:5] for row in karzai["codes"]]
    # both ends are inclusive in Phoenix: the day after the last is the exclusive end
    assert codes == [
        ["AFGELI", "AFG", "ELI", "1975-01-01", "2000-01-01"],
        ["AFGGOV", "AFG", "GOV", "2001-12-22", "2014-09-30"],
        ["AFGELI", "AFG", "ELI", None, None],  # the default, used outside every dated code
    ]
    assert karzai["source"] == f"{phoenix.COUNTRIES_FILE}:11"
    assert [row[5] for row in karzai["codes"]] == [13, 14, 15]  # each code's own line


def test_open_ended_dates_both_ways(converted: phoenix.Converted) -> None:
    ghani = _by_name(converted)["Ashraf Ghani"]
    assert ghani["codes"][0][3:5] == ["2014-09-29", None]
    buyoya = _by_name(converted)["Pierre Buyoya"]
    assert [row[1:5] for row in buyoya["codes"]] == [["BDI", "GOV", "1996-07-25", "2003-05-01"], ["BDI", "MIL", None, "1996-07-25"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("090120-170120", (date(2009, 1, 20), date(2017, 1, 21), True)),
        ("19411207-450412", (date(1941, 12, 7), date(1945, 4, 13), True)),  # eight and six digits mixed
        (">301231", (date(2030, 12, 31), None, True)),  # 00-30 are this century
        ("<310101", (None, date(1931, 1, 2), True)),  # 31-99 the last one
        ("> 20070101", (date(2007, 1, 1), None, True)),
        ("", (None, None, False)),
    ],
)
def test_restrictions(text: str, expected: tuple) -> None:
    assert parse_restriction(text) == expected


@pytest.mark.parametrize("text", ["2004017-20061201", "990230-000101", "170120-090120", "20120101"])
def test_malformed_restrictions_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_restriction(text)


def test_a_malformed_date_drops_that_code_only(converted: phoenix.Converted) -> None:
    oldtimer = _by_name(converted)["John Oldtimer"]
    assert [row[:3] for row in oldtimer["codes"]] == [["ZARGOV", "COD", "GOV"]]  # Zaire is DR Congo
    assert converted.stats.counts["codes: malformed date (skipped)"] == 1


# ---------------------------------------------------------------- variants and blocks


def test_primary_phrases_without_codes_share_the_next_codes(converted: phoenix.Converted) -> None:
    actors = _by_name(converted)
    assert actors["President of Burundi Pierre Buyoya"]["codes"] == actors["Pierre Buyoya"]["codes"]


def test_variants_parentheses_and_plus_signs(converted: phoenix.Converted) -> None:
    actors = _by_name(converted)
    gia = actors["Armed Islamic Group"]
    assert gia["acronyms"] == ["GIA"]
    assert gia["names"] == ["Al-Jamaah al-Islamiyah al-Musallah"]
    qaida = actors["Al-Qaida"]
    assert qaida["names"] == ["The Base", "Al Qaeda Network"]  # a '+' inside a phrase separates two names
    army = actors["Afghan National Army"]
    assert army["acronyms"] == ["ANA"]
    assert actors["National Liberation Army"]["codes"][0][:3] == ["COLREB", "COL", "REB"]  # "(COLOMBIA)" is no acronym


# ---------------------------------------------------------------- codes


@pytest.mark.parametrize(
    "code, country, sector",
    [
        ("USAGOV", "USA", "GOV"),
        ("SYRREBMUS", "SYR", "REB"),
        ("KORGOVBUS", "KOR", "GOV"),
        ("IGOUNOREFHCR", "UNO", "IGO"),
        ("IGOUNOJUDICJ", "UNO", "JUD"),
        ("IGOWSTNAT", "NAT", "IGO"),
        ("IGOEUREEC", "EUR", "IGO"),
        ("IGOAFRAFU", "IGO", "IGO"),
        ("NGOHRI", "NGO", "NGO"),
        ("MNCUSA", "USA", "BUS"),
        ("MNC", None, "BUS"),
        ("IMGMUSALQ", None, "REB"),  # MUS is Muslim here, not Mauritius
        ("MEAREB", None, "REB"),  # a region is no country
        ("ZARGOV", "COD", "GOV"),
        ("TMPGOV", "TLS", "GOV"),
        ("KSVGOV", "XKX", "GOV"),  # Kosovo: the user-assigned code, as everywhere in the project
        ("ELI", None, "ELI"),
        ("AFGELI", "AFG", "ELI"),
        ("CHNREL", "CHN", "REL"),
        ("IRNMUS", "IRN", "REL"),
    ],
)
def test_codes_to_country_and_sector(code: str, country: str | None, sector: str | None) -> None:
    assert map_code(code, phoenix._iso3()) == (country, sector)


@pytest.mark.parametrize("code", ["XYZREB", "USAGO", "usagov", "214"])
def test_unknown_codes_raise(code: str) -> None:
    with pytest.raises(ValueError):
        map_code(code, phoenix._iso3())


def test_organisations_and_their_codes(converted: phoenix.Converted) -> None:
    actors = _by_name(converted)
    nato = actors["North Atlantic Treaty Organization"]
    assert nato["kind"] == "organisation" and nato["acronyms"] == ["NATO"]  # a short one-word name is an acronym
    assert nato["codes"][0][1:3] == ["NAT", "IGO"]
    assert actors["Unhcr"]["codes"][0][1:3] == ["UNO", "IGO"]
    assert actors["European Commission"]["codes"][0][1:3] == ["EUR", "IGO"]
    assert actors["Amnesty International"]["codes"][0][1:3] == ["NGO", "NGO"]
    assert actors["Exxon Mobil"]["codes"][0][1:3] == ["USA", "BUS"]
    annan = actors["Kofi Annan"]
    assert annan["kind"] == "person"
    assert [row[1:5] for row in annan["codes"]] == [["UNO", "IGO", "1997-01-01", "2007-01-01"], [None, "ELI", None, None]]
    assert "Nowhere Group" not in actors  # its only code is unknown
    assert converted.stats.counts["codes: unknown code (skipped)"] == 1


# ---------------------------------------------------------------- what is left out


def test_country_names_and_generic_titles_are_excluded(converted: phoenix.Converted) -> None:
    actors = _by_name(converted)
    assert "Afghanistan" not in actors and "Kabul" not in actors and "United States" not in actors
    assert "Soviet Union" not in actors  # a dated bare country code is still a country name
    assert "American President" not in actors and "US President" not in actors
    classes = {(name, cls) for name, cls, _ in converted.excluded}
    assert ("HELMAND", "country-name") in classes
    assert ("AMERICAN_PRESIDENT_", "generic-title") in classes
    # a group named on a REB agent pattern is a name, not a title
    assert "National Liberation Army" in actors


# ---------------------------------------------------------------- bad bytes


def test_latin1_mis_decoded_and_lost_bytes(tmp_path: Path) -> None:
    extra = b"JOS\xc9_EDUARDO_DOS_SANTOS_  # CountryInfo.txt\n\t[AGOGOV 790921-170926]\n"
    extra += "COTE_D\ufffdIVOIRE_TIMES_ [CIVMED]\n".encode()
    converted = convert(_folder(tmp_path, extra_lines=extra))
    actors = _by_name(converted)
    assert actors["José Eduardo dos Santos"]["codes"][0][:3] == ["AGOGOV", "AGO", "GOV"]
    counts = converted.stats.counts
    assert counts[f"{phoenix.COUNTRIES_FILE}: lines read as Windows-1252"] == 1
    assert counts[f"{phoenix.COUNTRIES_FILE}: lines with lost characters (U+FFFD)"] == 1
    assert counts[f"{phoenix.AGENTS_FILE}: lines repaired from double encoding"] == 1
    assert any(cls == "unreadable" for _, cls, _ in converted.excluded)
    assert "ministerio de obras públicas" in {row["phrase"] for row in converted.agents}


# ---------------------------------------------------------------- agents


def test_agent_nouns_with_plurals_and_markers(converted: phoenix.Converted) -> None:
    agents = {row["phrase"]: row for row in converted.agents}
    assert agents["president"]["plurals"] == ["presidents"] and agents["president"]["sector"] == "GOV"
    assert agents["police"]["plurals"] == []  # "{}": no plural
    assert agents["attorney general"]["plurals"] == ["attorneys general"]
    assert agents["ministry of defense"]["sector"] == "GOV"
    assert agents["ministers of defense"]["code"] == "~GOVMIL"
    assert agents["rebel"]["source"] == f"{phoenix.AGENTS_FILE}:3"


# ---------------------------------------------------------------- the command


def test_command_writes_reproducible_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    out = tmp_path / "out"
    for _ in range(2):
        run = subprocess.run([sys.executable, "-m", "chronicle.knowledge.phoenix", str(folder), "-o", str(out)], capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr
        first = (out / "actors.jsonl.gz").read_bytes() if _ == 0 else first
    assert (out / "actors.jsonl.gz").read_bytes() == first  # same input, same bytes
    rows = [json.loads(line) for line in gzip.open(out / "actors.jsonl.gz", "rt", encoding="utf-8")]
    assert {row["name"] for row in rows} >= {"Hamid Karzai", "Kofi Annan", "Armed Islamic Group"}
    assert all(row["source"].split(":")[0].startswith("Phoenix.") for row in rows)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["excluded by class"]["country-name"] >= 4


def test_missing_file_is_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / phoenix.MILNONSTATE_FILE).unlink()
    with pytest.raises(ConversionError, match="Phoenix.MilNonState.actors.txt"):
        convert(folder)
    run = subprocess.run([sys.executable, "-m", "chronicle.knowledge.phoenix", str(folder), "-o", str(tmp_path / "o")], capture_output=True, text=True, check=False)
    assert run.returncode == 1 and "Phoenix.MilNonState.actors.txt" in run.stderr


def test_a_variant_before_any_phrase_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.actors.txt"
    path.write_text("# comment\n+ORPHAN_VARIANT\n", encoding="utf-8")
    with pytest.raises(ConversionError, match=r"bad.actors.txt:2"):
        parse_actor_file(path, phoenix._iso3(), Stats())

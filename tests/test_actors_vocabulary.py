"""One sector vocabulary (the guidelines': JRN media, MED health) everywhere, and
the Phoenix import's fixes: Phoenix sectors recoded, country codes checked
against ISO 3166-1, and the files' known country errors corrected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from chronicle.errors import KnowledgeError
from chronicle.knowledge.actors import ActorKB, Person, load_actors
from chronicle.knowledge.imported import CountryCorrection, read_corrections, read_entries
from chronicle.knowledge.phoenix import write_jsonl
from chronicle.knowledge.sectors import PHOENIX_SECTORS, SECTORS, project_sector, read_sectors
from chronicle.ontology.vocabulary import sector_codes

PACKS = Path(__file__).parent.parent / "src" / "chronicle" / "packs"
DATA = Path(__file__).parent.parent / "src" / "chronicle" / "knowledge" / "data"


def _rows(path: Path, rows: list[dict]) -> Path:
    write_jsonl(path, rows)
    return path


def test_the_guidelines_sectors_are_the_vocabulary() -> None:
    assert {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "CVL", "EDU", "JRN", "LAB", "MED", "REL", "ELI"} <= SECTORS
    assert "HLH" not in SECTORS and "UAF" not in SECTORS  # Phoenix spellings, recoded at import
    assert sector_codes() == SECTORS  # what `chronicle query --sector` accepts


def test_phoenix_sectors_map_to_the_projects() -> None:
    assert (project_sector("MED"), project_sector("HLH"), project_sector("UAF")) == ("JRN", "MED", "REB")
    assert project_sector("GOV") == "GOV" and project_sector(None) is None


def test_every_sector_the_packs_and_the_knowledge_use_is_in_the_vocabulary() -> None:
    used: set[str] = set()
    for path in PACKS.glob("*/agents*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        used |= {a["sector"] for a in data.get("agents", []) if isinstance(a, dict) and a.get("sector")}
    for path in (DATA / "people.yaml", DATA / "organisations.yaml"):
        text = yaml.safe_load(path.read_text(encoding="utf-8"))
        used |= {e["sector"] for e in text if e.get("sector")}
        used |= {r["sector"] for e in text for r in e.get("roles", [])}
    assert used and used <= SECTORS, used - SECTORS


def test_the_english_agent_policy_recodes_phoenix_sectors_as_the_vocabulary_says() -> None:
    policy = yaml.safe_load((PACKS / "en" / "agents-phoenix-policy.yaml").read_text(encoding="utf-8"))["sectors"]
    for theirs, ours in policy.items():
        assert ours == project_sector(theirs), theirs


def test_a_sector_file_mapping_outside_its_codes_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sectors.yaml"
    path.write_text("sectors: {GOV: {label: government}}\nphoenix: {MED: JRN}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"sectors.yaml: phoenix: 'MED' maps to 'JRN'"):
        read_sectors(path)


def test_imported_media_and_health_bodies_take_the_guidelines_codes(tmp_path: Path) -> None:
    path = _rows(tmp_path / "actors.jsonl.gz", [
        {"kind": "organisation", "name": "Radio Example Nairobi", "codes": [["KENMED", "KEN", "MED", None, None, 10]], "source": "Phoenix.Countries.actors.txt:10"},
        {"kind": "organisation", "name": "Example General Hospital", "codes": [["GHAHLH", "GHA", "HLH", None, None, 20]], "source": "Phoenix.Countries.actors.txt:20"},
    ])  # fmt: skip
    radio, hospital = read_entries(path, corrections=[])
    assert radio.codes[0].sector == "JRN" and hospital.codes[0].sector == "MED"


def test_packaged_media_bodies_are_jrn() -> None:
    kb = load_actors()
    for name in ("Yonhap", "Xinhua", "KBS"):
        assert kb.match(name).sector == "JRN", name
    imported_sectors = {o.sector for o in kb.organisations if o.imported}
    assert imported_sectors <= SECTORS and "JRN" in imported_sectors


def test_a_country_code_outside_iso_3166_names_its_line(tmp_path: Path) -> None:
    path = _rows(tmp_path / "actors.jsonl.gz", [
        {"kind": "person", "name": "Ok Person", "codes": [["SENGOV", "SEN", "GOV", None, None, 1]], "source": "Phoenix.Countries.actors.txt:1"},
        {"kind": "person", "name": "Bad Person", "codes": [["XXXGOV", "XXX", "GOV", None, None, 2]], "source": "Phoenix.Countries.actors.txt:2"},
    ])  # fmt: skip
    with pytest.raises(KnowledgeError, match=r"actors.jsonl.gz:2: entry 'Bad Person': 'XXX' is not an ISO 3166-1"):
        read_entries(path, corrections=[])


def test_a_country_correction_applies_to_its_lines_only(tmp_path: Path) -> None:
    fix = CountryCorrection("Phoenix.Countries.actors.txt", 100, 120, "MUS", "MRT")
    path = _rows(tmp_path / "actors.jsonl.gz", [
        {"kind": "person", "name": "Inside Block", "codes": [["MUSGOV", "MUS", "GOV", "1990-01-01", None, 101]], "source": "Phoenix.Countries.actors.txt:100"},
        {"kind": "person", "name": "After Block", "codes": [["MUSGOV", "MUS", "GOV", "1990-01-01", None, 122]], "source": "Phoenix.Countries.actors.txt:121"},
        {"kind": "person", "name": "Other File", "codes": [["MUSGOV", "MUS", "GOV", "1990-01-01", None, 111]], "source": "Phoenix.International.actors.txt:110"},
    ])  # fmt: skip
    inside, after, other = read_entries(path, corrections=[fix])
    assert [c.country for c in inside.codes] == ["MRT"]
    assert [c.country for c in after.codes] == ["MUS"] and [c.country for c in other.codes] == ["MUS"]


def test_a_bad_correction_file_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "corrections.yaml"
    path.write_text("countries:\n  - {file: f.txt, lines: [1, 2], wrong: MUS, right: XYZ, reason: typo}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"corrections.yaml: countries entry 1: 'XYZ' is not an ISO 3166-1"):
        read_corrections(path)


def test_mauritanian_leaders_are_mauritanian_and_mauritians_stay_mauritian() -> None:
    kb = load_actors()
    for name in ("Moktar Ould Daddah", "Maaouya Ould Sid'Ahmed Taya", "Ely Ould Mohamed Vall"):
        person = kb.match(name)
        assert isinstance(person, Person) and person.country == "MRT", name
    taya = kb.match("Maaouya Ould Sid'Ahmed Taya")
    assert taya.role_on(date(1995, 1, 1)).country == "MRT"
    assert kb.match("Anerood Jugnauth").country == "MUS"


def test_the_packaged_corrections_are_valid() -> None:
    corrections = read_corrections()
    assert corrections and all(c.wrong != c.right for c in corrections)


def test_kb_load_applies_the_vocabulary_to_imported_people(tmp_path: Path) -> None:
    people = tmp_path / "people.yaml"
    people.write_text("[]\n", encoding="utf-8")
    orgs = tmp_path / "orgs.yaml"
    orgs.write_text("[]\n", encoding="utf-8")
    path = _rows(tmp_path / "actors.jsonl.gz", [
        {"kind": "person", "name": "Amina Reporter Example", "codes": [["NGAMED", "NGA", "MED", None, None, 5]], "source": "Phoenix.Countries.actors.txt:5"},
    ])  # fmt: skip
    kb = ActorKB.load(people, orgs, path)
    assert kb.match("Amina Reporter Example").role_on(date(2020, 1, 1)).sector == "JRN"


def test_an_organisations_sector_change_is_validated(tmp_path: Path) -> None:
    people = tmp_path / "people.yaml"
    people.write_text("[]\n", encoding="utf-8")
    orgs = tmp_path / "orgs.yaml"
    orgs.write_text("- {name: Example Front, country: MLI, sector: REB, source: test, changes: [{sector: XYZ, start: 2020-01-01, source: test}]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"orgs.yaml: entry 'Example Front \(entry 1\), change 1': unknown sector 'XYZ'"):
        ActorKB.load(people, orgs)
    orgs.write_text("- {name: Example Front, country: MLI, sector: REB, source: test, changes: [{sector: GOV, start: 2020-01-01, source: test}]}\n", encoding="utf-8")
    front = ActorKB.load(people, orgs).match("Example Front")
    assert front.sector_on(date(2019, 12, 31)) == "REB" and front.sector_on(date(2020, 1, 1)) == "GOV"


def test_an_office_left_open_by_the_dictionaries_ends_on_the_documented_day() -> None:
    """Hamid Karzai's presidency is open in Phoenix from 2001 (it ended in 2014): the
    imported office holds in 2010, not after the open_roles day, when he is a former official."""
    from chronicle.knowledge.imported import read_open_end

    end = read_open_end()
    karzai = load_actors().match("Hamid Karzai")
    assert isinstance(karzai, Person) and karzai.imported and end is not None
    assert karzai.role_on(date(2010, 6, 1)).sector == "GOV"
    assert karzai.role_on(end) is None or karzai.role_on(end).role == "affiliation"


def test_an_open_roles_rule_without_a_reason_is_refused(tmp_path: Path) -> None:
    from chronicle.knowledge.imported import read_open_end

    path = tmp_path / "corrections.yaml"
    path.write_text("countries: []\nopen_roles: {end: 2019-01-01}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"corrections.yaml: open_roles: needs an ISO date 'end' and a 'reason'"):
        read_open_end(path)

"""Adding a language touches no Python: a Spanish pack kept outside the package
(tests/data/packs/es, found through CHRONICLE_PACKS) is loaded by the real CLI,
on a spaCy pipeline that is installed, and codes Spanish sentences: its country
names (curated and from pycountry's Spanish locale), its agent nouns, its
triggers and its date words are all read from its folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKS = Path(__file__).parent / "data" / "packs"


def _run(tmp_path: Path, args: list[str], text: str, packs: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CHRONICLE_PACKS=packs, XDG_CACHE_HOME=str(tmp_path / "cache"), CHRONICLE_CACHE_DIR=str(tmp_path / "cache"), **extra)
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "chronicle", *args, str(source)], env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def spanish_events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    tmp_path = tmp_path_factory.mktemp("es")
    text = (
        "El presidente argentino se reunió con el presidente de Chile en Santiago.\n\n"
        "Alemania se reunió con Francia el lunes.\n"
    )
    done = _run(tmp_path, ["code", "--lang", "es", "--published", "2024-03-06"], text, str(PACKS))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_an_outside_pack_codes_a_meeting_between_countries_it_names(spanish_events: list[dict]) -> None:
    meeting = next(e for e in spanish_events if "Santiago" in e["sentence"])
    assert meeting["event_type"] == "CONSULT" and meeting["language"] == "es"
    assert {meeting["source"]["country"], meeting["target"]["country"]} == {"ARG", "CHL"}  # demonym and name of the pack
    assert meeting["location"]["country"] == "CHL"


def test_an_outside_pack_reads_iso_names_in_its_locale_and_its_date_words(spanish_events: list[dict]) -> None:
    """'Alemania' and 'Francia' are nowhere in the pack: pycountry's Spanish names;
    'el lunes' is the pack's weekday, the Monday before publication."""
    meeting = next(e for e in spanish_events if "Alemania" in e["sentence"])
    assert {meeting["source"]["country"], meeting["target"]["country"]} == {"DEU", "FRA"}
    assert meeting["date"]["value"] == "2024-03-04"


def test_a_missing_pack_folder_is_a_clear_error(tmp_path: Path) -> None:
    done = _run(tmp_path, ["code", "--lang", "es"], "Hola.", str(tmp_path / "nowhere"))
    assert done.returncode != 0
    assert "nowhere" in done.stderr and "CHRONICLE_PACKS" in done.stderr


def test_without_the_outside_pack_spanish_is_unsupported(tmp_path: Path) -> None:
    done = _run(tmp_path, ["code", "--lang", "es"], "El presidente argentino se reunió con el presidente de Chile.", "")
    assert done.returncode != 0 and "es" in done.stderr


def test_a_pack_installed_as_a_distribution_is_found_by_its_entry_point(tmp_path: Path) -> None:
    """A pip-installed pack: a module holding es/, and an entry point of the
    chronicle.packs group naming it (the dist-info pip would write)."""
    site = tmp_path / "site"
    shutil.copytree(PACKS / "es", site / "chronicle_es_pack" / "es")
    (site / "chronicle_es_pack" / "__init__.py").write_text('"""Spanish pack for Chronicle."""\n', encoding="utf-8")
    info = site / "chronicle_es_pack-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: chronicle-es-pack\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[chronicle.packs]\nes = chronicle_es_pack\n", encoding="utf-8")
    pythonpath = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH", "")]))
    text = "Alemania se reunió con Francia el lunes.\n"
    done = _run(tmp_path, ["code", "--lang", "es", "--published", "2024-03-06"], text, "", PYTHONPATH=pythonpath)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert any({e["source"]["country"], e["target"]["country"]} == {"DEU", "FRA"} for e in events)

"""`chronicle packs coverage`: trigger counts per CAMEO code and per PLOVER type/mode, through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.packs import PACKS_DIR

runner = CliRunner()

# A small lexicon: one trigger naming its CAMEO code, two relying on the code
# their type and mode imply (AGREE -> its root 03, CONSULT/phone -> 041).
TRIGGERS = """\
triggers:
  - {lemma: truce, pos: [NOUN], type: RETREAT, mode: ceasefire, cameo: "0871", frame: meet, source: "test"}
  - {lemma: agree, type: AGREE, frame: meet, source: "test"}
  - {lemma: phone, type: CONSULT, mode: phone, frame: meet, source: "test"}
"""


def _pack(root: Path, lang: str, triggers: str) -> Path:
    folder = root / lang
    folder.mkdir(parents=True)
    # The real English grammar and agents: only the lexicon is under test.
    for name in ("pack.yaml", "agents.yaml"):
        shutil.copy(PACKS_DIR / "en" / name, folder / name)
    (folder / "triggers.yaml").write_text(triggers, encoding="utf-8")
    return folder


@pytest.fixture()
def packs(tmp_path: Path) -> Path:
    _pack(tmp_path, "en", TRIGGERS)
    # A second language with one extra file under triggers/, which counts too.
    _pack(tmp_path, "xx", "triggers:\n  - {lemma: meet, type: CONSULT, frame: meet, source: test}\n")
    (tmp_path / "xx" / "triggers").mkdir()
    (tmp_path / "xx" / "triggers" / "080-yield.yaml").write_text(
        'triggers:\n  - {lemma: free, type: RETREAT, mode: release, cameo: "0841", frame: meet, source: test}\n',
        encoding="utf-8",
    )
    return tmp_path


def _json(*args: str) -> dict:
    result = runner.invoke(app, ["packs", "coverage", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_counts_per_code_use_explicit_or_implied_cameo(packs):
    report = _json("--packs", str(packs))
    assert report["languages"] == ["en", "xx"]
    assert report["totals"] == {"en": 3, "xx": 2}
    counts = {row["code"]: row["triggers"] for row in report["codes"]}
    assert counts["0871"] == {"en": 1, "xx": 0}
    assert counts["03"] == {"en": 1, "xx": 0}  # AGREE without a mode: the type's root code
    assert counts["041"] == {"en": 1, "xx": 0}  # CONSULT/phone: the code CAMEO2PLOVER gives that mode
    assert counts["0841"] == {"en": 0, "xx": 1}
    assert counts["04"] == {"en": 0, "xx": 1}
    assert sum(c["en"] for c in counts.values()) == 3


def test_counts_per_type_and_mode(packs):
    report = _json("--packs", str(packs))
    types = {(row["type"], row["mode"]): row["triggers"] for row in report["types"]}
    assert types == {
        ("AGREE", None): {"en": 1, "xx": 0},
        ("CONSULT", None): {"en": 0, "xx": 1},
        ("CONSULT", "phone"): {"en": 1, "xx": 0},
        ("RETREAT", "ceasefire"): {"en": 1, "xx": 0},
        ("RETREAT", "release"): {"en": 0, "xx": 1},
    }


def test_missing_lists_mapped_event_codes_without_trigger(packs):
    report = _json("--packs", str(packs), "--lang", "en")
    assert report["languages"] == ["en"]
    missing = report["missing"]["en"]
    assert "0871" not in missing and "041" not in missing
    assert {"036", "1053", "2042", "0841"} <= set(missing)
    # Cue categories are headings, not codes to fill.
    assert not [code for code in missing if len(code) == 2]
    # Every event code of CAMEO2PLOVER but the two covered ones.
    assert len(missing) == len([r for r in report["codes"] if len(r["code"]) > 2]) - 2


def test_table_output_names_codes_types_and_gaps(packs):
    result = runner.invoke(app, ["packs", "coverage", "--packs", str(packs), "--lang", "en"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Triggers per CAMEO code" in out and "Triggers per PLOVER type and mode" in out
    row_0871 = next(line for line in out.splitlines() if "0871" in line and "RETREAT" in line)
    assert row_0871.split("│")[-2].strip() == "1"
    gaps = next(line for line in out.splitlines() if line.startswith("│ en "))
    assert "036" in gaps and "0871" not in gaps


def test_shipped_packs_are_all_counted():
    report = _json()
    assert set(report["languages"]) >= {"en", "fr"}
    for lang in ("en", "fr"):
        per_code = sum(row["triggers"][lang] for row in report["codes"])
        assert per_code + sum(report["unmapped"].get(lang, {}).values()) == report["totals"][lang]
        assert report["totals"][lang] > 100


def test_default_counts_every_installed_pack(packs):
    """A pack installed through $CHRONICLE_PACKS is counted beside the shipped ones."""
    outside = packs / "outside"
    outside.mkdir()
    shutil.move(str(packs / "xx"), outside / "xx")
    env = {**os.environ, "CHRONICLE_PACKS": str(outside)}
    run = subprocess.run(
        [sys.executable, "-m", "chronicle", "packs", "coverage", "--format", "json"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert {"en", "fr", "xx"} <= set(report["languages"])
    assert report["totals"]["xx"] == 2


def test_trigger_with_a_code_of_another_type_is_named(tmp_path):
    _pack(tmp_path, "en", 'triggers:\n  - {lemma: truce, type: AGREE, cameo: "0871", frame: meet, source: test}\n')
    result = runner.invoke(app, ["packs", "coverage", "--packs", str(tmp_path)])
    assert result.exit_code == 1
    assert "truce" in result.output and "0871" in result.output


def test_unknown_language_and_format_are_refused(packs):
    result = runner.invoke(app, ["packs", "coverage", "--packs", str(packs), "--lang", "de"])
    assert result.exit_code == 1
    assert "'de'" in result.output and "en, xx" in result.output
    result = runner.invoke(app, ["packs", "coverage", "--lang", "de"])
    assert result.exit_code == 1
    assert "installed packs" in result.output and "'de'" in result.output
    result = runner.invoke(app, ["packs", "coverage", "--format", "xml"])
    assert result.exit_code != 0
    assert "xml" in result.output

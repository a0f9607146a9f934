"""Pack data that moved out of code in tidy27 is validated like its twins (helper tidy27)."""

from pathlib import Path

import pytest
import yaml

from chronicle.errors import KnowledgeError
from chronicle.packs import PACKS_DIR, load_pack, load_pack_from


def _copy_pack(tmp_path: Path, lang: str, obligation: dict) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in ("triggers.yaml", "agents.yaml"):
        (folder / name).write_text((PACKS_DIR / lang / name).read_text(encoding="utf-8"), encoding="utf-8")
    config = yaml.safe_load((PACKS_DIR / lang / "pack.yaml").read_text(encoding="utf-8"))
    config["grammar"]["reported_obligation"] = obligation
    (folder / "pack.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return folder


def _obligation(**changes: str) -> dict:
    entry = load_pack("en").grammar.reported_obligation
    assert entry is not None
    data = {"auxiliaries": sorted(entry.auxiliaries), "verbs": sorted(entry.verbs), "type": entry.type,
            "cameo": entry.cameo, "frame": entry.frame, "reason": entry.reason}
    return {**data, **changes}


def test_a_reported_obligation_with_an_unknown_frame_is_refused(tmp_path):
    folder = _copy_pack(tmp_path, "en", _obligation(frame="no_such_frame"))
    with pytest.raises(KnowledgeError, match="grammar.reported_obligation.frame: unknown frame 'no_such_frame'"):
        load_pack_from(folder)


def test_a_reported_obligation_of_no_plover_type_is_refused(tmp_path):
    folder = _copy_pack(tmp_path, "en", _obligation(type="DEMAND"))
    with pytest.raises(KnowledgeError, match="grammar.reported_obligation.type: not a PLOVER event type: 'DEMAND'"):
        load_pack_from(folder)


def test_the_english_reported_obligation_loads_as_a_demand():
    entry = load_pack("en").grammar.reported_obligation
    assert entry is not None and (entry.type, entry.cameo, entry.frame) == ("REQUEST", "10", "obligation_reported")
    assert load_pack("fr").grammar.reported_obligation is None  # French has no such reading

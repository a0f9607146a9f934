"""Language packs load, validate, and refuse bad data with a clear message."""

from pathlib import Path

import pytest
import yaml

from chronicle.errors import KnowledgeError, UnsupportedLanguage
from chronicle.ontology import load_ontology
from chronicle.packs import PACKS_DIR, LemmaRepair, load_pack, load_pack_from


def test_french_pack_covers_all_plover_types_with_valid_modes():
    pack = load_pack("fr")
    ontology = load_ontology()
    types = {t.type for t in pack.triggers}
    assert types == set(ontology.event_types)
    for trigger in pack.triggers:
        if trigger.mode is not None:
            assert trigger.mode in ontology.modes(trigger.type), (trigger.lemma, trigger.mode)
        assert trigger.source, trigger.lemma


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_trigger_s_own_cameo_code_maps_to_its_type(lang):
    ontology = load_ontology()
    coded = [t for t in load_pack(lang).triggers if t.cameo is not None]
    assert coded  # apologies carry CAMEO 055
    for trigger in coded:
        ontology.codes(trigger.type, trigger.mode, trigger.cameo)  # raises on a code of another type


def test_every_trigger_names_a_defined_frame():
    pack = load_pack("fr")
    for trigger in pack.triggers:
        assert pack.frame(trigger.frame) is not None


def test_unknown_language_is_reported():
    with pytest.raises(UnsupportedLanguage, match="no language pack for 'de'"):
        load_pack("de")


def _copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in ("pack.yaml", "triggers.yaml", "agents.yaml"):
        (folder / name).write_text((PACKS_DIR / "fr" / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_trigger_without_source_names_file_and_entry(tmp_path):
    folder = _copy_pack(tmp_path)
    data = yaml.safe_load((folder / "triggers.yaml").read_text(encoding="utf-8"))
    del data["triggers"][3]["source"]
    (folder / "triggers.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"triggers\.yaml: triggers\[3\]"):
        load_pack_from(folder)


def test_trigger_with_unknown_frame_is_refused(tmp_path):
    folder = _copy_pack(tmp_path)
    data = yaml.safe_load((folder / "triggers.yaml").read_text(encoding="utf-8"))
    data["triggers"][0]["frame"] = "no_such_frame"
    (folder / "triggers.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown frame 'no_such_frame'"):
        load_pack_from(folder)


def test_mutual_trigger_on_a_one_way_frame_is_refused(tmp_path):
    """Each side acting on the other needs a frame whose parties act together."""
    folder = _copy_pack(tmp_path)
    data = yaml.safe_load((folder / "triggers.yaml").read_text(encoding="utf-8"))
    index = next(i for i, t in enumerate(data["triggers"]) if t["frame"] == "act_on")
    data["triggers"][index]["mutual"] = True
    (folder / "triggers.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"triggers\[{index}\].*mutual needs a symmetric, undirected frame"):
        load_pack_from(folder)


def test_frame_with_unknown_slot_is_refused(tmp_path):
    folder = _copy_pack(tmp_path)
    data = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    data["frames"]["meet"]["source"] = ["subject_of_the_king"]
    (folder / "pack.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown slot"):
        load_pack_from(folder)


def test_lemma_repairs_append_or_replace_a_suffix():
    append = LemmaRepair(suffix="e", append="r", reason="test")
    replace = LemmaRepair(suffix="é", append="er", drop_suffix=True, reason="test")
    assert append.repair("demande") == "demander" and append.repair("accord") is None
    assert replace.repair("téléphoné") == "téléphoner"
    assert replace.source_of("téléphoner") == "téléphoné" and append.source_of("téléphoner") == "téléphone"
    assert replace.source_of("accord") is None


def test_trigger_files_of_the_triggers_folder_are_loaded_and_checked(tmp_path):
    folder = _copy_pack(tmp_path)
    (folder / "triggers").mkdir()
    extra = {"triggers": [{"lemma": "zzverb", "type": "REQUEST", "frame": "request", "source": "test entry"}]}
    (folder / "triggers" / "b-request.yaml").write_text(yaml.safe_dump(extra), encoding="utf-8")
    pack = load_pack_from(folder)
    assert pack.triggers[-1].lemma == "zzverb"
    extra["triggers"][0]["frame"] = "no_such_frame"
    (folder / "triggers" / "a-bad.yaml").write_text(yaml.safe_dump(extra), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"a-bad\.yaml: triggers\[0\] \(zzverb\): unknown frame"):
        load_pack_from(folder)

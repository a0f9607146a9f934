"""The PLOVER ontology: types, modes, and CAMEO / quad / Goldstein codes from the tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle.ontology import EventCodes, Ontology, load_ontology
from chronicle.ontology.cameo import read_cameo_table
from chronicle.ontology.plover import PLOVER_FILE

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="module")
def table():
    return read_cameo_table()


def test_sixteen_types(ontology: Ontology) -> None:
    assert ontology.event_types == PLOVER_TYPES
    assert Ontology.load() is ontology


def test_modes_from_the_manual(ontology: Ontology) -> None:
    assert ontology.modes("CONSULT") == {"visit", "third-party", "multilateral", "phone"}
    assert ontology.modes("AGREE") == frozenset()
    assert "weapons" in ontology.modes("MOBILIZE")
    assert ontology.modes("REQUEST") == ontology.modes("REJECT")


@pytest.mark.parametrize(
    ("event_type", "mode", "expected"),
    [("CONSULT", "third-party", "044"), ("CONSULT", "visit", "042"), ("AGREE", None, "03")],
)
def test_cooperation_codes_come_from_the_tables(ontology: Ontology, table, event_type: str, mode: str | None, expected: str) -> None:
    codes = ontology.codes(event_type, mode)
    assert codes.cameo == expected
    rows = table.rows_for(codes.cameo)
    assert rows and any(row.event_type == event_type for row in rows)
    assert codes.quad_class == 1
    assert codes.goldstein == table.goldstein_scores[codes.cameo]
    assert codes.goldstein > 0


def test_mode_without_cameo_row_falls_back_to_root(ontology: Ontology, table) -> None:
    codes = ontology.codes("CONSULT", "multilateral")
    assert codes == EventCodes(cameo="04", quad_class=1, goldstein=table.goldstein_scores["04"])


def test_quad_classes(ontology: Ontology) -> None:
    assert ontology.codes("ASSAULT", None).quad_class == 4
    assert ontology.codes("ASSAULT", None).goldstein < 0
    assert ontology.codes("COOPERATE", None).quad_class == 2
    assert ontology.codes("ACCUSE", "disapprove").quad_class == 3
    assert ontology.codes("ACCUSE", "disapprove").cameo == "110"


def test_explicit_cameo_code_is_checked(ontology: Ontology) -> None:
    assert ontology.codes("CONSULT", None, cameo="041").cameo == "041"
    # 1213 has no Goldstein score of its own: the parent's (121) is used.
    assert ontology.codes("REJECT", "assist", cameo="1213").goldstein == ontology.codes("REJECT", "assist", cameo="121").goldstein
    with pytest.raises(ValueError, match="999"):
        ontology.codes("CONSULT", None, cameo="999")
    with pytest.raises(ValueError, match="ASSAULT"):
        ontology.codes("CONSULT", None, cameo="190")


def test_unknown_type_or_mode_raises(ontology: Ontology) -> None:
    with pytest.raises(ValueError, match="MEET"):
        ontology.codes("MEET", None)
    with pytest.raises(ValueError, match="MEET"):
        ontology.modes("MEET")
    with pytest.raises(ValueError, match="teleport"):
        ontology.validate("CONSULT", "teleport")
    ontology.validate("CONSULT", "visit")
    ontology.validate("AGREE", None)


def test_bad_plover_file_names_the_entry(tmp_path: Path) -> None:
    text = PLOVER_FILE.read_text(encoding="utf-8").replace("quad_class: 4", "quad_class: 5", 1)
    bad = tmp_path / "plover.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="PROTEST"):
        Ontology.from_files(bad)


def test_root_code_must_map_to_its_type(tmp_path: Path) -> None:
    text = PLOVER_FILE.read_text(encoding="utf-8").replace('cameo_root: "03"', 'cameo_root: "04"', 1)
    bad = tmp_path / "plover.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="AGREE"):
        Ontology.from_files(bad)


def test_planned_events_are_coded_by_plovers_future_rule(ontology: Ontology) -> None:
    coded = {t: ontology.when_intended(t) for t in ("CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "ACCUSE")}
    assert {t: (c.event_type, c.cameo) for t, c in coded.items() if c} == {
        "CONSULT": ("AGREE", "036"),  # express intent to meet or negotiate
        "SUPPORT": ("AGREE", "032"),
        "COOPERATE": ("AGREE", "031"),
        "AID": ("AGREE", "033"),
        "RETREAT": ("CONCEDE", None),
    }
    assert ontology.codes("AGREE", None, "036").goldstein == 4.0


def test_intended_code_must_map_to_its_type(tmp_path: Path) -> None:
    text = PLOVER_FILE.read_text(encoding="utf-8").replace('cameo: "036"', 'cameo: "040"', 1)
    bad = tmp_path / "plover.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="CONSULT.*when_intended"):
        Ontology.from_files(bad)


def test_a_committed_concession_or_retreat_is_an_intent_to_yield(ontology: Ontology) -> None:
    # CAMEO2PLOVER-2021 maps the intents to yield (035x) and to reform (034x) to AGREE
    released = ontology.when_committed("RETREAT")
    conceded = ontology.when_committed("CONCEDE")
    assert (released.event_type, released.cameo_for("0841"), released.cameo_for("087")) == ("AGREE", "0353", "0356")
    assert (conceded.event_type, conceded.cameo_for("0831"), conceded.cameo_for("080")) == ("AGREE", "0341", "035")
    assert ontology.when_committed("CONSULT") is None


def test_a_committed_code_must_map_to_its_type(tmp_path: Path) -> None:
    text = PLOVER_FILE.read_text(encoding="utf-8").replace('"0841": "0353"', '"0841": "0841"', 1)
    bad = tmp_path / "plover.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="RETREAT.*when_committed"):
        Ontology.from_files(bad)


def test_a_domestic_recipient_may_hold_for_some_modes_only(ontology: Ontology) -> None:
    # a blockade lifted or prisoners freed for no one named go to the state's own people;
    # access granted (086) or property returned (0842, no mode) go to foreigners
    assert ontology.domestic_recipient("RETREAT", "withdraw") == "CVL"
    assert ontology.domestic_recipient("RETREAT", "ceasefire") == "CVL"
    assert ontology.domestic_recipient("RETREAT", "access") is None
    assert ontology.domestic_recipient("RETREAT", None) is None
    assert ontology.domestic_recipient("REJECT", None) == "CVL"  # no modes listed: all
    assert ontology.domestic_recipient("CONSULT", None) is None
    # a retreat that may stand alone ("Egypt reopened the Rafah crossing") keeps no recipient
    assert ontology.domestic_recipient("RETREAT", "withdraw", needed=False) is None
    assert ontology.domestic_recipient("REJECT", None, needed=False) == "CVL"


def test_domestic_recipient_modes_must_be_modes_of_the_type(tmp_path: Path) -> None:
    text = PLOVER_FILE.read_text(encoding="utf-8").replace("modes: [withdraw, ceasefire,", "modes: [withdraw, teleport,", 1)
    bad = tmp_path / "plover.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="RETREAT.*domestic_recipient.modes"):
        Ontology.from_files(bad)

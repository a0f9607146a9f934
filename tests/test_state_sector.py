"""A state named for itself acts in military events through its armed forces (ontology's state_sector)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import chronicle
from chronicle.errors import KnowledgeError
from chronicle.ontology.plover import PLOVER_FILE, read_plover


@pytest.mark.parametrize(
    "text, lang, event_type, country, sector",
    [
        ("Iran test-fired a new ballistic missile on Saturday, state media said.", "en", "MOBILIZE", "IRN", "MIL"),
        ("Téhéran a testé un nouveau missile balistique samedi.", "fr", "MOBILIZE", "IRN", "MIL"),
        ("Azerbaijan shelled Armenian positions near the border overnight.", "en", "ASSAULT", "AZE", "MIL"),
        # the same states in other events are their governments
        ("L'Iran a condamné les sanctions américaines.", "fr", "ACCUSE", "IRN", "GOV"),
        ("Azerbaijan vowed to retaliate against Armenia.", "en", "THREATEN", "AZE", "GOV"),
        # an agent noun says who acts: the state's rule does not replace it
        ("La police kényane a dispersé les manifestants à coups de gaz lacrymogène à Nairobi.", "fr", None, "KEN", "COP"),
    ],
)
def test_who_acts_for_a_state(text: str, lang: str, event_type: str | None, country: str, sector: str) -> None:
    events = chronicle.code(text, published="2024-05-02", lang=lang)
    found = [e for e in events if event_type is None or e.event_type == event_type]
    assert found, [(e.event_type, e.source.country, e.source.sector) for e in events]
    assert (found[0].source.country, found[0].source.sector) == (country, sector)


def test_a_state_sector_rule_must_name_modes_of_its_type(tmp_path: Path) -> None:
    data = yaml.safe_load(PLOVER_FILE.read_text(encoding="utf-8"))
    data["MOBILIZE"]["state_sector"]["except_modes"] = ["riot"]
    broken = tmp_path / "plover.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"entry 'MOBILIZE': state_sector.except_modes must list modes of the type"):
        read_plover(broken)

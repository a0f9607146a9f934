"""What a state concedes to no one named it concedes to its own people (ontology's domestic_recipient)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import chronicle
from chronicle.errors import KnowledgeError
from chronicle.ontology.plover import PLOVER_FILE, read_plover
from event_checks import only


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("The Sri Lankan government lifted the nationwide curfew on Monday.", "en", "LKA"),
        ("Kenya's parliament withdrew the finance bill after weeks of street protests.", "en", "KEN"),
        ("Le gouvernement tunisien a assoupli les règles encadrant les rassemblements.", "fr", "TUN"),
        ("La junte guinéenne a levé le couvre-feu imposé à Conakry depuis une semaine.", "fr", "GIN"),
    ],
)
def test_a_state_s_unaddressed_concession_goes_to_its_people(text: str, lang: str, country: str) -> None:
    event = only(chronicle.code(text, published="2024-05-02", lang=lang), "CONCEDE")
    assert event.source.country == country
    assert event.target is not None and (event.target.country, event.target.sector) == (country, "CVL")


def test_a_named_recipient_is_kept() -> None:
    text = "Le gouvernement malien a cédé aux revendications des syndicats d'enseignants."
    event = only(chronicle.code(text, published="2024-05-02", lang="fr"), "CONCEDE")
    assert event.target is not None and (event.target.country, event.target.sector) == ("MLI", "LAB")


def test_a_domestic_recipient_needs_its_reason(tmp_path: Path) -> None:
    data = yaml.safe_load(PLOVER_FILE.read_text(encoding="utf-8"))
    del data["CONCEDE"]["domestic_recipient"]["source"]
    broken = tmp_path / "plover.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"entry 'CONCEDE': domestic_recipient needs sector and source"):
        read_plover(broken)

"""Curated people come from people.yaml and the regional files beside it, one entry per person."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.errors import KnowledgeError
from chronicle.knowledge import actors

REGIONAL = """
- name: Amara Koné
  short: [Koné]
  country: CIV
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs of Côte d'Ivoire, country: CIV, sector: GOV, start: 2031-01-10, end: null, source: "test entry (a person no real file holds)"}
"""


def test_a_regional_file_adds_people_with_their_dated_roles(tmp_path, monkeypatch):
    (tmp_path / "west-africa.yaml").write_text(REGIONAL, encoding="utf-8")
    monkeypatch.setattr(actors, "PEOPLE_DIR", tmp_path)
    kb = actors.load_curated_actors()
    assert kb.match("Amara Koné").country == "CIV"
    assert kb.holder("CIV", "foreign_minister", date(2031, 6, 1)).name == "Amara Koné"
    assert kb.holder("CIV", "foreign_minister", date(2030, 6, 1)) is None or kb.holder("CIV", "foreign_minister", date(2030, 6, 1)).name != "Amara Koné"


def test_a_person_in_two_files_is_refused_naming_both(tmp_path, monkeypatch):
    (tmp_path / "a.yaml").write_text(REGIONAL, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(REGIONAL, encoding="utf-8")
    monkeypatch.setattr(actors, "PEOPLE_DIR", tmp_path)
    with pytest.raises(KnowledgeError, match=r"b\.yaml: entry 'Amara Koné' \(entry 1\) is already in .*a\.yaml"):
        actors.load_curated_actors()


def test_the_packaged_regional_files_load_without_clashes():
    packaged = actors.people_files(actors.PEOPLE_FILE)
    assert packaged[0] == actors.PEOPLE_FILE
    kb = actors.load_curated_actors()  # raises on a duplicate person or a form naming two people
    assert len(kb.people) >= 400

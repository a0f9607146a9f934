"""A town acted upon that the tagger reads as a person's name stands for its people (resolve/actors.py)."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import only


@pytest.mark.parametrize(
    "text, event_type, source_country, target_country",
    [
        ("Russian forces shelled Kherson on Tuesday, regional officials said.", "ASSAULT", "RUS", "UKR"),
        ("Rwandan-backed fighters shelled Goma overnight, Congolese officials said.", "ASSAULT", None, "COD"),
        ("Jihadist fighters attacked Gao at dawn, the Malian army said.", "ASSAULT", None, "MLI"),
    ],
)
def test_a_town_attacked_is_its_country_s_people(text: str, event_type: str, source_country: str | None, target_country: str) -> None:
    event = only(chronicle.code(text, published="2024-03-12", lang="en"), event_type)
    assert event.target is not None and (event.target.country, event.target.sector) == (target_country, "CVL")
    if source_country is not None:
        assert event.source.country == source_country


def test_a_person_named_before_keeps_his_name_over_a_town() -> None:
    # Santos is also a Brazilian port: a person the article named first is that person
    text = ("Colombian President Juan Manuel Santos met rebel leaders in Havana on Monday. "
            "Venezuela later accused Santos of betraying the region.")
    event = only(chronicle.code(text, published="2016-06-21", lang="en"), "ACCUSE")
    assert event.target is not None and event.target.country == "COL"

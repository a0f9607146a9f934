"""A weapon, an aircraft or a strike named as the subject of "target" / "viser" is the
attack of whoever fields it (CAMEO 190); sanctions and campaigns that target someone
are no attack."""

from __future__ import annotations

import pytest

from event_checks import coder, of_type, only

ENGLISH = coder("en", "2025-03-04")
FRENCH = coder("fr", "2025-03-04")


@pytest.mark.parametrize(
    ("text", "doer", "struck"),
    [
        ("Russian drones targeted the Ukrainian port of Izmail on Tuesday.", "RUS", "UKR"),
        ("Pakistani fighter jets targeted suspected militant hideouts in Afghanistan's Paktika province overnight.", "PAK", "AFG"),
        ("Israeli strikes targeted Hezbollah positions in southern Lebanon on Monday.", "ISR", "LBN"),
        ("Azerbaijani artillery targeted Armenian border posts near Sotk on Thursday.", "AZE", "ARM"),
    ],
)
def test_a_weapon_targeting_is_its_side_attacking(text: str, doer: str, struck: str) -> None:
    event = only(ENGLISH(text), "ASSAULT")
    assert (event.source.country, event.target.country) == (doer, struck)


def test_french_artillery_aiming_at_a_port_is_an_attack() -> None:
    event = only(FRENCH("L'artillerie russe a visé mardi le port ukrainien d'Izmaïl."), "ASSAULT")
    assert (event.source.country, event.target.country) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The new tariffs targeted Chinese electric car makers.", "en"),
        ("The campaign targeted young voters in Kenya's cities.", "en"),
        ("Les nouvelles mesures visent les importateurs marocains.", "fr"),
    ],
)
def test_measures_that_target_are_no_attack(text: str, lang: str) -> None:
    assert of_type((ENGLISH if lang == "en" else FRENCH)(text), "ASSAULT") == []

"""Weapons fired or launched "at" or "into" a place ("vers" in French) strike the
country of that place (the pack's ``agentless.weapon_aim_prepositions``), also when the parse hangs the place on
the last of several coordinated objects; fired into a sea, or launched in an ordinary
sense, they strike no one. A place named at the end of a line is the place itself,
without the stop and the line break after it.

Sentences written for these tests, about several regions, coded by the real
pipelines.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, of_type

code = coder("en", "2025-03-11")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia fired ballistic missiles at Kharkiv on Tuesday.", "RUS", "UKR"),
        ("Russian forces launched 90 drones at Odesa overnight, Ukraine's air force said.", "RUS", "UKR"),
        ("Russia launched 300 drones and 40 missiles at Ukraine overnight.", "RUS", "UKR"),
        ("Hamas fired a barrage of rockets into Ashkelon on Monday.", "PSE", "ISR"),
        ("Houthi rebels fired a ballistic missile at Eilat on Sunday.", "YEM", "ISR"),
    ],
)
def test_a_weapon_aimed_at_a_place_strikes_its_country(text: str, source: str, target: str) -> None:
    assaults = of_type(code(text), "ASSAULT")
    assert [dyad(e) for e in assaults] == [(source, target)], [dyad(e) for e in assaults]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile into the sea off its east coast on Monday.",
        "A Rwandan start-up launched a drone delivery service in Kigali on Monday.",
        "Iran launched a new drone at a defence fair in Tehran on Monday.",
    ],
)
def test_a_launch_aimed_at_no_place_strikes_no_one(text: str) -> None:
    assert of_type(code(text), "ASSAULT") == []


def test_a_place_at_the_end_of_a_line_is_named_without_its_stop() -> None:
    events = code("Kenya's president met Uganda's president in Nairobi.\nThe two leaders signed a trade deal.")
    meeting = of_type(events, "CONSULT")[0]
    assert meeting.location is not None and meeting.location.text == "Nairobi"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le Hezbollah a tiré des roquettes vers Israël lundi.", "ISR"),
        ("La Corée du Nord a tiré un missile balistique vers la mer du Japon.", None),
    ],
)
def test_french_rockets_fired_towards_a_country_strike_it(text: str, target: str | None) -> None:
    assaults = of_type(coder("fr", "2025-03-11")(text), "ASSAULT")
    assert [dyad(e)[1] for e in assaults] == ([target] if target else [])

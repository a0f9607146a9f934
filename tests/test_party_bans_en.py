"""English bans of political parties' activities (CAMEO 1722, PLOVER COERCE restrict):
a government that suspends, freezes or halts the activities of parties or of the
opposition restricts them, as the French pack codes 'suspendre les activités des partis
politiques'; the operations of an aid agency halted stay an expulsion (CAMEO 1663) and
one's own activities suspended are no coercion. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import coder


_code = coder("en", "2025-04-14")


def _listing(text: str) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in _code(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chad's transitional government suspended the activities of the opposition party Les Transformateurs for three months.", "TCD"),
        ("Tunisia's interior ministry froze the activities of the Ennahda party on Monday.", "TUN"),
        ("The Malian junta suspended the activities of all political parties on Tuesday.", "MLI"),
    ],
)
def test_parties_activities_suspended_are_a_ban(text, source):
    """The state restricts its own parties: COERCE 1722, done."""
    assert ("COERCE", "1722", source, source, "positive", "actual") in _listing(text), _listing(text)


def test_a_ban_denied_or_possible_keeps_its_polarity_and_modality():
    assert ("COERCE", "1722", "NIC", "NIC", "negative", "actual") in _listing(
        "The Nicaraguan government did not suspend the activities of the opposition parties.")
    assert ("COERCE", "1722", "NER", "NER", "positive", "hypothetical") in _listing(
        "The junta in Niamey could suspend the activities of political parties.")


def test_an_aid_agency_halted_stays_an_expulsion_and_a_partys_own_pause_is_none():
    assert [row[:2] for row in _listing("The Niger junta suspended the operations of Doctors Without Borders on Monday.")] == [("SANCTION", "1663")]
    assert not [row for row in _listing("The party suspended its campaign activities after the attack.") if row[0] == "COERCE"]

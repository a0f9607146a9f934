"""French invitations to come back, to gather or to talks (helper commit25).

An invitation by the one who will host the meeting ('a invité leurs délégations à
revenir à Doha', 'à reprendre les discussions à Doha', 'à se retrouver à Paris',
'invité leurs négociateurs à Bruxelles pour une nouvelle session', 'à des
pourparlers à Luanda') is the inviter's offer to hold talks: CAMEO 036 'express
intent to meet or negotiate' (AGREE, intended), as the English pack codes 'invited X
to talks'. An appeal to others to take up dialogue among themselves ('inviter les
factions au dialogue', CAMEO 026) stays a REQUEST, and so does an appeal to act
('inviter X à lever les sanctions', 'à la retenue'). Sentences written for these
tests, about other countries than the probe sets, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

code_fr = coder("fr", "2026-03-10")


def _listing(events: list[Event]) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.modality) for e in events]


def _offers(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country if e.target else None)
            for e in events if e.event_type == "AGREE" and e.polarity == "positive" and e.modality == "intended"}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("L'Algérie a invité mardi les délégations maliennes à reprendre les discussions à Alger.", ("DZA", "MLI")),
        ("Le Togo a invité les responsables burkinabè à revenir à Lomé le mois prochain.", ("TGO", "BFA")),
        ("La Finlande a invité les émissaires géorgiens à se retrouver à Helsinki.", ("FIN", "GEO")),
        ("Le Ghana a invité les autorités ivoiriennes à des pourparlers à Accra.", ("GHA", "CIV")),
        ("L'Indonésie a invité les négociateurs birmans à Jakarta pour une nouvelle session.", ("IDN", "MMR")),
    ],
)
def test_an_invitation_to_come_back_gather_or_talk_is_an_offer_to_meet(text: str, dyad: tuple[str, str]) -> None:
    events = code_fr(text)
    assert dyad in _offers(events), _listing(events)
    assert not [e for e in events if e.event_type == "REQUEST"], _listing(events)


def test_an_appeal_to_others_to_hold_dialogue_stays_a_request() -> None:
    events = code_fr("Le président ivoirien a invité les partis d'opposition au dialogue.")
    assert [e for e in events if e.event_type == "REQUEST"], _listing(events)
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


@pytest.mark.parametrize(
    "text",
    [
        "Le Burkina Faso a invité la Cédéao à lever ses sanctions.",
        "La Russie a invité les parties arméniennes à la retenue.",
    ],
)
def test_an_invitation_to_act_stays_a_request(text: str) -> None:
    events = code_fr(text)
    assert [e for e in events if e.event_type == "REQUEST"], _listing(events)
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)

"""Cue verbs the French model leaves unreduced still mark modality (extract/triggers.py, the pack's lemma repairs)."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import only


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Le Premier ministre éthiopien cherche à rencontrer le président érythréen à Asmara.", "ETH", "ERI"),
        ("Selon un diplomate, le chef de la diplomatie chilien cherche à s'entretenir avec son homologue bolivien.", "CHL", "BOL"),
    ],
)
def test_a_meeting_sought_is_planned_not_held(text: str, source: str, target: str) -> None:
    events = chronicle.code(text, published="2024-03-04", lang="fr")
    assert not [e for e in events if e.event_type == "CONSULT"], [(e.event_type, e.modality) for e in events]
    event = only(events, "AGREE")
    assert (event.source.country, event.target.country if event.target else None, event.modality) == (source, target, "intended")

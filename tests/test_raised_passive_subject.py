"""A passive infinitive under a modal or a raising verb takes that verb's subject as its own (extract/arguments.py)."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import only


@pytest.mark.parametrize(
    "text, lang, source, target",
    [
        ("Le président sénégalais doit être reçu jeudi à l'Élysée par son homologue français.", "fr", "SEN", "FRA"),
        ("Le ministre tunisien devrait être accueilli par le roi à Rabat.", "fr", "TUN", "MAR"),
        ("Kenya's president is expected to be received by Xi Jinping in Beijing next week.", "en", "KEN", "CHN"),
    ],
)
def test_the_guest_of_a_planned_reception(text: str, lang: str, source: str, target: str) -> None:
    event = only(chronicle.code(text, published="2024-03-04", lang=lang), "AGREE")
    assert (event.source.country, event.target.country if event.target else None, event.modality) == (source, target, "intended")


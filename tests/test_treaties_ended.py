"""A state that ends, quits or puts an end to a treaty or pact with another reduces
relations with it (CAMEO 16, PLOVER SANCTION withdraw): "Honduras ended its extradition
treaty with the United States", "a mis fin à son pacte de défense avec la France". A war
ended with a treaty ends no treaty. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def _sanctions(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code(text, lang) if e.event_type == "SANCTION" and e.polarity == "positive"}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "The Honduran government ended its extradition treaty with the United States.", ("HND", "USA")),
        ("en", "Niger quit its defence pact with France on Tuesday.", ("NER", "FRA")),
        ("fr", "Le gouvernement hondurien a mis fin à son traité d'extradition avec les Etats-Unis.", ("HND", "USA")),
        ("fr", "Le Tchad a mis fin mardi à son pacte de défense avec la France.", ("TCD", "FRA")),
    ],
)
def test_a_treaty_ended_reduces_relations(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in _sanctions(text, lang), _sanctions(text, lang)


def test_a_war_ended_with_a_treaty_ends_no_treaty() -> None:
    assert not _sanctions("Ethiopia and Eritrea ended the war with a peace treaty in 2018.", "en")

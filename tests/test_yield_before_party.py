"""Yielding and retreating before a party (helper face23): the party yielded to,
retreated from or surrendered to comes with 'face à' / 'devant' in French and with
'before' / 'in the face of' in English, also where the parse hangs it on the light
verb ('a lâché du lest | face à Stockholm') or on the retreat noun ('ont battu en
retraite | face à l'armée'); a capital there is the party, not where. Sentences
written for these tests, about other countries than the probe sets', coded through
the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

PUBLISHED = "2025-06-11"


def _parties(text: str, lang: str, event_type: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.source.country, e.target.country if e.target else None, e.target.sector if e.target else None)
        for e in code(text, PUBLISHED, lang)
        if e.event_type == event_type
    ]


@pytest.mark.parametrize(
    "text, lang, event_type, source, target, sector",
    [
        # 'face | à Riga' (both markers on the name); the parse that hangs the name on 'face'
        # ('face | à Varsovie', face an oblique of its own) is still read as where (left)
        ("Le gouvernement lituanien a lâché du lest face à Riga sur le transit ferroviaire.", "fr", "CONCEDE", "LTU", "LVA", None),
        ("Le gouvernement autrichien a fait marche arrière face à Berlin sur les contrôles aux frontières.", "fr", "CONCEDE", "AUT", "DEU", None),
        ("Les rebelles ont battu en retraite face à l'armée tchadienne près d'Abéché.", "fr", "RETREAT", "TCD", "TCD", "MIL"),
        ("The rebels laid down their arms before the Ugandan army near Gulu.", "en", "RETREAT", "UGA", "UGA", "MIL"),
        ("Nepal backed down in the face of Indian pressure over the map.", "en", "CONCEDE", "NPL", "IND", None),
    ],
)
def test_party_yielded_to_is_the_target(text: str, lang: str, event_type: str, source: str, target: str, sector: str | None) -> None:
    found = _parties(text, lang, event_type)
    assert any(s == source and t == target and (sector is None or sec == sector) for s, t, sec in found), found


@pytest.mark.parametrize(
    "text, lang, event_type, source, target",
    [
        # a place of the retreat stays the place left, before any party named later
        ("Les troupes russes se sont retirées de Kherson face à l'offensive ukrainienne.", "fr", "RETREAT", "RUS", "UKR"),
        ("Turkey withdrew its troops from northern Iraq before the winter.", "en", "RETREAT", "TUR", "IRQ"),
    ],
)
def test_place_left_comes_first(text: str, lang: str, event_type: str, source: str, target: str) -> None:
    found = _parties(text, lang, event_type)
    assert any(s == source and t == target for s, t, _ in found), found

"""A summons of any envoy presents a grievance (PLOVER ACCUSE, 'summoning an
in-country ambassador'): the envoy may be written "envoyé", "émissaire", "nonce" or
"attaché" as well as "ambassadeur" (Larousse: envoyé, 'personne envoyée en mission
diplomatique'). Summoning one's own ministers is no summons of an envoy. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def _accusations(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code(text, "fr") if e.event_type == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Dacca a convoqué l'envoyé indien pour protester contre la mort d'un citoyen.", ("BGD", "IND")),
        ("Kinshasa a convoqué mardi l'attaché militaire rwandais après les combats de Goma.", ("COD", "RWA")),
        ("Le Pérou a convoqué l'émissaire mexicain à Lima.", ("PER", "MEX")),
    ],
)
def test_any_envoy_summoned_is_an_accusation(text: str, pair: tuple[str, str]) -> None:
    assert pair in _accusations(text), _accusations(text)


def test_an_emissary_summoned_is_an_accusation_in_english_too() -> None:
    found = {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code("Kenya summoned the Ugandan emissary in Nairobi on Tuesday.", "en")}
    assert ("ACCUSE", "KEN", "UGA") in found, found


def test_ministers_summoned_and_troops_sent_are_no_summons_of_an_envoy() -> None:
    assert not _accusations("Le président ivoirien a convoqué ses ministres et envoyé des renforts à Bouna.")

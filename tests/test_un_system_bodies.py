"""The UN system's funds, programmes and specialised agencies are the United Nations
(UNO), other intergovernmental bodies IGO, in both languages, by full name and acronym
(knowledge/data/organisations.yaml, packs/*/organisations.yaml); a name the French
tagger reads as a determiner ("ONU Femmes") is coded, not a failure."""

from __future__ import annotations

import pytest

import chronicle


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("UN Women urged the Taliban authorities on Tuesday to reopen secondary schools for girls.", "en", "UN Women", "UNO"),
    ("The UN Population Fund urged Chad on Monday to protect displaced women.", "en", "United Nations Population Fund", "UNO"),
    ("UNODC accused Myanmar's junta of profiting from the opium trade.", "en", "United Nations Office on Drugs and Crime", "UNO"),
    ("The OPCW accused Syria of using chlorine in an attack on Douma.", "en", "Organisation for the Prohibition of Chemical Weapons", "IGO"),
    ("ONU Femmes a exhorté mardi les autorités talibanes à rouvrir les collèges aux filles.", "fr", "UN Women", "UNO"),
    ("Le FNUAP a exhorté lundi le Tchad à protéger les femmes déplacées.", "fr", "United Nations Population Fund", "UNO"),
    ("L'Organisation maritime internationale a appelé l'Iran à libérer le pétrolier saisi.", "fr", "International Maritime Organization", "UNO"),
    ("La BERD a accordé un prêt de 200 millions d'euros à l'Ukraine.", "fr", "European Bank for Reconstruction and Development", "IGO"),
])
def test_a_body_of_the_un_system_or_a_region_is_its_code(text: str, lang: str, name: str, country: str) -> None:
    events = chronicle.code(text, published="2025-06-11", lang=lang)
    assert any(e.source.name == name and e.source.country == country for e in events), [(e.event_type, e.source) for e in events]

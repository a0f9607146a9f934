"""A country name two states share ("Congo", "le Congo"): the pack's default state, the
other where the article names it more often, and the other state where its sentence names
the default beside it ("la RDC et le Congo", "the DRC and Congo": two states). French
copy writes "la RDC" for the Democratic Republic and "le Congo" for either; the English
wire writes bare "Congo" for the DRC: both default to the DRC. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def _pairs(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in code(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("fr", "Le Congo a accusé la RDC de violer sa frontière.", ("ACCUSE", "COG", "COD")),
        ("fr", "La République démocratique du Congo et le Congo ont signé un accord sur la navigation du fleuve.", ("AGREE", "COD", "COG")),
        ("en", "The Democratic Republic of Congo and Congo signed a river navigation accord.", ("AGREE", "COD", "COG")),
    ],
)
def test_a_shared_name_beside_one_of_its_states_is_the_other(lang: str, text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text, lang), _pairs(text, lang)


def test_brazzaville_named_makes_le_congo_the_republic_of_the_congo() -> None:
    text = ("Denis Sassou Nguesso a reçu lundi à Brazzaville le président angolais. "
            "Le Congo et l'Angola ont signé un accord de coopération militaire.")
    assert ("AGREE", "COG", "AGO") in _pairs(text, "fr"), _pairs(text, "fr")


def test_the_french_default_is_the_drc() -> None:
    assert ("REQUEST", "BEL", "COD") in _pairs("La Belgique a appelé le Congo à protéger les diplomates.", "fr")


def test_an_article_about_the_drc_makes_le_congo_the_drc() -> None:
    text = ("Kinshasa a dénoncé lundi une nouvelle offensive du M23 près de Goma, dans l'est de la RDC. "
            "Le Congo a accusé mardi le Rwanda de soutenir les rebelles.")
    assert ("ACCUSE", "COD", "RWA") in _pairs(text, "fr"), _pairs(text, "fr")


def test_the_english_default_is_the_drc() -> None:
    assert ("ACCUSE", "COD", "RWA") in _pairs("Congo accused Rwanda of backing the M23 rebels.", "en")

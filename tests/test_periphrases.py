"""Periphrases and metonyms of countries, read from the packs' countries.yaml,
and names that stand for a country only in an article about it (the packs'
contextual_names): coded events on sentences written for them, about many regions."""

from __future__ import annotations

import pytest

from chronicle.knowledge.countries import load_countries
from chronicle.pipeline import code


def _parties(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(text, "2024-03-06", lang)}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("fr", "Le pays du Matin calme a condamné l'essai nucléaire de Pyongyang.", ("ACCUSE", "KOR", "PRK")),
        ("fr", "Le régime de Pyongyang a condamné les manœuvres militaires de Séoul.", ("ACCUSE", "PRK", "KOR")),
        ("fr", "L'Hexagone a condamné la junte nigérienne.", ("ACCUSE", "FRA", "NER")),
        ("fr", "L'État hébreu a condamné la résolution de l'Unesco.", ("ACCUSE", "ISR", "UNO")),
        ("fr", "Le Kremlin a critiqué l'Union européenne.", ("ACCUSE", "RUS", "EUR")),
        ("fr", "Le Quai d'Orsay a condamné l'attaque russe contre l'Ukraine.", ("ACCUSE", "FRA", "RUS")),
        ("fr", "Le palais de Koulouba a dénoncé les sanctions de la Cédéao.", ("ACCUSE", "MLI", "IGO")),
        ("fr", "Le palais de Miraflores a dénoncé les sanctions américaines.", ("ACCUSE", "VEN", "USA")),
        ("fr", "Le pays du Cèdre a condamné les frappes israéliennes.", ("ACCUSE", "LBN", "ISR")),
        ("fr", "La perfide Albion a critiqué la France.", ("ACCUSE", "GBR", "FRA")),
        ("fr", "Le régime au nord du 38e parallèle a condamné Séoul.", ("ACCUSE", "PRK", "KOR")),
        ("en", "The hermit kingdom condemned the joint drills of Seoul and Washington.", ("ACCUSE", "PRK", "USA")),
        ("en", "The Jewish state condemned the UN resolution.", ("ACCUSE", "ISR", "UNO")),
        ("en", "Downing Street condemned Iran's strikes.", ("ACCUSE", "GBR", "IRN")),
        ("en", "The Elysee criticised Russia.", ("ACCUSE", "FRA", "RUS")),
        ("en", "Miraflores Palace denounced US sanctions.", ("ACCUSE", "VEN", "USA")),
        ("en", "The Beltway condemned China.", ("ACCUSE", "USA", "CHN")),
    ],
)
def test_a_periphrasis_or_seat_of_power_codes_its_country(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _parties(text, lang)


@pytest.mark.parametrize(
    "phrase, lang, iso3",
    [
        ("au nord du 38e parallèle", "fr", "PRK"),
        ("north of the 38th parallel", "en", "PRK"),
        ("le pays des pharaons", "fr", "EGY"),
        ("le pays de la Teranga", "fr", "SEN"),
        ("la Maison-Blanche", "fr", "USA"),
        ("the Casa Rosada", "en", "ARG"),
        ("Aso Rock", "en", "NGA"),
        ("the Emerald Isle", "en", "IRL"),
    ],
)
def test_periphrases_are_in_the_lexicon(phrase: str, lang: str, iso3: str) -> None:
    countries = load_countries()
    found = countries.lookup(phrase.removeprefix("au "), lang)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("fr", "La Corée du Nord a tiré un missile balistique. Le pays communiste a menacé le Japon.", ("THREATEN", "PRK", "JPN")),
        ("fr", "Le Vietnam a accueilli le sommet. Le pays communiste a condamné les États-Unis.", ("ACCUSE", "VNM", "USA")),
        ("en", "Cuba hosted the talks. The communist country condemned the United States.", ("ACCUSE", "CUB", "USA")),
        ("en", "North Korea fired a missile on Sunday. The reclusive state threatened Japan.", ("THREATEN", "PRK", "JPN")),
    ],
)
def test_the_communist_country_is_the_one_the_article_is_about(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _parties(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La Chine et la Corée du Nord ont signé un accord. Le pays communiste a menacé le Japon."),
        ("en", "Beijing and Pyongyang signed an accord. The communist country threatened Japan."),
    ],
)
def test_the_communist_country_beside_two_communist_states_is_nobody(lang: str, text: str) -> None:
    """Either could be meant: no threat is given to China or North Korea on a guess."""
    assert not any(event_type == "THREATEN" for event_type, _, _ in _parties(text, lang))


def test_the_communist_country_needs_a_communist_state_in_the_article() -> None:
    events = _parties("Le Brésil a accueilli le sommet. Le pays communiste a condamné les États-Unis.", "fr")
    assert not any(source in {"CHN", "VNM", "LAO", "CUB", "PRK"} for _, source, _ in events)

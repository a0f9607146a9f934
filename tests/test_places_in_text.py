"""Places in coded sentences: subdivisions named by their designation, exonyms, and same-named places
decided by the country the article is about (resolve/places.py with the real pipelines)."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import only


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        ("fr", "Des jihadistes ont tué vingt civils dans la région de Tillabéri.", "Tillabéri", "NER"),
        ("fr", "Les rebelles du M23 ont attaqué l'armée congolaise dans la province du Nord-Kivu.", "North Kivu", "COD"),
        ("fr", "L'armée russe a bombardé des villages dans la région de Kherson.", "Kherson Oblast", "UKR"),
        ("fr", "Boko Haram a attaqué un village de l'État de Borno.", "Borno", "NGA"),
        ("fr", "Des hommes armés ont tué cinq policiers dans l'État du Michoacán, ont annoncé les autorités mexicaines.", "Michoacán", "MEX"),
        ("en", "Russian forces shelled villages in the Kherson region overnight.", "Kherson Oblast", "UKR"),
        ("en", "Gunmen attacked a police station in Khyber Pakhtunkhwa province.", "Khyber Pakhtunkhwa", "PAK"),
        ("en", "Rebels attacked an army base in North Kivu.", "North Kivu", "COD"),
        ("en", "Myanmar's army bombed a village in Rakhine State, residents said.", "Rakhine", "MMR"),
    ],
)
def test_an_event_in_a_province_is_placed_there(lang: str, text: str, place: str, country: str) -> None:
    event = only(chronicle.code(text, published="2024-03-12", lang=lang), "ASSAULT")
    assert event.location is not None and (event.location.name, event.location.country) == (place, country)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des drones russes ont frappé Odessa."),
        ("en", "Russian missiles struck Odessa on Monday."),
    ],
)
def test_odessa_is_the_ukrainian_port(lang: str, text: str) -> None:
    event = only(chronicle.code(text, published="2024-03-12", lang=lang), "ASSAULT")
    assert event.target is not None and event.target.country == "UKR"
    if event.location is not None:
        assert (event.location.name, event.location.country) == ("Odesa", "UKR")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'armée israélienne a bombardé Khan Younès."),
        ("en", "Israeli jets struck Khan Younis on Tuesday."),
    ],
)
def test_a_town_the_tagger_reads_as_a_person_stands_for_its_people(lang: str, text: str) -> None:
    event = only(chronicle.code(text, published="2024-03-12", lang=lang), "ASSAULT")
    assert event.source.country == "ISR"
    assert event.target is not None and (event.target.country, event.target.sector) == ("PSE", "CVL")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "The Lebanese army clashed with militants in Tripoli on Friday, Lebanese officials said.", "LBN"),
        ("en", "Libyan forces clashed with militias in Tripoli on Friday.", "LBY"),
        ("fr", "Le Liban est sous pression. Le Premier ministre libanais a reçu le président français à Tripoli.", "LBN"),
    ],
)
def test_a_same_named_city_is_the_one_in_the_country_the_article_is_about(lang: str, text: str, country: str) -> None:
    events = chronicle.code(text, published="2024-03-12", lang=lang)
    placed = [e for e in events if e.location is not None and e.location.name == "Tripoli"]
    assert placed and {e.location.country for e in placed} == {country}

"""The world's actors and places in 2025-2026 news (helper world25): a province read as a
foreign town of its name, a town at home read as a small territory's capital, the head of an
unknown long name read as a town elsewhere, office holders elected after the people files
were written, and the IOM's code. Sentences written for these tests about many countries."""

from __future__ import annotations

import pytest

import chronicle
from chronicle.knowledge.gazetteer import Gazetteer, load_gazetteer
from event_checks import only


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "country"),
    [("Ontario", "CAN"), ("Yukon", "CAN"), ("New Brunswick", "CAN"), ("Paraná", "BRA"), ("Santa Catarina", "BRA")],
)
def test_a_province_is_not_a_foreign_town_a_tenth_its_size(gaz: Gazetteer, name: str, country: str) -> None:
    place = gaz.lookup(name)
    assert place is not None and (place.kind, place.country) == ("admin", country)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Gaza", "PSE"), ("Beni", "COD"), ("Bari", "ITA"), ("Manchester", "GBR"), ("Lagos", "NGA"), ("Kandahar", "AFG")],
)
def test_a_town_the_world_knows_keeps_its_name_against_a_province(gaz: Gazetteer, name: str, country: str) -> None:
    place = gaz.lookup(name)
    assert place is not None and (place.kind, place.country) == ("city", country)


def test_a_home_town_bigger_than_a_small_capital_is_meant_at_home(gaz: Gazetteer) -> None:
    place = gaz.lookup("Saint-Pierre", home="REU")
    assert place is not None and place.country == "REU"
    # without a story the territory's seat stays; a small home town stays behind a capital
    assert gaz.lookup("Saint-Pierre").country == "SPM"
    assert gaz.lookup("Paris", home="USA").country == "FRA"


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "Police in Ontario arrested three students on Friday.", "CAN"),
        ("fr", "La police a arrêté vendredi deux militants dans le Yukon.", "CAN"),
    ],
)
def test_police_of_a_province_are_of_its_country(lang: str, text: str, country: str) -> None:
    event = only(chronicle.code(text, published="2026-04-15", lang=lang), "COERCE")
    assert event.source.country == country


def test_the_head_of_an_unknown_long_name_is_no_town_elsewhere() -> None:
    text = "Des soldats de la base de Wadi Seidna ont tiré sur des manifestants soudanais."
    event = only(chronicle.code(text, published="2026-04-15", lang="fr"), "ASSAULT")
    assert event.source.country == "SDN"
    assert event.location is None or event.location.country != "IND"


def test_a_town_of_reunion_is_not_the_seat_of_saint_pierre_et_miquelon() -> None:
    text = "À Saint-Pierre, des planteurs de La Réunion ont bloqué jeudi la route nationale."
    events = chronicle.code(text, published="2026-04-15", lang="fr")
    assert events and all(e.location is not None and e.location.country == "REU" for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "etype", "source"),
    [
        ("en", "Rodrigo Paz accused Chile of blocking Bolivian exports on Monday.", "ACCUSE", "BOL"),
        ("fr", "Catherine Connolly a critiqué jeudi le gouvernement britannique.", "ACCUSE", "IRL"),
        ("en", "Michael Randrianirina criticised the African Union on Tuesday.", "ACCUSE", "MDG"),
        ("fr", "Nasry Asfura a accusé le Nicaragua d'ingérence.", "ACCUSE", "HND"),
    ],
)
def test_a_head_of_state_of_2025_2026_named_alone_is_of_his_country(lang: str, text: str, etype: str, source: str) -> None:
    event = only(chronicle.code(text, published="2026-04-15", lang=lang), etype)
    assert (event.source.country, event.source.sector) == (source, "GOV")


def test_the_iom_is_an_intergovernmental_body_not_a_un_agency() -> None:
    text = "The International Organization for Migration urged Niger to protect migrants expelled from Algeria."
    event = only(chronicle.code(text, published="2026-04-15", lang="en"), "REQUEST")
    assert event.source.country == "IGO"


def test_a_province_at_home_is_meant_in_a_story_about_home(gaz: Gazetteer) -> None:
    # Santa Cruz of Bolivia (its seat Santa Cruz de la Sierra), not Argentina's province
    place = gaz.lookup("Santa Cruz", home="BOL")
    assert place is not None and place.country == "BOL"


def test_a_small_town_is_found_only_in_the_country_the_article_is_about(gaz: Gazetteer) -> None:
    place = gaz.lookup("Tessalit", home="MLI")
    assert place is not None and (place.name, place.country, place.kind) == ("Tessalit", "MLI", "city")
    assert gaz.lookup("Tessalit") is None
    assert gaz.lookup("Tessalit", home="DZA", story=["DZA", "MLI"]) is None  # a story country is not enough
    assert gaz.lookup("Tessalit", context_countries=["MLI"]).country == "MLI"  # "Tessalit, Mali"

"""French and English exonyms of conflict-zone places, and the rule that picks one of two same-named places."""

from __future__ import annotations

import pytest

from chronicle.knowledge.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Sudan and the Horn
        ("Darfour", "SDN"), ("Darfur", "SDN"), ("El-Facher", "SDN"), ("El Geneina", "SDN"), ("Port-Soudan", "SDN"),
        ("Nil Bleu", "SDN"), ("Tigré", "ETH"), ("Tigray", "ETH"), ("Amhara", "ETH"), ("Puntland", "SOM"),
        # Great Lakes
        ("North Kivu", "COD"), ("South Kivu", "COD"), ("les Kivus", "COD"),
        # Middle East
        ("Khan Younès", "PSE"), ("Khan Younis", "PSE"), ("Jabalia", "PSE"), ("Naplouse", "PSE"), ("Idleb", "SYR"),
        ("Rakka", "SYR"), ("Kobané", "SYR"), ("plateau du Golan", "SYR"), ("Sud-Liban", "LBN"),
        ("Kurdistan irakien", "IRQ"), ("Hodeïda", "YEM"), ("Taëz", "YEM"),
        # Ukraine, Russia, Caucasus
        ("Odessa", "UKR"), ("Mykolaïv", "UKR"), ("Koursk", "RUS"), ("Tchétchénie", "RUS"), ("Ingouchie", "RUS"),
        ("Haut-Karabakh", "AZE"), ("Ossétie du Sud", "GEO"),
        # Asia
        ("Xinjiang", "CHN"), ("Tibet", "CHN"), ("Mongolie-Intérieure", "CHN"), ("Arakan", "MMR"), ("État Karen", "MMR"),
        ("Waziristan", "PAK"),
        # Latin America
        ("Michoacán", "MEX"), ("Catatumbo", "COL"),
    ],
)
def test_exonyms_of_conflict_zone_places(gaz: Gazetteer, text: str, country: str) -> None:
    place = gaz.lookup(text)
    assert place is not None and place.country == country, (text, place)


@pytest.mark.parametrize("text", ["Sahel", "le lac Tchad", "zone des trois frontières", "Cachemire"])
def test_regions_spanning_states_have_no_country(gaz: Gazetteer, text: str) -> None:
    place = gaz.lookup(text)
    assert place is not None and place.kind == "region" and place.country is None, (text, place)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("la région d'Odessa", "UKR"),
        ("the Odesa region", "UKR"),
        ("la région de Koursk", "RUS"),
        ("la région du Tigré", "ETH"),
        ("Tigray region", "ETH"),
        ("la région Afar", "ETH"),
        ("la région du Darfour", "SDN"),
    ],
)
def test_curated_names_take_the_packs_designations(gaz: Gazetteer, text: str, country: str) -> None:
    place = gaz.lookup(text)
    assert place is not None and place.country == country and place.kind in ("admin", "region"), (text, place)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Odessa", "Odesa", "UKR"),  # not Odessa, Texas
        ("Tripoli", "Tripoli", "LBY"),  # the larger capital, not Lebanon's port
        ("Alexandria", "Alexandria", "EGY"),
        ("Hyderabad", "Hyderabad", "IND"),
        ("Santiago", "Santiago", "CHL"),
        ("Córdoba", "Córdoba", "ARG"),
        ("Valencia", "Valencia", "ESP"),  # the world city over Venezuela's larger one
        ("Georgia", "Georgia", "GEO"),
        ("Lagos", "Lagos", "NGA"),
    ],
)
def test_without_context_the_ranking_picks_the_prominent_place(gaz: Gazetteer, text: str, name: str, country: str) -> None:
    place = gaz.lookup(text)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "context", "country"),
    [
        ("Tripoli", "LBN", "LBN"),
        ("Valencia", "VEN", "VEN"),
        ("Hyderabad", "PAK", "PAK"),
        ("Córdoba", "ESP", "ESP"),
        ("Georgia", "USA", "USA"),
    ],
)
def test_the_country_the_article_is_about_picks_its_own_place(gaz: Gazetteer, text: str, context: str, country: str) -> None:
    place = gaz.lookup(text, home=context)
    assert place is not None and place.country == country


def test_world_cities_are_the_few_named_in_many_languages(gaz: Gazetteer) -> None:
    assert gaz.lookup("Valencia").world_city and not gaz.lookup("Valencia", context_countries=["VEN"]).world_city
    assert gaz.lookup("Paris").world_city and not gaz.lookup("Nyala").world_city


@pytest.mark.parametrize(
    ("text", "context", "name"),
    [
        ("Moscou", "RUS", "Moscow"),  # the capital, not the federal city the French ISO catalogue also calls Moscou
        ("Tombouctou", "MLI", "Timbuktu"),  # the city, not the region named after it
        ("Kaesong", "KOR", "Kaesŏng"),  # an old name of a South Korean town does not make the North Korean city South Korean
    ],
)
def test_context_chooses_a_country_then_the_usual_ranking_a_place_in_it(gaz: Gazetteer, text: str, context: str, name: str) -> None:
    place = gaz.lookup(text, home=context)
    assert place is not None and place.name == name and place.kind == "city"
    assert gaz.lookup(text, context_countries=[context]) == place


@pytest.mark.parametrize(
    ("text", "context", "country"),
    [
        ("Paris", "USA", "FRA"),  # not Paris, Texas in an article about the USA
        ("Moscow", "USA", "RUS"),  # not Moscow, Idaho
        ("London", "CAN", "GBR"),  # not London, Ontario
        ("Odessa", "USA", "UKR"),
    ],
)
def test_a_minor_namesake_in_the_article_s_country_does_not_take_a_famous_name(
    gaz: Gazetteer, text: str, context: str, country: str
) -> None:
    place = gaz.lookup(text, home=context)
    assert place is not None and place.country == country


def test_a_country_the_text_names_outweighs_the_article_s_country(gaz: Gazetteer) -> None:
    # a dateline "PARIS, Texas" says which Paris; an article about the USA alone does not
    assert gaz.lookup("Paris", context_countries=["USA"]).country == "USA"
    assert gaz.lookup("Paris", home="USA").country == "FRA"
    assert gaz.lookup("Tripoli", context_countries=["LBY"], home="LBN").country == "LBY"

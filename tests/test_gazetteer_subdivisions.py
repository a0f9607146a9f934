"""First-level subdivisions (ISO 3166-2 via pycountry) and the packs' designations in the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle.knowledge import subdivisions
from chronicle.knowledge.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # bare names as ISO writes them, from the Sahel to the Andes
        ("Nord-Kivu", "COD"),
        ("Ituri", "COD"),
        ("Khyber Pakhtunkhwa", "PAK"),
        ("Borno", "NGA"),
        ("Oromia", "ETH"),
        ("Ménaka", "MLI"),
        ("Rakhine", "MMR"),
        ("Putumayo", "COL"),
        ("Tamaulipas", "MEX"),
        ("Artibonite", "HTI"),
        # ISO romanisations rewritten by the rules of places.yaml
        ("Sichuan", "CHN"),
        ("Dagestan", "RUS"),
        # the French ISO 3166-2 catalogue
        ("Baloutchistan", "PAK"),
        ("Penjab", None),  # India's and Pakistan's: either, never a city
    ],
)
def test_first_level_subdivisions_are_admin_places(gaz: Gazetteer, text: str, country: str | None) -> None:
    place = gaz.lookup(text)
    assert place is not None and place.kind == "admin", (text, place)
    if country is not None:
        assert place.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("la région de Kherson", "UKR"),
        ("the Kherson region", "UKR"),
        ("l'oblast de Donetsk", "UKR"),
        ("Donetsk Oblast", "UKR"),
        ("la région de Belgorod", "RUS"),
        ("l'État de Borno", "NGA"),
        ("Borno State", "NGA"),
        ("la province du Nord-Kivu", "COD"),
        ("la province de l'Ituri", "COD"),
        ("le gouvernorat d'Idlib", "SYR"),
        ("Idlib province", "SYR"),
        ("la région de Tillabéri", "NER"),
        ("Helmand province", "AFG"),
        ("l'État Shan", "MMR"),
    ],
)
def test_designations_name_the_subdivision_not_its_seat(gaz: Gazetteer, text: str, country: str) -> None:
    place = gaz.lookup(text)
    assert place is not None and (place.kind, place.country) == ("admin", country), (text, place)


def test_designations_count_as_names_in_running_text(gaz: Gazetteer) -> None:
    # "dans la région de Kherson": the place finder asks for names a lower-case word starts
    place = gaz.named_by("région de Kherson", curated_only=True)
    assert place is not None and place.kind == "admin"
    assert gaz.may_start_name("région") and gaz.may_start_name("oblast")


def test_a_city_wins_over_the_subdivision_named_after_it(gaz: Gazetteer) -> None:
    for name, country in [("Lagos", "NGA"), ("Kherson", "UKR"), ("Idlib", "SYR"), ("Kandahar", "AFG"), ("Granada", "ESP")]:
        place = gaz.lookup(name)
        assert place is not None and (place.kind, place.country) == ("city", country), (name, place)


def test_a_subdivision_wins_over_a_town_s_alternate_spelling(gaz: Gazetteer) -> None:
    borno = gaz.lookup("Borno")  # also an alternate spelling of Borna, Germany
    assert borno is not None and (borno.kind, borno.country) == ("admin", "NGA")


@pytest.mark.parametrize("word", ["Nord", "Centre", "Plateau", "Unity", "Meta", "Somali", "Littoral", "Marche"])
def test_subdivisions_named_by_common_words_or_people_are_not_places_alone(gaz: Gazetteer, word: str) -> None:
    place = gaz.lookup(word)
    assert place is None or place.kind != "admin", (word, place)


def test_a_common_word_subdivision_is_still_found_by_its_designation(gaz: Gazetteer) -> None:
    assert gaz.lookup("Plateau State").country == "NGA"
    assert gaz.lookup("l'État du Plateau").country == "NGA"
    assert gaz.lookup("Unity State").country == "SSD"


def test_a_designation_two_countries_share_names_neither(gaz: Gazetteer) -> None:
    # Burkina Faso and Cameroon both have a "Centre" region
    assert gaz.lookup("la région du Centre") is None


def test_subdivisions_named_after_their_seat_take_its_coordinates(gaz: Gazetteer) -> None:
    oblast = gaz.lookup("Kharkiv Oblast")
    city = gaz.lookup("Kharkiv")
    assert oblast is not None and city is not None and oblast != city
    assert (oblast.lat, oblast.lon) == (city.lat, city.lon)


def test_us_states_are_not_duplicated(gaz: Gazetteer) -> None:
    assert [p.kind for p in gaz.candidates("Delaware")].count("admin") == 1


# --- data validation -----------------------------------------------------------


def _pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "places.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("designations: {}\n", "one key 'subdivisions'"),
        ("subdivisions:\n  locale: fr\n", "reason"),
        ("subdivisions:\n  locale: xx-nowhere\n  reason: r\n", "no locale 'xx-nowhere' for iso3166-2"),
        ("subdivisions:\n  reason: r\n  designations:\n    templates: ['{name} land']\n", "noun"),
        ("subdivisions:\n  reason: r\n  designations:\n    nouns: region\n", "nouns"),
    ],
)
def test_invalid_pack_naming_is_rejected_with_its_file(tmp_path: Path, text: str, fragment: str) -> None:
    import yaml

    path = _pack(tmp_path, text)
    with pytest.raises(KnowledgeError, match=fragment) as caught:
        subdivisions.read_pack_naming(path, yaml.safe_load(text))
    assert str(path) in str(caught.value)


def test_invalid_name_rule_is_rejected_with_its_file(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("subdivision_names:\n  - match: '('\n    forms: ['{x}']\n    reason: r\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="subdivision_names entry 1") as caught:
        Gazetteer.load(path, use_cache=False)
    assert str(path) in str(caught.value)


def test_an_alias_of_an_unknown_subdivision_code_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "places.yaml"
    path.write_text("aliases:\n  - country: ETH\n    place: ET-ZZ\n    names: [Nowhere]\n    source: s\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"aliases entry 1 \(ET-ZZ\)"):
        Gazetteer.load(path, use_cache=False)


def test_a_rule_keeps_only_attested_forms() -> None:
    rule = subdivisions.NameRule(__import__("re").compile(r"^(?P<stem>.+)ska oblast$"), ("{stem}", "{stem}sk"), attested=True)
    towns = {("Donetsk", "UKR")}
    assert rule.apply("Donetska oblast", "UKR", lambda name, iso3: (name, iso3) in towns) == ["Donetsk"]
    assert rule.apply("Nowhere", "UKR", lambda name, iso3: True) is None


@pytest.mark.parametrize(
    "written, canonical, country",
    [
        # the English pack's common names, not ISO's local romanisations
        ("Nord-Kivu", "North Kivu", "COD"),
        ("Tigré", "Tigray", "ETH"),
        ("Ninive", "Nineveh", "IRQ"),
        ("Nord-Sinaï", "North Sinai", "EGY"),
        # pycountry's English catalogue where it translates ("Bayern")
        ("Bavière", "Bavaria", "DEU"),
    ],
)
def test_a_subdivision_is_output_by_its_english_common_name(written: str, canonical: str, country: str) -> None:
    place = load_gazetteer().lookup(written)
    assert place is not None and (place.name, place.country) == (canonical, country)


def test_a_common_name_of_no_iso_subdivision_is_refused(tmp_path) -> None:
    from chronicle.errors import KnowledgeError
    from chronicle.knowledge.subdivisions import read_pack_naming

    data = {"subdivisions": {"reason": "test", "common_names": {"XX-ZZ": "Nowhere"}}}
    with pytest.raises(KnowledgeError, match="XX-ZZ"):
        read_pack_naming(tmp_path / "places.yaml", data)


def test_an_oblast_keeps_its_bare_names_beside_its_english_one() -> None:
    """"Kherson Oblast" is the canonical name; "Khersonska oblast" (ISO) and the
    designations still find it, and "Kherson" alone is still the city."""
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Khersonska oblast").name == "Kherson Oblast"
    assert gazetteer.lookup("région de Kherson").name == "Kherson Oblast"
    assert gazetteer.lookup("Kherson").kind == "city"

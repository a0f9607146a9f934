"""The story's own state named only indirectly (helper home27). Articles and sentences
written for these tests, about other countries than the probe files
(tests/data/probes/home27-*): (a) a dateline's state is the story's own where the text
names another town or province of it, even when a foreign state is named more; (b) a bare
state body under a place carried from another sentence, of another country, is that own
state's; (c) first-level subdivisions by their English and French names, and France's
départements; (d) the inhabitants of a city or a region are their country's people; and a
dateline's namesake city is told apart by the places the story names."""

from __future__ import annotations

from event_checks import lang_coder

from chronicle.knowledge.countries import load_countries
from chronicle.knowledge.gazetteer import load_gazetteer
from chronicle.resolve.actors import dateline_country

code = lang_coder("2026-05-12")


def sides(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def article(head: str, dateline: str, body: str) -> str:
    return f"{head}\n\nPublished: 2026-05-12\n\n{dateline} — {body}"


# (a, b) the dateline's state, named through a province, owns the bare army after a foreign place


def test_french_army_of_a_story_naming_its_own_province_after_a_foreign_place() -> None:
    text = article("Tillabéri : Niamey accuse le Mali d'abriter des assaillants", "NIAMEY, 12 mai",
                   "Des assaillants ont tué mardi six civils dans la région de Tillabéri. "
                   "Selon les autorités, les assaillants se sont enfuis au Mali. "
                   "L'armée a arrêté lundi cinq suspects maliens. "
                   "Le Mali n'a pas réagi.")
    found = sides(code(text, "fr"))
    assert ("COERCE", "NER", "MLI") in found
    assert ("COERCE", "MLI", "MLI") not in found


def test_english_army_of_a_story_naming_its_own_province_after_a_foreign_place() -> None:
    text = article("Militants from Afghanistan kill six soldiers", "PESHAWAR, May 12",
                   "Militants killed six soldiers in Khyber Pakhtunkhwa on Tuesday. "
                   "Officials said the militants escaped back to Afghanistan. "
                   "The army arrested four Afghan suspects on Monday. "
                   "Afghanistan denied the claim.")
    found = sides(code(text, "en"))
    assert ("COERCE", "PAK", "AFG") in found
    assert ("COERCE", "AFG", "AFG") not in found


def test_the_datelines_own_city_named_again_makes_no_home_state() -> None:
    # a UN seat's story names Geneva again as a venue; a province of the dateline's country,
    # or a province named as the dateline's seat ("Kano State" of KANO), is the story's own
    gazetteer = load_gazetteer()
    geneva, kano = gazetteer.lookup("Geneva"), gazetteer.lookup("Kano")
    assert dateline_country([], "CHE", [geneva, gazetteer.lookup("Minsk")], geneva) is None
    assert dateline_country([], "CHE", [gazetteer.lookup("Zurich")], geneva) == "CHE"
    assert dateline_country([], "NGA", [gazetteer.lookup("Kano State")], kano) == "NGA"
    assert dateline_country([], "NGA", [gazetteer.lookup("Niger")], kano) is None  # a country is no town or province


# (c) subdivisions by the names the press writes


def test_subdivisions_by_their_english_and_french_names() -> None:
    gazetteer = load_gazetteer()
    for name, country in (("Andalusia", "ESP"), ("Sicily", "ITA"), ("Flanders", "BEL"), ("Lower Saxony", "DEU"),
                          ("Catalogne", "ESP"), ("Pendjab", "IND"), ("Écosse", "GBR"), ("Wallonie", "BEL"),
                          ("Finistère", "FRA"), ("Seine-Saint-Denis", "FRA"), ("Hérault", "FRA")):  # fmt: skip
        place = gazetteer.lookup(name)
        assert place is not None and place.country == country, name
    # départements that are words, a singer or a sea are no places
    for word in ("Cher", "Lot", "Ain", "Allier", "Manche"):
        assert gazetteer.lookup(word) is None or gazetteer.lookup(word).country != "FRA", word


def test_english_farmers_of_a_region_named_in_english() -> None:
    events = code("Farmers in Sicily protested on Tuesday against imports of Tunisian olive oil. "
                  "Tunisia said its exports met the rules.", "en")
    assert any(e.event_type == "PROTEST" and e.source.country == "ITA" for e in events)
    assert not any(e.event_type == "PROTEST" and e.source.country == "TUN" for e in events)


def test_french_winegrowers_of_a_departement() -> None:
    events = code("Les viticulteurs de l'Hérault ont manifesté mardi contre les importations de vin d'Espagne. "
                  "L'Espagne a défendu ses exportations.", "fr")
    assert any(e.event_type == "PROTEST" and e.source.country == "FRA" for e in events)
    assert not any(e.event_type == "PROTEST" and e.source.country == "ESP" for e in events)


# (d) the inhabitants of a city or a region


def test_inhabitants_names_are_their_countrys_demonyms() -> None:
    countries = load_countries()
    assert countries.demonym("Bamakois", "fr") == "MLI"
    assert countries.demonym("Abidjanais", "fr") == "CIV"
    assert countries.demonym("Lagosians", "en") == "NGA"
    assert countries.demonym("Albertans", "en") == "CAN"


def test_english_inhabitants_of_a_city_protest_as_their_countrys_people() -> None:
    events = code("Hundreds of Mombasans protested on Tuesday against Tanzania's ban on Kenyan traders.", "en")
    assert any(e.event_type == "PROTEST" and e.source.country == "KEN" for e in events)


def test_french_inhabitants_of_a_city_protest_as_their_countrys_people() -> None:
    events = code("Des centaines de Cotonois ont manifesté mardi contre la fermeture de la frontière par le Nigeria.", "fr")
    assert any(e.event_type == "PROTEST" and e.source.country == "BEN" for e in events)
    assert not any(e.event_type == "PROTEST" and e.source.country == "NGA" for e in events)


# a dateline's namesake city


def test_a_datelines_namesake_is_the_one_of_the_places_the_story_names() -> None:
    # Brest is Belarus's bigger city and France's port; a story on the Morbihan's fishermen is France's
    text = article("Morbihan : les pêcheurs accusent l'Espagne", "BREST, 12 mai",
                   "Les pêcheurs du Morbihan ont accusé mardi l'Espagne de pillage des fonds. "
                   "Le gouvernement a appelé l'Espagne au respect des quotas. "
                   "Madrid a rejeté ces accusations.")
    found = sides(code(text, "fr"))
    assert ("REQUEST", "FRA", "ESP") in found
    assert not any(source == "BLR" for _, source, _ in found)

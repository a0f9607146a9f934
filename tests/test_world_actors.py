"""Actors of the whole world through ``chronicle.code``: people only the imported
Phoenix dictionaries know, roles bounded by their dates, armed groups and
international bodies, in sentences written for these tests about the Sahel,
the Great Lakes, the Middle East, Ukraine, Latin America and the EU."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.knowledge.actors import load_actors, load_curated_actors
from event_checks import code_dated as code, named, parties


# ---------------------------------------------------------------- people only Phoenix knows


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        # Great Lakes
        ("Jakaya Kikwete a rencontré le président rwandais à Dar es Salaam.", "fr", "2012-11-20", "Jakaya Kikwete", "TZA"),
        # Latin America
        ("Rafael Correa met Colombian officials in Quito to discuss the border.", "en", "2012-05-10", "Rafael Correa", "ECU"),
        # Ukraine
        ("Viktor Yanukovych met Russian officials in Moscow on Tuesday.", "en", "2013-12-17", "Viktor Yanukovych", "UKR"),
        # Sahel: the dictionaries write "Toure", the French press "Touré"
        ("Amadou Toumani Touré a rencontré les dirigeants de la Cédéao à Abuja.", "fr", "2010-06-15", "Amadou Toumani Toure", "MLI"),
    ],
)
def test_a_person_only_phoenix_knows(text: str, lang: str, published: str, name: str, country: str) -> None:
    assert all(p.name != name for p in load_curated_actors().people)  # the curated base does not know them
    person = named(code(text, published, lang), name)
    assert (person.country, person.sector) == (country, "GOV")


def test_a_role_applies_only_within_its_dates() -> None:
    """Ehud Olmert: Israeli minister then prime minister from 2003 to 2009 in the
    dictionaries; after that their default code (an elite) applies."""
    sentence = "Ehud Olmert met Egyptian officials in Cairo."
    in_office = named(code(sentence, "2007-06-10", "en"), "Ehud Olmert")
    former = named(code(sentence, "2012-06-10", "en"), "Ehud Olmert")
    assert (in_office.country, in_office.sector) == ("ISR", "GOV")
    assert (former.country, former.sector) == ("ISR", "ELI")


def test_a_former_office_holder_is_coded_by_the_role_held_that_day() -> None:
    kb = load_actors()
    mubarak = next(p for p in kb.people if p.name == "Hosni Mubarak")
    assert mubarak.role_on(date(2005, 5, 1)).sector == "GOV"  # president of Egypt, 1981-2011
    assert mubarak.role_on(date(2013, 5, 1)).sector == "ELI"
    assert mubarak.role_on(date(2005, 5, 1)).source.startswith("Phoenix.Countries.actors.txt:")


# ---------------------------------------------------------------- armed groups


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Le M23 a attaqué les positions de l'armée congolaise près de Goma.", "fr", "COD"),  # Great Lakes
        ("Les FDLR ont attaqué des positions de l'armée rwandaise à la frontière.", "fr", "RWA"),
        ("Les ADF ont attaqué l'armée congolaise près de Beni.", "fr", "COD"),
        ("Le JNIM a attaqué l'armée malienne près de Tombouctou.", "fr", "MLI"),  # Sahel
        ("Des combattants de l'État islamique au Grand Sahara ont attaqué l'armée nigérienne.", "fr", "MLI"),
        ("Boko Haram fighters attacked Nigerian soldiers in Borno.", "en", "NGA"),
        ("Al-Shabaab militants attacked African Union troops near Mogadishu.", "en", "SOM"),  # Horn of Africa
        ("The RSF attacked the Sudanese army in El Fasher.", "en", "SDN"),
        ("Le Hezbollah a tiré des roquettes sur Israël.", "fr", "LBN"),  # Middle East
        ("Les Houthis ont tiré un missile contre Israël.", "fr", "YEM"),
        ("Hamas fired rockets at Israel.", "en", "PSE"),
        # the Taliban: an armed group until August 2021 (tests/test_actors_sectors.py)
        ("The FARC attacked Colombian soldiers in Cauca.", "en", "COL"),  # Latin America
    ],
)
def test_an_armed_group_resolves_to_its_country_and_an_armed_sector(text: str, lang: str, country: str) -> None:
    events = code(text, "2024-03-01", lang)
    groups = [a for a in parties(events) if a.sector == "REB"]
    assert groups, [(a.text, a.country, a.sector) for a in parties(events)]
    assert groups[0].country == country


def test_wagner_is_a_russian_armed_group() -> None:
    events = code("Les mercenaires de Wagner ont attaqué un village au centre du Mali.", "2023-04-02", "fr")
    wagner = named(events, "Wagner Group")
    assert (wagner.country, wagner.sector) == ("RUS", "REB")  # CAMEO UAF, an armed group here (data/sectors.yaml)


def test_an_imported_armed_group() -> None:
    """A group the curated base does not list: Colombia's AUC, from Phoenix.MilNonState."""
    events = code("The United Self-Defense Forces of Colombia attacked Colombian soldiers in Antioquia.", "2001-05-02", "en")
    group = next(a for a in parties(events) if a.sector == "REB")
    assert group.country == "COL"


# ---------------------------------------------------------------- international bodies in French


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("La Cédéao a imposé des sanctions au Niger après le coup d'État.", "ECOWAS", "IGO"),
        ("L'IGAD a appelé le Soudan du Sud à respecter le cessez-le-feu.", "Intergovernmental Authority on Development", "IGO"),
        ("Le HCR a appelé le Tchad à accueillir les réfugiés soudanais.", "UNHCR", "UNO"),
        ("L'Unesco a demandé au Mali de protéger les manuscrits de Tombouctou.", "UNESCO", "UNO"),
        ("L'OTAN a condamné l'attaque russe contre l'Ukraine.", "NATO", "NAT"),
        ("L'UE a condamné la répression des manifestants au Venezuela.", "European Union", "EUR"),
    ],
)
def test_a_french_igo_name_resolves(text: str, name: str, country: str) -> None:
    body = named(code(text, "2023-08-01", "fr"), name)
    assert body.country == country


# ---------------------------------------------------------------- precision


def test_an_imported_surname_inside_a_longer_name_is_not_that_person() -> None:
    """"Karzai" alone is Hamid Karzai in the dictionaries; "Ahmed Wali Karzai" is someone else."""
    events = code("Ahmed Wali Karzai criticised the Taliban in Kandahar.", "2009-05-01", "en")
    assert all(a.name != "Hamid Karzai" for a in parties(events))


def test_imported_acronyms_match_only_in_capitals() -> None:
    events = code("Nigeria's army said it had killed Boko Haram fighters, ana official said.", "2014-05-01", "en")
    assert all(a.name != "Afghan National Army" for a in parties(events))


# ---------------------------------------------------------------- demonyms and capitals of smaller states (English pack)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The Malawian government expelled two Liberian diplomats on Tuesday.", ("MWI", "GOV"), ("LBR", "GOV")),
        ("Mauritanian troops attacked Sahrawi fighters near the border.", ("MRT", "MIL"), ("ESH", "REB")),
        ("Gambian police arrested a Senegalese opposition activist in Banjul.", ("GMB", "COP"), ("SEN", "OPP")),
    ],
)
def test_english_demonyms_of_smaller_states(text: str, source: tuple[str, str], target: tuple[str, str] | None) -> None:
    first = code(text, "2024-05-02", "en")[0]
    assert (first.source.country, first.source.sector) == source
    if target is not None:
        assert (first.target.country, first.target.sector) == target

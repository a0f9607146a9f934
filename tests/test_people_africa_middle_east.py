"""Leaders of Africa, the Middle East and Central Asia since 2015 (the regional
file knowledge/data/people/africa_middle_east.yaml) through ``chronicle.code``:
named in full, by title and name, by surname after a first mention, in French
and English, and coded by the role they held on the article's date. The
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.knowledge import actors as actor_kb
from chronicle.knowledge.actors import load_actors
from event_checks import code_dated as code, named, parties

REGIONAL_FILE = actor_kb.PEOPLE_DIR / "africa_middle_east.yaml"


def test_the_regional_file_is_loaded_with_the_curated_people() -> None:
    assert REGIONAL_FILE in actor_kb.people_files(actor_kb.PEOPLE_FILE)
    kb = load_actors()
    for name, country in [("Hakan Fidan", "TUR"), ("Cyril Ramaphosa", "ZAF"), ("Kassym-Jomart Tokayev", "KAZ"), ("Aziz Akhannouch", "MAR")]:
        person = kb.match(name)
        assert person is not None and not person.imported and person.country == country


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        # Maghreb: a French press spelling of the Moroccan foreign minister
        ("Le ministre marocain des Affaires étrangères Nasser Bourita a reçu jeudi à Rabat une délégation mauritanienne.", "fr", "2023-05-11", "Nasser Bourita", "MAR"),
        # Gulf: the Omani foreign minister hosts the Iranian one
        ("Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat on Sunday.", "en", "2025-01-19", "Badr Albusaidi", "OMN"),
        ("Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi in Muscat on Sunday.", "en", "2025-01-19", "Abbas Araghchi", "IRN"),
        # Levant: Iraqi prime minister and Turkish foreign minister
        ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Tuesday.", "en", "2024-10-08", "Mohammed Shia al-Sudani", "IRQ"),
        # French spelling of the Iraqi prime minister's name
        ("Le chef de la diplomatie turque Hakan Fidan a rencontré à Bagdad le Premier ministre irakien Mohammed Chia al-Soudani.", "fr", "2024-10-08", "Mohammed Shia al-Sudani", "IRQ"),
        # Southern Africa
        ("Zambian President Hakainde Hichilema accused the ruling party of neighbouring Malawi of interfering in the vote.", "en", "2025-02-10", "Hakainde Hichilema", "ZMB"),
        # Great Lakes: the Congolese prime minister
        ("La Première ministre congolaise Judith Suminwa a condamné les attaques du M23 près de Goma.", "fr", "2024-11-05", "Judith Suminwa", "COD"),
        # Horn of Africa: the Eritrean president, French spelling
        ("Issayas Afeworki a accusé l'Éthiopie de menacer la souveraineté de l'Érythrée.", "fr", "2024-10-10", "Isaias Afwerki", "ERI"),
        # Central Asia: a French spelling of the Uzbek president
        ("Le président ouzbek Chavkat Mirzioïev a reçu vendredi à Tachkent le président kirghiz Sadyr Japarov.", "fr", "2023-06-09", "Shavkat Mirziyoyev", "UZB"),
        ("Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Bishkek to settle the border dispute.", "en", "2025-03-13", "Emomali Rahmon", "TJK"),
        # Sahel: the Nigerien transition's prime minister
        ("Le Premier ministre nigérien Ali Lamine Zeine a rencontré à Bamako le ministre malien de la Défense Sadio Camara.", "fr", "2024-02-20", "Ali Lamine Zeine", "NER"),
    ],
)
def test_a_leader_of_the_region_is_coded_with_his_country(text: str, lang: str, published: str, name: str, country: str) -> None:
    person = named(code(text, published, lang), name)
    assert (person.country, person.sector) == (country, "GOV")


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        (
            "Le président sud-africain Cyril Ramaphosa a reçu mercredi son homologue zimbabwéen Emmerson Mnangagwa à Pretoria. "
            "Ramaphosa a ensuite critiqué les sanctions occidentales contre Harare.",
            "fr",
            "2023-03-08",
            "Cyril Ramaphosa",
            "ZAF",
        ),
        (
            "Jordanian Foreign Minister Ayman Safadi met his Egyptian counterpart Badr Abdelatty in Amman on Monday. "
            "Safadi later condemned the strikes on Gaza.",
            "en",
            "2024-09-16",
            "Ayman Safadi",
            "JOR",
        ),
    ],
)
def test_a_surname_after_a_first_mention_is_the_same_leader(text: str, lang: str, published: str, name: str, country: str) -> None:
    events = code(text, published, lang)
    accuse = [e for e in events if e.event_type in {"ACCUSE", "DISAPPROVE"}]
    assert accuse, [(e.event_type, e.source.name) for e in events]
    assert (accuse[0].source.name, accuse[0].source.country) == (name, country)


def test_an_armed_forces_commander_is_military_beside_the_civilian_government() -> None:
    events = code("Le Premier ministre libyen Fayez al-Sarraj a accusé Khalifa Haftar d'avoir bombardé la banlieue de Tripoli.", "2019-06-10", "fr")
    assert (named(events, "Fayez al-Sarraj").country, named(events, "Fayez al-Sarraj").sector) == ("LBY", "GOV")
    assert (named(events, "Khalifa Haftar").country, named(events, "Khalifa Haftar").sector) == ("LBY", "MIL")


def test_a_former_president_is_coded_by_the_role_he_held_that_day() -> None:
    sentence = "Jacob Zuma met Zimbabwean officials in Harare on Friday."
    in_office = named(code(sentence, "2016-06-10", "en"), "Jacob Zuma")
    former = named(code(sentence, "2021-06-11", "en"), "Jacob Zuma")
    assert (in_office.country, in_office.sector) == ("ZAF", "GOV")
    assert (former.country, former.sector) == ("ZAF", "ELI")


@pytest.mark.parametrize(
    "country, role, day, holder",
    [
        ("ZAF", "head_of_state", date(2017, 6, 1), "Jacob Zuma"),
        ("ZAF", "head_of_state", date(2019, 6, 1), "Cyril Ramaphosa"),
        ("TUR", "foreign_minister", date(2015, 10, 1), "Feridun Sinirlioğlu"),
        ("TUR", "foreign_minister", date(2020, 1, 1), "Mevlüt Çavuşoğlu"),
        ("TUR", "foreign_minister", date(2024, 1, 1), "Hakan Fidan"),
        ("SAU", "foreign_minister", date(2017, 1, 1), "Adel al-Jubeir"),
        ("IRQ", "head_of_government", date(2021, 1, 1), "Mustafa al-Kadhimi"),
        ("BFA", "head_of_government", date(2020, 1, 1), "Christophe Dabiré"),
        ("KAZ", "head_of_state", date(2018, 1, 1), "Nursultan Nazarbayev"),
        ("ISR", "defence_minister", date(2021, 1, 1), "Benny Gantz"),
    ],
)
def test_the_holder_of_an_office_depends_on_the_day(country: str, role: str, day: date, holder: str) -> None:
    person = load_actors().holder(country, role, day)
    assert person is not None and person.name == holder


def test_a_title_alone_names_the_holder_on_the_articles_date() -> None:
    sentence = "Le président sud-africain a rencontré le président zimbabwéen à Harare."
    before, after = code(sentence, "2016-06-09", "fr"), code(sentence, "2019-06-13", "fr")
    assert named(before, "Jacob Zuma").country == "ZAF"
    assert named(after, "Cyril Ramaphosa").country == "ZAF"


def test_a_surname_that_is_also_a_group_name_is_not_the_leader() -> None:
    # Botswana's president Duma Boko has no short form: "Boko Haram" stays the armed group
    events = code("Boko Haram fighters attacked a military base near Maiduguri on Sunday.", "2025-03-02", "en")
    assert all(a.name != "Duma Boko" for a in parties(events))
    assert any(a.country == "NGA" for a in parties(events))

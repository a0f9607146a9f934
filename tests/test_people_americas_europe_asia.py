"""Leaders of the Americas, Europe, South and South-East Asia and Oceania in
office since 2015 (knowledge/data/people/americas_europe_asia.yaml), coded
through ``chronicle.code`` in sentences written for these tests: by full name,
by title and name, by surname after a first mention, and by the office held on
the day of the event."""

from __future__ import annotations

from datetime import date

import pytest

from chronicle.knowledge.actors import load_curated_actors
from event_checks import code_dated as code, named, parties


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        # Latin America
        ("Daniel Noboa a accusé lundi les autorités colombiennes de laxisme à la frontière.", "fr", "2024-02-12", "Daniel Noboa", "ECU"),
        ("Peruvian President Martin Vizcarra met Chilean officials in Lima on Tuesday.", "en", "2019-04-16", "Martín Vizcarra", "PER"),
        ("Mauricio Macri a rencontré jeudi des responsables chinois.", "fr", "2017-05-11", "Mauricio Macri", "ARG"),
        ("Bernardo Arévalo criticised the Guatemalan prosecutors on Monday.", "en", "2024-03-04", "Bernardo Arévalo", "GTM"),
        # Caribbean
        ("Garry Conille a rencontré mercredi des responsables kényans à Nairobi.", "fr", "2024-09-18", "Garry Conille", "HTI"),
        # EU and Europe
        ("Giorgia Meloni met Tunisian officials in Tunis on Sunday.", "en", "2023-06-11", "Giorgia Meloni", "ITA"),
        ("Le Premier ministre espagnol Pedro Sánchez a rencontré jeudi des dirigeants marocains à Rabat.", "fr", "2023-02-02", "Pedro Sánchez", "ESP"),
        ("Viktor Orbán a critiqué mardi la Commission européenne.", "fr", "2023-10-17", "Viktor Orbán", "HUN"),
        ("Maia Sandu accused Russia of plotting a coup on Monday.", "en", "2023-02-13", "Maia Sandu", "MDA"),
        ("Le Premier ministre arménien Nikol Pachinian a rencontré lundi des responsables azerbaïdjanais.", "fr", "2023-05-22", "Nikol Pashinyan", "ARM"),
        ("Aleksandar Vucic met Kosovo's envoys in Brussels on Thursday.", "en", "2023-08-17", "Aleksandar Vučić", "SRB"),
        # South Asia
        ("Le chef de la diplomatie indienne S. Jaishankar a rencontré lundi à Moscou des responsables russes.", "fr", "2023-12-25", "Subrahmanyam Jaishankar", "IND"),
        ("Pakistani Prime Minister Shahbaz Sharif accused India of aggression on Wednesday.", "en", "2025-05-07", "Shehbaz Sharif", "PAK"),
        ("Muhammad Yunus a accusé lundi le gouvernement indien d'ingérence.", "fr", "2024-11-04", "Muhammad Yunus", "BGD"),
        # South-East Asia
        ("Prabowo Subianto met Chinese officials in Beijing on Saturday.", "en", "2024-11-09", "Prabowo Subianto", "IDN"),
        ("Le général Min Aung Hlaing a rencontré mardi des responsables chinois.", "fr", "2023-06-20", "Min Aung Hlaing", "MMR"),
        # Oceania
        ("Anthony Albanese met Chinese officials in Beijing on Monday.", "en", "2023-11-06", "Anthony Albanese", "AUS"),
        ("Christopher Luxon a rencontré jeudi des responsables japonais.", "fr", "2024-09-05", "Christopher Luxon", "NZL"),
    ],
)
def test_a_leader_of_the_region_is_coded_with_his_country(text: str, lang: str, published: str, name: str, country: str) -> None:
    person = named(code(text, published, lang), name)
    assert (person.country, person.sector) == (country, "GOV")


@pytest.mark.parametrize(
    "text, lang, published, name, country",
    [
        ("Le président chilien Sebastián Piñera a reçu lundi des émissaires argentins. Piñera a ensuite critiqué le gouvernement vénézuélien.", "fr", "2019-02-11", "Sebastián Piñera", "CHL"),
        ("Polish Prime Minister Mateusz Morawiecki met Ukrainian officials in Kyiv on Friday. Morawiecki later criticised Germany.", "en", "2023-02-03", "Mateusz Morawiecki", "POL"),
        ("Jacinda Ardern a rencontré lundi des responsables chinois. Ardern a ensuite critiqué le gouvernement australien.", "fr", "2019-04-01", "Jacinda Ardern", "NZL"),
    ],
)
def test_a_surname_after_a_first_mention_is_that_leader(text: str, lang: str, published: str, name: str, country: str) -> None:
    events = code(text, published, lang)
    later = [e for e in events if e.event_type == "ACCUSE"]
    assert later, [(e.event_type, e.source.name) for e in events]
    assert (later[0].source.name, later[0].source.country) == (name, country)


def test_the_office_goes_to_who_held_it_that_day() -> None:
    kb = load_curated_actors()
    assert kb.holder("ITA", "head_of_government", date(2020, 5, 1)).name == "Giuseppe Conte"
    assert kb.holder("ITA", "head_of_government", date(2023, 5, 1)).name == "Giorgia Meloni"
    assert kb.holder("CAN", "head_of_government", date(2025, 2, 1)).name == "Justin Trudeau"
    assert kb.holder("CAN", "head_of_government", date(2025, 6, 1)).name == "Mark Carney"
    assert kb.holder("LKA", "head_of_state", date(2023, 1, 1)).name == "Ranil Wickremesinghe"


def test_a_former_leader_is_coded_by_the_role_he_held_that_day() -> None:
    kb = load_curated_actors()
    renzi = next(p for p in kb.people if p.name == "Matteo Renzi")
    assert renzi.role_on(date(2015, 6, 1)).title == "Prime Minister of Italy"
    assert renzi.role_on(date(2020, 6, 1)) is None
    # in office: a government actor; after his term: a former official (CAMEO's ELI)
    in_office = named(code("Matteo Renzi a rencontré lundi des responsables libyens.", "2016-02-01", "fr"), "Matteo Renzi")
    assert (in_office.country, in_office.sector) == ("ITA", "GOV")
    later = named(code("Matteo Renzi a rencontré lundi des responsables libyens.", "2023-02-01", "fr"), "Matteo Renzi")
    assert (later.country, later.sector) == ("ITA", "ELI")


def test_a_title_without_a_name_is_the_holder_on_the_day() -> None:
    events = code("The Sri Lankan president met Indian officials in Colombo on Monday.", "2023-03-06", "en")
    assert "Ranil Wickremesinghe" in {a.name for a in parties(events)}
    events = code("The Sri Lankan president met Indian officials in Colombo on Monday.", "2017-03-06", "en")
    assert "Maithripala Sirisena" in {a.name for a in parties(events)}


def test_a_surname_that_is_a_common_word_is_no_leader() -> None:
    # "Cartes" (Paraguay), "Champagne" (Canada): French words, never matched alone
    events = code("Les cartes de la région ont été montrées lundi aux diplomates allemands par le ministre français.", "2016-03-07", "fr")
    assert "Horacio Cartes" not in {a.name for a in parties(events)}
    events = code("Le ministre canadien a offert du champagne lundi aux diplomates mexicains.", "2020-03-09", "fr")
    assert "François-Philippe Champagne" not in {a.name for a in parties(events)}

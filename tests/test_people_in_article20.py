"""People in the news, known from the article itself (persons20): who a person is, from the
way the article first names him, carried to the later mentions of the same person.

Classes: a known person's name said with a title of an office he never held is a namesake,
of the article's country; a person named after a body and his title in it ("Hamas leader
X") acts for that body; a family name repeated as the article spells it, not as the
knowledge does; a titled stranger is not of the state he deals with in his act; governors
and mayors are state officials. Own sentences about many countries, both languages.
"""

from __future__ import annotations

import pytest

from event_checks import code_dated, only


def _code(text: str, lang: str = "en", published: str = "2025-09-10") -> list:
    return code_dated(text, published, lang)


# ---------------------------------------------------------------- a namesake by title


def test_known_name_with_an_office_never_held_is_the_articles_official() -> None:
    events = _code(
        "Seven Colombian soldiers were killed when ELN guerrillas attacked an army base in Tibu. "
        "Defense Minister Pedro Sánchez called on Venezuela to stop sheltering the guerrillas."
    )
    request = only(events, "REQUEST")
    assert (request.source.country, request.source.sector) == ("COL", "GOV")
    assert request.target.country == "VEN"


def test_known_name_with_his_own_office_keeps_his_country() -> None:
    # counter-case: the same name with the office he holds is the known person
    events = _code(
        "Spain recalled its ambassador from Israel on Monday. "
        "Prime Minister Pedro Sánchez accused Israel of genocide in Gaza."
    )
    accuse = only(events, "ACCUSE")
    assert (accuse.source.name, accuse.source.country) == ("Pedro Sánchez", "ESP")


def test_loose_leader_title_does_not_make_a_namesake() -> None:
    # "the leaders of ..." is loose press usage: the known head of government stays himself
    events = _code("Moldovan leader Maia Sandu accused Russia of buying votes in Gagauzia.")
    accuse = only(events, "ACCUSE")
    assert (accuse.source.name, accuse.source.country) == ("Maia Sandu", "MDA")


# ---------------------------------------------------------------- led by a body


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Hamas leader Tariq Abu Salem rejected the Israeli proposal on Sunday.", "PSE", "REB"),
        ("CARICOM Secretary-General Mavis Thompson welcomed Guyana's offer of troops for Haiti.", "IGO", "IGO"),
        ("Houthi spokesman Yahya Saleh rejected the Saudi offer on Tuesday.", "YEM", None),
    ],
)
def test_person_named_after_a_body_and_his_title_acts_for_it(text: str, country: str, sector: str | None) -> None:
    events = [e for e in _code(text) if e.source.name]
    assert events, "no event with a named source"
    assert events[0].source.country == country
    if sector is not None:
        assert events[0].source.sector == sector


def test_family_name_of_a_body_led_person_keeps_the_body() -> None:
    events = _code(
        "Hamas leader Tariq Abu Salem rejected the Israeli proposal on Sunday. "
        "Abu Salem also accused Egypt of delaying the aid convoys."
    )
    accuse = only(events, "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("PSE", "EGY")


# ---------------------------------------------------------------- family names as written


def test_family_name_as_the_article_spells_it() -> None:
    # the knowledge spells him Berdimuhamedow; the article Berdimuhamedov
    events = _code(
        "President of Turkmenistan Serdar Berdimuhamedov arrived in Astana on Tuesday for talks with "
        "President Kassym-Jomart Tokayev. Berdimuhamedov praised Kazakhstan for its support."
    )
    support = only(events, "SUPPORT")
    assert (support.source.country, support.target.country) == ("TKM", "KAZ")


def test_family_name_of_an_unknown_minister_keeps_his_country() -> None:
    events = _code(
        "Zambian Foreign Minister Mulambo Chanda met Malawi's ambassador in Lusaka on Monday. "
        "Chanda accused Malawi of harbouring smugglers."
    )
    accuse = only(events, "ACCUSE")
    assert (accuse.source.country, accuse.source.sector, accuse.target.country) == ("ZMB", "GOV", "MWI")


def test_family_name_in_french_keeps_the_nationality_of_the_first_mention() -> None:
    events = _code(
        "Le ministre ghanéen des Affaires étrangères Kwame Asante a rencontré lundi l'ambassadeur du Togo. "
        "Asante a accusé mardi le Togo d'avoir violé l'accord frontalier.",
        lang="fr",
    )
    accuse = only(events, "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("GHA", "TGO")


def test_french_body_led_person_acts_for_the_body() -> None:
    events = _code("Le chef du M23 Corneille Nangaa a menacé Kinshasa. Nangaa a ensuite accusé l'armée congolaise de bombardements.", lang="fr")
    accuse = only(events, "ACCUSE")
    assert (accuse.source.country, accuse.source.sector) == ("COD", "REB")


# ---------------------------------------------------------------- titled strangers


def test_titled_stranger_is_not_of_the_state_he_accuses_in_his_sentence() -> None:
    events = _code(
        "COLOMBO - Sri Lanka summoned the Indian envoy over the arrest of Sri Lankan fishermen. The Sri Lankan navy said the boats "
        "were in Sri Lanka's waters. Fisheries Minister Ruwan Perera said the talks would stay frozen until New Delhi acts and "
        "accused the Indian navy of harassment."
    )
    accuse = [e for e in events if e.event_type == "ACCUSE" and e.source.name == "Ruwan Perera"]
    assert accuse, [(e.event_type, e.source.name, e.source.country) for e in events]
    assert accuse[0].source.country == "LKA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen abducted 25 schoolgirls in Kebbi State, Nigeria, on Monday. Governor Amina Bello appealed to the abductors to free the girls.", "NGA"),
        ("Floods killed 40 people in Peru's north this week. Mayor Rosa Quispe accused the national government of abandoning Piura.", "PER"),
    ],
)
def test_governors_and_mayors_are_state_officials(text: str, country: str) -> None:
    events = [e for e in _code(text) if e.event_type in ("REQUEST", "ACCUSE") and e.source.name]
    assert events, [(e.event_type, e.source.name, e.source.country) for e in _code(text)]
    assert (events[0].source.country, events[0].source.sector) == (country, "GOV")


def test_person_tied_to_no_body_takes_none_of_its_sector() -> None:
    # counter-case: a body named elsewhere in the sentence does not lead him
    events = _code("Analyst Jonas Lind said Hamas had rejected the plan, and criticised Egypt for its silence.")
    sources = [e.source for e in events if e.source.name == "Jonas Lind"]
    assert sources and all(s.sector == "CVL" for s in sources)


# ---------------------------------------------------------------- counter-cases


def test_family_name_shared_by_two_people_of_different_countries_is_no_ones() -> None:
    events = _code(
        "Ghanaian Foreign Minister Samuel Mensah met Togolese Trade Minister Kofi Mensah in Accra on Monday. "
        "Mensah accused Burkina Faso of closing the border."
    )
    accusers = [e.source for e in events if e.event_type == "ACCUSE"]
    assert all(a.name not in ("Samuel Mensah", "Kofi Mensah") for a in accusers), accusers


def test_title_of_a_foreign_visitor_is_the_visitor_not_the_host() -> None:
    events = _code(
        "Indonesian Foreign Minister Retno Wulandari arrived in Dili on Tuesday for talks with Timorese officials. "
        "The foreign minister urged Timor-Leste to speed up its reforms."
    )
    request = only(events, "REQUEST")
    assert (request.source.country, request.target.country) == ("IDN", "TLS")


def test_title_of_a_foreign_visitor_in_french() -> None:
    events = _code(
        "Le ministre bolivien des Affaires étrangères Mario Quispe est arrivé mardi à Lima pour des entretiens. "
        "Le ministre des Affaires étrangères a exhorté le Pérou à rouvrir la frontière.",
        lang="fr",
    )
    request = only(events, "REQUEST")
    assert (request.source.country, request.target.country) == ("BOL", "PER")

"""Actor classes across the world (helper actors18): armed groups where they fight,
civil and religious bodies, persons heading a foreign mission, peoples named with
their country of residence, seas named after a country. Sentences written for these tests, in both languages."""

from __future__ import annotations

import pytest

from event_checks import lang_coder, only

code = lang_coder("2024-06-01")


def _source(text: str, lang: str, event_type: str) -> tuple[str | None, str | None]:
    event = only(code(text, lang), event_type)
    return event.source.country, event.source.sector


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Boko Haram gunmen attacked a Cameroonian army post in Kousseri on Tuesday.", "en", "CMR"),
    ("Boko Haram gunmen attacked a Nigerian army post in Gwoza on Tuesday.", "en", "NGA"),
    ("Al-Shabaab fighters attacked a Kenyan police convoy in Lamu county on Tuesday.", "en", "KEN"),
    ("Des combattants de Boko Haram ont attaqué un poste de l'armée nigérienne à Diffa mardi.", "fr", "NER"),
    ("Les shebab ont attaqué un convoi de la police kényane dans le comté de Lamu mardi.", "fr", "KEN"),
])
def test_a_group_of_one_country_takes_the_neighbour_it_fights_in(text: str, lang: str, country: str) -> None:
    assert _source(text, lang, "ASSAULT") == (country, "REB")


def test_a_group_at_a_shared_lake_keeps_its_own_country() -> None:
    text = "Des combattants de Boko Haram ont attaqué des soldats tchadiens sur une île du lac Tchad mardi."
    assert _source(text, "fr", "ASSAULT") == ("NGA", "REB")


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Fano fighters attacked an Ethiopian army convoy near Gondar on Tuesday.", "en", "ETH"),
    ("Les talibans pakistanais ont attaqué un convoi de l'armée pakistanaise dans le Waziristan mardi.", "fr", "PAK"),
    ("Les forces tigréennes ont accusé l'Érythrée d'avoir pillé des villages.", "fr", "ETH"),
])
def test_armed_groups_by_their_press_names(text: str, lang: str, country: str) -> None:
    event = [e for e in code(text, lang) if e.event_type in ("ASSAULT", "ACCUSE")][0]
    assert (event.source.country, event.source.sector) == (country, "REB")


@pytest.mark.parametrize(("text", "lang", "country", "sector"), [
    ("La CENCO a accusé le gouvernement congolais de vouloir modifier la Constitution.", "fr", "COD", "REL"),
    ("Al-Azhar accused Denmark of tolerating attacks on the Koran.", "en", "EGY", "REL"),
    ("La Ligue tunisienne des droits de l'homme a accusé la police tunisienne de torture.", "fr", "TUN", "NGO"),
    ("La CGT a accusé le gouvernement français de mépriser les salariés.", "fr", "FRA", "LAB"),
    ("The Kenya Human Rights Commission accused the Kenyan police of killing protesters.", "en", "KEN", "NGO"),
])
def test_civil_and_religious_bodies_are_of_their_country(text: str, lang: str, country: str, sector: str) -> None:
    assert _source(text, lang, "ACCUSE") == (country, sector)


def test_the_cgt_of_a_buenos_aires_story_is_argentina_s() -> None:
    text = ("Argentina's unions marched in Buenos Aires against Javier Milei's reforms on Monday. "
            "The CGT accused the Argentine government of attacking workers' rights.")
    events = [e for e in code(text, "en") if e.event_type == "ACCUSE"]
    assert ("ARG", "LAB") in {(e.source.country, e.source.sector) for e in events}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Former Botswanan president Mokgweetsi Masisi, who heads the SADC observer mission, urged Mozambique's parties to accept the results.", "en", "IGO"),
    ("L'ancien président sénégalais Macky Sall, chef de la mission d'observation de l'Union africaine, a appelé les partis gabonais au calme.", "fr", "IGO"),
])
def test_a_former_leader_heading_a_mission_acts_for_the_body(text: str, lang: str, country: str) -> None:
    assert _source(text, lang, "REQUEST")[0] == country


def test_a_sitting_president_mediating_stays_his_state_s() -> None:
    text = "Kenyan President William Ruto, the African Union's mediator, urged Sudan's army to accept a ceasefire."
    assert _source(text, "en", "REQUEST")[0] == "KEN"


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Les Albanais de Macédoine du Nord ont accusé la Bulgarie d'ingérence.", "fr", "MKD"),
    ("Kosovo Serbs accused Germany of bias on Monday.", "en", "XKX"),
])
def test_a_people_named_with_its_country_is_of_that_country(text: str, lang: str, country: str) -> None:
    assert _source(text, lang, "ACCUSE") == (country, "ETH")


@pytest.mark.parametrize(("text", "lang"), [
    ("La marine russe a arraisonné un chalutier sud-coréen en mer du Japon mardi.", "fr"),
    ("Russian warships seized a South Korean fishing boat in the Sea of Japan on Tuesday.", "en"),
    ("Les garde-côtes iraniens ont saisi un navire dans le golfe d'Oman mardi.", "fr"),
])
def test_a_country_in_a_sea_s_name_is_no_actor(text: str, lang: str) -> None:
    events = code(text, lang)
    assert events and all(e.source.country not in ("JPN", "OMN") for e in events)

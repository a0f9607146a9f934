"""Names that exist in several countries take the story's country, through
``chronicle.code``: a bare "Congress" is the legislature of the country the story
is about (the US Congress only in an American story); people said to come from a
place ("fishermen from Rameswaram", "residents of Kitwe") are of that place's
country wherever the event happens; islands and regions whose names are far
towns' (Delft Island, Sri Lanka) and bare "Congo" (the DRC) resolve to the
story's place; an EU commissioner named by portfolio is the EU's, never his
nationality's nor a seat city's; JNIM is coded in the country it acts in.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronicle.knowledge.gazetteer import load_gazetteer
from event_checks import lang_coder, only, parties, triples


code = lang_coder("2025-06-02")


# ----------------------------------------- a bare "Congress" is the story's


@pytest.mark.parametrize(
    "text, country",
    [
        ("President Javier Milei's government said on Monday it would veto the pension bill. "
         "Pensioners marched to Congress in Buenos Aires on Wednesday. President Javier Milei accused Congress of sabotage.", "ARG"),
        ("Peru's president Dina Boluarte called on Congress on Monday to reject the motion. President Dina Boluarte accused "
         "Congress of staging a coup.", "PER"),
        ("Brazilian President Luiz Inácio Lula da Silva on Tuesday urged Congress to approve the tax reform. "
         "President Lula accused Congress of blocking the budget.", "BRA"),
    ],
)
def test_a_bare_congress_is_the_story_s_legislature(text: str, country: str) -> None:
    """Argentina's, Peru's, Brazil's congress, never the United States'."""
    events = code(text, "en")
    congress = [a for a in parties(events) if a.text and "Congress" in a.text]
    assert congress, triples(events)
    assert all(a.country == country and a.sector == "LEG" for a in congress), [(a.text, a.country, a.sector) for a in congress]


def test_congress_in_an_american_story_is_the_us_congress() -> None:
    text = ("WASHINGTON (AP) - Congress rejected a new aid package for Ukraine on Thursday. "
            "President Volodymyr Zelensky urged Congress to reconsider.")
    event = only(code(text, "en"), "REQUEST")
    assert event.source.country == "UKR"
    assert event.target is not None and event.target.country == "USA" and event.target.sector == "LEG"


# ------------------------------------------ people of a place are its country's


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("The Sri Lanka Navy arrested 12 fishermen from Rameswaram on Saturday near Delft Island.", "en", "IND"),
        ("Congolese police arrested 20 residents of Kitwe near Lubumbashi on Monday.", "en", "ZMB"),
        ("Kenyan police arrested 15 traders from Kampala in Nairobi on Friday.", "en", "UGA"),
        ("La police sénégalaise a arrêté mardi 20 pêcheurs de Nouadhibou à Dakar.", "fr", "MRT"),
    ],
)
def test_people_from_a_place_are_of_its_country(text: str, lang: str, country: str) -> None:
    """The place after "from" / "of" / "de" names their country, not the place of the arrest."""
    event = only(code(text, lang), "COERCE")
    assert event.target is not None and event.target.country == country and event.target.sector in ("CVL", "BUS"), event.target


def test_people_of_the_event_s_place_stay_its_people() -> None:
    event = only(code("Zambian police arrested 30 residents of Kitwe on Monday.", "en"), "COERCE")
    assert event.target is not None and event.target.country == "ZMB"


# ------------------------------------------------- places whose names are far towns'


@pytest.mark.parametrize(
    "name, country",
    [("Delft Island", "LKA"), ("Katchatheevu", "LKA"), ("Congo", "COD"), ("Delft", "NLD")],
)
def test_namesake_places(name: str, country: str) -> None:
    place = load_gazetteer().lookup(name)
    assert place is not None and place.country == country, place


def test_brazzaville_s_congo_is_the_republic_of_the_congo() -> None:
    place = load_gazetteer().lookup("Congo", context_countries=("COG",))
    assert place is not None and place.country == "COG", place


def test_a_sri_lankan_island_is_no_dutch_town() -> None:
    event = only(code("The Sri Lanka Navy arrested 12 fishermen near Delft Island on Saturday.", "en"), "COERCE")
    assert event.location is not None and event.location.country == "LKA", event.location


# ------------------------------------------------------------- EU commissioners


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Justice Commissioner Michael McGrath accused the Slovak government on Wednesday of stigmatising civil society.", "en"),
        ("EU Trade Commissioner Maros Sefcovic accused China on Monday of dumping steel.", "en"),
        ("Le commissaire européen à la Justice Michael McGrath a accusé mercredi le gouvernement slovaque de stigmatiser la société civile.", "fr"),
    ],
)
def test_an_eu_commissioner_is_the_eu_s(text: str, lang: str) -> None:
    event = only(code(text, lang), "ACCUSE")
    assert event.source.country == "EUR" and event.source.sector == "GOV", event.source


# ----------------------------------------------------- cross-border armed groups


@pytest.mark.parametrize(
    "text, country",
    [
        ("JNIM fighters attacked a gendarmerie post in Djibo, in northern Burkina Faso, on Sunday.", "BFA"),
        ("JNIM fighters attacked an army convoy near Kayes in western Mali on Sunday.", "MLI"),
    ],
)
def test_jnim_is_coded_where_it_acts(text: str, country: str) -> None:
    event = only(code(text, "en"), "ASSAULT")
    assert event.source.country == country and event.source.sector == "REB", event.source



# ------------------------------------- variant spellings of far towns are no places


@pytest.mark.parametrize(
    "name, story, country",
    [
        ("Mambasa", ("COD", "UGA"), None),  # a variant of Mombasa, Kenya, which an Ituri story never names
        ("Mambasa", (), "KEN"),  # with no story to go by, the variant stands
        ("Kiev", ("USA",), "UKR"),  # a world city keeps its variants in any story
        ("Valencia", ("VEN", "COL"), "VEN"),  # the story's own namesake outranks Spain's
    ],
)
def test_a_story_s_countries_decide_namesakes(name: str, story: tuple[str, ...], country: str | None) -> None:
    place = load_gazetteer().lookup(name, story=story)
    assert (place.country if place else None) == country, place


# ----------------------------------- bare offices of the story's state, not the other's


@pytest.mark.parametrize(
    "text, country",
    [
        ("ISLAMABAD: The Foreign Office on Monday summoned Afghanistan's charge d'affaires over the attack in Pakistan's "
         "Khyber district. Pakistan said the attack killed 12 soldiers.", "PAK"),
        ("LONDON: The Foreign Office on Monday summoned Russia's ambassador over the poisoning. "
         "Britain said the attack was unacceptable.", "GBR"),
    ],
)
def test_the_foreign_office_is_the_story_s(text: str, country: str) -> None:
    """Pakistan's foreign ministry is "the Foreign Office" in Pakistani English, Britain's in British English."""
    event = next(e for e in code(text, "en") if e.source.text and "Foreign Office" in e.source.text)
    assert event.source.country == country, event.source


def test_a_bare_government_rejecting_a_foreign_leader_is_not_his() -> None:
    text = ("The Federal Government has rejected a threat by United States President Donald Trump to take military action "
            "in Ghana. Ghana said its security forces were able to protect its people. Trump ordered the Pentagon to prepare.")
    event = only(code(text, "en"), "REJECT")
    assert event.source.country == "GHA" and event.target is not None and event.target.country == "USA", (event.source, event.target)

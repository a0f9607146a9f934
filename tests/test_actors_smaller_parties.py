"""The story's smaller parties (actors14): a movement's leaders, spokespeople known by
role and name, sub-national and contested entities, oppositions and parties named with
no country, acronyms two bodies share, movements of many countries.

- "Hamas leaders", "les dirigeants du Hamas": the movement itself, never the head of
  state of its country.
- Spokespeople the press names by role and name ("Foreign ministry spokesperson Lin
  Jian") are their ministry's country, wherever the story is.
- Federal member states and breakaway entities with no ISO code (Puntland, Somaliland,
  Transnistria, Abkhazia, Republika Srpska) act with their sovereign's code; Turkish
  Cypriots and their leader are CYP.
- An opposition or a party with no country that acts on a state's government is that
  state's ("the opposition Popular Party accused Prime Minister Pedro Sanchez").
- "SDF" is the Syrian Democratic Forces in a story about Syria, Japan's Self-Defense
  Forces in one about Japan; "Islamic State" is coded where it acts.

Sentences written for these tests, about many regions.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event
from event_checks import only


def code(text: str, lang: str, published: str = "2025-03-01") -> list[Event]:
    return chronicle.code(text, published=published, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "country", "sector", "name"),
    [
        ("Hamas leaders met Egyptian mediators in Cairo on Monday.", "en", "CONSULT", "PSE", "REB", "Hamas"),
        ("Hezbollah officials condemned the French proposal on Tuesday.", "en", "ACCUSE", "LBN", "REB", "Hezbollah"),
        ("Les dirigeants du Hamas ont rencontré le ministre turc des Affaires étrangères à Ankara lundi.", "fr", "CONSULT", "PSE", "REB", "Hamas"),
        ("Les responsables du Hezbollah ont dénoncé la proposition française mardi.", "fr", "ACCUSE", "LBN", "REB", "Hezbollah"),
    ],
)
def test_a_movements_leaders_are_the_movement(text: str, lang: str, event_type: str, country: str, sector: str, name: str) -> None:
    event = only(code(text, lang), event_type)
    assert (event.source.country, event.source.sector, event.source.name) == (country, sector, name)


@pytest.mark.parametrize(
    ("text", "lang", "country", "sector", "name"),
    [
        ("The United States imposed new tariffs. Foreign ministry spokesperson Lin Jian accused Washington of bullying on Tuesday.",
         "en", "CHN", "GOV", "Lin Jian"),
        ("Le porte-parole Mao Ning a accusé Tokyo de provocation mardi.", "fr", "CHN", "GOV", "Mao Ning"),
        ("Spokesman Esmaeil Baghaei accused France of hypocrisy on Monday.", "en", "IRN", "GOV", "Esmaeil Baghaei"),
        ("Le porte-parole Zabihullah Mujahid a accusé le Pakistan de bombarder des civils.", "fr", "AFG", "GOV", "Zabihullah Mujahid"),
        ("In Kuala Lumpur, spokesman Zaw Min Tun accused the rebels of attacking a school.", "en", "MMR", "MIL", "Zaw Min Tun"),
    ],
)
def test_spokespeople_known_by_name_are_their_ministrys(text: str, lang: str, country: str, sector: str, name: str) -> None:
    event = only(code(text, lang), "ACCUSE")
    assert (event.source.country, event.source.sector, event.source.name) == (country, sector, name)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        ("Turkish Cypriot leader Ersin Tatar met Cypriot President Nikos Christodoulides in Nicosia on Tuesday.", "en", "CONSULT", "CYP", "CYP"),
        ("The Turkish Cypriot leader accused Greece of meddling on Friday.", "en", "ACCUSE", "CYP", "GRC"),
        ("Le dirigeant chypriote turc a accusé la Grèce d'ingérence vendredi.", "fr", "ACCUSE", "CYP", "GRC"),
        ("Somaliland signed a port agreement with Ethiopia in Addis Ababa on Monday.", "en", "AGREE", "SOM", "ETH"),
        ("Le Somaliland a signé un accord portuaire avec l'Ethiopie lundi à Addis-Abeba.", "fr", "AGREE", "SOM", "ETH"),
        ("Transnistria accused Ukraine of blocking its trade on Monday.", "en", "ACCUSE", "MDA", "UKR"),
        ("La Transnistrie a accusé l'Ukraine de bloquer son commerce lundi.", "fr", "ACCUSE", "MDA", "UKR"),
        ("Abkhazia accused Georgia of provocations on Thursday.", "en", "ACCUSE", "GEO", "GEO"),
        ("Republika Srpska accused Croatia of interference on Wednesday.", "en", "ACCUSE", "BIH", "HRV"),
        ("Puntland accused Ethiopia of arming militias on Sunday.", "en", "ACCUSE", "SOM", "ETH"),
    ],
)
def test_regions_and_contested_entities_act_with_their_sovereigns_code(text: str, lang: str, event_type: str, source: str, target: str) -> None:
    event = only(code(text, lang), event_type)
    assert (event.source.country, event.target.country if event.target else None) == (source, target)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Spain recalled its ambassador to Israel. The opposition Popular Party accused Prime Minister Pedro Sanchez of distracting voters.",
         "en", "ESP"),
        ("L'Espagne a rappelé son ambassadrice en Israël. Le Parti populaire a accusé le Premier ministre Pedro Sanchez de diversion.", "fr", "ESP"),
        ("Argentina expelled a Venezuelan diplomat. The opposition accused President Javier Milei of provoking a crisis.", "en", "ARG"),
        ("Le Kenya a rappelé son ambassadeur en Ouganda. L'opposition a accusé le président William Ruto d'improvisation.", "fr", "KEN"),
    ],
)
def test_an_opposition_with_no_country_is_the_governments_it_opposes(text: str, lang: str, country: str) -> None:
    accusations = [e for e in code(text, lang) if e.event_type == "ACCUSE"]
    assert accusations, "no accusation coded"
    event = accusations[-1]
    assert event.source.country == country and event.source.sector in ("OPP", "PTY")
    assert event.target is not None and event.target.country == country


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Turkey's foreign minister visited Damascus. Fidan urged the SDF to honour its agreement with the Syrian government.",
         "SYR", "Syrian Democratic Forces"),
        ("Japan and the Philippines held talks in Tokyo. Japanese Defence Minister Gen Nakatani urged the SDF to prepare for typhoon relief.",
         "JPN", "Japan Self-Defense Forces"),
    ],
)
def test_a_shared_acronym_is_the_body_of_the_storys_country(text: str, country: str, name: str) -> None:
    event = only(code(text, "en"), "REQUEST")
    assert event.target is not None and (event.target.country, event.target.name) == (country, name)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "country"),
    [
        ("Islamic State militants attacked a village in Mozambique's Cabo Delgado province on Sunday.", "en", "ASSAULT", "MOZ"),
        ("Des combattants de l'Etat islamique ont attaqué un village de la province du Cabo Delgado, au Mozambique, dimanche.", "fr", "ASSAULT", "MOZ"),
        ("Islamic State fighters attacked an army post in Iraq's Anbar province on Friday.", "en", "ASSAULT", "IRQ"),
        ("Les jihadistes de l'Etat islamique ont attaqué une position de l'armée nigérienne près de Tillabéri.", "fr", "ASSAULT", "NER"),
    ],
)
def test_a_movement_of_many_countries_is_coded_where_it_acts(text: str, lang: str, event_type: str, country: str) -> None:
    events = [e for e in code(text, lang) if e.event_type == event_type and e.source.name == "Islamic State"]
    assert events, [(e.event_type, e.source, e.target) for e in code(text, lang)]
    assert {e.source.country for e in events} == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Taiwan said Chinese warships sailed near Taiwan on Monday, and Taiwan's coast guard tracked them. "
         "The Ministry of National Defense condemned the exercises as a provocation.", "TWN"),
        ("North Korea fired a ballistic missile on Monday. The Ministry of National Defense condemned the launch.", "KOR"),
    ],
)
def test_a_shared_ministry_name_is_the_storys_countrys(text: str, country: str) -> None:
    events = [e for e in code(text, "en") if e.event_type == "ACCUSE"]
    assert events and events[-1].source.country == country, [(e.event_type, e.source, e.target) for e in events]


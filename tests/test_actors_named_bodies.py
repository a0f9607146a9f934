"""Actors news names by name, and words that look like actors but are not (actors9).

Legislatures (Knesset, Duma, Bundestag, Majlis, Sejm), central banks, electoral
commissions, ruling and opposition parties and armed groups of every region are
named bodies with a country and a sector; armed men named by their body ("JNIM
fighters", "les miliciens de la CODECO") are that body acting; a demonym on a
currency ("dollars américains", "US dollars") says whose money, never who acts;
foreign ministers the knowledge lacked resolve on the day. Sentences written for
these tests, about many regions.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event
from chronicle.pipeline import Coder
from event_checks import only, parties


def code(text: str, lang: str, published: str = "2025-05-14") -> list[Event]:
    return chronicle.code(text, published=published, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "name", "country", "sector"),
    [
        ("The Knesset condemned the UN resolution on Tuesday.", "en", "ACCUSE", "Knesset", "ISR", "LEG"),
        ("La Douma a accusé la Pologne de provocation.", "fr", "ACCUSE", "State Duma", "RUS", "LEG"),
        ("The Bundestag condemned Russia's attack on Kyiv.", "en", "ACCUSE", "Bundestag", "DEU", "LEG"),
        ("Iran's Majlis condemned the United States on Sunday.", "en", "ACCUSE", "Islamic Consultative Assembly", "IRN", "LEG"),
        ("La Banque centrale européenne a critiqué le gouvernement italien.", "fr", "ACCUSE", "European Central Bank", "EUR", "GOV"),
        ("Nigeria's INEC rejected the opposition's demand for a recount.", "en", "REJECT", "Independent National Electoral Commission", "NGA", "GOV"),
        ("The ANC accused the Democratic Alliance of sabotage.", "en", "ACCUSE", "African National Congress", "ZAF", "PTY"),
        ("The BJP accused Pakistan of sponsoring terrorism.", "en", "ACCUSE", "Bharatiya Janata Party", "IND", "PTY"),
        ("Le Front Polisario a accusé le Maroc de violer le cessez-le-feu.", "fr", "ACCUSE", "Polisario Front", "ESH", "REB"),
        ("Ansar Allah fired missiles at an American warship.", "en", "ASSAULT", "Houthis", "YEM", "REB"),
        ("The IRGC seized a British tanker in the Strait of Hormuz.", "en", "COERCE", "Islamic Revolutionary Guard Corps", "IRN", "MIL"),
        ("Les Gardiens de la révolution ont saisi un pétrolier britannique dans le détroit d'Ormuz.", "fr", "COERCE", "Islamic Revolutionary Guard Corps", "IRN", "MIL"),
        ("L'Armée d'Arakan a attaqué une base de la junte birmane.", "fr", "ASSAULT", "Arakan Army", "MMR", "REB"),
        ("The IDF struck a school in Gaza City.", "en", "ASSAULT", "Israel Defense Forces", "ISR", "MIL"),
        ("CARICOM urged Haiti's transitional council to hold elections.", "en", "REQUEST", "Caribbean Community", "IGO", "IGO"),
        ("La CARICOM a appelé le Venezuela à retirer ses navires.", "fr", "REQUEST", "Caribbean Community", "IGO", "IGO"),
        ("The WHO urged Chad to open its border to the wounded.", "en", "REQUEST", "World Health Organization", "UNO", "IGO"),
    ],
)
def test_a_body_named_by_name_is_that_body(text: str, lang: str, event_type: str, name: str, country: str, sector: str) -> None:
    source = only(code(text, lang), event_type).source
    assert (source.name, source.country, source.sector) == (name, country, sector)


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        ("JNIM fighters attacked an army post near Djibo on Monday.", "en", "Jama'at Nasr al-Islam wal-Muslimin", "BFA"),  # JNIM takes the country where it acts (Djibo: Burkina Faso)
        ("CODECO militiamen attacked a camp for displaced people in Ituri.", "en", "CODECO", "COD"),
        ("SPLM-IO fighters attacked an army base in Upper Nile.", "en", "SPLM-IO", "SSD"),
        ("Les combattants du JNIM ont attaqué un poste de l'armée près de Djibo.", "fr", "Jama'at Nasr al-Islam wal-Muslimin", "BFA"),
        ("Les miliciens de la CODECO ont attaqué un camp de déplacés en Ituri.", "fr", "CODECO", "COD"),
        ("Des soldats des FARDC ont attaqué les positions du M23.", "fr", "Armed Forces of the Democratic Republic of the Congo", "COD"),
    ],
)
def test_armed_men_named_by_their_body_are_the_body(text: str, lang: str, name: str, country: str) -> None:
    source = only(code(text, lang), "ASSAULT").source
    assert (source.name, source.country) == (name, country)


def test_hostages_of_a_group_are_not_the_group() -> None:
    """Only the group's fighters are the group: its hostages, victims or leaders' guests are not."""
    found = [a.name for a in parties(code("Les otages du JNIM ont été libérés par l'armée malienne.", "fr"))]
    assert "Jama'at Nasr al-Islam wal-Muslimin" not in found


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    ("text", "lang", "currency_country"),
    [
        ("Japan gave Mali 50 million US dollars in aid.", "en", "USA"),
        ("Ghana received 3 billion U.S. dollars from the IMF.", "en", "USA"),
        ("Le Japon a versé 50 millions de dollars américains au Mali.", "fr", "USA"),
        ("Le Sénégal a reçu 20 millions d'euros et 5 millions de dollars américains de la Banque mondiale.", "fr", "USA"),
    ],
)
def test_a_currency_s_country_is_no_actor(coder: Coder, text: str, lang: str, currency_country: str) -> None:
    tools = coder.tools(lang)
    doc = tools.nlp(text)
    found = {ref.country for mention in tools.mentions.find(doc) for ref in mention.refs}
    assert currency_country not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "published", "name", "country"),
    [
        ("Georgia's foreign minister met her Armenian counterpart in Yerevan.", "en", "2025-05-14", "Maka Botchorishvili", "GEO"),
        ("Le ministre palestinien des Affaires étrangères a rencontré son homologue jordanien à Amman.", "fr", "2025-05-14", "Varsen Aghabekian", "PSE"),
        ("Uruguay's foreign minister met his Brazilian counterpart in Brasilia.", "en", "2025-05-14", "Mario Lubetkin", "URY"),
        ("Le chef de la diplomatie tanzanienne a rencontré son homologue kényan à Nairobi.", "fr", "2025-05-14", "Mahmoud Thabit Kombo", "TZA"),
        ("The Philippine foreign secretary met the Japanese foreign minister in Tokyo.", "en", "2025-08-10", "Maria Theresa Lazaro", "PHL"),
    ],
)
def test_a_foreign_minister_the_knowledge_lacked(text: str, lang: str, published: str, name: str, country: str) -> None:
    source = only(code(text, lang, published), "CONSULT").source
    assert (source.name, source.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "country"),
    [
        ("BAMAKO, April 7 (Reuters) - Algeria shot down a Malian drone near the border, Algeria's defence ministry said. "
         "Algeria said the drone had violated its airspace.\n\nThe foreign ministry summoned the Algerian ambassador on Monday.", "en", "ACCUSE", "MLI"),
        ("BAMAKO, 7 avril (AFP) - L'Algérie a abattu un drone malien près de la frontière, a annoncé le ministère algérien de la Défense. "
         "L'Algérie affirme que le drone avait violé son espace aérien.\n\nLe ministère des Affaires étrangères a convoqué lundi l'ambassadeur d'Algérie.", "fr", "ACCUSE", "MLI"),
        ("ISLAMABAD, Jan 5 (Reuters) - India accused Pakistan of sheltering militants. India said the attack in Kashmir was planned across "
         "the border, and India recalled its envoy.\n\nThe interior ministry ordered the arrest of 20 suspects.", "en", "COERCE", "PAK"),
    ],
)
def test_a_bare_office_is_the_dateline_country_s(text: str, lang: str, event_type: str, country: str) -> None:
    """A ministry named without a country in a story filed from a capital is that
    country's, even when the article names another state more often."""
    assert only(code(text, lang), event_type).source.country == country


def test_a_dateline_of_a_country_the_article_names_no_actor_of_says_nothing() -> None:
    """A story filed from Geneva about Sudan: the foreign ministry is not Switzerland's."""
    text = ("GENEVA, March 3 (Reuters) - Sudan's army accused the Rapid Support Forces of shelling El Fasher. "
            "Sudan said the RSF had killed dozens of civilians.\n\nThe foreign ministry condemned the attack on Tuesday.")
    events = [e for e in code(text, "en") if e.source.text and "ministry" in e.source.text]
    assert events and all(e.source.country != "CHE" for e in events)


def test_the_dateline_places_offices_not_the_army() -> None:
    """Myanmar news is filed from Bangkok: "the army" there is Myanmar's, which acts
    where it strikes; only a bare ministry or minister takes the dateline's country."""
    text = ("BANGKOK, March 30 (Reuters) - Thailand sent rescue teams to Myanmar after the earthquake, Thai officials said. "
            "Thailand also pledged medical aid.\n\nRebel groups accused the army of continuing air strikes in the Sagaing region.")
    accusation = only(code(text, "en"), "ACCUSE")
    assert accusation.target is not None and accusation.target.country == "MMR"


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "side", "name", "country", "sector"),
    [
        ("Nepal accused the BSF of firing on Nepali traders near the border on Tuesday.", "en", "ACCUSE", "target", "Border Security Force", "IND", "MIL"),
        ("The BGB detained 12 Indian smugglers near Jessore on Monday.", "en", "COERCE", "source", "Border Guard Bangladesh", "BGD", "MIL"),
        ("Pakistan Rangers arrested three Indian fishermen near Sialkot.", "en", "COERCE", "source", "Pakistan Rangers", "PAK", "MIL"),
        ("Le Népal a accusé la BSF d'avoir tiré sur des commerçants népalais.", "fr", "ACCUSE", "target", "Border Security Force", "IND", "MIL"),
    ],
)
def test_border_and_paramilitary_forces_named_by_their_initials(text: str, lang: str, event_type: str, side: str,
                                                               name: str, country: str, sector: str) -> None:
    """South Asian border and paramilitary forces the press names by initials alone are that
    state's forces (knowledge/data/organisations.yaml)."""
    actors = [getattr(e, side) for e in code(text, lang) if e.event_type == event_type]
    assert any(a is not None and (a.name, a.country, a.sector) == (name, country, sector) for a in actors)

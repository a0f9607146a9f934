"""Unnamed collective actors whose country the article's context gives (packs'
``collective`` agents, resolve.actors.collective_country): the parties of a conflict
("the warring parties", "all sides", "toutes les parties"), a country's own bodies
named bare ("the authorities", "ministers", "the House", "the Centre", "les
autorités") and the member states of the organisation that speaks."""

from __future__ import annotations

import pytest

import chronicle
from chronicle.packs import Agent
from chronicle.resolve.actors import Actor, CollectiveClues, collective_country

PUBLISHED = "2025-03-12"


def _targets(text: str, lang: str, event_type: str = "REQUEST") -> list[tuple[str | None, str | None]]:
    """(source country, target country) of the events of ``event_type``."""
    return [(e.source.country, e.target.country if e.target else None)
            for e in chronicle.code(text, published=PUBLISHED, lang=lang) if e.event_type == event_type]


# ---------------------------------------------------------------- the parties of a conflict

@pytest.mark.parametrize(
    "text, lang, speaker, country",
    [
        ("Yemen: fighting around Marib\n\nHouthi rebels and Yemeni government forces fought for a third day near Marib, "
         "the Yemeni army said.\n\nOman called on the warring parties to return to talks.", "en", "OMN", "YEM"),
        ("Clashes in Tripoli\n\nArmed groups loyal to Libya's Government of National Unity clashed with a rival militia "
         "in Tripoli overnight.\n\nThe European Union called on all parties to cease hostilities.", "en", "EUR", "LBY"),
        ("Haiti: gangs attack Mirebalais\n\nGangs attacked the Haitian town of Mirebalais on Monday and freed 500 "
         "inmates, Haiti's police said.\n\nCanada urged all sides to protect civilians.", "en", "CAN", "HTI"),
        ("RDC : combats autour de Goma\n\nLes rebelles du M23 et l'armée congolaise se sont affrontés lundi près de Goma.\n\n"
         "L'Angola a appelé toutes les parties à la retenue.", "fr", "AGO", "COD"),
        ("Sénégal : tensions avant le scrutin\n\nDes heurts ont opposé mardi des militants de l'opposition sénégalaise à "
         "la police à Dakar.\n\nLa Cédéao a appelé tous les acteurs politiques au dialogue.", "fr", "IGO", "SEN"),
        ("Soudan : combats à El-Facher\n\nL'armée soudanaise et les Forces de soutien rapide se sont affrontées à "
         "El-Facher.\n\nL'Égypte a exhorté les parties belligérantes à protéger les civils.", "fr", "EGY", "SDN"),
    ],
)
def test_the_parties_of_a_conflict_are_of_the_country_it_is_in(text: str, lang: str, speaker: str, country: str) -> None:
    assert (speaker, country) in _targets(text, lang)


def test_a_dateline_places_the_conflict_before_the_most_named_country() -> None:
    text = ("Ethiopia: clashes in Amhara\n\nADDIS ABABA, March 12 (Reuters) - Ethiopia's army and Fano militiamen "
            "clashed near Gondar, residents said. Eritrea and Egypt denied any role, and Eritrea's information "
            "minister accused Egypt of spreading rumours. Eritrea recalled its ambassador from Cairo.\n\n"
            "Kenya called on all sides to lay down their arms.")
    assert ("KEN", "ETH") in _targets(text, "en")


def test_a_place_in_the_phrase_names_the_conflict_over_the_article_s_country() -> None:
    """A story about Thai relief names Thailand most; "all parties to the conflict in
    Myanmar" are Myanmar's."""
    text = ("Thailand sends relief\n\nThailand sent 30 tonnes of food to refugees on the Thai border, the Thai "
            "foreign ministry said. Thai troops escorted the convoy from Mae Sot.\n\n"
            "The United Nations urged all parties to the conflict in Myanmar to allow the aid through.")
    assert ("UNO", "MMR") in _targets(text, "en")


def test_a_nationality_in_the_phrase_names_the_parties() -> None:
    text = ("Chad receives refugees\n\nChad's government opened two camps for refugees near Adre, Chadian officials "
            "said.\n\nThe African Union urged Sudan's warring parties to respect the truce.")
    found = _targets(text, "en")
    assert found and all(target == "SDN" for _, target in found), found


def test_a_call_with_no_country_in_reach_names_no_addressee() -> None:
    found = _targets("Pope Leo called on all parties to seek peace.", "en")
    assert found and all(target is None for _, target in found), found


# ---------------------------------------------------------------- a country's own bodies

@pytest.mark.parametrize(
    "text, lang, speaker, country",
    [
        ("Bangladesh bans rallies\n\nBangladesh's interim government banned rallies in Dhaka on Tuesday, the home "
         "ministry said.\n\nAmnesty International called on the authorities to lift the ban.", "en", "NGO", "BGD"),
        ("Guinée : un opposant arrêté\n\nLe gouvernement guinéen a fait arrêter lundi un opposant à Conakry, a "
         "annoncé le ministre guinéen de la Justice.\n\nAmnesty International a exhorté les autorités à le libérer.",
         "fr", "NGO", "GIN"),
        ("Tchad : des journalistes détenus\n\nLa police tchadienne a arrêté trois journalistes à N'Djamena, a indiqué "
         "le ministre tchadien de la Communication.\n\nReporters sans frontières a appelé les autorités à les relâcher.",
         "fr", "NGO", "TCD"),
    ],
)
def test_the_authorities_are_the_state_whose_offices_the_article_names(text: str, lang: str, speaker: str, country: str) -> None:
    assert (speaker, country) in _targets(text, lang)


def test_ministers_are_the_speaker_s_own_government() -> None:
    """A story on Chinese spies names Chinese bodies most; the Canadian opposition's
    "ministers" are Canada's."""
    text = ("Canada expels Chinese diplomat\n\nCanada expelled a Chinese diplomat accused of intimidating a member of "
            "parliament. China's foreign ministry protested, and China's embassy said Beijing would respond. "
            "Chinese state media called the decision hostile.\n\n"
            "Canadian Conservative leader Pierre Poilievre urged ministers to expel more diplomats.")
    assert ("CAN", "CAN") in _targets(text, "en")


def test_the_house_of_a_dateline_s_country_over_the_speaker_s() -> None:
    text = ("Senate backs aid\n\nWASHINGTON, March 12 (Reuters) - The U.S. Senate approved $20 billion in aid for "
            "Ukraine on Tuesday, and President Donald Trump said he would sign it.\n\n"
            "Ukrainian Foreign Minister Andrii Sybiha thanked senators and urged the House to act quickly.")
    assert ("UKR", "USA") in _targets(text, "en")


def test_the_centre_is_the_speaker_s_union_government() -> None:
    text = ("Fishermen held\n\nThe Sri Lanka Navy arrested 12 Indian fishermen near Delft Island, Sri Lankan officials "
            "said.\n\nIndia's opposition Congress party urged the Centre to secure their release.")
    assert ("IND", "IND") in _targets(text, "en")


def test_a_lower_case_house_is_no_legislature() -> None:
    events = chronicle.code("An Israeli drone struck the house of a Hezbollah commander in Tyre on Tuesday.",
                            published=PUBLISHED, lang="en")
    assert all(e.target is None or e.target.sector != "LEG" for e in events), [e.target for e in events]


def test_the_authorities_as_doers_are_of_the_place_they_act_in() -> None:
    text = ("Pakistan unrest\n\nThe authorities arrested 40 supporters of Imran Khan in Lahore on Sunday.")
    found = _targets(text, "en", "COERCE")
    assert found and found[0][0] == "PAK", found


# ---------------------------------------------------------------- member states

@pytest.mark.parametrize(
    "text, lang",
    [
        ("EU foreign policy chief Kaja Kallas called on member states to send more air defence to Ukraine.", "en"),
        ("La cheffe de la diplomatie européenne Kaja Kallas a appelé les États membres à livrer davantage de "
         "munitions à l'Ukraine.", "fr"),
    ],
)
def test_member_states_are_the_organisation_that_speaks_to_them(text: str, lang: str) -> None:
    assert ("EUR", "EUR") in _targets(text, lang)


# ---------------------------------------------------------------- the rule and the data

def test_the_rule_orders_its_clues() -> None:
    speaker = Actor("Badenoch", "Kemi Badenoch", "GBR", "PTY", person=True)
    everything = CollectiveClues(phrase_place="SDN", sentence_place="TCD", filed_in="EGY", speaker=speaker, office_home="RUS", home="UKR")
    assert collective_country("sides", everything)[0] == "SDN"
    assert collective_country("domestic", CollectiveClues(speaker=speaker, office_home="RUS", home="UKR"))[0] == "GBR"
    assert collective_country("sides", CollectiveClues(speaker=speaker, office_home="RUS", home="UKR"))[0] == "UKR"
    assert collective_country("domestic", CollectiveClues(filed_in="USA", speaker=speaker))[0] == "USA"
    igo = Actor("Kallas", "Kaja Kallas", "EUR", "IGO", person=True)
    assert collective_country("members", CollectiveClues(speaker=igo, home="RUS"))[0] == "EUR"
    assert collective_country("members", CollectiveClues(speaker=speaker, home="RUS"))[0] is None
    assert collective_country("sides", CollectiveClues())[0] is None


def test_only_a_collective_of_sides_may_have_no_sector() -> None:
    with pytest.raises(ValueError, match="collective of sides"):
        Agent(words=("authorities",), sector=None, collective="domestic", source="test")
    assert Agent(words=("all sides",), sector=None, collective="sides", source="test").sector is None


def test_a_dateline_is_the_last_resort_of_a_story_that_names_no_state() -> None:
    """A body the knowledge does not hold, in a story filed from a city that names no state
    at all ("DURBAN — The Federation of Metal and Dock Workers demanded ..."), is the
    dateline's country's; a dateline beside a named state says nothing of such a body, nor does
    it reach the parties of a conflict."""
    assert collective_country("named", CollectiveClues(dateline="ZAF"))[0] == "ZAF"
    assert collective_country("domestic", CollectiveClues(dateline="ZAF"))[0] == "ZAF"
    assert collective_country("named", CollectiveClues(dateline="CHE", home="MMR"))[0] == "MMR"
    assert collective_country("sides", CollectiveClues(dateline="CHE"))[0] is None
    story = ("Dock workers strike in Durban\n\nDURBAN — The Federation of Metal and Dock Workers demanded a 12 percent "
             "wage rise from the port authority on Thursday.")
    assert ("ZAF", "ZAF") in _targets(story, "en")


def test_a_body_named_by_its_own_name_is_the_acting_government_s_own() -> None:
    """A government acting on a body it names is acting at home ("Ethiopia's government moved
    to ban the Amhara Unity Movement"); only the parties of a conflict addressed by a
    speaker of another state are not the speaker's own."""
    government = Actor("government", None, "ETH", "GOV")
    assert collective_country("named", CollectiveClues(speaker=government, home="ETH"))[0] == "ETH"
    assert collective_country("sides", CollectiveClues(speaker=government, home="ETH"))[0] is None
    events = chronicle.code("Ethiopia's government moved on Tuesday to ban the Amhara Unity Movement.", published=PUBLISHED, lang="en")
    assert [(e.source.country, e.target.country, e.target.sector) for e in events if e.event_type == "COERCE"] == [("ETH", "ETH", "PTY")]

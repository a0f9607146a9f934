"""Persons, titles and plural references (helper persons16): an official the knowledge
does not hold, named with a bare title, is of the state his sentence or his story
gives, never of a country merely named as a place; a later family name of several
words keeps the full mention's sector; "the two delegations" and "them" are the sides
of the talks, never their witnesses; "they" in "... as they met" is the main clause's
subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_checks import coder, of_type, only
from chronicle.pipeline import Coder

code_en = coder("en", "2025-06-02")
code_fr = coder("fr", "2025-06-02")
CODER = Coder()


def person_mentions(text: str) -> list[tuple[str, str | None]]:
    """(name, sector) of each person mention the English finder reads in ``text``."""
    tools = CODER.tools("en")
    return [(m.refs[0].name or "", m.refs[0].sector) for m in tools.mentions.find(tools.nlp(text)) if m.refs[0].kind == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy Minister of Defence Jan Kowalczyk visited Vilnius on Monday.", "Jan Kowalczyk"),
        ("Minister of State for Foreign Affairs Dr Ahmed Bello Tanko met the delegation in Abuja.", "Ahmed Bello Tanko"),
        ("Minister of Interior Affairs Amina Abdi Warsame criticised the decision.", "Amina Abdi Warsame"),
    ],
)
def test_a_capitalised_title_runs_into_the_name_without_a_comma(text: str, name: str):
    assert (name, "GOV") in person_mentions(text)


def test_a_lowercase_word_before_a_name_is_no_title_complement():
    found = person_mentions("The minister said on Monday that Jan Kowalczyk would resign.")
    assert ("Jan Kowalczyk", "GOV") not in found


def test_a_bare_title_takes_the_state_its_sentence_names_not_the_place_named_before():
    events = code_en(
        "Chile's Ministry of Mining on Monday accused Peru of polluting the river, causing damage in Bolivia.\n\n"
        "Minister Ramiro Esteban Quiroga described the spill as \"reckless\" and said Chile would seek compensation.\n\n"
        "Peru's environment ministry rejected the accusations."
    )
    quiroga = [e for e in of_type(events, "ACCUSE") if e.source.name == "Ramiro Esteban Quiroga"]
    assert [(e.source.country, e.source.sector) for e in quiroga] == [("CHL", "GOV")]
    assert all(e.source.country != "BOL" and (e.target is None or e.target.country != "BOL") for e in events)


def test_an_official_s_sentence_partner_does_not_give_him_its_country():
    events = code_en(
        "Latvia shuts Silene crossing\n\n"
        "Latvia closed its border crossing with Belarus on Tuesday.\n\n"
        "Latvia's government said attempts to cross the border illegally had doubled.\n\n"
        "Interior Minister Andris Ozolins accused the Lukashenko regime of organising the flow of migrants."
    )
    accusation = only(events, "ACCUSE")
    assert (accusation.source.country, accusation.target.country) == ("LVA", "BLR")


def test_a_family_name_of_several_words_keeps_the_full_mention_s_sector():
    events = code_en(
        "The Minister of State for Foreign Affairs Dr Khalid bin Rashid Al Mansouri received the Omani delegation in Kuwait City on Sunday.\n\n"
        "Al Mansouri praised Oman for its support."
    )
    praise = only(events, "SUPPORT")
    assert praise.source.name == "Khalid bin Rashid Al Mansouri"
    assert (praise.source.country, praise.source.sector) == ("KWT", "GOV")
    assert praise.target.country == "OMN"


def test_the_two_delegations_and_them_are_the_sides_not_the_witnesses():
    events = code_en(
        "The government of Colombia and the ELN signed a ceasefire protocol in Havana on Friday.\n\n"
        "Minister of State Carlos Ruiz Fernández attended the ceremony along with representatives of Norway and Brazil.\n\n"
        "Ruiz Fernández praised the two delegations and called on them to respect the truce."
    )
    for event_type in ("SUPPORT", "REQUEST"):
        found = of_type(events, event_type)
        assert found and all(e.target.country == "COL" for e in found), [(e.source, e.target) for e in found]
        assert all((e.source.country, e.source.sector) == ("COL", "GOV") for e in found)


def test_les_deux_delegations_are_the_signatories_not_the_observers():
    events = code_fr(
        "Le Soudan et le Soudan du Sud ont signé lundi un accord à Addis-Abeba, en présence de représentants de l'Union africaine et de la Norvège.\n\n"
        "Le ministre éthiopien Ahmed Boutache a salué les deux délégations et les a appelées à appliquer l'accord."
    )
    praised = {e.target.country for e in of_type(events, "SUPPORT")}
    assert praised == {"SDN", "SSD"}
    assert {e.target.country for e in of_type(events, "REQUEST")} <= {"SDN", "SSD"}


def test_they_in_a_clause_of_the_main_verb_are_its_subject_not_the_last_pair():
    events = code_en("EU foreign ministers on Monday urged Iran to release the detained aid workers as they met in Brussels.")
    assert only(events, "REQUEST").target.country == "IRN"
    assert not of_type(events, "CONSULT")


@pytest.mark.parametrize(
    ("text", "lang", "country", "sitting"),
    [
        ("Poland's incoming prime minister met German Chancellor Olaf Scholz in Berlin.", "en", "POL", "Donald Tusk"),
        ("South Korea's president-elect met the Japanese ambassador in Seoul on Thursday.", "en", "KOR", "Yoon Suk Yeol"),
        ("Le futur président du Sénégal a rencontré l'ambassadeur de France à Dakar.", "fr", "SEN", "Macky Sall"),
    ],
)
def test_a_title_not_yet_held_is_never_the_holder_of_the_day(text: str, lang: str, country: str, sitting: str):
    events = (code_en if lang == "en" else code_fr)(text, published="2023-12-01" if lang == "fr" else "2024-12-02")
    meeting = only(events, "CONSULT")
    future = meeting.source if meeting.source.country == country else meeting.target
    assert future.country == country and future.name != sitting


def test_a_president_elected_at_a_past_date_is_the_holder():
    events = code_fr("Le président élu en 2019 du Sénégal a rencontré l'ambassadeur de France à Dakar.", published="2023-12-01")
    meeting = only(events, "CONSULT")
    assert "Macky Sall" in {meeting.source.name, meeting.target.name}

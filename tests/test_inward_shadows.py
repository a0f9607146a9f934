"""One trigger that binds two countries ("X and Y agreed to pull back troops") does not
also code an act of each towards the troops, traffickers or armed groups it names as its
object, which take the country of an acting party: the object is what the parties agree
about, not a party (dedupe._resolve_shadows). A symmetric act with no other recipient is
the parties' act with each other. Acts on people keep their domestic recipient.
Sentences written for these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import triples

Triple = tuple[str, str | None, str | None]


def _events(text: str, lang: str) -> list[Triple]:
    """(type, source country, target country) of the positive events coded."""
    return triples(code(text, "2025-05-14", lang))


@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        ("en", "Kyrgyzstan and Tajikistan agreed to pull back troops from the disputed border.", "KGZ", "TJK"),
        ("en", "Peru and Chile agreed on Tuesday to pull back troops from their shared border.", "PER", "CHL"),
        ("fr", "Le Pérou et la Bolivie ont convenu mardi de retirer leurs troupes de la frontière.", "PER", "BOL"),
    ],
)
def test_parties_agreement_about_their_troops_is_one_agreement(lang: str, text: str, first: str, second: str) -> None:
    events = _events(text, lang)
    agreements = [(s, o) for t, s, o in events if t == "AGREE"]
    assert agreements and all({s, o} == {first, second} for s, o in agreements), events


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        ("en", "Argentina and Uruguay pledged to work together against drug traffickers operating in both countries.", {"ARG", "URY"}),
        ("fr", "Le Niger et le Tchad s'engagent à mutualiser leurs forces contre les groupes jihadistes.", {"NER", "TCD"}),
    ],
)
def test_parties_pledge_against_traffickers_is_their_agreement(lang: str, text: str, parties: set[str]) -> None:
    events = _events(text, lang)
    assert [{s, o} for t, s, o in events if t == "AGREE"] == [parties], events


@pytest.mark.parametrize(
    "lang, text, country",
    [
        ("en", "Kenyan police arrested five Kenyans and two Ugandans in Nairobi on Monday.", "KEN"),
        ("en", "Bolivian police arrested dozens of miners who blocked a highway near La Paz.", "BOL"),
        ("fr", "La police sénégalaise a arrêté trois Sénégalais et deux Maliens à Dakar.", "SEN"),
    ],
)
def test_domestic_arrests_stay(lang: str, text: str, country: str) -> None:
    events = _events(text, lang)
    assert ("COERCE", country, country) in events, events


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Talks between Peru and Ecuador collapsed on Monday.\n\nThe Peruvian bishops' conference called on both parties to resume the talks."),
        ("fr", "Le dialogue entre le Pérou et l'Equateur a été rompu lundi.\n\nL'Eglise catholique péruvienne a appelé les deux parties à reprendre les pourparlers."),
    ],
)
def test_a_call_on_both_parties_reaches_the_own_country_too(lang: str, text: str) -> None:
    """"Both parties" stands for the two states: the appeal to the speaker's own
    government is one of the parties addressed, no shadow of the other."""
    requests = {(s, o) for t, s, o in _events(text, lang) if t == "REQUEST"}
    assert {("PER", "PER"), ("PER", "ECU")} <= requests, requests

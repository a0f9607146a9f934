"""ACCUSE classes that lost events on unseen news, in both languages: an accusation
coordinated with a passive reported clause ("the army said the mine had been laid
and accused Cambodian troops ...", "le gouvernement affirme que les corps ont été
retrouvés et accuse ...") is the speaker's, not the patient's; a deed judged in the
passive whose phrase names its doer ("the expulsion of diplomats by Moldova was
denounced by Moscow") answers that doer; summoning a High Commissioner is a protest.
Sentences written for these tests, about many regions; the other readings of each
construction keep theirs."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder


_en = coder("en", "2025-03-01")
_fr = coder("fr", "2025-03-01")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.mode, e.source.country, e.source.sector, e.target.country if e.target else None,
             e.target.sector if e.target else None, e.polarity, e.modality) for e in events]


def _has(events: list[Event], event_type: str, source: str, target: str | None) -> bool:
    return any(e.event_type == event_type and e.polarity == "positive" and e.source.country == source
               and (e.target.country if e.target else None) == target for e in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana's foreign ministry said two fishing boats had been seized off its coast and condemned Togo's navy.", "GHA", "TGO"),
        ("Peru's defence ministry said a patrol had been ambushed near the border and accused Ecuador of sheltering the gunmen.", "PER", "ECU"),
        ("Vietnam's foreign ministry said its fishermen had been beaten at sea and denounced China's coast guard.", "VNM", "CHN"),
    ],
)
def test_en_an_accusation_coordinated_with_a_passive_reported_clause_is_the_speakers(text, source, target):
    """"said the boats had been seized and condemned Togo's navy": the boats condemn no
    one; the parse hangs the condemnation on the passive reported verb."""
    events = _en(text)
    assert _has(events, "ACCUSE", source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Le gouvernement togolais affirme que les corps ont été retrouvés dans des lagunes et accuse le Ghana d'avoir attisé les violences.", "TGO", "GHA"),
        ("Le ministère malien a déclaré que deux soldats avaient été tués et a accusé l'Algérie de soutenir les rebelles.", "MLI", "DZA"),
        ("Le gouvernement fidjien a indiqué que des bateaux de pêche avaient été arraisonnés et a dénoncé la marine chinoise.", "FJI", "CHN"),
    ],
)
def test_fr_an_accusation_coordinated_with_a_passive_reported_clause_is_the_speakers(text, source, target):
    """"affirme que les corps ont été retrouvés et accuse le Ghana": the bodies accuse
    no one; the government does."""
    events = _fr(text)
    assert _has(events, "ACCUSE", source, target), _listing(events)


def test_en_a_passive_conjunct_keeps_its_shared_patient():
    """"said two soldiers had been wounded and evacuated": no object of its own, so the
    second verb keeps the reported clause's reading (no accusation by the speaker)."""
    events = _en("Chad's army said two soldiers had been wounded and evacuated to N'Djamena.")
    assert not [e for e in events if e.event_type == "ACCUSE"], _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The expulsion of two Russian diplomats by Moldova was denounced by the Russian foreign ministry.", "RUS", "MDA"),
        ("The arrest of three Kenyan activists by Ugandan police was condemned by Amnesty International.", "NGO", "UGA"),
        ("The seizure of a Filipino fishing boat by the Chinese coast guard was criticised by Manila.", "PHL", "CHN"),
    ],
)
def test_en_a_deed_judged_in_the_passive_answers_the_doer_its_phrase_names(text, source, target):
    """"the expulsion of two Russian diplomats by Moldova was denounced by Moscow": the
    judgement is aimed at Moldova, as in the active "Moscow denounced the expulsion of
    two Russian diplomats by Moldova", not at the diplomats expelled."""
    events = _en(text)
    assert _has(events, "ACCUSE", source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("L'expulsion de deux diplomates russes par la Moldavie a été dénoncée jeudi par le ministère russe des Affaires étrangères.", "RUS", "MDA"),
        ("L'arrestation de trois militants kényans par la police ougandaise a été condamnée par l'Union africaine.", "IGO", "UGA"),
        ("L'expulsion de deux diplomates algériens par la France a été dénoncée par Alger.", "DZA", "FRA"),
    ],
)
def test_fr_a_deed_judged_in_the_passive_answers_the_doer_its_phrase_names(text, source, target):
    """"l'arrestation de militants kényans par la police ougandaise a été condamnée par
    l'UA": l'UA condamne la police ougandaise, pas les militants arrêtés."""
    events = _fr(text)
    assert _has(events, "ACCUSE", source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bangladesh on Monday summoned Indian High Commissioner Pranay Verma over the border killings.", "BGD", "IND"),
        ("Australia summoned the Fijian high commissioner on Tuesday.", "AUS", "FJI"),
        ("Kenya summoned the British High Commissioner over the soldier's acquittal.", "KEN", "GBR"),
    ],
)
def test_en_summoning_a_high_commissioner_presents_a_grievance(text, source, target):
    """Between Commonwealth members the envoy is a High Commissioner: summoning one is
    the protest that summoning an ambassador is."""
    events = _en(text)
    assert _has(events, "ACCUSE", source, target), _listing(events)


def test_en_a_committee_summoning_a_police_commissioner_is_no_protest():
    events = _en("Kenya's parliamentary committee summoned the police commissioner to testify on Tuesday.")
    assert not [e for e in events if e.event_type == "ACCUSE"], _listing(events)

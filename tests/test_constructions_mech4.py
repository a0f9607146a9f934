"""Constructions that state no act, or state it with other parties than a naive reading
gives, in both languages. Sentences written for these tests, about many regions, coded
through the real pipeline (real spaCy models)."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import triples

DAY = "2024-05-14"


@pytest.mark.parametrize(
    "lang, text, unstated",
    [
        ("fr", "Le Conseil de sécurité a demandé que les troupes rwandaises se retirent de la RDC.", "RETREAT"),
        ("fr", "Il faut que la Russie retire ses troupes d'Ukraine, a dit le ministre polonais.", "RETREAT"),
        ("fr", "Les États-Unis ont fait pression pour que l'Égypte reprenne les négociations avec l'Éthiopie.", "CONSULT"),
        ("fr", "Le Maroc a plaidé pour que l'Algérie rouvre sa frontière, sans que le Sahel soit consulté.", "CONCEDE"),
        ("fr", "Caracas redoute que la Guyana n'expulse ses ressortissants.", "COERCE"),
        ("en", "The Security Council demanded that Rwandan troops withdraw from Congo.", "RETREAT"),
        ("en", "Unless Russia withdraws its troops from Ukraine, the EU will impose new sanctions.", "RETREAT"),
        ("en", "Washington pressed Cairo so that talks with Ethiopia could resume.", "CONSULT"),
        ("en", "Seoul officials fear that North Korea will attack the island of Yeonpyeong.", "ASSAULT"),
    ],
)
def test_a_wanted_needed_or_feared_act_is_no_event(lang: str, text: str, unstated: str) -> None:
    """A clause under a verb of demand, need or fear, or one of purpose or condition,
    says what is wanted, not what was done."""
    events = code(text, DAY, lang)
    assert unstated not in {e.event_type for e in events}, triples(events)


@pytest.mark.parametrize(
    "lang, text, stated",
    [
        ("fr", "Bien que le Maroc ait rencontré l'Algérie à Alger, les tensions persistent.", "CONSULT"),
        ("fr", "Les troupes rwandaises se sont retirées de la RDC.", "RETREAT"),
        ("en", "Rwandan troops withdrew from Congo on Monday.", "RETREAT"),
        ("en", "Ukrainian President Volodymyr Zelensky could meet Vladimir Putin in Istanbul this week, Turkish officials suggested.", "AGREE"),
    ],
)
def test_the_act_stated_or_conceded_is_coded(lang: str, text: str, stated: str) -> None:
    """A concessive clause ("bien que") states its act; so does the plain act."""
    assert stated in {e.event_type for e in code(text, DAY, lang)}


def test_the_demand_keeps_the_party_its_content_names() -> None:
    """"a exigé que le Mali libère les otages": one REQUEST of France to Mali."""
    events = code("La France a exigé que le Mali libère les otages.", DAY, "fr")
    assert triples(events) == [("REQUEST", "FRA", "MLI")]

"""A request named as what an act was done upon ("at the request of X", "à la demande de X")
goes to the act's doer; when the sentence names no doer (an agentless passive, "the transfer
was carried out at the request of X"), it names no one the request went to and no request is
coded (the tuning gold codes such requests at most as optional, and read without that doer
their parties were others'). An act named by a noun under a verb ("ordered the deployment of
troops at the request of X") is the verb's subject's. Sentences written for these tests,
about many countries. Last, the subject of a finite verb the parse hangs on a
title whose name stands in apposition ("..., and the EU's foreign policy chief, Kaja
Kallas, called on ...") is that name."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2026-05-12")


def _requests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The sanctions on Iran were reimposed on Saturday at the request of Britain, France and Germany.", "en"),
        ("The emergency session of the Security Council was convened at the request of Algeria.", "en"),
        ("The transfer of the prisoners was carried out at the request of the Colombian prosecutor's office.", "en"),
        ("Les sanctions contre l'Iran ont été rétablies samedi à la demande du Royaume-Uni, de la France et de l'Allemagne.", "fr"),
        ("Le transfert des détenus a été effectué à la demande du parquet colombien.", "fr"),
        ("Le vote sur la résolution a été reporté à la demande de la Russie et de la Chine.", "fr"),
    ],
)
def test_a_request_for_an_act_with_no_doer_is_not_coded(text: str, lang: str) -> None:
    assert _requests(_code(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "requester", "addressee"),
    [
        ("Ghana released twelve Togolese fishermen on Monday at the request of the government in Lome.", "en", "TGO", "GHA"),
        ("At the request of Chad, France withdrew its last troops from N'Djamena in January.", "en", "TCD", "FRA"),
        ("President William Ruto ordered the deployment of 600 soldiers to Somalia at the request of the Somali president.", "en", "SOM", "KEN"),
        ("Le Ghana a libéré lundi douze pêcheurs togolais à la demande du gouvernement de Lomé.", "fr", "TGO", "GHA"),
    ],
)
def test_a_request_for_an_act_goes_to_its_doer(text: str, lang: str, requester: str, addressee: str) -> None:
    found = [(e.source.country, e.target.country if e.target else None) for e in _requests(_code(text, lang))]
    assert (requester, addressee) in found


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Turkey called on Sweden to extradite the suspects.", "en", "TUR", "SWE"),
        ("Le Japon a demandé à la Chine de libérer l'homme d'affaires détenu.", "fr", "JPN", "CHN"),
    ],
)
def test_a_plain_request_stays(text: str, lang: str, source: str, target: str) -> None:
    assert any(e.source.country == source and e.target is not None and e.target.country == target for e in _requests(_code(text, lang)))


@pytest.mark.parametrize(
    ("text", "source", "others"),
    [
        # a finite verb the parse hangs on a title whose name stands in apposition: the
        # name is its subject, never the subjects of the clause before the "and"
        ("Poland and Lithuania said they backed the sanctions, and the EU's foreign policy chief, Kaja Kallas, called on Hungary to lift its veto.",
         "EUR", {"POL", "LTU"}),
        ("Kenya and Uganda said they backed the ceasefire, and the African Union's commission chairman, Mahmoud Ali Youssouf, called on Sudan's warring parties to return to talks.",
         "IGO", {"KEN", "UGA"}),
    ],
)
def test_a_titled_name_in_apposition_is_the_subject_of_its_verb(text: str, source: str, others: set[str]) -> None:
    sources = {e.source.country for e in _requests(_code(text, "en"))}
    assert source in sources and not sources & others


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause inside what one is accused of tells who the accused's protégés
        # are; the reporter states no attack
        "Pakistan accused the Taliban government of harbouring militants who attack Pakistani soldiers.",
        "Rwanda accused Congo of backing militias who attack Tutsi civilians.",
    ],
)
def test_a_deed_told_in_a_relative_inside_a_charge_is_alleged(text: str) -> None:
    events = _code(text, "en")
    assert any(e.event_type == "ACCUSE" for e in events)
    assert not any(e.event_type == "ASSAULT" for e in events)


def test_a_deed_told_in_a_relative_under_an_arrest_is_stated() -> None:
    events = _code("Kenyan police arrested five men who attacked a bus in Mandera on Sunday.", "en")
    assert any(e.event_type == "ASSAULT" for e in events)

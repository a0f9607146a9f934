"""Polarity across events of one sentence (wave 22, polarity22). An ending or stopping
verb ("a mis fin à", "halted", "a suspendu") negates what it governs, never a verb
coordinated with it: "a salué l'accord qui a mis fin au conflit et appelé X à ..." is a
request that was made. An accusation followed by the accused's answer ("..., an
allegation Y rejected", "..., an accusation Y has denied", "..., ce que Y dément") stays
a positive accusation: the answering verb answers the noun, not the clause before it.
Sentences written for these tests, about many countries; the counter-sentences keep a
stopped or denied act negative."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2025-06-12")


def _found(events: list[Event], event_type: str, source: str, target: str | None, polarity: str) -> bool:
    return any(
        e.event_type == event_type and e.source.country == source and e.polarity == polarity
        and (target is None or (e.target is not None and e.target.country == target))
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        # an ending phrase does not reach the verb coordinated with it
        ("Le Sénégal a salué l'accord qui a mis fin au conflit et exhorté la Gambie à rouvrir la frontière.", "fr", "REQUEST", "SEN", "GMB"),
        ("Le Burkina Faso a mis fin à sa coopération militaire avec la France et accusé Paris de soutenir les terroristes.", "fr", "ACCUSE", "BFA", "FRA"),
        ("Uganda halted fuel imports and accused Kenya of blocking its trucks at the border.", "en", "ACCUSE", "UGA", "KEN"),
        # an accusation beside the accused's answer
        ("Guatemala accused Belize of arming smugglers, an allegation Belmopan rejected.", "en", "ACCUSE", "GTM", "BLZ"),
        ("Somalia accused Ethiopia of arming clan militias, an accusation Addis Ababa has denied.", "en", "ACCUSE", "SOM", "ETH"),
        ("Le Tchad a accusé le Soudan d'armer les rebelles, ce que Khartoum dément.", "fr", "ACCUSE", "TCD", "SDN"),
        # a warning set before its verb answers no said words: the threat keeps its target
        ("New sanctions on Belarusian officials are on the table if the arrests continue, Lithuania's foreign minister warned on Friday.", "en", "THREATEN", "LTU", "BLR"),
    ],
)
def test_event_beside_another_keeps_its_polarity(text: str, lang: str, event_type: str, source: str, target: str) -> None:
    events = _code(text, lang)
    assert _found(events, event_type, source, target, "positive"), [(e.event_type, e.source.country, e.polarity) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source"),
    [
        # what an ending phrase or a denial governs stays negative or absent
        ("Hanoi denied that its coastguard had rammed Chinese fishing boats.", "en", "ASSAULT", "VNM"),
        ("La Serbie a démenti avoir arrêté des policiers kosovars.", "fr", "COERCE", "SRB"),
    ],
)
def test_denied_act_is_not_stated(text: str, lang: str, event_type: str, source: str) -> None:
    events = _code(text, lang)
    assert not _found(events, event_type, source, None, "positive"), [(e.event_type, e.source.country, e.polarity) for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "cameo", "source", "target"),
    [
        # a negated wish to meet is a refusal to meet (REJECT 125), as "refused to meet" is
        ("Serbia's president did not want to meet the Kosovo delegation in Brussels.", "en", "125", "SRB", "XKX"),
        ("Le président vénézuélien n'a pas voulu rencontrer l'émissaire colombien.", "fr", "125", "VEN", "COL"),
    ],
)
def test_unwilling_to_meet_is_a_refusal(text: str, lang: str, cameo: str, source: str, target: str) -> None:
    events = _code(text, lang)
    assert any(e.event_type == "REJECT" and e.cameo == cameo and e.source.country == source and e.polarity == "positive"
               and e.target is not None and e.target.country == target for e in events), [(e.event_type, e.cameo, e.polarity) for e in events]


def test_no_comment_is_no_rejection() -> None:
    """"declined to comment on X's proposal": wire copy's no-comment rejects nothing."""
    events = _code("Japan's defence minister declined to comment on South Korea's proposal.", "en")
    assert not any(e.event_type == "REJECT" for e in events), [(e.event_type, e.cameo) for e in events]

"""Modality read off constructions, in both languages: a question asks, it states
nothing (speculation at most: hypothetical); a purpose stated with its purpose word
as the parse's head ("afin de s'entretenir") is a plan. Sentences written for these
tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code


def _attitudes(text: str, lang: str, event_type: str) -> list[tuple[str, str]]:
    return [(e.polarity, e.modality) for e in code(text, "2024-05-14", lang) if e.event_type == event_type]


@pytest.mark.parametrize(
    "lang, text, event_type",
    [
        ("en", "Will China invade Taiwan?", "COERCE"),
        ("en", "Will Ethiopia attack Eritrea?", "ASSAULT"),
        ("fr", "La Russie va-t-elle attaquer la Moldavie ?", "ASSAULT"),
    ],
)
def test_a_question_states_no_fact(lang: str, text: str, event_type: str) -> None:
    attitudes = _attitudes(text, lang, event_type)
    assert attitudes and all(modality == "hypothetical" for _, modality in attitudes), attitudes


@pytest.mark.parametrize(
    "lang, text, event_type",
    [
        ("en", "China invaded Taiwan.", "COERCE"),
        ("fr", "La Russie a attaqué la Moldavie.", "ASSAULT"),
    ],
)
def test_the_same_act_stated_is_actual(lang: str, text: str, event_type: str) -> None:
    assert ("positive", "actual") in _attitudes(text, lang, event_type)


def test_a_meeting_that_is_the_purpose_of_a_trip_is_planned() -> None:
    """"afin de s'entretenir": the parse hangs the verb on "afin"; the talks are to come."""
    text = "Ensuite, le lendemain, le ministre chilien visitera le Pérou afin de s'entretenir avec son homologue du pays."
    events = code(text, "2024-05-14", "fr")
    assert events and all(e.modality == "intended" for e in events), [(e.event_type, e.modality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali n'a pas gelé sa participation à la CEDEAO.",
        "Le Tchad n'a pas gelé sa coopération militaire avec la France.",
    ],
)
def test_a_negation_on_the_auxiliary_of_a_participle_read_as_an_adjective_negates(text: str) -> None:
    """fr_core_news_md reads "gelé" in "n'a pas gelé" as an adjective and hangs "pas" on
    the auxiliary: the freeze is still denied, as "n'a pas suspendu" is."""
    attitudes = _attitudes(text, "fr", "SANCTION")
    assert attitudes and all(polarity == "negative" for polarity, _ in attitudes), attitudes
    assert ("positive", "actual") in _attitudes(text.replace("n'a pas gelé", "a gelé"), "fr", "SANCTION")

"""A meeting or support refused ahead (grammar refused_when_negated, refused_ahead_only,
refusal_codes): "would not resume talks with Mali", "ne participerait pas aux
discussions" refuse to meet (REJECT, CAMEO 125 meet), "would not support the
agreement" opposes it (REJECT 120), as the written news gold codes them; a past
negation ("did not attend", "n'a pas participé") stays a negated meeting, and a
meeting to come an AGREE 036. Sentences written for these tests (helper reject30),
coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code


def _coded(text: str, lang: str) -> list[Event]:
    return code(text, "2025-06-11", lang)


def _shown(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.polarity, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(
    "text, lang, source, target",
    [
        ("Peru said it would not resume talks with Bolivia until La Paz apologized.", "en", "PER", "BOL"),
        ("Japan's prime minister announced he would not attend the summit in Beijing.", "en", "JPN", "CHN"),
        ("Thailand's prime minister said he would not meet Cambodia's leader.", "en", "THA", "KHM"),
        ("Le gouvernement malien a annoncé qu'il ne participerait pas aux discussions avec l'Algérie.", "fr", "MLI", "DZA"),
        ("Le président colombien a affirmé qu'il ne rencontrerait pas son homologue équatorien.", "fr", "COL", "ECU"),
        ("La Turquie ne reprendra pas les pourparlers avec la Grèce, a déclaré Ankara.", "fr", "TUR", "GRC"),
    ],
)
def test_a_meeting_refused_ahead_is_a_rejection_to_meet(text: str, lang: str, source: str, target: str) -> None:
    events = _coded(text, lang)
    refusals = [e for e in events if e.event_type == "REJECT" and e.cameo == "125" and e.mode == "meet"]
    assert any(e.source and e.source.country == source and e.target and e.target.country == target
               for e in refusals), _shown(events)
    assert not any(e.event_type in ("CONSULT", "AGREE") for e in events), _shown(events)


@pytest.mark.parametrize(
    "text, lang, source",
    [
        ("Ireland would not support the agreement in its current form, the Irish premier said.", "en", "IRL"),
        ("Hungary said it would not back the resolution against Israel.", "en", "HUN"),
        ("L'Autriche ne soutiendra pas l'accord commercial avec le Brésil, a dit le chancelier.", "fr", "AUT"),
    ],
)
def test_support_refused_ahead_is_opposition(text: str, lang: str, source: str) -> None:
    events = _coded(text, lang)
    assert any(e.event_type == "REJECT" and e.cameo == "120" and e.polarity == "positive"
               and e.source and e.source.country == source for e in events), _shown(events)
    assert not any(e.event_type == "SUPPORT" for e in events), _shown(events)


@pytest.mark.parametrize(
    "text, lang, kind, polarity",
    [
        ("Ghana's foreign minister did not attend the meeting with Nigerian officials last week.", "en", "CONSULT", "negative"),
        ("Egypt did not support the motion against Sudan last year.", "en", "SUPPORT", "negative"),
        ("Vietnam will hold talks with China next month.", "en", "AGREE", "positive"),
        ("Le ministre ghanéen n'a pas participé à la réunion avec les responsables nigérians la semaine dernière.", "fr", "CONSULT", "negative"),
        ("Le président sénégalais se rendra au Mali le mois prochain.", "fr", "AGREE", "positive"),
    ],
)
def test_a_past_negation_or_a_meeting_to_come_is_no_refusal(text: str, lang: str, kind: str, polarity: str) -> None:
    events = _coded(text, lang)
    assert any(e.event_type == kind and e.polarity == polarity for e in events), _shown(events)
    assert not any(e.event_type == "REJECT" for e in events), _shown(events)

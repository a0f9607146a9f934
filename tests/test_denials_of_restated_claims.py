"""A denial after a comma and a noun that restates the claim ("accused the UAE of arming
the RSF, a charge Abu Dhabi denies", "des accusations que Kigali rejette") answers the
accusation: the accusation stays made, whatever the parse hangs it on. A clause a
denial governs with no such noun ("Turkey denied that its forces had shelled the
villages") states nothing. Sentences written for these tests, coded as whole articles
(a headline, then the story, ending on a new line as a file does: en_core_web_sm hangs
"a charge Abu Dhabi" otherwise without it)."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2025-06-12")


def _polarities(text: str, lang: str, event_type: str) -> list[str]:
    return [e.polarity for e in code(text, lang) if e.event_type == event_type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sudan army steps up pressure on Abu Dhabi\n\nSudan's army accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.\n"),
        ("en", "Kinshasa presses Kigali\n\nCongo accused Rwanda of backing the M23 rebels, a claim Kigali denies.\n"),
        ("fr", "Kinshasa hausse le ton\n\nKinshasa accuse le Rwanda de soutenir le M23, des accusations que Kigali rejette.\n"),
    ],
)
def test_an_accusation_its_target_denies_stays_made(lang: str, text: str) -> None:
    assert _polarities(text, lang, "ACCUSE") == ["positive"], _polarities(text, lang, "ACCUSE")


def test_a_deed_denied_with_no_restating_noun_is_denied() -> None:
    assert "positive" not in _polarities("Border tensions\n\nTurkey denied that its forces had shelled the villages.", "en", "ASSAULT")

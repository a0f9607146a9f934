"""A quotation in the first person singular is its speaker's own act ("\"I have met
the Slovak prime minister,\" the Czech president said", « J'ai rencontré ... », a
déclaré le président tchèque), as "we"/"nous" is the speaker's side
(``grammar.speaker_pronouns``); "he"/"il" in a quotation is someone else.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import triples


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return triples(code(text, "2024-05-14", lang))


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "\"I have met the Slovak prime minister,\" the Czech president said.", ("CONSULT", "CZE", "SVK")),
        ("fr", "« J'ai rencontré le Premier ministre slovaque », a déclaré le président tchèque.", ("CONSULT", "CZE", "SVK")),
        ("en", "\"I condemned Eritrea's raid on the port,\" the Djiboutian president told reporters.", ("ACCUSE", "DJI", "ERI")),
        ("fr", "« J'ai condamné le raid de l'Érythrée sur le port », a déclaré le président djiboutien.", ("ACCUSE", "DJI", "ERI")),
    ],
)
def test_i_in_a_quotation_is_its_speaker(lang: str, text: str, expected: tuple) -> None:
    assert expected in _events(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "\"He has met the Slovak prime minister,\" the Czech president said."),
        ("fr", "« Il a rencontré le Premier ministre slovaque », a déclaré le président tchèque."),
    ],
)
def test_he_in_a_quotation_is_not_its_speaker(lang: str, text: str) -> None:
    assert not [e for e in _events(text, lang) if e[1] == "CZE"]

"""A nationality adjective right after a title says whose it is, whatever the tagger made of it (extract/mentions.py)."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import only


@pytest.mark.parametrize(
    "text, event_type, country, name",
    [
        ("Le président zimbabwéen a rencontré mardi le Premier ministre portugais à Lisbonne.", "CONSULT", "ZWE", "Emmerson Mnangagwa"),
        ("Le ministre émirati des Affaires étrangères a condamné l'attaque contre le Soudan.", "ACCUSE", "ARE", None),
        ("Le président afghan a accusé le Pakistan d'abriter des insurgés.", "ACCUSE", "AFG", "Ashraf Ghani"),
    ],
)
def test_the_title_holder_of_a_rare_nationality(text: str, event_type: str, country: str, name: str | None) -> None:
    event = only(chronicle.code(text, published="2018-06-05", lang="fr"), event_type)
    assert event.source.country == country
    if name is not None:
        assert event.source.name == name


def test_a_lower_case_word_after_a_title_that_is_no_nationality_adds_none() -> None:
    event = only(chronicle.code("Le président sortant a rencontré le Premier ministre portugais à Lisbonne.", published="2018-06-05", lang="fr"), "CONSULT")
    assert event.target is not None and event.target.country == "PRT"

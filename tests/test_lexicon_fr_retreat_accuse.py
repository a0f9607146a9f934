"""French RETREAT and ACCUSE as news writes them (CAMEO 08, 09, 11), fixed by class.

Every sentence is written for this test, about many regions, and coded by the
real French pipeline. Classes:

* an act asked for is no act done: when a request verb's marked infinitive is
  parsed as a clause on the addressee ('exhorte l'armée et les rebelles à
  cesser les combats': 'cesser' hangs on 'rebelles'), an entry that excludes the
  asking verb still sees it, so the cease-fire, disarmament or withdrawal asked
  for is not coded as done, while the request itself is; the same verbs with
  their act done are still coded.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.model import Event

PUBLISHED = "2024-05-15"


def code(text: str) -> list[Event]:
    return chronicle.code(text, published=PUBLISHED, lang="fr")


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


# ------------------------------------------------------------ an act asked of an addressee is not done


@pytest.mark.parametrize(
    "text, source",
    [
        ("L'Union africaine exhorte l'armée soudanaise et les paramilitaires à cesser les hostilités.", "IGO"),
        ("Le Qatar exhorte Israël et le Hamas à cesser les combats à Gaza.", "QAT"),
        ("Pékin exhorte l'armée birmane et les milices ethniques à cesser les bombardements dans l'Etat kachin.", "CHN"),
    ],
)
def test_a_ceasefire_asked_of_its_parties_is_a_request_not_a_retreat(text: str, source: str) -> None:
    events = code(text)
    assert "RETREAT" not in types(events)
    assert any(e.event_type == "REQUEST" and (e.source.country == source or e.source.sector == source) for e in events)


@pytest.mark.parametrize(
    "text, country",
    [
        ("L'armée soudanaise et les paramilitaires ont cessé les hostilités lundi au Darfour.", "SDN"),
        ("Les forces colombiennes ont cessé les bombardements contre l'ELN.", "COL"),
    ],
)
def test_a_ceasefire_done_is_still_a_retreat(text: str, country: str) -> None:
    events = code(text)
    assert any(e.event_type == "RETREAT" and e.source.country == country for e in events)

"""A name set off by commas after a long title is the person the title names
(issue 12): "le ministre des Affaires étrangères et de la Coopération
internationale du Niger, X, a ..." Sentences written for these tests."""

from __future__ import annotations

import pytest

import chronicle
from chronicle.pipeline import Coder

CODER = Coder()


def mentions(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    tools = CODER.tools(lang)
    return [(m.refs[0].kind, m.refs[0].text, m.refs[0].country, m.refs[0].sector) for m in tools.mentions.find(tools.nlp(text))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le ministre des Affaires étrangères et de la Coopération internationale du Tchad, Idriss Abakar Mahamat, a reçu l'ambassadeur de France.", "fr",
         ("person", "Idriss Abakar Mahamat", "TCD", "GOV")),
        ("Le chef d'état-major des armées du Burkina Faso, le général Issa Ouédraogo, a accusé les jihadistes.", "fr",
         ("person", "Issa Ouédraogo", "BFA", "MIL")),
        ("The Minister of Foreign Affairs and International Cooperation of Somalia, Abdi Warsame Jama, met his Kenyan counterpart.", "en",
         ("person", "Abdi Warsame Jama", "SOM", "GOV")),
    ],
)
def test_the_name_after_a_long_title_takes_the_title_s_country_and_sector(text: str, lang: str, expected: tuple):
    assert mentions(text, lang)[0] == expected


def test_a_name_in_another_clause_is_no_apposition():
    found = mentions("Selon le ministre de l'Intérieur, plusieurs personnes, dont Moussa Touré, ont été arrêtées.", "fr")
    assert ("person", "Moussa Touré", None, None) in found


def test_the_titled_holder_acts_under_his_name():
    events = chronicle.code(
        "Le ministre des Affaires étrangères et de la Coopération internationale du Niger, Bakary Yaou Sangaré, a rencontré son homologue russe à Moscou.",
        published="2024-01-16", lang="fr",
    )
    meeting = next(e for e in events if e.event_type == "CONSULT")
    assert (meeting.source.name, meeting.source.country) == ("Bakary Yaou Sangaré", "NER")
    assert meeting.target.country == "RUS"

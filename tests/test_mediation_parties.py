"""The sides of a mediation named after the talks it brokers. A mediator's frame reads
its targets after "between" / "entre"; when that marker belongs to a following event
noun ("brokered talks between X and Y", "médiateur dans les négociations entre X et
Y"), the talks' sides are the mediation's. A partner introduced by "with" stays the
later event's own ("agreed to strengthen cooperation with Japan"). Sentences written
for these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code


def _mediations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the positive mediation events (CAMEO 045)."""
    return {
        (e.source.country, e.target.country if e.target else None)
        for e in code(text, "2024-05-14", lang)
        if e.polarity == "positive" and e.cameo == "045"
    }


@pytest.mark.parametrize(
    "lang, text, mediator, sides",
    [
        ("en", "Qatar brokered talks between Israel and Hamas on Monday.", "QAT", {"ISR", "PSE"}),
        ("en", "Saudi Arabia brokered negotiations between Sudan and South Sudan in Jeddah.", "SAU", {"SDN", "SSD"}),
        ("en", "Norway mediated talks between Colombia and Venezuela in Oslo.", "NOR", {"COL", "VEN"}),
        ("fr", "L'Angola a servi de médiateur dans les négociations entre la RDC et le Rwanda.", "AGO", {"COD", "RWA"}),
        ("fr", "L'Algérie a facilité des pourparlers entre le Mali et le Niger.", "DZA", {"MLI", "NER"}),
    ],
)
def test_the_sides_of_the_talks_are_the_mediations_targets(lang: str, text: str, mediator: str, sides: set[str]) -> None:
    assert _mediations(text, lang) == {(mediator, side) for side in sides}


def test_a_partner_with_a_later_event_stays_its_own() -> None:
    events = code("Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken in Washington on Monday. "
                  "The two ministers agreed to strengthen trilateral cooperation with Japan.", "2024-03-15", "en")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and all("JPN" not in {e.source.country, e.target and e.target.country} for e in agreed)


def test_a_french_partner_avec_a_later_event_stays_its_own() -> None:
    events = code("Le Maroc et l'Algérie ont convenu de renforcer leur coopération avec la Mauritanie.", "2024-05-14", "fr")
    agreed = [e for e in events if e.trigger == "ont convenu"]
    assert {(e.source.country, e.target.country if e.target else None) for e in agreed} == {("MAR", "DZA")}

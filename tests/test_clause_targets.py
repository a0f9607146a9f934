"""A threat, demand or refusal takes its target from the clause it governs, by the
prepositions its own frame reads ("a menacé d'engager une action contre X").
Sentences written for these tests."""

from __future__ import annotations

import pytest

import chronicle


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        ("Le Venezuela a menacé de prendre des mesures de représailles contre le Guyana.", "fr", "VEN", "GUY"),
        ("La Turquie a menacé de lancer une opération militaire contre les forces kurdes syriennes.", "fr", "TUR", "SYR"),
        ("Azerbaijan threatened to take military action against Armenia.", "en", "AZE", "ARM"),
    ],
)
def test_a_threat_is_addressed_to_the_target_of_its_clause(text, lang, source, target):
    events = chronicle.code(text, published="2024-05-20", lang=lang)
    threats = {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "THREATEN"}
    assert (source, target) in threats, [(e.event_type, e.source.country, e.target and e.target.country) for e in events]

"""Protests stated other than by a finite verb with named arguments (helper protest30):
a strike or rally called by its organiser is the organiser's PROTEST, planned ("a appelé
à une grève le 2 juin", "called for a general strike": the news gold codes PROTEST
intended, not a REQUEST); a crowd a participle qualifies protests ("militants rassemblés
devant le siège", "students protesting in Dhaka"); a crowd gathered to demand something
rallies; a protest whose only named recipient is of the protesters' own kind still
happened; a march and the strike it is held during are two events. Sentences written for
these tests, with the ordinary senses beside them."""

from __future__ import annotations

import pytest

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def _protests(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.country if e.source else None, e.mode, e.modality)
            for e in code(text, lang) if e.event_type == "PROTEST" and e.polarity == "positive"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le syndicat des enseignants du Niger a appelé à une grève générale lundi à Niamey.", ("NER", "strike", "intended")),
        ("fr", "L'opposition togolaise a appelé à une journée « ville morte » vendredi à Lomé.", ("TGO", "strike", "intended")),
        ("fr", "Le Syndicat des journalistes sénégalais a appelé à un rassemblement jeudi devant le tribunal de Dakar.", ("SEN", "demo", "intended")),
        ("en", "The teachers' union in Kenya called for a nationwide strike on Monday.", ("KEN", "strike", "intended")),
        ("en", "Zimbabwe's opposition called for mass protests in Harare on Friday.", ("ZWE", "demo", "intended")),
    ],
)
def test_a_strike_or_rally_called_is_the_callers_planned_protest(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = _protests(text, lang)
    assert found == [expected], found
    assert not [e for e in code(text, lang) if e.event_type == "REQUEST"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le maire de Marseille a appelé à la levée de la grève des éboueurs."),
        ("fr", "La Commission européenne a appelé la Géorgie à garantir le droit de manifester."),
        ("en", "The Indian government called for an end to the protests in Manipur."),
        ("en", "The Israeli minister called for strikes on Iranian nuclear sites."),
    ],
)
def test_a_call_to_end_protests_or_on_another_is_no_protest(lang: str, text: str) -> None:
    assert not _protests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "Plusieurs centaines de militants rassemblés devant le siège du parti à Abidjan réclamaient la libération de leur chef.", "CIV"),
        ("fr", "Les forces de l'ordre ont fait usage de gaz lacrymogènes à Garoua pour disperser des centaines de partisans rassemblés devant le domicile du candidat.", "CMR"),
        ("en", "Police in Pakistan fired tear gas at thousands of students protesting in Lahore against fee increases.", "PAK"),
    ],
)
def test_a_crowd_a_participle_qualifies_protests(lang: str, text: str, country: str) -> None:
    assert (country, "demo", "actual") in _protests(text, lang), _protests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les documents rassemblés par les enquêteurs ont été transmis au parquet de Bamako."),
        ("en", "Officials gathered data on rainfall in Nairobi."),
        ("en", "Thousands of fans gathered in Buenos Aires to celebrate the World Cup victory."),
    ],
)
def test_things_gathered_are_no_protest(lang: str, text: str) -> None:
    assert not _protests(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people gathered on Independence Square in Kyiv to call for the release of prisoners.",
        "Dozens of residents gathered outside the governor's office in Lagos on Tuesday, demanding compensation.",
    ],
)
def test_a_crowd_gathered_to_demand_rallies(text: str) -> None:
    assert _protests(text, "en"), code(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "Plusieurs centaines de commerçants ont manifesté lundi devant le siège de la société à Ouagadougou pour exiger la fin des coupures.", "BFA"),
        ("en", "Thousands of teachers staged a sit-in at Maitighar Mandala in Kathmandu, demanding the passage of the School Education Bill.", "NPL"),
    ],
)
def test_a_protest_addressed_to_its_own_kind_still_happened(lang: str, text: str, country: str) -> None:
    assert [c for c, _, _ in _protests(text, lang)] == [country], _protests(text, lang)


def test_a_march_and_the_strike_it_is_held_during_are_two_events() -> None:
    text = ("Tens of thousands of workers marched to Congress in Buenos Aires on Thursday as the General Confederation "
            "of Labor staged its first general strike against President Javier Milei's labor reform bill.")
    assert sorted(mode for _, mode, _ in _protests(text, "en")) == ["demo", "strike"], _protests(text, "en")

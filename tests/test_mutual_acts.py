"""Acts between two sides. Fighting, and prisoners exchanged, are done by each side to
the other (triggers marked `mutual` in the packs): one record each way, since ASSAULT
and RETREAT are scored in order (a truce keeps one record). One side of a fight
or a truce named alone acts towards the other side: the article's other party, else,
for an armed group, the forces of its state. Sentences written for these tests, about
many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import triples

Triple = tuple[str, str | None, str | None]


def _events(text: str, lang: str) -> list[Triple]:
    """(type, source country, target country) of the positive events coded."""
    return triples(code(text, "2024-05-14", lang))


@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        ("en", "Armenian troops clashed with Azerbaijani forces on the border.", "ARM", "AZE"),
        ("en", "Kyrgyz border guards clashed with Tajik troops on Friday.", "KGZ", "TJK"),
        ("fr", "Des soldats arméniens et azerbaïdjanais se sont affrontés à la frontière lundi.", "ARM", "AZE"),
        ("fr", "Des combats ont opposé l'armée éthiopienne aux forces érythréennes près de la frontière.", "ETH", "ERI"),
    ],
)
def test_fighting_between_two_countries_is_coded_each_way(lang: str, text: str, first: str, second: str) -> None:
    events = _events(text, lang)
    assert {(t, s, o) for t, s, o in events} == {("ASSAULT", first, second), ("ASSAULT", second, first)}, events


@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        ("en", "Russia and Ukraine exchanged 103 prisoners of war each on Friday.", "RUS", "UKR"),
        ("en", "Armenia swapped detainees with Azerbaijan on Tuesday.", "ARM", "AZE"),
        ("en", "A prisoner exchange between Moscow and Kyiv took place on Sunday.", "RUS", "UKR"),
        ("fr", "La Russie et l'Ukraine ont échangé 90 prisonniers de guerre samedi.", "RUS", "UKR"),
        ("fr", "L'Arménie a échangé des détenus avec l'Azerbaïdjan mardi.", "ARM", "AZE"),
        ("fr", "Le Soudan du Sud et le Soudan ont procédé à un échange de prisonniers.", "SSD", "SDN"),
    ],
)
def test_prisoners_exchanged_are_released_by_each_side(lang: str, text: str, first: str, second: str) -> None:
    events = _events(text, lang)
    assert set(events) == {("RETREAT", first, second), ("RETREAT", second, first)}, events


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Israel and Hezbollah began observing a truce on Wednesday.", ("RETREAT", "ISR", "LBN")),
        ("fr", "Le cessez-le-feu entre l'Inde et le Pakistan est entré en vigueur samedi soir.", ("RETREAT", "IND", "PAK")),
    ],
)
def test_a_truce_between_two_sides_is_one_event(lang: str, text: str, expected: Triple) -> None:
    assert _events(text, lang) == [expected]


def test_two_sides_of_one_country_give_one_event() -> None:
    """Both records would be one happening to the article's deduplication."""
    events = _events("Fighting between the Congolese army and M23 rebels flared near Goma on Thursday.", "en")
    assert events == [("ASSAULT", "COD", "COD")]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("fr", "Les paramilitaires des FSR ont observé une trêve de trois jours à Khartoum.", ("RETREAT", "SDN", "SDN")),
        ("en", "The ELN began observing a unilateral ceasefire on Monday.", ("RETREAT", "COL", "COL")),
    ],
)
def test_one_side_of_a_truce_observes_it_towards_its_adversary(lang: str, text: str, expected: Triple) -> None:
    assert expected in _events(text, lang)


def test_a_state_s_side_alone_names_no_adversary() -> None:
    """The parse may have lost the other country: no guess at home."""
    events = _events("Thai and Cambodian troops clashed along their disputed border on Thursday.", "en")
    assert not [e for e in events if e[1] == e[2]], events


def test_the_other_side_of_the_article_is_the_adversary_first() -> None:
    text = ("Israel and Hamas resumed indirect talks in Cairo on Monday. "
            "Hamas began observing a unilateral truce in Gaza on Tuesday.")
    assert ("RETREAT", "PSE", "ISR") in _events(text, "en")

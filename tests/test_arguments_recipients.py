"""Who an act is done to, where the parse hides the recipient, and who does a second
coordinated act. Sentences written for these tests, about many regions, coded through
the real pipeline (real spaCy models)."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code
from event_checks import triples


def _pairs(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the positive events coded."""
    return {(s, t) for _, s, t in triples(code(text, "2024-05-14", lang))}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("fr", "L'Inde et le Japon ont proposé leur aide à la France après les inondations.", {("IND", "FRA"), ("JPN", "FRA")}),
        ("fr", "Le Ghana et le Nigeria ont offert leur soutien au Niger.", {("GHA", "NER"), ("NGA", "NER")}),
        ("fr", "L'Algérie a proposé son aide au Mali et au Niger.", {("DZA", "MLI"), ("DZA", "NER")}),
        ("en", "India and Japan offered their help to France after the floods.", {("IND", "FRA"), ("JPN", "FRA")}),
    ],
)
def test_the_recipient_hung_on_the_object_is_the_recipient(lang: str, text: str, expected: set) -> None:
    """"proposer son aide à X": the parse hangs "à X" on the noun; coordinated subjects
    offer it together, neither to the other."""
    assert _pairs(text, lang) == expected




@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "A UN spokesman said the strikes were unacceptable and called on Israel to withdraw its troops.", ("REQUEST", "UNO", "ISR")),
        ("en", "Kenya's foreign minister said the situation was alarming and urged Ethiopia to open talks.", ("REQUEST", "KEN", "ETH")),
        ("fr", "Un porte-parole de l'ONU a déclaré que les frappes étaient inacceptables et a appelé Israël à retirer ses troupes.", ("REQUEST", "UNO", "ISR")),
    ],
)
def test_a_second_act_coordinated_with_a_reported_state_is_the_reporter_s(lang: str, text: str, expected: tuple) -> None:
    """The parse may hang "and called on X" on the reported clause ("the strikes
    were unacceptable"), whose subject names no one: the speaker calls."""
    assert expected in triples(code(text, "2024-05-14", lang))


def test_a_second_act_of_the_reported_party_stays_its_own() -> None:
    """"said Rwandan troops were in Congo and shelled Goma": the troops shelled, not the speaker."""
    found = triples(code("Congo's government said Rwandan troops were inside its territory and shelled Goma.", "2024-05-14", "en"))
    assert not [t for t in found if t[0] == "ASSAULT" and t[1] == "COD"], found


@pytest.mark.parametrize(
    "lang, text, sources",
    [
        ("en", "The US, UK, Germany and 10 other embassies condemned the attack on Kyiv.", {"USA", "GBR", "DEU"}),
        ("en", "Kenya, Uganda, Tanzania and four other countries condemned the junta in Niger.", {"KEN", "UGA", "TZA"}),
        ("fr", "Le Mali, le Niger, le Tchad et trois autres pays ont condamné l'attaque contre le Burkina Faso.", {"MLI", "NER", "TCD"}),
    ],
)
def test_a_list_closed_by_a_count_of_others_keeps_every_named_item(lang: str, text: str, sources: set[str]) -> None:
    """"and 10 other embassies", "et trois autres pays": a count of more of the same
    kind ends the list as a coordinator does; each named item acts."""
    assert sources <= {s for _, s, _ in triples(code(text, "2024-05-14", lang))}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Égypte demande une trêve humanitaire de trois jours à Khartoum.", ("REQUEST", "EGY", None)),
        ("Le Mali a rappelé son chargé d'affaires en poste à Alger.", ("SANCTION", "MLI", "DZA")),
    ],
)
def test_a_bare_place_on_an_event_object_is_where_not_to_whom(text: str, expected: tuple) -> None:
    """"une trêve à Khartoum": where the truce is asked for; an envoy "à Alger" is the
    country it is posted to, from which it is recalled."""
    assert expected in triples(code(text, "2024-05-14", "fr"))

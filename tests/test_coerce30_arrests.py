"""Arrests whose doer the sentence names by a bare noun the knowledge lacks ('officers',
'investigators', 'les agents', 'les enquêteurs') are law enforcement's: the arrest verbs
carry a default doer (COP) for an active verb; a passive with no agent keeps the unknown
doer. A demonym adjective between the arrested and the place ('deux passeurs nigérians à
Cotonou') is no clause describing them: the doer is of the place. Boats driven out of
waters are coerced (COERCE 174), not a diplomatic expulsion. Counter-cases: the ordinary
senses of the verbs ('arrested the decline', 'le chantier a été arrêté')."""

from __future__ import annotations

import pytest

from event_checks import coder, only

code_en = coder("en", "2025-06-11")
code_fr = coder("fr", "2025-06-11")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Ghana Police Service said officers arrested six Togolese nationals in Accra.", "GHA", "TGO"),
        ("Investigators detained two Russian citizens in Tallinn on Tuesday, the prosecutor's office said.", "EST", "RUS"),
        ("Agents arrested seven Venezuelan migrants near Cúcuta, Colombian authorities said.", "COL", "VEN"),
    ],
)
def test_an_arrest_by_a_bare_noun_is_the_polices_en(text: str, source: str, target: str) -> None:
    event = only(code_en(text), "COERCE")
    assert (event.source.country, event.source.sector) == (source, "COP")
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Les enquêteurs ont arrêté deux ressortissants russes mardi à Tallinn.", "EST", "RUS"),
        ("Les douaniers ont arrêté deux passeurs nigérians à Cotonou, au Bénin.", "BEN", "NGA"),
        ("Les agents ont interpellé six ressortissants togolais à Accra, selon la police ghanéenne.", "GHA", "TGO"),
    ],
)
def test_an_arrest_by_a_bare_noun_is_the_polices_fr(text: str, source: str, target: str) -> None:
    event = only(code_fr(text), "COERCE")
    assert event.source.country == source
    assert event.target is not None and event.target.country == target


def test_a_passive_arrest_with_no_agent_keeps_the_unknown_doer() -> None:
    event = only(code_en("Opposition leader Kizza Besigye was arrested in Kampala on Monday."), "COERCE")
    assert event.source.country is None and event.source.sector is None
    assert event.target is not None and event.target.country == "UGA"


@pytest.mark.parametrize(
    ("code", "text", "source", "target"),
    [
        ("en", "The Vietnamese coast guard said it had expelled three Chinese fishing boats from waters off Bach Long Vi.", "VNM", "CHN"),
        ("en", "Taiwan's coast guard chased off four Chinese trawlers near Kinmen.", "TWN", "CHN"),
        ("fr", "Les garde-côtes philippins ont chassé deux navires chinois près du récif de Second Thomas.", "PHL", "CHN"),
    ],
)
def test_boats_driven_out_of_waters_are_coerced(code: str, text: str, source: str, target: str) -> None:
    events = (code_en if code == "en" else code_fr)(text)
    assert not [e for e in events if e.event_type == "SANCTION"]
    event = only(events, "COERCE")
    assert (event.source.country, event.target.country if event.target else None) == (source, target)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The central bank said the measures had arrested the decline of the cedi."),
        ("en", "The museum detained the visitors' attention with a new exhibition in Lima."),
        ("en", "The new app drove away customers in Nairobi."),
        ("fr", "Le chantier du pont a été arrêté faute de financement à Abidjan."),
        ("fr", "Le match a été arrêté à la mi-temps à Yaoundé."),
    ],
)
def test_the_ordinary_senses_are_no_arrest(code: str, text: str) -> None:
    events = (code_en if code == "en" else code_fr)(text)
    assert not [e for e in events if e.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Border guards detained 12 Myanmar nationals near Teknaf on Monday, the Bangladeshi army said.", "BGD", "MMR"),
        ("The Bahamas deported 98 Haitian nationals on Friday.", "BHS", "HTI"),
    ],
)
def test_nationals_are_civilians_of_the_country_their_phrase_names(text: str, source: str, target: str) -> None:
    """'Nationals' (pack agents: the citizens of a country, as 'ressortissants') are civilians of
    the country named before them, not that country's government."""
    event = only(code_en(text), "COERCE")
    assert event.source.country == source
    assert event.target is not None and (event.target.country, event.target.sector) == (target, "CVL")

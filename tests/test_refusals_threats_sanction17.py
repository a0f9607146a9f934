"""Targets of refusals and threats found past the verb's own arguments (helper sanction17):

- a threat of force, occupation or terror names whom it threatens by the place the
  threatened act would strike ("threatened to carry out bombings in Nairobi"), never by a
  place of the threatener's own country;
- a deed noun in apposition that sums up the clause before it, judged in a relative
  clause ("Beijing declared baselines, a move Manila rejected"), is the deed of that
  clause's subject;
- a refusal names the party it turns down inside what is refused ("declined an invitation
  to the summit organised by Washington"), never the refuser's own country.

Sentences written for these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder, dyad, of_type

code_en = coder("en", "2025-05-14")
code_fr = coder("fr", "2025-05-14")


def _dyads(events: list[Event], event_type: str) -> list[tuple[str | None, str | None]]:
    return [dyad(e) for e in of_type(events, event_type) if e.polarity == "positive"]


# ---------------------------------------------------------------- threats aimed at a place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab threatened to carry out suicide bombings in Nairobi on Friday.", ("SOM", "KEN")),
        ("Israel threatened to launch a ground offensive in Rafah.", ("ISR", "PSE")),
        ("North Korea threatened to strike targets in Seoul.", ("PRK", "KOR")),
    ],
)
def test_en_threat_of_force_targets_the_place_struck(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dyads(code_en(text), "THREATEN")


def test_fr_threat_of_force_targets_the_place_struck() -> None:
    events = code_fr("Israël menace de lancer une offensive terrestre sur Rafah.")
    assert ("ISR", "PSE") in _dyads(events, "THREATEN")


def test_threat_at_home_names_no_target_from_the_place() -> None:
    # a place of the threatener's own country is where, not whom
    events = code_en("The Nigerian army threatened to launch an offensive in Borno State.")
    assert all(target != "NGA" for _, target in _dyads(events, "THREATEN"))


def test_warning_of_a_danger_stays_no_threat_to_the_place() -> None:
    events = code_en("The UN warned of famine in Sudan.")
    assert not any(target == "SDN" for _, target in _dyads(events, "THREATEN"))


# ---------------------------------------------------------------- a move summed up, then judged


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Beijing declared baselines around the shoal last month, a move Manila rejected as a violation of international law.", "REJECT", ("PHL", "CHN")),
        ("Ankara closed its airspace to Israeli flights, a step that Israel rejected as illegal.", "REJECT", ("ISR", "TUR")),
        ("Russia expelled two Estonian diplomats on Friday, a decision Tallinn condemned as unjustified.", "ACCUSE", ("EST", "RUS")),
    ],
)
def test_summary_noun_judged_in_a_relative_is_the_clause_subjects_deed(text: str, event_type: str, expected: tuple[str, str]) -> None:
    assert expected in _dyads(code_en(text), event_type)


# ---------------------------------------------------------------- the party inside what is refused


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Namibia declined an invitation to the democracy summit organised by Washington.", ("NAM", "USA")),
        ("Serbia refused to budge on Tuesday over its non-recognition of Kosovo's independence.", ("SRB", "XKX")),
        ("Spain refused to budge over its non-recognition of Kosovo's independence.", ("ESP", "XKX")),
    ],
)
def test_en_refusal_targets_the_party_inside_what_is_refused(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dyads(code_en(text), "REJECT")


def test_fr_refusal_targets_the_party_inside_what_is_refused() -> None:
    events = code_fr("La Namibie a décliné l'invitation à participer au sommet sur la démocratie organisé par Washington.")
    assert ("NAM", "USA") in _dyads(events, "REJECT")


def test_refusal_never_targets_the_refusers_own_country_inside_the_object() -> None:
    events = code_en("Fiji rejected the Chinese proposal to station Fijian police officers in Suva.")
    assert all(target != "FJI" or source != "FJI" for source, target in _dyads(events, "REJECT"))


# ---------------------------------------------------------------- lexicon: warrants


def test_en_arrest_warrant_issued_is_an_accusation_not_a_threat() -> None:
    events = code_en("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday.")
    assert ("IGO", "RUS") in _dyads(events, "ACCUSE")
    assert not of_type(events, "THREATEN")


def test_fr_arrest_warrant_issued_is_an_accusation_not_a_threat() -> None:
    events = code_fr("La Cour pénale internationale a émis jeudi un mandat d'arrêt contre le chef de la junte birmane.")
    assert ("IGO", "MMR") in _dyads(events, "ACCUSE")
    assert not of_type(events, "THREATEN")


# ---------------------------------------------------------------- ultimatums given to someone


def test_en_ultimatum_given_targets_the_dative() -> None:
    events = code_en("The African Union gave Sudan's generals an ultimatum on Monday to end the fighting.")
    assert ("IGO", "SDN") in _dyads(events, "THREATEN")


def test_fr_ultimatum_of_a_week_targets_those_it_is_set_to() -> None:
    events = code_fr("La Cédéao a fixé un ultimatum d'une semaine aux militaires guinéens.")
    assert ("IGO", "GIN") in _dyads(events, "THREATEN")

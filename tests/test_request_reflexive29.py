"""A French demand whose asked act is a pronominal verb ("a demandé à la France de se
retirer", "a demandé une réunion, qui doit se tenir lundi") is a demand: the reflexive
pronoun that rules out 'se demander' (to wonder) and 's'appeler' (to be named) is the
trigger's own (``reflexive: false``), not any 'se' nearby (helper request29). Sentences
written for these tests."""

from __future__ import annotations

from event_checks import coder

_code = coder("fr", "2026-03-02")


def _requests(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.target.country if e.target else None) for e in _code(text) if e.event_type == "REQUEST"]


def test_demand_of_a_pronominal_act() -> None:
    assert _requests("Le Maroc a demandé à l'Espagne de s'abstenir de toute provocation.") == [("MAR", "ESP")]


def test_demand_whose_clause_says_it_must_be_held() -> None:
    assert _requests("Le Sénégal a demandé une réunion d'urgence de la Cédéao, qui doit se tenir lundi à Abuja.") == [("SEN", "IGO")]


def test_demand_that_a_state_explain_itself() -> None:
    assert _requests("L'Algérie a exigé que le Mali s'explique sur la frappe de drone.") == [("DZA", "MLI")]


def test_call_to_refrain() -> None:
    assert _requests("Le Chili a appelé la Bolivie à s'abstenir de toute mesure unilatérale.") == [("CHL", "BOL")]


def test_wondering_is_no_demand() -> None:
    assert _requests("Les diplomates kényans se demandent si la Russie acceptera le cessez-le-feu.") == []

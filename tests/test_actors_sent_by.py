"""One who speaks or is sent for a body or a person (helper actorfix23): "a spokesman
for the ELN", "a delegation from the World Bank", "le porte-parole du Hezbollah", "une
délégation de la Banque mondiale" carry the sender's country and sector, not the
state's (GOV) nor the host's. Sentences written for these tests, about other groups
and countries than the probe files (tests/data/probes/actorfix23-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def sources(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.source.sector) for e in events if e.source}


def test_spokesman_for_an_armed_group_is_the_group() -> None:
    events = code("A spokesman for the Arakan Army accused the Myanmar military on Friday of shelling Sittwe.", "en")
    assert ("MMR", "REB") in sources(events)


def test_delegation_from_a_lender_is_the_lender_not_the_host() -> None:
    events = code("A delegation from the IMF met Zambian President Hakainde Hichilema in Lusaka on Friday.", "en")
    assert ("IGO", "IGO") in sources(events)
    assert ("ZMB", "GOV") not in sources(events)


def test_french_delegation_of_the_world_bank() -> None:
    events = code("Une délégation de la Banque mondiale a rencontré vendredi le président béninois à Cotonou.", "fr")
    assert ("IGO", "IGO") in sources(events)


def test_a_spokesman_for_a_state_stays_the_state() -> None:
    events = code("A spokesman for Kenya condemned Ethiopia on Friday.", "en")
    assert ("KEN", "GOV") in sources(events)

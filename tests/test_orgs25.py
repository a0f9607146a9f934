"""Actors named by a descriptive title the knowledge does not list (helper orgs25):
(b) the executive of a state, province or city ("the governor of Michigan", "le maire de
Kehl") is of the country of the place its genitive names, not of the article's, and holds no
state office; (a) an English state body named by its country and an institution's head noun
("the Uganda Human Rights Commission") is that country's. Sentences written for these tests,
about other places than the probe files (tests/data/probes/orgs25-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country), both orders for the symmetric types (as scored)."""
    found = set()
    for e in events:
        pair = (e.source.country if e.source else None, e.target.country if e.target else None)
        found.add((e.event_type, *pair))
        if e.event_type in ("CONSULT", "AGREE", "COOPERATE"):
            found.add((e.event_type, pair[1], pair[0]))
    return found


def test_french_governor_and_mayor_take_their_place_country() -> None:
    events = code("Le gouverneur de l'Ohio a rencontré jeudi l'ambassadeur d'Italie.", "fr")
    assert ("CONSULT", "USA", "ITA") in pairs(events)
    events = code("Le maire de Liège a accusé mardi le gouvernement néerlandais de négligence.", "fr")
    assert ("ACCUSE", "BEL", "NLD") in pairs(events)


def test_french_provincial_premier_is_not_the_head_of_government() -> None:
    events = code("Le Premier ministre du Manitoba a rencontré vendredi l'ambassadeur du Japon.", "fr")
    assert ("CONSULT", "CAN", "JPN") in pairs(events)
    sides = [a for e in events for a in (e.source, e.target) if a is not None and a.country == "CAN"]
    assert sides and all(a.name is None for a in sides)  # not Canada's prime minister


def test_french_governor_of_a_region_named_through_its_noun() -> None:
    events = code("Le gouverneur de la région du Sichuan a reçu mardi une délégation pakistanaise.", "fr")
    assert any(e.event_type == "CONSULT" and {e.source.country, e.target.country} == {"CHN", "PAK"} for e in events)


def test_english_governor_chief_minister_and_mayor() -> None:
    events = code("The governor of Nevada accused the Mexican government of ignoring cartels.", "en")
    assert ("ACCUSE", "USA", "MEX") in pairs(events)
    events = code("The chief minister of Gujarat met the Japanese ambassador on Monday.", "en")
    assert ("CONSULT", "IND", "JPN") in pairs(events)
    events = code("The mayor of Bordeaux met the Spanish foreign minister on Monday.", "en")
    assert ("CONSULT", "FRA", "ESP") in pairs(events)


def test_english_premier_of_a_province_is_not_the_prime_minister() -> None:
    events = code("The premier of Alberta criticised the U.S. government on Friday.", "en")
    sources = [e.source for e in events if e.event_type == "ACCUSE"]
    assert sources and sources[0].country == "CAN" and sources[0].name is None


def test_a_country_after_the_title_is_the_state_office() -> None:
    events = code("Le Premier ministre du Canada a rencontré vendredi l'ambassadeur du Japon.", "fr")
    assert any(e.event_type == "CONSULT" and a is not None and a.country == "CAN" and a.name
               for e in events for a in (e.source, e.target))


def test_english_state_bodies_named_by_country_and_head_noun() -> None:
    events = code("The Ethiopian Human Rights Commission accused the Eritrean army of abuses on Tuesday.", "en")
    assert ("ACCUSE", "ETH", "ERI") in pairs(events)
    events = code("The Tanzania Revenue Authority met a delegation from the World Bank on Wednesday.", "en")
    assert any(e.event_type == "CONSULT" and "TZA" in (e.source.country, e.target.country if e.target else None) for e in events)

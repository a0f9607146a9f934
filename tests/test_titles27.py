"""Titled persons and national forces (helper titles27): a nationality before a title decides
the country over an imported dictionary's title phrase held in a longer name; a body listed
among a minister's portfolios is not whose the title is; forces named 'X Defence Force'.
Sentences written for these tests, about other countries than the probe files
(tests/data/probes/titles27-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def sources(events) -> set[str | None]:
    return {e.source.country for e in events if e.source}


# ---- imported title phrases ('Foreign Minister Khalil', 'President Mansour', 'Prime Minister
# Maliki' of the Phoenix dictionaries) inside a longer name, after another country's demonym

def test_demonym_and_longer_name_beat_an_imported_title_phrase() -> None:
    # Phoenix 'Foreign Minister Khalil' is Egypt's: a Tunisian foreign minister named Khalil X is not
    events = code("Tunisian Foreign Minister Khalil Jendoubi met the Algerian ambassador in Tunis.", "en")
    assert "TUN" in {c for e in events for c in (e.source.country, e.target.country if e.target else None)}
    assert "EGY" not in sources(events)


def test_imported_prime_minister_phrase_in_a_longer_name() -> None:
    found = pairs(code("Mauritanian Prime Minister Khalil Ould Sidi urged Mali to secure the border.", "en"))
    assert ("REQUEST", "MRT", "MLI") in found


def test_imported_president_phrase_after_another_demonym() -> None:
    # Phoenix 'President Mansour' is Egypt's Adly Mansour
    events = code("Moroccan President Mansour Ould Ahmed met the Senegalese ambassador in Rabat.", "en")
    assert "EGY" not in {c for e in events for c in (e.source.country, e.target.country if e.target else None)}
    assert any("MAR" in (e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "CONSULT")


def test_imported_phrase_alone_is_still_read() -> None:
    # nothing contradicts the dictionary: the phrase names its person
    events = code("Foreign Minister Abdullah met Pakistani officials in Kabul.", "en")
    assert any("AFG" in (e.source.country, e.target.country if e.target else None) for e in events)


# ---- portfolio lists naming a body

def test_body_among_english_portfolios_is_not_the_ministers() -> None:
    events = code("Minister of Foreign Affairs and ECOWAS Affairs Yassine Fall met the Liberian president in Monrovia.", "en")
    assert "IGO" not in sources(events)
    assert any(e.event_type == "CONSULT" and {e.source.country, e.target.country} == {"SEN", "LBR"} for e in events)


def test_unnamed_minister_with_a_body_portfolio_is_no_igo() -> None:
    events = code("The Minister of Foreign Affairs and African Union Affairs met his Liberian counterpart in Monrovia.", "en")
    assert "IGO" not in sources(events)


def test_french_commonwealth_portfolio_is_the_ministers_own_state() -> None:
    events = code("Le ministre des Affaires étrangères et du Commonwealth, Jeremy Hunt, a rencontré son homologue nigérian à Abuja.", "fr", "2019-03-01")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and all(e.source.country == "GBR" for e in consult)


def test_body_in_a_genitive_of_the_portfolio_still_says_whose() -> None:
    # the African Union's commissioner for political affairs acts for the Union
    found = pairs(code("Le commissaire aux Affaires politiques de l'Union africaine a exhorté le Soudan à cesser les combats.", "fr"))
    assert ("REQUEST", "IGO", "SDN") in found
    found = pairs(code("The African Union's Commissioner for Political Affairs urged Sudan to end the fighting.", "en"))
    assert ("REQUEST", "IGO", "SDN") in found


# ---- 'X Defence Force': the Commonwealth spelling of a national army's name

def test_defence_force_singular_is_the_named_countrys_army() -> None:
    events = code("The Trinidad and Tobago Defence Force arrested six Venezuelan fishermen.", "en")
    assert any(e.event_type == "COERCE" and e.source.country == "TTO" and e.source.sector == "MIL" for e in events)


def test_defence_force_accusing_foreign_soldiers() -> None:
    found = pairs(code("The Guyana Defence Force accused Venezuelan soldiers of firing on its patrol.", "en"))
    assert any(kind == "ACCUSE" and source == "GUY" and target == "VEN" for kind, source, target in found)

"""Multi-word country names read whole (helper names27): the longest name wins over a name
its last words make ("Papua New Guinea" over "Guinea", "Émirats arabes unis" over nothing),
whether the parse hangs the name's words on the noun it qualifies, puts a fixed preposition
before it ("out of North Macedonia") or hangs its last words on the governing noun ("le
gouvernement des Émirats arabes | unis"). Sentences written for these tests, with other
wordings and partners than the probe files (tests/data/probes/names27-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def countries(events) -> set[str | None]:
    return {c for e in events for c in (e.source.country if e.source else None, e.target.country if e.target else None)}


# ---- a compound name the parse hangs apart: "Papua" on the noun, "New" on "Guinea"

def test_compound_name_is_read_whole_not_its_last_word() -> None:
    events = code("The Papua New Guinea government expelled two Chinese diplomats.", "en")
    assert ("SANCTION", "PNG", "CHN") in pairs(events)
    assert "GIN" not in countries(events)


def test_compound_name_before_army() -> None:
    assert ("COERCE", "PNG", "IDN") in pairs(code("The Papua New Guinea army arrested three Indonesian soldiers.", "en"))


def test_shorter_compound_names_still_read() -> None:
    # the guard: names the parse keeps together read as before
    assert ("ACCUSE", "GNQ", "ESP") in pairs(code("The Equatorial Guinea government accused Spain of meddling.", "en"))
    assert ("ACCUSE", "AUS", "PNG") in pairs(code("Australia criticised the Papua New Guinea government on Friday.", "en"))


# ---- a multi-word name after a preposition with a fixed word ("out of")

def test_out_of_a_two_word_country_is_the_place_left() -> None:
    assert ("RETREAT", "RWA", "SSD") in pairs(code("Rwanda pulled its troops out of South Sudan.", "en"))


def test_out_of_a_long_country_name() -> None:
    found = pairs(code("Burundi pulled its soldiers out of the Democratic Republic of the Congo.", "en"))
    assert ("RETREAT", "BDI", "COD") in found


# ---- a genitive name whose last words hang on the governing noun (French)

def test_french_genitive_name_read_whole() -> None:
    events = code("Le gouvernement des Émirats arabes unis a condamné l'attaque contre le Soudan.", "fr")
    assert "ARE" in {e.source.country for e in events if e.source}


def test_french_genitive_name_as_the_host() -> None:
    found = pairs(code("Le président des Émirats arabes unis a reçu le Premier ministre indien.", "fr"))
    assert ("CONSULT", "IND", "ARE") in found or ("CONSULT", "ARE", "IND") in found

"""A town fronted before its clause says where the clause's speaker is: "À Bujumbura, le
gouvernement a dénoncé", "In Kyiv, the foreign ministry condemned" speak for the town's state
even in a story filed from another state's capital, whose bare offices the dateline would
otherwise give its own country. And French copy writes that opening "À" without its accent
("A Kinshasa,"): it stays one sentence with its place. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from event_checks import coder, listing, of_type, type_dyads

_code_fr = coder("fr", "2026-03-02")
_code_en = coder("en", "2026-03-02")


@pytest.mark.parametrize(
    ("story", "pair"),
    [
        ("KIGALI — Les forces rwandaises ont tiré sur un poste burundais lundi. "
         "À Bujumbura, le gouvernement a dénoncé une provocation.", ("BDI", "RWA")),
        ("DAKAR — La marine sénégalaise a arraisonné deux pirogues gambiennes lundi. "
         "À Banjul, le ministère des Affaires étrangères a condamné l'arraisonnement.", ("GMB", "SEN")),
    ],
)
def test_a_bare_french_state_body_after_a_fronted_town_is_that_towns_state(story, pair):
    events = _code_fr("Tensions\n\n" + story)
    assert pair in type_dyads(events, "ACCUSE"), listing(events)


@pytest.mark.parametrize(
    ("story", "pair"),
    [
        ("NAIROBI (AFP) — Kenyan police arrested three Somali traders on Monday. "
         "In Mogadishu, the interior ministry denounced the arrests.", ("SOM", "KEN")),
        ("MOSCOW (Reuters) — Russian troops shelled a border village near Kharkiv overnight. "
         "In Kyiv, the foreign ministry condemned the attack.", ("UKR", "RUS")),
    ],
)
def test_a_bare_english_state_body_after_a_fronted_town_is_that_towns_state(story, pair):
    events = _code_en("Tensions\n\n" + story)
    assert pair in type_dyads(events, "ACCUSE"), listing(events)


def test_the_dateline_still_places_a_bare_body_with_no_fronted_town():
    """The boundary: a town named after the verb is where the act is aimed, not whose the body is."""
    events = _code_en("Tensions\n\nNAIROBI (AFP) — Somali gunmen attacked a Kenyan border post on Monday. "
                      "The interior ministry condemned the attack in Mandera.")
    assert ("KEN", "SOM") in type_dyads(events, "ACCUSE"), listing(events)


@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("A Kinshasa, le porte-parole du gouvernement a accusé le Rwanda de soutenir les rebelles.", "Kinshasa"),
        ("A Tunis, le ministre de l'Intérieur a accusé la Libye de laisser passer des passeurs.", "Tunis"),
    ],
)
def test_an_unaccented_a_opening_the_first_sentence_keeps_its_place(story, place):
    """The model cut "A | Kinshasa | , le porte-parole ..." into three sentences; the act's
    place was lost with its opening words."""
    events = of_type(_code_fr("Crise diplomatique\n\n" + story), "ACCUSE")
    assert events and events[0].location is not None and events[0].location.name == place, listing(events)


def test_an_unaccented_a_before_an_interposed_adverbial_keeps_its_place():
    """A sentence with an interposed adverbial ("a toutefois dénoncé") is parsed again without
    it, which read the opening "A" as a foreign word hung under the town: it stays a preposition."""
    events = of_type(_code_fr("Tensions\n\nBAKOU — Les forces azerbaïdjanaises ont tiré sur un poste arménien lundi. "
                              "A Erevan, le gouvernement a toutefois dénoncé une provocation."), "ACCUSE")
    assert events and events[0].location is not None and events[0].location.name == "Yerevan", listing(events)

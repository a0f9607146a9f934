"""Event nouns with their parties (helper nominal22): the recalling state named on the
recalled envoy ("le rappel de l'ambassadeur du Tchad"), the party of an inner noun
("the recall of its envoy from X"), a nationality adjective that is the doer's
("les bombardements russes") and not the struck side's ("sur des villes
ukrainiennes"), threats of sanctions or threats "against" X, and an event noun that
is the subject of a verb of feeling, whose object only reacts ("a irrité Tallinn").
Sentences written for these tests, other countries than the probe set's."""

from __future__ import annotations

from event_checks import lang_coder, of_type

code = lang_coder("2025-05-10")


def pairs(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_envoy_named_with_his_state_is_recalled_by_it() -> None:
    events = of_type(code("Le rappel de l'ambassadeur du Sénégal à Rabat a été confirmé lundi.", "fr"), "SANCTION")
    assert ("SEN", "MAR") in pairs(events)


def test_envoy_recalled_from_a_country_named_on_the_envoy() -> None:
    events = of_type(code("Colombia's recall of its ambassador from Venezuela deepened the dispute.", "en"), "SANCTION")
    assert ("COL", "VEN") in pairs(events)


def test_nationality_on_the_struck_noun_is_not_the_doer() -> None:
    events = of_type(code("Les bombardements russes sur des villages géorgiens se sont poursuivis mardi.", "fr"), "ASSAULT")
    assert pairs(events) == {("RUS", "GEO")}


def test_threat_of_sanctions_against_a_country() -> None:
    events = of_type(code("Kazakhstan's threat of sanctions against Kyrgyzstan worried traders.", "en"), "THREATEN")
    assert ("KAZ", "KGZ") in pairs(events)


def test_a_threat_posed_by_something_is_no_threat_made() -> None:
    events = of_type(code("The threat posed by sanctions against Iran worried traders.", "en"), "THREATEN")
    assert not events


def test_who_reacts_to_an_event_noun_is_not_its_target() -> None:
    events = of_type(code("Algeria's threats of reprisals against Mali worried diplomats.", "en"), "THREATEN")
    assert pairs(events) == {("DZA", "MLI")}
    events = of_type(code("Les menaces de représailles du Bénin contre le Niger ont inquiété les diplomates.", "fr"), "THREATEN")
    assert ("BEN", "NER") in pairs(events)

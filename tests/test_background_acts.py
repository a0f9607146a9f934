"""Past acts told in a clause that describes a party ("Kenya, which deployed police
officers to Haiti last year, ...", "le Rwanda, qui avait envoyé des troupes au
Mozambique en 2021, ...", "Chadian soldiers deployed to Niger in 2022 ...") are
background, not the article's events (GUIDELINES, What to code). The clause says so
by its own time: a date whose period ended weeks before publication, a "since" date,
or a background word of the pack (``grammar.background_marks``). The sentence's own
event is still coded, and so is a describing clause dated this week or not dated at
all. Sentences written for this test, real pipeline."""

from __future__ import annotations

from chronicle.model import Event
from event_checks import lang_coder


code = lang_coder("2025-11-05")


def types(events: list[Event]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_a_relative_clause_dated_last_year_is_background():
    assert types(code("Kenya, which deployed police officers to Haiti last year, announced on Tuesday that it would send 600 more.", "en")) == []
    events = code("Rwanda, which sent troops to Mozambique in 2021, signed a defence pact with Benin on Friday.", "en")
    assert types(events) == ["AGREE"] and {events[0].source.country, events[0].target.country} == {"RWA", "BEN"}


def test_a_since_date_or_a_background_word_makes_the_clause_background():
    events = code("Burundi, which has kept troops in eastern Congo since 2023, accused Rwanda on Monday of backing the M23 rebels.", "en")
    assert types(events) == ["ACCUSE"]
    events = code("Ethiopia, which signed a port deal with Somaliland earlier this year, held talks with Somalia in Ankara on Thursday.", "en")
    assert types(events) == ["CONSULT"]
    events = code("Venezuela, which previously expelled Colombian diplomats, met Brazilian envoys in Caracas on Friday.", "en")
    assert types(events) == ["CONSULT"]


def test_a_participle_dated_years_before_describes_its_noun():
    events = code("Malian soldiers trained by Russian instructors in 2022 attacked a village near Mopti on Sunday.", "en")
    assert types(events) == ["ASSAULT"]


def test_french_relative_clauses_and_participles_of_past_acts_are_background():
    assert types(code("Le Kenya, qui a déployé des policiers en Haïti l'an dernier, a annoncé mardi l'envoi de 600 agents supplémentaires.", "fr")) == []
    events = code("Le Rwanda, qui avait envoyé des troupes au Mozambique en 2021, a signé vendredi un accord de défense avec le Bénin.", "fr")
    assert types(events) == ["AGREE"]
    events = code("Le Venezuela, qui avait auparavant expulsé des diplomates colombiens, a rencontré vendredi des émissaires brésiliens à Caracas.", "fr")
    assert types(events) == ["CONSULT"]


def test_the_same_acts_in_a_main_clause_are_coded():
    # background only by the clause that describes a party: the act told as such is an event
    assert types(code("Kenya deployed police officers to Haiti last year.", "en")) == ["MOBILIZE"]
    assert types(code("Le Venezuela a expulsé des diplomates colombiens vendredi.", "fr")) == ["SANCTION"]


def test_a_describing_clause_dated_this_week_stays_an_event():
    events = code("Sudan, which expelled two Emirati diplomats on Monday, recalled its ambassador from Abu Dhabi on Tuesday.", "en")
    assert "SANCTION" in types(events) and len(events) == 2


def test_a_statement_made_at_a_venue_is_about_the_article_country():
    # the venue's country is where the words were said, not whose protesters or
    # authorities they are about: a protest or an arrest acts where it is, a demand not
    text = ("Iranian security forces arrested hundreds of women in Tehran last week. "
            "In Geneva, UN experts urged the authorities to release the detained protesters.")
    request = [e for e in code(text, "en") if e.event_type == "REQUEST"]
    assert request and request[0].target.country == "IRN"
    text = ("Georgian police detained dozens of opposition supporters in Tbilisi on Sunday. "
            "In Brussels, EU foreign ministers condemned the arrests of peaceful protesters on Monday.")
    accuse = [e for e in code(text, "en") if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].target.country == "GEO"


def test_an_act_at_a_place_still_takes_the_place_country():
    text = "Georgian police detained dozens of opposition supporters in Tbilisi on Sunday. In Yerevan, police arrested protesters on Monday."
    arrests = sorted(e.target.country for e in code(text, "en") if e.event_type == "COERCE")
    assert arrests == ["ARM", "GEO"]


def test_a_participle_conjoined_with_a_passive_shares_its_patient():
    # "was arrested ... and charged": the arrested man is charged, never the one charging
    text = "Ugandan opposition leader Kizza Besigye was arrested in Nairobi on Monday and charged with treason by a military court."
    accusations = [e for e in code(text, "en") if e.event_type == "ACCUSE"]
    assert [(e.source.sector, e.target.name) for e in accusations] == [("JUD", "Kizza Besigye")]


def test_a_describing_clause_dated_within_the_year_stays_an_event():
    """GUIDELINES require events less than about a year old: "in June" in a November story."""
    events = code("Chad, which expelled two Sudanese diplomats in June, recalled its ambassador from Khartoum on Tuesday.", "en")
    assert "SANCTION" in types(events) and len([e for e in events if e.event_type == "SANCTION"]) == 2

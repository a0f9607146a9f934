"""Old acts told in a main clause ("the army seized power in 2021", "he was abducted
in Dubai in 2020", "Russia annexed Crimea in 2014") are background when the clause's
own date ended more than a year before publication (GUIDELINES, What to code:
background more than ~1 year before publication is not required). The story's own
acts, the same verbs dated this month or "last year" in a November story, and a
"since" date (a state still going on) stay events. Sentences written for this test,
real pipeline."""

from __future__ import annotations

from chronicle.model import Event
from event_checks import lang_coder


code = lang_coder("2025-11-05")


def types(events: list[Event]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_an_act_dated_years_before_the_story_is_background():
    assert types(code("Russia annexed Crimea in 2014.", "en")) == []
    assert types(code("Burkina Faso's army seized power in September 2022.", "en")) == []
    assert types(code("Ethiopian troops attacked the town of Humera on 12 November 2020.", "en")) == []


def test_a_passive_act_and_its_coordinated_verb_take_the_old_date():
    assert types(code("The journalist was abducted in Caracas in 2019 and taken to a prison near Valencia.", "en")) == []


def test_the_story_act_beside_an_old_one_is_still_coded():
    events = code("Sudan recalled its ambassador from Nairobi on Tuesday, a year after Kenya expelled Sudanese diplomats in 2021.", "en")
    assert types(events) == ["SANCTION"] and events[0].source.country == "SDN"


def test_recent_dates_and_since_dates_stay_events():
    assert types(code("Kenya deployed police officers to Haiti last year.", "en")) == ["MOBILIZE"]
    assert types(code("Pakistan expelled two Indian diplomats in October.", "en")) == ["SANCTION"]
    assert types(code("Israel has occupied the Golan Heights since 1967.", "en")) == types(code("Israel has occupied the Golan Heights.", "en"))


def test_french_main_clauses_dated_years_before_are_background():
    assert types(code("La Russie a annexé la Crimée en 2014.", "fr")) == []
    assert types(code("Le Venezuela a expulsé des diplomates colombiens vendredi.", "fr")) == ["SANCTION"]


def test_a_participle_clause_takes_the_old_date_of_its_verb():
    text = "Islamic State fighters stormed a prison in Hasakah on 20 January 2022, killing dozens of guards."
    assert types(code(text, "en")) == []

"""A warning of what something other than a party will do is a forecast, no threat:
"warned that the escalation would cost thousands of jobs" codes no THREATEN, where
"warned that it would use force" and "warned that Iranian forces would respond" do.
Sentences written for this test, real pipeline."""

from __future__ import annotations

from event_checks import lang_coder


code = lang_coder("2025-11-05")


def types(text: str) -> list[str]:
    return sorted(e.event_type for e in code(text, "en"))


def test_a_forecast_of_costs_or_disease_is_no_threat():
    assert "THREATEN" not in types("Mexico's economy minister warned on Monday that the escalation would cost thousands of jobs.")
    assert "THREATEN" not in types("South Africa's trade minister warned on Friday that the move would hurt exporters in Durban.")


def test_a_warning_of_the_warner_s_own_act_is_a_threat():
    assert "THREATEN" in types("Ethiopia warned on Monday that it would use force to secure access to the Red Sea.")
    assert "THREATEN" in types("Iran warned on Sunday that Iranian forces would respond to any Israeli attack.")
    assert "THREATEN" in types("Kenya's police chief warned on Tuesday that officers would disperse any march in Nairobi.")


def test_a_vow_names_the_vower_s_own_act():
    assert "THREATEN" in types("Al-Shabaab's spokesman vowed on Friday that the group would keep attacking Kenyan convoys.")


def test_a_french_warning_of_a_measure_in_the_passive_is_a_threat():
    events = code("Les autorités tunisiennes ont averti lundi qu'un couvre-feu pourrait être décrété à Sfax.", "fr")
    assert "THREATEN" in [e.event_type for e in events]


def test_a_deed_supposed_of_another_leaves_the_answer_a_threat():
    """"any aggression would trigger a response": the deed is the other side's, if it comes;
    the answer it would bring is the warner's, so the warning threatens."""
    assert "THREATEN" in types("Iran warned on Sunday that any aggression would trigger a crushing response.")
    assert "THREATEN" in types("Venezuela warned on Monday that any incursion would bring a firm reply from its armed forces.")
    events = code("L'Algérie a averti mardi que toute agression entraînerait une riposte immédiate.", "fr")
    assert "THREATEN" in [e.event_type for e in events]

"""A judgement of a thing, a text or a measure whose author the sentence leaves unnamed
("criticised the plan", "a dénoncé la réforme") is an ACCUSE with no recipient, as PLOVER
2.0 allows and the gold codes it (helper misses24: 221 of the 779 positive ACCUSE events
of the tuned news have a null target); the purpose of a protest ("ont manifesté pour
dénoncer la vie chère") and a judgement of a party stay as they were. Sentences written
for these tests, about other countries than the probe files (tests/data/probes/misses24-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-05-10")


def accusations(events) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.target.country if e.target else None) for e in events
            if e.event_type == "ACCUSE" and e.polarity == "positive"]


def test_english_criticism_of_a_bill_has_no_recipient() -> None:
    events = code("Latvia's foreign minister criticised the draft budget on Thursday.", "en")
    assert accusations(events) == [("LVA", None)]


def test_english_condemnation_of_a_change_of_government() -> None:
    events = code("Namibia's president condemned the unconstitutional change of government.", "en")
    assert accusations(events) == [("NAM", None)]


def test_french_criticism_of_a_reform_has_no_recipient() -> None:
    events = code("Le gouvernement malgache a critiqué la réforme du code forestier.", "fr")
    assert accusations(events) == [("MDG", None)]


def test_the_purpose_of_a_protest_is_no_judgement() -> None:
    events = code("Des centaines d'étudiants ont manifesté jeudi à Dakar pour dénoncer la hausse des frais d'inscription.", "fr")
    assert accusations(events) == []


def test_a_judged_party_is_still_the_recipient() -> None:
    events = code("Latvia's foreign minister criticised Russia on Thursday.", "en")
    assert accusations(events) == [("LVA", "RUS")]

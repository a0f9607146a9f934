"""English clause constructions (helper cons26en): the same event in other syntactic
shapes than the plain clause. Sentences written for these tests, about other countries
than the probe files (tests/data/probes/cons26en-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_hyphened_participle_names_the_doer_of_the_event_noun() -> None:
    # "X-imposed sanctions on Y" is "sanctions imposed by X on Y" (arguments._hyphened_doer)
    found = pairs(code("Canada-imposed sanctions on Nicaragua took effect on Tuesday.", "en"))
    assert ("SANCTION", "CAN", "NIC") in found


def test_hyphened_led_strikes_are_the_leaders() -> None:
    found = pairs(code("Israeli-led airstrikes on Lebanese army positions killed three soldiers.", "en"))
    assert any(kind == "ASSAULT" and source == "ISR" and target == "LBN" for kind, source, target in found)


def test_hyphened_mediator_is_no_party() -> None:
    # brokered: the mediator is no party of the truce it brokered (grammar.mediating_participles)
    found = pairs(code("An Egypt-brokered truce with Hamas was announced on Monday.", "en"))
    assert not any("EGY" in (source, target) and source != target for _, source, target in found)


def test_obligation_on_another_in_reported_speech_is_a_demand() -> None:
    # "X must do Y, said Z": Z demands it of X (events._reported_obligations); the act itself
    # is not done, so no withdrawal is coded
    events = code("Armenia must withdraw its forces from the border villages, said Azerbaijan's foreign minister.", "en")
    found = pairs(events)
    assert ("REQUEST", "AZE", "ARM") in found
    assert not any(e.event_type in ("RETREAT", "CONCEDE") for e in events)


def test_obligation_with_should_after_the_speech_verb() -> None:
    found = pairs(code("Colombia's president said Venezuela should release the detained soldiers.", "en"))
    assert ("REQUEST", "COL", "VEN") in found


def test_own_side_obligation_is_no_demand() -> None:
    # "we must": the speaker's own side, no one else is asked
    events = code('"We must release the detained fishermen," said Sri Lanka\'s president.', "en")
    assert not any(e.event_type == "REQUEST" for e in events)


def test_headline_infinitive_hangs_on_its_subject() -> None:
    # "X to meet Y": the headline future (AP Stylebook); the noun the parse hangs it on is the doer
    text = "Senegal to meet Gambia over fishing rights\n\nThe talks will be held in Dakar."
    found = pairs(code(text, "en"))
    assert ("AGREE", "SEN", "GMB") in found or ("AGREE", "GMB", "SEN") in found


def test_headline_infinitive_visit_by_a_title() -> None:
    text = "Ghanaian president to visit Ivory Coast\n\nThe trip was announced on Monday."
    found = pairs(code(text, "en"))
    assert ("AGREE", "GHA", "CIV") in found


def test_fronted_talks_take_the_main_subject_as_party() -> None:
    # "After talks with X, Y flew to Z": Y held the talks (arguments._fronted_occasion)
    text = "After talks with Kazakhstan's president in Astana, Uzbekistan's president flew to Moscow."
    found = pairs(code(text, "en"))
    assert ("CONSULT", "UZB", "KAZ") in found or ("CONSULT", "KAZ", "UZB") in found


def test_talks_after_the_verb_only_date_it() -> None:
    # behind the verb the talks date the act: the condemner held no talks
    found = pairs(code("Norway condemned the missile test after talks with Japan.", "en"))
    assert ("CONSULT", "NOR", "JPN") not in found and ("CONSULT", "JPN", "NOR") not in found


def test_a_call_with_someone_is_a_phone_call() -> None:
    # "a call with X" is a telephone or video call (triggers.yaml 'call' with 'with')
    found = pairs(code("Chile's president held a call with Bolivia's president on Monday.", "en"))
    assert ("CONSULT", "CHL", "BOL") in found or ("CONSULT", "BOL", "CHL") in found


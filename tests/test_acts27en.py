"""Act senses and constructions (helper acts27en): fronted occasions that are the subject's
own joint act, acts still pending ("has yet to"), troops pulled 'out of' a country, and two
measures of one code by two verbs of one sentence. Sentences written for these tests, about
other countries than the probe files (tests/data/probes/acts27en-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_a_fronted_call_is_a_call_beside_the_request() -> None:
    # the call is no content of the request the verb makes (events._fronted_occasion)
    events = code("In a call with Mexico's president, Guatemala's president urged action against smugglers.", "en")
    found = pairs(events)
    assert ("CONSULT", "GTM", "MEX") in found or ("CONSULT", "MEX", "GTM") in found
    assert any(e.event_type == "REQUEST" and e.source.country == "GTM" for e in events)


def test_fronted_talks_before_a_request_are_held() -> None:
    found = pairs(code("During talks with Senegal's president, the Gambian president urged Dakar to reopen the border.", "en"))
    assert ("CONSULT", "GMB", "SEN") in found or ("CONSULT", "SEN", "GMB") in found
    assert ("REQUEST", "GMB", "SEN") in found


def test_fronted_talks_are_held_whatever_the_commitment_after_them() -> None:
    # the commitment verb does not make the occasion a plan (modality: fronted occasion)
    events = code("In talks with Slovakia's prime minister, the Czech prime minister proposed a joint gas pipeline.", "en")
    talks = [e for e in events if e.event_type == "CONSULT" and {e.source.country, e.target.country} == {"CZE", "SVK"}]
    assert talks and talks[0].modality == "actual"


def test_a_strike_after_talks_is_still_no_joint_act_of_the_subject() -> None:
    # a fronted noun with no comitative ("after X's strikes on Y") stays what it was
    events = code("After Sudan's strikes on Chad, the Chadian president called for calm.", "en")
    assert not any(e.event_type == "CONSULT" for e in events)


def test_french_lors_d_un_entretien_avec_is_the_subject_s_meeting() -> None:
    # 'lors' an adverb on the verb, the noun under it (syntax.occasion_attachment)
    found = pairs(code("Lors d'un entretien téléphonique avec le président ghanéen, le président ivoirien a appelé au calme.", "fr"))
    assert ("CONSULT", "CIV", "GHA") in found or ("CONSULT", "GHA", "CIV") in found


def test_has_yet_to_meet_is_no_meeting() -> None:
    events = code("Ecuador's president has yet to meet his Colombian counterpart.", "en")
    assert not any(e.event_type == "CONSULT" and e.polarity == "positive" for e in events)


def test_is_yet_to_visit_is_no_visit() -> None:
    events = code("The Egyptian foreign minister is yet to visit Sudan.", "en")
    assert not any(e.event_type == "CONSULT" and e.polarity == "positive" for e in events)


def test_met_yet_again_stays_a_meeting() -> None:
    # 'yet' that is no pending mark of 'have' keeps the meeting
    events = code("The Kenyan president met his Ugandan counterpart yet again on Monday.", "en")
    assert any(e.event_type == "CONSULT" and e.polarity == "positive" for e in events)


def test_troops_pulled_out_of_a_country_target_that_country() -> None:
    events = code("Nigeria pulled its troops out of Liberia on Tuesday.", "en")
    retreats = [e for e in events if e.event_type == "RETREAT"]
    assert retreats and retreats[0].source.country == "NGA"
    assert retreats[0].target is not None and retreats[0].target.country == "LBR"


def test_two_measures_of_one_code_by_two_verbs_are_two_events() -> None:
    # dedupe._separate_measures: two triggers of one sentence, one code, are two acts
    events = code("Lithuania expelled a Russian diplomat and recalled its ambassador from Moscow.", "en")
    assert len([e for e in events if e.event_type == "SANCTION"]) == 2


def test_one_measure_restated_in_two_sentences_stays_one() -> None:
    events = code("Lithuania expelled a Russian diplomat on Monday. The expulsion of the Russian diplomat angered Moscow.", "en")
    assert len([e for e in events if e.event_type == "SANCTION"]) == 1


def test_a_pledged_release_is_the_intent_to_release() -> None:
    # events._committed_yields: the yield committed to stands and is coded 0353 (when_committed)
    events = code("Venezuela pledged to release six jailed Colombian soldiers.", "en")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and agree[0].cameo == "0353" and agree[0].target.country == "COL"


def test_a_vowed_withdrawal_is_the_intent_to_de_escalate() -> None:
    events = code("Eritrea vowed to withdraw its troops from Tigray.", "en")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and agree[0].cameo == "0356"
    assert not any(e.target is not None and e.target.sector == "MIL" and e.target.country == "ERI" for e in events)


def test_a_pledged_aid_stays_a_commitment_to_aid() -> None:
    # no yield: the pledge keeps its own coding (aid promised, CAMEO 033)
    events = code("Japan pledged to send food aid to Haiti.", "en")
    assert any(e.event_type == "AGREE" and e.target is not None and e.target.country == "HTI" for e in events)
    assert not any(e.event_type == "AGREE" and (e.cameo or "").startswith("035") for e in events)


def test_a_verb_and_the_measure_it_imposes_stay_one_event() -> None:
    # no coordinator between 'imposed' and 'restrictions': one measure (dedupe._coordinated_triggers)
    events = code("Poland imposed travel restrictions on Belarusian officials on Monday.", "en")
    assert len([e for e in events if e.event_type == "SANCTION"]) <= 1


def test_a_protest_lodged_and_an_envoy_summoned_are_one_protest() -> None:
    events = code("Hanoi lodged a diplomatic protest with the Chinese embassy and summoned its deputy ambassador.", "en")
    assert len([e for e in events if e.event_type == "ACCUSE"]) <= 1

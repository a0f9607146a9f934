"""A host's 'receive' / 'recevoir' with a word its entry excludes for another sense (a message,
aid, support, funding received) in another clause: a verb coordinated with it or a relative
clause on the guest states another act, and the visit is still coded (pack grammar
clause_bound_excludes, extract/triggers.py _other_clauses; helper consult29). Sentences
written for these tests, about other countries than the probe files (tests/data/probes/consult29-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def pairs(events) -> set[tuple[str, frozenset]]:
    return {(e.event_type, frozenset({e.source.country if e.source else None, e.target.country if e.target else None})) for e in events}


def test_english_guest_received_then_support_reaffirmed_in_a_coordinated_verb() -> None:
    text = "Malawian President Peter Mutharika received Zambian Foreign Minister Mulambo Haimbe in Lilongwe on Monday and reaffirmed Malawi's support for regional trade."
    assert ("CONSULT", frozenset({"MWI", "ZMB"})) in pairs(code(text, "en"))


def test_english_guest_received_who_conveyed_a_message() -> None:
    text = "Omani Sultan Haitham bin Tariq received Yemeni Foreign Minister Shaya al-Zindani in Muscat on Sunday, who conveyed a message from the Presidential Council."
    assert ("CONSULT", frozenset({"OMN", "YEM"})) in pairs(code(text, "en"))


def test_english_message_received_is_still_no_meeting() -> None:
    text = "President Peter Mutharika received a message from the Zambian president on Monday."
    assert not any(e.event_type == "CONSULT" for e in code(text, "en"))


def test_french_guest_received_with_whom_funding_was_discussed() -> None:
    text = "Le président béninois Patrice Talon a reçu mardi l'ambassadeur du Japon, avec qui il a évoqué le financement d'un nouveau pont."
    assert ("CONSULT", frozenset({"BEN", "JPN"})) in pairs(code(text, "fr"))


def test_french_guest_received_then_aid_promised_in_a_coordinated_verb() -> None:
    text = "Le président sénégalais a reçu jeudi à Dakar le ministre bissau-guinéen de l'Intérieur et lui a promis une aide logistique."
    assert ("CONSULT", frozenset({"SEN", "GNB"})) in pairs(code(text, "fr"))


def test_french_aid_received_is_still_no_meeting() -> None:
    text = "Le Sénégal a reçu jeudi une aide logistique du Japon."
    assert not any(e.event_type == "CONSULT" for e in code(text, "fr"))


def test_english_meeting_held_to_plan_a_joint_deed_is_still_a_meeting() -> None:
    text = "The defence ministers of Finland, Sweden and Norway met in Oslo on Monday to plan joint air patrols over the Arctic."
    found = pairs(code(text, "en"))
    for first, second in (("FIN", "SWE"), ("FIN", "NOR"), ("SWE", "NOR")):
        assert ("CONSULT", frozenset({first, second})) in found


def test_french_meeting_held_to_plan_a_joint_operation_is_still_a_meeting() -> None:
    text = ("Les chefs d'état-major des armées du Sénégal, de la Gambie et de la Guinée-Bissau se sont réunis mardi à Dakar "
            "pour évaluer la situation sécuritaire et planifier une vaste opération conjointe en Casamance.")
    found = pairs(code(text, "fr"))
    for first, second in (("SEN", "GMB"), ("SEN", "GNB"), ("GMB", "GNB")):
        assert ("CONSULT", frozenset({first, second})) in found


def test_english_host_of_a_meeting_with_guests_is_a_party() -> None:
    text = "Kenyan President William Ruto hosted a meeting in Nairobi on Friday with Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan."
    found = pairs(code(text, "en"))
    assert ("CONSULT", frozenset({"KEN", "UGA"})) in found
    assert ("CONSULT", frozenset({"KEN", "TZA"})) in found


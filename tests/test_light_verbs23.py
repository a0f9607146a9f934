"""Light verbs with event nouns (helper light23): the light verb's subject acts, the
noun's complement or the verb's indirect object is the one acted on. Aid announced
without a sum or a kind is a pledge (AGREE intended, GUIDELINES); the one asked or
protested to may stand on an adverbial preposition labelled as an oblique ("auprès
du Mexique") or on the request's own complement ("une demande d'aide à X"); a place
between an event noun and its complement ("l'arrestation à Abidjan de ...") and the
adjunct of a passive's agent ("menées par X contre Y") keep their readings.
Sentences written for these tests, other countries than the probe sets'."""

from __future__ import annotations

from event_checks import lang_coder, of_type

code = lang_coder("2025-06-12")


def pairs(events) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_french_aid_announced_without_sum_is_a_pledge() -> None:
    events = code("La Belgique a annoncé une aide supplémentaire au Burundi.", "fr")
    agreed = of_type(events, "AGREE")
    assert pairs(agreed) == {("BEL", "BDI")}
    assert all(e.modality == "intended" for e in agreed)
    assert not of_type(events, "AID")


def test_french_aid_announced_through_a_noun_of_giving() -> None:
    events = of_type(code("Le Koweït a annoncé l'octroi d'une aide à la Jordanie.", "fr"), "AGREE")
    assert pairs(events) == {("KWT", "JOR")}
    assert all(e.modality == "intended" for e in events)


def test_french_state_aid_to_its_own_farmers_is_no_pledge() -> None:
    events = code("Le gouvernement français a annoncé une aide aux agriculteurs.", "fr")
    assert not of_type(events, "AGREE") and not of_type(events, "AID")


def test_protest_lodged_with_adverbial_preposition_read_as_oblique() -> None:
    events = of_type(code("Le Honduras a émis une vive protestation auprès du Nicaragua.", "fr"), "ACCUSE")
    assert ("HND", "NIC") in pairs(events)


def test_request_whose_addressee_hangs_on_its_complement() -> None:
    events = of_type(code("Le Tchad a adressé une demande d'aide à l'Allemagne.", "fr"), "REQUEST")
    assert pairs(events) == {("TCD", "DEU")}


def test_passive_light_verb_keeps_the_adjunct_of_its_agent() -> None:
    events = of_type(code("Des frappes ont été menées par l'aviation égyptienne contre des positions libyennes.", "fr"), "ASSAULT")
    assert ("EGY", "LBY") in pairs(events)


def test_place_between_event_noun_and_its_complement() -> None:
    events = of_type(code("Nigerien police carried out the arrest in Niamey of three Malian nationals.", "en"), "COERCE")
    assert pairs(events) == {("NER", "MLI")}


def test_english_working_session_and_placed_call_are_consultations() -> None:
    events = of_type(code("Ghana's foreign minister held a working session with his Togolese counterpart.", "en"), "CONSULT")
    assert pairs(events) in ({("GHA", "TGO")}, {("TGO", "GHA")})
    events = of_type(code("The Spanish prime minister placed a call to his Moroccan counterpart.", "en"), "CONSULT")
    assert pairs(events) in ({("ESP", "MAR")}, {("MAR", "ESP")})


def test_parliament_session_is_no_meeting() -> None:
    assert not of_type(code("Kenya's parliament held a special session on the budget.", "en"), "CONSULT")


def test_english_official_protest_is_an_accusation_not_a_demonstration() -> None:
    events = code("Greece made an official protest to Albania.", "en")
    assert ("GRC", "ALB") in pairs(of_type(events, "ACCUSE"))
    assert not of_type(events, "PROTEST")


def test_english_registered_protest_and_stepped_up_strikes() -> None:
    assert ("AUS", "IDN") in pairs(of_type(code("Australia registered a protest with Indonesia.", "en"), "ACCUSE"))
    assert ("ISR", "LBN") in pairs(of_type(code("Israel stepped up its air strikes on Lebanon.", "en"), "ASSAULT"))


def test_english_accusations_levelled_at_and_pardon_granted_to() -> None:
    assert ("ERI", "ETH") in pairs(of_type(code("Eritrea levelled accusations at Ethiopia.", "en"), "ACCUSE"))
    assert ("MAR", "DZA") in pairs(of_type(code("The Moroccan king granted a pardon to Algerian prisoners.", "en"), "CONCEDE"))


def test_english_seizure_of_a_fishing_boat() -> None:
    events = of_type(code("The Philippine coast guard carried out the seizure of a Chinese fishing boat.", "en"), "COERCE")
    assert ("PHL", "CHN") in pairs(events)


def test_french_aid_counted_in_money_for_a_named_recipient_stays_a_pledge() -> None:
    events = of_type(code("Le Canada a annoncé une aide supplémentaire de 20 millions de dollars pour l'armée malienne.", "fr"), "AGREE")
    assert ("CAN", "MLI") in pairs(events)

"""English nominal events of the cooperative half of the CAMEO codebook (roots 02-09).

Nouns and set phrases name events with their parties ("at the request of X",
"the extradition of X to Y by Z", "an aid package for X", "the pullout of
troops from X"). Each case codes a sentence written for this test, about many
regions, with the real English pipeline and checks type, CAMEO code, both
sides' countries, polarity and modality; the last cases check that the same
nouns in other senses ("a request for comment", "Amnesty International", "a
space probe", "a takeover offer") code nothing.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ REQUEST


def test_at_the_request_of_a_government_the_actor_is_the_one_asked():
    event = only(code("At the request of Mali, France sent troops."), "REQUEST")
    assert sides(event) == ("MLI", "FRA") and event.cameo == "100"


def test_a_plea_to_an_organisation():
    event = only(code("Kenya's plea to the African Union for help went unanswered."), "REQUEST")
    assert event.source.country == "KEN" and event.target.sector == "IGO"


# ------------------------------------------------------------ AGREE


def test_an_offer_of_mediation_is_an_intent_to_mediate_between_both_sides():
    events = [e for e in code("Qatar's offer of mediation between Israel and Hamas was accepted.") if e.event_type == "AGREE"]
    assert {sides(e) for e in events} == {("QAT", "ISR"), ("QAT", "PSE")}
    assert {e.cameo for e in events} == {"039"}


def test_an_aid_package_to_be_announced_is_an_intent_to_give_aid():
    event = only(code("The United States will announce a new military aid package for Taiwan."), "AGREE")
    assert sides(event) == ("USA", "TWN")
    assert (event.cameo, event.modality) == ("0332", "intended")  # military aid: CAMEO 0332 (plover.yaml by_cameo)


# ------------------------------------------------------------ SUPPORT


def test_praise_drawn_from_another_state():
    event = only(code("Morocco drew praise from France."), "SUPPORT")
    assert sides(event) == ("FRA", "MAR") and event.cameo == "051"


def test_recognition_of_a_state():
    event = only(code("Spain's recognition of the State of Palestine angered Israel."), "SUPPORT")
    assert sides(event) == ("ESP", "PSE") and event.cameo == "054"


def test_solidarity_expressed():
    event = only(code("Japan expressed solidarity with Turkey."), "SUPPORT")
    assert sides(event) == ("JPN", "TUR") and event.cameo == "051"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan renewed its support for the Philippines.", ("JPN", "PHL")),
        ("The EU gave the green light to Ukraine's accession.", ("EUR", "UKR")),
    ],
)
def test_support_renewed_and_green_light_given(sentence, expected):
    event = only(code(sentence), "SUPPORT")
    assert sides(event) == expected and event.cameo == "051"


# ------------------------------------------------------------ COOPERATE


def test_an_extradition_names_the_extraditing_and_the_receiving_state():
    event = only(code("The extradition of the activist to Turkey by Sweden was completed."), "COOPERATE")
    assert sides(event) == ("SWE", "TUR") and event.cameo == "063"


# ------------------------------------------------------------ AID


def test_a_military_aid_package_announced():
    """Aid announced is aid promised (GUIDELINES, modality: "a planned or announced ...
    aid is coded AGREE"; PETRARCH2 ANNOUNCE - * PACKAGE [033]): CAMEO 0332."""
    event = only(code("The United States announced a new military aid package for Ukraine."), "AGREE")
    assert sides(event) == ("USA", "UKR")
    assert (event.cameo, event.polarity, event.modality) == ("0332", "positive", "intended")


def test_no_aid_package_announced_is_negative():
    event = only(code("Brazil did not announce any aid package for Venezuela."), "AGREE")
    assert sides(event) == ("BRA", "VEN") and event.polarity == "negative"


def test_a_delivery_that_could_begin_is_hypothetical():
    event = only(code("The delivery of German tanks to Ukraine could begin next month."), "AID")
    assert sides(event) == ("DEU", "UKR")
    assert (event.cameo, event.modality) == ("072", "hypothetical")


@pytest.mark.parametrize(
    ("sentence", "expected", "cameo"),
    [
        ("The IMF approved a loan of 3 billion dollars to Egypt.", ("IGO", "EGY"), "071"),
        ("Germany granted asylum to a Russian opposition activist.", ("DEU", "RUS"), "075"),
    ],
)
def test_loans_and_asylum_are_aid(sentence, expected, cameo):
    event = only(code(sentence), "AID")
    assert sides(event) == expected and event.cameo == cameo


# ------------------------------------------------------------ CONCEDE / RETREAT


def test_the_release_of_prisoners_by_a_state():
    event = only(code("The release of 20 French prisoners by Iran was welcomed."), "RETREAT")
    assert sides(event) == ("IRN", "FRA")
    assert (event.mode, event.cameo) == ("release", "0841")


def test_a_prisoner_swap_between_two_states():
    releases = [e for e in code("Russia and Ukraine carried out a prisoner swap.") if e.event_type == "RETREAT"]
    assert sorted(sides(e) for e in releases) == [("RUS", "UKR"), ("UKR", "RUS")]  # each side frees the other's
    assert {e.cameo for e in releases} == {"0841"}


def test_a_pullout_of_troops_from_a_country():
    event = only(code("The pullout of French troops from Niger ended in December."), "RETREAT")
    assert sides(event) == ("FRA", "NER")
    assert (event.mode, event.cameo) == ("withdraw", "0874")


def test_a_withdrawal_from_a_city_without_troop_words():
    event = only(code("Russia's withdrawal from Kherson surprised analysts."), "RETREAT")
    assert event.source.country == "RUS" and event.cameo == "0874"


def test_a_truce_observed_or_declared_is_a_retreat():
    held = only(code("The ceasefire between Armenia and Azerbaijan held."), "RETREAT")
    assert set(sides(held)) == {"ARM", "AZE"} and (held.mode, held.cameo) == ("ceasefire", "0871")
    # CAMEO 0871 'Declare truce, ceasefire' is RETREAT ceasefire in CAMEO2PLOVER-2021
    events = code("Israel declared a unilateral ceasefire.")
    declared = only(events, "RETREAT")
    assert declared.source.country == "ISR" and (declared.mode, declared.cameo) == ("ceasefire", "0871")
    assert not [e for e in events if e.event_type == "CONCEDE"]


def test_a_resignation_is_coded_as_the_verb_resign_is():
    event = only(code("The resignation of the Malian prime minister was announced."), "CONCEDE")
    assert (event.source.country, event.cameo) == ("MLI", "0831")


# ------------------------------------------------------------ ACCUSE 'investigate'


def test_an_investigation_into_war_crimes_by_forces_targets_the_forces():
    event = only(code("The ICC opened an investigation into war crimes by Russian forces in Ukraine."), "ACCUSE")
    assert (event.target.country, event.mode, event.cameo) == ("RUS", "investigate", "094")


# ------------------------------------------------------------ other senses code nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "The reporter's request for comment went unanswered.",
        "Amnesty International published its annual report.",
        "The spacecraft sent a probe to Mars.",
        "The company announced a takeover offer.",
        "The minister went on a leadership retreat in Kenya.",
        "The lawyer entered a plea of not guilty.",
    ],
)
def test_other_senses_are_not_events(sentence):
    coded = {(e.event_type, e.mode) for e in code(sentence)}
    cooperative = {"REQUEST", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
    assert not [c for c in coded if c[0] in cooperative or c == ("ACCUSE", "investigate")], coded

"""English cooperation classes, third batch (CAMEO roots 04-07, 08 and 12): refusals
and retreats addressed to no one named, face-to-face talks ("sat down with"), money
and relief goods given, proposals snubbed, and parties acting jointly.

Each class is checked on sentences written for this test (many regions, none from
the gold sets) with the real English pipeline: the type, CAMEO code, polarity,
modality and both sides' countries users see. Ordinary senses of the same words
("sat down after the break", money given to a campaign, an actress snubbing
photographers, "withdrew cash") and negated or hypothetical acts are held to what
they are.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only, positive

PUBLISHED = "2024-05-15"


code = coder("en", PUBLISHED)


# ------------------------------------------------------------ 12: a refusal addressed to no one named


@pytest.mark.parametrize("text, country", [
    ("Zambia's president refused to scrap the new cyber law despite protests.", "ZMB"),
    ("Peru's government rejected calls to hold early elections.", "PER"),
    ("Georgia's ruling party dismissed demands for a rerun of the parliamentary vote.", "GEO"),
])
def test_a_state_refusing_no_one_named_refuses_its_own_people(text, country):
    event = only(code(text), "REJECT")
    assert sides(event) == (country, country) and event.target.sector == "CVL" and event.polarity == "positive"


def test_an_international_body_has_no_people_of_its_own_to_refuse():
    events = code("The UN Security Council rejected the proposal on Tuesday.")
    assert not [e for e in events if e.target is not None and e.target.sector == "CVL"]


# ------------------------------------------------------------ 08: a retreat for no one named


@pytest.mark.parametrize("text, country, mode", [
    ("Myanmar's military government released 3,000 prisoners on Tuesday.", "MMR", "release"),
    ("The Ethiopian army lifted its blockade of the town of Lalibela on Friday.", "ETH", "withdraw"),
])
def test_forces_giving_up_for_no_one_named_give_up_to_their_own_people(text, country, mode):
    event = only(code(text), "RETREAT")
    assert sides(event) == (country, country) and event.mode == mode


def test_property_returned_is_never_returned_to_ones_own_people():
    # CAMEO 0842: returned to another party, never to the source's own people
    events = code("The Netherlands returned 119 looted bronzes on Tuesday.")
    assert not [e for e in events if e.target is not None and e.target.country == "NLD"]


# ------------------------------------------------------------ 04: face-to-face talks


@pytest.mark.parametrize("text, pair", [
    ("Colombian negotiators sat down with ELN commanders in Caracas on Monday.", {"COL"}),
    ("Afghan Taliban officials sat down with Pakistani diplomats in Kabul on Sunday.", {"AFG", "PAK"}),
])
def test_sitting_down_with_the_other_party_is_a_consultation(text, pair):
    event = only(code(text), "CONSULT")
    assert set(sides(event)) == pair and event.polarity == "positive"


@pytest.mark.parametrize("text", [
    "The delegates sat down after the break.",
    "She sat down with her mother.",
    "She visited her mother.",
    "The company received an award.",
])
def test_sitting_down_or_visiting_in_ordinary_life_codes_nothing(text):
    assert code(text) == []


# ------------------------------------------------------------ 07: money and relief goods given


@pytest.mark.parametrize("text, pair, cameo", [
    ("Norway contributed $25 million to UNRWA on Monday.", ("NOR", "UNO"), "071"),
    ("Qatar gave $50 million to Lebanon's army on Wednesday.", ("QAT", "LBN"), "071"),
    ("Canada allocated 40 million dollars to Haiti for reconstruction.", ("CAN", "HTI"), "071"),
    ("China handed over 500 tonnes of rice to Laos on Friday.", ("CHN", "LAO"), "073"),
    ("Greece sent firefighters to help Albania battle forest fires.", ("GRC", "ALB"), "073"),
])
def test_money_or_relief_given_to_a_party_is_aid(text, pair, cameo):
    event = only(code(text), "AID")
    assert sides(event) == pair and event.cameo == cameo and event.modality == "actual"


def test_money_that_may_be_given_is_no_aid_given():
    event = only(code("Japan may give $10 million to Sri Lanka."), "AID")
    assert event.modality == "hypothetical"


@pytest.mark.parametrize("text", [
    "The company contributed $5 million to the election campaign.",
    "They withdrew cash.",
    "The kidnappers were given $2 million in ransom by the family.",
])
def test_money_that_is_no_aid_codes_no_aid(text):
    assert not positive(code(text), "AID")


# ------------------------------------------------------------ 12: a proposal snubbed


@pytest.mark.parametrize("text, pair, cameo", [
    ("Ethiopia snubbed Egypt's proposal on the dam.", ("ETH", "EGY"), "120"),
    ("Venezuela spurned Brazil's offer of mediation on Sunday.", ("VEN", "BRA"), "125"),
    ("Mali's junta repudiated the peace accord it had signed with Tuareg rebels.", ("MLI", "MLI"), "120"),
])
def test_a_proposal_or_meeting_snubbed_is_a_rejection(text, pair, cameo):
    event = only(code(text), "REJECT")
    assert sides(event) == pair and event.cameo == cameo


def test_a_person_snubbed_stays_a_disapproval():
    events = code("Putin snubbed the Ukrainian delegation.")
    assert only(events, "ACCUSE").cameo == "110" and not positive(events, "REJECT")


def test_an_actress_snubbing_photographers_codes_nothing():
    assert code("The actress snubbed the photographers.") == []


# ------------------------------------------------------------ 06: parties acting jointly


@pytest.mark.parametrize("text, pair", [
    ("Moroccan and Spanish coast guards jointly rescued 150 migrants in the Alboran Sea.", {"MAR", "ESP"}),
    ("Egypt and Sudan jointly operate the Argeen border crossing.", {"EGY", "SDN"}),
    ("France and Britain jointly developed the Storm Shadow missile.", {"FRA", "GBR"}),
])
def test_parties_acting_jointly_cooperate(text, pair):
    event = only(code(text), "COOPERATE")
    assert set(sides(event)) == pair and event.cameo == "060" and event.polarity == "positive"


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan have never jointly patrolled the border.",
    "India and China did not jointly develop the project.",
])
def test_what_was_never_done_jointly_is_negated(text):
    event = only(code(text), "COOPERATE")
    assert event.polarity == "negative"


def test_what_is_called_for_jointly_is_no_material_cooperation():
    events = code("France and Germany jointly called for a ceasefire in Gaza.")
    assert not positive(events, "COOPERATE") and positive(events, "REQUEST")


def test_agreeing_with_a_referee_codes_nothing():
    assert code("The team agreed with the referee's call.") == []


# ------------------------------------------------------------ "X said it/they would": the speaker


@pytest.mark.parametrize("text, pair, cameo", [
    ("Thailand and Cambodia said they were ready to settle their maritime dispute through negotiation.", {"THA", "KHM"}, "037"),
    ("The Taliban said they were ready to compromise with Pakistan over the border crossing.", {"AFG", "PAK"}, "035"),
])
def test_a_pronoun_subject_of_what_a_speaker_says_is_the_speaker(text, pair, cameo):
    event = only(code(text), "AGREE")
    assert set(sides(event)) == pair and event.cameo == cameo and event.modality == "intended"


def test_a_plural_pronoun_is_no_single_speaker():
    # "they" are not Kenya's president: the freeing has no known doer
    assert not [e for e in code("Kenya's president said they would free the detained activists.") if e.source.country == "KEN"]


# ------------------------------------------------------------ 07: aid that arrives; goods are no visitors


def test_aid_that_enters_a_place_is_aid_from_its_giver():
    event = only(code("Jordanian aid entered Gaza on Sunday."), "AID")
    assert sides(event) == ("JOR", "PSE") and event.cameo == "073"


@pytest.mark.parametrize("text", [
    "A Turkish aid ship carrying 2,000 tonnes of supplies arrived in Port Sudan.",
    "The first shipment of US military aid arrived in Israel on Friday.",
])
def test_ships_and_shipments_that_arrive_bring_no_visitor(text):
    assert "CONSULT" not in {e.event_type for e in code(text)}


def test_a_leader_arriving_to_seek_aid_is_still_visiting():
    events = code("Zelensky arrived in Washington to seek more military aid.")
    assert sides(only(events, "CONSULT")) == ("UKR", "USA")


# ------------------------------------------------------------ 037: a ceasefire concluded


@pytest.mark.parametrize("text, pair", [
    ("A ceasefire between Armenia and Azerbaijan was concluded on Tuesday.", {"ARM", "AZE"}),
    ("Thailand and Cambodia clinched a ceasefire in Kuala Lumpur on Monday.", {"THA", "KHM"}),
])
def test_a_ceasefire_concluded_is_an_agreement(text, pair):
    event = only(code(text), "AGREE")
    assert set(sides(event)) == pair and event.cameo == "037"


def test_talks_concluded_without_a_ceasefire_code_no_agreement():
    assert not positive(code("The talks in Doha were concluded without a ceasefire."), "AGREE")

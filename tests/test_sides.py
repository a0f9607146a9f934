"""'The two sides', 'both sides', 'les deux parties', 'les deux camps', 'les belligérants'
stand for the disputants the article named, never for a mediator or a host of their
talks (GUIDELINES, lists and groups: a group named by a count stands for the actors
it refers back to). Sentences written for these tests, about many conflicts."""

from __future__ import annotations

import pytest

from chronicle.resolve.actors import Actor, ArticleContext
from event_checks import lang_coder, of_type

code = lang_coder("2025-06-15")


def _agreements(text: str, lang: str) -> set[frozenset[str | None]]:
    return {frozenset({e.source.country, e.target.country if e.target else None}) for e in of_type(code(text, lang), "AGREE")}


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # a mediating pair named last: Gaza truce talks
        ("Qatar and Egypt, which mediate between Israel and Hamas, hosted a new round of talks in Doha on Monday. "
         "The two sides agreed to extend the truce by two days.", "en", {"ISR", "PSE"}),
        ("Le Qatar et l'Egypte, qui assurent la médiation entre Israël et le Hamas, ont accueilli lundi un nouveau cycle "
         "de pourparlers à Doha. Les deux parties ont convenu de prolonger la trêve de deux jours.", "fr", {"ISR", "PSE"}),
        # talks brokered by two states between the two sides of one country's war
        ("Saudi Arabia and the United States brokered talks in Jeddah between the Sudanese army and the Rapid Support "
         "Forces. Both sides agreed to a seven-day ceasefire on Saturday.", "en", {"SDN"}),
        # co-mediators named after "sous la médiation de", the disputants before
        ("La RD Congo et le Rwanda ont signé vendredi à Washington un accord de paix sous la médiation des Etats-Unis "
         "et du Qatar. Les deux pays ont convenu d'ouvrir une route commerciale.", "fr", {"COD", "RWA"}),
        # the guarantors of a peace process meet: not the sides
        ("Colombia's government and the ELN rebels resumed peace talks in Havana, with Cuba and Norway acting as "
         "guarantors. Cuban President Miguel Diaz-Canel met Norwegian Foreign Minister Espen Barth Eide on Tuesday. "
         "Both sides agreed to extend the ceasefire.", "en", {"COL"}),
    ],
)
def test_the_two_sides_are_the_disputants(text: str, lang: str, sides: set[str]) -> None:
    agreements = _agreements(text, lang)
    assert agreements == {frozenset(sides)}, agreements


def test_two_sides_named_together_with_a_misparsed_verb() -> None:
    """The lede names the two sides as one list, and no event of theirs is coded: "les
    deux camps" still stands for them, not for the guarantors named after "sous l'égide"."""
    text = ("Le gouvernement colombien et l'ELN ont repris les négociations à La Havane sous l'égide de Cuba et de la "
            "Norvège. Les deux camps ont signé un cessez-le-feu bilatéral jeudi.")
    events = of_type(code(text, "fr"), "AGREE")
    assert {(e.source.sector, e.target.sector if e.target else None) for e in events} == {("GOV", "REB")}
    assert {e.source.country for e in events} == {"COL"}


def test_belligerents_of_a_war_between_two_states_are_both() -> None:
    """"Les belligérants" after a host's talks between Thailand and Cambodia: both states."""
    text = ("La Malaisie a accueilli lundi des pourparlers entre la Thaïlande et le Cambodge. "
            "Les belligérants ont accepté un cessez-le-feu immédiat.")
    assert frozenset({"THA", "KHM"}) in _agreements(text, "fr")
    assert not any("MYS" in pair for pair in _agreements(text, "fr"))


def test_co_mediators_do_not_mediate_between_themselves() -> None:
    """"sous la médiation des Etats-Unis et du Qatar": no CONSULT between the two mediators."""
    text = "L'Ethiopie et l'Erythrée ont signé un accord à Djeddah sous la médiation de l'Arabie saoudite et des Emirats arabes unis."
    consults = of_type(code(text, "fr"), "CONSULT")
    assert not any({e.source.country, e.target.country if e.target else None} == {"SAU", "ARE"} for e in consults)


def test_the_two_countries_after_talks_a_third_state_hosted() -> None:
    text = ("The United States hosted talks between Armenia and Azerbaijan in Washington on Thursday. "
            "The two countries agreed to open a transit route.")
    assert _agreements(text, "en") == {frozenset({"ARM", "AZE"})}


def test_context_keeps_dyads_without_mediators() -> None:
    """The article's dyads drop a mediator named afterwards, and "the two countries"
    never take two sides of one country."""
    context = ArticleContext()
    army, rsf = Actor("army", None, "SDN", "MIL"), Actor("RSF", "Rapid Support Forces", "SDN", "REB")
    usa, sau = Actor("US", None, "USA", "GOV", state=True), Actor("Saudi Arabia", None, "SAU", "GOV", state=True)
    context.dealt(army, rsf, explicit=True)  # "talks between the army and the RSF"
    context.dealt(usa, sau)
    assert context.sides() == (usa, sau)
    context.mediated([usa, sau])
    assert context.sides() == (army, rsf)
    assert context.sides(states=True) is None
    context.dealt(Actor("Saudi envoy", None, "SAU", "GOV"), army)  # an organ of a mediating state
    assert context.sides() == (army, rsf)
    context.dealt(Actor("police", None, "SDN", "COP"), Actor("court", None, "SDN", "JUD"))  # two bodies of one state, in passing
    assert context.sides() == (army, rsf)


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # a dispute, then a friendly visit by one side: the third party addresses the dispute
        ("Kenya expelled Uganda's ambassador on Monday, accusing Kampala of arming rebels. Tanzanian President Samia "
         "Suluhu Hassan received Kenyan President William Ruto in Dar es Salaam on Wednesday. The East African "
         "Community urged both sides to exercise restraint.", "en", {"KEN", "UGA"}),
        ("Le Burkina Faso a expulsé lundi l'ambassadeur de Côte d'Ivoire, accusant Abidjan de soutenir des terroristes. "
         "Le président ghanéen a reçu mercredi à Accra le président ivoirien. La CEDEAO a appelé les deux parties à la "
         "retenue.", "fr", {"BFA", "CIV"}),
    ],
)
def test_both_sides_a_third_party_addresses_are_the_disputants(text: str, lang: str, sides: set[str]) -> None:
    requests = of_type(code(text, lang), "REQUEST")
    assert {e.target.country for e in requests if e.target} == sides, [(e.source.country, e.target) for e in requests]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Union africaine a réuni dimanche à Addis-Abeba les présidents du Kenya, de l'Ethiopie et de la Somalie. "
         "Ils ont convenu de créer une force commune.", "fr"),
        ("The African Union brought together the leaders of Kenya, Ethiopia and Somalia in Addis Ababa on Sunday. "
         "They agreed to set up a joint force.", "en"),
    ],
)
def test_they_after_three_named_together_are_all_three(text: str, lang: str) -> None:
    """"Ils", "they" after one phrase naming three states' leaders: all three, one
    agreement a pair (GUIDELINES, lists and groups), not the first two only."""
    assert _agreements(text, lang) == {frozenset({"KEN", "ETH"}), frozenset({"KEN", "SOM"}), frozenset({"ETH", "SOM"})}

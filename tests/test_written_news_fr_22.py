"""The twenty-second set of French articles written for the project
(tests/data/news/written-22.fr.jsonl: fifteen articles in the styles of Challenges, Arte info,
L'Indépendant, Paperjam, L'Agefi, Francopresse, Wallis et Futuna la 1ère, Radio Vanuatu, Asialyst,
Nippon.com, Agence Europe, Public Sénat, Courrier d'Europe centrale, L'Est Éclair and L'actualité,
about Europe, the Americas, Asia and the Pacific and international bodies), scored end to end through
``chronicle eval``, and the class of its first (unseen) score that the newsets29fr branch fixed:

- concern conveyed to a party by a light verb ("a transmis ses inquiétudes à Pékin", "a fait part
  de sa vive préoccupation à l'ambassadeur de Turquie"): the nouns 'inquiétude' and 'préoccupation'
  were no candidates, as 'regret' and 'critique' already were (CAMEO 110 Disapprove). Only under a
  light verb and with someone the concern is put to: a worry about prices, or 'la principale
  préoccupation des autorités', codes nothing.

Every sentence here is written for these tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-22.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.667 (precision 0.663, recall 0.670; tp 65, fp 33, fn 32) at 887ffa6;
# unchanged at the branch's end (the fix's two cases in the set sit in a sentence the model parses
# with no verb over the noun, and in one with no one the concern is put to: tests/data/news/README.md):
# the floors sit a little under it
F1_FLOOR = 0.65
PRECISION_FLOOR = 0.65
RECALL_FLOOR = 0.65

_coder = coder("fr", "2026-06-17")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_twenty_second_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twenty_second_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- concern conveyed to a party


def test_concern_passed_on_to_a_capital_is_a_disapproval_of_it():
    events = _code("La Suède a transmis ses inquiétudes à Minsk après l'arrestation d'un journaliste suédois.")
    assert {(e.source.country, e.target.country) for e in of_type(events, "ACCUSE") if e.target} == {("SWE", "BLR")}


def test_concern_made_known_to_a_neighbour_is_a_disapproval_of_it():
    events = _code("La Malaisie a fait part de ses inquiétudes à Singapour concernant le projet de digue.")
    assert ("MYS", "SGP") in {(e.source.country, e.target.country) for e in of_type(events, "ACCUSE") if e.target}


def test_concern_expressed_to_a_government_named_by_its_nationality():
    events = _code("Le Costa Rica a exprimé son inquiétude au gouvernement nicaraguayen après l'expulsion de deux prêtres.")
    assert ("CRI", "NIC") in {(e.source.country, e.target.country) for e in of_type(events, "ACCUSE") if e.target}


def test_a_worry_about_prices_is_no_disapproval():
    """No one the concern is put to: PETRARCH2's 012 (pessimistic comment), no PLOVER event."""
    events = _code("Les producteurs argentins de soja ont exprimé leur inquiétude face à la chute des cours.")
    assert not of_type(events, "ACCUSE")


def test_a_concern_that_no_light_verb_carries_is_no_disapproval():
    events = _code("La sécurité alimentaire reste la principale préoccupation du gouvernement malgache.")
    assert not of_type(events, "ACCUSE")


# ---------------------------------------------------------------- a veto lifted is given up


def test_a_veto_lifted_is_a_concession_not_a_veto():
    """'lever son veto' gives the veto up (CAMEO 080), as 'retirer son veto' does; at 887ffa6 the
    noun read a veto cast (REJECT 129) and 'lever ... sanctions' an easing of sanctions."""
    events = _code("La Slovaquie a levé son veto au nouveau paquet de sanctions de l'Union européenne.")
    assert {(e.source.country, e.target.country) for e in of_type(events, "CONCEDE") if e.target} == {("SVK", "EUR")}
    assert not of_type(events, "REJECT") and not of_type(events, "RETREAT")


def test_a_veto_withdrawn_is_no_veto_cast():
    events = _code("La Pologne a retiré son veto au budget européen.")
    assert of_type(events, "CONCEDE") and not of_type(events, "REJECT")


def test_objections_lifted_are_a_concession_to_the_one_they_blocked():
    events = _code("L'Autriche a levé ses objections à l'adhésion de la Roumanie à l'espace Schengen.")
    assert ("AUT", "ROU") in {(e.source.country, e.target.country) for e in of_type(events, "CONCEDE") if e.target}


def test_a_veto_cast_stays_a_veto():
    events = _code("La Chine a opposé son veto au projet de résolution sur le Myanmar.")
    assert of_type(events, "REJECT") and not of_type(events, "CONCEDE")

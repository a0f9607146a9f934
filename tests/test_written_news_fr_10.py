"""The tenth set of French articles written for the project
(tests/data/news/written-10.fr.jsonl: fifteen articles in the styles of Le Devoir, La Presse,
L'Orient-Le Jour, Le Soleil, L'Observateur Paalga, Fraternité Matin, Le Matin, El Watan, La
Libre Belgique, the briefs of Le Monde diplomatique, France 24, Euronews, Mediapart and Le
Temps), scored end to end through ``chronicle eval``, and the classes its first (unseen) score
showed that the newsets20 branch fixed: a time phrase with its preposition between a verb and
its object ("a condamné dans la soirée une violation"), which the parse made hold the object
and so dated the act by a year inside it; a noun in apposition that restates the offer,
invitation or condition of the clause before it, with a relative clause that answers it ("une
proposition que le FLNKS a déclinée", "invitation que le Président Ouattara a acceptée"); a
past participle coordinated after a relative clause under the first verb's auxiliary ("a
défendu l'accord, qui offrira ..., et promis un fonds"); and a place that only says where a
thing named was signed ("le cessez-le-feu signé à Doha"), carried on as the story's place.
Every sentence here is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-10.fr.jsonl", "fr", (6, 14), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.579 (precision 0.660, recall 0.515) at main c5167cb; 0.594
# (precision 0.664, recall 0.538) at the branch's last commit: the floors sit a little under it
F1_FLOOR = 0.585
PRECISION_FLOOR = 0.655
RECALL_FLOOR = 0.53

_coder = coder("fr", "2026-04-09")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_tenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 14 French articles of 6 to 14 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format(least_articles=14)


def test_the_tenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a time phrase before the object


def test_a_time_phrase_with_its_preposition_leaves_the_object_to_the_verb():
    """'a condamné dans la soirée « une violation ... de 1994 », et appelé': the evening is
    when, the violation what is condemned; the year names the treaty, so the appeal after it
    is news, not a background act of 1994."""
    events = _code("Le ministère jordanien des Affaires étrangères a condamné dans la soirée « une violation "
                   "flagrante du traité de paix de 1994 », et appelé le Conseil de sécurité de l'ONU à « agir ».")
    requests = of_type(events, "REQUEST")
    assert [(e.source.country, e.target.country) for e in requests] == [("JOR", "UNO")]


def test_a_bare_object_after_a_morning_phrase_is_the_verb_s_object():
    events = _code("Le président kényan a reçu dans la matinée le ministre somalien des Affaires étrangères.")
    assert {(e.source.country, e.target.country) for e in of_type(events, "CONSULT")} == {("SOM", "KEN")}


# ---------------------------------------------------------------- an apposition that restates an offer


def test_a_refusal_in_a_relative_clause_on_a_restated_proposal_answers_the_proposer():
    """'une proposition que X a déclinée': X refuses the one whose clause the noun restates."""
    events = _code("Le gouvernement tchadien a proposé une rencontre à Ndjamena aux rebelles du FACT, "
                   "proposition que le FACT a aussitôt déclinée.")
    assert any(e.target is not None and e.target.country == "TCD" and e.target.sector == "GOV"
               for e in of_type(events, "REJECT"))


def test_an_invitation_accepted_in_an_apposition_is_an_agreement_of_the_invited():
    events = _code("Le président angolais a invité son homologue zambien à un sommet régional prévu en mai à "
                   "Luanda, invitation que le président Hichilema a acceptée.")
    pairs = {(e.source.country, e.target.country) for e in of_type(events, "AGREE")}
    assert ("ZMB", "AGO") in pairs


def test_a_condition_set_aside_in_an_apposition_is_a_rejection_of_whoever_set_it():
    events = _code("Moscou a exigé la levée des sanctions comme préalable à tout échange, une condition que "
                   "les Norvégiens ont rejetée.")
    rejects = of_type(events, "REJECT")
    assert rejects and all(e.target is not None and e.target.country == "RUS" for e in rejects)


# ---------------------------------------------------------------- a participle after a relative clause


def test_a_participle_coordinated_after_a_relative_clause_shares_the_first_auxiliary():
    """'a défendu l'accord, qui offrira ..., et promis un fonds': the promise is the speaker's."""
    events = _code("Le commissaire européen au Commerce a défendu le traité, qui ouvrira selon lui de nouveaux "
                   "marchés, et promis une aide de 500 millions d'euros aux éleveurs irlandais.")
    agrees = of_type(events, "AGREE")
    assert agrees and all(e.source.country == "EUR" for e in agrees)

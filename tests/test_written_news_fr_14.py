"""The fourteenth set of French articles written for the project
(tests/data/news/written-14.fr.jsonl: fifteen articles in the styles of the Journal du Mali, Wakat
Séra, Koaci, Le Phare, Clicanoo, Yabiladi, El Moudjahid, Le Progrès Égyptien, TRT Français, Arcinfo,
Le Courrier des Balkans, L'Acadie Nouvelle, Radio Kiskeya, Le Rénovateur and Radio Djiido), scored end
to end through ``chronicle eval``, and the classes its first (unseen) score showed that the
newsets24fr branch fixed: a promise or a statement that the culprits of a deed will answer for it
("a promis que les auteurs « répondront de leurs actes »", "a affirmé que les fauteurs de troubles
seraient poursuivis"), coded as a promise of cooperation or not at all, where it threatens them; a
state of affairs welcomed ("se sont félicitées du bon fonctionnement du chemin de fer"), coded as
praise of each other; weather and traffic in the ordinary senses of "frapper" and "paralyser" ("la
houle australe a frappé la côte", "les embouteillages ont paralysé le boulevard"); and the French
state named bare ("l'Etat") or by its high commissioner in its overseas territories, given the
territory. Every sentence here is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-14.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.599 (precision 0.659, recall 0.549; tp 56, fp 29, fn 46) at 5fb4125;
# see tests/data/news/README.md for the figure at the branch's end: the floors sit a little under it
F1_FLOOR = 0.62
PRECISION_FLOOR = 0.70
RECALL_FLOOR = 0.56

_coder = coder("fr", "2026-05-20")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_fourteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_fourteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- the culprits will answer for it


def test_a_promise_that_the_culprits_will_answer_for_their_acts_is_a_threat():
    events = _code("Le président sénégalais a condamné l'attaque et promis que les auteurs « répondront de leurs "
                   "actes ».")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["SEN"]
    assert not of_type(events, "AGREE")


def test_a_promise_that_the_culprits_will_be_tried_is_a_threat():
    events = _code("Le président kényan William Ruto a promis que les auteurs de l'attentat seraient traduits en "
                   "justice.")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["KEN"]


def test_a_statement_that_the_troublemakers_will_be_prosecuted_is_a_threat():
    events = _code("Le Premier ministre togolais a affirmé que les fauteurs de troubles seraient poursuivis et punis.")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["TGO"]


def test_culprits_said_to_be_identified_or_victims_promised_help_are_no_threat():
    """The boundary: a statement that reports the culprits identified is news of that act, and a
    promise to the victims threatens no one."""
    assert not of_type(_code("Le ministre marocain a affirmé que les auteurs de l'attaque avaient été identifiés "
                             "par la police."), "THREATEN")
    assert not of_type(_code("Le Premier ministre belge a promis que les victimes seraient indemnisées."), "THREATEN")


# ---------------------------------------------------------------- a state of affairs welcomed


def test_a_state_of_affairs_welcomed_is_no_praise():
    events = _code("Les présidents kényan et tanzanien se sont félicités du bon fonctionnement du port de Mombasa.")
    assert not of_type(events, "SUPPORT")


def test_a_decision_welcomed_is_still_praise_of_its_author():
    events = _code("L'Union africaine s'est félicitée de la décision du Mali.")
    assert [e.target.country for e in of_type(events, "SUPPORT")] == ["MLI"]


# ---------------------------------------------------------------- weather and traffic


def test_a_swell_that_strikes_a_coast_is_no_attack():
    assert not of_type(_code("Sur la côte est de Madagascar, une forte houle a frappé les villages de pêcheurs."), "ASSAULT")


def test_traffic_jams_that_paralyse_a_city_are_no_protest():
    assert not of_type(_code("À Marseille, les embouteillages ont paralysé le centre-ville pendant le match."), "PROTEST")


def test_protesters_who_paralyse_a_city_still_protest():
    events = _code("Les manifestants ont paralysé le centre de Dakar.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["SEN"]


# ---------------------------------------------------------------- the French state overseas


def test_the_state_in_a_french_pacific_territory_is_france():
    events = _code("À Papeete, le président Moetai Brotherson a accusé l'Etat de mépriser les Polynésiens.")
    assert [(e.source.country, e.target.country) for e in of_type(events, "ACCUSE")] == [("PYF", "FRA")]


def test_the_state_a_noumea_official_accuses_is_france():
    """An official of the territory accusing its 'État': not his own government, as a minister's
    bare 'the government' would be."""
    events = _code("À Nouméa, le président du Congrès a accusé l'Etat de vouloir imposer le texte.")
    assert [e.target.country for e in of_type(events, "ACCUSE")] == ["FRA"]


def test_the_state_of_a_sovereign_country_stays_its_own():
    events = _code("À Bamako, le porte-parole de l'opposition a accusé l'Etat de museler la presse.")
    assert [e.target.country for e in of_type(events, "ACCUSE")] == ["MLI"]


def test_the_high_commissioner_of_the_republic_is_france():
    events = _code("À Papeete, le haut-commissaire de la République a interdit la manifestation des indépendantistes.")
    assert [e.source.country for e in of_type(events, "COERCE")] == ["FRA"]

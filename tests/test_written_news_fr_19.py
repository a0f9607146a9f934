"""The nineteenth set of French articles written for the project
(tests/data/news/written-19.fr.jsonl: fifteen articles in the styles of Linfodrome, Le Messager,
Guineematin, Politico.cd, Tamtaminfo, Liberté, Le Desk, Réalités, Magazine (Beyrouth), LPH Info,
Linfo.re, La Vérité, Radio 1 (Tahiti), La Voix du Vietnam and RCI), scored end to end through
``chronicle eval``, and the class of its first (unseen) score that the newsets27fr2 branch fixed:
an incise between the tense auxiliary and its participle (", de son côté,", ", par ailleurs,")
after which the model hangs the clause's object as a prepositionless oblique ("a, de son côté,
expulsé la semaine dernière plus de 9 000 Haïtiens": the expelled given the expeller's country) or
hangs the participle on a comma. Every sentence here is written for these tests, about other
countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

from chronicle.annotate import load_pipeline

WRITTEN = WrittenSet(NEWS / "written-19.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.704 (precision 0.671, recall 0.740; tp 57, fp 28, fn 20) at 15e9de3;
# 0.708 (tp 57, fp 27, fn 20) on the corrected gold, 0.721 (tp 58, fp 26, fn 19) at the branch's end
# (tests/data/news/README.md): the floors sit a little under it
F1_FLOOR = 0.70
PRECISION_FLOOR = 0.67
RECALL_FLOOR = 0.73

_coder = coder("fr", "2026-06-17")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_nineteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_nineteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- an incise between auxiliary and participle


def test_people_expelled_after_an_incise_are_of_their_own_country():
    events = _code("Le gouvernement malaisien a, de son côté, expulsé la semaine dernière plus de 4 000 Indonésiens, "
                   "selon l'association Tenaganita, qui a dénoncé des « rafles » à Kuala Lumpur.")
    expulsions = of_type(events, "COERCE")
    assert expulsions and {(e.source.country, e.target.country) for e in expulsions} == {("MYS", "IDN")}


def test_people_expelled_without_an_incise_stay_of_their_own_country():
    """The boundary: the plain clause, which the model parses with its object, is unchanged."""
    events = _code("Le gouvernement allemand a expulsé la semaine dernière plus de 3 000 Géorgiens.")
    expulsions = of_type(events, "COERCE")
    assert expulsions and {e.target.country for e in expulsions} == {"GEO"}


def test_a_participle_after_a_comma_set_adverb_heads_its_clause():
    """', par ailleurs,': the model hangs the participle on the comma (UD fixed) and the subject on
    the auxiliary; the participle heads the clause, with its subject, auxiliary and object."""
    doc = load_pipeline("fr")("La Turquie a, par ailleurs, expulsé 40 Afghans.")
    participle = next(t for t in doc if t.text == "expulsé")
    assert participle.dep_ == "ROOT"
    assert {c.text: c.dep_ for c in participle.children if c.dep_ in ("nsubj", "aux:tense", "obj")} == {
        "Turquie": "nsubj", "a": "aux:tense", "Afghans": "obj"}


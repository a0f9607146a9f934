"""The fifteenth set of French articles written for the project
(tests/data/news/written-15.fr.jsonl: fifteen articles in the styles of Le Sahel, La Semaine
Africaine, Le Calame, TelQuel, Leaders, WAM, SANA, Radio Prague International, Nice-Matin, ONFR,
Ayibopost, France-Guyane, Yonhap, Nhân Dân and Radio Rythme Bleu), scored end to end through
``chronicle eval``, and the classes its first (unseen) score showed that the newsets25fr branch
fixed: a pair of elected officials named by the noun "élus" ("Les deux élus ont dénoncé ... et
appelé la Maison-Blanche", after a premier and a governor met), read as no one; a rejection told
as "se prononcer contre" a plan or a proposal; criticism "balayée"; and agreements signed by their
exchange before two heads of state ("ont assisté à l'échange de huit mémorandums d'entente", the
protocol copy of WAM, MAP or SPA); and the subject pronoun of a relative clause whose relative
pronoun is another argument of its verb ("le président Yoweri Museveni, avec qui elle a signé"),
read as that antecedent. Every sentence here is
written for these tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coded_as, coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-15.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.578 (precision 0.656, recall 0.517; tp 61, fp 32, fn 57) at f2d5be5;
# see tests/data/news/README.md for the figure at the branch's end: the floors sit a little under it
F1_FLOOR = 0.60
PRECISION_FLOOR = 0.66
RECALL_FLOOR = 0.55

_coder = coder("fr", "2026-06-17")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_fifteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_fifteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- "les deux élus"


def test_the_two_elected_officials_are_the_two_named_before():
    events = _code("Le sénateur américain Lindsey Graham a rencontré lundi à Kiev le président ukrainien Volodymyr "
                   "Zelensky. Les deux élus ont appelé l'Union européenne à accélérer la livraison de munitions.")
    assert sorted(e.source.country for e in of_type(events, "REQUEST")) == ["UKR", "USA"]
    assert all(e.target.country == "EUR" for e in of_type(events, "REQUEST"))


def test_the_two_elected_women_are_the_two_named_before():
    events = _code("La présidente du Parlement européen, Roberta Metsola, a reçu mardi à Strasbourg la présidente "
                   "moldave Maia Sandu. Les deux élues ont dénoncé les ingérences russes.")
    assert coded_as(events, "ACCUSE", "11", "EUR", "RUS") and coded_as(events, "ACCUSE", "11", "MDA", "RUS")


def test_elected_officials_counted_without_an_article_are_people_not_a_pair():
    """The boundary: 'deux élus de l'opposition' arrested are the ones arrested, no pair named before."""
    events = _code("Le président malien a reçu lundi le Premier ministre guinéen. Deux élus de l'opposition ont été "
                   "arrêtés samedi à Bamako.")
    arrests = of_type(events, "COERCE")
    assert [e.target.country for e in arrests] == ["MLI"]
    assert all(e.target.sector == "OPP" for e in arrests)


# ---------------------------------------------------------------- "se prononcer contre"


def test_a_government_that_declares_itself_against_a_plan_rejects_it():
    events = _code("Le gouvernement hongrois s'est prononcé contre le projet de la Commission européenne sur la "
                   "répartition des demandeurs d'asile.")
    assert coded_as(events, "REJECT", "12", "HUN", "EUR")


def test_a_president_against_a_foreign_proposal_rejects_its_author():
    events = _code("Le président brésilien s'est prononcé mardi contre la proposition américaine d'une force navale "
                   "dans les Caraïbes.")
    assert coded_as(events, "REJECT", "12", "BRA", "USA")


def test_a_court_that_rules_on_a_case_rejects_nothing():
    assert not of_type(_code("La Cour suprême du Kenya s'est prononcée lundi sur le recours de l'opposition."), "REJECT")


# ---------------------------------------------------------------- criticism swept aside


def test_criticism_swept_aside_is_rejected():
    events = _code("Le Premier ministre indien a balayé mercredi les critiques du Pakistan sur le barrage de "
                   "Kishanganga.")
    assert coded_as(events, "REJECT", "12", "IND", "PAK")


def test_a_storm_that_sweeps_a_coast_rejects_nothing():
    assert not of_type(_code("Une violente tempête a balayé jeudi la côte atlantique du Portugal."), "REJECT")


# ---------------------------------------------------------------- agreements exchanged


def test_memoranda_exchanged_before_two_heads_of_state_are_signed():
    events = _code("Le roi Mohammed VI a reçu mercredi à Rabat le président sénégalais. Les deux chefs d'État ont "
                   "assisté à l'échange de cinq mémorandums d'entente.")
    assert coded_as(events, "AGREE", "0", "SEN", "MAR") or coded_as(events, "AGREE", "0", "MAR", "SEN")


def test_instruments_of_ratification_exchanged_are_an_agreement():
    events = _code("Le ministre kazakh et son homologue ouzbek ont procédé mardi à Astana à l'échange des instruments "
                   "de ratification du traité frontalier.")
    assert sorted({e.source.country for e in of_type(events, "AGREE")} | {e.target.country for e in of_type(events, "AGREE")}) == ["KAZ", "UZB"]


def test_an_exchange_of_views_or_of_trade_signs_nothing():
    assert not of_type(_code("Les ministres indien et népalais ont eu un échange de vues sur l'accord de 1950."), "AGREE")
    assert not of_type(_code("Les échanges commerciaux entre le Maroc et l'Espagne ont progressé depuis l'accord de "
                             "2023."), "AGREE")


# ---------------------------------------------------------------- a pronoun subject in a relative


def test_she_who_signs_with_the_antecedent_of_the_relative_is_not_that_antecedent():
    """'X, avec qui elle a signé': the relative pronoun is X, so the subject pronoun is someone
    else (the minister named before), never X signing with itself."""
    events = _code("La ministre kényane s'est entretenue mardi à Kampala avec le président Yoweri Museveni, avec qui "
                   "elle a signé une déclaration conjointe.")
    assert coded_as(events, "AGREE", "0", "KEN", "UGA") or coded_as(events, "AGREE", "0", "UGA", "KEN")


def test_the_subject_pronoun_of_a_relative_with_a_preposition_is_the_one_named_first():
    events = _code("La Première ministre italienne s'est entretenue lundi à Rome avec le président argentin Javier "
                   "Milei, avec qui elle a signé un accord sur le lithium.")
    assert coded_as(events, "AGREE", "0", "ITA", "ARG") or coded_as(events, "AGREE", "0", "ARG", "ITA")


def test_the_same_holds_in_english():
    events = coder("en", "2026-06-17")("Wire\n\nKenya's foreign minister met President Yoweri Museveni in Kampala on "
                                       "Tuesday, with whom she signed a joint declaration.")
    assert coded_as(events, "AGREE", "0", "KEN", "UGA") or coded_as(events, "AGREE", "0", "UGA", "KEN")

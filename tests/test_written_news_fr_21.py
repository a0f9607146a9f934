"""The twenty-first set of French articles written for the project
(tests/data/news/written-21.fr.jsonl: fifteen articles in the styles of L'Économiste du Faso, Le
Patriote, Pressafrik, Studio Tamani, Forum des As, CRTV, Gabonmediatime, Le Jeune Indépendant, Maroc
Diplomatique, Tunisie Numérique, JForum, NC la 1ère, KPL, Guadeloupe la 1ère and Imaz Press Réunion),
scored end to end through ``chronicle eval``, and the two classes of its first (unseen) score that
the newsets28fr2 branch fixed:

- a plural noun that ends one sentence taken as the title of the person the next sentence opens
  with its own title and name ("ont neutralisé quatre assaillants. Le gouverneur de la région,
  Adolphe Lele Lafrique, a condamné"): the mention ran across the full stop, so the person became
  the attack's target and the speaker of the next sentence an attacker's title;
- a bare body with no country of its own that took the country of a place carried from an earlier
  sentence, speaking of or acting on another bare body that was given the article's other country
  ("[au Gabon] Le ministre de l'Éducation nationale a menacé ... les enseignants grévistes": the
  teachers given Morocco, the country of the visit the article is most about).

Every sentence here is written for these tests, about other countries than the set's."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-21.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.671 (precision 0.688, recall 0.654; tp 53, fp 24, fn 28) at a2a255f;
# 0.713 (precision 0.737, recall 0.691; tp 56, fp 20, fn 25) at the branch's end
# (tests/data/news/README.md): the floors sit a little under it
F1_FLOOR = 0.70
PRECISION_FLOOR = 0.72
RECALL_FLOOR = 0.68

_coder = coder("fr", "2026-06-17")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_twenty_first_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twenty_first_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- no title across a full stop


def test_fighters_ending_a_sentence_are_no_title_of_the_next_sentences_governor():
    events = _code("L'armée kényane a neutralisé quatre assaillants. Le gouverneur du comté, Nathif Jama, "
                   "a condamné une « attaque lâche ».")
    attacks = of_type(events, "ASSAULT")
    assert attacks and all(e.target is None or (e.target.name != "Nathif Jama" and e.target.sector != "GOV") for e in attacks)


def test_people_arrested_ending_a_sentence_are_no_title_of_a_mayor():
    events = _code("La police péruvienne a arrêté lundi six manifestants à Cuzco. Le maire de la ville, "
                   "Luis Pantoja, a dénoncé « un abus de pouvoir ».")
    arrests = of_type(events, "COERCE")
    assert arrests and all(e.target is not None and e.target.name != "Luis Pantoja" and e.target.sector != "GOV"
                           for e in arrests)


def test_a_long_title_before_its_name_in_one_sentence_stays_one_person():
    """The boundary: a title whose complement runs on to a comma and the name, in one sentence."""
    events = _code("Le ministre des Affaires étrangères et de la Coopération internationale du Niger, "
                   "Bakary Yaou Sangaré, a reçu lundi à Niamey l'ambassadeur de Turquie.")
    meetings = of_type(events, "CONSULT")
    assert meetings and any("Bakary Yaou Sangaré" in (e.source.name, e.target.name) for e in meetings)


# ---------------------------------------------------------------- a bare body of the carried place


def test_a_minister_of_the_carried_place_threatens_his_own_strikers():
    events = _code("Le président du Conseil, Faure Essozimna Gnassingbé, est arrivé mardi à Accra pour une visite de "
                   "travail au Ghana. Il s'est entretenu avec le président ghanéen John Dramani Mahama de la sécurité "
                   "dans le nord du Ghana. Au Togo, le principal parti d'opposition a exigé la publication du rapport "
                   "d'audit du port autonome. Le ministre de la Santé a menacé de sanctionner les médecins grévistes.")
    threats = of_type(events, "THREATEN")
    assert threats and {(e.source.country, e.target.country) for e in threats} == {("TGO", "TGO")}


def test_a_labour_minister_of_the_carried_place_calls_on_his_own_strikers():
    events = _code("Le Premier ministre cambodgien Hun Manet a été reçu mardi à Bangkok par son homologue "
                   "thaïlandais. Les deux dirigeants ont signé un accord sur le déminage de la frontière en "
                   "Thaïlande. Au Cambodge, le syndicat des ouvriers du textile a réclamé une hausse du salaire "
                   "minimum. Le ministre du Travail a appelé les ouvriers grévistes à reprendre le travail.")
    appeals = [e for e in of_type(events, "REQUEST") if e.target is not None and e.target.sector == "LAB"]
    assert appeals and {(e.source.country, e.target.country) for e in appeals} == {("KHM", "KHM")}

"""The twelfth set of French articles written for the project
(tests/data/news/written-12.fr.jsonl: fifteen articles in the styles of L'Intelligent d'Abidjan,
the Agence nigérienne de presse, the Agence congolaise de presse, Aujourd'hui le Maroc, Le Soir
d'Algérie, the Agence nationale d'information (Lebanon), La Liberté, L'Écho, Le Journal de
Québec, Radio Métropole, La Gazette des Comores, Outre-mer La 1ère with AFP copy, the RTD, Le
Petit Journal and the Saudi Press Agency's French service), scored end to end through
``chronicle eval``, and the classes its first (unseen) score showed that the newsets22fr branch
fixed: a date in a clause the verb carrying a trigger noun governs ("ont exprimé leur soutien aux
Philippines, Washington rappelant que le traité de 1951 s'applique"), which dated the support by
the treaty and dropped it as background; the subject of such an absolute participle clause read as
one more party of the clause before; a date in a clause under the trigger of a relative clause
("à qui il a demandé de lever l'embargo imposé depuis 2023") read as the relative's own time, which
dropped the demand as a past act describing a party; a title without a name coordinated with a
counterpart named in apposition ("Le ministre tunisien de l'Intérieur et son homologue libyen, Imad
Trabelsi") read as one long title of one person; and "une séance de travail", the protocol press's
word for talks. Every sentence here is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-12.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.634 (precision 0.699, recall 0.580; tp 51, fp 22, fn 37) at 1c95af0;
# see tests/data/news/README.md for the figure at the branch's end: the floors sit a little under it
F1_FLOOR = 0.66
PRECISION_FLOOR = 0.70
RECALL_FLOOR = 0.615

_coder = coder("fr", "2026-05-20")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_twelfth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_twelfth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- an absolute participle clause


def test_a_year_in_an_absolute_participle_clause_does_not_date_the_support_before_it():
    """'ont réaffirmé leur appui ..., Ankara soulignant que l'accord de défense de 2019 reste en
    vigueur': 2019 names the accord Ankara speaks of; the support is today's news."""
    events = _code("La Turquie et le Qatar ont réaffirmé leur appui au gouvernement somalien, Ankara soulignant "
                   "que l'accord de défense de 2019 reste en vigueur.")
    pairs = {(e.source.country, e.target.country) for e in of_type(events, "SUPPORT")}
    assert pairs == {("TUR", "SOM"), ("QAT", "SOM")}


def test_the_subject_of_an_absolute_participle_is_no_further_recipient():
    """'à l'Ukraine, Ottawa rappelant que': Ottawa speaks; it is not supported."""
    events = _code("Le Canada, la Norvège et le Danemark ont exprimé leur soutien à l'Ukraine, Ottawa rappelant que "
                   "l'accord de sécurité de 2023 reste en vigueur.")
    pairs = {(e.source.country, e.target.country) for e in of_type(events, "SUPPORT")}
    assert pairs == {("CAN", "UKR"), ("NOR", "UKR"), ("DNK", "UKR")}


# ---------------------------------------------------------------- a date under a relative clause's trigger


def test_a_date_in_a_participle_under_a_relative_demand_is_not_the_demand_s_time():
    """'à qui il a demandé de lever l'interdiction imposée depuis 2022': the ban dates from 2022,
    the demand is the story's."""
    events = _code("Le président kényan William Ruto s'est entretenu avec son homologue zambien, à qui il a "
                   "demandé de lever l'interdiction imposée depuis 2022 sur les importations de maïs kényan.")
    requests = of_type(events, "REQUEST")
    assert [(e.source.country, e.target.country) for e in requests] == [("KEN", "ZMB")]


# ---------------------------------------------------------------- a title and a named counterpart


def test_a_title_coordinated_with_a_named_counterpart_is_two_parties():
    """'Le chef de la diplomatie malienne et son homologue nigérien, Bakary Yaou Sangaré': two
    ministers, not one long title of the Nigerien minister."""
    events = _code("Le chef de la diplomatie malienne et son homologue nigérien, Bakary Yaou Sangaré, ont signé "
                   "mardi à Niamey un accord sur la sécurité des frontières.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "AGREE")} == {frozenset(("MLI", "NER"))}


def test_a_minister_and_a_counterpart_named_in_apposition_meet_each_other():
    events = _code("La ministre sénégalaise des Affaires étrangères et son homologue gambien, Mamadou Tangara, se "
                   "sont entretenus mardi à Dakar.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "CONSULT")} == {frozenset(("SEN", "GMB"))}


# ---------------------------------------------------------------- "une séance de travail"


def test_a_working_session_is_talks_between_its_parties():
    events = _code("Le ministre burkinabè de la Sécurité a eu jeudi à Accra une séance de travail avec son "
                   "homologue ghanéen.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "CONSULT")} == {frozenset(("BFA", "GHA"))}


def test_a_working_session_of_a_title_and_a_named_counterpart():
    events = _code("Le ministre ivoirien de l'Intérieur et son homologue libérien, Francis Nyumalin, ont tenu "
                   "une séance de travail consacrée à la sécurité frontalière.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "CONSULT")} == {frozenset(("CIV", "LBR"))}


# ---------------------------------------------------------------- actors the press names by their own words


def test_the_marine_nationale_is_the_french_navy():
    events = _code("Un patrouilleur de la Marine nationale a arraisonné mardi un chalutier vietnamien au large de la "
                   "Guyane.")
    assert any(e.source.country == "FRA" and e.source.sector == "MIL" for e in events)


def test_helvetique_is_swiss():
    events = _code("Le porte-parole du Kremlin a averti que Moscou prendrait des mesures de rétorsion contre les "
                   "intérêts helvétiques.")
    assert [(e.source.country, e.target.country if e.target else None) for e in of_type(events, "THREATEN")] == [("RUS", "CHE")]


def test_the_custodian_of_the_two_holy_mosques_is_the_saudi_king():
    events = _code("Le président du Conseil de direction présidentiel yéménite a exprimé sa gratitude au Serviteur "
                   "des deux saintes mosquées pour son appui constant.")
    assert ("YEM", "SAU") in {(e.source.country, e.target.country if e.target else None) for e in of_type(events, "SUPPORT")}


# ---------------------------------------------------------------- "les deux nations", "les deux territoires"


def test_the_two_nations_are_the_two_named_before():
    events = _code("Le Premier ministre fidjien a reçu mardi à Suva son homologue tongien. Les deux nations devraient "
                   "signer un accord de pêche d'ici la fin de l'année.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "AGREE")} == {frozenset(("FJI", "TON"))}


def test_the_two_territories_are_a_state_and_a_territory_named_before():
    events = _code("Le Premier ministre du Vanuatu s'est rendu mardi en Nouvelle-Calédonie. Les deux territoires "
                   "devraient signer un accord sur la mobilité des travailleurs saisonniers.")
    assert {frozenset((e.source.country, e.target.country)) for e in of_type(events, "AGREE")} == {frozenset(("VUT", "NCL"))}

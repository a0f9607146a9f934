"""The eighth set of French articles written for the project
(tests/data/news/written-8.fr.jsonl: twenty-nine articles in the styles of outlets the
earlier French sets used least, from Nouakchott, Kamanyola, Bariire, Rabat, Algiers,
Carthage, Beirut, Helsinki, Santiago, Kyiv, Kampala, Kinshasa, Brussels, Geneva, Astana,
Dakar, Abidjan, Niamey, Bamenda, Kenscoff, Port-Louis, Turbat, Sagaing, Belgrade, Vilnius,
Homs, Port-Vila, Antananarivo and Lausanne's stadium), scored end to end through
``chronicle eval``, and the classes its first score showed outside the event families'
lexicons: a participle sharing the auxiliary of the verb before it but hung by the parse
on that verb's infinitive complement ("a appelé X à « garantir ... » et exhorté Y"), a participle
with an agent that qualifies the one it acts on ("L'opposant, interpellé dimanche par des
éléments de la gendarmerie, ..."), and the communes of Kinshasa, which the gazetteer took
for foreign namesakes ("à la Gombe" placed a Kinshasa story in Nigeria). Every sentence
here is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder, of_type
from written_sets import NEWS, WrittenSet

from chronicle.knowledge.gazetteer import load_gazetteer

WRITTEN = WrittenSet(NEWS / "written-8.fr.jsonl", "fr", (7, 8), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.599 (precision 0.648, recall 0.556) at main 9631342, the same on
# the corrected gold; 0.650 (precision 0.698, recall 0.608) at the branch's last commit: the
# floors sit a little under it
F1_FLOOR = 0.64
PRECISION_FLOOR = 0.69
RECALL_FLOOR = 0.60


_code = coder("fr", "2026-06-10")


def test_the_eighth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 7 or 8 story sentences after a headline, each gold
    event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_eighth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a participle after an infinitive complement


def test_a_second_appeal_after_a_quoted_infinitive_is_coded():
    """'a appelé les autorités guinéennes à « garantir le droit de manifester » et exhorté
    Bamako et Nouakchott à la retenue': 'exhorté' shares the auxiliary of 'a appelé', not
    the infinitive before it, and its objects are the capitals it calls on."""
    events = _code("Le président sénégalais a appelé les autorités guinéennes à « garantir le droit de manifester "
                   "pacifiquement » et exhorté Bamako et Nouakchott à la retenue.")
    targets = sorted(e.target.country for e in of_type(events, "REQUEST") if e.target is not None)
    assert targets == ["GIN", "MLI", "MRT"]


def test_a_threat_coordinated_after_an_accusation_is_the_accuser_s():
    """'a accusé X de « préparer des attaques » au sud du mur et menacé de riposter': the
    threat is the accuser's, not a second verb of the accused's infinitive."""
    events = _code("Le porte-parole de l'armée marocaine a accusé le Polisario de « préparer des attaques » au sud "
                   "du mur de défense et menacé de riposter « avec fermeté » à toute provocation. "
                   "Le ministre thaïlandais de la Défense a accusé l'armée cambodgienne de « poser des mines » près "
                   "du temple de Preah Vihear et menacé de fermer tous les postes-frontières.")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["MAR", "THA"]


# ---------------------------------------------------------------- a participle with its agent on a noun


def test_an_arrest_told_by_a_participle_with_its_agent_is_coded():
    """'Le maire ..., arrêté vendredi par des agents de la police fédérale, a été suspendu':
    the participle with its agent is a passive; the noun it qualifies is the one arrested."""
    events = _code("Le maire de l'opposition, arrêté vendredi par des agents de la police fédérale, "
                   "a été suspendu de ses fonctions à Mexico.")
    arrests = of_type(events, "COERCE")
    assert [(e.source.country, e.source.sector, e.target.country, e.target.sector) for e in arrests] == [
        ("MEX", "COP", "MEX", "OPP")]


def test_an_abduction_told_by_a_participle_with_its_agent_is_coded():
    events = _code("Les fidèles de la paroisse de Kaya, enlevés le 2 mars par des hommes armés, "
                   "ont été libérés jeudi au Burkina Faso.")
    assert [(e.event_type, e.source.sector, e.target.country) for e in events if e.mode == "abduct"] == [
        ("ASSAULT", "REB", "BFA")]


def test_backing_told_by_a_participle_is_no_event_of_its_own():
    """'Les soldats maliens, appuyés par des drones turcs, ont repoussé l'attaque': the
    participle says who fought beside whom."""
    events = _code("Les soldats maliens, appuyés par des drones turcs, ont repoussé mardi une attaque jihadiste près de Kidal.")
    assert not of_type(events, "SUPPORT")


# ---------------------------------------------------------------- Kinshasa's communes


def test_kinshasa_communes_are_congolese_and_nigeria_keeps_its_gombe():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("la Gombe").country == "COD"
    assert gazetteer.lookup("Limete", home="COD").country == "COD"
    assert gazetteer.lookup("Gombe", home="NGA").country == "NGA"
    assert gazetteer.lookup("Gombe", story=("NGA",)).country == "NGA"


def test_a_protest_in_a_kinshasa_commune_stays_in_the_congo():
    events = _code("La police congolaise a dispersé lundi un sit-in d'infirmiers devant le ministère de la Santé, "
                   "à la Gombe. Les manifestants réclament le paiement de six mois d'arriérés de salaire.")
    assert {e.source.country for e in events} == {"COD"}

"""The seventh set of French articles written for the project
(tests/data/news/written-7.fr.jsonl: thirty articles in the styles of outlets the earlier
French sets used least, from Ouagadougou, Niamey, Gitega, Bunia, Kinshasa, Asmara, Port
Sudan, Antananarivo, Maputo, Algiers, Carthage, Rabat, Beirut, Aleppo, Ottawa, Tbilisi,
Batken, Phnom Penh, Chin State, Dhaka, Buka, Lascahobas, Quito, Banja Luka, Tallinn, Oslo,
Abidjan, Mora, Port-Louis and Diamniadio's stadium), scored end to end through ``chronicle
eval``, and three classes its misses and false alarms showed outside the event families'
lexicons: a word of time between a judging verb and its quoted object ("a dénoncé lundi
« un crime »"), the subject of a clause hung inside the attribution before it ("Selon des
sources de la société civile, les assaillants, armés de ..., ont incendié"), and a nickname
participle read as the clause's verb ("X, dit « Hemetti », a rejeté"). Every sentence here
is written for these tests."""

from __future__ import annotations

import re

from event_checks import coder
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-7.fr.jsonl", "fr", (7, 9), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.639 (precision 0.636, recall 0.643) at main 63c0eaa, 0.641 on the
# corrected gold; 0.649 (precision 0.643, recall 0.654) at the branch's last commit: the floors
# sit a little under it
F1_FLOOR = 0.64
PRECISION_FLOOR = 0.635
RECALL_FLOOR = 0.645


_code = coder("fr", "2026-05-19")


def test_the_seventh_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 7 to 9 story sentences after a headline (the
    publication stamp counted), each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_seventh_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- a word of time before a quoted object


def test_a_judgement_quoted_after_a_weekday_judges_the_last_deed():
    """'a dénoncé mardi « un acte inamical »': the weekday is an adjunct, not the verb's
    object, so the judgement is coded against the doer of the deed before it."""
    events = _code("Des soldats gambiens ont arrêté lundi trois pêcheurs sénégalais près de Banjul. "
                   "Le ministre sénégalais des Affaires étrangères a dénoncé mardi « un acte inamical ».")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert [(e.source.country, e.target.country, e.target.sector) for e in accusations] == [("SEN", "GMB", "MIL")]


def test_a_condemnation_quoted_after_a_weekday_is_coded():
    events = _code("Des garde-côtes chinois ont percuté samedi un navire philippin près de l'atoll de Scarborough. "
                   "Le président philippin a condamné dimanche « une agression délibérée ».")
    assert [(e.event_type, e.source.country) for e in events if e.event_type == "ACCUSE"] == [("ACCUSE", "PHL")]


# ---------------------------------------------------------------- the subject after an attribution


def test_the_subject_after_an_attribution_is_the_doer_not_the_source_of_the_report():
    """'Selon des responsables de l'opposition, des policiers kényans, armés de matraques,
    ont arrêté': the police arrest, the opposition only reports it."""
    events = _code("Selon des responsables de l'opposition, des policiers kényans, armés de matraques, "
                   "ont arrêté vingt manifestants à Nairobi.")
    arrests = [e for e in events if e.event_type == "COERCE"]
    assert [(e.source.country, e.source.sector) for e in arrests] == [("KEN", "COP")]


# ---------------------------------------------------------------- a nickname participle


def test_a_nickname_participle_leaves_the_subject_to_the_main_verb():
    """'le chef du gang 400 Mawozo, Joseph Wilson, dit « Lanmò Sanjou », a rejeté': 'dit'
    gives a nickname; the gang's chief, not the nickname read as a civilian, is the
    subject of 'a rejeté'."""
    events = _code("Dans un message audio diffusé jeudi, le chef du gang 400 Mawozo, Joseph Wilson, "
                   "dit « Lanmò Sanjou », a rejeté l'ultimatum de la police haïtienne.")
    assert [(e.event_type, e.source.country, e.source.sector) for e in events] == [("REJECT", "HTI", "CRM")]

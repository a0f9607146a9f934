"""The sixteenth set of French articles written for the project
(tests/data/news/written-16.fr.jsonl: fifteen articles in the styles of Abidjan.net (AIP copy), Le
Républicain (AMAP copy), Le Matinal, Togo First, Le Djely, France-Antilles, Dakaractu, Mediacongo,
Maghreb Émergent, L'Économiste Maghrébin, the Times of Israel's French edition, Pars Today,
Zinfos974, Le Journal de Mayotte and Gazette Haïti), scored end to end through ``chronicle eval``,
and the classes its first (unseen) score showed that the newsets26fr branch fixed: the central
state's representative and gendarmes in a French overseas territory read as the territory's
("le préfet de la Martinique", "la préfecture", "les gendarmes" in a Mamoudzou story); vessels
intercepted, boarded or seized that no trigger knew ("une pirogue", "un voilier", "un palangrier");
"la Marine nationale", the name of several French-speaking states' navies, read as France's in a
Senegalese story; a sentence that opens on a place the gazetteer does not know ("À Yopougon, ...")
placed at the place of an earlier sentence ("vers le Burkina Faso"); a name written with accents
the knowledge spells without ("Kaïs Saïed") not counted as named, so that "le chef de l'État" went
to a bank's president; a subject pronoun shared by two verbs resolved anew for the second ("Il a
dénoncé ... et accusé ...", the first verb's target taken); and "le régime sioniste", Israel in
Iranian outlets' words. Every sentence here is written for these tests, about other countries and
territories than the set's."""

from __future__ import annotations

import re

from event_checks import coded_as, coder, of_type
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-16.fr.jsonl", "fr", (4, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.617 (precision 0.623, recall 0.611; tp 66, fp 40, fn 42) at 104b847;
# see tests/data/news/README.md for the figure at the branch's end: the floors sit a little under it
F1_FLOOR = 0.68
PRECISION_FLOOR = 0.68
RECALL_FLOOR = 0.68

_coder = coder("fr", "2026-06-17")


def _code(story: str):
    """Code a story under a headline (an article's first line is its headline)."""
    return _coder("Dépêche\n\n" + story)


def test_the_sixteenth_written_set_is_whole_articles_in_the_gold_format():
    """At least 15 French articles of 4 to 10 story sentences after a headline, each gold event's
    evidence taken from its text."""
    WRITTEN.check_format(least_articles=15)


def test_the_sixteenth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- the state's agents overseas


def test_the_prefect_of_guadeloupe_is_the_french_state_and_the_people_he_bans_are_guadeloupes():
    events = _code("Le préfet de la Guadeloupe a interdit samedi toute manifestation à Pointe-à-Pitre.")
    assert coded_as(events, "COERCE", "17", "FRA", "GLP")


def test_gendarmes_in_a_papeete_story_are_frances():
    events = _code("Les gendarmes ont arrêté vendredi à Papeete deux trafiquants colombiens.")
    assert coded_as(events, "COERCE", "173", "FRA", "COL")


def test_the_high_commissioner_in_noumea_is_the_french_state():
    events = _code("À Nouméa, le haut-commissaire de la République a condamné mardi les violences de la nuit.")
    assert [e.source.country for e in of_type(events, "ACCUSE")] == ["FRA"]


def test_a_territorys_own_elected_executive_stays_the_territorys():
    """The boundary: the Collectivité's president is French Guiana's, and asks the state."""
    events = _code("Le président de la Collectivité territoriale de Guyane a demandé mercredi à l'État des renforts "
                   "de gendarmes.")
    assert coded_as(events, "REQUEST", "10", "GUF", "FRA")


def test_a_prefect_of_a_sovereign_states_region_stays_that_states():
    """The boundary: the prefect of Dakar is Senegal's (no territory governed from afar)."""
    events = _code("Le préfet de Dakar a interdit jeudi la marche de l'opposition.")
    assert [e.source.country for e in of_type(events, "COERCE")] == ["SEN"]


# ---------------------------------------------------------------- vessels


def test_a_pirogue_intercepted_by_a_navy_is_coerced():
    events = _code("La marine mauritanienne a intercepté lundi au large de Nouadhibou une pirogue transportant 150 "
                   "migrants.")
    assert [e.source.country for e in of_type(events, "COERCE")] == ["MRT"]


def test_a_longliner_boarded_by_coast_guards_is_its_flags():
    events = _code("Les garde-côtes japonais ont arraisonné lundi un palangrier chinois près des îles Senkaku.")
    assert coded_as(events, "COERCE", "17", "JPN", "CHN")


def test_a_drone_intercepted_by_air_defence_is_no_seizure():
    assert not of_type(_code("La défense antiaérienne ukrainienne a intercepté mardi un drone russe au-dessus de Kiev."),
                       "COERCE")


def test_the_marine_nationale_of_an_ivorian_story_is_ivorian():
    events = _code("Le gouvernement ivoirien a annoncé samedi que la Marine nationale avait intercepté au large "
                   "d'Abidjan un voilier transportant deux tonnes de cocaïne.")
    assert [e.source.country for e in of_type(events, "COERCE")] == ["CIV"]


# ---------------------------------------------------------------- a place the gazetteer does not know


def test_a_sentence_opening_on_an_unknown_place_is_not_placed_at_an_earlier_destination():
    events = _code("Le gouvernement sénégalais a dénoncé lundi un trafic d'armes vers le Mali. À Thiaroye-sur-Mer, des "
                   "centaines de pêcheurs ont manifesté mardi contre la hausse du prix du carburant.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["SEN"]


def test_a_sentence_opening_on_a_known_place_is_placed_there():
    """The boundary: a fronted place the gazetteer knows places its sentence, as before."""
    events = _code("Le gouvernement ghanéen a dénoncé lundi un trafic de carburant. À Lomé, des centaines de "
                   "commerçants ont manifesté mardi contre la hausse des taxes.")
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["TGO"]


# ---------------------------------------------------------------- a name written with accents


def test_a_name_written_with_accents_is_the_name_the_knowledge_spells_without():
    """"Kaïs Saïed" in the text names the knowledge's Kais Saied: the article named him, so that
    "le chef de l'État" is not the one other head the article named (a bank's president)."""
    from chronicle.resolve.actors import Actor, _named_in_text

    assert _named_in_text(Actor("Zoé Kaboré", "Zoe Kabore"))
    assert not _named_in_text(Actor("le président burkinabè", "Zoe Kabore"))


# ---------------------------------------------------------------- one pronoun, two verbs


def test_a_pronoun_shared_by_two_verbs_is_one_referent():
    """The second verb's subject is the first's: not the first verb's target (the AU's
    "passivité" is South Africa's accusation, not Rwanda's)."""
    events = _code("Le ministre sud-africain des Relations internationales, Ronald Lamola, est arrivé lundi à Kinshasa "
                   "pour une visite officielle. Le chef de la diplomatie sud-africaine a affirmé que Pretoria était "
                   "disposé à accueillir des pourparlers entre Kinshasa et Kigali. Il a par ailleurs dénoncé "
                   "l'« agression » du Rwanda contre la RDC et accusé l'Union africaine de « passivité ».")
    assert coded_as(events, "ACCUSE", "11", "ZAF", "RWA")
    assert not coded_as(events, "ACCUSE", "11", "RWA", "IGO")
    assert coded_as(events, "ACCUSE", "11", "ZAF", "IGO")


# ---------------------------------------------------------------- "le régime sioniste"


def test_the_zionist_regime_is_israel():
    events = _code("Le Hezbollah a accusé mardi le régime sioniste de violer le cessez-le-feu au Liban-Sud.")
    assert coded_as(events, "ACCUSE", "11", "LBN", "ISR")

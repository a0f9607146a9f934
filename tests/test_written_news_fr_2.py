"""The second set of French articles written for the project
(tests/data/news/written-2.fr.jsonl: outlets, regions and forms the first set lacks),
scored end to end through ``chronicle eval``, and the classes its misses and false
alarms showed: a place's acronym read in a common word ("canons à eau" is no
Emirates), doers left unnamed ("des inconnus"), the UN human rights chief by title,
national armies by name or acronym, the purpose of a meeting read as a second,
planned meeting, a verb coordinated under a commitment read as an act of its own,
measures and commitments of separate sentences merged into one, an undated
article dated from a named leader's earliest office, a word of time hung on the
object, and a participle coordinated under one auxiliary. Every sentence here is
written for these tests."""

from __future__ import annotations

import re

import pytest

from written_sets import NEWS, WrittenSet
from event_checks import coder, listing as _listing, type_dyads as _pairs

WRITTEN = WrittenSet(NEWS / "written-2.fr.jsonl", "fr", (5, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.582 (0.590 with Jersey's ISO code corrected); 0.677 (precision
# 0.699, recall 0.656) at the commit that added this test; 0.734 (0.742, 0.725) once the
# session's branches were merged (98a9181): the floors sit a little under it
F1_FLOOR = 0.76
PRECISION_FLOOR = 0.77
RECALL_FLOOR = 0.76


_code = coder("fr", "2025-03-12")


def test_the_second_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 5 to 10 story sentences after a headline, each
    gold event's evidence taken from its text, with a CAMEO code and a PLOVER type."""
    WRITTEN.check_format()


def test_the_second_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- places and actors


@pytest.mark.parametrize(
    "text",
    [
        "La police arménienne a fait usage de canons à eau contre des manifestants à Erevan.",
        "Les forces de l'ordre ont dispersé la foule à coups de canons à eau devant le parlement de Tbilissi.",
    ],
)
def test_a_places_acronym_in_lower_case_is_a_word(text):
    """"EAU" is the Emirates; "eau" in "canons à eau" is water, and gives no one the
    Emirates' flag."""
    events = _code(text)
    assert all("ARE" not in (e.source.country, e.target.country if e.target else None) for e in events), _listing(events)
    assert all(e.location is None or e.location.country != "ARE" for e in events), _listing(events)


def test_the_acronym_in_capitals_is_still_the_place():
    events = _code("Les EAU ont livré mardi 30 tonnes d'aide humanitaire au Soudan.")
    assert ("ARE", "SDN") in _pairs(events, "AID"), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Des inconnus ont enlevé dimanche un ingénieur chinois près de Gao.", "ASSAULT", "CHN"),
        ("Des individus armés non identifiés ont tué trois villageois près de Djibo, dans le nord du Burkina Faso.", "ASSAULT", "BFA"),
    ],
)
def test_doers_left_unnamed_are_an_armed_actor(text, event_type, target):
    """"des inconnus", "des individus armés non identifiés": the doer is someone, of the
    sector the pack gives unidentified armed men (Phoenix UAF), not no one."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [e.source.sector for e in events] == ["REB"], _listing(events)
    assert events[0].target is not None and events[0].target.country == target, _listing(events)


def test_the_un_human_rights_chief_by_title_speaks_for_the_un():
    events = _code("Le Haut-Commissaire aux droits de l'homme a appelé les autorités birmanes à libérer les prisonniers politiques.")
    assert ("UNO", "MMR") in _pairs(events, "REQUEST"), _listing(events)


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Un avion des Forces armées royales a acheminé samedi à Nouakchott des vivres destinés aux sinistrés.", "AID", ("MAR", "MRT")),
        ("Tsahal a bombardé dans la nuit des positions du Hezbollah dans le sud du Liban.", "ASSAULT", ("ISR", "LBN")),
        ("Les FAMa ont arrêté mardi deux ressortissants nigériens près de Ménaka.", "COERCE", ("MLI", "NER")),
    ],
)
def test_national_armies_by_name_or_acronym(text, event_type, pair):
    events = _code(text)
    assert pair in _pairs(events, event_type), _listing(events)


# ---------------------------------------------------------------- what a meeting or a commitment is for


def test_the_purpose_of_a_meeting_is_no_second_meeting():
    """"se sont réunis à Genève pour discuter du programme nucléaire iranien": one meeting
    among the three, held; the talks are what it is for, not a planned meeting with
    the country of the topic that takes the place of the meeting with it."""
    events = _code("Les vice-ministres des Affaires étrangères d'Iran, d'Egypte et de Jordanie se sont réunis vendredi "
                   "à Genève pour discuter du programme nucléaire iranien.")
    meetings = {tuple(sorted(p)) for p in _pairs(events, "CONSULT")}
    assert meetings == {("EGY", "IRN"), ("IRN", "JOR"), ("EGY", "JOR")}, _listing(events)
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


def test_a_purpose_that_names_a_partner_stays_a_meeting_of_its_own():
    """"est arrivé à Bagdad pour s'entretenir avec son homologue": the trip is the visit
    (the class above leaves it alone)."""
    events = _code("Le ministre jordanien des Affaires étrangères est arrivé lundi à Bagdad pour s'entretenir avec son homologue irakien.")
    assert ("JOR", "IRQ") in _pairs(events, "CONSULT"), _listing(events)


def test_an_act_coordinated_under_a_commitment_is_its_content():
    """"ont convenu de relancer ... et de renforcer la coopération": the second verb is
    agreed like the first, not a cooperation under way."""
    events = _code("Le Kenya et l'Ouganda ont convenu mardi de relancer le projet ferroviaire et de renforcer la coopération sécuritaire.")
    assert {tuple(sorted(p)) for p in _pairs(events, "AGREE")} == {("KEN", "UGA")}, _listing(events)
    assert not [e for e in events if e.event_type == "COOPERATE"], _listing(events)


# ---------------------------------------------------------------- one event or two


def test_measures_of_different_modes_in_separate_sentences_are_two():
    """Parties suspended (restrict), then journalists arrested (arrest): two COERCE, in an
    undated article too, where no date tells them apart."""
    events = _code("La junte nigérienne a suspendu lundi les activités de trois partis politiques. "
                   "Deux journalistes ont par ailleurs été interpellés mardi à Niamey par des policiers.", published=None)
    coerced = [e for e in events if e.event_type == "COERCE"]
    assert sorted(e.mode for e in coerced) == ["arrest", "restrict"], _listing(events)


def test_agreements_of_two_sentences_are_two_commitments():
    """GUIDELINES (lists and groups): commitments stated in separate sentences are
    separate events."""
    events = _code("Le Sénégal et la Gambie ont convenu lundi de relancer leur commission mixte. "
                   "Les deux pays ont également signé trois accords sur la pêche et le transport.")
    agreements = [e for e in events if e.event_type == "AGREE" and {e.source.country, e.target.country if e.target else None} == {"SEN", "GMB"}]
    assert len(agreements) == 2, _listing(events)


# ---------------------------------------------------------------- undated articles


def test_an_undated_article_is_dated_from_the_office_a_named_leader_holds():
    """William Ruto, Kenya's deputy president from 2013 and its president since 2022: an
    undated article naming him beside Xi Jinping is not from 2013, so "le président
    kényan" is Ruto, and the meeting and the visit are his."""
    events = _code("Le président chinois Xi Jinping s'est entretenu jeudi à Pékin avec le président kényan William Ruto. "
                   "Le président kényan a salué le soutien de la Chine.", published=None)
    kenyans = {a.name for e in events for a in (e.source, e.target) if a is not None and a.country == "KEN"}
    assert kenyans == {"William Ruto"}, _listing(events)


# ---------------------------------------------------------------- parse repairs


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Les Etats-Unis ont sanctionné le mois dernier le fondateur du Rêve géorgien.", "SANCTION", ("USA", "GEO")),
        ("L'Union européenne a sanctionné la semaine dernière le chef de la milice Wagner au Mali.", "SANCTION", ("EUR", None)),
    ],
)
def test_a_word_of_time_hung_on_the_object_leaves_the_object_to_the_verb(text, event_type, pair):
    """"ont sanctionné le mois dernier le fondateur": the parse hangs "le mois dernier" on
    the noun after it and takes that noun for an adjunct; it is the object."""
    events = [e for e in _code(text) if e.event_type == event_type]
    assert events, _listing(_code(text))
    if pair[1] is not None:
        assert pair in _pairs(events, event_type), _listing(events)


def test_a_participle_coordinated_under_one_auxiliary_is_a_verb_of_its_own():
    """"a fait usage de canons à eau et arrêté 40 personnes": the parse hangs "arrêté" on
    "canons"; it is the second verb of the sentence, with its own object."""
    events = _code("La police géorgienne a fait usage de canons à eau et arrêté au moins 40 personnes à Tbilissi.")
    assert [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "COERCE"] == [("GEO", "GEO")], _listing(events)

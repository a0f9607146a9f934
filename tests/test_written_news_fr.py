"""French wire articles written for the project (tests/data/news/written.fr.jsonl),
scored end to end through ``chronicle eval``, and the article-level classes their
misses and false alarms showed: a disapproval that names the deed only by judging
it ("a dénoncé une « provocation »"), a word of time between the verb and its
object ("a libéré samedi trois otages"), an auxiliary cut from its participle by
an adverbial ("a de son côté exhorté"), actors the data lacked (development banks,
Haitian gangs, a Kivu town that is also a surname), a headline ending on a quoted
phrase, and a trip whose purpose is a meeting. Every sentence here is written for
these tests."""

from __future__ import annotations

import re

import pytest

from written_sets import NEWS, WrittenSet
from event_checks import coder, listing as _listing, type_dyads as _pairs

WRITTEN = WrittenSet(NEWS / "written.fr.jsonl", "fr", (5, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# the set's F1 at the commit that added this test is 0.70 (precision 0.73, recall 0.67);
# 0.740 (0.746, 0.734) at the seventh session of 2026-12-05 (98a9181); the floor sits a
# little under it so that a regression fails
F1_FLOOR = 0.76
PRECISION_FLOOR = 0.76
RECALL_FLOOR = 0.76


_code = coder("fr", "2025-03-12")


def test_the_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 5 to 10 story sentences after a headline, each
    gold event's evidence taken from its text, with a CAMEO code and a PLOVER type."""
    WRITTEN.check_format()


def test_the_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- judged deeds


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("La Corée du Nord a lancé mardi un missile de croisière au large de Wonsan. "
         "Le Japon a dénoncé une « provocation inacceptable ».", ("JPN", "PRK")),
        ("Le Niger a expulsé lundi l'ambassadeur de France à Niamey. "
         "Paris a condamné un « acte hostile » et une « dérive » de la junte.", ("FRA", "NER")),
    ],
)
def test_a_deed_named_by_judging_it_is_the_last_deed_of_the_article(text, pair):
    """'a dénoncé une « provocation »': the noun names the deed it judges, so the
    disapproval's recipient is who did the last thing the article reported."""
    assert pair in _pairs(_code(text), "ACCUSE"), _listing(_code(text))


def test_the_judged_deed_is_not_the_speakers_own():
    """'Séoul a placé ses troupes en alerte et dénoncé une provocation': the speaker's own
    side did the last act, so the deed judged is the one before it."""
    text = ("La Corée du Nord a tiré jeudi deux missiles balistiques en mer de l'Est. "
            "Le gouvernement sud-coréen a renforcé la surveillance militaire et dénoncé une « grave provocation ».")
    assert ("KOR", "PRK") in _pairs(_code(text), "ACCUSE"), _listing(_code(text))


def test_a_judged_deed_with_nothing_before_it_names_no_one():
    """With no deed reported before it, 'a dénoncé une « mascarade »' answers no one the
    article names: no condemnation of nobody is coded."""
    assert _pairs(_code("Le ministre tchadien de la Communication a dénoncé une « mascarade »."), "ACCUSE") == set()


# ---------------------------------------------------------------- a word of time before the object


@pytest.mark.parametrize(
    ("text", "event_type", "pairs"),
    [
        ("La Turquie a appelé mercredi la Russie et l'Ukraine à reprendre les pourparlers à Istanbul.",
         "REQUEST", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Les jihadistes du JNIM ont libéré samedi deux otages allemands dans le nord du Mali.",
         "RETREAT", {("MLI", "DEU")}),
    ],
)
def test_a_weekday_between_the_verb_and_its_object_keeps_the_object(text, event_type, pairs):
    """'ont appelé mercredi la Russie et l'Ukraine': the parser hangs the object and its
    conjunct on the weekday; the repair gives both back to the verb."""
    assert pairs <= _pairs(_code(text), event_type), _listing(_code(text))


def test_a_part_of_the_day_after_a_weekday_is_no_object():
    """'dimanche soir' is when: the word of time after the weekday never becomes the object."""
    events = _code("L'armée israélienne a bombardé dimanche soir des positions du Hezbollah dans le sud du Liban.")
    assert ("ISR", "LBN") in _pairs(events, "ASSAULT"), _listing(events)


# ---------------------------------------------------------------- an auxiliary cut from its participle


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Pékin a de son côté exhorté Manille à cesser ses patrouilles près du récif de Scarborough.", "REQUEST", ("CHN", "PHL")),
        ("La Banque mondiale a par ailleurs accordé au Bénin un prêt de 300 millions de dollars.", "AID", ("IGO", "BEN")),
    ],
)
def test_an_adverbial_between_the_auxiliary_and_the_participle_leaves_the_verb_whole(text, event_type, pair):
    """'a de son côté exhorté': the parser makes 'a' the main verb and hangs the participle
    on the adverbial; the repair makes the participle the verb again."""
    assert pair in _pairs(_code(text), event_type), _listing(_code(text))


# ---------------------------------------------------------------- actors


def test_a_development_bank_is_an_intergovernmental_lender():
    events = _code("La Banque africaine de développement a accordé jeudi un prêt de 200 millions de dollars au Sénégal.")
    assert ("IGO", "SEN") in _pairs(events, "AID"), _listing(events)


def test_a_haitian_gang_coalition_is_a_criminal_actor_of_haiti():
    events = [e for e in _code("La coalition de gangs Viv Ansanm a attaqué lundi la ville de Hinche, dans le centre du pays.")
              if e.event_type == "ASSAULT"]
    assert [(e.source.country, e.source.sector) for e in events] == [("HTI", "CRM")], _listing(events)


def test_masisi_alone_is_the_kivu_town_not_botswanas_former_president():
    events = _code("Les rebelles du M23 ont attaqué la localité de Masisi, dans le Nord-Kivu. "
                   "Le président kényan a appelé les belligérants à cesser les combats à Masisi.")
    assert all("BWA" not in (e.source.country, e.target.country if e.target else None) for e in events), _listing(events)


# ---------------------------------------------------------------- headlines and visits


def test_a_headline_ending_on_a_quoted_phrase_is_one_event_with_the_story():
    """French headlines often open on a country label ("Niger :") and end on a quotation;
    neither the colon nor the closing guillemet makes the headline a sentence of the
    story, so its event merges with the lead's."""
    text = ("Niger : Niamey accuse Paris de « déstabilisation »\n\n"
            "NIAMEY (AFP) - Le gouvernement nigérien a accusé lundi la France de chercher à déstabiliser le pays, "
            "après l'arrestation de deux ressortissants français à Agadez.")
    accusations = [e for e in _code(text) if e.event_type == "ACCUSE" and e.source.country == "NER"]
    assert len(accusations) == 1, _listing(accusations)
    assert accusations[0].sentence_index > 0


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le ministre turc des Affaires étrangères est arrivé lundi à Bagdad pour s'entretenir avec son homologue irakien.", ("TUR", "IRQ")),
        ("Une délégation éthiopienne est arrivée mardi à Mogadiscio pour discuter avec les autorités somaliennes.", ("ETH", "SOM")),
    ],
)
def test_a_trip_under_way_for_talks_is_the_visit(text, pair):
    """'est arrivé à Bagdad pour s'entretenir avec': the trip under way is the CONSULT visit
    (GUIDELINES), not a planned meeting that replaces it."""
    events = _code(text)
    visits = [e for e in events if e.event_type == "CONSULT" and (e.source.country, e.target.country if e.target else None) == pair]
    assert [(v.mode, v.modality) for v in visits] == [("visit", "actual")], _listing(events)
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)

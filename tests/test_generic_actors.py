"""Generic actors, the venue of talks, and hyphenated names (issue: the world's actors).

"les rebelles", "la police", "the militants" take a country by the documented
rule of ``EventAssembler._localise``: the country their own phrase names; for
talks and agreements, whose place is a venue, the country the article is
about; else where they act. Sentences written for these tests.
"""

from __future__ import annotations

from chronicle.annotate import load_pipeline
from event_checks import lang_coder


code = lang_coder("2024-03-11")


def test_rebels_at_talks_abroad_belong_to_the_country_of_the_story_not_the_venue():
    events = code("Le gouvernement malien et les rebelles touareg ont repris lundi des pourparlers de paix à Alger.", "fr")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult, events
    assert {(e.source.country, e.target.country) for e in consult} == {("MLI", "MLI")}
    assert {consult[0].source.sector, consult[0].target.sector} == {"GOV", "REB"}
    assert consult[0].location.country == "DZA" and consult[0].mode == "third-party"


def test_protesters_and_police_belong_where_they_act():
    events = code("À Caracas, la police a arrêté des dizaines de manifestants samedi.", "fr")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert (arrest.source.country, arrest.target.country) == ("VEN", "VEN")


def test_hyphenated_country_and_city_names_stay_one_token_and_keep_the_sentence_whole():
    nlp = load_pipeline("fr")
    doc = nlp("Le Royaume-Uni et les Pays-Bas ont condamné la Russie à Addis-Abeba.")
    assert {"Royaume-Uni", "Pays-Bas", "Addis-Abeba"} <= {t.text for t in doc}
    assert len(list(doc.sents)) == 1
    # a dyad of two capitals is no name: it still splits, for the dyad reading
    assert "Séoul-Washington" not in {t.text for t in nlp("le sommet Séoul-Washington")}


def test_a_listed_country_with_a_hyphen_is_a_party_of_a_joint_act():
    events = code("Le Royaume-Uni et les Pays-Bas ont condamné la Russie.", "fr")
    assert {(e.source.country, e.target.country) for e in events if e.event_type == "ACCUSE"} == {("GBR", "RUS"), ("NLD", "RUS")}


def test_a_subject_the_parse_hangs_the_verb_from_is_still_coordinated():
    # fr_core_news_md parses "Le gouvernement X et les rebelles ont repris" with the verb as
    # a conjunct of "gouvernement": the government is still one of the parties
    events = code("Le gouvernement soudanais et les rebelles ont repris lundi des pourparlers de paix à Djeddah.", "fr")
    sectors = {frozenset({e.source.sector, e.target.sector}) for e in events if e.event_type == "CONSULT"}
    assert frozenset({"GOV", "REB"}) in sectors


def test_a_place_from_an_earlier_sentence_is_never_a_party():
    events = code("Le président ghanéen a rencontré mardi à Accra son homologue togolais. "
                  "L'armée burkinabè a attaqué jeudi des positions jihadistes près de Djibo.", "fr")
    assert not [e for e in events if e.event_type == "ASSAULT" and e.target and e.target.country == "GHA"]

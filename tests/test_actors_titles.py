"""Titles and dates: a bare title is the office of the country the article is
about, held on the event's date; a person out of every office that day is an
elite (ELI), as CAMEO codes a former president."""

from __future__ import annotations

import chronicle


def _sources(events, event_type: str):
    return [e.source for e in events if e.event_type == event_type]


def test_a_bare_title_is_the_office_of_the_articles_country_on_the_day():
    text = (
        "Le gouvernement sénégalais a dénoncé lundi les propos du ministre sénégalais de l'Intérieur. "
        "Le président s'est envolé mardi pour Paris, où il a rencontré Emmanuel Macron."
    )
    before = _sources(chronicle.code(text, published="2024-03-10", lang="fr"), "CONSULT")
    assert before and all((s.country, s.name) == ("SEN", "Macky Sall") for s in before)
    after = _sources(chronicle.code(text, published="2024-06-10", lang="fr"), "CONSULT")
    assert after and after[0].name == "Bassirou Diomaye Faye"  # in office from 2 April 2024


def test_places_do_not_decide_whose_office_a_bare_title_is():
    # Kampala and Uganda are named, but the article's people and bodies are Kenyan
    text = (
        "Kenyan police arrested dozens of protesters in Nairobi on Monday. Kenyan lawmakers criticised the government. "
        "The president met Ugandan President Yoweri Museveni in Kampala on Tuesday."
    )
    consult = [e for e in chronicle.code(text, published="2024-03-10", lang="en") if e.event_type == "CONSULT"]
    assert consult and {consult[0].source.name, consult[0].target.name} == {"William Ruto", "Yoweri Museveni"}


def test_a_former_president_is_an_elite():
    events = chronicle.code("Former Brazilian President Jair Bolsonaro criticised Argentina on Monday.", published="2024-03-10", lang="en")
    source = _sources(events, "ACCUSE")[0]
    assert (source.name, source.country, source.sector) == ("Jair Bolsonaro", "BRA", "ELI")
    events = chronicle.code("Brazilian President Jair Bolsonaro criticised Argentina on Monday.", published="2021-03-10", lang="en")
    assert _sources(events, "ACCUSE")[0].sector == "GOV"  # in office then


def test_between_two_terms_is_out_of_office():
    events = chronicle.code("Donald Trump a critiqué lundi le Mexique.", published="2024-05-20", lang="fr")
    source = _sources(events, "ACCUSE")[0]
    assert (source.name, source.sector) == ("Donald Trump", "ELI")


def test_listed_nationalities_of_a_plural_title_are_each_countrys_holder():
    text = "Les chefs de la diplomatie sud-coréenne, américaine et japonaise se sont rencontrés samedi à Munich."
    events = [e for e in chronicle.code(text, published="2024-02-20", lang="fr") if e.event_type == "CONSULT"]
    pairs = {frozenset((e.source.name, e.target.name)) for e in events}
    assert pairs == {frozenset(p) for p in (("Cho Tae-yul", "Antony Blinken"), ("Cho Tae-yul", "Yoko Kamikawa"), ("Antony Blinken", "Yoko Kamikawa"))}
    events = chronicle.code("The Chinese and Russian defence ministers met in Beijing on Monday.", published="2024-03-10", lang="en")
    assert {e.source.name for e in events} | {e.target.name for e in events} == {"Dong Jun", "Sergei Shoigu"}


def test_a_plural_title_without_nationality_is_the_holders_the_article_named():
    text = "Wang Yi met Sergei Lavrov in Beijing on Monday. The foreign ministers criticised the United States."
    accuse = [e for e in chronicle.code(text, published="2024-03-10", lang="en") if e.event_type == "ACCUSE"]
    assert {e.source.name for e in accuse} == {"Wang Yi", "Sergey Lavrov"}


def test_a_defence_minister_is_a_government_official():
    events = chronicle.code("Le ministre japonais de la Défense s'est rendu mercredi à Manille.", published="2024-03-10", lang="fr")
    source = [e for e in events if e.event_type in ("CONSULT", "AGREE")][0].source
    assert (source.country, source.sector, source.name) == ("JPN", "GOV", "Minoru Kihara")

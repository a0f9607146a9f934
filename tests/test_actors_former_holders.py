"""Former office holders named by their title ("a former minister", "l'ancien
président", "l'ex-président"): an elite of the title's country (CAMEO ELI, as
PETRARCH2 codes "former president"), never the office's holder of the day. That
is what lets a state's arrest or trial of its own former officials be coded, the
state on one side and the elite on the other. The former words are pack data
(``grammar.former_words``). Sentences written for this test, real pipeline."""

from __future__ import annotations

from chronicle.model import Event
from event_checks import lang_coder, only


code = lang_coder("2024-05-10")


def target_of(event: Event) -> tuple[str | None, str | None, str | None]:
    return event.target.country, event.target.sector, event.target.name


def test_an_arrested_former_minister_is_an_elite_of_his_country():
    assert target_of(only(code("Police in Dhaka arrested a former minister on Tuesday.", "en"), "COERCE")) == ("BGD", "ELI", None)
    assert target_of(only(code("La police a arrêté un ancien ministre nigérien à Niamey.", "fr"), "COERCE")) == ("NER", "ELI", None)


def test_an_agentless_committal_of_a_former_minister_is_coded_against_the_state():
    event = only(code("L'ancien ministre nigérien a été placé sous mandat de dépôt mardi à Niamey.", "fr"), "COERCE")
    assert (event.source.country, event.source.sector) == ("NER", "GOV") and target_of(event) == ("NER", "ELI", None)


def test_a_former_president_written_as_one_word_is_a_former_holder():
    event = only(code("L'ex-président mauritanien a été arrêté par la police à Nouakchott.", "fr"), "COERCE")
    assert target_of(event) == ("MRT", "ELI", None)


def test_a_former_title_never_resolves_to_the_holder_of_the_day():
    event = only(code("Le ministre ivoirien a reçu l'ancien président ghanéen à Abidjan.", "fr"), "CONSULT")
    assert (event.source.country, event.source.sector, event.source.name) == ("GHA", "ELI", None)
    event = only(code("Peru's president met the former Chilean foreign minister in Lima.", "en"), "CONSULT")
    assert (event.source.country, event.source.sector, event.source.name) == ("CHL", "ELI", None)


def test_a_title_without_a_former_word_stays_the_office():
    event = only(code("The Kenyan president met the French president in Nairobi.", "en"), "CONSULT")
    assert {event.source.sector, event.target.sector} == {"GOV"} and event.target.name == "William Ruto"

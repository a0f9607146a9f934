"""Generic actors the knowledge base did not read (helper agents25): the subject of a
sentence named by a kind of actor, not a proper name, was no actor and the event was lost
(the "subject not read as an actor" class of the tuned news misses). Sentences written for
these tests, about other countries than the probe files (tests/data/probes/agents25-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {(e.event_type,
             e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None, e.target.sector if e.target else None) for e in events}


def test_french_legislators_and_local_government_are_actors() -> None:
    events = code("Les législateurs nigérians ont accusé le Cameroun de harceler leurs pêcheurs.", "fr")
    assert ("ACCUSE", "NGA", "LEG", "CMR", "GOV") in pairs(events)
    events = code("La mairie de Lubumbashi a demandé à l'armée congolaise de quitter le marché central.", "fr")
    assert ("REQUEST", "COD", "GOV", "COD", "MIL") in pairs(events)


def test_french_employers_and_truckers() -> None:
    events = code("Les organisations patronales sénégalaises ont demandé au gouvernement de baisser les taxes.", "fr")
    assert ("REQUEST", "SEN", "BUS", "SEN", "GOV") in pairs(events)
    events = code("Les camionneurs nigériens ont accusé les douaniers béninois de racket.", "fr")
    assert ("ACCUSE", "NER", "LAB", "BEN", "COP") in pairs(events)


def test_french_national_guard_and_customs() -> None:
    events = code("La garde nationale mauritanienne a arrêté jeudi six opposants à Nouakchott.", "fr")
    assert ("COERCE", "MRT", "MIL", "MRT", "OPP") in pairs(events)


def test_french_regional_demonym_gives_the_state() -> None:
    # a region with a government of its own names its state ("flamand": Belgium)
    events = code("Les organisations patronales flamandes ont accusé le gouvernement néerlandais de protectionnisme.", "fr")
    assert ("ACCUSE", "BEL", "BUS", "NLD", "GOV") in pairs(events)


def test_english_local_council_and_ombudsman() -> None:
    events = code("Councillors in Kumasi accused a Chinese mining company of polluting the rivers.", "en")
    assert ("ACCUSE", "GHA", "GOV", "CHN", "BUS") in pairs(events)
    events = code("Ecuador's ombudsman accused the police of torturing detainees.", "en")
    assert ("ACCUSE", "ECU", "GOV", "ECU", "COP") in pairs(events)


def test_english_charities_environmental_groups_and_unionists() -> None:
    events = code("Charities in Spain accused the coast guard of ignoring distress calls.", "en")
    assert ("ACCUSE", "ESP", "NGO", "ESP", "MIL") in pairs(events)
    events = code("Environmental groups in Peru urged the government to ban mercury in gold mines.", "en")
    assert ("REQUEST", "PER", "ENV", "PER", "GOV") in pairs(events)
    events = code("Unionists in Nigeria urged the government to raise the minimum wage.", "en")
    assert ("REQUEST", "NGA", "LAB", "NGA", "GOV") in pairs(events)


def test_english_security_services_named_by_function() -> None:
    events = code("Plain-clothes officers arrested two opposition activists in Lusaka on Tuesday.", "en")
    assert ("COERCE", "ZMB", "COP", "ZMB", "OPP") in pairs(events)
    events = code("Honduran drug cartels threatened journalists in San Pedro Sula.", "en")
    assert ("THREATEN", "HND", "CRM", "HND", "JRN") in pairs(events)

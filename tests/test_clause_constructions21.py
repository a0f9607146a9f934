"""Constructions that put an event's party in another clause or cut it from its verb:
a participle cut from its auxiliary by an inserted adverbial ("a, pour sa part,
appelé"), a fronted past participle with an agent ("Received by X, the minister ..."),
and a passive relative clause ("X, who was received by Y"), with counter-cases where
the party is not the one the construction would suggest. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import chronicle
from event_checks import dyad, of_type

PUBLISHED = "2025-05-20"


def _dyads(text: str, lang: str, event_type: str) -> set[tuple[str | None, str | None]]:
    return {dyad(e) for e in of_type(chronicle.code(text, published=PUBLISHED, lang=lang), event_type) if e.polarity == "positive"}


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Le Ghana a, pour sa part, appelé le Togo à rouvrir la frontière.", "REQUEST", ("GHA", "TGO")),
        ("L'Union africaine a, de son côté, exhorté le Soudan à cesser les combats.", "REQUEST", ("IGO", "SDN")),
        ("La Norvège, premier bailleur du pays, a de son côté salué l'Éthiopie pour ses réformes.", "SUPPORT", ("NOR", "ETH")),
        ("Le ministre paraguayen des Affaires étrangères, Rubén Ramírez, a pour sa part accusé la Bolivie de soutenir les trafiquants.", "ACCUSE", ("PRY", "BOL")),
    ],
)
def test_a_participle_cut_from_its_auxiliary_keeps_the_subject(text, event_type, pair):
    """The adverbial inserted between 'a' and the participle ('pour sa part', 'de son
    côté') modifies the verb; the subject before the auxiliary is the doer."""
    assert pair in _dyads(text, "fr", event_type)


def test_a_relative_pronoun_before_the_inserted_adverbial_stands_for_its_antecedent():
    """Counter-case: 'qui' is the subject of the relative clause only; the doer is its
    antecedent (Niger), and the main clause keeps its own subject."""
    text = "Le Niger, qui a de son côté rappelé son ambassadeur à Alger, accuse l'Algérie d'ingérence."
    assert ("NER", "DZA") in _dyads(text, "fr", "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Received by King Abdullah in Amman, the Iraqi prime minister signed a water accord with Jordan.", "en", ("IRQ", "JOR")),
        ("Received by President Ruto in Nairobi, the Tanzanian foreign minister pledged closer trade ties.", "en", ("TZA", "KEN")),
        ("Reçue par le président Tebboune à Alger, la ministre tunisienne a annoncé un accord gazier.", "fr", ("TUN", "DZA")),
        ("Accueilli par le roi Mohammed VI à Rabat, le président sénégalais a salué le partenariat.", "fr", ("SEN", "MAR")),
    ],
)
def test_a_fronted_participle_with_an_agent_is_done_to_the_main_subject(text, lang, pair):
    """'Received by X, the minister ...': the participle's object is the main clause's
    subject (the visitor), its agent the host."""
    assert pair in _dyads(text, lang, "CONSULT")


def test_a_fronted_participle_without_an_agent_hosts_no_one():
    """Counter-case: no agent, no passive reading: 'Arrived in Lima' names no host party."""
    events = chronicle.code("Arrived in Lima on Monday, the Chilean minister criticised Bolivia.", published=PUBLISHED, lang="en")
    assert not [e for e in of_type(events, "CONSULT") if e.target is not None and e.target.country == "CHL"]
    assert ("CHL", "BOL") in {dyad(e) for e in of_type(events, "ACCUSE")}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The Nepali foreign minister, who was received by Indian officials in Delhi, praised the new railway link.", "en", ("NPL", "IND")),
        ("Le ministre égyptien, qui a été reçu par des responsables qataris, a salué la médiation.", "fr", ("EGY", "QAT")),
    ],
)
def test_a_passive_relative_clause_is_done_to_its_antecedent(text, lang, pair):
    """'X, who was received by Y': the relative pronoun stands for X, the visitor."""
    assert pair in _dyads(text, lang, "CONSULT")


@pytest.mark.parametrize(
    ("text", "lang", "pair", "wrong"),
    [
        ("The Kenyan envoy met the Ugandan minister, who was received by Rwandan officials last week.", "en", ("UGA", "RWA"), ("KEN", "RWA")),
        ("L'envoyé kényan a rencontré le ministre ougandais, qui avait été reçu par des responsables rwandais.", "fr", ("UGA", "RWA"), ("KEN", "RWA")),
    ],
)
def test_a_passive_relative_on_the_object_is_the_objects(text, lang, pair, wrong):
    """Counter-case: the relative's antecedent is the object, not the main subject."""
    found = _dyads(text, lang, "CONSULT")
    assert pair in found and wrong not in found, found


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Japan wants China to release the detained fishermen.", "en", ("CHN", "JPN")),
        ("Le Japon veut que la Chine libère les pêcheurs détenus.", "fr", ("CHN", "JPN")),
    ],
)
def test_a_clause_with_its_own_subject_keeps_it(text, lang, pair):
    """Counter-case: an infinitive or 'que' clause with its own subject: China releases."""
    assert pair in _dyads(text, lang, "CONCEDE")


@pytest.mark.parametrize(
    ("text", "event_type", "pair", "wrong"),
    [
        ("Le président ghanéen a reçu le ministre malien avant de signer un accord de défense avec le Burkina Faso.", "AGREE", ("GHA", "BFA"), ("MLI", "BFA")),
        ("Le Sénégal a convoqué l'ambassadeur de Gambie afin de protester contre les incidents.", "ACCUSE", ("SEN", "GMB"), ("GMB", "SEN")),
    ],
)
def test_an_infinitive_of_time_or_purpose_is_the_subjects(text, event_type, pair, wrong):
    """'avant de signer', 'afin de protester': a conjunction of time or purpose opens a
    clause whose doer is the main subject, not the object before it."""
    found = _dyads(text, "fr", event_type)
    assert pair in found and wrong not in found, found


def test_an_infinitive_completing_the_object_is_the_objects():
    """Counter-case: 'a remercié le Japon d'avoir envoyé': object control, Japan sends."""
    text = "Le Kenya a remercié le Japon d'avoir envoyé une aide alimentaire."
    assert ("JPN", "KEN") in _dyads(text, "fr", "AID")

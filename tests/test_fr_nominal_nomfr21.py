"""French events named by a noun under a support verb (helper nomfr21): the one the
event goes to or against hangs on the noun's own 'de' complement ("a procédé à la
livraison de missiles sol-air à X", "a porté des accusations d'ingérence militaire
contre X"), talks suspended "avec X", forces withdrawn that
the subject owns ("le retrait de ses soldats de X"), support verbs that utter or begin
an event ("nouer un partenariat"), with negation and threat.
Sentences written for these tests, about many regions, coded through the real
pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, of_type, only

_coded = coder("fr", "2025-03-12")


@pytest.mark.parametrize(
    "text, event_type, cameo, pair",
    [
        # the recipient on the noun's 'de' complement (nested)
        ("Le Japon a procédé à la livraison de missiles sol-air à la Pologne.", "AID", "072", ("JPN", "POL")),
        ("Le Qatar a procédé à l'envoi d'une aide humanitaire d'urgence au Liban.", "AID", "073", ("QAT", "LBN")),
        ("Le Rwanda a porté des accusations d'ingérence militaire contre le Burundi.", "ACCUSE", "1123", ("RWA", "BDI")),
        ("L'Inde a formulé une offre de coopération économique au Népal.", "AGREE", "031", ("IND", "NPL")),
        ("Les États-Unis ont procédé à la levée des sanctions contre la Syrie.", "RETREAT", "085", ("USA", "SYR")),
        # the partner of talks suspended
        ("Le Soudan a décidé la suspension des négociations avec le Tchad.", "SANCTION", "164", ("SDN", "TCD")),
        # support verbs that begin the event
        ("La Colombie a noué un partenariat économique avec le Maroc.", "COOPERATE", None, ("COL", "MAR")),
    ],
)
def test_nominal_event_reads_its_parties(text: str, event_type: str, cameo: str | None, pair: tuple[str, str]) -> None:
    event = only(_coded(text), event_type)
    if cameo is not None:
        assert event.cameo == cameo
    assert dyad(event) == pair
    assert event.polarity == "positive"


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Le Tchad a procédé au retrait de ses soldats du Cameroun.", ("TCD", "CMR")),
        ("L'Inde a achevé le retrait de ses troupes des Maldives.", ("IND", "MDV")),
    ],
)
def test_forces_withdrawn_belong_to_the_subject(text: str, pair: tuple[str, str]) -> None:
    # "ses soldats du Cameroun" are the subject's soldiers, not Cameroon's
    event = only(_coded(text), "RETREAT")
    assert dyad(event) == pair


def test_support_verb_negated() -> None:
    event = only(_coded("La police sénégalaise n'a pas procédé à l'arrestation des manifestants."), "COERCE")
    assert event.polarity == "negative"


def test_nominal_sanction_threatened() -> None:
    events = _coded("Le Canada menace d'imposer des sanctions au Guatemala.")
    assert not [e for e in of_type(events, "SANCTION") if e.modality == "actual"]
    assert dyad(only(events, "THREATEN")) == ("CAN", "GTM")


def test_attachment_to_a_partnership_is_no_cooperation() -> None:
    # 'réitérer son attachement au partenariat' voices support, it begins nothing
    events = _coded("Le Sénégal a réitéré son attachement au partenariat avec la Gambie.")
    assert not of_type(events, "COOPERATE")

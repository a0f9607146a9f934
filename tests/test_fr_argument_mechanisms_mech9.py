"""French argument mechanisms (helper mech9): a light verb that carries an event
noun codes one event, the noun's; an event noun whose occurrence is denied ("n'a
pas eu lieu") is negative; talks demanded ("a plaidé pour l'ouverture de
pourparlers") are the demand's content, not talks held. Sentences written for
these tests, about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code

Coded = tuple[str, str | None, str | None, str, str]


def _coded(text: str) -> list[Event]:
    return code(text, "2024-05-14", "fr")


def _summary(events: list[Event]) -> list[Coded]:
    """(type, source country, target country, polarity, modality) of every event."""
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


# ---------------------------------------------------------------- light verbs carrying an event noun

@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'Algérie a proposé des pourparlers au Maroc.", ("AGREE", "036", "DZA", "MAR")),
        ("La Turquie a proposé la tenue d'une réunion avec la Syrie.", ("AGREE", "036", "TUR", "SYR")),
        ("Le Kenya a proposé un sommet à l'Ethiopie.", ("AGREE", "036", "KEN", "ETH")),
        ("Le Japon a proposé la tenue d'un sommet avec la Corée du Sud.", ("AGREE", "036", "JPN", "KOR")),
        ("Le Brésil a proposé des pourparlers à la Bolivie.", ("AGREE", "036", "BRA", "BOL")),
    ],
)
def test_a_light_verb_and_the_event_noun_it_carries_are_one_event(text: str, expected: tuple[str, str, str, str]) -> None:
    events = _coded(text)
    assert len(events) == 1, _summary(events)
    event = events[0]
    assert (event.event_type, event.cameo, event.source.country, event.target.country if event.target else None) == expected


def test_a_light_verb_offering_talks_between_others_keeps_its_own_event() -> None:
    # the talks' parties are others: what is offered is not the offerer's own meeting
    events = _coded("La Norvège a proposé des négociations entre Bogota et les rebelles.")
    assert any(e.event_type == "AGREE" and e.source.country == "NOR" for e in events), _summary(events)


# ---------------------------------------------------------------- an event that did not take place

@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        ("La visite du Premier ministre indien à Islamabad n'a pas eu lieu.", "CONSULT", "IND", "PAK"),
        ("La rencontre entre les ministres chilien et bolivien n'a finalement pas eu lieu.", "CONSULT", None, None),
        ("La visite du président sénégalais en Mauritanie ne s'est pas déroulée comme prévu.", "CONSULT", "SEN", "MRT"),
    ],
)
def test_an_event_noun_that_did_not_take_place_is_negative(text: str, event_type: str, source: str | None, target: str | None) -> None:
    events = [e for e in _coded(text) if e.event_type == event_type]
    assert events, _summary(_coded(text))
    assert all(e.polarity == "negative" for e in events), _summary(events)
    if source:
        assert (events[0].source.country, events[0].target.country if events[0].target else None) == (source, target)


def test_an_event_noun_that_took_place_stays_positive() -> None:
    events = _coded("La visite du président kényan en Tanzanie a eu lieu lundi.")
    assert [(e.event_type, e.polarity) for e in events] == [("CONSULT", "positive")], _summary(events)


# ---------------------------------------------------------------- talks demanded

@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Le pape a plaidé pour l'ouverture de pourparlers entre Khartoum et les Forces de soutien rapide.", "VAT", {"SDN"}),
        ("L'Union africaine a appelé à la reprise des négociations entre le Soudan et le Soudan du Sud.", "IGO", {"SDN", "SSD"}),
        ("Le Brésil a plaidé pour l'ouverture de négociations directes entre Kiev et Moscou.", "BRA", {"UKR", "RUS"}),
    ],
)
def test_talks_demanded_are_the_demand_not_talks_held(text: str, source: str, targets: set[str]) -> None:
    events = _coded(text)
    assert not [e for e in events if e.event_type == "CONSULT"], _summary(events)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and {e.source.country for e in requests} == {source}, _summary(events)
    assert targets <= {e.target.country for e in requests if e.target}, _summary(events)


def test_talks_held_under_a_demand_of_another_kind_stay_talks() -> None:
    # the demand is made during the talks: 'lors de' is when, not what is demanded
    events = _coded("Le Tchad a réclamé des garanties lors de sa rencontre avec le Soudan à Djeddah.")
    assert any(e.event_type == "CONSULT" for e in events), _summary(events)


# ---------------------------------------------------------------- a meeting noun with its "de" party and its "avec" partner

@pytest.mark.parametrize(
    "text, parties",
    [
        ("La rencontre du président turc avec son homologue iranien a eu lieu à Téhéran.", {"TUR", "IRN"}),
        ("L'entretien du ministre nigérian avec son homologue camerounais a duré deux heures.", {"NGA", "CMR"}),
        ("La rencontre du Premier ministre japonais avec le président philippin s'est tenue à Manille.", {"JPN", "PHL"}),
    ],
)
def test_the_de_phrase_of_a_meeting_noun_with_a_partner_is_a_party(text: str, parties: set[str]) -> None:
    events = [e for e in _coded(text) if e.event_type == "CONSULT"]
    assert events, _summary(_coded(text))
    assert {events[0].source.country, events[0].target.country if events[0].target else None} == parties, _summary(events)


def test_the_de_phrase_of_a_meeting_noun_without_a_partner_is_the_forum() -> None:
    # 'le sommet de l'Union africaine' names the forum; no party is read off it
    events = _coded("Le président kényan a participé au sommet de l'Union africaine à Addis-Abeba.")
    assert not any(e.source.country == "IGO" for e in events), _summary(events)


# ---------------------------------------------------------------- an agreement and the act it is for

@pytest.mark.parametrize(
    "text, parties",
    [
        ("Le Kenya et la Tanzanie ont signé un accord pour lever les restrictions frontalières.", {"KEN", "TZA"}),
        ("Le Ghana et le Togo ont conclu un accord pour rouvrir leur frontière commune.", {"GHA", "TGO"}),
        ("L'Arménie et l'Azerbaïdjan ont trouvé un accord pour assouplir les contrôles au poste frontière.", {"ARM", "AZE"}),
    ],
)
def test_the_act_an_agreement_is_for_is_its_content(text: str, parties: set[str]) -> None:
    events = _coded(text)
    assert [e.event_type for e in events] == ["AGREE"], _summary(events)
    assert {events[0].source.country, events[0].target.country if events[0].target else None} == parties


# ---------------------------------------------------------------- relative clauses the parse misreads

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Tchad, dont les troupes ont quitté le Niger, a signé un accord avec la Libye.", ("AGREE", "TCD", "LBY")),
        ("La Bolivie, dont le président a rencontré Lula, a signé un accord avec le Pérou.", ("AGREE", "BOL", "PER")),
    ],
)
def test_a_relative_clause_before_the_verb_leaves_the_antecedent_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    events = _coded(text)
    agreements = [e for e in events if e.event_type == expected[0]]
    assert agreements and all((e.source.country, e.target.country if e.target else None) == expected[1:] for e in agreements), _summary(events)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Le président kényan a reçu le ministre qatari, qui a proposé une médiation entre Khartoum et les paramilitaires.", "QAT"),
        ("Le roi du Maroc a reçu l'émissaire algérien, qui a proposé une médiation entre Tripoli et Benghazi.", "DZA"),
    ],
)
def test_the_relative_pronoun_of_a_light_verb_is_its_antecedent(text: str, source: str) -> None:
    events = _coded(text)
    mediations = [e for e in events if e.event_type == "AGREE"]
    assert mediations and {e.source.country for e in mediations} == {source}, _summary(events)

"""French false alarms by class (helper precision20fr): each counter-case, a word in
another sense or a construction that tells no new event, codes nothing of the type
(or the right thing), paired with a sentence where the same trigger must still fire.
Sentences written for these tests, about many regions, coded through the real pipeline.

Classes: trigger sense (raiders making off "avant de se replier", a currency that
"a reculé", "un rassemblement de terroristes", women "violées" near a norm word,
rights claimed over an island, goods that "sont arrivées"), modality (talks "au point mort", "a refusé
d'exclure", an act in a purpose clause opened by an elided "pour qu'"), duplicate
(an agreement and the plan it states, one event)."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code

Coded = tuple[str, str | None, str | None, str, str]


def _coded(text: str) -> list[Event]:
    return code(text, "2025-03-12", "fr")


def _summary(events: list[Event]) -> list[Coded]:
    """(type, source country, target country, polarity, modality) of every event."""
    return [(e.event_type, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type and e.polarity == "positive"]


# ---------------------------------------------------------------- trigger sense

@pytest.mark.parametrize(
    "text, event_type",
    [
        # raiders who make off after their raid: the raid is the event, not a military retreat
        ("Selon la police, les assaillants ont pillé plusieurs boutiques du marché de Mopti avant de se replier vers la brousse.", "RETREAT"),
        ("Les combattants du groupe ont incendié l'école du village nigérien avant de se retirer vers la frontière malienne.", "RETREAT"),
        # a currency or a price that falls concedes nothing
        ("Le franc guinéen a reculé de 4 % face au dollar sur les marchés des changes.", "CONCEDE"),
        # a gathering of fighters is an army's target, not a rally
        ("L'armée birmane affirme avoir bombardé un rassemblement de terroristes dans la région de Magway.", "PROTEST"),
        # women raped near a norm word ("Médecins sans frontières") defy no norm
        ("Des dizaines de femmes ont été violées par des miliciens dans le Darfour, a rapporté Médecins sans frontières.", "REJECT"),
        # rights claimed over an island are a territorial claim, no demand for change
        ("Les Comores revendiquent elles aussi des droits sur l'île de Mayotte.", "REQUEST"),
        # goods that arrive make no visit
        ("Des rations alimentaires envoyées par le Qatar sont arrivées samedi à Gaza.", "CONSULT"),
        ("Plusieurs tonnes d'aide humanitaire japonaise sont arrivées jeudi au Népal.", "CONSULT"),
    ],
)
def test_a_word_in_another_sense_codes_no_event(text: str, event_type: str) -> None:
    assert not _of_type(_coded(text), event_type), _summary(_coded(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les forces ukrainiennes se sont repliées mardi de la ville de Pokrovsk.", ("RETREAT", "UKR")),
        ("Les troupes rwandaises se sont retirées jeudi de la ville congolaise de Goma.", ("RETREAT", "RWA")),
        ("Le gouvernement péruvien a reculé face aux manifestants sur la réforme des retraites.", ("CONCEDE", "PER")),
        ("Un rassemblement de plusieurs milliers de personnes a eu lieu samedi à Dakar contre la vie chère.", ("PROTEST", "SEN")),
        ("Des dizaines de femmes ont été violées par des miliciens dans le Darfour, a rapporté Médecins sans frontières.", ("ASSAULT", "SDN")),
        ("Les syndicats tunisiens revendiquent une hausse des salaires dans la fonction publique.", ("REQUEST", "TUN")),
        ("Le ministre indien des Affaires étrangères est arrivé mardi à Colombo pour une visite de deux jours.", ("CONSULT", "IND")),
    ],
)
def test_the_same_trigger_in_its_political_sense_still_codes(text: str, expected: tuple[str, str]) -> None:
    event_type, source = expected
    found = _of_type(_coded(text), event_type)
    assert found and found[0].source.country == source, _summary(_coded(text))


def test_a_rape_report_is_coded_as_sexual_assault() -> None:
    found = _of_type(_coded("Des dizaines de femmes ont été violées par des miliciens dans le Darfour, a rapporté Médecins sans frontières."), "ASSAULT")
    assert found and found[0].cameo == "1821", _summary(found)


# ---------------------------------------------------------------- modality: stalled talks, a refusal to rule out

@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Les négociations entre l'Arménie et l'Azerbaïdjan sont au point mort depuis plusieurs mois.", "CONSULT"),
        ("Les pourparlers entre Khartoum et les Forces de soutien rapide sont dans l'impasse.", "CONSULT"),
        ("Le Premier ministre hongrois a refusé mardi d'exclure un veto contre l'aide à l'Ukraine.", "REJECT"),
        ("Le Premier ministre indien a refusé d'écarter une riposte militaire contre le Pakistan.", "REJECT"),
    ],
)
def test_stalled_talks_and_an_option_kept_open_code_no_event(text: str, event_type: str) -> None:
    assert not _of_type(_coded(text), event_type), _summary(_coded(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les négociations entre l'Arménie et l'Azerbaïdjan ont repris lundi à Washington.", ("CONSULT", "ARM", "AZE")),
        ("Les pourparlers entre le Soudan et le Soudan du Sud se sont ouverts mardi à Juba.", ("CONSULT", "SDN", "SSD")),
        ("Le gouvernement serbe a refusé mardi de rencontrer les représentants du Kosovo.", ("REJECT", "SRB", "XKX")),
    ],
)
def test_talks_held_and_a_refusal_still_code(text: str, expected: tuple[str, str, str]) -> None:
    event_type, first, second = expected
    found = _of_type(_coded(text), event_type)
    assert found and {found[0].source.country, found[0].target.country if found[0].target else None} == {first, second}, _summary(_coded(text))


# ---------------------------------------------------------------- duplicate: an agreement and what it commits to

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Le Maroc et le Sénégal ont convenu lundi à Dakar de renforcer leur coopération sécuritaire.", {"MAR", "SEN"}),
        ("Le Chili et l'Argentine ont décidé de relancer leur coopération énergétique, a indiqué jeudi Santiago.", {"CHL", "ARG"}),
        ("Le Vietnam et les Philippines se sont mis d'accord pour développer leurs échanges commerciaux.", {"VNM", "PHL"}),
    ],
)
def test_an_agreement_and_the_plan_it_states_are_one_event(text: str, pair: set[str]) -> None:
    agreements = _of_type(_coded(text), "AGREE")
    assert len(agreements) == 1, _summary(agreements)
    assert agreements[0].modality == "actual" and {agreements[0].source.country, agreements[0].target.country} == pair


def test_a_plan_in_a_sentence_of_its_own_stays_a_second_commitment() -> None:
    events = _coded("Le Kenya et l'Ouganda ont signé mardi un accord commercial. Les deux pays coopéreront aussi dans la lutte contre le braconnage.")
    assert len(_of_type(events, "AGREE")) + len(_of_type(events, "COOPERATE")) >= 2, _summary(events)


# ---------------------------------------------------------------- modality: a purpose clause with an elided "qu'"

@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Le président irakien a demandé que Washington fasse pression sur la Turquie pour qu'elle cesse ses bombardements dans le nord du pays.", "RETREAT"),
        ("Le Qatar a proposé une médiation afin qu'Israël libère les prisonniers palestiniens.", "RETREAT"),
    ],
)
def test_an_act_in_a_purpose_clause_with_an_elided_mark_is_not_told(text: str, event_type: str) -> None:
    assert not _of_type(_coded(text), event_type), _summary(_coded(text))


def test_the_same_act_stated_is_still_coded() -> None:
    found = _of_type(_coded("L'armée israélienne a bombardé mardi plusieurs villages du sud du Liban."), "ASSAULT")
    assert found and (found[0].source.country, found[0].target.country if found[0].target else None) == ("ISR", "LBN"), _summary(found)


# ---------------------------------------------------------------- duplicate: a meeting and the visit it is held on

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Le président chinois Xi Jinping s'est entretenu jeudi à Beijing avec le président kényan William Ruto, en visite d'Etat en Chine.", {"CHN", "KEN"}),
        ("Le président sénégalais a reçu mardi à Dakar le ministre gambien des Affaires étrangères, en visite officielle au Sénégal.", {"SEN", "GMB"}),
        ("Le roi du Maroc a reçu lundi à Rabat le président mauritanien Mohamed Ould Ghazouani, en visite de travail au Maroc.", {"MAR", "MRT"}),
    ],
)
def test_a_meeting_and_the_visit_it_is_held_on_are_one_event(text: str, pair: set[str]) -> None:
    meetings = _of_type(_coded(text), "CONSULT")
    assert len(meetings) == 1, _summary(meetings)
    assert {meetings[0].source.country, meetings[0].target.country} == pair


def test_a_visit_and_a_meeting_with_a_third_country_stay_two_events() -> None:
    events = _coded("Le président ghanéen John Mahama, en visite officielle en Côte d'Ivoire, a rencontré mardi à Abidjan le Premier ministre togolais.")
    pairs = {frozenset({e.source.country, e.target.country if e.target else None}) for e in _of_type(events, "CONSULT")}
    assert frozenset({"GHA", "TGO"}) in pairs, _summary(events)

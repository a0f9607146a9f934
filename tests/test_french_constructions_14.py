"""French constructions (helper frconstr14): a relative pronoun after a preposition
("auquel", "avec qui", "contre lequel") stands for its antecedent; a reciprocal "se"
gives one event each way; leaving a body or an accord names the body or the
accord's partner; a first name read as the root of "X et Y ont ..." is repaired;
resumed talks are talks; fired on ("a essuyé des tirs de") is the shooter's
assault. Sentences written for these tests, about many regions, coded through the
real pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder

_coded = coder("fr", "2025-05-14")


def _pairs(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    """The sorted (source country, target country) pairs of the events of one type."""
    return sorted((e.source.country, e.target.country if e.target else None) for e in _coded(text) if e.event_type == event_type)


# ---------------------------------------------------------------- prepositional relatives

@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        ("Le Gabon, avec qui le Maroc a signé un accord, a salué la visite.", "AGREE", "MAR", "GAB"),
        ("Le Niger, contre lequel la CEDEAO a imposé des sanctions, a protesté.", "SANCTION", "IGO", "NER"),
        ("Le Soudan, auquel l'Egypte a livré des armes, nie tout soutien.", "AID", "EGY", "SDN"),
        ("La Tunisie, à laquelle l'Union européenne a accordé une aide de 100 millions d'euros, attend les fonds.", "AID", "EUR", "TUN"),
        ("La Corée du Nord, contre laquelle le Japon a protesté, a tiré un missile.", "ACCUSE", "JPN", "PRK"),
    ],
)
def test_a_prepositional_relative_stands_for_its_antecedent(text: str, event_type: str, source: str, target: str) -> None:
    assert _pairs(text, event_type) == [(source, target)]


def test_the_person_one_met_with_is_the_antecedent_of_avec_lequel() -> None:
    events = [e for e in _coded("Le président tchadien, avec lequel Emmanuel Macron s'est entretenu jeudi, a quitté Paris.") if e.event_type == "CONSULT"]
    assert [(e.source.country, e.target.country, e.target.sector) for e in events] == [("FRA", "TCD", "GOV")]


def test_an_interrogative_qui_after_a_preposition_stands_for_no_one() -> None:
    # no antecedent noun before "avec qui": the verb's own partner stays unknown
    assert _pairs("Le Brésil ignore avec qui le Venezuela a négocié.", "CONSULT") == []


# ---------------------------------------------------------------- reciprocal "se"

@pytest.mark.parametrize(
    "text, event_type, one, other",
    [
        ("L'Inde et le Pakistan se sont mutuellement menacés de représailles.", "THREATEN", "IND", "PAK"),
        ("Le Rwanda et la RDC se sont accusés de soutenir des groupes armés.", "ACCUSE", "RWA", "COD"),
        ("L'Arménie et l'Azerbaïdjan s'accusent régulièrement de violer le cessez-le-feu.", "ACCUSE", "ARM", "AZE"),
        ("La Chine et les Philippines se sont mutuellement critiquées après l'incident.", "ACCUSE", "CHN", "PHL"),
        ("Le Maroc et l'Algérie s'accusent réciproquement de provocations.", "ACCUSE", "DZA", "MAR"),
    ],
)
def test_a_reciprocal_act_goes_each_way(text: str, event_type: str, one: str, other: str) -> None:
    assert _pairs(text, event_type) == sorted([(one, other), (other, one)])


def test_a_group_that_acts_reciprocally_is_both_sides() -> None:
    text = "Le Soudan du Sud et l'Ouganda ont fermé leur frontière. Les deux pays s'accusent mutuellement de soutenir des rebelles."
    pairs = [(s, t) for s, t in _pairs(text, "ACCUSE")]
    assert pairs and all(t is not None and s != t for s, t in pairs), pairs
    assert {s for s, _ in pairs} == {t for _, t in pairs}


def test_a_negated_reciprocal_threat_is_negative_each_way() -> None:
    events = [e for e in _coded("L'Iran et Israël ne se sont pas menacés directement.") if e.event_type == "THREATEN"]
    assert sorted((e.source.country, e.target.country, e.polarity) for e in events) == [("IRN", "ISR", "negative"), ("ISR", "IRN", "negative")]


def test_a_pronominal_pledge_of_two_states_is_no_reciprocal_act() -> None:
    # "s'engager à" is pronominal, not reciprocal: both pledge to the third party
    assert _pairs("La France et l'Allemagne se sont engagées à soutenir l'Ukraine.", "AGREE") == [("DEU", "UKR"), ("FRA", "UKR")]


# ---------------------------------------------------------------- leaving a body or an accord

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Le Niger s'est retiré de la CEDEAO.", "NER", "IGO"),
        ("Le Burundi s'est retiré de la Cour pénale internationale.", "BDI", "IGO"),
        ("Washington s'est retiré de l'accord nucléaire avec l'Iran.", "USA", "IRN"),
        ("La Colombie s'est retirée de l'accord de paix conclu avec les FARC.", "COL", "COL"),
    ],
)
def test_leaving_a_body_or_an_accord_targets_the_body_or_the_partner(text: str, source: str, target: str) -> None:
    assert _pairs(text, "SANCTION") == [(source, target)]


def test_a_city_naming_an_accord_is_no_party_to_it() -> None:
    # "l'accord de Paris" names where it was signed: France is left by no one
    events = _coded("Les Etats-Unis se sont retirés de l'accord de Paris sur le climat.")
    assert all(e.target is None or e.target.country != "FRA" for e in events), [(e.event_type, e.target) for e in events]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Le dernier contingent tchadien a quitté le Mali.", "TCD", "MLI"),
        ("Les militaires russes ont évacué la base de Hmeimim en Syrie.", "RUS", "SYR"),
        ("Les forces rwandaises se sont retirées de l'est de la RDC.", "RWA", "COD"),
        ("Le dernier détachement de l'armée française a quitté le Tchad en janvier.", "FRA", "TCD"),
    ],
)
def test_a_military_unit_leaving_a_country_retreats_from_it(text: str, source: str, target: str) -> None:
    assert _pairs(text, "RETREAT") == [(source, target)]


def test_an_officer_leaving_his_post_is_no_military_retreat() -> None:
    assert all(e.mode != "withdraw" for e in _coded("Le chef de l'armée sénégalaise a quitté ses fonctions lundi.") if e.event_type == "RETREAT")


# ---------------------------------------------------------------- coordinated subjects and resumed talks

@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Israël et le Hamas ont repris les négociations au Caire.", "ISR", "PSE"),
        ("Le Burundi et le Rwanda ont entamé des discussions sur la frontière.", "BDI", "RWA"),
    ],
)
def test_talks_resumed_by_two_coordinated_subjects_are_their_talks(text: str, one: str, other: str) -> None:
    pairs = _pairs(text, "CONSULT")
    assert len(pairs) == 1 and set(pairs[0]) == {one, other}, pairs


def test_talks_to_be_resumed_are_a_planned_meeting() -> None:
    events = [e for e in _coded("Le Soudan et le Soudan du Sud vont reprendre les négociations à Addis-Abeba.") if e.event_type == "AGREE"]
    assert [(e.modality, {e.source.country, e.target.country if e.target else None}) for e in events] == [("intended", {"SDN", "SSD"})]


# ---------------------------------------------------------------- fired on, targeted

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Un convoi de l'ONU a essuyé des tirs de rebelles du M23.", "COD", "UNO"),
        ("Des casques bleus de la Finul ont essuyé des tirs de l'armée israélienne.", "ISR", "UNO"),
        ("Le Tchad a été la cible d'une attaque de Boko Haram.", "NGA", "TCD"),
    ],
)
def test_the_one_fired_on_or_targeted_is_the_assault_target(text: str, source: str, target: str) -> None:
    events = _coded(text)
    assert _pairs(text, "ASSAULT") == [(source, target)]
    assert not [e for e in events if e.event_type == "ACCUSE"], [(e.event_type, e.source.country) for e in events]

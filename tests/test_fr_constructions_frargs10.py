"""French constructions (helper frargs10): a gerund marked "en" that the parse reads
as an oblique or hangs on the first gerund's object keeps the main clause's subject;
"appeler X au dialogue" asks X to negotiate; "le Rwanda, dont l'armée ..." is
Rwanda's army. Sentences written for these tests, about many regions, coded through
the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code

Coded = tuple[str, str | None, str | None]


def _coded(text: str) -> list[Event]:
    return code(text, "2024-05-14", "fr")


def _triples(events: list[Event]) -> list[Coded]:
    """(type, source country, target country) of every event."""
    return [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events]


# ---------------------------------------------------------------- gerunds after "en" share the clause's subject

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paris a réagi en expulsant douze agents algériens et en rappelant son ambassadeur à Alger.",
         [("SANCTION", "FRA", "DZA"), ("SANCTION", "FRA", "DZA")]),
        ("Le Niger a répliqué en expulsant le chargé d'affaires béninois.", [("SANCTION", "NER", "BEN")]),
        ("Ottawa a riposté en expulsant deux diplomates indiens.", [("SANCTION", "CAN", "IND")]),
    ],
)
def test_a_gerund_read_as_an_oblique_or_a_conjunct_takes_the_clause_subject(text: str, expected: list[Coded]) -> None:
    assert sorted(_triples(_coded(text))) == sorted(expected)


# ---------------------------------------------------------------- appeler X au dialogue

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("L'Union africaine a appelé le Soudan au dialogue.", "IGO", "SDN"),
        ("Le Nigeria a dénoncé l'attaque et appelé la Somalie au dialogue.", "NGA", "SOM"),
        ("Le Brésil a appelé le Venezuela à la reprise des négociations.", "BRA", "VEN"),
        ("Le Japon a appelé la Corée du Nord au dialogue.", "JPN", "PRK"),
        ("La Chine a appelé la Russie aux négociations.", "CHN", "RUS"),
        ("Le Qatar a appelé Israël aux pourparlers.", "QAT", "ISR"),
    ],
)
def test_a_call_to_dialogue_asks_its_addressee_to_negotiate(text: str, source: str, target: str) -> None:
    requests = [e for e in _coded(text) if e.event_type == "REQUEST"]
    assert [(e.cameo, e.source.country, e.target.country if e.target else None) for e in requests] == [("106", source, target)], _triples(_coded(text))


def test_a_call_to_restraint_or_to_act_keeps_its_own_code() -> None:
    # the entry asks for talks: restraint (1056) and other acts (10) keep theirs
    assert [e.cameo for e in _coded("Le Kenya a appelé l'Ethiopie à la retenue.") if e.event_type == "REQUEST"] == ["1056"]
    assert [e.cameo for e in _coded("La France a appelé les autorités maliennes à libérer les otages.") if e.event_type == "REQUEST"] == ["10"]


def test_a_call_for_dialogue_between_others_is_no_request_to_the_caller_s_addressee() -> None:
    # no addressee is named: the entry needs an object, and no party is made a target
    assert not [e for e in _coded("La Norvège a appelé au dialogue entre Bogota et les rebelles.") if e.cameo == "106" and e.target is None]


# ---------------------------------------------------------------- "le Soudan, dont l'armée ...": the antecedent owns the agent

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Tchad a dénoncé le Soudan, dont l'armée a bombardé des villages.", ("ASSAULT", "SDN")),
        ("L'Inde a condamné le Pakistan, dont les militaires ont tiré sur des soldats indiens.", ("ASSAULT", "PAK")),
        ("La Russie, dont l'armée a frappé Kharkiv, a nié toute attaque.", ("ASSAULT", "RUS")),
    ],
)
def test_an_agent_qualified_by_dont_belongs_to_the_antecedent(text: str, expected: tuple[str, str]) -> None:
    events = _coded(text)
    event_type, owner = expected
    assert [e.source.country for e in events if e.event_type == event_type] == [owner], _triples(events)
    assert all(e.source.sector == "MIL" for e in events if e.event_type == event_type)



# ---------------------------------------------------------------- accusations traded both ways

@pytest.mark.parametrize(
    "text, sides",
    [
        ("Kigali et Kinshasa ont échangé des accusations.", ("RWA", "COD")),
        ("L'Arménie et l'Azerbaïdjan ont échangé des accusations de violation de la trêve.", ("ARM", "AZE")),
        ("L'Inde et le Pakistan se sont mutuellement accusés de violer le cessez-le-feu.", ("IND", "PAK")),
        ("Le Soudan et le Soudan du Sud s'accusent mutuellement de soutenir des rebelles.", ("SDN", "SSD")),
        ("Le Venezuela et la Colombie se sont accusés réciproquement.", ("VEN", "COL")),
    ],
)
def test_a_mutual_accusation_is_coded_each_way(text: str, sides: tuple[str, str]) -> None:
    first, second = sides
    accusations = sorted(t for t in _triples(_coded(text)) if t[0] == "ACCUSE")
    assert accusations == sorted([("ACCUSE", first, second), ("ACCUSE", second, first)])


def test_prisoners_exchanged_are_no_accusation() -> None:
    assert not [e for e in _coded("L'Ukraine et la Russie ont échangé des prisonniers.") if e.event_type == "ACCUSE"]


def test_a_one_way_accusation_stays_one_way() -> None:
    assert [t for t in _triples(_coded("Le Niger accuse le Bénin d'abriter des terroristes.")) if t[0] == "ACCUSE"] == [("ACCUSE", "NER", "BEN")]


# ---------------------------------------------------------------- "qualifier X de « décevant » / d'« acte de guerre »"

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Le Maroc a qualifié la décision algérienne de « décevante ».", "MAR", "DZA"),
        ("Téhéran a qualifié les sanctions américaines d'« acte de guerre économique ».", "IRN", "USA"),
        ("Le ministre canadien a qualifié la décision chinoise de « profondément décevante ».", "CAN", "CHN"),
    ],
)
def test_calling_an_act_disappointing_or_an_act_of_war_criticises_its_doer(text: str, source: str, target: str) -> None:
    accusations = [t for t in _triples(_coded(text)) if t[0] == "ACCUSE"]
    assert accusations == [("ACCUSE", source, target)]


def test_calling_a_game_disappointing_is_no_criticism_of_a_party() -> None:
    assert not [e for e in _coded("Le sélectionneur chilien a qualifié le match de décevant.") if e.event_type == "ACCUSE"]

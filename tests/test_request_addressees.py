"""Whom an appeal is addressed to (REQUEST, CAMEO 02x/10x): the two sides a third party
urges ("both sides", "les deux parties") are the disputants, never the speaker, even when
the speaker dealt with one of them just before; listed addressees the parse splits
("exhorté Israël et le Hamas", "a appelé mercredi le Kosovo et la Serbie") are each
addressed; the two sides of one country's conflict give one event each (GUIDELINES,
lists and groups). Sentences written for these tests, about many regions."""

from __future__ import annotations

import pytest

from event_checks import lang_coder, of_type

code = lang_coder("2025-06-15")


def _addressees(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source country, target country, target sector) of every positive REQUEST."""
    return sorted((e.source.country, e.target.country if e.target else None, e.target.sector if e.target else None)
                  for e in of_type(code(text, lang), "REQUEST") if e.polarity == "positive")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the speaker condemned one side first: it is still a third party to "both sides"
        ("Le ministère kényan des Affaires étrangères a condamné mercredi les attaques des rebelles du SPLA-IO contre "
         "l'armée sud-soudanaise à Juba. Dans un communiqué, Nairobi appelle les deux parties au conflit à accepter une trêve.",
         "fr", {"SSD"}),
        ("Angola condemned the M23 rebels on Monday. Fighting between the M23 and the Congolese army has killed dozens "
         "in North Kivu. Luanda called on both sides to respect the ceasefire.", "en", {"COD"}),
    ],
)
def test_both_sides_never_include_the_speaker(text: str, lang: str, expected: set[str]) -> None:
    found = _addressees(text, lang)
    assert found and {target for _, target, _ in found} == expected, found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le pape Léon XIV a exhorté Israël et le Hamas à respecter le cessez-le-feu à Gaza.", "fr", {"ISR", "PSE"}),
        ("L'Union africaine a appelé mercredi l'Ethiopie et l'Erythrée à régler leur différend frontalier.", "fr", {"ETH", "ERI"}),
        ("La CARICOM a appelé lundi le Guyana et le Venezuela à respecter l'accord d'Argyle.", "fr", {"GUY", "VEN"}),
    ],
)
def test_each_listed_addressee_is_addressed(text: str, lang: str, expected: set[str]) -> None:
    found = _addressees(text, lang)
    assert {target for _, target, _ in found} == expected, found


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("La Chine exhorte l'armée birmane et les rebelles à cesser les combats dans l'Etat shan.", "fr", "MMR"),
        ("Le Vatican a exhorté l'armée colombienne et les guérilleros à cesser les combats.", "fr", "COL"),
        ("Indonesia urged the Myanmar army and the rebels to stop fighting in Rakhine State.", "en", "MMR"),
    ],
)
def test_the_two_sides_of_one_countrys_conflict_are_two_events(text: str, lang: str, country: str) -> None:
    """The unnamed rebels listed with a state's army are that state's, and each side
    is one event, though both have one country."""
    found = _addressees(text, lang)
    assert [(target, sector) for _, target, sector in found] == [(country, "MIL"), (country, "REB")], found


def test_two_bodies_of_one_state_stay_one_event() -> None:
    """"The army and the police" asked to act are one side: one event, as coded."""
    found = _addressees("Le gouvernement péruvien a demandé à l'armée et à la police de rétablir l'ordre à Puno.", "fr")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a demand named by a reduced passive relative is made of the one who grants or refuses it
        ("L'Allemagne a accepté les réformes réclamées par le Kenya.", "KEN", "DEU"),
        ("La Belgique a extradé lundi vers le Maroc un homme d'affaires réclamé par la justice marocaine.", "MAR", "BEL"),
    ],
)
def test_a_demand_in_a_reduced_relative_is_made_of_the_granter(text: str, source: str, target: str) -> None:
    found = _addressees(text, "fr")
    assert [(s, t) for s, t, _ in found] == [(source, target)], found


def test_a_quoted_appeal_keeps_its_cameo_code() -> None:
    """"un appel à « un cessez-le-feu immédiat »": the quote opens the complement, which
    still makes the appeal one for de-escalation (CAMEO 1056), with no addressee needed."""
    events = of_type(code("Le pape François a lancé dimanche un appel à « un cessez-le-feu immédiat » au Soudan.", "fr"), "REQUEST")
    assert [e.cameo for e in events] == ["1056"], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the appeal hangs on a present-tense reported clause: the speaker appeals
        ("Foreign ministry spokesperson Mao Ning said the drills violate China's sovereignty and urged Manila to stop "
         "provocations.", "CHN", "PHL"),
        # ... on an infinitive inside the reported clause
        ("Kenyan President William Ruto said the army had launched an operation to secure the border and called on "
         "Somalia to stop the militants.", "KEN", "SOM"),
    ],
)
def test_a_simple_past_appeal_after_a_reported_clause_is_the_speakers(text: str, source: str, target: str) -> None:
    found = _addressees(text, "en")
    assert [(s, t) for s, t, _ in found] == [(source, target)], found


def test_a_second_appeal_after_an_infinitive_is_the_first_speakers() -> None:
    """"Qatar urged Hamas to free the hostages and called on Israel to open the crossings":
    Qatar calls on Israel; Hamas, the first one urged, calls on no one."""
    found = _addressees("Qatar urged Hamas to free the remaining hostages and called on Israel to open the Rafah crossing.", "en")
    assert [(s, t) for s, t, _ in found] == [("QAT", "ISR"), ("QAT", "PSE")], found


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("L'opposition togolaise réclame des élections anticipées.", "1044"),
        ("Les syndicats argentins exigent l'abrogation de la réforme du travail.", "1042"),
        ("Des ONG demandent au gouvernement éthiopien la levée du couvre-feu dans l'Amhara.", "1051"),
        ("Le gouvernement haïtien réclame le déploiement rapide d'une force multinationale à l'ONU.", "1034"),
        ("Le Mali a exigé le retrait des troupes françaises.", "10"),
    ],
)
def test_thin_demand_codes_in_french(text: str, cameo: str) -> None:
    """CAMEO 1044 (elections, institutions), 1042 (policy), 1051 (administrative
    restrictions), 1034 (peacekeeping): coded with their own code; a troop withdrawal
    demanded is none of them."""
    events = [e for e in of_type(code(text, "fr"), "REQUEST") if e.polarity == "positive"]
    assert [e.cameo for e in events] == [cameo], events

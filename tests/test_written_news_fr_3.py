"""The third set of French articles written for the project
(tests/data/news/written-3.fr.jsonl: outlets, regions and forms neither earlier French
set used), scored end to end through ``chronicle eval``, and the classes its misses
and false alarms showed: agreements signed in the passive with no party named, a
treaty "dénoncé" by those who cannot withdraw from it, insults in "qualifier de",
aid flown in and promised by airlift, bases handed over on leaving, attacks whose
doer is named by the attack noun only, a suspension lifted from a state, the police's
"faire usage de", sanctions promised as a threat, "rappeler le sien", and actors of
the set's regions (le Faso, Belgian unions, Chadian and Ivorian parties). Every
sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder

WRITTEN = WrittenSet(NEWS / "written-3.fr.jsonl", "fr", (5, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.569 (precision 0.597, recall 0.544) at main b7a6cef; 0.585 with
# the gold corrected to the sets' rules (README); 0.682 at the commit that added this
# test: the floors sit a little under it
F1_FLOOR = 0.7
PRECISION_FLOOR = 0.72
RECALL_FLOOR = 0.68


_code = coder("fr", "2025-06-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.mode, e.source.country, e.source.sector, e.target.country if e.target else None, e.modality) for e in events]


def _pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == event_type}


def _sides(events: list[Event], event_type: str) -> set[tuple[str | None, ...]]:
    return {tuple(sorted((e.source.country or "", e.target.country if e.target and e.target.country else ""))) for e in events if e.event_type == event_type}


def test_the_third_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 5 to 10 story sentences after a headline, each
    gold event's evidence taken from its text, with a CAMEO code and a PLOVER type."""
    WRITTEN.check_format()


def test_the_third_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- agreements signed in the passive


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le président Lula a reçu lundi à Brasilia son homologue chilien Gabriel Boric. "
         "Quatorze accords de coopération ont été signés en leur présence.", ("BRA", "CHL")),
        ("Le ministre kényan des Affaires étrangères s'est entretenu mardi à Addis-Abeba avec son homologue éthiopien. "
         "Un mémorandum d'entente sur l'interconnexion électrique a également été paraphé.", ("ETH", "KEN")),
    ],
)
def test_an_agreement_signed_in_the_passive_binds_the_articles_pair(text, pair):
    """Protocol copy states the signing without its signatories; after a visit or a
    meeting of two parties, they are that pair, as "les deux pays" would name them."""
    events = _code(text)
    assert pair in _sides(events, "AGREE"), _listing(events)


def test_a_passive_signing_in_an_article_about_no_pair_names_no_one():
    events = _code("Un mémorandum d'entente a été signé mardi à Dakar.")
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


# ---------------------------------------------------------------- a treaty denounced


@pytest.mark.parametrize(
    "text",
    [
        "Le leader de l'opposition mauricienne a dénoncé un accord « négocié dans l'opacité ».",
        "Des militants indépendantistes ont dénoncé l'accord signé avec Paris.",
        "Le parti d'opposition arménien a dénoncé le traité de paix conclu avec Bakou.",
    ],
)
def test_a_treaty_denounced_by_opponents_or_militants_is_criticism(text):
    """Only a state is party to a treaty and can withdraw from it ("dénoncer un accord",
    the legal sense); an opposition leader, militants or a party criticise it."""
    events = _code(text)
    assert [e.event_type for e in events] == ["ACCUSE"], _listing(events)


def test_a_treaty_denounced_by_a_state_is_still_a_withdrawal():
    events = _code("Le Niger a dénoncé l'accord de coopération militaire avec les Etats-Unis.")
    assert ("NER", "USA") in _pairs(events, "SANCTION"), _listing(events)


# ---------------------------------------------------------------- insults


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le gouvernement de Nicolás Maduro a qualifié la frappe américaine d'« exécution extrajudiciaire ».", ("VEN", "USA")),
        ("Alger a qualifié la décision de Paris d'« humiliante ».", ("DZA", "FRA")),
        ("Le Premier ministre malien a qualifié d'« arbitraires » les sanctions de la Cédéao.", ("MLI", "IGO")),
    ],
)
def test_qualifying_a_deed_with_an_insult_is_criticism(text, pair):
    events = _code(text)
    assert pair in _pairs(events, "ACCUSE"), _listing(events)


# ---------------------------------------------------------------- aid flown in, promised, bases handed over


def test_a_plane_landing_with_relief_goods_delivers_aid():
    events = _code("Un avion de l'armée marocaine a atterri samedi à Nouakchott avec 30 tonnes de vivres et de médicaments.")
    assert ("MAR", "MRT") in _pairs(events, "AID"), _listing(events)
    assert not [e for e in events if e.event_type == "CONSULT"], _listing(events)


def test_a_minister_landing_is_still_a_visit():
    events = _code("Le ministre kényan des Affaires étrangères a atterri lundi à Addis-Abeba.")
    assert ("KEN", "ETH") in _pairs(events, "CONSULT"), _listing(events)


def test_an_airlift_announced_is_aid_promised():
    """GUIDELINES: announced aid is AGREE intended."""
    events = [e for e in _code("L'Algérie a annoncé l'envoi d'un pont aérien au Niger.") if e.event_type == "AGREE"]
    assert [(e.source.country, e.target.country if e.target else None, e.modality) for e in events] == [("DZA", "NER", "intended")], _listing(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("L'armée française a remis jeudi au Sénégal le camp de Ouakam.", ("FRA", "SEN")),
        ("La France a rétrocédé vendredi la base de Kossei au Tchad.", ("FRA", "TCD")),
    ],
)
def test_a_base_handed_over_on_leaving_is_a_withdrawal(text, pair):
    events = _code(text)
    assert pair in _pairs(events, "RETREAT"), _listing(events)


# ---------------------------------------------------------------- attacks named by their doer's noun only


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        ("Au moins douze soldats ont été tués dimanche dans une attaque de jihadistes près de Djibo.", ("BFA", "REB"), "BFA"),
        ("Quinze civils ont été tués lundi lors d'une attaque des miliciens de la CODECO contre un site de déplacés en Ituri.", ("COD", "REB"), "COD"),
    ],
)
def test_victims_of_an_attack_named_with_its_doer_give_that_doer(text, doer, victims):
    """"ont été tués lors d'une attaque des miliciens de X": the attack noun names the
    doer, so the event is no longer one without a doer."""
    events = [e for e in _code(text) if e.event_type == "ASSAULT"]
    assert [((e.source.country, e.source.sector), e.target.country if e.target else None) for e in events] == [(doer, victims)], _listing(events)


def test_a_condemnation_of_that_attack_answers_its_doer():
    events = _code("Quinze civils ont été tués lundi lors d'une attaque des miliciens de la CODECO contre un site de déplacés en Ituri. "
                   "La MONUSCO a condamné cette attaque.")
    assert ("UNO", "COD") in _pairs(events, "ACCUSE"), _listing(events)


def test_victims_of_an_ambush_with_no_doer_named_keep_an_unknown_doer():
    events = [e for e in _code("Trois soldats ont été tués dans une embuscade près de Gao.") if e.event_type == "ASSAULT"]
    assert [e.source.country for e in events] == [None], _listing(events)


# ---------------------------------------------------------------- measures lifted, force used, sanctions promised


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Le Conseil de paix et de sécurité de l'Union africaine a levé mercredi la suspension du Gabon.", "GAB"),
        ("La Cédéao a levé la suspension de la Guinée.", "GIN"),
    ],
)
def test_a_suspension_lifted_from_a_state_readmits_that_state(text, target):
    events = [e for e in _code(text) if e.event_type == "CONCEDE"]
    assert [e.target.country if e.target else None for e in events] == [target], _listing(events)


def test_the_police_making_use_of_tear_gas_is_crowd_control():
    events = _code("Des milliers de manifestants se sont rassemblés à Nairobi. Les policiers ont fait usage de gaz lacrymogènes contre la foule.")
    assert [(e.mode, e.source.country, e.source.sector) for e in events if e.event_type == "ASSAULT"] == [("crowd-control", "KEN", "COP")], _listing(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("L'Union européenne a promis de nouvelles sanctions contre la Russie.", ("EUR", "RUS")),
        ("Le Royaume-Uni a promis des sanctions sévères à l'Iran.", ("GBR", "IRN")),
    ],
)
def test_sanctions_promised_to_someone_are_a_threat(text, pair):
    events = _code(text)
    assert pair in _pairs(events, "THREATEN"), _listing(events)
    assert not [e for e in events if e.event_type == "AGREE"], _listing(events)


def test_sanctions_promised_lifted_stay_an_intent_to_ease_them():
    events = _code("Washington a promis la levée des sanctions contre la Syrie.")
    assert [e.event_type for e in events] == ["AGREE"], _listing(events)


def test_recalling_ones_own_after_anothers_ambassador_is_a_recall():
    events = _code("Le Mali a rappelé son ambassadeur à Alger, et l'Algérie a rappelé le sien à Bamako.")
    assert {("MLI", "DZA"), ("DZA", "MLI")} <= _pairs(events, "SANCTION"), _listing(events)


# ---------------------------------------------------------------- actors of the set's regions


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("La FGTB a rejeté l'offre du gouvernement belge.", "REJECT", ("BEL", "LAB")),
        ("Les Transformateurs ont dénoncé l'arrestation de leur président.", "ACCUSE", ("TCD", "PTY")),
        ("Le PDCI a dénoncé l'exclusion de son candidat.", "ACCUSE", ("CIV", "PTY")),
        ("Des soldats ont attaqué la présidence du Faso.", "ASSAULT", ("BFA", "MIL")),
    ],
)
def test_parties_unions_and_the_faso_are_known(text, event_type, source):
    events = [e for e in _code(text) if e.event_type == event_type]
    assert [(e.source.country, e.source.sector) for e in events] == [source], _listing(events)

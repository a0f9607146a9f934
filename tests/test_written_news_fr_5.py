"""The fifth set of French articles written for the project
(tests/data/news/written-5.fr.jsonl: thirty outlets none of the earlier French sets used,
from Paris, Dakar, Ouagadougou, Algiers, Rabat, Tunis, Cairo, Tel Aviv, Kinshasa, Bangui,
N'Djamena, Nouakchott, Lomé, Moroni, Antananarivo, Port-Louis, Montreal, Namur, Lausanne,
Port-au-Prince, Phnom Penh, Nouméa, Beijing, Riyadh and Brittany), scored end to end
through ``chronicle eval``, and the classes its misses and false alarms showed: weapons
launched at a target after a word of time, fighters scrambled and units deployed,
batteries promised, a right to act kept in reserve, a call to a counterpart, a market
index that "cède", a threat aimed at the party of its condition clause, a protest whose
day the parse read as its object, and a participle coordinated under one auxiliary that
the parse hung on the noun before it. Every sentence here is written for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder, type_dyads

WRITTEN = WrittenSet(NEWS / "written-5.fr.jsonl", "fr", (7, 11), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.638 (precision 0.660, recall 0.618) at main b086755; 0.673
# (precision 0.681, recall 0.665) at the branch's last commit: the floors sit a little
# under it
F1_FLOOR = 0.66
PRECISION_FLOOR = 0.67
RECALL_FLOOR = 0.65


_code = coder("fr", "2025-10-15")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.modality) for e in events]


def test_the_fifth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 7 to 11 story sentences after a headline (the
    publication stamp counted), each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_fifth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- weapons launched at a target


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("L'Iran a lancé dimanche des missiles contre Israël.", ("IRN", "ISR")),
        ("Le Pakistan a lancé mardi des roquettes contre l'Afghanistan.", ("PAK", "AFG")),
    ],
)
def test_a_launch_after_a_day_at_a_named_target_is_an_assault(text, pair):
    """'des' read as a preposition and the day between verb and object: the 'contre'
    phrase hangs on the weapons, and names the one fired on (GUIDELINES)."""
    events = _code(text)
    assert pair in type_dyads(events, "ASSAULT"), _listing(events)


def test_a_launch_into_the_sea_stays_a_show_of_force():
    events = _code("La Corée du Nord a lancé jeudi des missiles balistiques en mer du Japon.")
    assert not type_dyads(events, "ASSAULT"), _listing(events)
    assert {s for s, _ in type_dyads(events, "MOBILIZE")} == {"PRK"}, _listing(events)


# ---------------------------------------------------------------- force posture


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("La Lituanie a fait décoller ses avions de chasse après une incursion de drones.", "LTU"),
        ("Le Bénin a déployé un bataillon supplémentaire dans le nord du pays.", "BEN"),
    ],
)
def test_fighters_scrambled_and_units_deployed_mobilize(text, country):
    events = _code(text)
    assert country in {s for s, _ in type_dyads(events, "MOBILIZE")}, _listing(events)


def test_an_airliner_taking_off_mobilizes_nothing():
    events = _code("L'avion du président sénégalais a décollé de Dakar dans la matinée.")
    assert not type_dyads(events, "MOBILIZE"), _listing(events)


def test_air_defence_batteries_promised_are_military_aid_intended():
    events = _code("Le Japon a promis deux batteries antiaériennes aux Philippines.")
    assert ("JPN", "PHL") in type_dyads(events, "AGREE"), _listing(events)
    assert any(e.cameo == "0332" for e in events if e.event_type == "AGREE"), _listing(events)


# ---------------------------------------------------------------- threats


def test_a_right_kept_in_reserve_is_a_threat():
    events = _code("Le Venezuela se réserve le droit de prendre toutes les mesures nécessaires face à la Guyana.")
    assert "VEN" in {s for s, _ in type_dyads(events, "THREATEN")}, _listing(events)


def test_a_bank_keeping_a_right_over_its_rates_threatens_no_one():
    events = _code("La banque centrale du Nigeria se réserve le droit de modifier ses taux.")
    assert not type_dyads(events, "THREATEN"), _listing(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le Kenya a menacé de fermer sa frontière si la Somalie ne retirait pas ses troupes.", ("KEN", "SOM")),
        ("Le ministre indien de la Défense a averti que l'armée agirait avec fermeté si le Pakistan ne cessait pas ses tirs.", ("IND", "PAK")),
    ],
)
def test_a_threat_is_aimed_at_the_party_of_its_condition(text, pair):
    events = _code(text)
    assert pair in type_dyads(events, "THREATEN"), _listing(events)


# ---------------------------------------------------------------- calls, markets, protests, coordination


def test_a_call_to_a_counterpart_is_a_phone_consultation():
    events = _code("Le président kényan William Ruto a appelé son homologue tanzanien, Samia Suluhu Hassan.")
    assert {("KEN", "TZA"), ("TZA", "KEN")} & type_dyads(events, "CONSULT"), _listing(events)


def test_a_counterpart_called_to_restraint_is_asked_not_called():
    events = _code("Le président kényan a appelé son homologue éthiopien à la retenue.")
    assert not type_dyads(events, "CONSULT"), _listing(events)
    assert ("KEN", "ETH") in type_dyads(events, "REQUEST"), _listing(events)


def test_an_index_that_cede_a_percentage_concedes_nothing():
    events = _code("La Bourse de Nairobi a clôturé en baisse, le NSE 20 cédant 1,2%.")
    assert not type_dyads(events, "CONCEDE"), _listing(events)


def test_a_protest_whose_day_the_parse_reads_as_object_is_coded():
    events = _code("Des centaines d'habitants de Niamey ont manifesté lundi pour réclamer l'accès à l'eau potable.")
    assert "NER" in {s for s, _ in type_dyads(events, "PROTEST")}, _listing(events)


def test_a_participle_coordinated_under_one_auxiliary_keeps_its_addressee():
    """"a condamné des « violations » du cessez-le-feu de juillet et demandé/acl(violations)
    au Soudan": the second participle is the auxiliary's, and so is its addressee."""
    events = _code("Le président tchadien a condamné des « violations flagrantes » du cessez-le-feu de juillet 2025 "
                   "et demandé au Soudan et à l'Egypte, garants de l'accord, de faire pression sur les rebelles.")
    assert {("TCD", "SDN"), ("TCD", "EGY")} <= type_dyads(events, "REQUEST"), _listing(events)


# ---------------------------------------------------------------- a messenger received


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le président ivoirien a reçu jeudi au palais présidentiel le ministre ghanéen de la Défense, "
         "porteur d'un message du président John Mahama.", ("GHA", "CIV")),
        ("Le Premier ministre éthiopien a reçu lundi le ministre somalien des Affaires étrangères, "
         "porteur d'une lettre du président Hassan Cheikh Mohamoud.", ("SOM", "ETH")),
    ],
)
def test_a_visitor_who_brings_a_message_is_received(text, pair):
    """Protocol copy names the envoy's errand in an apposition ("porteur d'un message
    de"): the message renames the guest, and is not what the host received (the host
    entry excludes a message received)."""
    events = _code(text)
    assert {pair, pair[::-1]} & type_dyads(events, "CONSULT"), _listing(events)


def test_a_message_received_is_no_meeting():
    events = _code("Le président ivoirien a reçu jeudi un message du président ghanéen.")
    assert not type_dyads(events, "CONSULT"), _listing(events)

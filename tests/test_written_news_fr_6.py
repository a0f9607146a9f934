"""The sixth set of French articles written for the project
(tests/data/news/written-6.fr.jsonl: twenty-nine articles in the styles of outlets none of
the earlier French sets used, from Algiers, Dakar, Kinshasa, Beirut, Rabat, Port-au-Prince,
Tunis, Niamey, Warsaw, Tehran, Douala, Manila, Khartoum, Ottawa, Belgrade, Conakry,
Yerevan, Bogotá, Antananarivo, Damascus, Tokyo, Mexico, Ouagadougou, Libreville, Bangkok,
Chisinau, Asmara, Cairo and Rabat's stadium), scored end to end through ``chronicle eval``,
and the classes its misses and false alarms showed: a place after the capital "A" written
without its accent, a date naming the accord an act is about, a border crossing ("point de
passage") blocked, neighbourhoods bombed after a word of time, a pair of "responsables",
and a name read as the rest of a weekday's. Every sentence here is written for these
tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from event_checks import coder, type_dyads
from written_sets import NEWS, WrittenSet

WRITTEN = WrittenSet(NEWS / "written-6.fr.jsonl", "fr", (6, 8), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.716 (precision 0.720, recall 0.712) at main 30da261, 0.735 on the
# corrected gold; 0.778 (precision 0.775, recall 0.780) at the branch's last commit: the
# floors sit a little under it
F1_FLOOR = 0.77
PRECISION_FLOOR = 0.77
RECALL_FLOOR = 0.77


_code = coder("fr", "2025-10-15")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.modality) for e in events]


def test_the_sixth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 6 to 8 story sentences after a headline (the
    publication stamp counted), each gold event's evidence taken from its text."""
    WRITTEN.check_format()


def test_the_sixth_written_set_reaches_its_floor_through_the_eval_command():
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- "A Paris," without its accent


@pytest.mark.parametrize(
    ("story", "country"),
    [
        ("Les autorités maliennes ont suspendu la délivrance des visas aux ressortissants français. "
         "A Paris, le porte-parole du gouvernement a appelé les autorités maliennes à revenir sur leur décision.", "FRA"),
        ("Le gouvernement nigérien a expulsé deux diplomates béninois. "
         "A Cotonou, le porte-parole du gouvernement a appelé les autorités nigériennes à revenir sur leur décision.", "BEN"),
    ],
)
def test_an_official_speaking_after_an_unaccented_a_belongs_to_that_place(story, country):
    """AFP-style copy writes "A Paris" for "À Paris": the place is the sentence's, and an
    official named by a title alone is of its country, not of the country the article is about."""
    events = _code("Crise diplomatique\n\n" + story)
    assert country in {s for s, _ in type_dyads(events, "REQUEST")}, _listing(events)


def test_a_verb_a_is_no_preposition():
    events = _code("Le Nigeria a Abuja pour capitale. Le Nigeria a appelé le Niger à rouvrir sa frontière.")
    assert ("NGA", "NER") in type_dyads(events, "REQUEST"), _listing(events)


# ---------------------------------------------------------------- the date of the thing acted on


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le président Félix Tshisekedi a dénoncé une violation de l'accord de paix de juin 2023 et a exhorté "
         "l'Angola à convoquer un sommet.", ("COD", "AGO")),
        ("Le gouvernement somalien a dénoncé le non-respect du mémorandum de janvier 2024 et a appelé l'Ethiopie "
         "à retirer ses troupes.", ("SOM", "ETH")),
    ],
)
def test_a_date_naming_the_accord_does_not_make_the_act_background(text, pair):
    """A date that qualifies the accord a violation is of says which accord; the
    denunciation and the appeal are today's news (GUIDELINES: background is an act
    dated over a year before publication)."""
    events = _code(text, "2025-11-20")
    assert pair in type_dyads(events, "REQUEST"), _listing(events)


def test_an_act_dated_long_ago_is_still_background():
    events = _code("En mars 2023, le Kenya a exhorté l'Ethiopie à retirer ses troupes.", "2025-11-20")
    assert ("KEN", "ETH") not in type_dyads(events, "REQUEST"), _listing(events)


# ---------------------------------------------------------------- blockades, bombing, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Des agriculteurs roumains bloquent depuis mardi le point de passage de Siret avec leurs tracteurs.",
        "Des camionneurs kényans ont bloqué le terminal de Malaba pour protester contre les taxes ougandaises.",
    ],
)
def test_a_crossing_or_a_terminal_blocked_by_civilians_is_an_obstruction(text):
    events = _code(text)
    assert any(e.event_type == "PROTEST" and e.cameo == "144" for e in events), _listing(events)


def test_a_pass_bill_blocked_is_no_street_obstruction():
    events = _code("Les sénateurs ont bloqué l'examen du texte en commission.")
    assert not any(e.event_type == "PROTEST" for e in events), _listing(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Les FSR ont bombardé mardi des quartiers d'El-Obeid.", ("SDN", "SDN")),
        ("L'armée russe a pilonné dimanche des quartiers de Kherson.", ("RUS", "UKR")),
    ],
)
def test_neighbourhoods_bombed_after_a_day_strike_the_place(text, pair):
    """'des' read as a preposition after the day: the neighbourhoods are still the object,
    and their town says whom the attack strikes."""
    events = _code(text)
    assert pair in type_dyads(events, "ASSAULT"), _listing(events)


def test_two_officials_met_with_a_third_are_the_two_named_before():
    """'Les deux responsables' stands for the two who met, as 'les deux ministres' does."""
    events = _code("Le ministre égyptien des Affaires étrangères, Badr Abdelatty, et le chef de la diplomatie turque, "
                   "Hakan Fidan, se sont entretenus mardi au Caire. Les deux responsables ont ensuite rencontré "
                   "l'envoyé américain Steve Witkoff.")
    consults = type_dyads(events, "CONSULT")
    assert {("EGY", "USA"), ("USA", "EGY")} & consults, _listing(events)
    assert {("TUR", "USA"), ("USA", "TUR")} & consults, _listing(events)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le Qatar et l'Egypte ont exhorté mercredi Israël à rouvrir le point de passage.", ("QAT", "ISR")),
        ("Le Premier ministre indien a appelé jeudi Islamabad à démanteler les camps.", ("IND", "PAK")),
    ],
)
def test_a_name_after_a_weekday_is_the_object(text, pair):
    """The model reads 'mercredi Israël' as one name (flat:name): the name is the verb's object."""
    events = _code(text)
    assert pair in type_dyads(events, "REQUEST"), _listing(events)


def test_officials_counted_are_no_pair():
    """Without 'les', 'deux responsables' counts people acted on, not two parties named before."""
    events = _code("Le Kenya et l'Ouganda ont signé un accord. La police a arrêté deux responsables du parti d'opposition à Kampala.")
    assert ("UGA", "UGA") in type_dyads(events, "COERCE"), _listing(events)


# ---------------------------------------------------------------- measures lifted


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("La Cédéao a levé les dernières restrictions imposées au Burkina Faso.", ("IGO", "BFA")),
        ("L'Union africaine a levé la suspension imposée au Gabon.", ("IGO", "GAB")),
    ],
)
def test_a_measure_lifted_concedes_to_whom_it_was_imposed_on(text, pair):
    """The participle that describes the measure names the one it weighed on."""
    events = _code(text)
    assert pair in type_dyads(events, "CONCEDE") | type_dyads(events, "RETREAT"), _listing(events)

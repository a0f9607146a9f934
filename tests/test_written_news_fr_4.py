"""The fourth set of French articles written for the project
(tests/data/news/written-4.fr.jsonl: outlets none of the earlier French sets used, from
Dakar, Ouagadougou, Bamako, N'Djamena, Kinshasa, Brazzaville, Yaoundé, Libreville,
Cotonou, Djibouti, Rabat, Tunis, Beirut, Montreal, Ottawa, Geneva, Brussels,
Luxembourg, Bordeaux, Papeete, Port-au-Prince, Kyiv, Baku, the Vatican, Beijing and
Casablanca), scored end to end through ``chronicle eval``, and the classes its misses
and false alarms showed: border and port closures, withdrawals from a court or its
statute, appeals for a release, derision in "qualifier de", ordinary senses of
sanctionner, menacer and attaquer (markets, trends, sport), regional lenders, parties
and unions, a title whose one holder the article named, home bodies of a dateline's
country, and the own government of a party or a union. Every sentence here is written
for these tests."""

from __future__ import annotations

import re

import pytest

from chronicle.model import Event
from written_sets import NEWS, WrittenSet
from event_checks import coder, type_dyads

WRITTEN = WrittenSet(NEWS / "written-4.fr.jsonl", "fr", (5, 10), re.compile(r"[.!?][\"”»]?(?:\s|$)"))
# first scored unseen at 0.562 (precision 0.577, recall 0.547) at main 5208008; 0.644
# (precision 0.654, recall 0.635) at the branch's last commit: the floors sit a
# little under it
F1_FLOOR = 0.66
PRECISION_FLOOR = 0.67
RECALL_FLOOR = 0.65


_code = coder("fr", "2025-06-12")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.source.sector, e.target.country if e.target else None, e.modality) for e in events]



def test_the_fourth_written_set_is_whole_articles_in_the_gold_format():
    """At least 24 French articles of 5 to 10 story sentences after a headline, each
    gold event's evidence taken from its text, with a CAMEO code and a PLOVER type."""
    WRITTEN.check_format()


def test_the_fourth_written_set_reaches_its_floor_through_the_eval_command():
    """``chronicle eval --format json`` on the set: the coder sees each article's id and
    text only, as in every gold evaluation."""
    WRITTEN.check_floors(F1_FLOOR, PRECISION_FLOOR, RECALL_FLOOR)


# ---------------------------------------------------------------- border and port closures


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Le gouvernement guinéen a ordonné vendredi la fermeture de sa frontière avec la Sierra Leone.", ("GIN", "SLE")),
        ("L'Ouganda a fermé jeudi sa frontière avec le Soudan du Sud après des affrontements.", ("UGA", "SSD")),
        ("L'Algérie a fermé ses ports aux navires marocains.", ("DZA", "MAR")),
    ],
)
def test_a_border_or_port_closed_to_a_neighbour_restricts_movement(text, pair):
    """CAMEO 191 (COERCE restrict), as closed airspace: the written sets code a border
    closure so, where the lexicon said SANCTION 160."""
    events = _code(text)
    assert pair in type_dyads(events, "COERCE"), _listing(events)
    assert not type_dyads(events, "SANCTION"), _listing(events)


def test_a_reopening_demanded_is_no_closure():
    events = _code("Le Bénin a appelé mardi le Niger à rouvrir la frontière commune.")
    assert not type_dyads(events, "COERCE"), _listing(events)
    assert ("BEN", "NER") in type_dyads(events, "REQUEST"), _listing(events)


# ---------------------------------------------------------------- leaving a court or its statute


@pytest.mark.parametrize(
    "text",
    [
        "Le Burundi a annoncé lundi son retrait du Statut de Rome.",
        "Le Venezuela a annoncé vendredi son retrait de la Cour pénale internationale.",
    ],
)
def test_a_state_leaving_the_icc_or_its_statute_withdraws_from_the_court(text):
    """CAMEO 166 (SANCTION withdraw); the Rome Statute names the court, and a statute
    withdrawn is no concession on a bill (CAMEO 0832)."""
    events = _code(text)
    withdrawals = [e for e in events if e.event_type == "SANCTION"]
    assert withdrawals and withdrawals[0].target is not None and withdrawals[0].target.country == "IGO", _listing(events)
    assert not [e for e in events if e.event_type == "CONCEDE"], _listing(events)


def test_a_bill_withdrawn_is_still_a_concession():
    events = _code("Le gouvernement sénégalais a annoncé le retrait du projet de loi sur la presse.")
    assert not [e for e in events if e.event_type == "SANCTION"], _listing(events)


# ---------------------------------------------------------------- an appeal for a release


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le pape Léon XIV a lancé dimanche un appel à la libération des religieuses enlevées au Nigeria.", "VAT"),
        ("L'ONU a lancé mardi un appel pour la libération des otages détenus au Sahel.", "UNO"),
        ("Reporters sans frontières a renouvelé son appel à la libération des journalistes emprisonnés au Burundi.", "NGO"),
    ],
)
def test_an_appeal_for_a_release_is_a_demand_and_no_release(text, source):
    """CAMEO 1053 (REQUEST yield): the appeal has an addressee or none (GUIDELINES: an
    appeal that names none has a null target); the release it asks for has not happened."""
    events = _code(text)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and requests[0].source.country == source and requests[0].cameo == "1053", _listing(events)
    assert not [e for e in events if e.event_type == "RETREAT"], _listing(events)


# ---------------------------------------------------------------- derision in "qualifier de"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le député russe a qualifié la réaction de Tbilissi d'« hystérie ».", "RUS"),
        ("Le gouvernement malien a qualifié ces accusations de « fantaisistes ».", "MLI"),
        ("Le ministre vénézuélien a qualifié les propos du président colombien de « délirants ».", "VEN"),
    ],
)
def test_a_derisive_qualification_is_a_criticism(text, source):
    events = _code(text)
    assert [e for e in events if e.event_type == "ACCUSE" and e.source.country == source], _listing(events)


# ---------------------------------------------------------------- ordinary senses


@pytest.mark.parametrize(
    "text",
    [
        "Les investisseurs ont sanctionné les résultats semestriels de la Sonatel à la Bourse régionale d'Abidjan.",
        "L'arbitre a sanctionné une faute du défenseur camerounais.",
        "Selon un économiste, la hausse des taux menace la reprise de l'investissement au Kenya.",
        "La sécheresse menace les récoltes dans le sud de Madagascar.",
        "Menés au score, les Lions de l'Atlas ont attaqué sans relâche en seconde période.",
    ],
)
def test_market_weather_and_sport_senses_code_nothing(text):
    events = _code(text)
    assert not [e for e in events if e.event_type in ("SANCTION", "THREATEN", "ASSAULT", "PROTEST")], _listing(events)


def test_a_state_that_sanctions_another_still_does():
    events = _code("L'Union européenne a sanctionné mardi trois responsables iraniens.")
    assert ("EUR", "IRN") in type_dyads(events, "SANCTION"), _listing(events)


def test_a_state_that_threatens_another_still_does():
    events = _code("Le président vénézuélien a menacé le Guyana de représailles.")
    assert ("VEN", "GUY") in type_dyads(events, "THREATEN"), _listing(events)


# ---------------------------------------------------------------- regional lenders, parties and unions


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("La Banque ouest-africaine de développement a accordé un prêt de 30 milliards de francs CFA au Togo.", ("IGO", "West African Development Bank"), "TGO"),
        ("La Banque islamique de développement a accordé un prêt de 200 millions de dollars au Sénégal.", ("IGO", "Islamic Development Bank"), "SEN"),
    ],
)
def test_a_regional_lender_is_an_intergovernmental_body(text, source, target):
    events = _code(text)
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and (aid[0].source.country, aid[0].source.name) == source and aid[0].target.country == target, _listing(events)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("L'UGTT a menacé d'appeler à une grève générale contre le gouvernement de Kaïs Saïed.", ("TUN", "LAB")),
        ("Le Front pour le salut national du Cameroun a dénoncé l'arrestation de ses militants à Garoua.", ("CMR", "PTY")),
        ("L'ADR a critiqué la décision du gouvernement luxembourgeois.", ("LUX", "PTY")),
        ("La Coordination rurale a appelé le gouvernement français à rejeter l'accord avec le Mercosur.", ("FRA", "LAB")),
    ],
)
def test_parties_and_unions_of_the_sets_regions_act_for_their_country(text, actor):
    events = _code(text)
    assert [e for e in events if (e.source.country, e.source.sector) == actor], _listing(events)


# ---------------------------------------------------------------- a title whose one holder the article named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nouakchott, 4 mars (AMI) - Le président de la République, Mohamed Ould Cheikh El Ghazouani, a reçu lundi le ministre "
         "sénégalais des Affaires étrangères. Le ministre sénégalais a salué la coopération entre les deux pays. "
         "Le chef de l'Etat a par ailleurs condamné les attaques contre les navires marchands en mer Rouge.", "Mohamed Ould Ghazouani"),
        ("Le président de la République, Alassane Ouattara, a reçu mardi à Abidjan le ministre ghanéen des Affaires étrangères, "
         "porteur d'un message du président ghanéen. Le chef de l'Etat a ensuite condamné l'attaque contre un poste militaire au Burkina Faso.",
         "Alassane Ouattara"),
    ],
)
def test_a_bare_title_is_the_holder_the_article_named(text, name):
    """"Le chef de l'Etat" after the head of state was named is that person, though
    the visitor's country is named more often."""
    events = _code(text)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].source.name == name, _listing(events)


# ---------------------------------------------------------------- home bodies and their own government


def test_opposition_deputies_are_of_the_datelines_country():
    events = _code(
        "NIAMEY, 5 mai (ANP) - Le gouvernement nigérien a signé un accord avec le Bénin sur le corridor pétrolier, "
        "selon le ministre béninois de l'Energie et son homologue du Bénin. "
        "Des députés de l'opposition ont toutefois dénoncé un accord « signé dans l'opacité »."
    )
    deputies = [e for e in events if e.source.sector == "LEG"]
    assert deputies and {e.source.country for e in deputies} == {"NER"}, _listing(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("La Suisse a conclu un accord avec le Mercosur. Les Vert-e-s ont reproché au gouvernement d'avoir négocié dans l'opacité.", "CHE"),
        ("Le Portugal a reconnu l'Etat de Palestine à New York. Le parti Chega a reproché au gouvernement d'avoir agi seul.", "PRT"),
    ],
)
def test_a_party_reproaches_its_own_government(text, country):
    """"Le gouvernement" a party, a union or citizens act on is their own state's, not
    that of the country named last."""
    events = _code(text)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and accusations[-1].target is not None and accusations[-1].target.country == country, _listing(events)


# ---------------------------------------------------------------- "le royaume", "l'émirat" alone


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Les ministres libanais et syrien ont signé à Djeddah un accord sous l'égide de l'Arabie saoudite. "
         "Le président libanais a remercié le royaume pour sa médiation.", ("LBN", "SAU")),
        ("Le Qatar a accueilli les pourparlers entre le Rwanda et la RDC. Le président congolais a remercié l'émirat pour ses efforts.",
         ("COD", "QAT")),
        ("Le roi Abdallah II a reçu le président syrien à Amman. Le président syrien a salué le rôle du royaume dans l'accueil des réfugiés.",
         ("SYR", "JOR")),
    ],
)
def test_the_kingdom_or_the_emirate_alone_is_the_monarchy_the_article_named(text, pair):
    events = _code(text)
    assert pair in type_dyads(events, "SUPPORT"), _listing(events)

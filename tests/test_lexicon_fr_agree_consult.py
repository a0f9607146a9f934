"""French agreements, intents, consultations and diplomatic cooperation as news
writes them (CAMEO 03-06; PLOVER AGREE, CONSULT, SUPPORT), widened by class
(issue 11).

Every sentence is written for this test, about many regions, and coded by the
real French pipeline. Classes (see the entries' ``source`` and the frames'
``reason`` in packs/fr):

* agreements concluded by verb (frame ``agreement``): conclure, sceller,
  entériner, finaliser, décrocher, valider, approuver, adopter une feuille de
  route, 's'accorder sur', 'tomber d'accord'; a participle on the agreement noun
  ('l'accord conclu par X avec Y', 'l'accord conclu entre X et Y') names the
  parties; the nominal 'la signature d'un accord entre X et Y';
* visits stated or expected: 'X est en visite à Y' (the copular noun's
  subject), 'X est attendu à Y', 'son intention de se rendre à Y', 'conduire une
  délégation en Y'; invitations ('inviter X à effectuer une visite');
* meetings named by their participants: 'la conférence a réuni X, Y et Z', 'X,
  Y et Z ont tenu une réunion trilatérale' (one event per pair);
* a common noun is never a country: 'la réunion des ministres' is no Réunion.

Each class has ordinary senses that must code nothing.
"""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


def pairs(events: list[Event], event_type: str) -> set[frozenset[str | None]]:
    """The unordered country pairs of every event of ``event_type`` (AGREE, CONSULT
    and COOPERATE are scored order-insensitive)."""
    return {frozenset({e.source.country, e.target.country if e.target else None}) for e in events if e.event_type == event_type}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


# ------------------------------------------------------------ agreements concluded, by verb


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Le Tchad a conclu avec la Russie un accord de coopération militaire.", ("TCD", "RUS")),
        ("L'Arménie et l'Azerbaïdjan ont scellé un accord de paix à la Maison Blanche.", ("ARM", "AZE")),
        ("Le Parlement ghanéen a entériné l'accord de défense avec les Etats-Unis.", ("GHA", "USA")),
        ("Le gouvernement colombien a décroché un accord avec l'ELN.", ("COL", "COL")),
        ("Le Soudan et le Soudan du Sud ont adopté une feuille de route pour Abyei.", ("SDN", "SSD")),
        ("Le Parlement kényan a approuvé l'accord de défense avec le Royaume-Uni.", ("KEN", "GBR")),
        ("Les Etats-Unis et la Chine se sont accordés sur une trêve commerciale.", ("USA", "CHN")),
        ("Séoul et Tokyo sont tombés d'accord sur l'indemnisation des travailleurs forcés.", ("KOR", "JPN")),
    ],
)
def test_an_agreement_concluded_by_any_verb_of_the_press_is_an_agree(text, parties):
    assert pair(*parties) in pairs(code(text), "AGREE")


def test_a_participle_on_the_agreement_names_its_parties_after_par_and_avec():
    events = code("L'accord conclu mardi par l'Ukraine avec les Etats-Unis porte sur les minerais.")
    assert pairs(events, "AGREE") == {pair("UKR", "USA")}


def test_an_agreement_welcomed_by_a_third_party_is_both_the_praise_and_the_agreement():
    events = code("Washington a salué l'accord conclu entre l'Arménie et l'Azerbaïdjan.")
    assert pairs(events, "AGREE") == {pair("ARM", "AZE")}
    assert pairs(events, "SUPPORT") == {pair("USA", "ARM"), pair("USA", "AZE")}


def test_the_signing_of_an_agreement_names_the_parties_hung_on_the_agreement_not_the_host():
    events = code("La signature d'un accord entre le Mali et l'Algérie a eu lieu à Alger.")
    assert pairs(events, "AGREE") == {pair("MLI", "DZA")}


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport conclut que la France a manqué à ses obligations au Niger.",
        "Le président sénégalais a décroché son téléphone pour appeler le président gambien.",
        "Les experts s'accordent à dire que la croissance ralentira au Sénégal.",
        "Le président ukrainien a signé un autographe pour un soldat polonais.",
        "Il a reçu un prix à Stockholm.",
        "Le traité de Versailles a redessiné la carte de l'Europe après la guerre.",
        "Le président polonais a comparé l'accord conclu à Minsk au traité de Versailles.",
        "La police a bouclé le quartier de Matongé à Bruxelles.",
    ],
)
def test_ordinary_senses_of_the_agreement_verbs_code_no_agreement(text):
    assert pairs(code(text), "AGREE") == set()


# ------------------------------------------------------------ visits stated, expected or intended


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Le président libérien est en visite officielle en Sierra Leone depuis lundi.", ("LBR", "SLE")),
        ("Le ministre algérien des Affaires étrangères est en visite de travail à Tunis.", ("DZA", "TUN")),
    ],
)
def test_a_visitor_stated_as_the_subject_of_en_visite_is_a_visit(text, parties):
    events = code(text)
    assert pairs(events, "CONSULT") == {pair(*parties)}
    assert [e.mode for e in events if e.event_type == "CONSULT"] == ["visit"]


def test_a_visit_expected_is_an_intent_to_meet_with_the_host_of_the_place():
    events = code("Le chef de la diplomatie chinoise est attendu lundi à Pretoria.")
    assert pairs(events, "AGREE") == {pair("CHN", "ZAF")}


def test_an_announced_intention_to_travel_is_an_intent_to_meet_the_host():
    events = code("Le président angolais a annoncé son intention de se rendre à Kinshasa.")
    assert pairs(events, "AGREE") == {pair("AGO", "COD")}


def test_a_delegation_led_to_a_country_is_a_visit_planned():
    events = code("Le vice-Premier ministre chinois conduira une délégation au Brésil la semaine prochaine.")
    assert pairs(events, "AGREE") == {pair("CHN", "BRA")}


def test_an_invitation_to_visit_is_an_intent_to_meet():
    events = code("Le président kényan a invité son homologue ougandais à effectuer une visite à Nairobi.")
    assert pairs(events, "AGREE") == {pair("KEN", "UGA")}


@pytest.mark.parametrize(
    "text",
    [
        "L'Union africaine a invité les belligérants à la retenue.",
        "Le Mali attend une réponse de l'Algérie à sa demande.",
        "Les résultats du scrutin sont attendus à Dakar dans la soirée.",
    ],
)
def test_appeals_and_awaited_answers_are_no_intent_to_meet(text):
    assert pairs(code(text), "AGREE") == set()


# ------------------------------------------------------------ meetings named by their participants


def test_a_conference_that_brought_three_countries_together_is_one_consult_per_pair():
    events = code("La conférence a réuni le Maroc, l'Espagne et le Portugal.")
    assert pairs(events, "CONSULT") == {pair("MAR", "ESP"), pair("MAR", "PRT"), pair("ESP", "PRT")}


def test_a_trilateral_meeting_held_by_three_countries_is_one_consult_per_pair():
    events = code("Le Brésil, l'Inde et l'Afrique du Sud ont tenu une réunion trilatérale en marge de l'Assemblée générale.")
    assert pairs(events, "CONSULT") == {pair("BRA", "IND"), pair("BRA", "ZAF"), pair("IND", "ZAF")}


def test_gathering_evidence_is_no_meeting():
    assert code("La police a réuni des preuves contre l'ancien ministre.") == []


# ------------------------------------------------------------ a common noun is no country


def test_a_meeting_of_ministers_is_not_the_island_of_la_reunion():
    events = code("Le ministre des Affaires étrangères doit se rendre à Bruxelles afin d'assister à la réunion des ministres de l'Otan.")
    assert all("REU" not in {e.source.country, e.target.country if e.target else None} for e in events)


def test_a_meeting_opening_a_sentence_is_not_the_island_of_la_reunion_either():
    events = code("La réunion trilatérale entre la Turquie, la Russie et l'Iran s'est tenue mardi à Astana.")
    assert pairs(events, "CONSULT") == {pair("TUR", "RUS"), pair("TUR", "IRN"), pair("RUS", "IRN")}


# ------------------------------------------------------------ planned meetings of three or more (AGREE intended, one per pair)


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Les ministres des Affaires étrangères sud-coréen, chinois et japonais doivent se réunir samedi à Busan.", ("KOR", "CHN", "JPN")),
        ("Séoul, Pékin et Tokyo organiseront un sommet trilatéral en mai.", ("KOR", "CHN", "JPN")),
        ("Les chefs de la diplomatie de l'Inde, des Etats-Unis et du Japon tiendront une réunion trilatérale à Washington.", ("IND", "USA", "JPN")),
    ],
)
def test_a_planned_trilateral_meeting_is_one_intended_agreement_per_pair(text, parties):
    a, b, c = parties
    events = code(text)
    assert pairs(events, "AGREE") == {pair(a, b), pair(a, c), pair(b, c)}
    assert {e.modality for e in events} == {"intended"}


def test_a_trilateral_meeting_of_ministers_listed_after_de_names_the_first_country_too():
    events = code("Une réunion trilatérale des ministres des Affaires étrangères du Japon, de la Chine et de la Corée du Sud est prévue à Tokyo.")
    assert {pair("JPN", "CHN"), pair("JPN", "KOR")} <= pairs(events, "AGREE")


# ------------------------------------------------------------ travellers named by a pronoun or conjugated with être


def test_a_pronoun_subject_of_a_reflexive_verb_is_the_speaker_or_the_last_actor():
    # fr_core_news_md labels the "il" of "il se rendrait" expl:subj, as if impersonal
    assert pairs(code("Pedro Sanchez a annoncé qu'il se rendrait en Chine en avril."), "AGREE") == {pair("ESP", "CHN")}
    events = code("Le ministre kényan est arrivé lundi à Kigali. Il s'entretiendra aussi avec le président rwandais.")
    assert pairs(events, "CONSULT") == {pair("KEN", "RWA")}
    assert pairs(events, "AGREE") == {pair("KEN", "RWA")}


def test_an_impersonal_il_is_no_party():
    assert code("Il s'agit de la première visite d'un dirigeant étranger depuis des mois.") == []


def test_a_departure_said_of_today_is_a_trip_under_way_and_one_said_of_a_later_day_a_plan():
    today = code("Le ministre sud-africain des Affaires étrangères s'envole aujourd'hui pour Nairobi.")
    assert [(e.event_type, e.modality, e.mode) for e in today] == [("CONSULT", "actual", "visit")]
    later = code("Le ministre sud-africain des Affaires étrangères s'envole samedi pour Nairobi.")
    assert [(e.event_type, e.modality) for e in later] == [("AGREE", "intended")]


# ------------------------------------------------------------ summits named by a chain of hyphenated names


@pytest.mark.parametrize(
    "text",
    [
        "Le sommet trilatéral Séoul-Pékin-Tokyo se tiendra en mai.",
        "Le sommet trilatéral Chine-Japon-Corée du Sud aura lieu fin mai à Séoul.",
    ],
)
def test_a_summit_named_by_a_hyphenated_chain_of_three_countries_is_planned_between_each_pair(text):
    events = code(text)
    assert pairs(events, "AGREE") == {pair("KOR", "CHN"), pair("KOR", "JPN"), pair("CHN", "JPN")}
    assert pairs(events, "CONSULT") == set()


def test_two_part_hyphenated_names_stay_as_they_were():
    events = code("Le président de la Guinée-Bissau a rencontré le président sénégalais à Dakar.")
    assert pairs(events, "CONSULT") == {pair("GNB", "SEN")}


def test_a_summit_at_which_an_agreement_will_be_signed_is_that_planned_occasion_not_a_meeting_held():
    events = code("Les dirigeants sud-coréen, chinois et japonais signeront un accord lors du sommet trilatéral de Séoul.")
    assert pairs(events, "AGREE") == {pair("KOR", "CHN"), pair("KOR", "JPN"), pair("CHN", "JPN")}
    assert pairs(events, "CONSULT") == set()


def test_a_country_s_acronym_in_parentheses_does_not_end_a_list_of_counterparts():
    events = code("Le président angolais s'est entretenu avec ses homologues de la République démocratique du Congo (RDC), "
                  "du Rwanda et du Burundi.")
    assert pairs(events, "CONSULT") == {pair("AGO", "COD"), pair("AGO", "RWA"), pair("AGO", "BDI")}

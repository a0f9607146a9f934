"""French cooperation classes (CAMEO 03-09), fourth round of issue 11.

Every sentence is written for this test, about many countries, and coded by
the real French pipeline. Classes (see the entries' ``source`` in packs/fr and
``domestic_recipient`` of ACCUSE in ontology/data/plover.yaml):

* agreements as wire copy writes them beyond 'signer' and 'conclure': reached
  ('un accord est intervenu entre X et Y'), made official ('officialiser un
  partenariat'), joined ('rejoindre l'accord avec X'); the parties of an
  accepted truce are the sides, not the mediator after 'par';
* a truce that an agreement is for is part of that agreement, not a truce
  declared (CONCEDE) by whoever announces it;
* economic and military ties strengthened (COOPERATE 061/062), planned ones an
  intention (AGREE 031);
* inquiries (CAMEO 09): a state body's inquiry into unnamed conduct is of its
  own country; the results of an inquiry are no inquiry opened;
* a meeting named as a past landmark is background, not a meeting, and a
  private visit meets no host;
* phone calls named by a noun ('un appel téléphonique de / à X': CONSULT 041,
  no appeal); a mediation solicited (REQUEST 108 of the mediator);
* aid approved by a lender (AID 071, not praise); forces deployed within a
  peacekeeping or multinational mission (AID 074); a resignation under street
  pressure (CONCEDE 0831);
* ordinary senses ('rejoindre les rangs', 'officialiser une candidature',
  'l'armée est intervenue', ties that worsen) code nothing.
"""

from __future__ import annotations

from chronicle.model import Event
from event_checks import coder

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


def pairs(events: list[Event], event_type: str, polarity: str = "positive") -> list[tuple[str | None, str | None]]:
    """(source country, target country) of every event of ``event_type`` with ``polarity``."""
    return [(e.source.country, e.target.country if e.target else None)
            for e in events if e.event_type == event_type and e.polarity == polarity]  # fmt: skip


def unordered(events: list[Event], event_type: str) -> set[frozenset[str | None]]:
    return {frozenset(p) for p in pairs(events, event_type)}


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events if e.polarity == "positive"}


# ------------------------------------------------------------ agreements reached, made official, joined (AGREE)


def test_an_agreement_that_intervened_between_two_states_is_an_agreement():
    events = code("Un accord est intervenu mardi entre le Tchad et le Soudan sur la sécurité de leur frontière.")
    assert unordered(events, "AGREE") == {frozenset({"TCD", "SDN"})}


def test_a_partnership_made_official_is_an_agreement():
    events = code("Le Vietnam et les Etats-Unis ont officialisé un partenariat stratégique global.")
    assert unordered(events, "AGREE") == {frozenset({"VNM", "USA"})}


def test_joining_a_defence_agreement_with_named_parties_is_an_agreement_with_each():
    events = code("Le Mali a rejoint l'accord de coopération de défense avec le Niger et le Burkina Faso.")
    assert unordered(events, "AGREE") == {frozenset({"MLI", "NER"}), frozenset({"MLI", "BFA"})}


def test_an_accepted_truce_binds_the_sides_not_the_mediator():
    events = code("L'Arménie et l'Azerbaïdjan ont accepté un cessez-le-feu négocié par la Russie.")
    assert unordered(events, "AGREE") == {frozenset({"ARM", "AZE"})}


def test_ordinary_senses_of_the_new_agreement_verbs_code_nothing():
    assert "AGREE" not in types(code("Des centaines de jeunes Maliens ont rejoint les rangs des rebelles."))
    assert "AGREE" not in types(code("Le Conseil constitutionnel ivoirien a officialisé la candidature de l'ancien président."))
    assert "AGREE" not in types(code("L'armée congolaise est intervenue après l'accord entre les deux pays."))


# ------------------------------------------------------------ a truce an agreement is for (not CONCEDE)


def test_a_truce_an_announced_agreement_is_for_is_no_truce_declared_by_the_announcer():
    events = code("L'Egypte a annoncé un accord entre Israël et le Hamas pour une trêve à Gaza.")
    assert "CONCEDE" not in types(events)
    assert unordered(events, "AGREE") == {frozenset({"ISR", "PSE"})}


def test_a_truce_declared_by_one_side_is_still_a_concession():
    events = code("Les rebelles houthis ont annoncé une trêve unilatérale au Yémen.")
    assert "CONCEDE" in types(events)


# ------------------------------------------------------------ economic and military ties (COOPERATE 061/062)


def test_economic_ties_strengthened_are_economic_cooperation():
    events = code("Le Kenya et l'Inde ont renforcé leurs relations économiques.")
    assert unordered(events, "COOPERATE") == {frozenset({"KEN", "IND"})}
    assert {e.cameo for e in events if e.event_type == "COOPERATE"} == {"061"}


def test_military_ties_deepened_are_military_cooperation():
    events = code("Moscou et Pyongyang approfondissent leurs relations militaires.")
    assert {e.cameo for e in events if e.event_type == "COOPERATE"} == {"062"}


def test_economic_ties_one_means_to_strengthen_are_an_intention():
    events = code("Le Sénégal entend renforcer ses liens commerciaux avec la Chine.")
    assert pairs(events, "AGREE") == [("SEN", "CHN")]
    assert [e.modality for e in events if e.event_type == "AGREE"] == ["intended"]


def test_ties_that_worsen_are_no_cooperation():
    events = code("Les relations économiques entre la Chine et l'Australie se sont dégradées.")
    assert not {"COOPERATE", "AGREE"} & types(events)


# ------------------------------------------------------------ inquiries (ACCUSE investigate)


def test_an_army_inquiry_into_its_own_strike_is_of_its_own_country():
    events = code("L'armée nigériane a ouvert une enquête sur la frappe de drone qui a tué des civils.")
    assert pairs(events, "ACCUSE") == [("NGA", "NGA")]


def test_a_prosecutor_inquiry_for_corruption_with_no_one_named_is_of_its_own_country():
    events = code("Le parquet kényan a ouvert une enquête pour corruption.")
    assert pairs(events, "ACCUSE") == [("KEN", "KEN")]


def test_the_results_of_an_inquiry_shared_are_no_inquiry_opened():
    events = code("Le Canada a communiqué à l'Inde le résultat de son enquête sur l'assassinat d'un militant.")
    assert "ACCUSE" not in types(events)
    assert pairs(events, "COOPERATE") == [("CAN", "IND")]


# ------------------------------------------------------------ meetings as past landmarks (not CONSULT)


def test_a_meeting_named_as_a_past_landmark_is_background():
    events = code("Le président brésilien a reçu lundi le chancelier allemand à Brasilia. "
                  "Leur dernière rencontre remonte à avril à Berlin.")  # fmt: skip
    assert [e.sentence_index for e in events if e.event_type == "CONSULT"] == [0]


def test_a_private_visit_is_no_consultation():
    events = code("Le président gabonais se trouve actuellement à Madrid pour une visite privée.")
    assert "CONSULT" not in types(events)


# ------------------------------------------------------------ phone calls named by a noun (CONSULT 041)


def test_a_phone_call_received_from_a_counterpart_is_a_phone_consultation():
    events = code("Le président égyptien a reçu un appel téléphonique de son homologue turc.")
    assert unordered(events, "CONSULT") == {frozenset({"EGY", "TUR"})}
    assert {e.mode for e in events if e.event_type == "CONSULT"} == {"phone"}


def test_a_phone_call_placed_to_a_president_is_no_appeal():
    events = code("Le Premier ministre indien a passé un appel téléphonique au président ukrainien.")
    assert "REQUEST" not in types(events)
    assert unordered(events, "CONSULT") == {frozenset({"IND", "UKR"})}


# ------------------------------------------------------------ a mediation asked for (REQUEST 108)


def test_a_mediation_solicited_is_asked_of_the_mediator():
    events = code("Le gouvernement mozambicain a sollicité la médiation de l'Afrique du Sud dans la crise post-électorale.")
    assert pairs(events, "REQUEST") == [("MOZ", "ZAF")]
    assert {e.cameo for e in events if e.event_type == "REQUEST"} == {"108"}


def test_a_mediation_asked_of_a_neighbour_named_with_a_is_asked_of_it():
    events = code("Le Soudan du Sud a demandé au Kenya une médiation dans le conflit avec le Soudan.")
    assert ("SSD", "KEN") in pairs(events, "REQUEST")


# ------------------------------------------------------------ aid approved, peacekeepers deployed (AID 071, 074)


def test_a_disbursement_approved_by_a_lender_is_economic_aid_not_praise():
    events = code("Le FMI a approuvé un décaissement de 800 millions de dollars en faveur de la Côte d'Ivoire.")
    assert "SUPPORT" not in types(events)
    assert [e.cameo for e in events if e.event_type == "AID"] == ["071"]
    assert [e.target.country for e in events if e.event_type == "AID" and e.target] == ["CIV"]


def test_police_deployed_within_a_multinational_mission_is_peacekeeping_for_the_host():
    events = code("Le Kenya a déployé un millier de policiers en Haïti dans le cadre de la mission multinationale.")
    assert pairs(events, "AID") == [("KEN", "HTI")]
    assert "MOBILIZE" not in types(events)


def test_troops_deployed_to_a_border_stay_a_mobilisation():
    events = code("La Russie a déployé des troupes à la frontière finlandaise.")
    assert "AID" not in types(events)
    assert "MOBILIZE" in types(events)


def test_a_budget_approved_by_parliament_is_no_aid():
    assert not {"AID", "SUPPORT"} & types(code("Le Parlement sénégalais a approuvé le budget de la défense."))


# ------------------------------------------------------------ a resignation forced by protest (CONCEDE 0831)


def test_a_resignation_under_street_pressure_accedes_to_the_demand():
    events = code("Sous la pression de la rue, le ministre péruvien de l'Intérieur a démissionné.")
    assert [e.cameo for e in events if e.event_type == "CONCEDE"] == ["0831"]
    assert "RETREAT" not in types(events)


def test_a_resignation_for_health_reasons_stays_a_retreat():
    events = code("Le ministre japonais de la Défense a démissionné pour raisons de santé.")
    assert "CONCEDE" not in types(events)
    assert "RETREAT" in types(events)

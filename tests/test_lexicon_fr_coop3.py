"""French cooperation classes (CAMEO 02-09, 12), third round of issue 11.

Every sentence is written for this test, about many countries, and coded by
the real French pipeline. Classes (see the entries' ``source`` and the frames'
``reason`` in packs/fr):

* requests and refusals with no addressee named or resolved (PLOVER 2.0
  REQUEST and REJECT 'Requires recipient: No'): frames ``request``,
  ``reject`` and ``appeal_act`` need no target, but keep the other party of an
  article about one pair (``pair_fallback``); declining to comment is no
  refusal;
* agreements reported in the passive ('un accord a été trouvé entre X et Y');
* information and intelligence exchanged (COOPERATE 064, frame
  ``exchange_with``), not a meeting;
* aid meant 'pour' a party (frame ``provide``), not a government's own spending;
* crossings reopened: the noun 'point' ('point de passage') negates nothing;
* ordinary senses: a match or a cultural 'rencontre', 'céder' a company, a
  stake or a player, 'recevoir' equipment, code no meeting or concession.
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


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events if e.polarity == "positive"}


# ------------------------------------------------------------ requests with no addressee resolved (REQUEST)


def test_an_appeal_to_unnamed_neighbours_is_a_request_with_no_recipient():
    events = code("Le Burkina Faso a exhorté ses voisins à renforcer la surveillance de leurs frontières.")
    assert pairs(events, "REQUEST") == [("BFA", None)]


def test_a_call_on_a_group_of_countries_no_mention_resolves_is_still_coded():
    events = code("Le Venezuela a appelé les pays caribéens à soutenir son plan énergétique régional.")
    assert pairs(events, "REQUEST") == [("VEN", None)]


def test_a_demand_made_of_no_one_is_coded_with_no_recipient():
    events = code("Le Népal a réclamé jeudi une refonte des règles du commerce régional.")
    assert pairs(events, "REQUEST") == [("NPL", None)]


def test_in_an_article_about_one_pair_the_other_party_is_the_one_asked():
    events = code("Le Premier ministre japonais a rencontré lundi le président sud-coréen à Séoul. "
                  "Le Japon a ensuite exigé des garanties sur la sécurité de ses ressortissants.")  # fmt: skip
    assert ("JPN", "KOR") in pairs(events, "REQUEST")


def test_an_appeal_not_made_is_no_request():
    events = code("Le Bhoutan n'a pas demandé à l'Inde de revoir le traité de 1949.")
    assert pairs(events, "REQUEST") == []


# ------------------------------------------------------------ refusals with no party named (REJECT)


def test_a_refusal_with_no_asker_named_is_a_rejection_with_no_recipient():
    events = code("Les Houthis ont refusé samedi de suspendre leurs tirs de drones en mer Rouge.")
    assert pairs(events, "REJECT") == [("YEM", None)]


def test_declining_to_comment_rejects_no_one():
    assert "REJECT" not in types(code("L'Iran a refusé de commenter ces informations."))
    assert "REJECT" not in types(code("Le porte-parole du gouvernement malien a refusé de s'exprimer."))
    assert "REJECT" not in types(code("Le ministre russe a refusé de répondre aux questions des journalistes."))


def test_a_refusal_of_an_ultimatum_names_the_one_who_set_it():
    events = code("Le Niger a refusé de répondre à l'ultimatum de la Cédéao.")
    assert [(s, t) for s, t in pairs(events, "REJECT")] == [("NER", "IGO")]


# ------------------------------------------------------------ agreements reported in the passive (AGREE)


def test_an_agreement_found_between_two_parties_in_the_passive():
    events = code("Un accord a été trouvé dans la nuit entre le Kenya et l'Ethiopie sur le partage de l'eau.")
    assert sorted(c for pair in pairs(events, "AGREE") for c in pair) == ["ETH", "KEN"]


def test_an_agreement_found_with_an_armed_group():
    events = code("Un accord de cessez-le-feu a été trouvé mardi entre le gouvernement soudanais et les Forces de soutien rapide.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert {a.sector for e in agree for a in (e.source, e.target)} == {"GOV", "REB"}


def test_no_agreement_found_is_a_negative_agreement():
    events = code("Aucun accord n'a été trouvé entre Belgrade et Pristina sur les plaques d'immatriculation.")
    assert pairs(events, "AGREE") == []


def test_a_body_found_is_no_agreement():
    assert code("Le corps d'un journaliste colombien a été trouvé dans la forêt.") == []


# ------------------------------------------------------------ information exchanged (COOPERATE 064)


def test_intelligence_exchanged_is_cooperation_not_a_meeting():
    events = code("Le Niger et le Tchad ont échangé des renseignements sur les groupes armés du lac Tchad.")
    assert sorted(c for pair in pairs(events, "COOPERATE") for c in pair) == ["NER", "TCD"]
    assert "CONSULT" not in types(events)


def test_information_exchanged_with_a_partner():
    events = code("Le Maroc a échangé des informations avec l'Espagne sur les filières de passeurs.")
    assert pairs(events, "COOPERATE") == [("MAR", "ESP")]


def test_pleasantries_exchanged_are_no_cooperation():
    events = code("Les présidents gabonais et congolais ont échangé des amabilités devant la presse.")
    assert "COOPERATE" not in types(events)


# ------------------------------------------------------------ aid meant for a party (AID)


def test_funds_released_for_a_country_s_victims_are_aid_to_that_country():
    events = code("Le Koweït a débloqué une enveloppe de 20 millions de dollars pour les sinistrés du Pakistan.")
    assert pairs(events, "AID") == [("KWT", "PAK")]


def test_a_government_spending_on_its_own_schools_is_no_aid():
    assert "AID" not in types(code("Le Sénégal a débloqué cinq millions d'euros pour reconstruire ses écoles."))


# ------------------------------------------------------------ crossings reopened (RETREAT 0872)


def test_a_crossing_point_reopened_is_not_negated_by_its_noun():
    events = code("L'Egypte a rouvert lundi le point de passage de Rafah.")
    assert pairs(events, "RETREAT") == [("EGY", None)]
    assert pairs(events, "RETREAT", "negative") == []


def test_a_crossing_not_reopened_is_no_retreat():
    events = code("Israël n'a pas rouvert le point de passage de Kerem Shalom.")
    assert pairs(events, "RETREAT") == []


# ------------------------------------------------------------ ordinary senses: sport, business, equipment


def test_a_match_between_national_sides_is_no_meeting():
    events = code("La rencontre entre l'Algérie et le Cameroun a été remportée 2-1 par les Fennecs.")
    assert "CONSULT" not in types(events)


def test_a_meeting_between_ministers_is_still_a_meeting():
    events = code("La rencontre entre les ministres algérien et camerounais s'est tenue mardi à Yaoundé.")
    assert sorted(c for pair in pairs(events, "CONSULT") for c in pair) == ["CMR", "DZA"]


def test_a_company_or_a_player_sold_is_no_concession():
    assert "CONCEDE" not in types(code("Le groupe sud-africain a cédé sa filiale kényane à un investisseur qatari."))
    assert "CONCEDE" not in types(code("Le club marocain a cédé son attaquant sénégalais à un club saoudien."))


def test_yielding_to_strikers_is_still_a_concession():
    events = code("Le gouvernement péruvien a cédé aux revendications des mineurs en grève.")
    assert [s for s, _ in pairs(events, "CONCEDE")] == ["PER"]


def test_equipment_received_is_no_visit_hosted():
    events = code("L'armée nigérienne a reçu trois avions de transport livrés par la Turquie.")
    assert "CONSULT" not in types(events)


def test_a_visitor_received_is_still_a_visit_hosted():
    events = code("Le roi du Maroc a reçu jeudi le président mauritanien à Rabat.")
    assert pairs(events, "CONSULT") == [("MRT", "MAR")]


# ------------------------------------------------------------ reactions and refugees are no visit hosted


def test_a_proposal_welcomed_favourably_is_support_for_its_author():
    events = code("Le Maroc a accueilli favorablement la proposition française sur le Sahel.")
    assert pairs(events, "SUPPORT") == [("MAR", "FRA")]
    assert "CONSULT" not in types(events)


def test_a_decision_welcomed_with_relief_is_no_visit():
    assert "CONSULT" not in types(code("La Zambie a accueilli avec soulagement la décision du FMI."))


def test_refugees_taken_in_are_asylum_not_a_visit():
    events = code("L'Ouganda a accueilli des milliers de réfugiés congolais.")
    assert pairs(events, "AID") == [("UGA", "COD")]
    assert "CONSULT" not in types(events)


def test_difficulties_met_are_no_meeting():
    assert "CONSULT" not in types(code("Le gouvernement malawite a rencontré des difficultés pour payer ses fonctionnaires."))


def test_an_opposition_met_is_still_a_meeting():
    events = code("Le président gabonais a rencontré l'opposition jeudi à Libreville.")
    assert pairs(events, "CONSULT") == [("GAB", "GAB")]


# ------------------------------------------------------------ sanctions eased, property returned, charges dropped


def test_sanctions_eased_named_by_a_noun_read_the_sanctioned_party():
    events = code("L'allègement des sanctions américaines contre le Venezuela a été salué par Caracas.")
    assert ("USA", "VEN") in pairs(events, "RETREAT")


def test_property_returned_to_a_country():
    events = code("Les Pays-Bas ont restitué à l'Indonésie des centaines d'objets pillés pendant la colonisation.")
    assert pairs(events, "RETREAT") == [("NLD", "IDN")]


def test_rendering_an_account_returns_nothing():
    assert "RETREAT" not in types(code("Le rapport de l'ONU restitue les faits survenus au Darfour."))


def test_charges_dropped_against_protesters_is_a_concession():
    events = code("Le pouvoir kényan a mis fin aux poursuites contre plusieurs manifestants arrêtés en juin.")
    assert pairs(events, "CONCEDE") == [("KEN", "KEN")]


def test_a_demand_to_end_charges_is_no_concession():
    events = code("L'Algérie a exigé la fin des poursuites contre ses ressortissants en France.")
    assert "CONCEDE" not in types(events)


# ------------------------------------------------------------ shared infrastructure commissioned (COOPERATE 061)


def test_a_link_commissioned_by_two_countries_is_cooperation():
    events = code("La Lituanie et la Pologne ont mis en service une nouvelle interconnexion électrique.")
    assert sorted(c for pair in pairs(events, "COOPERATE") for c in pair) == ["LTU", "POL"]


def test_a_bridge_opened_together_is_cooperation():
    events = code("Le Kenya a inauguré avec la Tanzanie un pont sur la rivière Umba.")
    assert pairs(events, "COOPERATE") == [("KEN", "TZA")]


def test_one_state_opening_its_own_hospital_cooperates_with_no_one():
    assert "COOPERATE" not in types(code("Le président ivoirien a inauguré un hôpital à Bouaké."))
    assert "COOPERATE" not in types(code("Le Nigeria a mis en service une nouvelle raffinerie à Lagos."))


# ------------------------------------------------------------ commitments taken together (AGREE 030)


def test_a_commitment_taken_together_is_an_agreement_between_the_two():
    events = code("Le Sénégal et la Gambie ont pris l'engagement de rouvrir leurs postes-frontières.")
    assert sorted(c for pair in pairs(events, "AGREE") for c in pair) == ["GMB", "SEN"]


def test_a_commitment_given_up_is_no_agreement():
    events = code("Le Niger et le Bénin ont renoncé à leur engagement de rouvrir la frontière.")
    assert pairs(events, "AGREE") == []


def test_troops_engaged_are_no_commitment():
    events = code("La France et le Tchad ont salué l'engagement de leurs armées contre les jihadistes.")
    assert pairs(events, "AGREE") == []


# ------------------------------------------------------------ invitations to act, agreements renewed


def test_an_invitation_to_act_is_an_appeal():
    events = code("L'Union européenne invite la Serbie à reconnaître l'indépendance du Kosovo.")
    assert pairs(events, "REQUEST") == [("EUR", "SRB")]


def test_an_invitation_to_visit_stays_an_intent_to_meet():
    events = code("Le président zambien a invité son homologue malawite à effectuer une visite à Lusaka.")
    assert "REQUEST" not in types(events)
    assert ("ZMB", "MWI") in pairs(events, "AGREE")


def test_spectators_invited_to_discover_a_film_make_no_appeal():
    assert code("Le festival invite les spectateurs à découvrir le cinéma burkinabè.") == []


def test_an_agreement_renewed_is_an_agreement():
    events = code("Le Sénégal et l'Union européenne ont renouvelé leur accord de pêche.")
    assert sorted(c for pair in pairs(events, "AGREE") for c in pair) == ["EUR", "SEN"]


def test_migrants_escorted_back_are_no_agreement_extended():
    events = code("La Libye a reconduit des centaines de migrants à la frontière tunisienne.")
    assert "AGREE" not in types(events)


# ------------------------------------------------------------ a trip given up concedes nothing


def test_a_trip_given_up_is_a_meeting_not_held_not_a_concession():
    events = code("Le président philippin a renoncé à son déplacement à Jakarta en raison du typhon.")
    assert "CONCEDE" not in types(events)
    assert pairs(events, "CONSULT", "negative") == [("PHL", "IDN")]


def test_a_price_rise_given_up_is_still_a_concession():
    events = code("Le gouvernement nigérian a renoncé à la hausse des prix du carburant.")
    assert [s for s, _ in pairs(events, "CONCEDE")] == ["NGA"]


# ------------------------------------------------------------ claims rejected: a REJECT only of a named author


def test_accusations_rejected_with_no_author_named_are_a_denial_not_coded():
    assert "REJECT" not in types(code("Le Rwanda a fermement rejeté ces allégations, jugées infondées."))


def test_accusations_rejected_by_their_target_name_their_author():
    events = code("Les accusations de Caracas contre Georgetown ont été rejetées par le Guyana.")
    assert pairs(events, "REJECT") == [("GUY", "VEN")]

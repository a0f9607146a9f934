"""French conflict lexicon (CAMEO 13, 15, 16, 17): argument frames fixed by class.

Each case codes a sentence written for this test, about a different country or
region, with the real French pipeline. They check what the frames of
``packs/fr/pack.yaml`` add for every trigger that uses them: the partner a
border is shared with and the island forces sail around (``deploy``), the
addressee of an ultimatum hung on its verb (``nominal_threat``), the party a
threatened act is aimed at (``threaten``), and repression that names no one
coerced (``coerce``, ``nominal_coerce``: PLOVER COERCE "Requires recipient:
No"). Ordinary senses of the new verbs must code nothing.
"""

from __future__ import annotations

from event_checks import only
from test_lexicon_fr_conflict import code, dyad


# ---------------------------------------------------------------- MOBILIZE (15): deploy frame


def test_troops_massed_on_a_border_face_the_neighbour_it_is_shared_with():
    event = only(code("La Corée du Nord a massé des troupes à sa frontière avec la Corée du Sud."), "MOBILIZE")
    assert dyad(event) == ("PRK", "KOR") and event.cameo == "154"


def test_armour_concentrated_near_a_border_faces_the_neighbour():
    event = only(code("L'Azerbaïdjan a concentré des blindés près de sa frontière avec l'Arménie."), "MOBILIZE")
    assert dyad(event) == ("AZE", "ARM")


def test_warships_deployed_around_an_island_face_it():
    event = only(code("La Chine a déployé des navires de guerre autour de Taïwan."), "MOBILIZE")
    assert dyad(event) == ("CHN", "TWN")


# ---------------------------------------------------------------- THREATEN (13)


def test_an_ultimatum_set_for_putschists_names_them_as_recipient():
    event = only(code("La Cédéao a fixé jeudi un ultimatum de sept jours aux putschistes guinéens."), "THREATEN")
    assert dyad(event) == ("IGO", "GIN") and (event.mode, event.cameo) == ("relations", "139")


def test_an_ultimatum_to_rebels_is_addressed_to_them():
    event = only(code("Le gouvernement tchadien a fixé un ultimatum aux rebelles du FACT pour déposer les armes."), "THREATEN")
    assert dyad(event) == ("TCD", "TCD") and event.target.sector == "REB"


def test_a_threat_to_fire_rockets_at_a_country_is_aimed_at_it():
    event = only(code("Le Hamas a menacé de lancer des roquettes contre Israël."), "THREATEN")
    assert dyad(event) == ("PSE", "ISR")


# ---------------------------------------------------------------- SANCTION (16)


def test_repealing_a_defence_accord_with_a_partner_reduces_relations():
    event = only(code("Le Niger a abrogé son accord de coopération militaire avec les Etats-Unis."), "SANCTION")
    assert dyad(event) == ("NER", "USA") and event.cameo == "160"


def test_repealing_a_domestic_law_is_no_sanction():
    """No act on another party: never a reduction of relations (as the English pack, it is a
    policy change conceded at home, CAMEO 0832, tests/test_reversals20.py)."""
    events = code("Le Parlement sénégalais a abrogé la loi d'amnistie votée en mars.")
    assert not [e for e in events if e.event_type == "SANCTION"]
    assert all(e.source.country == "SEN" and (e.target is None or e.target.country == "SEN") for e in events)


def test_sending_an_ambassador_home_expels_the_envoy_of_his_country():
    event = only(code("Bamako a renvoyé l'ambassadeur de France."), "SANCTION")
    assert dyad(event) == ("MLI", "FRA") and event.mode == "expel"


def test_diplomats_sent_home_by_nationality():
    event = only(code("Le Burkina Faso a renvoyé deux diplomates français."), "SANCTION")
    assert dyad(event) == ("BFA", "FRA")


def test_a_trial_sent_to_a_later_date_is_no_expulsion():
    assert code("Le juge a renvoyé le procès au mois prochain.") == []


# ---------------------------------------------------------------- COERCE (17): no recipient needed


def test_a_seizure_by_the_navy_is_coded_without_an_owner():
    event = only(code("La marine sénégalaise a saisi lundi trois tonnes de cocaïne à bord d'un cargo."), "COERCE")
    # no owner named: the seizure is the state's act on its own people (ontology: COERCE domestic_recipient), no foreign party
    assert dyad(event) == ("SEN", "SEN") and event.mode == "seize"


def test_a_confiscation_by_customs_names_no_owner():
    event = only(code("La douane ivoirienne a confisqué une cargaison d'armes."), "COERCE")
    assert dyad(event) == ("CIV", "CIV") and event.mode == "seize"


def test_a_seizure_named_by_a_noun_keeps_the_one_who_seized():
    event = only(code("La saisie de deux tonnes de cannabis par la gendarmerie marocaine a été annoncée jeudi."), "COERCE")
    assert event.source.country == "MAR" and event.mode == "seize"


def test_a_ban_on_demonstrations_is_coerce_even_with_no_one_named():
    events = code("La police kényane a interdit samedi toute manifestation dans le centre de Nairobi.")
    event = only(events, "COERCE")
    assert event.source.country == "KEN" and (event.mode, event.cameo) == ("restrict", "172")


def test_the_one_arrested_named_by_a_possessive_is_no_source():
    event = only(code("Son arrestation par la police tunisienne a suscité l'indignation."), "COERCE")
    assert event.source.country == "TUN" and event.source.sector == "COP"


def test_muzzling_the_press_is_censorship():
    event = only(code("La junte guinéenne a muselé la presse indépendante depuis le coup d'Etat."), "COERCE")
    assert event.source.country == "GIN" and (event.mode, event.cameo) == ("censor", "1721")


def test_a_muzzle_taken_off_a_dog_is_no_event():
    assert code("Le muselier du chien a été retiré par le vétérinaire.") == []


# ---------------------------------------------------------------- PROTEST (14)


def test_a_march_against_a_leaders_policy_targets_the_leader():
    event = only(code("Des centaines d'étudiants ont manifesté à Caracas contre la réélection de Nicolás Maduro."), "PROTEST")
    assert dyad(event) == ("VEN", "VEN") and event.target.sector == "GOV"


def test_farmers_marching_against_a_policy_of_the_union_target_the_union():
    event = only(code("Des agriculteurs ont manifesté à Bruxelles contre la politique agricole de l'Union européenne."), "PROTEST")
    assert dyad(event) == ("BEL", "EUR")


def test_a_banned_rally_is_a_ban_and_no_rally():
    events = code("Les autorités ougandaises ont interdit un rassemblement de l'opposition à Kampala.")
    assert [e.event_type for e in events] == ["COERCE"]
    assert dyad(events[0]) == ("UGA", "UGA") and events[0].target.sector == "OPP"


def test_a_strike_banned_is_no_strike():
    assert [e.event_type for e in code("Le gouvernement a interdit la grève des dockers à Abidjan.")] == ["COERCE"]


def test_a_demonstration_covered_by_a_reporter_is_not_coded():
    assert code("Un photographe couvrant une manifestation à Nairobi a été blessé.") == []


def test_a_demonstration_taken_part_in_is_coded():
    event = only(code("Des milliers de Kényans ont participé mardi à une manifestation contre la loi de finances à Nairobi."), "PROTEST")
    assert event.source.country == "KEN" and event.mode == "demo"


def test_a_hunger_strike_has_the_hunger_mode():
    event = only(code("Un opposant tunisien observe une grève de la faim depuis dix jours."), "PROTEST")
    assert (event.source.country, event.mode, event.cameo) == ("TUN", "hunger", "142")


# ---------------------------------------------------------------- ACCUSE (11)


def test_a_complaint_lodged_against_a_country_names_it_even_after_a_date():
    event = only(code("Le Mexique a porté plainte lundi contre l'Equateur devant la Cour internationale de justice."), "ACCUSE")
    assert dyad(event) == ("MEX", "ECU") and event.mode == "allege"


def test_a_complaint_filed_against_a_neighbour():
    event = only(code("La RDC a déposé une plainte contre le Rwanda devant la Cour africaine des droits de l'homme."), "ACCUSE")
    assert dyad(event) == ("COD", "RWA")


def test_anger_voiced_against_a_capital_is_disapproval_of_its_government():
    events = code("L'Algérie a exprimé sa colère contre Paris après l'arrestation d'un de ses diplomates.")
    event = only([e for e in events if e.event_type == "ACCUSE"], "ACCUSE")
    assert dyad(event) == ("DZA", "FRA") and event.mode == "disapprove"


def test_an_accusation_rejected_by_its_target_was_still_made():
    events = code("Les accusations de Pékin contre Manille ont été rejetées par les Philippines.")
    assert dyad(only(events, "ACCUSE")) == ("CHN", "PHL")
    assert dyad(only(events, "REJECT")) == ("PHL", "CHN")


def test_accusations_whose_author_goes_unnamed_give_no_accusation():
    assert code("Kiev a rejeté les accusations de crimes de guerre.") == []


# ---------------------------------------------------------------- REJECT (12)


def test_a_rejection_named_by_a_noun_targets_the_author_of_the_draft():
    event = only(code("Le rejet par le Venezuela du plan de paix du Brésil a surpris les diplomates."), "REJECT")
    assert dyad(event) == ("VEN", "BRA")


def test_a_flat_refusal_of_a_neighbours_request_targets_the_neighbour():
    event = only(code("L'Allemagne a opposé une fin de non-recevoir à la demande d'aide financière de la Tunisie."), "REJECT")
    assert dyad(event) == ("DEU", "TUN")


def test_a_refusal_to_negotiate_with_a_party_names_it():
    events = code("Le refus de Moscou de négocier avec Kiev a été critiqué par Ankara.")
    assert dyad(only(events, "REJECT")) == ("RUS", "UKR")
    assert dyad(only(events, "ACCUSE")) == ("TUR", "RUS")


def test_a_refusal_to_extend_a_mission_targets_the_mission():
    event = only(code("Le refus du Mali de prolonger le mandat de la Minusma a surpris New York."), "REJECT")
    assert dyad(event) == ("MLI", "UNO")


def test_flouting_a_neighbours_sovereignty_defies_the_neighbour():
    event = only(code("Israël a bafoué la souveraineté du Liban."), "REJECT")
    assert dyad(event) == ("ISR", "LBN") and (event.mode, event.cameo) == ("yield", "128")


def test_withdrawing_inspectors_accreditation_expels_them():
    event = only(code("Téhéran a retiré l'accréditation de plusieurs inspecteurs de l'AIEA."), "SANCTION")
    assert event.source.country == "IRN" and event.target is not None
    assert (event.mode, event.cameo) == ("expel", "1662")


def test_withdrawing_a_permit_from_a_driver_is_no_sanction():
    assert code("La police a retiré son permis de conduire à un automobiliste ivre.") == []


def test_imports_suspended_by_origin_cut_trade_with_that_country():
    event = only(code("La Chine a suspendu ses importations de produits de la mer japonais."), "SANCTION")
    assert dyad(event) == ("CHN", "JPN") and (event.mode, event.cameo) == ("discontinue", "160")


def test_exports_suspended_to_a_destination_cut_trade_with_it():
    event = only(code("La Russie a suspendu ses exportations de gaz vers la Moldavie."), "SANCTION")
    assert dyad(event) == ("RUS", "MDA")


def test_a_suspension_of_imports_named_by_a_noun():
    event = only(code("La suspension des importations de poulet brésilien par la Chine a inquiété les éleveurs."), "SANCTION")
    assert dyad(event) == ("CHN", "BRA")


def test_exports_suspended_with_no_partner_named_are_no_sanction():
    assert code("L'Inde a suspendu ses exportations de riz.") == []


# ---------------------------------------------------------------- REQUEST (10): request frame


def test_a_demand_for_a_leaders_resignation_targets_the_leader():
    event = only(code("Des milliers de manifestants réclament la démission du Premier ministre serbe."), "REQUEST")
    assert dyad(event) == ("SRB", "SRB") and event.target.sector == "GOV"


def test_a_demand_for_troops_to_withdraw_targets_their_army():
    event = only(code("L'Ukraine exige le retrait des troupes russes de son territoire."), "REQUEST")
    assert dyad(event) == ("UKR", "RUS")


def test_a_demand_to_lift_a_blockade_targets_who_imposes_it():
    event = only(code("Le Hamas a réclamé la levée du blocus israélien."), "REQUEST")
    assert dyad(event) == ("PSE", "ISR")


def test_a_demand_naming_no_party_is_coded_with_no_recipient():
    # PLOVER 2.0 REQUEST 'Requires recipient: No'; the codebook set codes such demands
    # with a null target (issue 11, frame 'request' needs_target: false)
    event = only(code("L'ONU demande un cessez-le-feu de trois jours à Gaza."), "REQUEST")
    assert event.source.country == "UNO" and event.target is None


# ---------------------------------------------------------------- negation and modality of the new triggers


def test_imports_not_suspended_are_a_negative_sanction():
    event = only(code("La Chine n'a pas suspendu ses importations de produits de la mer japonais."), "SANCTION")
    assert dyad(event) == ("CHN", "JPN") and (event.polarity, event.modality) == ("negative", "actual")


def test_imports_that_could_be_suspended_are_hypothetical():
    event = only(code("La Chine pourrait suspendre ses importations de bœuf australien."), "SANCTION")
    assert dyad(event) == ("CHN", "AUS") and (event.polarity, event.modality) == ("positive", "hypothetical")


def test_a_threat_to_suspend_imports_is_a_threat_aimed_at_the_exporter():
    events = code("Pékin menace de suspendre ses importations de vin australien.")
    assert [e.event_type for e in events] == ["THREATEN"] and dyad(events[0]) == ("CHN", "AUS")


def test_an_accord_not_repealed_is_negative():
    event = only(code("Le Niger n'a pas abrogé son accord de coopération militaire avec les Etats-Unis."), "SANCTION")
    assert dyad(event) == ("NER", "USA") and event.polarity == "negative"


def test_an_ambassador_that_could_be_sent_home_is_hypothetical():
    event = only(code("Le Ghana pourrait renvoyer l'ambassadeur du Burkina Faso."), "SANCTION")
    assert dyad(event) == ("GHA", "BFA") and event.modality == "hypothetical"


def test_refusing_to_send_an_ambassador_home_is_a_rejection_not_an_expulsion():
    events = code("Le Tchad a refusé de renvoyer l'ambassadeur de France.")
    assert [e.event_type for e in events] == ["REJECT"] and dyad(events[0]) == ("TCD", "FRA")


def test_a_demonstration_not_banned_is_a_negative_ban():
    event = only(code("La police kényane n'a pas interdit la manifestation de l'opposition."), "COERCE")
    assert event.source.country == "KEN" and event.polarity == "negative"

"""French cooperation classes (CAMEO 02-09, 12), fifth round of issue 11.

Every sentence is written for this test, about many countries, and coded by
the real French pipeline. Classes (see the entries' ``source`` in packs/fr and
the frames of packs/fr/pack.yaml):

* an agreement concluded, renewed or accepted by one named party with a partner
  that the agreement's own phrase names ('a conclu un accord de libre-échange
  avec l'UE', 'la conclusion d'un accord avec le FMI'): frame slot partner:avec;
* a pronominal verb whose 'être' the parser labels passive ('l'armée s'est
  retirée de') keeps its subject as the doer;
* releases stated without their doer ('trois otages ont été libérés'): an
  unknown source, as for arrests and attacks (pack agentless types);
* prisoners exchanged between two sides: the sides, not the prisoners, are the
  parties;
* set phrases of overture and disregard: 'tendre la main à' (AGREE 030),
  'faire fi de', 'passer outre' (REJECT 120);
* concessions and retreats committed to ('s'engager à', 'promettre de', 'prêt
  à', one party's 'accepter de') are AGREE 034x/035x, one only announced stays
  CONCEDE (pack commitment_governors);
* meetings agreed on ('se donner rendez-vous'), consent ('donner son aval'),
  consensus reached;
* a past event named by a noun dated more than a year back is background;
* negation, modality and the ordinary senses of the new words code nothing or
  code what they say.
"""

from __future__ import annotations

# the helpers of the fourth round: the real French pipeline, published 2024-05-15
from test_lexicon_fr_coop4 import code, pairs, types, unordered


# ------------------------------------------------------------ the partner named inside the agreement's phrase


def test_an_agreement_concluded_with_a_partner_named_in_its_phrase_binds_both():
    events = code("Le Kenya a conclu un accord de libre-échange avec l'Union européenne.")
    assert unordered(events, "AGREE") == {frozenset({"KEN", "EUR"})}


def test_the_conclusion_of_an_agreement_announced_by_one_party_binds_its_partner():
    events = code("L'Egypte a annoncé la conclusion d'un accord avec le FMI.")
    assert unordered(events, "AGREE") == {frozenset({"EGY", "IGO"})}


def test_agreeing_to_extend_an_agreement_with_a_neighbour_binds_the_neighbour():
    events = code("La Russie a accepté de prolonger l'accord céréalier avec l'Ukraine.")
    assert unordered(events, "AGREE") == {frozenset({"RUS", "UKR"})}


def test_a_partner_of_a_cooperation_inside_a_relative_clause_is_no_party_of_the_agreement():
    # the partner hangs under a verb of its own: the agreement's parties are the subjects
    events = code("Le Sénégal et la Gambie ont signé un accord qui renforce la coopération avec la Mauritanie.")
    assert frozenset({"SEN", "GMB"}) in unordered(events, "AGREE")
    assert frozenset({"SEN", "MRT"}) not in unordered(events, "AGREE")


def test_an_agreement_not_concluded_with_a_partner_is_a_negative_agreement():
    events = code("Le Pérou n'a pas conclu d'accord de pêche avec le Chili.")
    assert pairs(events, "AGREE") == []
    assert {frozenset(p) for p in pairs(events, "AGREE", "negative")} == {frozenset({"PER", "CHL"})}


# ------------------------------------------------------------ pronominal verbs whose 'être' looks passive


def test_an_army_that_withdrew_from_a_town_is_the_doer_of_the_retreat():
    events = code("L'armée israélienne s'est retirée de Khan Younès.")
    assert ("ISR", "PSE") in pairs(events, "RETREAT")


def test_a_pronominal_meeting_keeps_its_parties():
    events = code("Le président kényan s'est entretenu avec son homologue tanzanien.")
    assert unordered(events, "CONSULT") == {frozenset({"KEN", "TZA"})}


def test_a_true_passive_withdrawal_still_reads_its_agent():
    events = code("Les casques bleus ont été retirés du Liban par les Nations unies.")
    assert all(source != "LBN" for source, _ in pairs(events, "RETREAT"))


# ------------------------------------------------------------ releases stated without their doer


def test_hostages_freed_with_no_doer_named_are_a_release_by_someone_unknown():
    events = code("Trois otages israéliens ont été libérés jeudi à Gaza.")
    assert pairs(events, "RETREAT") == [(None, "ISR")]


def test_journalists_released_with_no_doer_named_are_a_release():
    events = code("Cinq journalistes burundais ont été relâchés lundi.")
    assert pairs(events, "RETREAT") == [(None, "BDI")]


def test_a_release_that_did_not_happen_is_no_release():
    events = code("Les otages népalais n'ont toujours pas été libérés.")
    assert pairs(events, "RETREAT") == []


# ------------------------------------------------------------ prisoner exchanges


def test_two_sides_that_exchanged_prisoners_release_to_each_other():
    events = code("Le Kenya et l'Ethiopie ont échangé des prisonniers de guerre.")
    assert unordered(events, "RETREAT") == {frozenset({"KEN", "ETH"})}


def test_a_prisoner_exchange_with_a_named_side_binds_that_side():
    events = code("L'Arménie a échangé trente prisonniers avec l'Azerbaïdjan.")
    assert unordered(events, "RETREAT") == {frozenset({"ARM", "AZE"})}


def test_exchanging_views_is_no_release():
    events = code("Le Brésil et l'Argentine ont échangé leurs points de vue sur le Mercosur.")
    assert "RETREAT" not in types(events)


# ------------------------------------------------------------ overtures and disregard


def test_holding_out_a_hand_to_a_neighbour_is_an_intent_to_cooperate():
    events = code("La Côte d'Ivoire a tendu la main au Burkina Faso.")
    assert pairs(events, "AGREE") == [("CIV", "BFA")]


def test_holding_out_a_document_is_no_overture():
    assert "AGREE" not in types(code("Le ministre malien a tendu un document au journaliste."))


def test_disregarding_the_calls_of_the_un_is_a_rejection_of_the_un():
    events = code("Israël a fait fi des appels de l'ONU à un cessez-le-feu.")
    assert ("ISR", "UNO") in pairs(events, "REJECT")


def test_overriding_the_warnings_of_a_regional_bloc_is_a_rejection():
    events = code("La junte nigérienne a passé outre les mises en garde de la Cédéao.")
    assert [source for source, _ in pairs(events, "REJECT")] == ["NER"]


def test_passing_through_a_city_is_no_rejection():
    assert "REJECT" not in types(code("Le convoi sénégalais est passé par Bamako avant de rejoindre Niamey."))


# ------------------------------------------------------------ concessions and retreats committed to (CAMEO 034x, 035x)


def test_a_promise_to_free_political_detainees_is_an_intent_to_release():
    events = code("La junte birmane a promis de libérer les détenus politiques.")
    assert types(events) == {"AGREE"}


def test_readiness_to_withdraw_a_bill_is_an_intent_to_change_policy_not_a_concession():
    events = code("Le gouvernement argentin s'est dit prêt à retirer sa réforme du travail.")
    assert [(e.event_type, e.cameo, e.modality) for e in events] == [("AGREE", "0342", "intended")]


def test_a_state_that_agreed_alone_to_lift_its_emergency_intends_to_ease_it():
    events = code("Le Tchad a accepté de lever l'état d'urgence.")
    assert [(e.event_type, e.cameo) for e in events] == [("AGREE", "0351")]


def test_a_concession_only_announced_stays_a_concession():
    events = code("Le gouvernement sénégalais a annoncé qu'il lèverait le couvre-feu.")
    assert types(events) == {"CONCEDE"}


def test_readiness_to_meet_is_one_intent_not_also_a_meeting():
    events = code("Le président ivoirien s'est dit prêt à rencontrer son homologue ghanéen.")
    assert [e.event_type for e in events] == ["AGREE"]
    assert pairs(events, "AGREE") == [("CIV", "GHA")]


# ------------------------------------------------------------ meetings agreed on, consent, consensus


def test_leaders_who_set_a_date_to_meet_agree_to_meet():
    events = code("Les présidents angolais et zambien se sont donné rendez-vous en juin à Lusaka.")
    assert unordered(events, "AGREE") == {frozenset({"AGO", "ZMB"})}
    assert "CONSULT" not in types(events)


def test_consent_given_to_a_neighbours_accession_is_an_agreement_with_it():
    events = code("Le Parlement turc a donné son aval à l'adhésion de la Suède à l'Otan.")
    assert pairs(events, "AGREE") == [("TUR", "SWE")]


def test_a_consensus_reached_by_two_states_is_an_agreement():
    events = code("La Bolivie et le Paraguay sont parvenus à un consensus sur la gestion du fleuve.")
    assert unordered(events, "AGREE") == {frozenset({"BOL", "PRY"})}


def test_a_road_map_approved_by_two_states_is_an_agreement():
    events = code("Le Mali et l'Algérie ont approuvé une feuille de route pour la paix.")
    assert unordered(events, "AGREE") == {frozenset({"MLI", "DZA"})}


def test_ordinary_senses_of_rendez_vous_aval_and_consensus_code_nothing():
    assert "AGREE" not in types(code("Le ministre kényan s'est donné du temps pour réfléchir."))
    assert "AGREE" not in types(code("Le village soudanais se trouve en aval du barrage éthiopien."))
    assert "AGREE" not in types(code("Il n'y a pas de consensus entre le Kenya et la Somalie."))


# ------------------------------------------------------------ past events named in passing


def test_a_visit_dated_years_before_the_story_is_background():
    events = code("Lors de sa visite à Pékin en 2019, le président français avait évoqué la question ouïghoure.")
    assert "CONSULT" not in types(events)


def test_a_visit_under_way_this_week_is_a_visit():
    events = code("Lors de sa visite à Pékin mardi, le président français a évoqué la question ouïghoure.")
    assert pairs(events, "CONSULT") == [("FRA", "CHN")]

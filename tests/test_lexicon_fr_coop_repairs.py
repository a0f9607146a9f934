"""Repairs of the French cooperative lexicon (CAMEO 02-10), class by class.

Each case codes a sentence written for this test (not a codebook or dev
sentence), with the real French pipeline, and checks what a reader of the
events sees: PLOVER type, CAMEO code, the countries of both sides. Each class
also has an ordinary sense of the same word that must code nothing of it.

Classes repaired (see the entries' ``source``):

* lifting, by what is lifted: a blockade (RETREAT 0872) and economic
  sanctions (RETREAT 085, as CAMEO2PLOVER maps them) before restrictions on
  persons (CONCEDE 081); the generic hand entry no longer shadows them;
* weapons pulled back (RETREAT 087) and troops withdrawn from a named country
  (RETREAT 0874, the country left read after 'de');
* 'être convenu de': the être auxiliary the parser labels passive is no passive;
* goods handed to a named recipient (AID 070/072: fournir, livrer, remettre);
* consultations held by their parties (CONSULT 040);
* 'presser X de', whose third plural the lemmatiser reads as 'pressentir';
* 'suspendre les activités' of a party is no concession;
* readiness, offers and acceptance followed by the act (AGREE 030: 'se dire
  prêt à', 'offrir à X de', 'X et Y ont accepté de');
* joint drills spelt 'manoeuvres' (COOPERATE 062); refugee status and asylum
  granted, as a verb and as a noun (AID 075); relief goods (AID 073);
* restrictions ended ('mettre fin à') or cancelled (CONCEDE 081).
"""

from __future__ import annotations

from event_checks import coder, dyad as sides, of_type

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


# ------------------------------------------------------------ lifting (CAMEO 081, 085, 0872)


def test_economic_sanctions_lifted_are_a_retreat_easing_sanctions():
    events = of_type(code("Le Canada a levé mardi les sanctions économiques visant le Venezuela."), "RETREAT")
    assert [(sides(e), e.cameo) for e in events] == [(("CAN", "VEN"), "085")]
    assert not of_type(code("Le Canada a levé mardi les sanctions économiques visant le Venezuela."), "CONCEDE")


def test_a_blockade_lifted_is_a_retreat_easing_a_blockade():
    events = of_type(code("L'armée éthiopienne a levé le blocus de Mekele."), "RETREAT")
    assert [(e.source.country, e.cameo, e.mode) for e in events] == [("ETH", "0872", "withdraw")]


def test_a_travel_ban_lifted_is_a_concession_easing_administrative_sanctions():
    events = code("Le gouvernement algérien a levé l'interdiction de voyager qui visait un journaliste.")
    assert [(e.event_type, e.source.country, e.cameo) for e in events] == [("CONCEDE", "DZA", "081")]


def test_closing_a_sitting_is_no_lifting_of_anything():
    assert code("Le ministre a levé la séance après deux heures de débats.") == []


# ------------------------------------------------------------ withdrawals (CAMEO 087, 0874)


def test_artillery_pulled_back_by_two_armies_is_a_de_escalation_by_each():
    events = of_type(code("Les armées indienne et chinoise ont retiré leur artillerie de la ligne de contrôle."), "RETREAT")
    assert {(e.source.country, e.cameo, e.mode) for e in events} == {("IND", "087", "disarm"), ("CHN", "087", "disarm")}


def test_troops_withdrawn_from_a_country_name_the_country_left():
    events = of_type(code("Le Tchad a retiré ses soldats du Niger."), "RETREAT")
    assert [(sides(e), e.cameo, e.mode) for e in events] == [(("TCD", "NER"), "0874", "withdraw")]


# ------------------------------------------------------------ 'être convenu de' (CAMEO 03)


def test_parties_that_are_agreed_with_etre_are_the_agreement_s_parties():
    events = of_type(code("Le Pérou et la Bolivie sont convenus de rouvrir leur frontière commune."), "AGREE")
    assert [set(sides(e)) for e in events] == [{"PER", "BOL"}]


# ------------------------------------------------------------ goods handed over (CAMEO 070, 072)


def test_generators_supplied_to_a_country_are_aid():
    events = of_type(code("La Corée du Sud a fourni des générateurs électriques à l'Ukraine."), "AID")
    assert [(sides(e), e.cameo) for e in events] == [(("KOR", "UKR"), "070")]


def test_tanks_handed_over_to_a_country_are_military_aid():
    events = of_type(code("La Norvège a remis à l'Ukraine ses premiers chars Leopard."), "AID")
    assert [(sides(e), e.cameo) for e in events] == [(("NOR", "UKR"), "072")]


def test_explanations_or_evidence_supplied_are_no_aid():
    assert not of_type(code("Le ministre a fourni des explications aux députés."), "AID")
    assert not of_type(code("L'Allemagne a fourni des preuves à la France."), "AID")


# ------------------------------------------------------------ consultations held (CAMEO 040)


def test_consultations_held_by_two_delegations_are_a_consultation_between_them():
    events = of_type(code("Des diplomates japonais et sud-coréens ont tenu des consultations mercredi."), "CONSULT")
    assert [set(sides(e)) for e in events] == [{"JPN", "KOR"}]


def test_a_public_consultation_is_no_meeting():
    assert code("Le gouvernement a lancé une consultation publique sur la réforme des retraites.") == []


# ------------------------------------------------------------ 'presser X de' (CAMEO 10)


def test_pressing_a_country_to_act_is_a_request_to_it():
    events = of_type(code("Les Etats-Unis pressent Israël d'autoriser l'entrée de l'aide humanitaire."), "REQUEST")
    assert [sides(e) for e in events] == [("USA", "ISR")]


def test_sensing_a_danger_is_no_request():
    assert not of_type(code("Le président pressent un danger pour la stabilité du pays."), "REQUEST")


# ------------------------------------------------------------ suspending a party's activities is no concession


def test_activities_of_parties_suspended_are_no_concession():
    assert not of_type(code("La junte guinéenne a suspendu les activités des partis politiques."), "CONCEDE")


def test_rocket_fire_suspended_is_still_a_concession():
    events = of_type(code("Le Hamas a suspendu ses tirs de roquettes contre Israël."), "CONCEDE")
    assert [e.source.country for e in events] == ["PSE"]


# ------------------------------------------------------------ readiness, offers, acceptance with the act (CAMEO 030)


def test_readiness_to_deepen_ties_is_an_intent_to_cooperate_with_the_partner_named():
    events = of_type(code("Le Mexique s'est dit prêt à renforcer sa coopération sécuritaire avec le Guatemala."), "AGREE")
    assert [(sides(e), e.cameo) for e in events] == [(("MEX", "GTM"), "030")]


def test_readiness_to_strike_back_is_no_intent_to_cooperate():
    assert not of_type(code("L'armée s'est dite prête à riposter à toute attaque."), "AGREE")


def test_an_offer_to_share_is_addressed_to_the_one_named_with_a():
    events = of_type(code("L'Espagne a offert au Portugal de partager ses réserves d'eau."), "AGREE")
    assert [(sides(e), e.cameo) for e in events] == [(("ESP", "PRT"), "030")]


def test_two_countries_accepting_to_build_together_agree_with_each_other():
    events = of_type(code("Le Ghana et le Togo ont accepté de construire une route commune."), "AGREE")
    assert [set(sides(e)) for e in events] == [{"GHA", "TGO"}]


# ------------------------------------------------------------ joint drills spelt without the ligature (CAMEO 062)


def test_joint_drills_spelt_oe_are_military_cooperation():
    events = of_type(code("Les armées thaïlandaise et malaisienne ont mené des manoeuvres conjointes en mer."), "COOPERATE")
    assert [(set(sides(e)), e.cameo) for e in events] == [({"THA", "MYS"}, "062")]


# ------------------------------------------------------------ asylum and relief goods (CAMEO 075, 073)


def test_refugee_status_granted_is_asylum_to_the_nationals_named():
    events = of_type(code("Le Brésil a octroyé le statut de réfugié à plusieurs militants vénézuéliens."), "AID")
    assert [(sides(e), e.cameo) for e in events] == [(("BRA", "VEN"), "075")]


def test_asylum_granted_as_a_noun_names_grantor_and_sheltered():
    events = of_type(code("L'octroi de l'asile à l'ancien ministre péruvien par l'ambassade de Bolivie a surpris Lima."), "AID")
    assert [(sides(e), e.cameo) for e in events] == [(("BOL", "PER"), "075")]


def test_tents_and_blankets_sent_to_refugees_are_humanitarian_aid():
    events = of_type(code("La Jordanie a acheminé des tentes et des couvertures aux réfugiés syriens."), "AID")
    assert [(sides(e), e.cameo) for e in events] == [(("JOR", "SYR"), "073")]


# ------------------------------------------------------------ restrictions ended or cancelled (CAMEO 081)


def test_restrictions_ended_are_a_concession():
    events = of_type(code("Le gouvernement tunisien a mis fin aux restrictions imposées aux associations."), "CONCEDE")
    assert [(e.source.country, e.cameo) for e in events] == [("TUN", "081")]


def test_restrictions_cancelled_are_a_concession_but_cancelled_flights_are_nothing():
    events = of_type(code("Le gouvernement kényan a annulé les restrictions imposées aux médias étrangers."), "CONCEDE")
    assert [(e.source.country, e.cameo) for e in events] == [("KEN", "081")]
    assert code("La compagnie a annulé ses vols vers Dubaï.") == []


# ------------------------------------------------------------ specific promises before the generic one (CAMEO 0341, 0344)


def test_a_promise_of_elections_is_an_intent_to_change_leadership_with_no_recipient():
    events = of_type(code("La junte malienne a promis d'organiser des élections en 2025."), "AGREE")
    assert [(sides(e), e.cameo) for e in events] == [(("MLI", None), "0341")]


def test_a_promise_of_a_new_constitution_is_an_intent_to_change_institutions():
    events = of_type(code("Le président tchadien a promis de réformer la Constitution."), "AGREE")
    assert [(e.source.country, e.cameo) for e in events] == [("TCD", "0344")]


def test_a_promise_to_come_back_is_no_event():
    assert code("Le ministre a promis de revenir.") == []

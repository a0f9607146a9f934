"""French cooperative lexicon (CAMEO 03-08), classes widened after error
analysis on the French codebook set (issue 11).

Every sentence is written for this test, about other countries than the
codebook's, and coded by the real French pipeline; each class has an ordinary
sense of its word that must code nothing of it. Classes (see the entries'
``source`` and the frames' ``reason``):

* commitments and readiness (AGREE 030): 's'engager à' with no other party,
  'se dire disposé à' (parsed as the verb disposer), 'annoncer son intention de'
  + a cooperative act, 'se dire favorable à une reprise du dialogue';
* aid nouns under a light verb (AID 071): the recipient hung on the verb, in the
  passive too (frame ``nominal_provide``);
* apologies (SUPPORT 055): 'présenter ses excuses à X', 'demander pardon' where
  the country is only the place (frame ``apologize``);
* mediation (CONSULT 045 / AGREE 039): 'faire office de médiateur entre X et Y',
  an offered mediation coded once;
* surrender named by a noun (RETREAT 0874): to whom (frame ``nominal_surrender``);
* currency swaps (COOPERATE 061); property returned (RETREAT 0842);
* 'se féliciter / se réjouir de' another's act (SUPPORT 051, frame ``concern``);
* inquiries by set phrase (ACCUSE 090): 'faire la lumière sur', a regulator
  'examine' a takeover; a bill examined, a call to shed light: nothing;
* consent given ('donner son accord à' a mediation or a proposal: AGREE 038/030)
  and support rallied for another ('mobiliser ses partenaires en faveur de':
  SUPPORT 053); police mobilised is no support.
"""

from __future__ import annotations

from chronicle.model import Event
from event_checks import coder

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


def pairs(events: list[Event], event_type: str) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of every event of ``event_type``."""
    return [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == event_type]


# ------------------------------------------------------------ commitments and readiness (AGREE 030)


def test_a_commitment_to_one_s_own_people_is_an_agreement_with_no_recipient():
    events = code("Le gouvernement malien s'est engagé à organiser une élection présidentielle avant la fin de l'année.")
    assert pairs(events, "AGREE") == [("MLI", None)]


def test_readiness_said_with_dispose_names_the_other_party():
    events = code("La Colombie s'est dite disposée à reprendre les pourparlers avec l'ELN.")
    assert pairs(events, "AGREE") == [("COL", "COL")]
    assert [e.target.sector for e in events if e.event_type == "AGREE"] == ["REB"]


def test_having_time_at_one_s_disposal_is_no_intent():
    assert code("Le Nicaragua dispose de trente jours pour répondre à la Cour.") == []


def test_an_announced_intention_to_normalise_relations_is_an_agreement():
    events = code("Le président sénégalais a annoncé son intention de normaliser les relations avec la Gambie.")
    assert pairs(events, "AGREE") == [("SEN", "GMB")]


def test_an_intention_to_stand_for_election_is_no_agreement():
    assert pairs(code("Le président ivoirien a annoncé son intention de se présenter à l'élection présidentielle."), "AGREE") == []


def test_favouring_a_return_to_dialogue_is_an_agreement_with_the_other_side():
    events = code("Le gouvernement bolivien s'est dit favorable à une reprise du dialogue avec les syndicats paysans.")
    assert pairs(events, "AGREE") == [("BOL", "BOL")]


# ------------------------------------------------------------ aid nouns under a light verb (AID 071)


def test_a_loan_granted_in_the_passive_names_the_recipient_on_the_verb():
    events = code("Un prêt de 300 millions de dollars a été accordé lundi au Kenya par le Japon.")
    assert pairs(events, "AID") == [("JPN", "KEN")]


def test_a_gift_of_vaccines_names_the_recipient_after_the_goods():
    events = code("Le Japon a fait don de 50 000 doses de vaccin au Laos.")
    assert pairs(events, "AID") == [("JPN", "LAO")]


def test_propping_up_a_currency_is_no_support_for_anyone():
    events = code("La Banque centrale a relevé ses taux pour soutenir la livre turque.")
    assert pairs(events, "SUPPORT") == [] and pairs(events, "AGREE") == []


# ------------------------------------------------------------ apologies (SUPPORT 055)


def test_apologies_presented_to_a_country():
    events = code("Le Premier ministre belge a présenté ses excuses au Congo pour les crimes de la colonisation.")
    assert [(e.source.country, e.cameo) for e in events if e.event_type == "SUPPORT"] == [("BEL", "055")]
    assert pairs(events, "SUPPORT")[0][1] in ("COG", "COD")


def test_forgiveness_asked_where_the_crimes_were_done_is_an_apology_to_that_country():
    events = code("Le chancelier allemand a demandé pardon en Namibie pour le génocide des Herero.")
    assert pairs(events, "SUPPORT") == [("DEU", "NAM")]
    assert pairs(events, "REQUEST") == []


# ------------------------------------------------------------ mediation (CONSULT 045, AGREE 039)


def test_acting_as_mediator_between_two_states_consults_each():
    events = code("L'ancien président sud-africain fait office de médiateur entre l'Ethiopie et l'Erythrée.")
    assert sorted(pairs(events, "CONSULT")) == [("ZAF", "ERI"), ("ZAF", "ETH")]


def test_an_offer_to_mediate_is_one_agreement_per_side_not_two():
    events = code("Le Qatar s'est proposé pour servir de médiateur entre le Venezuela et la Guyana.")
    assert sorted(pairs(events, "AGREE")) == [("QAT", "GUY"), ("QAT", "VEN")]


# ------------------------------------------------------------ surrender, swaps, property returned (RETREAT, COOPERATE)


def test_a_surrender_named_by_a_noun_names_to_whom():
    events = code("La reddition de centaines de soldats ukrainiens aux forces russes a eu lieu à Marioupol.")
    assert pairs(events, "RETREAT") == [("UKR", "RUS")]
    assert [e.mode for e in events if e.event_type == "RETREAT"] == ["disarm"]


def test_a_currency_swap_is_economic_cooperation():
    events = code("La Chine et l'Argentine ont procédé à un échange de devises de 5 milliards de dollars.")
    assert sorted(pairs(events, "COOPERATE")) in ([("ARG", "CHN")], [("CHN", "ARG")])


def test_looted_objects_returned_are_property_returned():
    events = code("Les Pays-Bas ont rendu au Sri Lanka six objets pillés pendant la période coloniale.")
    assert pairs(events, "RETREAT") == [("NLD", "LKA")]
    assert [e.cameo for e in events if e.event_type == "RETREAT"] == ["0842"]


def test_a_visit_paid_returns_nothing():
    events = code("Le ministre kényan a rendu visite aux familles des victimes à Nakuru.")
    assert pairs(events, "RETREAT") == []


# ------------------------------------------------------------ welcoming another's act (SUPPORT 051), inquiries by set phrase (ACCUSE 090)


def test_welcoming_a_release_praises_the_country_that_released():
    events = code("L'Union africaine s'est félicitée de la libération de plusieurs journalistes au Burundi.")
    assert pairs(events, "SUPPORT") == [("IGO", "BDI")]


def test_rejoicing_at_renewed_talks_praises_both_parties():
    events = code("Le Japon s'est réjoui de la reprise du dialogue entre le Soudan et le Soudan du Sud.")
    assert sorted(pairs(events, "SUPPORT")) == [("JPN", "SDN"), ("JPN", "SSD")]


def test_congratulating_a_counterpart_is_still_read_on_the_object():
    events = code("Le président français a félicité son homologue brésilien pour sa réélection.")
    assert pairs(events, "SUPPORT") == [("FRA", "BRA")]


def test_shedding_light_on_a_death_is_an_inquiry():
    events = code("Le parquet burkinabè entend faire toute la lumière sur la mort d'un journaliste tchadien.")
    assert [(e.source.country, e.mode) for e in events if e.event_type == "ACCUSE"] == [("BFA", "investigate")]


def test_a_call_to_shed_light_is_no_inquiry():
    events = code("L'opposition togolaise a appelé le gouvernement à faire la lumière sur les violences de Lomé.")
    assert [e for e in events if e.event_type == "ACCUSE"] == []


def test_a_bill_examined_by_parliament_is_no_inquiry():
    assert [e for e in code("Le Sénat chilien examine mardi le projet de réforme des retraites.") if e.event_type == "ACCUSE"] == []


def test_a_takeover_scrutinised_by_a_regulator_is_an_inquiry():
    events = code("La Commission européenne examine le rachat d'un opérateur portuaire grec par un groupe chinois.")
    assert [(e.source.country, e.mode) for e in events if e.event_type == "ACCUSE"] == [("EUR", "investigate")]


# ------------------------------------------------------------ consent given (AGREE 038/030), support rallied (SUPPORT 053)


def test_consent_given_to_a_mediation_accepts_each_mediator():
    events = code("Le gouvernement malien et les rebelles touareg ont donné leur accord à une médiation de l'Algérie et du Qatar.")
    assert {t for _, t in pairs(events, "AGREE")} == {"DZA", "QAT"}


def test_consent_given_to_a_membership_names_the_candidate():
    events = code("Budapest a donné son accord à l'adhésion de la Suède à l'Otan.")
    assert pairs(events, "AGREE") == [("HUN", "SWE")]


def test_an_agreement_reached_is_still_read_between_its_parties():
    events = code("Le Ghana et le Togo sont parvenus à un accord sur leur frontière maritime.")
    assert sorted(pairs(events, "AGREE")) in ([("GHA", "TGO")], [("TGO", "GHA")])


def test_partners_rallied_for_another_state_is_support_for_it():
    events = code("Le Sénégal a mobilisé ses partenaires africains en faveur de la candidature du Rwanda au Conseil de sécurité.")
    assert pairs(events, "SUPPORT") == [("SEN", "RWA")]


def test_police_mobilised_against_protesters_is_no_support():
    events = code("Le Kenya a mobilisé des milliers de policiers contre les manifestants à Nairobi.")
    assert pairs(events, "SUPPORT") == []

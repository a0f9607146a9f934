"""French lexicon for the cooperative half of the CAMEO codebook (roots 02-09).

Each case codes a sentence written for this test, about many regions, with the
real French pipeline and checks the event a reader expects: PLOVER type, CAMEO
code, the countries of both sides, polarity and modality. The last cases check
that the ordinary senses of the same words ("appeler" to phone, "lever la
main", "investi président", "livrer bataille") code nothing.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, only

PUBLISHED = "2024-05-15"


code = coder("fr", PUBLISHED)


# ------------------------------------------------------------ REQUEST (CAMEO 02 appeals, coded 10x)


def test_a_summons_to_release_people_is_a_request_to_yield():
    event = only(code("Washington a sommé Téhéran de libérer les marins britanniques."), "REQUEST")
    assert sides(event) == ("USA", "IRN")
    assert (event.cameo, event.mode, event.polarity, event.modality) == ("1053", "yield", "positive", "actual")


def test_a_summons_not_made_is_negative():
    event = only(code("Le Tchad n'a pas sommé le Soudan de retirer ses troupes."), "REQUEST")
    assert sides(event) == ("TCD", "SDN")
    assert (event.cameo, event.polarity) == ("1056", "negative")


def test_an_injunction_that_may_come_is_hypothetical():
    event = only(code("La Chine pourrait enjoindre à la Corée du Nord de cesser ses essais."), "REQUEST")
    assert sides(event) == ("CHN", "PRK")
    assert (event.cameo, event.modality) == ("100", "hypothetical")


def test_a_plea_for_a_ceasefire_needs_no_addressee():
    event = only(code("L'Egypte plaide pour un cessez-le-feu à Gaza."), "REQUEST")
    assert event.source.country == "EGY" and event.target is None
    assert (event.cameo, event.mode) == ("1056", "yield")


def test_inviting_the_parties_to_restraint_urges_each_of_them():
    events = [e for e in code("L'ONU a invité l'Inde et le Pakistan à la retenue.") if e.event_type == "REQUEST"]
    assert {sides(e) for e in events} == {("UNO", "IND"), ("UNO", "PAK")}
    assert {e.cameo for e in events} == {"1056"}


def test_a_plea_for_lifting_sanctions_is_coded_by_its_content():
    event = only(code("Le Kenya a plaidé pour la levée des sanctions contre le Zimbabwe."), "REQUEST")
    assert event.source.country == "KEN" and (event.cameo, event.mode) == ("1054", "yield")


def test_an_urged_negotiation_is_the_request_s_content_not_a_meeting():
    events = code("Washington pousse Kiev à négocier avec Moscou.")
    request = only(events, "REQUEST")
    assert sides(request) == ("USA", "UKR")
    assert not [e for e in events if e.event_type == "CONSULT"]


# ------------------------------------------------------------ AGREE (CAMEO 03)


def test_good_offices_offered_are_an_intent_to_mediate():
    event = only(code("Le Qatar a offert ses bons offices au Soudan."), "AGREE")
    assert sides(event) == ("QAT", "SDN") and event.cameo == "039"


def test_an_invitation_accepted_is_an_intent_to_meet():
    event = only(code("L'Angola a accepté l'invitation du Rwanda."), "AGREE")
    assert sides(event) == ("AGO", "RWA") and event.cameo == "036"


def test_elections_promised_are_an_intent_to_change_leadership_without_recipient():
    event = only(code("Le Mali a promis des élections en février."), "AGREE")
    assert event.source.country == "MLI" and event.target is None and event.cameo == "0341"


@pytest.mark.parametrize(
    ("sentence", "expected", "cameo"),
    [
        ("La France a promis des chars à l'Ukraine.", ("FRA", "UKR"), "0332"),
        ("Le Japon a promis son soutien aux Philippines.", ("JPN", "PHL"), "032"),
    ],
)
def test_what_is_promised_decides_the_intent_code(sentence, expected, cameo):
    event = only(code(sentence), "AGREE")
    assert sides(event) == expected and event.cameo == cameo


# ------------------------------------------------------------ CONSULT (CAMEO 04)


def test_ministers_meeting_in_a_third_capital():
    event = only(code("Les ministres français et allemand se sont réunis à Bruxelles."), "CONSULT")
    assert set(sides(event)) == {"FRA", "DEU"}
    assert (event.cameo, event.mode) == ("040", "third-party")


def test_a_phone_conversation_is_a_phone_consultation():
    event = only(code("Le président colombien a eu une conversation téléphonique avec son homologue vénézuélien."), "CONSULT")
    assert set(sides(event)) == {"COL", "VEN"}
    assert (event.mode, event.cameo) == ("phone", "041")


def test_landing_in_a_capital_is_a_visit():
    event = only(code("Le président chinois a atterri à Moscou."), "CONSULT")
    assert sides(event) == ("CHN", "RUS") and (event.mode, event.cameo) == ("visit", "042")


# ------------------------------------------------------------ SUPPORT (CAMEO 05)


def test_restored_relations_are_diplomatic_cooperation():
    event = only(code("L'Arabie saoudite et l'Iran ont rétabli leurs relations diplomatiques."), "SUPPORT")
    assert set(sides(event)) == {"SAU", "IRN"} and event.cameo == "050"


def test_relations_that_could_be_restored_are_hypothetical():
    event = only(code("L'Arabie saoudite et l'Iran pourraient rétablir leurs relations diplomatiques."), "SUPPORT")
    assert event.modality == "hypothetical"


def test_recognising_a_state_is_diplomatic_recognition():
    event = only(code("L'Irlande a reconnu l'Etat de Palestine."), "SUPPORT")
    assert sides(event) == ("IRL", "PSE") and event.cameo == "054"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le Brésil a rendu hommage à l'Argentine.", ("BRA", "ARG")),
        ("L'Algérie a exprimé sa solidarité avec le Liban.", ("DZA", "LBN")),
    ],
)
def test_tribute_and_solidarity_are_praise(sentence, expected):
    event = only(code(sentence), "SUPPORT")
    assert sides(event) == expected and event.cameo == "051"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La France a réaffirmé son soutien à l'Ukraine.", ("FRA", "UKR")),
        ("Le Maroc a assuré la Palestine de son soutien.", ("MAR", "PSE")),
        ("L'Union européenne a donné son feu vert à l'adhésion de l'Ukraine.", ("EUR", "UKR")),
    ],
)
def test_support_reaffirmed_assured_or_given_the_green_light(sentence, expected):
    event = only(code(sentence), "SUPPORT")
    assert sides(event) == expected and event.cameo == "051"


# ------------------------------------------------------------ COOPERATE (CAMEO 06)


def test_an_extradition_cooperates_with_the_receiving_state():
    event = only(code("La France a extradé un ancien militaire rwandais vers le Rwanda."), "COOPERATE")
    assert sides(event) == ("FRA", "RWA") and event.cameo == "063"


def test_an_extradition_refused_in_fact_is_negative():
    event = only(code("L'Italie n'a pas extradé le suspect vers l'Egypte."), "COOPERATE")
    assert sides(event) == ("ITA", "EGY") and event.polarity == "negative"


def test_intelligence_shared_and_joint_patrols():
    shared = only(code("Les Etats-Unis partagent des renseignements avec Israël."), "COOPERATE")
    assert set(sides(shared)) == {"USA", "ISR"} and shared.cameo == "064"
    patrols = only(code("La Turquie et l'Azerbaïdjan ont mené des patrouilles conjointes."), "COOPERATE")
    assert set(sides(patrols)) == {"TUR", "AZE"} and patrols.cameo == "062"


def test_an_investment_to_come_is_an_intent_to_cooperate_economically():
    event = only(code("La Chine va investir 2 milliards de dollars au Sénégal."), "AGREE")
    assert sides(event) == ("CHN", "SEN")
    assert (event.cameo, event.modality) == ("0311", "intended")  # economic (061): CAMEO 0311 (plover.yaml by_cameo)


# ------------------------------------------------------------ AID (CAMEO 07)


def test_weapons_delivered_are_military_aid():
    event = only(code("Les Etats-Unis ont livré des missiles Patriot à la Pologne."), "AID")
    assert sides(event) == ("USA", "POL")
    assert (event.cameo, event.polarity, event.modality) == ("072", "positive", "actual")


def test_weapons_that_could_be_delivered_are_hypothetical_aid():
    event = only(code("La France pourrait livrer des avions de combat à l'Inde."), "AID")
    assert sides(event) == ("FRA", "IND") and event.modality == "hypothetical"


def test_weapons_that_will_not_be_delivered_are_a_negated_intent_to_aid():
    event = only(code("L'Allemagne ne livrera pas de missiles Taurus à l'Ukraine."), "AGREE")
    assert sides(event) == ("DEU", "UKR")
    assert (event.cameo, event.polarity, event.modality) == ("0332", "negative", "intended")  # military aid (072): CAMEO 0332


@pytest.mark.parametrize(
    ("sentence", "expected", "cameo"),
    [
        ("L'Algérie a envoyé des tonnes de vivres au Niger.", ("DZA", "NER"), "073"),
        ("La Banque mondiale a accordé un prêt de 500 millions de dollars au Kenya.", ("IGO", "KEN"), "071"),
        ("Le Japon a annulé la dette du Cameroun.", ("JPN", "CMR"), "071"),
        ("Le Canada a accordé l'asile à un journaliste iranien.", ("CAN", "IRN"), "075"),
    ],
)
def test_relief_loans_debt_relief_and_asylum_are_aid(sentence, expected, cameo):
    event = only(code(sentence), "AID")
    assert sides(event) == expected and event.cameo == cameo


def test_aid_sent_without_a_kind_of_aid():
    event = only(code("La France a envoyé de l'aide au Maroc."), "AID")
    assert sides(event) == ("FRA", "MAR") and event.cameo == "070"


def test_coming_to_the_aid_of_a_neighbour():
    event = only(code("La Turquie est venue en aide à la Syrie."), "AID")
    assert sides(event) == ("TUR", "SYR") and event.cameo == "070"


# ------------------------------------------------------------ CONCEDE (CAMEO 080-083)


def test_demands_accepted_and_sanctions_eased_are_concessions():
    accepted = only(code("Le gouvernement tunisien a accepté les exigences de l'UGTT."), "CONCEDE")
    assert accepted.source.country == "TUN" and accepted.cameo == "080"
    # sanctions eased are CAMEO 085, which CAMEO2PLOVER-2021 and both codebook sets code RETREAT (helper wordfr19a)
    eased = only(code("L'Union européenne a assoupli les sanctions contre la Syrie."), "RETREAT")
    assert sides(eased) == ("EUR", "SYR") and eased.cameo == "085"


def test_lifting_a_state_of_emergency_is_granted_to_the_country_s_people():
    event = only(code("Le Pérou a levé l'état d'urgence."), "CONCEDE")
    assert sides(event) == ("PER", "PER") and event.target.sector == "CVL" and event.cameo == "081"


def test_a_strike_called_off_eases_dissent():
    event = only(code("Les syndicats sud-africains ont suspendu la grève."), "CONCEDE")
    assert (event.source.country, event.source.sector, event.cameo) == ("ZAF", "LAB", "082")


def test_a_declared_truce_is_a_concession_not_yet_a_retreat():
    event = only(code("Le Hamas a décrété une trêve."), "CONCEDE")
    assert event.source.country == "PSE" and event.cameo == "080"
    assert not [e for e in code("Le Hamas a décrété une trêve.") if e.event_type == "RETREAT"]


# ------------------------------------------------------------ RETREAT (CAMEO 084-087)


def test_people_released_and_release_withheld():
    released = only(code("L'Iran a relâché deux ressortissants français."), "RETREAT")
    assert sides(released) == ("IRN", "FRA")
    assert (released.mode, released.cameo, released.polarity) == ("release", "0841", "positive")
    withheld = only(code("L'Iran n'a pas relâché les ressortissants français."), "RETREAT")
    assert withheld.polarity == "negative"


def test_property_to_be_returned_is_an_announced_concession():
    event = only(code("La Russie va restituer les navires à l'Ukraine."), "CONCEDE")
    assert sides(event) == ("RUS", "UKR") and event.modality == "intended"


def test_humanitarian_access_allowed():
    event = only(code("Le Burkina Faso a autorisé l'entrée de convois humanitaires à Djibo."), "RETREAT")
    assert (event.source.country, event.mode, event.cameo) == ("BFA", "access", "0863")


@pytest.mark.parametrize(
    ("sentence", "source", "mode", "cameo"),
    [
        ("L'armée syrienne a levé le siège de Deraa.", "SYR", "withdraw", "0872"),
        ("Les rebelles colombiens ont déposé les armes.", "COL", "disarm", "0873"),
        ("Les rebelles du M23 se sont retirés de Bunagana.", "COD", "withdraw", "0874"),
    ],
)
def test_military_de_escalation(sentence, source, mode, cameo):
    event = only(code(sentence), "RETREAT")
    assert (event.source.country, event.mode, event.cameo) == (source, mode, cameo)


def test_troops_leaving_a_country_withdraw_from_it():
    left = only(code("Les soldats français ont quitté le Tchad."), "RETREAT")
    assert sides(left) == ("FRA", "TCD") and left.cameo == "0874"
    withdrawal = only(code("Le retrait des troupes américaines d'Afghanistan a été achevé."), "RETREAT")
    assert sides(withdrawal) == ("USA", "AFG") and withdrawal.mode == "withdraw"


def test_a_resignation_is_a_retreat_without_recipient():
    event = only(code("Le Premier ministre haïtien a démissionné."), "RETREAT")
    assert (event.source.country, event.mode, event.target) == ("HTI", "resign", None)


# ------------------------------------------------------------ ACCUSE 'investigate' (CAMEO 09)


def test_an_inquiry_into_war_crimes_investigates_their_authors():
    event = only(code("La CPI a ouvert une enquête sur les crimes de guerre de l'armée russe en Ukraine."), "ACCUSE")
    assert event.target.country == "RUS"
    assert (event.mode, event.cameo) == ("investigate", "094")


def test_an_announced_inquiry_into_executions_is_intended():
    event = only(code("L'ONU va enquêter sur les exécutions sommaires en Ethiopie."), "ACCUSE")
    assert sides(event) == ("UNO", "ETH")
    assert (event.cameo, event.modality) == ("092", "intended")


# ------------------------------------------------------------ ordinary senses code nothing


@pytest.mark.parametrize(
    "sentence",
    [
        "Le président sénégalais a appelé son homologue ivoirien Alassane Ouattara au téléphone.",
        "Le ministre a levé la main pour demander la parole.",
        "Le général a été investi président du Burkina Faso.",
        "L'armée malienne a livré bataille contre les jihadistes.",
        "Le ministre s'est retiré de la vie politique.",
        "Le porte-parole a demandé l'heure du prochain vol.",
        "Les enquêteurs de la presse ont publié une enquête sur le football.",
        "Le président kényan a prié pour la paix.",
        "La sécheresse a poussé des milliers de Somaliens à fuir vers le Kenya.",
        "Le ministère de la Défense a réduit ses dépenses de fonctionnement.",
        "Le tribunal a reconnu coupable l'ancien ministre du gouvernement malien.",
    ],
)
def test_ordinary_senses_are_not_cooperation_events(sentence):
    coded = {(e.event_type, e.mode) for e in code(sentence)}
    cooperative = {"REQUEST", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
    assert not [c for c in coded if c[0] in cooperative or c == ("ACCUSE", "investigate")], coded

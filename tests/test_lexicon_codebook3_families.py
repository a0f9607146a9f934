"""Codes both unseen codebook sets missed, fixed by class in both languages (codebook-3).

Each class is checked on sentences written for this test (other countries and
regions than the sets' items) with the real pipeline: the type, CAMEO code and
both sides' countries users see. Beside each class sit ordinary senses of the
same words, or the same act promised rather than done, which must code no event
of that class.
"""

from __future__ import annotations

from event_checks import coder, dyad as sides, of_type, only

PUBLISHED = "2024-05-15"

en = coder("en", PUBLISHED)
fr = coder("fr", PUBLISHED)


# ------------------------------------------------------------ 09 a state body's inquiry with no one named is in its own country


def test_an_electoral_body_probe_is_coded_in_its_country():
    event = only(en("Ghana's electoral commission launched a probe on Monday into claims of ballot stuffing."), "ACCUSE")
    assert event.source.country == "GHA" and event.target.country == "GHA" and event.cameo == "090"


def test_french_inquiry_of_a_state_body_is_coded_in_its_country():
    event = only(fr("La Cour des comptes sénégalaise a lancé lundi des investigations sur des soupçons de détournement."), "ACCUSE")
    assert event.source.country == "SEN" and event.target.country == "SEN"


def test_a_promised_inquiry_is_no_investigation():
    assert not of_type(fr("Niamey a promis de diligenter une enquête après le drame."), "ACCUSE")


def test_parliamentary_hearings_into_a_scandal_are_an_inquiry():
    event = only(en("Kenyan senators opened hearings on Wednesday into the sale of the national grain reserve."), "ACCUSE")
    assert event.source.country == "KEN" and event.cameo == "090"


def test_a_bail_hearing_is_no_inquiry():
    assert not of_type(en("The court scheduled a bail hearing for the former minister on Monday."), "ACCUSE")


# ------------------------------------------------------------ 087 troops that pull back or dismantle their posts retreat


def test_troops_pulling_back_under_a_deal_retreat():
    events = en("Eritrean troops pulled back from positions near the Ethiopian town of Zalambessa on Friday under a peace deal.")
    assert only(events, "RETREAT").cameo == "087" and not of_type(events, "SANCTION")


def test_a_state_pulling_out_of_a_deal_still_withdraws_from_it():
    assert of_type(en("Burkina Faso withdrew from the defence pact with France on Monday."), "SANCTION")


def test_french_dismantled_forward_posts_retreat():
    event = only(fr("L'armée chinoise a démantelé vendredi ses postes avancés dans la vallée de Galwan, en vertu d'un accord avec l'Inde."), "RETREAT")
    assert sides(event) == ("CHN", "IND") and event.cameo == "087"


def test_a_dismantled_smuggling_network_is_no_retreat():
    assert not of_type(fr("La police marocaine a démantelé un réseau de passeurs à Nador."), "RETREAT")


# ------------------------------------------------------------ 052 / 063 / 071 defended, evidence pooled, grants handed


def test_standing_up_for_a_leader_defends_him():
    event = only(en("Belarus's foreign minister stood up for Russia's president on Tuesday, calling the warrant against him void."), "SUPPORT")
    assert sides(event) == ("BLR", "RUS") and event.cameo == "052"


def test_standing_up_for_rights_defends_no_party():
    assert not of_type(en("The students stood up for their rights."), "SUPPORT")


def test_french_taking_up_a_cause_defends_a_party():
    event = only(fr("Le ministre turc des Affaires étrangères a pris fait et cause pour l'Azerbaïdjan mardi."), "SUPPORT")
    assert sides(event) == ("TUR", "AZE") and event.cameo == "052"


def test_pooled_evidence_is_judicial_cooperation():
    event = only(en("Peruvian and Bolivian prosecutors have pooled their evidence in a gold smuggling case."), "COOPERATE")
    assert set(sides(event)) == {"PER", "BOL"} and event.cameo == "063"


def test_a_grant_handed_to_a_state_is_aid():
    event = only(en("Qatar's development fund handed Somalia a 50-million-dollar grant on Sunday."), "AID")
    assert sides(event) == ("QAT", "SOM") and event.cameo == "071"


def test_grants_handed_to_students_are_no_aid():
    assert not of_type(en("The ministry handed students a grant for their studies."), "AID")


# ------------------------------------------------------------ 16 talks left, UN peacekeepers told to leave


def test_french_army_leaving_talks_breaks_them_off():
    event = only(fr("L'armée birmane s'est retirée jeudi des pourparlers de paix de Bangkok."), "SANCTION")
    assert event.source.country == "MMR" and event.cameo == "164"


def test_french_putting_an_end_to_negotiations_breaks_them_off():
    event = only(fr("Bogota a mis un terme mardi à ses négociations de paix avec l'ELN."), "SANCTION")
    assert event.source.country == "COL" and event.cameo == "164"


def test_french_host_ordering_blue_helmets_out_expels_them():
    event = only(fr("Le gouvernement malien a sommé la mission de l'ONU de retirer ses Casques bleus du nord du pays."), "SANCTION")
    assert event.source.country == "MLI" and event.target.country == "UNO" and event.cameo == "1661"


def test_french_order_to_free_hostages_stays_a_demand():
    events = fr("Le Conseil de sécurité a sommé les rebelles de libérer les otages.")
    assert of_type(events, "REQUEST") and not of_type(events, "SANCTION")


# ------------------------------------------------------------ 191 a district sealed off


def test_a_district_cordoned_off_restricts_movement():
    event = only(en("Indian troops cordoned off the Pulwama district on Thursday, halting all traffic."), "COERCE")
    assert event.source.country == "IND" and event.cameo == "191"


def test_a_crime_scene_cordoned_off_is_no_blockade():
    assert not of_type(en("Police cordoned off the area after the explosion."), "COERCE")

"""Phrasing families the second, unseen codebook set found missing, in both languages.

Each class is checked on sentences written for this test (other countries and
regions than the set's items) with the real pipeline: the type, CAMEO code and
both sides' countries users see. Beside each class sit ordinary senses of the
same words, which must code no event of that class.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad as sides, of_type, only

PUBLISHED = "2024-05-15"

en = coder("en", PUBLISHED)
fr = coder("fr", PUBLISHED)


# ------------------------------------------------------------ 1312/137 a promise of tariffs or a crackdown is a threat


@pytest.mark.parametrize("text, pair", [
    ("Beijing vowed on Friday to slap punitive tariffs on Australian wine.", ("CHN", "AUS")),
    ("Brussels pledged new sanctions against Belarus on Monday.", ("EUR", "BLR")),
])
def test_promised_tariffs_or_sanctions_threaten_their_target(text, pair):
    event = only(en(text), "THREATEN")
    assert sides(event) == pair and event.cameo == "1312"


def test_promised_tariff_cuts_are_no_threat():
    events = en("India pledged on Monday to cut tariffs on British whisky.")
    assert not of_type(events, "THREATEN")


def test_french_promised_customs_duties_threaten():
    event = only(fr("Le président américain a promis lundi d'imposer des droits de douane sur les produits brésiliens."), "THREATEN")
    assert sides(event) == ("USA", "BRA") and event.cameo == "1312"


def test_french_promised_duty_cuts_are_no_threat():
    assert not of_type(fr("Le Japon a promis mardi de baisser ses droits de douane sur le boeuf australien."), "THREATEN")


# ------------------------------------------------------------ 04 / 05 / 10 consult, support, request


def test_came_together_is_a_meeting():
    event = only(en("The prime ministers of Samoa and Tonga came together in Apia on Tuesday."), "CONSULT")
    assert set(sides(event)) == {"WSM", "TON"}


def test_begged_forgiveness_is_an_apology_not_a_request():
    events = en("Belgium's king begged forgiveness in Kinshasa on Wednesday for the abuses of the colonial era in Congo.")
    assert not of_type(events, "REQUEST")
    assert only(events, "SUPPORT").cameo == "055"


def test_extended_recognition_names_the_recognised():
    event = only(en("Ireland extended formal recognition to the State of Palestine on Tuesday."), "SUPPORT")
    assert sides(event) == ("IRL", "PSE") and event.cameo == "054"


def test_sided_with_names_the_party_supported():
    event = only(en("Serbia sided with Hungary on Monday in its row with the European Commission."), "SUPPORT")
    assert sides(event)[0:2] == ("SRB", "HUN")


def test_sought_talks_is_a_request_to_meet():
    event = only(en("Bolivia's foreign minister sought talks with Chile on Friday over access to the sea."), "REQUEST")
    assert sides(event) == ("BOL", "CHL") and event.cameo == "106"


def test_french_ranged_on_the_side_of_is_support():
    event = only(fr("Le Paraguay s'est rangé lundi du côté de l'Equateur dans sa querelle avec le Mexique."), "SUPPORT")
    assert sides(event)[0] == "PRY" and sides(event)[1] == "ECU"


def test_french_shuttle_diplomacy_is_mediation():
    events = of_type(fr("Le ministre qatari a fait la navette mercredi à Doha entre les délégations rwandaise et congolaise."), "CONSULT")
    assert {sides(e)[1] for e in events} >= {"RWA"} or {sides(e)[1] for e in events} >= {"COD"}
    assert all(sides(e)[0] == "QAT" for e in events)


# ------------------------------------------------------------ 08 / 11 / 12 / 14 / 17 / 18


def test_set_free_is_a_release():
    event = only(en("Belarus set 20 political prisoners free on Wednesday."), "RETREAT")
    assert event.mode == "release" and sides(event)[0] == "BLR"


def test_set_up_a_free_trade_zone_is_no_release():
    assert not of_type(en("Kenya and Uganda set up a free trade zone on Monday."), "RETREAT")


def test_sent_back_refugees_are_deported():
    event = only(en("Iran sent back thousands of Afghan migrants on Sunday."), "COERCE")
    assert event.cameo == "174" and sides(event)[0] == "IRN"


def test_taken_into_custody_is_an_arrest():
    event = only(en("Three opposition activists were taken into custody by Zimbabwean police on Saturday."), "COERCE")
    assert event.cameo == "173" and sides(event) == ("ZWE", "ZWE")


def test_took_over_a_town_is_occupation_not_a_company():
    event = only(en("Jihadist fighters took over the town of Djibo on Monday."), "COERCE")
    assert event.cameo == "192"
    assert not of_type(en("Nigeria's Dangote Group took over the refinery's management on Monday."), "COERCE")


def test_gunmen_seizing_passengers_is_an_abduction():
    event = only(en("Bandits seized thirty passengers from a bus in Zamfara state on Sunday."), "ASSAULT")
    assert event.mode == "abduct" and event.cameo == "181"


def test_package_of_penalties_is_a_sanction():
    event = only(en("Britain adopted a new package of penalties against Iran on Thursday."), "SANCTION")
    assert sides(event) == ("GBR", "IRN")


def test_french_sue_before_a_court():
    event = only(fr("La Bolivie a traîné le Chili devant la Cour internationale de justice."), "ACCUSE")
    assert sides(event) == ("BOL", "CHL") and event.cameo == "115"


def test_french_defiance_of_a_ruling():
    event = only(fr("Le gouvernement polonais a maintenu la loi au mépris d'une décision de la Cour européenne."), "REJECT")
    assert event.cameo == "128" and sides(event)[0] == "POL"


def test_french_brushed_aside_calls():
    event = only(fr("Le président nicaraguayen a écarté mardi les appels de l'opposition à des élections anticipées."), "REJECT")
    assert sides(event) == ("NIC", "NIC")


def test_french_refusing_food_is_a_hunger_strike_refusing_comment_is_nothing():
    assert only(fr("Un journaliste marocain emprisonné refuse de s'alimenter depuis deux semaines."), "PROTEST").mode == "hunger"
    assert not fr("Le ministère a refusé de commenter ces informations.")


def test_french_truce_proclaimed_with_the_rebels():
    event = only(fr("L'armée birmane a décrété lundi une trêve avec l'Armée d'Arakan."), "RETREAT")
    assert event.mode == "ceasefire" and sides(event)[0] == "MMR"


def test_french_deployment_towards_a_country():
    event = only(fr("La Russie a envoyé mardi des bombardiers en direction du Japon."), "MOBILIZE")
    assert sides(event) == ("RUS", "JPN")


def test_french_deposited_billions_is_economic_aid():
    event = only(fr("Les Emirats arabes unis ont déposé un milliard de dollars à la banque centrale d'Egypte."), "AID")
    assert sides(event)[0] == "ARE" and event.cameo == "071"


def test_french_sent_back_migrants_are_deported():
    event = only(fr("La Tunisie a renvoyé des centaines de migrants subsahariens vers la frontière libyenne."), "COERCE")
    assert event.cameo == "174" and sides(event)[0] == "TUN"


def test_french_poured_into_the_streets_is_a_demonstration():
    event = only(fr("Des milliers de Serbes ont déferlé dimanche dans les rues de Belgrade."), "PROTEST")
    assert event.mode == "demo" and sides(event)[0] == "SRB"

"""French conflict lexicon, fifth pass (CAMEO roots 11, 16, 18-20, issue 11).

Each case codes a sentence written for this test, about a different country or
region, with the real French pipeline: the classes added in this pass (the
object AFP copy puts after a weekday, towns seized named after "de" and towns
fallen to a force, sanctions, strikes and criticism stated by the one they fall
on, blacklists, pejorative qualifications), their negated and modal forms, and
ordinary senses that must code nothing. The triggers live in
``packs/fr/triggers/1*.yaml``; the frames ``nominal_undergo`` and ``fall_to``
in ``packs/fr/pack.yaml``.
"""

from __future__ import annotations

from event_checks import coder, dyad, only, types


code = coder("fr", "2024-05-10")


# ---------------------------------------------------------------- a weekday between the verb and its object


def test_a_market_bombed_on_sunday_strikes_its_civilians():
    # fr_core_news_md hangs "un marché" on "samedi": the object goes back to the verb
    event = only(code("L'aviation soudanaise a bombardé samedi un marché de Nyala."), "ASSAULT")
    assert dyad(event) == ("SDN", "SDN") and event.target.sector == "CVL"


def test_an_aid_agency_driven_out_on_monday_is_expelled():
    event = only(code("Les autorités talibanes ont chassé lundi une ONG humanitaire de la province de Kandahar."), "SANCTION")
    assert event.source.country == "AFG" and event.target.sector == "NGO" and event.cameo == "1663"


# ---------------------------------------------------------------- COERCE 192: towns seized


def test_a_town_seized_with_s_emparer_de_is_occupied():
    event = only(code("Les rebelles du M23 se sont emparés de la ville de Goma."), "COERCE")
    assert dyad(event) == ("COD", "COD") and event.cameo == "192" and event.source.sector == "REB"


def test_control_retaken_of_a_town_is_occupation():
    event = only(code("L'armée soudanaise a repris le contrôle de Wad Madani."), "COERCE")
    assert dyad(event) == ("SDN", "SDN") and event.cameo == "192"


def test_a_town_that_fell_to_rebels_is_seized_by_them():
    event = only(code("La ville de Goma est tombée aux mains des rebelles du M23."), "COERCE")
    assert event.source.sector == "REB" and dyad(event) == ("COD", "COD") and event.cameo == "192"


def test_a_denied_seizure_is_negative():
    event = only(code("Les rebelles du M23 ne se sont pas emparés de la ville de Goma, selon l'armée congolaise."), "COERCE")
    assert event.polarity == "negative"


def test_seizing_a_file_or_retaking_work_codes_nothing():
    assert code("Le Premier ministre s'est emparé du dossier des retraites.") == []
    assert code("Les dockers du port d'Abidjan ont repris le travail.") == []
    assert code("Le champion a retrouvé le contrôle de ses nerfs.") == []
    assert code("Le président sénégalais est tombé malade.") == []


# ---------------------------------------------------------------- SANCTION: sanctions suffered, blacklists


def test_a_country_target_of_sanctions_is_sanctioned_by_their_author():
    event = only(code("La Corée du Nord a été la cible de nouvelles sanctions américaines."), "SANCTION")
    assert dyad(event) == ("USA", "PRK") and event.cameo == "160"


def test_sanctions_in_the_passive_name_their_author_after_par():
    event = only(code("L'Iran est visé par des sanctions de l'Union européenne."), "SANCTION")
    assert dyad(event) == ("EUR", "IRN")
    event = only(code("Cuba est frappé par des sanctions américaines."), "SANCTION")
    assert dyad(event) == ("USA", "CUB")


def test_sanctions_that_may_come_are_hypothetical():
    event = only(code("La Russie pourrait être la cible de nouvelles sanctions américaines."), "SANCTION")
    assert event.modality == "hypothetical"


def test_a_blacklisting_sanctions_those_listed():
    event = only(code("La junte nigérienne a placé sur liste noire plusieurs ONG françaises."), "SANCTION")
    assert dyad(event) == ("NER", "FRA") and event.target.sector == "NGO"


def test_an_electoral_roll_or_a_heritage_list_codes_nothing():
    assert code("L'opposant a été inscrit sur la liste électorale de Dakar.") == []
    assert code("Le site de Tombouctou a été inscrit sur la liste du patrimoine mondial de l'Unesco.") == []


# ---------------------------------------------------------------- ASSAULT and ACCUSE stated by the one they fall on


def test_a_town_target_of_strikes_is_attacked_by_their_author():
    event = only(code("La ville de Kramatorsk a été la cible de frappes russes."), "ASSAULT")
    assert dyad(event) == ("RUS", "UKR")


def test_the_author_of_strikes_after_de_is_the_attacker():
    event = only(code("Une base militaire israélienne a été la cible de tirs de roquettes du Hezbollah."), "ASSAULT")
    assert dyad(event) == ("LBN", "ISR") and event.source.sector == "REB"


def test_criticism_suffered_is_the_critic_s_accusation():
    events = code("Le président kényan William Ruto a été la cible de vives critiques de l'opposition.")
    event = only(events, "ACCUSE")
    assert event.source.sector == "OPP" and event.target.name == "William Ruto"


def test_a_place_near_the_fire_is_no_attacker():
    # "près de la frontière avec le Niger" names where, not who fired
    events = code("Une base de l'armée malienne a été la cible de tirs près de la frontière avec le Niger.")
    assert all(e.source.country != "NER" for e in events)


# ---------------------------------------------------------------- ACCUSE 111: pejorative qualifications


def test_calling_accusations_lies_is_criticism_of_their_author():
    event = only(code("Le gouvernement rwandais a qualifié de mensonges les accusations de Kinshasa."), "ACCUSE")
    assert dyad(event) == ("RWA", "COD") and event.cameo == "111"


def test_a_neutral_qualification_or_a_sports_one_codes_nothing():
    assert code("Le Burkina Faso s'est qualifié pour la Coupe d'Afrique des nations.") == []
    assert code("Le ministre indonésien a qualifié la réunion de constructive.") == []


# ---------------------------------------------------------------- THREATEN: the code from what is threatened


def test_a_threat_to_annex_is_a_threat_of_occupation():
    event = only(code("Le Venezuela menace d'annexer la région de l'Essequibo."), "THREATEN")
    assert event.source.country == "VEN" and event.cameo == "1382" and event.mode == "territory"


def test_a_threat_of_an_offensive_is_a_threat_of_force():
    event = only(code("L'armée turque a menacé de lancer une nouvelle offensive dans le nord de la Syrie."), "THREATEN")
    assert event.source.country == "TUR" and event.cameo == "138"


def test_a_warning_after_a_weekday_keeps_its_clause_and_codes_no_sanction():
    # "vendredi qu'il pourrait": the clause goes back to the verb; the aid cut is the threat's content
    events = code("Washington a averti vendredi qu'il pourrait suspendre son aide militaire à l'Egypte.")
    event = only(events, "THREATEN")
    assert dyad(event) == ("USA", "EGY") and event.cameo == "1311"
    assert "SANCTION" not in types(events)


def test_a_threat_to_ban_a_party_is_an_administrative_threat():
    event = only(code("Le gouvernement guinéen a menacé d'interdire le principal parti d'opposition."), "THREATEN")
    assert event.cameo == "132" and event.target.sector == "OPP"


def test_a_condition_that_continues_is_no_threat_of_prosecution():
    # "si les frappes se poursuivaient": 'poursuivre' there continues, it prosecutes no one
    event = only(code("Le Hezbollah a menacé de reprendre ses opérations si les frappes israéliennes se poursuivaient."), "THREATEN")
    assert event.cameo == "138"


def test_floods_that_threaten_crops_code_nothing():
    assert code("Les inondations menacent de détruire les récoltes au Niger.") == []


# ---------------------------------------------------------------- MOBILIZE 150 and PROTEST 145: shows of force and clashes


def test_a_show_of_force_near_a_border_is_the_organiser_s():
    # "près de la frontière malienne" says where, not who shows its force
    event = only(code("L'armée algérienne a organisé vendredi une démonstration de force près de la frontière malienne."), "MOBILIZE")
    assert event.source.country == "DZA" and event.source.sector == "MIL" and event.cameo == "150"


def test_a_show_of_strength_by_opposition_supporters_is_a_demonstration():
    events = code("Les partisans de l'opposition sénégalaise ont fait une démonstration de force à Dakar.")
    assert only(events, "PROTEST").source.sector == "OPP" and "MOBILIZE" not in types(events)


def test_clashes_pitting_students_against_the_police_are_a_riot():
    event = only(code("De violents affrontements ont opposé des étudiants aux forces de l'ordre à Dacca."), "PROTEST")
    assert dyad(event) == ("BGD", "BGD") and event.mode == "riot" and event.target.sector == "COP"


def test_fighting_between_an_army_and_rebels_stays_an_assault():
    event = only(code("De violents combats opposent l'armée birmane aux rebelles de l'Armée d'Arakan."), "ASSAULT")
    assert event.source.sector == "MIL"


# ---------------------------------------------------------------- ASSAULT 183: bombs set off in front of a party


def test_a_car_bomb_set_off_in_front_of_a_base_strikes_its_owner():
    event = only(code("Les shebab ont fait exploser un véhicule bourré d'explosifs devant une base de l'Union africaine."), "ASSAULT")
    assert event.source.sector == "REB" and event.target.country == "IGO" and event.cameo == "183"


def test_a_bomb_set_off_near_an_army_post_strikes_that_army():
    event = only(code("Des jihadistes ont fait exploser une bombe près d'un poste de l'armée nigérienne."), "ASSAULT")
    assert event.target.country == "NER" and event.target.sector == "MIL"

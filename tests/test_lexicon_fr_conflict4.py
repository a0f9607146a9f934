"""French conflict lexicon, fourth pass (CAMEO roots 11, 13, 14, 17-20, issue 11).

Each case codes a sentence written for this test, about a different country or
region, with the real French pipeline: the classes added in this pass (air and
drone strikes as attack nouns whose target is the one struck or the place,
ethnic cleansing under its French synonyms, extermination, atrocities, bus
strafing, floggings, chemical weapons used, blame laid with 'désigner' and
'faire porter', press verbs of angry criticism, lawsuits with 'attaquer en
justice', a verbal 'charge', self-immolation, arrests in the passive with no
agent named), their negated and modal forms, and ordinary senses that must
code nothing. The triggers live in ``packs/fr/triggers/1*.yaml``.
"""

from __future__ import annotations

from event_checks import coder, dyad, only, sectors as sides, types


code = coder("fr", "2024-05-10")


# ---------------------------------------------------------------- ASSAULT 195: strikes named by a noun


def test_strikes_that_kill_people_attack_the_country_of_the_place():
    # the dead are no actor: the strike is on the country where it fell, not the striker's
    event = only(code("Des frappes israéliennes ont tué au moins vingt personnes dans la bande de Gaza."), "ASSAULT")
    assert dyad(event) == ("ISR", "PSE") and event.cameo == "195"


def test_strikes_carried_by_a_light_verb_reach_the_party_after_contre():
    event = only(code("L'armée pakistanaise a mené des frappes aériennes contre des talibans en Afghanistan."), "ASSAULT")
    assert dyad(event) == ("PAK", "AFG") and event.source.sector == "MIL"


def test_drone_strikes_keep_their_mode():
    event = only(code("Des frappes de drones ukrainiens ont visé une raffinerie en Russie."), "ASSAULT")
    assert dyad(event) == ("UKR", "RUS") and event.mode == "drone"


# ---------------------------------------------------------------- ASSAULT 20: mass violence


def test_extermination_of_families_is_a_mass_killing():
    event = only(code("Des miliciens hutu ont exterminé des familles tutsi dans l'est de la RDC."), "ASSAULT")
    assert (event.cameo, event.mode) == ("202", "targeted") and sides(event) == ("REB", "CVL")
    assert dyad(event) == ("COD", "COD")


def test_ethnic_cleansing_under_its_synonym_is_coded_when_carried_out():
    events = code("Les paramilitaires soudanais ont mené une épuration ethnique contre les civils du Darfour.")
    event = only(events, "ASSAULT")
    assert event.cameo == "203" and sides(event) == ("REB", "CVL") and event.source.country == "SDN"


def test_a_remembered_extermination_codes_nothing():
    assert not code("Le musée de l'Holocauste rappelle l'extermination des Juifs d'Europe.")


def test_exterminating_pests_codes_nothing():
    assert not code("La mairie de Dakar a exterminé les rats du marché central.")


# ---------------------------------------------------------------- ASSAULT 18-19: firearms, floggings, chemical weapons


def test_strafing_a_bus_is_small_arms_fire():
    event = only(code("Le mitraillage d'un bus par des hommes armés a fait douze morts au Burkina Faso."), "ASSAULT")
    assert (event.cameo, event.mode) == ("193", "firearms") and event.source.country == "BFA"


def test_a_public_flogging_is_a_beating():
    event = only(code("Les talibans ont fouetté publiquement deux femmes à Kaboul."), "ASSAULT")
    assert (event.cameo, event.mode) == ("182", "beat") and event.target.sector == "CVL"
    assert dyad(event) == ("AFG", "AFG")


def test_whipping_cream_codes_nothing():
    assert not code("Le pâtissier lyonnais a fouetté la crème avant le service.")


def test_chlorine_used_against_a_population_is_a_chemical_attack():
    event = only(code("L'armée syrienne a utilisé du chlore contre la population de Douma."), "ASSAULT")
    assert (event.cameo, event.mode) == ("2041", "unconventional") and sides(event) == ("MIL", "CVL")


def test_chemical_weapons_not_used_code_no_attack():
    events = code("L'armée russe n'a pas utilisé d'armes chimiques contre les soldats ukrainiens, affirme Moscou.")
    assert all(e.polarity == "negative" for e in events if e.event_type == "ASSAULT")


# ---------------------------------------------------------------- ACCUSE 111-112, 115


def test_naming_a_country_responsible_is_an_accusation():
    event = only(code("Le Premier ministre ukrainien désigne Moscou comme responsable de l'attaque contre la centrale."), "ACCUSE")
    assert dyad(event) == ("UKR", "RUS") and (event.cameo, event.mode) == ("112", "allege")


def test_a_possible_designation_is_hypothetical():
    event = only(code("Le Venezuela pourrait désigner les Etats-Unis comme responsables de la crise."), "ACCUSE")
    assert dyad(event) == ("VEN", "USA") and event.modality == "hypothetical"


def test_naming_a_successor_codes_nothing():
    assert not [e for e in code("Le président namibien a désigné son successeur à la tête du parti.") if e.event_type == "ACCUSE"]


def test_fulminating_against_a_country_is_criticism():
    event = only(code("Le président algérien a fulminé contre la France."), "ACCUSE")
    assert dyad(event) == ("DZA", "FRA") and event.mode == "disapprove"


def test_thundering_against_the_union_is_criticism():
    event = only(code("Le président turc a tonné contre l'Union européenne."), "ACCUSE")
    assert dyad(event) == ("TUR", "EUR") and event.cameo == "111"


def test_a_verbal_charge_against_a_country_is_criticism():
    event = only(code("Le président sénégalais a lancé une charge virulente contre la France."), "ACCUSE")
    assert dyad(event) == ("SEN", "FRA")


def test_charges_dropped_in_court_are_no_criticism():
    assert not [e for e in code("Les charges contre l'ancien président péruvien ont été abandonnées.") if e.event_type == "ACCUSE"]


def test_suing_a_state_is_a_lawsuit():
    event = only(code("La compagnie minière australienne attaque le Mali en justice."), "ACCUSE")
    assert event.cameo == "115" and event.target.country == "MLI"


def test_rebels_attacking_a_courthouse_file_no_lawsuit():
    # the lawsuit sense requires 'en justice', not a court building as the object
    assert "ACCUSE" not in types(code("Des rebelles ont attaqué le tribunal de Bunia, dans l'est de la RDC."))


def test_taking_part_in_a_meeting_is_no_criticism():
    assert not [e for e in code("Le ministre ghanéen a pris part à la réunion de la Cédéao à Abuja.") if e.event_type == "ACCUSE"]


# ---------------------------------------------------------------- PROTEST 140: self-immolation


def test_self_immolation_before_a_government_building_is_protest():
    event = only(code("Un étudiant tunisien s'est immolé par le feu devant le siège du gouvernorat à Tunis."), "PROTEST")
    assert event.source.country == "TUN" and event.cameo == "140"


# ---------------------------------------------------------------- COERCE 173: arrests in the passive, the state unsaid


def test_house_arrest_with_no_agent_is_the_states():
    event = only(code("L'opposant kényan a été placé en résidence surveillée à Nairobi."), "COERCE")
    assert dyad(event) == ("KEN", "KEN") and sides(event) == ("GOV", "OPP") and event.mode == "arrest"


def test_a_journalist_jailed_with_no_agent_is_arrested_by_the_state():
    event = only(code("Le journaliste burundais a été écroué à la prison de Bujumbura."), "COERCE")
    assert sides(event) == ("GOV", "JRN") and dyad(event) == ("BDI", "BDI")


def test_an_arrest_not_made_is_negative():
    event = only(code("Le militant guinéen n'a pas été placé en détention, selon son avocat."), "COERCE")
    assert event.polarity == "negative" and event.source.sector == "GOV"


# ---------------------------------------------------------------- ACCUSE 112: ordinary senses of 'accuser'


def test_acknowledging_receipt_accuses_no_one():
    assert not code("Le ministère malien a accusé réception de la lettre de la Cédéao.")


def test_an_accusation_about_a_withdrawal_delayed_stays_an_accusation():
    # the excluded nouns of the ordinary senses are not words an accusation's content carries
    events = code("Kinshasa accuse Kigali de retarder le retrait des troupes rwandaises.")
    assert dyad(only(events, "ACCUSE")) == ("COD", "RWA")


def test_an_accusation_of_a_coup_plot_stays_an_accusation():
    events = code("La junte nigérienne accuse la France de préparer un coup d'Etat.")
    assert dyad(only(events, "ACCUSE")) == ("NER", "FRA")


# ---------------------------------------------------------------- ASSAULT 182-186: executions, poisonings, beatings


def test_a_protester_executed_by_the_state_is_a_targeted_killing():
    event = only(code("Les autorités iraniennes ont exécuté un manifestant."), "ASSAULT")
    assert (event.cameo, event.mode) == ("186", "targeted") and dyad(event) == ("IRN", "IRN")
    assert sides(event) == ("GOV", "CVL")


def test_executing_a_plan_codes_nothing():
    assert not code("Le gouvernement burkinabè a exécuté le plan de relance.")


def test_an_opponent_poisoned_is_an_assassination_attempt():
    event = only(code("Les services russes ont empoisonné l'opposant Alexeï Navalny."), "ASSAULT")
    assert event.cameo == "185" and event.target.sector == "OPP" and event.source.country == "RUS"


def test_poisoned_relations_and_rivers_code_nothing():
    assert not code("La polémique a empoisonné les relations entre Alger et Paris.")
    assert not code("La pollution a empoisonné les rivières du delta du Niger.")


def test_food_poisoning_codes_nothing():
    assert not code("Des cas d'empoisonnement alimentaire ont été signalés au Bénin.")


def test_police_roughing_up_journalists_is_a_beating():
    event = only(code("Des policiers guinéens ont violenté des journalistes à Conakry."), "ASSAULT")
    assert sides(event) == ("COP", "JRN") and event.mode == "beat" and dyad(event) == ("GIN", "GIN")


def test_a_sentence_to_hanging_is_a_conviction_not_an_execution():
    events = code("Un tribunal iranien a condamné un manifestant à la pendaison.")
    assert "ASSAULT" not in types(events) and only(events, "SANCTION").mode == "convict"


# ---------------------------------------------------------------- REQUEST 104: 'revendiquer' a demand, not an attack claimed


def test_unions_demanding_a_wage_rise_make_a_demand():
    event = only(code("Les syndicats nigérians revendiquent une hausse du salaire minimum."), "REQUEST")
    assert event.source.sector == "LAB" and event.source.country == "NGA" and event.cameo == "104"


def test_teachers_demanding_of_the_government_name_it():
    event = only(code("Les enseignants ivoiriens revendiquent la revalorisation de leurs salaires auprès du gouvernement."), "REQUEST")
    assert sides(event) == ("EDU", "GOV") and dyad(event) == ("CIV", "CIV")


def test_claiming_sovereignty_or_victory_is_no_demand():
    assert "REQUEST" not in types(code("La Chine revendique la souveraineté sur la quasi-totalité de la mer de Chine méridionale."))
    assert "REQUEST" not in types(code("Le parti au pouvoir sénégalais a revendiqué la victoire aux législatives."))


def test_claiming_an_attack_is_no_demand():
    assert "REQUEST" not in types(code("Le JNIM a revendiqué la responsabilité de l'attaque contre un camp militaire au Mali."))


# ---------------------------------------------------------------- THREATEN 130: the one warned in 'mettre en garde X contre'


def test_the_one_warned_is_the_target_of_a_warning():
    event = only(code("Téhéran a mis en garde Washington contre toute intervention militaire."), "THREATEN")
    assert dyad(event) == ("IRN", "USA")


def test_a_warning_not_given_is_negative():
    event = only(code("Pékin n'a pas mis en garde Manille contre de nouvelles manœuvres."), "THREATEN")
    assert event.polarity == "negative" and dyad(event) == ("CHN", "PHL")


# ---------------------------------------------------------------- PROTEST 141, 145: tyres, flags and manure


def test_burning_tyres_in_the_streets_is_rioting():
    event = only(code("Des supporters de l'opposition guinéenne ont brûlé des pneus dans les rues de Conakry."), "PROTEST")
    assert (event.cameo, event.mode) == ("145", "riot") and event.source.country == "GIN"


def test_burning_a_countrys_flag_is_a_demonstration_against_it():
    event = only(code("Des manifestants pakistanais ont brûlé le drapeau de la France à Lahore."), "PROTEST")
    assert dyad(event) == ("PAK", "FRA") and event.mode == "demo"


def test_farmers_dumping_manure_demonstrate():
    event = only(code("Les agriculteurs français ont déversé du fumier devant les préfectures."), "PROTEST")
    assert event.source.country == "FRA" and event.cameo == "141"


def test_a_fire_burning_tyres_and_a_burnt_sauce_code_nothing():
    assert not code("Un incendie a brûlé des pneus dans un entrepôt de Lagos.")
    assert not code("Le cuisinier a brûlé la sauce.")


# ---------------------------------------------------------------- MOBILIZE 152-154: the neighbour of the border troops are sent to


def test_troops_massed_at_a_border_named_by_its_adjective_face_the_neighbour():
    event = only(code("La Russie a massé des troupes à la frontière ukrainienne."), "MOBILIZE")
    assert dyad(event) == ("RUS", "UKR")


def test_reinforcements_deployed_at_a_border_face_the_neighbour():
    event = only(code("L'Inde a déployé des renforts à la frontière avec la Chine."), "MOBILIZE")
    assert dyad(event) == ("IND", "CHN") and event.cameo == "154"


def test_troops_sent_to_ones_own_border_face_no_one():
    event = only(code("Le Venezuela a déployé des soldats à sa frontière."), "MOBILIZE")
    assert event.source.country == "VEN" and event.target is None


# ---------------------------------------------------------------- customs duties, committal orders


def test_customs_duties_laid_on_another_state_s_goods_reduce_relations():
    event = only(code("Washington a imposé des droits de douane de 25 % sur l'acier canadien."), "SANCTION")
    assert event.cameo == "160" and dyad(event) == ("USA", "CAN")
    event = only(code("L'Union européenne a imposé des tarifs douaniers sur les véhicules électriques chinois."), "SANCTION")
    assert dyad(event) == ("EUR", "CHN")


def test_customs_duties_threatened_or_lifted_are_no_sanction_laid():
    assert types(code("Washington a menacé d'imposer des droits de douane au Mexique.")) == {"THREATEN"}
    lifted = only(code("Le Canada a levé les droits de douane sur l'acier américain."), "RETREAT")
    assert dyad(lifted) == ("CAN", "USA")


def test_rights_that_are_no_duties_code_nothing():
    assert not code("Le gouvernement a imposé le droit de vote des femmes.")
    assert not code("Les députés ont débattu du droit de grève.")


def test_a_committal_order_is_a_detention():
    event = only(code("Le juge a placé l'opposant guinéen sous mandat de dépôt."), "COERCE")
    assert event.cameo == "173" and dyad(event) == ("GIN", "GIN")
    assert not code("La banque a placé ses fonds en dépôt à terme.")


# ---------------------------------------------------------------- COERCE 192: places taken


def test_rebels_taking_a_town_of_their_own_country_seize_it_from_that_country():
    event = only(code("Les rebelles du M23 ont pris la localité de Masisi."), "COERCE")
    assert event.cameo == "192" and dyad(event) == ("COD", "COD")
    event = only(code("Les forces russes ont pris le village de Krasnohorivka."), "COERCE")
    assert dyad(event) == ("RUS", "UKR")


def test_a_town_not_taken_is_negated_and_taking_the_floor_there_is_no_capture():
    assert only(code("L'armée malienne n'a pas pris la ville de Kidal."), "COERCE").polarity == "negative"
    assert not code("Le président a pris la parole dans la ville de Goma.")
    assert not code("Le ministre a pris l'avion pour la ville de Dakar.")

"""French conflict lexicon, repairs by class after error analysis on the codebook set.

The French codebook set (tests/data/codebook/codebook.fr.jsonl) showed whole
classes of CAMEO 11-20 phrasing without a trigger: hunger strikes, walkouts,
barricades and stone-throwing, exchanges of fire, beatings and torture, mass
expulsion, chemical weapons, individuals deported, aid agencies expelled,
licences and nationality withdrawn, breaking with a government, refusals said
as 'dire non' or by ignoring a ruling, warnings of retaliation, police alert
raised. Each test codes a sentence written for it (other countries and
constructions than the codebook's) with the real French pipeline; each class
also has an ordinary sense of the same word that must code nothing of it.
"""

from __future__ import annotations

from event_checks import coder, dyad, only


code = coder("fr", "2024-09-12")


def types(text: str) -> set[str]:
    return {e.event_type for e in code(text)}


# ---------------------------------------------------------------- PROTEST (14)


def test_a_hunger_strike_begun_in_detention_is_a_hunger_strike_not_a_labour_strike():
    event = only(code("Un journaliste camerounais détenu à Yaoundé a entamé mardi une grève de la faim."), "PROTEST")
    assert event.cameo == "142" and event.source.country == "CMR"


def test_fasting_to_press_a_demand_is_a_hunger_strike():
    event = only(code("Des opposants vénézuéliens jeûnent depuis une semaine pour réclamer la libération des prisonniers."), "PROTEST")
    assert event.cameo == "142" and event.source.country == "VEN"


def test_a_religious_fast_is_no_protest():
    assert "PROTEST" not in types("Les fidèles sénégalais jeûnent pendant le mois de ramadan.")


def test_stopping_work_is_a_strike_by_the_workers_named():
    event = only(code("Les cheminots belges ont cessé le travail mardi contre la réforme des retraites."), "PROTEST")
    assert event.cameo == "143" and (event.source.country, event.source.sector) == ("BEL", "LAB")


def test_stopping_work_is_no_arrest():
    events = code("Les ouvriers sud-africains ont arrêté le travail mardi.")
    assert "COERCE" not in {e.event_type for e in events}
    assert only(events, "PROTEST").source.sector == "LAB"


def test_teachers_on_hunger_strike_are_education_workers():
    event = only(code("Des enseignants ivoiriens ont entamé une grève de la faim à Abidjan."), "PROTEST")
    assert (event.source.country, event.source.sector, event.cameo) == ("CIV", "EDU", "142")


def test_hauliers_blocking_a_border_obstruct_it():
    event = only(code("Les transporteurs routiers espagnols ont bloqué la frontière avec la France."), "PROTEST")
    assert (event.source.country, event.source.sector) == ("ESP", "BUS")


def test_barricades_raised_block_passage():
    event = only(code("Des manifestants ont érigé des barricades dans les rues de Port-au-Prince."), "PROTEST")
    assert event.cameo == "144" and event.source.country == "HTI"


def test_stones_thrown_at_the_police_are_a_violent_protest_against_it():
    event = only(code("Des jeunes ont jeté des pierres sur la police kényane à Nairobi."), "PROTEST")
    assert event.cameo == "1452" and dyad(event) == ("KEN", "KEN") and event.target.sector == "COP"


def test_throwing_a_glance_is_no_riot():
    assert "PROTEST" not in types("Le président ghanéen a jeté un regard sur le dossier minier.")


# ---------------------------------------------------------------- ASSAULT (18-20)


def test_an_exchange_of_fire_between_army_and_rebels_is_small_arms_fighting():
    event = only(code("Les soldats soudanais et les combattants des FSR ont échangé des tirs à Khartoum."), "ASSAULT")
    assert event.cameo == "193" and event.source.country == "SDN"


def test_an_exchange_of_fire_denied_is_negative():
    events = [e for e in code("Les soldats soudanais et les combattants des FSR n'ont pas échangé de tirs à Khartoum.") if e.event_type == "ASSAULT"]
    assert events and all(e.polarity == "negative" for e in events)


def test_exchanging_views_is_no_fighting():
    assert "ASSAULT" not in types("Les ministres indien et pakistanais ont échangé leurs vues sur le Cachemire.")


def test_beating_someone_black_and_blue_is_a_physical_assault():
    event = only(code("Des policiers ougandais ont roué de coups un militant de l'opposition."), "ASSAULT")
    assert event.cameo == "182" and event.source.country == "UGA" and event.source.sector == "COP"


def test_subjecting_detainees_to_torture_is_torture():
    event = only(code("Des geôliers syriens ont soumis des détenus à la torture."), "ASSAULT")
    assert event.cameo == "1822" and event.source.country == "SYR"


def test_submitting_a_draft_is_no_torture():
    assert "ASSAULT" not in types("Le gouvernement marocain a soumis un projet de loi au Parlement.")


def test_releasing_toxic_gas_on_a_village_is_a_chemical_attack():
    events = [e for e in code("L'aviation soudanaise a lâché des gaz toxiques sur les rebelles du Darfour.") if e.event_type == "ASSAULT"]
    assert events and events[0].cameo == "2041" and events[0].source.country == "SDN"


def test_using_tools_is_no_attack():
    assert "ASSAULT" not in types("L'armée indonésienne a utilisé des hélicoptères pour secourir les sinistrés.")


# ---------------------------------------------------------------- COERCE (17)


def test_deporting_refugees_is_coercion_of_them():
    event = only(code("Le Tchad a expulsé des centaines de réfugiés soudanais."), "COERCE")
    assert event.cameo == "174" and dyad(event) == ("TCD", "SDN")


def test_withdrawing_a_licence_is_an_administrative_sanction():
    event = only(code("Le gouvernement nicaraguayen a retiré sa licence à une ONG américaine."), "COERCE")
    assert event.cameo == "172" and dyad(event) == ("NIC", "USA")


def test_withdrawing_troops_is_no_coercion():
    assert "COERCE" not in types("Le Rwanda a retiré ses troupes de l'est de la RDC.")


# ---------------------------------------------------------------- SANCTION (16)


def test_expelling_an_aid_agency_is_a_sanction_not_a_deportation():
    events = code("La Tunisie a expulsé une ONG humanitaire italienne.")
    event = only(events, "SANCTION")
    assert event.cameo == "1663" and dyad(event) == ("TUN", "ITA")
    assert "COERCE" not in {e.event_type for e in events}


def test_suspending_an_aid_agency_s_activities_is_a_sanction_not_a_concession():
    events = code("Le Niger a suspendu les activités du CICR dans la région d'Agadez.")
    assert "CONCEDE" not in {e.event_type for e in events}
    assert only(events, "SANCTION").cameo == "1663"


def test_breaking_with_a_government_reduces_relations():
    event = only(code("Le Salvador a rompu avec Taïwan."), "SANCTION")
    assert event.cameo == "161" and dyad(event) == ("SLV", "TWN")


def test_breaking_with_the_past_is_no_sanction():
    assert "SANCTION" not in types("Le Brésil a rompu avec la politique de son prédécesseur.")


def test_a_company_interrupting_distribution_is_no_sanction():
    assert "SANCTION" not in types("L'entreprise a interrompu la distribution de ses produits en France.")


# ---------------------------------------------------------------- REJECT (12)


def test_saying_no_to_a_proposal_rejects_it():
    event = only(code("La Hongrie a dit non à Bruxelles sur la relocalisation des migrants."), "REJECT")
    assert event.source.country == "HUN" and event.cameo == "120"


def test_ignoring_a_resolution_defies_it():
    event = only(code("Le Venezuela a ignoré la résolution de l'Organisation des Etats américains."), "REJECT")
    assert event.cameo == "128" and event.source.country == "VEN"


def test_setting_aside_a_minister_is_no_rejection():
    assert "REJECT" not in types("Le président kényan a écarté le ministre des Finances.")


# ---------------------------------------------------------------- THREATEN (13)


def test_warning_of_retaliation_threatens_the_attacker():
    event = only(code("Téhéran a prévenu qu'il riposterait à toute attaque israélienne."), "THREATEN")
    assert dyad(event) == ("IRN", "ISR")


def test_warning_of_a_storm_is_no_threat():
    assert "THREATEN" not in types("Météo-France a prévenu que des orages violents toucheraient la Bretagne.")


# ---------------------------------------------------------------- MOBILIZE (15)


def test_raising_the_police_alert_level_mobilises_the_police():
    event = only(code("Les autorités thaïlandaises ont relevé le niveau de vigilance à Bangkok."), "MOBILIZE")
    assert event.cameo == "151" and event.source.country == "THA"


def test_taking_up_a_challenge_is_no_mobilisation():
    assert "MOBILIZE" not in types("Le Kenya a relevé le défi de l'organisation de la CAN.")

"""French conflict lexicon, third pass (CAMEO roots 10, 11, 13-20, issue 11).

Each case codes a sentence written for this test, about a different country or
region, with the real French pipeline: the classes added in this pass (the
arrest and the appeal senses of 'interpeller', 'arrêter de' + infinitive,
artillery fire, hostages held, abduction victims, suicide bombers, 'neutraliser',
'persona non grata', suspension after a coup, looting as rioting, 'sit-in',
buildings stormed, places named by a site noun or a word of nearness), their
negated and modal forms, and ordinary senses that must code nothing. The
triggers live in ``packs/fr/triggers.yaml`` and ``packs/fr/triggers/1*.yaml``.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only, sectors as sides


code = coder("fr", "2024-05-10")


# ---------------------------------------------------------------- COERCE 173: 'interpeller', 'arrêter'


def test_authorities_who_detain_people_arrest_them():
    # the subject "les autorités" once cancelled the arrest sense, meant for "interpeller les autorités"
    event = only(code("Les autorités ghanéennes ont interpellé une vingtaine de manifestants à Accra."), "COERCE")
    assert dyad(event) == ("GHA", "GHA") and (event.mode, event.cameo) == ("arrest", "173")
    assert event.target.sector == "CVL"


def test_police_detaining_opponents_is_an_arrest():
    event = only(code("La police ougandaise a interpellé une dizaine d'opposants à Kampala."), "COERCE")
    assert sides(event) == ("COP", "OPP") and event.source.country == "UGA"


def test_an_arrest_not_made_is_negative():
    event = only(code("La police malienne n'a pas interpellé les militants de l'opposition à Bamako."), "COERCE")
    assert event.polarity == "negative" and event.source.country == "MLI"


def test_calling_on_a_government_is_an_appeal_not_an_arrest():
    events = code("L'opposition togolaise a interpellé le gouvernement sur la réforme constitutionnelle.")
    assert not [e for e in events if e.event_type == "COERCE"]
    event = only(events, "REQUEST")
    assert dyad(event) == ("TGO", "TGO") and sides(event) == ("OPP", "GOV")


@pytest.mark.parametrize("text", [
    "Le Ghana a décidé d'arrêter de subventionner le carburant.",
    "La junte guinéenne a décidé d'arrêter de financer les partis politiques.",
])
def test_stopping_doing_something_is_no_arrest(text):
    assert not [e for e in code(text) if e.event_type == "COERCE"]


# ---------------------------------------------------------------- ASSAULT 181: hostages and abductions


@pytest.mark.parametrize("text, victims", [
    ("Des combattants d'Al-Shabaab ont enlevé trois enseignants kényans près de la frontière somalienne.", ("SOM", "KEN")),
    ("Des bandits armés ont enlevé plusieurs élèves dans le nord-ouest du Nigeria.", ("NGA", "NGA")),
])
def test_people_abducted_by_armed_men(text, victims):
    event = only(code(text), "ASSAULT")
    assert dyad(event) == victims and (event.mode, event.cameo) == ("abduct", "181")


@pytest.mark.parametrize("text", [
    "Les otages détenus au Sahel n'ont toujours pas été libérés.",
    "Les otages détenus par le Hamas à Gaza n'ont pas encore été libérés.",
])
def test_hostages_still_held_are_no_new_abduction(text):
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]


# ---------------------------------------------------------------- ASSAULT 183, 190, 194: bombers, fighters killed, artillery


def test_a_suicide_bomber_left_unnamed_is_an_armed_group_striking_the_place():
    event = only(code("Un kamikaze s'est fait exploser près d'une mosquée de Maiduguri."), "ASSAULT")
    assert event.source.country == "NGA" and event.source.sector == "REB"
    assert (event.mode, event.cameo) == ("suicide-attack", "1831")


def test_fighters_neutralised_by_an_army_are_attacked():
    event = only(code("L'armée camerounaise a neutralisé une dizaine de séparatistes anglophones."), "ASSAULT")
    assert dyad(event) == ("CMR", "CMR") and sides(event) == ("MIL", "REB") and event.cameo == "190"


def test_fighters_an_army_could_neutralise_are_hypothetical():
    event = only(code("L'armée tchadienne pourrait neutraliser les rebelles du FACT dans le Tibesti."), "ASSAULT")
    assert event.modality == "hypothetical" and event.source.country == "TCD"


def test_a_bomb_defused_is_no_attack():
    assert not code("Les démineurs ont neutralisé une bombe près de l'aéroport de Kaboul.")


@pytest.mark.parametrize("text, parties", [
    ("Des tirs d'artillerie russes ont touché un hôpital de Kherson.", "RUS"),
    ("L'armée israélienne a mené des tirs d'artillerie sur le sud du Liban.", ("ISR", "LBN")),
    ("L'armée azerbaïdjanaise a ouvert des tirs d'artillerie contre des positions arméniennes.", ("AZE", "ARM")),
])
def test_artillery_fire_is_an_attack_not_a_weapons_test(text, parties):
    events = code(text)
    assert not [e for e in events if e.event_type == "MOBILIZE"]
    event = only(events, "ASSAULT")
    assert (event.mode, event.cameo) == ("heavy-weapons", "194")
    assert (event.source.country if isinstance(parties, str) else dyad(event)) == parties


def test_a_building_stormed_is_the_target_not_the_attacker():
    event = only(code("L'assaut de l'ambassade du Mexique par la police équatorienne a été condamné par l'OEA."), "ASSAULT")
    assert dyad(event) == ("ECU", "MEX") and event.source.sector == "COP"


def test_a_station_attacked_by_jihadists_is_the_place_attacked():
    event = only(code("L'attaque du commissariat de Tillabéri par des jihadistes a fait cinq morts."), "ASSAULT")
    assert event.source.country == "NER" and event.source.sector == "REB"


def test_a_plot_foiled_is_no_attack():
    assert not [e for e in code("Les services kényans ont déjoué un projet d'attentat à Mombasa.") if e.event_type == "ASSAULT"]


# ---------------------------------------------------------------- places named by nearness or a site noun


@pytest.mark.parametrize("text, country", [
    ("Des soldats maliens et des rebelles touareg ont échangé des tirs près de Kidal.", "MLI"),
    ("Des soldats ont commis des violences sexuelles contre des déplacées dans un camp du Nord-Kivu.", "COD"),
])
def test_the_place_near_which_or_in_whose_site_it_happened(text, country):
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert events and all(e.location is not None and e.location.country == country for e in events)


# ---------------------------------------------------------------- SANCTION 166 and 161


def test_a_diplomat_declared_persona_non_grata_is_expelled():
    event = only(code("La Lettonie a déclaré persona non grata une diplomate russe."), "SANCTION")
    assert dyad(event) == ("LVA", "RUS") and (event.mode, event.cameo) == ("expel", "166")


def test_persona_non_grata_in_the_passive_names_the_expelling_state():
    event = only(code("Un diplomate russe a été déclaré persona non grata par la Bulgarie."), "SANCTION")
    assert dyad(event) == ("BGR", "RUS")


def test_a_possible_expulsion_is_hypothetical():
    event = only(code("Le Sénégal pourrait déclarer persona non grata un diplomate français."), "SANCTION")
    assert dyad(event) == ("SEN", "FRA") and event.modality == "hypothetical"


def test_a_member_suspended_after_a_coup():
    event = only(code("L'Union africaine a suspendu le Gabon après le coup d'Etat."), "SANCTION")
    assert event.target.country == "GAB" and event.cameo == "161"


def test_an_embargo_renewed_is_imposed_again():
    event = only(code("Le Conseil de sécurité a renouvelé l'embargo sur les armes à destination de la Libye."), "SANCTION")
    assert dyad(event) == ("UNO", "LBY")


# ---------------------------------------------------------------- PROTEST 145 and 144


@pytest.mark.parametrize("text, country", [
    ("Le pillage de commerces à Durban a duré trois jours.", "ZAF"),
    ("Des émeutiers ont pillé des magasins à Port-Louis.", "MUS"),
])
def test_shops_looted_in_unrest_are_a_riot(text, country):
    event = only(code(text), "PROTEST")
    assert (event.mode, event.cameo) == ("riot", "145") and event.source.country == country
    assert event.source.sector == "CVL"


def test_a_sit_in_is_one_word_and_a_protest():
    event = only(code("Des étudiants ont organisé un sit-in devant le Parlement à Dacca."), "PROTEST")
    assert event.source.country == "BGD" and event.source.sector == "EDU" and event.cameo == "144"


# ---------------------------------------------------------------- ordinary senses: nothing coded


@pytest.mark.parametrize("text", [
    "Le gouvernement kényan veut tirer les leçons des inondations.",
    "Les Fennecs ont battu les Lions de l'Atlas en finale.",
    "Le Parlement a adopté une loi sur la prévention des violences sexuelles au Tchad.",
    "La police a arrêté la circulation sur l'autoroute pendant deux heures.",
    "Le Premier ministre a procédé à un remaniement du gouvernement ivoirien.",
])
def test_ordinary_senses_code_nothing(text):
    assert not code(text)


@pytest.mark.parametrize("text", [
    "L'attaque du Paris Saint-Germain a dominé le match contre Marseille.",
    "Le Sénégal a été durement frappé par la crise économique.",
    "Le Maroc a saisi l'occasion du sommet pour présenter son plan.",
])
def test_words_of_violence_in_their_ordinary_sense_code_no_violence(text):
    assert not [e for e in code(text) if e.event_type in ("ASSAULT", "COERCE", "ACCUSE")]


# ---------------------------------------------------------------- reflexive criticism, booing, reporters expelled


@pytest.mark.parametrize("text, parties", [
    ("Le Premier ministre malien s'en est pris à la France.", ("MLI", "FRA")),
    ("Pékin s'est indigné de la visite du président taïwanais aux Etats-Unis.", ("CHN", "TWN")),
    ("Le Niger s'est offusqué des propos du président béninois.", ("NER", "BEN")),
])
def test_a_reflexive_verb_of_criticism_keeps_its_subject_as_the_critic(text, parties):
    # conjugated with être, which the parse labels as a passive auxiliary
    event = only(code(text), "ACCUSE")
    assert dyad(event) == parties and event.mode == "disapprove"


def test_students_booing_a_minister_protest_against_him():
    event = only(code("Des étudiants ont conspué le ministre de l'Education à Yaoundé."), "PROTEST")
    assert dyad(event) == ("CMR", "CMR") and sides(event) == ("EDU", "GOV") and event.cameo == "141"


def test_booed_by_protesters_in_the_passive():
    event = only(code("Le président français a été hué par des manifestants à Nouméa."), "PROTEST")
    assert event.source.sector == "CVL" and event.target.country == "FRA"


def test_booing_a_referee_is_no_protest():
    assert not code("Le public a hué l'arbitre pendant le match.")


def test_a_foreign_correspondent_expelled_is_deported():
    event = only(code("Le Nicaragua a expulsé deux chercheurs américains."), "COERCE")
    assert dyad(event) == ("NIC", "USA") and (event.mode, event.cameo) == ("deport", "174")


# ---------------------------------------------------------------- THREATEN 13: 'menace de' read as a noun after a noun phrase


@pytest.mark.parametrize("text, source", [
    ("L'armée israélienne menace de lancer une offensive terrestre sur Rafah.", ("ISR", "MIL")),
    ("L'armée russe menace de frapper les centres de décision à Kiev.", ("RUS", "MIL")),
])
def test_an_army_that_threatens_to_attack_threatens(text, source):
    # the parse tags "menace" a noun and hangs the infinitive on "armée"
    events = code(text)
    event = only(events, "THREATEN")
    assert (event.source.country, event.source.sector) == source
    assert not [e for e in events if e.event_type == "ASSAULT"]  # the threatened attack is the threat's content


# ---------------------------------------------------------------- PROTEST 141-144: street forms of wire copy


@pytest.mark.parametrize("text, source, cameo", [
    ("La mobilisation contre la réforme des retraites a rassemblé des centaines de milliers de personnes en France.", ("FRA", "CVL"), "141"),
    ("Les enseignants tchadiens ont entamé un arrêt de travail pour réclamer leurs salaires.", ("TCD", "EDU"), "143"),
    ("Les chauffeurs de moto-taxi ont organisé une marche pacifique à Lomé.", ("TGO", "CVL"), "141"),
    ("Des centaines de femmes ont scandé des slogans hostiles au régime à Téhéran.", ("IRN", "CVL"), "141"),
    ("Les manifestants ont investi le Parlement kényan à Nairobi.", ("KEN", "CVL"), "144"),
])
def test_protest_forms_of_the_press(text, source, cameo):
    event = only(code(text), "PROTEST")
    assert (event.source.country, event.source.sector) == source and event.cameo == cameo


@pytest.mark.parametrize("text", [
    "La mobilisation internationale contre le paludisme a permis de sauver des milliers de vies au Mali.",
    "Le fonds souverain norvégien a investi des milliards de dollars au Kenya.",
])
def test_campaigns_and_investments_are_no_protest(text):
    assert not [e for e in code(text) if e.event_type == "PROTEST"]


# ---------------------------------------------------------------- ACCUSE 111-112: press verbs of blame


@pytest.mark.parametrize("text, parties, cameo", [
    ("Un rapport de Human Rights Watch a accablé l'armée burundaise.", ("NGO", "BDI"), "111"),
    ("Le président sénégalais a taclé la France sur la question des visas.", ("SEN", "FRA"), "111"),
    ("La mise en cause de la France par les autorités nigériennes a irrité Paris.", ("NER", "FRA"), "112"),
])
def test_blame_in_press_words(text, parties, cameo):
    event = only(code(text), "ACCUSE")
    assert dyad(event) == parties and event.cameo == cameo


def test_a_tackle_on_the_pitch_is_no_criticism():
    assert not code("Le défenseur a taclé l'attaquant adverse dans la surface.")


# ---------------------------------------------------------------- COERCE 1721: media shut down


@pytest.mark.parametrize("text, country", [
    ("La fermeture de plusieurs radios par la junte burkinabè inquiète les ONG.", "BFA"),
    ("Les autorités guinéennes ont fermé deux radios privées à Conakry.", "GIN"),
])
def test_radios_shut_down_are_censored(text, country):
    event = only(code(text), "COERCE")
    assert dyad(event) == (country, country) and (event.mode, event.cameo) == ("censor", "1721")
    assert event.target.sector == "JRN"


def test_a_border_closed_restricts_movement():
    """CAMEO 191, as the English pack and the written sets code a border closure (helper
    frnews4 moved it from SANCTION 160)."""
    events = code("Le gouvernement malien a ordonné la fermeture de la frontière avec l'Algérie.")
    assert not [e for e in events if e.event_type == "SANCTION"]
    assert only(events, "COERCE").target.country == "DZA"

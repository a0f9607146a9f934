"""French lexicon for the conflict half of the CAMEO codebook (roots 10-20).

Each case codes a sentence written for this test, about a different country or
region, with the real French pipeline, and checks the PLOVER type, the CAMEO
code of the trigger, the two countries, and polarity and modality where the
sentence negates or qualifies the event. The triggers live in
``packs/fr/triggers/10-demand.yaml`` ... ``18-20-assault.yaml``.
"""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only


code = coder("fr", "2024-05-10")


# ---------------------------------------------------------------- REQUEST (10)


def test_an_order_addressed_to_a_country_is_a_demand():
    event = only(code("Le Conseil de sécurité a ordonné au Soudan de cesser les bombardements."), "REQUEST")
    assert dyad(event) == ("UNO", "SDN") and event.cameo == "100"


def test_a_solemn_appeal_names_its_addressee():
    event = only(code("L'Ukraine a adjuré l'OTAN de livrer davantage de missiles."), "REQUEST")
    assert dyad(event) == ("UKR", "NAT")


# ---------------------------------------------------------------- ACCUSE (11)


def test_stigmatising_a_policy_accuses_its_author():
    event = only(code("Le Nicaragua a stigmatisé la politique des Etats-Unis."), "ACCUSE")
    assert dyad(event) == ("NIC", "USA") and (event.mode, event.cameo) == ("disapprove", "111")
    assert (event.polarity, event.modality) == ("positive", "actual")


def test_a_criticism_not_voiced_is_negative():
    event = only(code("Le Venezuela n'a pas stigmatisé la politique des Etats-Unis."), "ACCUSE")
    assert dyad(event) == ("VEN", "USA") and event.polarity == "negative"


def test_criticism_undergone_comes_from_the_one_named_with_de():
    # "X a essuyé les critiques de Y": Y criticises X
    event = only(code("Le Rwanda a essuyé les critiques de la Belgique."), "ACCUSE")
    assert dyad(event) == ("BEL", "RWA") and event.cameo == "111"


def test_seizing_an_international_court_against_a_country_is_a_lawsuit():
    event = only(code("L'Afrique du Sud saisit la Cour internationale de justice contre Israël."), "ACCUSE")
    assert dyad(event) == ("ZAF", "ISR") and (event.mode, event.cameo) == ("allege", "115")


# ---------------------------------------------------------------- REJECT (12)


def test_a_veto_rejects_the_body_whose_resolution_it_blocks():
    event = only(code("La Russie a opposé son veto à la résolution du Conseil de sécurité sur le Soudan."), "REJECT")
    assert dyad(event) == ("RUS", "UNO") and (event.mode, event.cameo) == ("yield", "129")


def test_declining_an_offer_rejects_the_one_who_made_it():
    event = only(code("L'Algérie a décliné l'offre de médiation du Maroc."), "REJECT")
    assert dyad(event) == ("DZA", "MAR") and event.cameo == "120"


def test_a_possible_block_is_hypothetical():
    event = only(code("La Turquie pourrait bloquer l'adhésion de la Suède à l'OTAN."), "REJECT")
    assert dyad(event) == ("TUR", "SWE") and event.modality == "hypothetical"


# ---------------------------------------------------------------- THREATEN (13)


def test_brandishing_the_threat_of_reprisals_threatens():
    event = only(code("Téhéran a brandi la menace de représailles contre Israël."), "THREATEN")
    assert dyad(event) == ("IRN", "ISR") and event.cameo == "130"


def test_an_ultimatum_is_addressed_with_a():
    event = only(code("La CEDEAO a lancé un ultimatum à la junte nigérienne."), "THREATEN")
    assert (event.source.name, event.target.country, event.cameo) == ("ECOWAS", "NER", "139")


def test_an_arrest_warrant_accuses_the_person_it_names():
    # the project's gold codes a warrant issued as ACCUSE (1121), not PLOVER 2.0's THREATEN arrest
    event = only(code("La Cour pénale internationale a émis un mandat d'arrêt contre Vladimir Poutine."), "ACCUSE")
    assert (event.target.country, event.mode) == ("RUS", "allege") and event.source.sector == "JUD"


# ---------------------------------------------------------------- PROTEST (14)


def test_taking_to_the_streets_is_a_demonstration_of_civilians():
    event = only(code("Des milliers de Kényans sont descendus dans la rue à Nairobi."), "PROTEST")
    assert (event.source.country, event.source.sector, event.mode, event.cameo) == ("KEN", "CVL", "demo", "141")


def test_riots_with_no_named_addressee_are_aimed_at_their_own_state():
    # ontology/data/plover.yaml, PROTEST domestic_addressee: an unaddressed protest is the
    # protesters' own state's (GOV), riots told by a noun included
    event = only(code("Des émeutes ont éclaté à Dakar."), "PROTEST")
    assert (event.source.country, event.mode, event.cameo) == ("SEN", "riot", "145")
    assert (event.target.country, event.target.sector) == ("SEN", "GOV")


def test_going_on_strike_is_a_labour_strike():
    event = only(code("Les enseignants se sont mis en grève au Cameroun."), "PROTEST")
    assert (event.source.country, event.mode, event.cameo) == ("CMR", "strike", "143")


# ---------------------------------------------------------------- MOBILIZE (15)


def test_massing_troops_mobilises_forces():
    event = only(code("La Russie a massé des troupes à la frontière avec l'Ukraine."), "MOBILIZE")
    assert (event.source.country, event.mode, event.cameo) == ("RUS", "troops", "154")


def test_an_alert_raises_military_readiness():
    event = only(code("Pékin a placé ses troupes en état d'alerte maximale."), "MOBILIZE")
    assert (event.source.country, event.cameo) == ("CHN", "152")


def test_a_single_country_s_drills_are_a_show_of_force():
    event = only(code("La Chine a mené des exercices militaires autour de Taïwan."), "MOBILIZE")
    assert (event.source.country, event.cameo) == ("CHN", "150")


def test_police_deployed_at_home_target_no_one_and_a_plan_not_made_is_negative():
    event = only(code("Le Venezuela a déployé des milliers de policiers à Caracas."), "MOBILIZE")
    assert (event.source.country, event.mode, event.cameo, event.target) == ("VEN", "police", "153", None)
    planned = only(code("Le gouvernement kényan ne va pas déployer de policiers à Nairobi."), "MOBILIZE")
    assert (planned.polarity, planned.modality) == ("negative", "intended")


# ---------------------------------------------------------------- SANCTION (16)


def test_suspending_cooperation_reduces_relations_with_the_partner():
    event = only(code("Le Niger a suspendu sa coopération militaire avec la France."), "SANCTION")
    assert dyad(event) == ("NER", "FRA") and event.mode == "withdraw"


def test_recalling_an_ambassador_targets_the_country_he_leaves():
    event = only(code("La Colombie a rappelé son ambassadeur en Israël."), "SANCTION")
    assert dyad(event) == ("COL", "ISR") and event.cameo == "161"
    kept = only(code("Le Maroc n'a pas rappelé son ambassadeur en Algérie."), "SANCTION")
    assert dyad(kept) == ("MAR", "DZA") and kept.polarity == "negative"


def test_recalling_a_fact_is_no_recall_of_an_envoy():
    assert [e for e in code("Le ministre a rappelé que l'ambassadeur du Chili restait à Lima.") if e.event_type == "SANCTION"] == []


def test_new_sanctions_named_by_a_noun_and_a_possible_round():
    event = only(code("L'Union européenne a adopté de nouvelles sanctions contre la Russie."), "SANCTION")
    assert (event.source.name, event.target.country, event.mode) == ("European Union", "RUS", "discontinue")
    possible = only(code("L'Union européenne pourrait adopter de nouvelles sanctions contre l'Iran."), "SANCTION")
    assert possible.target.country == "IRN" and possible.modality == "hypothetical"


def test_leaving_a_regional_organisation_is_one_withdrawal_per_member():
    events = [e for e in code("Le Burkina Faso, le Mali et le Niger ont quitté la CEDEAO.") if e.event_type == "SANCTION"]
    assert sorted(e.source.country for e in events) == ["BFA", "MLI", "NER"]
    assert {(e.target.name, e.mode, e.cameo) for e in events} == {("ECOWAS", "withdraw", "166")}


def test_a_diplomat_declared_persona_non_grata_is_expelled():
    event = only(code("Bamako a déclaré l'ambassadeur de France persona non grata."), "SANCTION")
    assert dyad(event) == ("MLI", "FRA") and event.mode == "expel"


# ---------------------------------------------------------------- COERCE (17, 191-192)


def test_martial_law_and_a_state_of_emergency_are_decreed():
    martial = only(code("Le président sud-coréen a proclamé la loi martiale."), "COERCE")
    assert (martial.source.country, martial.mode, martial.cameo) == ("KOR", "martial-law", "1724")
    emergency = only(code("Le gouvernement tchadien a décrété l'état d'urgence."), "COERCE")
    assert (emergency.source.country, emergency.cameo) == ("TCD", "1724")


def test_a_curfew_instituted_by_the_authorities():
    event = only(code("Les autorités guinéennes ont instauré un couvre-feu à Conakry."), "COERCE")
    assert (event.source.country, event.mode, event.cameo) == ("GIN", "curfew", "1723")


def test_dissolving_parties_bans_them():
    event = only(code("La junte malienne a dissous les partis politiques."), "COERCE")
    assert (event.source.country, event.target.sector, event.cameo) == ("MLI", "PTY", "1722")


def test_arresting_a_named_opponent_and_stopping_the_fighting():
    event = only(code("La police sénégalaise a arrêté Ousmane Sonko."), "COERCE")
    assert (event.source.sector, event.source.country, event.mode, event.cameo) == ("COP", "SEN", "arrest", "173")
    assert code("L'armée a arrêté les combats dans la région.") == []  # 'arrêter' = stop


def test_migrants_pushed_back_are_deported():
    event = only(code("Les autorités algériennes ont refoulé des centaines de migrants vers le Niger."), "COERCE")
    assert (event.source.country, event.target.sector, event.mode, event.cameo) == ("DZA", "CVL", "deport", "174")


def test_annexing_territory_occupies_it():
    event = only(code("La Russie a annexé la Crimée mardi."), "COERCE")
    assert dyad(event) == ("RUS", "UKR") and (event.mode, event.cameo) == ("seize", "192")


# ---------------------------------------------------------------- ASSAULT (18-20)


def test_strikes_named_by_a_noun_take_their_nationality_as_attacker():
    event = only(code("Les frappes israéliennes sur Gaza ont fait 20 morts."), "ASSAULT")
    assert dyad(event) == ("ISR", "PSE")


def test_frapper_strikes_a_target_but_a_crisis_strikes_no_one():
    event = only(code("L'armée israélienne a frappé des positions du Hezbollah au Liban."), "ASSAULT")
    assert (event.source.country, event.target.name, event.cameo) == ("ISR", "Hezbollah", "190")
    assert code("Le pays a été frappé par une grave crise économique.") == []


def test_armed_men_kidnapping_aid_workers_abduct_them():
    event = only(code("Des hommes armés ont enlevé trois humanitaires dans le nord du Burkina Faso."), "ASSAULT")
    assert (event.source.sector, event.target.sector, event.mode, event.cameo) == ("REB", "NGO", "abduct", "181")
    assert event.source.country == "BFA"


def test_fighting_that_opposes_two_sides():
    event = only(code("De violents combats opposent l'armée congolaise au M23."), "ASSAULT")
    assert {event.source.sector, event.target.sector} == {"MIL", "REB"} and event.cameo == "190"
    assert {event.source.name, event.target.name} >= {"M23"}


def test_an_offensive_named_by_its_nationality_and_one_against_a_named_group():
    russian = only(code("L'offensive russe dans la région de Kharkiv se poursuit."), "ASSAULT")
    assert dyad(russian) == ("RUS", "UKR")
    israeli = only(code("Israël a lancé une offensive terrestre contre le Hamas à Gaza."), "ASSAULT")
    assert (israeli.source.country, israeli.target.name) == ("ISR", "Hamas")


def test_an_execution_is_a_targeted_killing():
    event = only(code("Les autorités iraniennes ont pendu un manifestant."), "ASSAULT")
    assert (event.source.country, event.target.sector, event.mode, event.cameo) == ("IRN", "CVL", "targeted", "186")


def test_police_custody_retaking_a_town_and_encircling_one():
    custody = only(code("La police marocaine a placé le journaliste en garde à vue."), "COERCE")
    assert (custody.source.country, custody.target.sector, custody.cameo) == ("MAR", "JRN", "173")
    retaken = only(code("L'armée malienne a repris la ville de Kidal aux rebelles."), "ASSAULT")
    assert (retaken.source.sector, retaken.target.sector) == ("MIL", "REB")
    siege = only(code("Les rebelles ont encerclé la ville de Goma."), "COERCE")
    assert (siege.source.sector, siege.target.country, siege.cameo) == ("REB", "COD", "191")


def test_the_content_of_a_noun_or_verb_picks_the_cameo_code_within_its_root():
    arms = only(code("Washington a suspendu ses livraisons d'armes à Israël."), "SANCTION")
    assert dyad(arms) == ("USA", "ISR") and arms.cameo == "1622"  # military assistance stopped
    mediation = [e for e in code("Le Qatar a suspendu sa médiation entre Israël et le Hamas.") if e.event_type == "SANCTION"]
    assert {e.target.country for e in mediation} == {"ISR", "PSE"} and {e.cameo for e in mediation} == {"165"}
    spying = only(code("Les accusations d'espionnage de Moscou contre Berlin se multiplient."), "ACCUSE")
    assert dyad(spying) == ("RUS", "DEU") and spying.cameo == "1125"
    plan = only(code("Le rejet du plan de paix par la Russie a déçu l'Ukraine."), "REJECT")
    assert plan.source.country == "RUS" and plan.cameo == "127"
    threat = only(code("La menace de sanctions de l'Union européenne contre la Hongrie se précise."), "THREATEN")
    assert (threat.source.name, threat.target.country, threat.cameo) == ("European Union", "HUN", "1312")


def test_violent_repression_of_demonstrators():
    event = only(code("L'armée birmane a réprimé les manifestants à Rangoun."), "ASSAULT")
    assert (event.source.country, event.source.sector, event.target.sector, event.cameo) == ("MMR", "MIL", "CVL", "175")


CONFLICT_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Le président sénégalais a tenu une réunion avec les responsables de l'armée pour discuter de la sécurité.",
    "Le groupe chinois a pris le contrôle d'une mine au Congo.",  # a takeover, not an occupation
    "La Turquie veut renforcer sa présence économique en Afrique.",
    "Le ministre s'est emparé du dossier libyen.",
    "La France a mis fin à son opération militaire au Mali à cause de la junte.",
])
def test_false_friends_of_the_conflict_lexicon_state_no_conflict_event(text):
    assert [e.event_type for e in code(text) if e.event_type in CONFLICT_TYPES] == []


@pytest.mark.parametrize("path", ["10-demand", "11-accuse", "12-reject", "13-threaten", "14-protest", "15-mobilize",
                                  "16-sanction", "17-coerce", "18-20-assault"])
def test_every_entry_of_the_conflict_files_names_its_cameo_code_and_why(path):
    from chronicle.ontology import load_ontology
    from chronicle.packs import PACKS_DIR, Trigger
    import yaml

    ontology = load_ontology()
    data = yaml.safe_load((PACKS_DIR / "fr" / "triggers" / f"{path}.yaml").read_text(encoding="utf-8"))
    entries = [Trigger.model_validate(e) for e in data["triggers"]]
    assert entries
    for entry in entries:
        assert entry.cameo and entry.source.startswith(("CAMEO", "PLOVER")), entry.lemma
        ontology.codes(entry.type, entry.mode, entry.cameo)  # the code maps to the entry's type

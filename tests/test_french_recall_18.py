"""French misses that no event of their type answered (helper recallfr18):
nationalities listed on a noun that names no agent ("les pompiers français et
espagnols") are each a party; "appeler au / aux" is the appeal "appeler à" (the
lemmatiser keeps the contracted article); a judgement whose object is the speaker's
quoted appraisal ("a salué « un pas dans la bonne direction »") names no recipient
and is coded without one; a subject pronoun the model reads as a passive's or an
impersonal subject of an active verb ("Il a toutefois exigé le retrait") is its doer.
Sentences written for these tests, about many regions, coded through the real
pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, of_type, only

_coded = coder("fr", "2025-05-14")


# ---------------------------------------------------------------- listed nationalities on a non-agent noun

@pytest.mark.parametrize(
    "text, event_type, pair",
    [
        ("Les pompiers français et espagnols ont travaillé main dans la main pour éteindre l'incendie.", "COOPERATE", {"FRA", "ESP"}),
        ("Les commissions de délimitation kirghize et tadjike ont signé mardi un protocole sur le tracé de la frontière.", "AGREE", {"KGZ", "TJK"}),
        ("Les garde-frontières ghanéens et ivoiriens ont mené jeudi une patrouille conjointe près d'Elubo.", "COOPERATE", {"GHA", "CIV"}),
        ("Les douaniers péruviens et équatoriens ont coopéré lundi pour démanteler un réseau de contrebande.", "COOPERATE", {"PER", "ECU"}),
    ],
)
def test_nationalities_listed_on_a_noun_are_each_a_party(text: str, event_type: str, pair: set[str]) -> None:
    event = only(_coded(text), event_type)
    assert set(dyad(event)) == pair
    assert event.polarity == "positive"


def test_a_single_nationality_is_one_party_still() -> None:
    event = only(_coded("Des avions de combat israéliens ont frappé samedi des sites militaires à Damas."), "ASSAULT")
    assert event.source.country == "ISR"


# ---------------------------------------------------------------- appeler au / aux

@pytest.mark.parametrize(
    "text, source",
    [
        ("La France a appelé mardi au respect des droits de la défense en Tunisie.", "FRA"),
        ("Le Bureau intégré des Nations unies en Haïti a appelé au respect des droits humains.", "UNO"),
        ("Le gouvernement chilien a appelé aux négociations entre les syndicats et les mineurs.", "CHL"),
    ],
)
def test_calling_for_with_a_contracted_article_is_an_appeal(text: str, source: str) -> None:
    events = of_type(_coded(text), "REQUEST")
    assert events, _coded(text)
    assert events[0].source.country == source


def test_calling_on_the_telephone_stays_a_call() -> None:
    events = _coded("Le président sénégalais a appelé au téléphone son homologue gambien.")
    assert not of_type(events, "REQUEST")
    assert dyad(only(events, "CONSULT")) == ("SEN", "GMB")


# ---------------------------------------------------------------- a quoted appraisal names no recipient

@pytest.mark.parametrize(
    "text, event_type, source",
    [
        ("Le secrétaire d'Etat américain a salué « une avancée majeure » pour la région.", "SUPPORT", "USA"),
        ("Le président kazakh a salué dans un message « un exemple pour toute l'Asie centrale ».", "SUPPORT", "KAZ"),
        ("Le ministère norvégien des Affaires étrangères a condamné « un nouveau recul démocratique ».", "ACCUSE", "NOR"),
        ("Le gouvernement argentin a dénoncé « une provocation inacceptable ».", "ACCUSE", "ARG"),
    ],
)
def test_judging_a_quoted_appraisal_is_coded_without_recipient(text: str, event_type: str, source: str) -> None:
    event = only(_coded(text), event_type)
    assert event.source.country == source
    assert (event.polarity, event.modality) == ("positive", "actual")


def test_a_quoted_manner_before_the_object_is_no_appraisal() -> None:
    events = of_type(_coded("Le gouvernement marocain a condamné « avec fermeté » l'Algérie pour ses déclarations."), "ACCUSE")
    assert all(e.target is not None for e in events)


def test_a_word_quoted_inside_the_object_is_no_appraisal() -> None:
    events = of_type(_coded("Le gouvernement malien accuse des « officines » basées à Dakar de soutenir les rebelles."), "ACCUSE")
    assert all(e.target is not None for e in events)


def test_an_unquoted_judgement_without_recipient_is_still_dropped() -> None:
    assert not of_type(_coded("Le gouvernement argentin a salué un pas dans la bonne direction."), "SUPPORT")


# ---------------------------------------------------------------- a subject pronoun misread as passive or impersonal

@pytest.mark.parametrize(
    "text, event_type, pair",
    [
        ("Le général soudanais a rejeté le plan. Il a toutefois exigé le retrait préalable des Forces de soutien rapide des villes d'El-Obeid.",
         "REQUEST", ("SDN", "SDN")),
        ("Le président colombien a reçu la délégation. Il a toutefois condamné l'Equateur pour ses droits de douane.", "ACCUSE", ("COL", "ECU")),
    ],
)
def test_a_misread_subject_pronoun_is_the_doer(text: str, event_type: str, pair: tuple[str, str]) -> None:
    event = only(_coded(text), event_type)
    assert dyad(event) == pair


def test_a_passive_pronoun_stays_the_one_acted_upon() -> None:
    events = _coded("Le ministre libanais a été convoqué lundi. Il a été arrêté mardi par la police syrienne.")
    assert not any(e.source.country == "LBN" and e.event_type == "COERCE" for e in events)


# ---------------------------------------------------------------- an event noun under a verb that announces it

@pytest.mark.parametrize(
    "text, pair",
    [
        ("Les Etats-Unis ont annoncé une aide supplémentaire de 10 millions de dollars à la police haïtienne.", ("USA", "HTI")),
        ("Le Japon a annoncé mardi une contribution de 5 millions de dollars au Programme alimentaire mondial.", ("JPN", "UNO")),
        ("L'Arabie saoudite a annoncé une aide de 30 millions de dollars au Liban.", ("SAU", "LBN")),
        ("La Corée du Sud a annoncé une aide de 20 millions de dollars pour la Jordanie.", ("KOR", "JOR")),
    ],
)
def test_announced_aid_counted_in_money_is_a_pledge(text: str, pair: tuple[str, str]) -> None:
    event = only(_coded(text), "AGREE")
    assert dyad(event) == pair
    assert (event.polarity, event.modality) == ("positive", "intended")


def test_aid_suspended_is_no_pledge() -> None:
    events = _coded("L'Allemagne a suspendu son aide de 50 millions d'euros au Niger.")
    assert not of_type(events, "AGREE")
    assert dyad(only(events, "SANCTION")) == ("DEU", "NER")


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Le gouvernement nigérien a annoncé lundi le rappel de son ambassadeur en Algérie.", ("NER", "DZA")),
        ("Le Pérou a annoncé jeudi le rappel de son ambassadeur au Mexique.", ("PER", "MEX")),
        ("La Jordanie a annoncé le rappel pour consultations de son ambassadeur en Israël.", ("JOR", "ISR")),
    ],
)
def test_an_announced_recall_names_the_country_the_envoy_leaves(text: str, pair: tuple[str, str]) -> None:
    event = only(_coded(text), "SANCTION")
    assert dyad(event) == pair

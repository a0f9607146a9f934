"""French argument structure of nominal and light-verb constructions (helper
frconstr16): "se refuser à" is its subject's refusal, not a pronominal passive;
criticism or a demand voiced by a participle or a passive light verb ("les
critiques formulées par X à l'encontre de Y", "de vives critiques ... ont été
formulées par X") has that verb's agent as its author; a plural possessive on an
appeal is the plural subject's own ("les ONG ont adressé leur demande"); an
appeal's addressee may hang on the light verb; talks agreed on at a summit leave
the summit its own meeting; a judgement of an unnamed deed answers the foreign doer
of the sentence before, not the cause it gives. Sentences written for these tests,
about many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from event_checks import coder, dyad, only

_coded = coder("fr", "2024-05-14")


# ---------------------------------------------------------------- se refuser à

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Les autorités chinoises se sont refusées mardi à condamner la Russie.", "CHN", "RUS"),
        ("Les autorités iraniennes se sont refusées lundi à libérer le journaliste suédois.", "IRN", "SWE"),
        ("Le gouvernement ghanéen s'est refusé mardi à extrader l'opposant togolais.", "GHA", "TGO"),
    ],
)
def test_refusing_oneself_to_act_is_the_subjects_refusal(text: str, source: str, target: str) -> None:
    event = only(_coded(text), "REJECT")
    assert dyad(event) == (source, target)
    assert event.source.sector == "GOV"


# ---------------------------------------------------------------- voiced by a participle or a passive

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Les critiques formulées par le Brésil à l'encontre du Paraguay ont surpris les diplomates.", "BRA", "PRY"),
        ("De vives critiques à l'encontre du gouvernement nicaraguayen ont été formulées lundi par le président colombien.", "COL", "NIC"),
        ("Des reproches ont été émis jeudi par la Norvège à l'encontre du gouvernement islandais.", "NOR", "ISL"),
    ],
)
def test_criticism_voiced_by_a_light_verb_is_its_agents(text: str, source: str, target: str) -> None:
    event = only(_coded(text), "ACCUSE")
    assert dyad(event) == (source, target)
    assert (event.polarity, event.modality) == ("positive", "actual")


def test_criticism_reported_without_a_voicing_verb_codes_nothing() -> None:
    # the noun needs a carrier: a criticism merely mentioned is no event
    assert not [e for e in _coded("Les critiques du Brésil ne manquent pas de piquant.") if e.event_type == "ACCUSE"]


# ---------------------------------------------------------------- plural possessives, addressees on the verb

@pytest.mark.parametrize(
    "text, source, target, sector",
    [
        ("Les ONG soudanaises ont adressé leur demande au Conseil de sécurité.", "SDN", "UNO", "NGO"),
        ("Les agriculteurs polonais ont présenté leurs exigences au Premier ministre.", "POL", "POL", "CVL"),
        ("Des associations de femmes afghanes ont renouvelé vendredi leur supplique aux talibans.", "AFG", "AFG", "CVL"),
    ],
)
def test_a_plural_possessive_on_an_appeal_is_the_plural_subjects(text: str, source: str, target: str, sector: str) -> None:
    event = only(_coded(text), "REQUEST")
    assert dyad(event) == (source, target)
    assert event.source.sector == sector


def test_a_plural_possessive_does_not_take_a_single_subject() -> None:
    # "leur" names several: the singular subject is not its owner, so no demand is its own
    events = _coded("Le ministre béninois a transmis leurs demandes au gouvernement nigérian.")
    assert not [e for e in events if e.event_type == "REQUEST" and e.source.country == "BEN"]


# ---------------------------------------------------------------- talks agreed on at a summit

@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Le Japon et la Corée du Sud ont convenu de reprendre le dialogue en marge du sommet de l'Apec.", "JPN", "KOR"),
        ("Le Kenya et la Tanzanie ont convenu de reprendre le dialogue lors du sommet d'Arusha.", "KEN", "TZA"),
    ],
)
def test_the_summit_talks_are_agreed_at_is_its_own_meeting(text: str, one: str, other: str) -> None:
    events = _coded(text)
    assert sorted(dyad(only(events, "AGREE"))) == sorted((one, other))
    assert sorted(dyad(only(events, "CONSULT"))) == sorted((one, other))


def test_talks_resumed_by_two_countries_are_their_talks() -> None:
    event = only(_coded("L'Ethiopie et l'Egypte ont repris le dialogue sur le barrage."), "CONSULT")
    assert sorted(dyad(event)) == ["EGY", "ETH"]


# ---------------------------------------------------------------- a judged deed left unnamed

def test_a_deed_judged_unnamed_is_the_foreign_doers_not_the_cause_given() -> None:
    text = ("Le Mali a ordonné lundi l'expulsion de trois diplomates suédois, en représailles à l'arrestation "
            "à Stockholm d'un ressortissant malien. Le ministre suédois des Affaires étrangères a dénoncé une "
            "décision « regrettable ».")
    event = only([e for e in _coded(text) if e.source.country == "SWE"], "ACCUSE")
    assert event.target.country == "MLI"


def test_a_deed_judged_unnamed_at_home_is_the_domestic_doers() -> None:
    text = ("Le gouvernement guinéen a suspendu mardi vingt-huit partis politiques. "
            "Le principal parti d'opposition guinéen a dénoncé une décision « illégale ».")
    event = only(_coded(text), "ACCUSE")
    assert (event.target.country, event.target.sector) == ("GIN", "GOV")


# ---------------------------------------------------------------- open to a meeting, in every gender

@pytest.mark.parametrize(
    "text, source, target",
    [
        ("La ministre péruvienne des Affaires étrangères s'est dite ouverte à une rencontre avec son homologue chilien.", "PER", "CHL"),
        ("La présidente géorgienne s'est dite ouverte à une rencontre avec le Premier ministre arménien.", "GEO", "ARM"),
    ],
)
def test_a_meeting_one_is_open_to_is_an_offer_whatever_the_adjectives_gender(text: str, source: str, target: str) -> None:
    event = only(_coded(text), "AGREE")
    assert sorted(dyad(event)) == sorted((source, target))
    assert event.modality == "intended"
    assert not [e for e in _coded(text) if e.event_type == "CONSULT"]

"""The parties of an agreement or a pledge to cooperate, found where wire copy puts them.

A noun of will ("leur volonté de", "leur souhait de", "their commitment to", "their
desire to") is held by the subject of the verb it is object of: that subject does what
the noun's infinitive says, and a possessive under the infinitive ("renforcer leur
partenariat") is theirs. A participle the French parse tags as an adjective ("l'accord
intervenu entre X et Y") still finds the agreement it qualifies. "Les deux pays" are the
parties the article named together just before. Sentences written for these tests, about
many regions, coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.pipeline import code

DAY = "2024-05-14"


def _agreements(text: str, lang: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source country, target country, polarity, modality) of the AGREE events."""
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None, e.polarity, e.modality)
        for e in code(text, DAY, lang)
        if e.event_type == "AGREE"
    ]


def _sides(found: list[tuple[str | None, str | None, str, str]]) -> set[frozenset[str | None]]:
    return {frozenset(f[:2]) for f in found}


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        ("fr", "Le Niger et le Tchad ont réaffirmé leur volonté de signer un accord de défense.", {"NER", "TCD"}),
        ("fr", "Le Kenya et l'Ouganda ont exprimé leur souhait de conclure un accord commercial.", {"KEN", "UGA"}),
        ("fr", "Le Maroc et la Mauritanie ont réaffirmé leur volonté de renforcer leur partenariat.", {"MAR", "MRT"}),
        ("fr", "Le Pérou a exprimé sa volonté de renforcer sa coopération avec le Chili.", {"PER", "CHL"}),
        ("fr", "Le Vietnam a réaffirmé sa détermination à approfondir son partenariat avec l'Inde.", {"VNM", "IND"}),
        ("en", "Morocco and Mauritania reaffirmed their commitment to strengthen their partnership.", {"MAR", "MRT"}),
        ("en", "Chile and Peru expressed their desire to sign a free trade agreement.", {"CHL", "PER"}),
        ("en", "Vietnam reaffirmed its determination to deepen its partnership with India.", {"VNM", "IND"}),
    ],
)
def test_the_holder_of_a_will_to_agree_is_its_party(lang: str, text: str, parties: set[str]) -> None:
    found = _agreements(text, lang)
    assert _sides(found) == {frozenset(parties)}
    # a will, a wish or a commitment states an intention (CAMEO 03x), not a deal made
    assert all(polarity == "positive" and modality == "intended" for *_, polarity, modality in found)


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        ("fr", "L'Égypte et l'Éthiopie n'ont pas exprimé leur souhait de conclure un accord sur le barrage.", {"EGY", "ETH"}),
        ("en", "Egypt and Ethiopia did not express their wish to conclude a deal on the dam.", {"EGY", "ETH"}),
    ],
)
def test_a_negated_will_keeps_its_parties_and_its_negation(lang: str, text: str, parties: set[str]) -> None:
    found = _agreements(text, lang)
    assert _sides(found) == {frozenset(parties)}
    assert all(polarity == "negative" for _, _, polarity, _ in found)


@pytest.mark.parametrize(
    "text, parties",
    [
        ("L'accord intervenu entre Kinshasa et Kigali prévoit un cessez-le-feu.", {"COD", "RWA"}),
        ("Le compromis intervenu entre Bakou et Erevan ouvre la voie à la paix.", {"AZE", "ARM"}),
    ],
)
def test_an_agreement_reached_read_as_an_adjective(text: str, parties: set[str]) -> None:
    assert _sides(_agreements(text, "fr")) == {frozenset(parties)}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le ministre a exprimé sa volonté de rester à son poste."),
        ("fr", "Le chômage intervenu après la crise a frappé l'Argentine."),
        ("fr", "Le président colombien a exprimé son souhait de prendre sa retraite."),
        ("en", "The minister expressed his wish to stay in office."),
    ],
)
def test_a_will_with_no_agreement_codes_none(lang: str, text: str) -> None:
    assert _agreements(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        ("fr", "Le Premier ministre indien Narendra Modi s'est entretenu avec son homologue bangladaise Sheikh Hasina "
               "à Dacca. Les deux pays ont signé sept accords dans les domaines de l'énergie et de la santé.", {"IND", "BGD"}),
        ("fr", "Le président ghanéen a reçu le président ivoirien à Accra. "
               "Les deux dirigeants ont signé trois accords de coopération.", {"GHA", "CIV"}),
        ("en", "Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina in Dhaka. "
               "The two countries signed seven agreements on energy and health.", {"IND", "BGD"}),
    ],
)
def test_the_two_countries_are_the_parties_named_before(lang: str, text: str, parties: set[str]) -> None:
    assert _sides(_agreements(text, lang)) == {frozenset(parties)}


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        ("fr", "L'accord signé par le Soudan et le Soudan du Sud prévoit la reprise des exportations de pétrole.", {"SDN", "SSD"}),
        ("fr", "L'accord intervenu entre Kinshasa et Kigali prévoit un cessez-le-feu.", {"COD", "RWA"}),
        ("en", "The accord signed by Sudan and South Sudan will allow oil exports to resume.", {"SDN", "SSD"}),
    ],
)
def test_an_agreement_already_made_is_actual_whatever_it_provides(lang: str, text: str, parties: set[str]) -> None:
    found = _agreements(text, lang)
    assert _sides(found) == {frozenset(parties)}
    assert all(modality == "actual" and polarity == "positive" for *_, polarity, modality in found)


def test_an_agreement_still_to_be_signed_stays_a_plan() -> None:
    found = _agreements("Le Soudan et le Tchad signeront un accord de sécurité la semaine prochaine.", "fr")
    assert _sides(found) == {frozenset({"SDN", "TCD"})}
    assert all(modality == "intended" for *_, modality in found)


@pytest.mark.parametrize(
    "text, parties, modality",
    [
        ("Washington et Pékin ont annoncé un accord sur les droits de douane.", {"USA", "CHN"}, "actual"),
        ("Le Mozambique a annoncé avoir conclu un accord avec le Rwanda.", {"MOZ", "RWA"}, "actual"),
        ("Le Kenya affirme avoir signé un accord de sécurité avec la Somalie.", {"KEN", "SOM"}, "actual"),
        ("Le Kenya a annoncé vouloir conclure un accord avec la Somalie.", {"KEN", "SOM"}, "intended"),
        ("Le Brésil et l'Argentine ont annoncé la signature prochaine d'un accord.", {"BRA", "ARG"}, "intended"),
    ],
)
def test_an_agreement_announced_as_reached_is_actual(text: str, parties: set[str], modality: str) -> None:
    found = _agreements(text, "fr")
    assert _sides(found) == {frozenset(parties)}
    assert all(m == modality for *_, m in found)


def test_an_announced_visit_stays_a_plan() -> None:
    events = code("Le président sénégalais a annoncé sa visite en Gambie.", DAY, "fr")
    assert [e.modality for e in events if e.event_type == "AGREE"] == ["intended"]


def test_a_meeting_being_coordinated_stays_a_plan() -> None:
    found = _agreements("Ghana and Togo are known to be coordinating a meeting between Ghanaian Foreign Minister Samuel "
                        "Ablakwa and Togolese Foreign Minister Robert Dussey next month.", "en")
    assert _sides(found) == {frozenset({"GHA", "TGO"})}
    assert all(m == "intended" for *_, m in found)

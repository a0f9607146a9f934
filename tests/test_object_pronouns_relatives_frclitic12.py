"""Object pronouns and object relatives (helper frclitic12): a French object pronoun
("l'", "la", "les", "lui", "leur") stands for an actor named before, never for its
own clause's subject, and a reflexive "se" stays no party; a relative clause whose
object is the relative pronoun ("les diplomates que Paris a expulsés", "the envoy
whom Beijing summoned", "the rebels Kinshasa accuses of") acts on the noun it
qualifies. Sentences written for these tests, about many regions, coded through
the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.annotate import load_pipeline
from chronicle.extract.arguments import ArgumentReader
from chronicle.model import Event
from chronicle.pipeline import Coder, code
from event_checks import listing


def _coded(text: str, lang: str = "fr") -> list[Event]:
    return code(text, "2024-05-14", lang)


def _found(events: list[Event], event_type: str, source: str, target: str | None, polarity: str = "positive") -> bool:
    return any(e.event_type == event_type and e.source.country == source and (e.target.country if e.target else None) == target
               and e.polarity == polarity for e in events)


# ---------------------------------------------------------------- object pronouns

@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        # "l'" for the envoy of the sentence before, not for Bamako, its own subject
        ("Le Mali a convoqué l'ambassadeur d'Algérie. Bamako l'a menacé de représailles.", "THREATEN", "MLI", "DZA"),
        # "lui", a dative: the phrase "à X" it stands for is the request's addressee
        ("Le gouvernement libanais a reçu l'ambassadeur syrien. Beyrouth lui a demandé de quitter le pays.", "REQUEST", "LBN", "SYR"),
        ("Le Sénégal a convoqué l'ambassadeur de France et lui a demandé des explications.", "REQUEST", "SEN", "FRA"),
        # "l'" singular: the government, not the plural activists named after it
        ("Le gouvernement vietnamien a arrêté des militants chinois. Pékin l'a accusé de violer leurs droits.", "ACCUSE", "CHN", "VNM"),
        # the participle's feminine ending: Ethiopia, not Sudan (Khartoum's own country)
        ("L'Éthiopie a fermé sa frontière avec le Soudan. Khartoum l'a accusée de soutenir les rebelles.", "ACCUSE", "SDN", "ETH"),
        ("L'Ukraine a saisi un navire russe. Moscou l'a condamnée.", "ACCUSE", "RUS", "UKR"),
        # "leur" plural, "lui" singular, each a dative recipient of the carried noun
        ("La Pologne a accusé la Biélorussie. Varsovie lui a imposé des sanctions.", "SANCTION", "POL", "BLR"),
        ("Le Maroc a reçu les ministres mauritaniens. Rabat leur a proposé un accord de pêche.", "AGREE", "MAR", "MRT"),
        ("Le président malien a limogé le chef d'état-major. Les militaires ukrainiens l'ont arrêté.", "COERCE", "UKR", "MLI"),
        ("Haïti a rappelé son ambassadeur. Le Canada l'a rencontré jeudi.", "CONSULT", "CAN", "HTI"),
    ],
)
def test_an_object_pronoun_stands_for_the_actor_named_before(text: str, event_type: str, source: str, target: str) -> None:
    events = _coded(text)
    assert _found(events, event_type, source, target), listing(events)


@pytest.mark.parametrize(
    "text, event_type, source, target",
    [
        ("Le Canada a critiqué le Vietnam. Le Sénégal ne l'a pas condamné.", "ACCUSE", "SEN", "VNM"),
        ("L'Algérie a reçu l'envoyé du Mali. Alger ne lui a pas demandé de partir.", "REQUEST", "DZA", "MLI"),
    ],
)
def test_a_negated_verb_keeps_its_pronoun_object(text: str, event_type: str, source: str, target: str) -> None:
    events = _coded(text)
    assert _found(events, event_type, source, target, polarity="negative"), listing(events)
    assert not _found(events, event_type, source, target), listing(events)


def test_a_subject_pronoun_before_an_object_pronoun_is_the_subject() -> None:
    # the model reads "Elles" before "l'" as no subject; the repair makes it one
    events = _coded("Les autorités haïtiennes ont arrêté un opposant libanais. Elles l'ont accusé de corruption.")
    assert _found(events, "ACCUSE", "HTI", "LBN"), listing(events)


def test_a_reciprocal_se_is_no_object_pronoun() -> None:
    # "se" is reciprocal: the two coordinated subjects accuse each other, no third party
    events = _coded("L'Algérie et le Maroc se sont accusés mutuellement de provocations.")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and all({e.source.country, e.target.country if e.target else None} == {"DZA", "MAR"} for e in accusations), listing(events)


def _stand_ins(text: str) -> dict[str, str]:
    """Each object pronoun the argument reader reads as an actor, with that actor's words."""
    tools = Coder().tools("fr")
    doc = load_pipeline("fr")(text)
    reader = ArgumentReader(doc, tools.mentions.find(doc), tools.pack.grammar)
    return {doc[i].text: doc[m.start : m.end].text for i, m in reader.stand_ins.items()}


def test_a_pronoun_for_a_thing_named_in_its_sentence_names_no_actor() -> None:
    # "la" is the proposal, the object before it in its sentence, not Tunisia
    assert _stand_ins("La Tunisie a envoyé une proposition, mais l'Égypte a refusé de la signer.") == {}
    # across sentences the actor is taken up: the nearest one that is not Algiers's Algeria
    assert _stand_ins("La Tunisie a critiqué l'Égypte. Alger l'a accusée d'ingérence.") == {"l'": "l'Égypte"}
    assert _stand_ins("La Tunisie a critiqué l'Égypte. Le Caire l'a accusée d'ingérence.") == {"l'": "La Tunisie"}


# ---------------------------------------------------------------- object relatives

@pytest.mark.parametrize(
    "text, lang, event_type, source, target",
    [
        ("Les diplomates canadiens que l'Inde a expulsés sont rentrés à Ottawa.", "fr", "SANCTION", "IND", "CAN"),
        ("L'ambassadeur français que l'Algérie a convoqué mardi a quitté le pays.", "fr", "ACCUSE", "DZA", "FRA"),
        ("The Russian diplomats whom Mali expelled returned to Moscow on Friday.", "en", "SANCTION", "MLI", "RUS"),
        ("The Chinese envoy that Vietnam summoned on Monday left the country.", "en", "ACCUSE", "VNM", "CHN"),
        ("The Canadian ambassador whom Haiti summoned on Tuesday left Port-au-Prince.", "en", "ACCUSE", "HTI", "CAN"),
        ("The Lebanese activists that Algeria arrested were freed.", "en", "COERCE", "DZA", "LBN"),
    ],
)
def test_an_object_relative_acts_on_the_noun_it_qualifies(text: str, lang: str, event_type: str, source: str, target: str) -> None:
    events = _coded(text, lang)
    assert _found(events, event_type, source, target), listing(events)


def test_an_unwritten_english_object_relative_acts_on_its_noun() -> None:
    events = _coded("The Rwandan rebels Kinshasa accuses of massacres attacked Goma.", "en")
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].source.country == "COD" and accusations[0].target is not None, listing(events)
    assert accusations[0].target.sector == "REB", listing(events)


def test_a_subject_relative_is_no_object_relative() -> None:
    # "who" is the clause's subject: the diplomats expel, they are not expelled
    events = _coded("The Ukrainian diplomats who expelled the reporters left Kyiv.", "en")
    assert not any(e.target is not None and e.target.sector == "GOV" and e.event_type == "SANCTION" for e in events), listing(events)

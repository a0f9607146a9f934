"""Event nouns carried by light and support verbs, in English and French (wave 19,
lightverb19): the noun's own entry gives the type and code, the light verb's arguments
the parties. A verb whose subject undergoes the noun ("came under attack from", "received
an ultimatum from", "faces an investigation by", "a écopé de sanctions de", "fait l'objet
d'une enquête de") makes its subject the target; a passive light verb whose subject is
not the noun ("was slapped with sanctions by", "s'est vu infliger des sanctions par")
makes its subject the one acted on. Sentences written for these tests, about many
countries; the counter-sentences keep the ordinary senses uncoded or unturned."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import lang_coder

_code = lang_coder("2025-04-10")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity) for e in events]


def _has(events: list[Event], event_type: str, cameo: str, source: str, target: str) -> bool:
    return any(
        e.event_type == event_type and (e.cameo or "").startswith(cameo) and e.source.country == source
        and e.target is not None and e.target.country == target and e.polarity == "positive"
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "cameo", "source", "target"),
    [
        # "come under" + noun: the preposition with the verb makes the converse carrier
        ("Pakistan came under sanctions from France.", "en", "SANCTION", "16", "FRA", "PAK"),
        ("Canada came under attack from Turkey.", "en", "ASSAULT", "1", "TUR", "CAN"),
        ("Kenya came under criticism from Ukraine.", "en", "ACCUSE", "11", "UKR", "KEN"),
        # a converse carrier's own sense (a guest received) yields to the event noun it carries
        ("Nigeria received an ultimatum from Morocco.", "en", "THREATEN", "139", "MAR", "NGA"),
        ("Algeria received a warning from Argentina.", "en", "THREATEN", "13", "ARG", "DZA"),
        ("India received an apology from Venezuela.", "en", "SUPPORT", "055", "VEN", "IND"),
        ("Le Kenya a reçu des excuses de l'Ukraine.", "fr", "SUPPORT", "055", "UKR", "KEN"),
        ("Le Nigeria a reçu un ultimatum du Maroc.", "fr", "THREATEN", "139", "MAR", "NGA"),
        # a passive light verb: its subject is the one acted on
        ("Morocco was slapped with sanctions by Mali.", "en", "SANCTION", "16", "MLI", "MAR"),
        ("Germany was subjected to sanctions by Iraq.", "en", "SANCTION", "16", "IRQ", "DEU"),
        ("Kenya was given a warning by Ukraine.", "en", "THREATEN", "13", "UKR", "KEN"),
        ("La Turquie s'est vu infliger des sanctions par l'Allemagne.", "fr", "SANCTION", "16", "DEU", "TUR"),
        ("Le Maroc s'est vu imposer un embargo par le Mali.", "fr", "SANCTION", "16", "MLI", "MAR"),
        ("Le Kenya s'est vu accorder un prêt de 500 millions de dollars par la Chine.", "fr", "AID", "071", "CHN", "KEN"),
        # an inquiry told from the side of the one investigated
        ("Ethiopia's defence minister faces an investigation by Chad.", "en", "ACCUSE", "09", "TCD", "ETH"),
        ("Argentina's defence minister is under investigation by Vietnam.", "en", "ACCUSE", "09", "VNM", "ARG"),
        ("Le ministre kényan de la Défense fait l'objet d'une enquête de la justice française.", "fr", "ACCUSE", "09", "FRA", "KEN"),
        # "écoper de", "essuyer les critiques de"
        ("Le Kenya a écopé de sanctions de l'Ukraine.", "fr", "SANCTION", "16", "UKR", "KEN"),
        ("La Pologne a essuyé les critiques de la France.", "fr", "ACCUSE", "11", "FRA", "POL"),
        # the ordinary light verbs, unchanged or newly carrying
        ("Chad ordered a blockade on Colombia's ports.", "en", "COERCE", "191", "TCD", "COL"),
        ("Russia issued a condemnation of Poland.", "en", "ACCUSE", "11", "RUS", "POL"),
        ("Morocco wielded its veto against Mali's bid to join the council.", "en", "REJECT", "12", "MAR", "MLI"),
        ("Kenya carried out a raid on Ethiopia.", "en", "ASSAULT", "1", "KEN", "ETH"),
        ("L'Algérie a procédé à l'arrestation de trois journalistes marocains.", "fr", "COERCE", "173", "DZA", "MAR"),
        ("Le Tchad a mené des frappes contre le Soudan.", "fr", "ASSAULT", "19", "TCD", "SDN"),
        ("Le Brésil a opposé une fin de non-recevoir à la demande du Venezuela.", "fr", "REJECT", "12", "BRA", "VEN"),
    ],
)
def test_light_verb_noun_keeps_its_code_and_reads_its_parties(text: str, lang: str, event_type: str, cameo: str, source: str, target: str) -> None:
    """The noun's type and code, with the doer and the target the light verb gives."""
    events = _code(text, lang)
    assert _has(events, event_type, cameo, source, target), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "source", "target"),
    [
        ("Pakistan came under sanctions from France.", "en", "SANCTION", "PAK", "FRA"),
        ("Morocco was slapped with sanctions by Mali.", "en", "SANCTION", "MAR", "MLI"),
        ("La Turquie s'est vu infliger des sanctions par l'Allemagne.", "fr", "SANCTION", "TUR", "DEU"),
        ("Le Kenya a écopé de sanctions de l'Ukraine.", "fr", "SANCTION", "KEN", "UKR"),
    ],
)
def test_the_one_who_undergoes_is_never_the_doer(text: str, lang: str, event_type: str, source: str, target: str) -> None:
    """The subject of a converse or passive light verb is never coded as the doer."""
    events = _code(text, lang)
    assert not _has(events, event_type, "", source, target), _listing(events)


def test_the_active_light_verb_keeps_its_subject_as_doer() -> None:
    """"Mali slapped Morocco with sanctions": the active reads as before."""
    events = _code("Mali slapped Morocco with sanctions.", "en")
    assert _has(events, "SANCTION", "16", "MLI", "MAR"), _listing(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Morocco was slapped with sanctions.", "en"),
        ("Argentina's defence minister is under investigation.", "en"),
        ("Kenya's president received Ethiopia's prime minister in Nairobi.", "en"),
    ],
)
def test_no_doer_named_no_reversed_event(text: str, lang: str) -> None:
    """With no doer named, the subject that undergoes is coded as no doer (an event
    stated without its doer has an unknown source, GUIDELINES' null country); a guest
    received is still a visit hosted (CONSULT), not turned into another event."""
    events = _code(text, lang)
    reversed_ = [e for e in events if e.polarity == "positive" and e.event_type != "CONSULT"
                 and e.source is not None and e.source.country is not None]
    assert not reversed_, _listing(events)


@pytest.mark.parametrize(
    ("text", "lang", "kept_out"),
    [
        ("Nigeria's president held a press conference in Abuja.", "en", {"CONSULT"}),
        ("Egypt issued a statement on the elections.", "en", {"ACCUSE", "THREATEN", "REQUEST"}),
        ("Vietnam carried out reforms of its pension system.", "en", {"ASSAULT", "COERCE", "SANCTION"}),
        ("The sanctions hurt Iran's economy last year, analysts said.", "en", {"SANCTION"}),
        ("Une société sénégalaise a lancé un nouveau produit la semaine dernière.", "fr", {"ASSAULT", "MOBILIZE", "THREATEN"}),
        ("Le Brésil mène la danse dans les négociations climatiques.", "fr", {"ASSAULT"}),
        ("Les sanctions ont durement touché l'économie de l'Iran l'an dernier.", "fr", {"SANCTION"}),
        ("Le ministère a remis une note de protestation au chargé d'affaires russe.", "fr", {"PROTEST"}),
    ],
)
def test_ordinary_senses_stay_uncoded(text: str, lang: str, kept_out: set[str]) -> None:
    """A press conference held, a statement issued, reforms carried out, a product
    launched, sanctions that only hurt: no event of those types."""
    events = _code(text, lang)
    assert not [e for e in events if e.event_type in kept_out and e.polarity == "positive"], _listing(events)

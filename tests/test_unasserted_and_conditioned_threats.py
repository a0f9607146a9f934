"""Acts inside a demand, threats stated by a negated rejection of force or by an act
made to hang on a condition, and events only awaited, in both languages. Sentences
written for these tests, about many regions, each with the counter-case that keeps
its coding; coded through the real pipeline."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from chronicle.pipeline import code

from event_checks import dyad, of_type


def _code(text: str, lang: str) -> list[Event]:
    return code(text, "2024-05-14", lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Kenya demanded that Somalia halt its support for the militia and withdraw its troops from the border."),
        ("en", "Nigeria demanded that Cameroon end the raids and withdraw its forces from the Bakassi peninsula."),
    ],
)
def test_a_second_demanded_act_is_no_deed(lang: str, text: str) -> None:
    events = _code(text, lang)
    assert of_type(events, "REQUEST"), events
    assert not of_type(events, "RETREAT"), [(e.event_type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Somalia halted its support for the militia and withdrew its troops from the border."),
        ("fr", "La Somalie a cessé son soutien aux milices et a retiré ses troupes de la frontière."),
    ],
)
def test_coordinated_acts_stated_stay_deeds(lang: str, text: str) -> None:
    assert [e.modality for e in of_type(_code(text, lang), "RETREAT")] == ["actual"]


@pytest.mark.parametrize(
    "lang, text, pair, cameo",
    [
        ("en", "Turkey refused to rule out military action against Syria.", ("TUR", "SYR"), "138"),
        ("en", "Israel did not rule out the use of force against Iran.", ("ISR", "IRN"), "138"),
        ("fr", "Israël n'a pas exclu de recourir à la force contre l'Iran.", ("ISR", "IRN"), "138"),
        ("fr", "L'Algérie n'exclut aucune option militaire contre le Maroc.", ("DZA", "MAR"), "138"),
    ],
)
def test_force_not_ruled_out_is_a_threat(lang: str, text: str, pair: tuple[str, str], cameo: str) -> None:
    events = _code(text, lang)
    threats = of_type(events, "THREATEN")
    assert [(dyad(e), e.cameo, e.polarity) for e in threats] == [(pair, cameo, "positive")], events
    assert not of_type(events, "REJECT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Ethiopia ruled out military action against Eritrea."),
        ("en", "Colombia did not rule out talks with the ELN."),
        ("fr", "La France exclut toute intervention militaire au Niger."),
    ],
)
def test_other_rulings_out_stay_rejections(lang: str, text: str) -> None:
    events = _code(text, lang)
    assert of_type(events, "REJECT") and not of_type(events, "THREATEN"), [(e.event_type, e.cameo) for e in events]


@pytest.mark.parametrize(
    "lang, text, pair, cameo",
    [
        ("en", "The United States would cut aid to Egypt if Cairo pursued the crackdown, officials said.", ("USA", "EGY"), "1311"),
        ("en", "The European Union said it would impose sanctions on Belarus unless Minsk freed the detained journalists.", ("EUR", "BLR"), "1312"),
        ("fr", "L'Union européenne imposera des sanctions au Mali si la junte ne libère pas le président.", ("EUR", "MLI"), "1312"),
    ],
)
def test_an_act_on_a_condition_is_a_threat(lang: str, text: str, pair: tuple[str, str], cameo: str) -> None:
    events = _code(text, lang)
    assert [(dyad(e), e.cameo) for e in of_type(events, "THREATEN")] == [(pair, cameo)], events
    assert not of_type(events, "SANCTION")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The European Union imposed sanctions on Belarus after Minsk refused to free the journalists."),
        ("fr", "L'Union européenne a imposé des sanctions au Mali après le coup d'Etat."),
    ],
)
def test_an_act_done_stays_the_act(lang: str, text: str) -> None:
    events = _code(text, lang)
    assert of_type(events, "SANCTION") and not of_type(events, "THREATEN")


def test_aid_offered_on_a_condition_is_no_threat() -> None:
    events = _code("Japan said it would provide aid to the Philippines if the typhoon struck.", "en")
    assert not of_type(events, "THREATEN")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La police s'est déployée à Dakar à l'approche des manifestations de l'opposition."),
        ("fr", "Les forces de sécurité se sont déployées à Abidjan en prévision des manifestations contre le gouvernement."),
    ],
)
def test_an_awaited_protest_is_not_held(lang: str, text: str) -> None:
    events = _code(text, lang)
    assert not of_type(events, "PROTEST"), events
    assert of_type(events, "MOBILIZE"), events


def test_a_protest_held_stays_actual() -> None:
    protests = of_type(_code("Des milliers de personnes ont manifesté à Dakar contre le gouvernement.", "fr"), "PROTEST")
    assert protests and all(e.modality == "actual" for e in protests)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Guyana n'exclut aucune option, y compris un recours devant la Cour internationale de justice."),
        ("en", "Guyana refused to rule out any option, including a case at the International Court of Justice."),
    ],
)
def test_options_alone_threaten_nothing(lang: str, text: str) -> None:
    assert not of_type(_code(text, lang), "THREATEN")

"""A passive with no agent states acts of more types than violence without their doer
(``grammar.agentless.passive_types``, read by ``chronicle.extract.agentless``):
"Bhutan was asked to reopen the border", "le Ghana a été menacé de sanctions"; each
pack lists only the types whose passives its news sets state as acts.
GUIDELINES codes such an event with an unknown source (a null country) and the one
acted on as its target; an agent phrase, or the doer the article named before, still
gives the source. Sentences written for these tests, about many regions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronicle.errors import KnowledgeError
from chronicle.packs import PACKS_DIR, load_pack, load_pack_from
from chronicle.pipeline import code
from event_checks import triples

Triple = tuple[str, str | None, str | None]


def _events(text: str, lang: str) -> list[Triple]:
    """(type, source country, target country) of the positive events coded."""
    return triples(code(text, "2024-05-14", lang))


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Ghana was warned of sanctions over its mining law.", ("THREATEN", None, "GHA")),
        ("fr", "Le Ghana a été menacé de sanctions à cause de sa loi minière.", ("THREATEN", None, "GHA")),
        ("en", "Tonga's request for debt relief was turned down.", ("REJECT", None, "TON")),
        ("fr", "La demande d'allègement de la dette des Tonga a été rejetée.", ("REJECT", None, "TON")),
        ("en", "Bhutan was asked to reopen the border crossing.", ("REQUEST", None, "BTN")),
        ("fr", "Le Bhoutan a été exhorté à rouvrir le poste-frontière.", ("REQUEST", None, "BTN")),
        ("fr", "Le sommet organisé par le Niger a été boycotté mardi.", ("PROTEST", None, "NER")),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 3 else None,
)
def test_an_act_in_the_passive_without_agent_has_an_unknown_source(lang: str, text: str, expected: Triple) -> None:
    assert expected in _events(text, lang)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Fiji was condemned by Samoa for the arrests.", ("ACCUSE", "WSM", "FJI")),
        ("fr", "Les Fidji ont été condamnées par les Samoa pour ces arrestations.", ("ACCUSE", "WSM", "FJI")),
    ],
)
def test_an_agent_phrase_still_names_the_doer(lang: str, text: str, expected: Triple) -> None:
    events = _events(text, lang)
    assert expected in events and not [e for e in events if e[0] == expected[0] and e[1] is None], events


def test_the_doer_the_article_named_before_fills_a_passive_of_any_type() -> None:
    """"Uruguay urged Paraguay ... Paraguay was also asked to ...": the same one asking."""
    text = ("Uruguay urged Paraguay to stop dredging the river on Monday. "
            "Paraguay was also asked to cut its fishing quotas on Tuesday.")
    requests = [e for e in _events(text, "en") if e[0] == "REQUEST"]
    assert len(requests) == 2 and {e[1] for e in requests} == {"URY"}, requests


@pytest.mark.parametrize(("field", "value"), [("passive_types", ["ACCUSE", "SCOLD"]),
                                            ("carried_only_types", {"SCOLD": ["impose"]})])
def test_an_agentless_type_that_is_no_plover_type_is_refused_at_load(tmp_path: Path, field: str, value) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in ("pack.yaml", "triggers.yaml", "agents.yaml"):
        (folder / name).write_text((PACKS_DIR / "en" / name).read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    data["grammar"]["agentless"][field] = value
    (folder / "pack.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"grammar\.agentless\.{field}: not PLOVER event types: SCOLD"):
        load_pack_from(folder)


def test_both_packs_list_passive_types_apart_from_the_violent_ones() -> None:
    """The violent types take every agentless form; the others only the passive."""
    for lang in ("fr", "en"):
        cues = load_pack(lang).grammar.agentless
        assert cues is not None and cues.passive_types and not cues.passive_types & cues.types, lang


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La ministre gabonaise est décidée à rencontrer les familles des victimes du naufrage."),
        ("fr", "Le président béninois est décidé à rencontrer les grévistes."),
    ],
)
def test_a_participle_of_will_before_an_infinitive_is_no_agentless_act(lang: str, text: str) -> None:
    """"est décidé à rencontrer": the subject is determined to act, nobody decided it."""
    assert not [e for e in _events(text, lang) if e[1] is None], _events(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La Bolivie a expulsé un homme d'affaires accusé de contrebande."),
        ("en", "Bolivia deported a businessman accused of smuggling."),
        ("fr", "Un ancien ministre malgache condamné à trois ans de prison"),
    ],
)
def test_a_bare_participle_describes_a_noun_and_states_no_act(lang: str, text: str) -> None:
    """"un homme d'affaires accusé de contrebande": no accusation by anyone is reported."""
    assert not [e for e in _events(text, lang) if e[0] == "ACCUSE" and e[1] is None], _events(text, lang)


def test_a_french_passive_sentence_or_suspicion_is_no_accusation() -> None:
    """French passive_types leave ACCUSE out: "a été condamné" is mostly a court's sentence."""
    text = "L'ancien ministre malgache a été condamné à trois ans de prison."
    assert not [e for e in _events(text, "fr") if e[0] == "ACCUSE" and e[1] is None], _events(text, "fr")


@pytest.mark.parametrize(
    "text",
    ["Rwandan troops were sent to guard the gas fields in Cabo Delgado.",
     "The two Kenyan suspects are accused of sending money to a militia."],
)
def test_an_english_deployment_or_charge_in_the_passive_is_no_agentless_act(text: str) -> None:
    """English passive_types leave AID and ACCUSE out: "were sent to", "are accused of"."""
    assert not [e for e in _events(text, "en") if e[1] is None and e[0] in ("AID", "ACCUSE")], _events(text, "en")

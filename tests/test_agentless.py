"""Events stated without their doer, one mechanism in both languages
(``chronicle.extract.agentless``, the pack's ``grammar.agentless``): the same
behaviours checked in French and in English, through the real pipeline, on
sentences written for these tests about many regions. GUIDELINES: a null country
is unknown; a claim or an attribution names the doer."""

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


def _coded(cases: list[tuple[str, str, Triple]]) -> list:
    return [pytest.param(lang, text, expected, id=f"{lang}-{text[:40]}") for lang, text, expected in cases]


@pytest.mark.parametrize(
    "lang, text, expected",
    _coded([
        # a passive with no agent: the doer is unknown, those acted on the target
        ("fr", "Quatre policiers colombiens ont été tués dans une embuscade dans le Cauca.", ("ASSAULT", None, "COL")),
        ("en", "Four Colombian police officers were killed in an ambush in Cauca on Sunday.", ("ASSAULT", None, "COL")),
        ("fr", "Un journaliste népalais a été enlevé à Katmandou.", ("ASSAULT", None, "NPL")),
        ("en", "A Nepali journalist was abducted in Kathmandu.", ("ASSAULT", None, "NPL")),
        # those who die in an attack suffered it
        ("fr", "Neuf soldats somaliens ont péri dans une attaque contre une base près de Kismayo.", ("ASSAULT", None, "SOM")),
        ("en", "Nine Somali soldiers died in an attack on a base near Kismayo.", ("ASSAULT", None, "SOM")),
        # a weapon as subject, of the verb or of the clause a participle hangs on
        ("fr", "Une mine a tué trois paysans cambodgiens près de Battambang.", ("ASSAULT", None, "KHM")),
        ("fr", "Une bombe a explosé à Quetta, tuant six policiers pakistanais.", ("ASSAULT", None, "PAK")),
        ("en", "Three Kenyan police officers were killed by a sniper in Mandera.", ("ASSAULT", None, "KEN")),
        # a headline participle qualifies its victims
        ("fr", "Deux soldats nigérians tués dans une attaque dans le Borno.", ("ASSAULT", None, "NGA")),
        ("en", "Two Nigerian soldiers killed in attack in Borno.", ("ASSAULT", None, "NGA")),
    ]),
)
def test_an_event_stated_without_its_doer_has_an_unknown_source(lang: str, text: str, expected: Triple) -> None:
    assert expected in _events(text, lang)


@pytest.mark.parametrize(
    "lang, text, place",
    [
        ("fr", "L'attentat-suicide a fait 15 morts à Bagdad.", "IRQ"),
        ("fr", "Une attaque contre un marché a fait au moins dix morts à Maiduguri.", "NGA"),
        ("en", "The suicide bombing left 15 dead in Baghdad.", "IRQ"),
        ("en", "The attack left 12 dead in Mogadishu.", "SOM"),
    ],
)
def test_a_toll_strikes_the_place_s_people(lang: str, text: str, place: str) -> None:
    """"a fait 15 morts", "left 15 dead": one attack on the people of the place."""
    assaults = [e for e in _events(text, lang) if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][2] == place, assaults


@pytest.mark.parametrize(
    "lang, text, expected",
    _coded([
        ("fr", "L'attaque contre une église de Ouagadougou a été revendiquée par le JNIM.", ("ASSAULT", "BFA", "BFA")),
        ("en", "The attack on a church in Ouagadougou was claimed by the JNIM.", ("ASSAULT", "BFA", "BFA")),
        ("fr", "L'embuscade de Beni a été imputée aux rebelles des ADF.", ("ASSAULT", "COD", "COD")),
        ("en", "The ambush near Beni was blamed on the ADF rebels.", ("ASSAULT", "COD", "COD")),
    ]),
)
def test_a_claim_or_an_attribution_names_the_doer(lang: str, text: str, expected: Triple) -> None:
    events = _events(text, lang)
    assert expected in events
    assert not [e for e in events if e[0] == "ASSAULT" and e[1] is None], events


@pytest.mark.parametrize(
    "lang, text, expected",
    _coded([
        ("fr", "Des frappes israéliennes sur Gaza ont tué 20 personnes.", ("ASSAULT", "ISR", "PSE")),
        ("fr", "Des frappes russes sur Kharkiv ont tué neuf civils.", ("ASSAULT", "RUS", "UKR")),
        ("en", "Israeli strikes on Gaza City killed 20 people.", ("ASSAULT", "ISR", "PSE")),
        ("en", "Israeli airstrikes killed 20 people in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ]),
)
def test_those_killed_by_an_attack_are_of_the_place_struck_not_the_attacker_s(lang: str, text: str, expected: Triple) -> None:
    """The adjective of the strikes names the attacker, never the dead; the attack and
    its impact verb are one event."""
    assaults = [e for e in _events(text, lang) if e[0] == "ASSAULT"]
    assert assaults == [expected]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Sénat philippin a tué le projet de loi mardi."),
        ("fr", "Le projet de loi a été tué dans l'œuf par le Parlement kényan."),
        ("fr", "Le Kenya a été frappé par une sécheresse historique."),
        ("en", "The bill was killed by the senate in Manila."),
        ("en", "The Brazilian senate killed the proposal on Tuesday."),
        ("en", "Floods killed thirty people in Kerala on Monday."),
        ("en", "A gas explosion at a fertiliser plant in Gujarat killed nine workers."),
        # a passive whose victims an accident or a disaster struck
        ("fr", "Deux personnes ont été blessées mardi dans un accident de la route à Dakar."),
        ("fr", "Trois personnes ont été tuées dans l'effondrement d'un immeuble à Kinshasa."),
        ("fr", "Cinq voyageurs ont été blessés dans une collision entre deux trains près de Lausanne."),
        ("en", "Three people were injured in a car crash in Nairobi on Tuesday."),
        ("en", "Five traders were killed in a fire at a market in Lagos."),
        ("en", "Eleven pilgrims were killed in a stampede near Mecca."),
    ],
)
def test_a_violent_verb_on_a_thing_or_a_disaster_is_no_assault(lang: str, text: str) -> None:
    """"killed the bill": the ordinary sense; floods and accidents hide no doer."""
    assert not [e for e in _events(text, lang) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Two Russian diplomats were expelled from Latvia on Tuesday.", ("SANCTION", "LVA", "RUS")),
        ("en", "Hundreds of Afghan migrants were deported from Pakistan on Friday.", ("COERCE", "PAK", "AFG")),
    ],
)
def test_the_country_people_are_removed_from_removes_them(lang: str, text: str, expected: Triple) -> None:
    assert expected in _events(text, lang)


def test_the_doer_left_unsaid_is_the_one_the_article_named_before() -> None:
    """"Police arrested two journalists ... Three more were arrested": the same police."""
    text = "Zimbabwean police arrested two journalists in Harare on Monday. Three more opposition activists were arrested on Tuesday."
    arrests = [e for e in _events(text, "en") if e[0] == "COERCE"]
    assert len(arrests) == 2 and {e[1] for e in arrests} == {"ZWE"}, arrests


# ---------------------------------------------------------------- the pack's cues

def test_both_packs_give_the_same_cues() -> None:
    """One schema: every language fills every field of ``grammar.agentless``."""
    for lang in ("fr", "en"):
        cues = load_pack(lang).grammar.agentless
        assert cues is not None
        empty = [name for name, value in cues if not value and name not in ("origin_prepositions", "carried_only_types")]
        assert not empty, (lang, empty)


def _pack_with(tmp_path: Path, change) -> Path:
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in ("pack.yaml", "triggers.yaml", "agents.yaml"):
        (folder / name).write_text((PACKS_DIR / "en" / name).read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    change(data["grammar"]["agentless"])
    (folder / "pack.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_a_type_that_is_no_plover_type_is_refused_at_load(tmp_path: Path) -> None:
    folder = _pack_with(tmp_path, lambda cues: cues.update(types=["ASSAULT", "MURDER"]))
    with pytest.raises(KnowledgeError, match=r"grammar\.agentless\.types: not PLOVER event types: MURDER"):
        load_pack_from(folder)


def test_an_unknown_cue_field_is_refused_at_load(tmp_path: Path) -> None:
    folder = _pack_with(tmp_path, lambda cues: cues.update(victim_nouns=["victim"]))
    with pytest.raises(KnowledgeError, match="victim_nouns"):
        load_pack_from(folder)

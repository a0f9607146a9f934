"""What a country's people ask or threaten of no one named they ask of their own state
(ontology's domestic_addressee), and what a state imposes on no one named it imposes
on its own people (domestic_recipient of COERCE)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import chronicle
from chronicle.errors import KnowledgeError
from chronicle.ontology.plover import PLOVER_FILE, read_plover

PUBLISHED = "2024-06-12"


def _events(text: str, lang: str, event_type: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source country, target country, target sector) of the events of ``event_type``."""
    return [(e.source.country, e.target.country if e.target else None, e.target.sector if e.target else None)
            for e in chronicle.code(text, published=PUBLISHED, lang=lang) if e.event_type == event_type]


@pytest.mark.parametrize(
    "text, lang, event_type, country",
    [
        ("Les syndicats belges menacent de paralyser le pays si la réforme des pensions est adoptée.", "fr", "THREATEN", "BEL"),
        ("L'opposition sénégalaise a exigé mercredi le maintien du calendrier électoral.", "fr", "REQUEST", "SEN"),
        ("Les enseignants camerounais refusent de reprendre les cours.", "fr", "REJECT", "CMR"),
    ],
)
def test_a_domestic_actor_s_unaddressed_demand_goes_to_its_state(text: str, lang: str, event_type: str, country: str) -> None:
    assert (country, country, "GOV") in _events(text, lang, event_type)


def test_a_named_addressee_is_kept() -> None:
    text = "Les syndicats nigérians ont exhorté la Banque mondiale à suspendre son programme au Nigeria."
    found = _events(text, "fr", "REQUEST")
    assert found and all(target != "NGA" for _, target, _ in found), found


def test_a_call_named_by_a_noun_is_no_demand_on_the_state() -> None:
    """'à l'appel des associations' names the call in passing: no demand addressed to the government."""
    text = "Répondant à l'appel des associations étudiantes, des milliers de Chiliens ont défilé à Santiago."
    assert _events(text, "fr", "REQUEST") == []


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Le gouvernement équatorien a décrété l'état d'urgence.", "fr", "ECU"),
        ("Les autorités géorgiennes ont interdit toute manifestation devant le Parlement.", "fr", "GEO"),
        ("The Iranian authorities shut down the internet on Friday.", "en", "IRN"),
    ],
)
def test_a_state_s_unaddressed_coercion_falls_on_its_people(text: str, lang: str, country: str) -> None:
    assert (country, country, "CVL") in _events(text, lang, "COERCE")


def test_a_domestic_addressee_needs_its_reason(tmp_path: Path) -> None:
    data = yaml.safe_load(PLOVER_FILE.read_text(encoding="utf-8"))
    del data["REQUEST"]["domestic_addressee"]["source"]
    broken = tmp_path / "plover.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"entry 'REQUEST': domestic_addressee needs sector and source"):
        read_plover(broken)


@pytest.mark.parametrize(
    "text, lang, country",
    [
        ("Des milliers de Belges ont manifesté jeudi à Bruxelles contre la réforme des retraites.", "fr", "BEL"),
        ("Une grève générale contre la réforme des retraites a paralysé jeudi la Belgique.", "fr", "BEL"),
        ("Les enseignants sénégalais ont entamé lundi une grève illimitée pour réclamer des hausses de salaire.", "fr", "SEN"),
        ("Thousands of Argentines marched in Buenos Aires on Wednesday against pension cuts.", "en", "ARG"),
        ("Nurses in Kenya went on strike on Monday over unpaid wages.", "en", "KEN"),
        ("Thousands of Serbian students rallied in Belgrade on Saturday.", "en", "SRB"),
    ],
)
def test_a_protest_against_no_one_named_is_aimed_at_the_protesters_own_state(text: str, lang: str, country: str) -> None:
    """By verb or by noun ('une grève générale': PROTEST's domestic_addressee holds for nouns)."""
    assert (country, country, "GOV") in _events(text, lang, "PROTEST")


@pytest.mark.parametrize(
    "text, lang, protesters, addressee",
    [
        ("Des centaines de Marocains ont manifesté vendredi devant l'ambassade d'Israël à Rabat.", "fr", "MAR", "ISR"),
        ("Hundreds of Pakistanis protested outside the French embassy in Islamabad on Friday.", "en", "PAK", "FRA"),
    ],
)
def test_a_protest_with_a_foreign_addressee_keeps_it(text: str, lang: str, protesters: str, addressee: str) -> None:
    found = _events(text, lang, "PROTEST")
    assert found and found[0][:2] == (protesters, addressee), found


def test_the_nouns_flag_of_a_domestic_addressee_is_true_or_false(tmp_path: Path) -> None:
    data = yaml.safe_load(PLOVER_FILE.read_text(encoding="utf-8"))
    data["PROTEST"]["domestic_addressee"]["nouns"] = "yes"
    broken = tmp_path / "plover.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"entry 'PROTEST': domestic_addressee.nouns must be true or false"):
        read_plover(broken)

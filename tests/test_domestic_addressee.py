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

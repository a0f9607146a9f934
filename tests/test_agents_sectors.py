"""Agent nouns for every agent sector of the converted Phoenix dictionary: the
French pack names each sector the imported data uses, and sentences written
for them code the actor's sector and country (many regions)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from chronicle.knowledge.sectors import project_sector
from chronicle.packs import load_pack
from chronicle.pipeline import code

AGENTS = Path(__file__).parents[1] / "src" / "chronicle" / "knowledge" / "data" / "phoenix" / "agents.jsonl.gz"


def test_every_phoenix_agent_sector_has_french_nouns() -> None:
    with gzip.open(AGENTS, "rt", encoding="utf-8") as handle:
        used = {json.loads(line)["sector"] for line in handle} - {None}
    french = {agent.sector for agent in load_pack("fr").agents}
    missing = {project_sector(sector) for sector in used} - french  # the project's spelling (data/sectors.yaml)
    assert not missing


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Des bandits armés ont enlevé des écoliers dans l'État de Zamfara, au Nigeria.", ("NGA", "CRM"), ("NGA", "CVL")),
        ("Les trafiquants de drogue ont attaqué la police mexicaine.", ("MEX", "CRM"), ("MEX", "COP")),
        ("Les médecins ont manifesté devant le ministère de la Santé à Nairobi.", ("KEN", "MED"), None),
        ("Des agriculteurs ont bloqué les routes en Inde pour protester contre la réforme.", ("IND", "CVL"), None),  # Phoenix AGR
        ("Les forces de sécurité ougandaises ont arrêté des dizaines de manifestants à Kampala.", ("UGA", "COP"), ("UGA", "CVL")),
        ("La police zimbabwéenne a arrêté des militants de l'opposition à Harare.", ("ZWE", "COP"), ("ZWE", "OPP")),
        ("Les casques bleus ont été attaqués par des rebelles dans l'est de la RDC.", ("COD", "REB"), ("UNO", "IGO")),
        ("Les défenseurs des droits humains ont dénoncé la répression au Nicaragua.", ("NIC", "HRI"), None),
        ("Les écologistes ont manifesté contre le projet de mine en Serbie.", ("SRB", "ENV"), None),
    ],
)
def test_a_french_agent_noun_codes_its_sector(text: str, source: tuple[str, str], target: tuple[str, str] | None) -> None:
    events = code(text, "2024-03-06", "fr")
    assert any(
        (e.source.country, e.source.sector) == source and (target is None or (e.target and (e.target.country, e.target.sector) == target))
        for e in events
    ), [(e.source, e.target) for e in events]

"""The English pack's converted Phoenix agent nouns: the selection policy, and the
block in packs/en/agents.yaml is what the converter writes from the data today."""

from __future__ import annotations

import gzip
import json

import pytest
import yaml

from chronicle.packs import phoenix_agents
from chronicle.pipeline import code


def test_selection_maps_sectors_drops_excluded_and_known_phrases() -> None:
    rows = [
        {"phrase": "drug trafficker", "plurals": ["drug traffickers"], "sector": "CRM", "source": "Phoenix.agents.txt:10"},
        {"phrase": "nurse", "plurals": ["nurses"], "sector": "HLH", "source": "Phoenix.agents.txt:11"},
        {"phrase": "deputy", "plurals": ["deputies"], "sector": "COP", "source": "Phoenix.agents.txt:12"},
        {"phrase": "police", "plurals": [], "sector": "COP", "source": "Phoenix.agents.txt:13"},
        {"phrase": "governor", "plurals": ["governors"], "sector": "GOV", "source": "Phoenix.agents.txt:14"},
    ]
    entries = phoenix_agents.select(rows, {"CRM": "CRM", "HLH": "MED", "COP": "COP"}, frozenset({"deputy"}), frozenset({"police"}))
    assert entries == [
        {"words": ["drug trafficker", "drug traffickers"], "sector": "CRM", "source": "Phoenix.agents.txt:10 (Phoenix CRM)"},
        {"words": ["nurse", "nurses"], "sector": "MED", "source": "Phoenix.agents.txt:11 (Phoenix HLH)"},
    ]


def test_the_english_pack_holds_what_the_converter_writes() -> None:
    text = phoenix_agents.AGENTS_FILE.read_text(encoding="utf-8")
    head, block = text.split(phoenix_agents.MARKER, 1)
    known = frozenset(w.lower() for agent in yaml.safe_load(head)["agents"] for w in agent["words"])
    with gzip.open(phoenix_agents.CONVERTED, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    sectors, excluded = phoenix_agents.read_policy()
    assert phoenix_agents.MARKER + block == phoenix_agents.render(phoenix_agents.select(rows, sectors, excluded, known))
    converted = {w.lower() for agent in yaml.safe_load(text)["agents"] for w in agent["words"]} - known
    assert "nurse" in converted and "drug trafficker" in converted
    assert "deputy" not in converted and "community" not in converted  # 'deputy foreign minister', 'the international community'


@pytest.mark.parametrize(
    "text, source",
    [
        ("Drug traffickers attacked a police convoy in Sinaloa, Mexico.", ("MEX", "CRM")),
        ("Nurses protested outside parliament in Nairobi, Kenya.", ("KEN", "MED")),
        ("Farmers protested against the new law in New Delhi, India.", ("IND", "CVL")),  # Phoenix AGR: civilians here
    ],
)
def test_a_converted_english_agent_noun_codes_its_sector(text: str, source: tuple[str, str]) -> None:
    events = code(text, "2024-03-06", "en")
    assert any((e.source.country, e.source.sector) == source for e in events), [(e.source, e.target) for e in events]

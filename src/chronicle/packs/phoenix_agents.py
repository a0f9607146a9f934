"""Write the English pack's converted agent nouns from the Phoenix dictionary.

``python -m chronicle.packs.phoenix_agents`` reads the converted
``knowledge/data/phoenix/agents.jsonl.gz`` and the selection in
``packs/en/agents-phoenix-policy.yaml`` (which sectors, mapped to which of the
pack's sectors; which phrases are left out and why) and rewrites the block at
the end of ``packs/en/agents.yaml`` that follows ``MARKER``. A phrase the
hand-written entries above the block already hold is not repeated. Each
converted noun keeps its ``Phoenix.agents.txt:line`` as its source, and the
output is the same on every run.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import yaml

from chronicle.errors import KnowledgeError

PACK = Path(__file__).parent / "en"
POLICY_FILE = PACK / "agents-phoenix-policy.yaml"
AGENTS_FILE = PACK / "agents.yaml"
CONVERTED = Path(__file__).parents[1] / "knowledge" / "data" / "phoenix" / "agents.jsonl.gz"
MARKER = "  # ---- converted from Phoenix.agents.txt by chronicle.packs.phoenix_agents: do not edit below"


def read_policy(path: Path = POLICY_FILE) -> tuple[dict[str, str], frozenset[str]]:
    """(Phoenix sector -> pack sector, phrases left out), validated."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("sectors"), dict) or not isinstance(data.get("exclude"), list):
        raise KnowledgeError(f"{path}: expected 'sectors' (a mapping) and 'exclude' (a list)")
    excluded: set[str] = set()
    for index, group in enumerate(data["exclude"]):
        if not isinstance(group, dict) or not group.get("reason") or not isinstance(group.get("phrases"), list):
            raise KnowledgeError(f"{path}: exclude[{index}]: expected 'reason' and a 'phrases' list")
        excluded.update(str(p).lower() for p in group["phrases"])
    return {str(k): str(v) for k, v in data["sectors"].items()}, frozenset(excluded)


def select(rows: list[dict[str, Any]], sectors: dict[str, str], excluded: frozenset[str], known: frozenset[str]) -> list[dict[str, Any]]:
    """The converted nouns the pack takes: in a kept sector, not left out, not known."""
    taken = set(known)
    entries = []
    for row in rows:
        sector = sectors.get(row.get("sector") or "")
        phrase = row["phrase"].lower()
        if sector is None or phrase in excluded or phrase in taken:
            continue
        words = [w for w in dict.fromkeys([row["phrase"], *row.get("plurals", ())]) if w.lower() not in taken and w.lower() not in excluded]
        if not words:
            continue
        taken.update(w.lower() for w in words)
        entries.append({"words": words, "sector": sector, "source": f"{row['source']} (Phoenix {row['sector']})"})
    return entries


def render(entries: list[dict[str, Any]]) -> str:
    """The block's YAML lines, one flow mapping per noun."""
    lines = [MARKER]
    for entry in entries:
        words = ", ".join(json.dumps(w, ensure_ascii=False) for w in entry["words"])
        lines.append(f"  - {{words: [{words}], sector: {entry['sector']}, source: {json.dumps(entry['source'])}}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Rewrite the converted block of the English agents file."""
    text = AGENTS_FILE.read_text(encoding="utf-8")
    head = text.split(MARKER, 1)[0].rstrip("\n") + "\n"
    known = frozenset(w.lower() for agent in yaml.safe_load(head)["agents"] for w in agent["words"])
    with gzip.open(CONVERTED, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    sectors, excluded = read_policy()
    entries = select(rows, sectors, excluded, known)
    AGENTS_FILE.write_text(head + render(entries), encoding="utf-8")
    print(f"{len(entries)} converted agent nouns written to {AGENTS_FILE}")


if __name__ == "__main__":
    main()

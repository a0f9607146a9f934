"""Coding quality on the French and English dev gold sets, end to end through the CLI.

The coder sees each article as JSONL with ``id`` and ``text`` only: no
publication date, no language, and never the gold events.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from chronicle.evaluate import GoldArticle, score
from chronicle.evaluate.report import render_table

DATA = Path(__file__).parent / "data"
F1_FLOOR = 0.7


def _gold(lang: str) -> list[GoldArticle]:
    from chronicle.evaluate.gold import load_gold

    gold = load_gold(DATA / "reference.jsonl") + load_gold(DATA / "news-dev.jsonl")
    return [g for g in gold if g.lang == lang]


def test_french_dev_set_reaches_f1_floor(tmp_path):
    gold = _gold("fr")
    assert len(gold) >= 15
    _code_and_score(gold, tmp_path)


def test_english_dev_set_reaches_f1_floor(tmp_path):
    gold = _gold("en")
    assert len(gold) >= 7
    _code_and_score(gold, tmp_path)


def _code_and_score(gold: list[GoldArticle], tmp_path: Path) -> None:
    inputs = tmp_path / "articles.jsonl"
    inputs.write_text(
        "".join(json.dumps({"id": g.article_id, "text": g.text}, ensure_ascii=False) + "\n" for g in gold),
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "chronicle", "code", str(inputs)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    system: dict[str, list[dict]] = {}
    for line in run.stdout.splitlines():
        event = json.loads(line)
        system.setdefault(event["article_id"], []).append(event)
    assert set(system) <= {g.article_id for g in gold}

    report = score(gold, system)
    console = Console(width=120, force_terminal=False)
    with console.capture() as captured:
        console.print(render_table(report))
    print(captured.get())  # the per-type table, shown with pytest -s or on failure
    assert report.f1 >= F1_FLOOR, captured.get()

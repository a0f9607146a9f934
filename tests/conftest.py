"""Shared fixtures: one coder per test session (loading spaCy costs seconds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def coder():
    from chronicle.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def reference_text() -> str:
    return (EXAMPLES / "hanoi-summit-2019-02.fr.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    lines = (DATA / "reference.jsonl").read_text(encoding="utf-8").splitlines()
    lines += (DATA / "news-dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]

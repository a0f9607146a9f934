"""Coding on several processes gives exactly what one process gives, in order."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from chronicle.model import Article
from chronicle.parallel import code_in_processes

GERMAN = "Die Bundesregierung hat am Mittwoch in Berlin neue Gespräche mit Frankreich angekündigt, teilte ein Sprecher mit."


@pytest.fixture(scope="module")
def corpus(dev_gold) -> list[Article]:
    french = [g for g in dev_gold if g["lang"] == "fr"][:6]
    articles = [Article(id=g["article_id"], text=g["text"], source="dev", line=i + 1) for i, g in enumerate(french)]
    articles.insert(3, Article(id="german", text=GERMAN, source="dev", line=99))
    return articles


def _records(results) -> list[tuple[str, str | None, list[dict]]]:
    return [(r.article.id, r.error, [e.model_dump(mode="json") for e in r.events]) for r in results]


def test_two_processes_give_the_same_results_in_input_order(coder, corpus):
    alone = _records(coder.code_articles(corpus))
    together = _records(code_in_processes(corpus, workers=2, chunk_size=2))
    assert [r[0] for r in together] == [a.id for a in corpus]
    assert together == alone
    assert sum(len(r[2]) for r in together) > 10
    german = dict((r[0], r[1]) for r in together)["german"]
    assert german is not None and "de" in german  # reported, not coded


def test_worker_count_must_be_positive(corpus):
    with pytest.raises(ValueError, match="at least 1"):
        list(code_in_processes(corpus, workers=0))


def test_code_command_with_workers_matches_one_process(tmp_path, corpus):
    inputs = tmp_path / "articles.jsonl"
    inputs.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in corpus), encoding="utf-8")

    def run(workers: int) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "chronicle", "code", str(inputs), "--workers", str(workers)]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    one, two = run(1), run(2)
    assert one.returncode == two.returncode == 1  # the German article failed, the rest was coded
    assert one.stdout == two.stdout and one.stdout.count("\n") > 10
    assert "line 4" in two.stderr and "'de'" in two.stderr


def test_code_command_refuses_zero_workers(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "chronicle", "code", "-", "--workers", "0"],
        input="x", capture_output=True, text=True, check=False,
    )
    assert run.returncode == 2 and "--workers" in run.stderr

"""``chronicle code --explain``: per sentence, the candidates and what each assembly step decided,
through the real CLI and coder; the events written are the same with or without it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from chronicle.cli import app

runner = CliRunner()

# Written for these tests (Great Lakes, East Africa, the Andes).
ARTICLES = [
    {"id": "great-lakes", "lang": "fr", "published": "2024-05-10",
     "text": "Le gouvernement congolais n’a pas signé l’accord avec le Rwanda. Le président kényan William Ruto "
             "pourrait se rendre à Kinshasa la semaine prochaine. Un accord a été signé."},
    {"id": "andes", "lang": "en", "published": "2023-11-02",
     "text": "Colombia's president Gustavo Petro met Ecuador's president Daniel Noboa in Quito on Tuesday. "
             "Protesters were praised."},
]  # fmt: skip
TEXTS = {a["id"]: a["text"] for a in ARTICLES}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    path = tmp_path_factory.mktemp("explain") / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def explained(articles):
    plain = runner.invoke(app, ["code", str(articles)])
    result = runner.invoke(app, ["code", str(articles), "--explain", "--explain-format", "jsonl"])
    assert plain.exit_code == 0 and result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    return plain.stdout, result.stdout, records


def _candidate(records, article, index, trigger):
    record = next(r for r in records if r["article_id"] == article and r["sentence_index"] == index)
    return next(c for c in record["candidates"] if c["trigger"] == trigger)


def test_explaining_leaves_the_events_as_they_are(explained):
    plain, with_explanations, _ = explained
    assert plain == with_explanations and plain.count("\n") >= 3


def test_each_record_is_a_sentence_as_received_with_its_candidates(explained):
    _, _, records = explained
    assert {r["article_id"] for r in records} == {"great-lakes", "andes"}
    for record in records:
        assert TEXTS[record["article_id"]][record["char_start"] : record["char_end"]] == record["sentence"]
        assert record["candidates"]
        for candidate in record["candidates"]:
            assert candidate["entry"]["lemma"] and candidate["entry"]["source"] and candidate["entry"]["frame"]
            assert candidate["dropped"] or candidate["events"]


def test_a_kept_candidate_says_its_entry_arguments_cues_and_steps(explained):
    stdout, _, records = explained
    signed = _candidate(records, "great-lakes", 0, "signé")
    assert signed["entry"]["lemma"] == "signer" and signed["entry"]["type"] == "AGREE"
    assert signed["arguments"]["targets"] == ["le Rwanda"]
    assert signed["attitude"]["polarity"] == "negative" and "'pas': negation word" in signed["attitude"]["cues"]
    steps = [s["step"] for s in signed["steps"]]
    assert steps[:3] == ["date", "place", "actors"] and "pair" in steps
    assert signed["steps"][0]["decided"].startswith("2024-05-10: the publication date")
    assert signed["dropped"] is None and signed["events"] and signed["events"][0] in stdout
    # the noun "l'accord" states the same agreement: its event is merged into the verb's
    noun = _candidate(records, "great-lakes", 0, "accord")
    assert noun["merged_away"] == noun["events"] and noun["events"][0] not in stdout


def test_modality_cues_and_the_host_rule_are_said(explained):
    _, _, records = explained
    visit = _candidate(records, "great-lakes", 1, "rendre")
    assert visit["attitude"]["modality"] == "hypothetical"
    assert any("pourrait" in cue for cue in visit["attitude"]["cues"])
    assert {"step": "host", "decided": "target: the host country COD, from the place"} in visit["steps"]
    assert any(s["step"] == "date" and "la semaine prochaine" in s["decided"] for s in visit["steps"])


def test_a_dropped_candidate_names_the_filter_that_dropped_it(explained):
    _, _, records = explained
    passive = _candidate(records, "great-lakes", 2, "signé")
    assert passive["arguments"]["passive"] and passive["dropped"] == "no source" and passive["events"] == []
    praised = _candidate(records, "andes", 1, "praised")  # praise is no act stated of its object alone
    assert praised["dropped"] == "no source"
    assert any(s["step"] == "localise" and "Protesters" in s["decided"] for s in praised["steps"])


def test_text_explanations_go_to_standard_error(articles):
    result = runner.invoke(app, ["code", str(articles), "--explain"])
    assert result.exit_code == 0, result.output
    assert "candidate 'met': lemma 'meet' -> CONSULT" in result.stderr
    assert "DROPPED: no source" in result.stderr and "KEPT: " in result.stderr
    assert "candidate" not in result.stdout


def test_explain_codes_in_one_process(articles):
    result = runner.invoke(app, ["code", str(articles), "--explain", "--workers", "2"])
    assert result.exit_code == 2 and "--explain codes in this process" in result.stderr

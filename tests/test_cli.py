"""`chronicle code` as a user runs it: files, formats, bad input, other languages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from chronicle.cli import app

EXAMPLE = Path(__file__).parent.parent / "examples" / "hanoi-summit-2019-02.fr.txt"
GERMAN = (
    "Der amerikanische Präsident Donald Trump hat sich am Mittwoch in Hanoi mit dem nordkoreanischen "
    "Machthaber Kim Jong Un getroffen. Die beiden Politiker sprachen über die atomare Abrüstung."
)
FRENCH = "Le président sud-coréen Moon Jae-in a rencontré le président chinois Xi Jinping à Pékin."
runner = CliRunner()


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_reference_article_as_jsonl():
    result = runner.invoke(app, ["code", "--published", "2019-02-28", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert events
    text = EXAMPLE.read_text(encoding="utf-8")
    for event in events:
        assert event["language"] == "fr"
        assert event["sentence"].split()[0] in text[event["char_start"] : event["char_end"]]
        assert event["event_type"] and event["cameo"] and event["quad_class"] in (1, 2, 3, 4)


def test_csv_output_has_one_row_per_event(tmp_path):
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["code", "--published", "2019-02-28", "-f", "csv", "-o", str(out), str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {"event_type", "source_country", "target_country", "date", "char_start"} <= set(rows[0])
    assert any(r["event_type"] == "CONSULT" and r["location_name"] == "Hanoi" for r in rows)


def test_bad_lines_are_reported_and_the_rest_is_coded(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        json.dumps({"id": "good-1", "text": FRENCH}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + json.dumps({"id": "no-text"}) + "\n"
        + json.dumps({"id": "german", "text": GERMAN}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 1
    assert f"{corpus}, line 2" in result.stderr and "not valid JSON" in result.stderr
    assert f"{corpus}, line 3" in result.stderr and "'text'" in result.stderr
    assert "no language pack for 'de'" in result.stderr
    events = _events(result.stdout)
    assert {e["article_id"] for e in events} == {"good-1"}


def test_binary_and_empty_files_are_refused_by_name(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(FRENCH, encoding="utf-8")
    result = runner.invoke(app, ["code", str(binary), str(empty), str(good)])
    assert result.exit_code == 1
    assert str(binary) in result.stderr and str(empty) in result.stderr
    assert _events(result.stdout)


def test_standard_input_and_language_override():
    result = runner.invoke(app, ["code", "--lang", "fr", "-"], input=FRENCH)
    assert result.exit_code == 0, result.output
    event = _events(result.stdout)[0]
    assert event["event_type"] == "CONSULT"
    assert {event["source"]["name"], event["target"]["name"]} == {"Moon Jae-in", "Xi Jinping"}


def test_bad_published_date_is_a_usage_error():
    result = runner.invoke(app, ["code", "--published", "2019-13-45", str(EXAMPLE)])
    assert result.exit_code == 2
    assert "--published" in result.output

"""What an ingest says while it runs (done/total, rate, events, failures, ETA) and about undated events."""

import bz2
import gzip
import json
import re
import subprocess
import sys
from types import SimpleNamespace

from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.store.progress import count_articles, progress_line
from store_data import french_lines

runner = CliRunner()

LINE = re.compile(r"committed batch (\d+): (\d+)/(\d+) articles, [\d.]+/s, (\d+) events, (\d+) failures(, ETA \d+:\d\d)?")


def test_the_total_counts_files_and_jsonl_records_compressed_or_not(tmp_path):
    (tmp_path / "a.txt").write_text("Le président a rencontré le roi.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    records = "".join(json.dumps({"text": f"article {i}"}) + "\n" for i in range(7))
    (tmp_path / "c.jsonl").write_text(records + "\n\n", encoding="utf-8")  # blank lines are no records
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(records.encode()))
    (tmp_path / "e.txt").write_bytes(bz2.compress(records.encode()[:-1]))  # JSONL by content, last line unterminated
    assert count_articles([str(tmp_path)]) == 1 + 1 + 7 + 7 + 7
    assert count_articles([str(tmp_path / "c.jsonl"), str(tmp_path / "missing.txt")]) == 7 + 1  # a missing input: one failure
    assert count_articles(["-"]) is None  # stdin: not known in advance
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n \n")
    assert count_articles([str(tmp_path / "empty.jsonl"), str(tmp_path / "blank.jsonl")]) == 2  # each: one failure, "empty"


def test_progress_line():
    stats = SimpleNamespace(done=250, found_events=612, failures=3)
    assert progress_line(stats, 10.0, 1000) == "250/1,000 articles, 25.0/s, 612 events, 3 failures, ETA 0:30"
    assert progress_line(stats, 10.0, None) == "250 articles, 25.0/s, 612 events, 3 failures"
    big = SimpleNamespace(done=10, found_events=0, failures=0)
    assert progress_line(big, 10.0, 100_000).endswith("ETA 27:46:30")


def test_an_ingest_reports_articles_read_out_of_the_total(tmp_path):
    lines = french_lines()[:9] + ["{not json"]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "p.duckdb"
    result = subprocess.run([sys.executable, "-m", "chronicle", "ingest", "--db", str(db), "--batch-size", "3", str(corpus)],
                            capture_output=True, text=True, timeout=600)  # fmt: skip
    reports = [LINE.search(line) for line in result.stderr.splitlines() if line.startswith("committed batch")]
    assert reports and all(reports), result.stderr
    assert {int(m.group(3)) for m in reports} == {10}  # the total: every record, the bad one too
    done = [int(m.group(2)) for m in reports]
    assert done == sorted(done) and done[0] >= 3 and done[-1] <= 10
    assert any(m.group(6) for m in reports)  # an ETA while articles remain
    assert int(reports[-1].group(4)) > 0  # events found so far
    assert result.returncode == 1 and "1 failed" in result.stderr


def test_undated_events_are_counted_with_how_to_date_them(tmp_path):
    corpus = tmp_path / "undated.jsonl"
    records = [
        {"id": "gl-1", "lang": "fr", "text": "Le président congolais a rencontré hier son homologue rwandais à Luanda."},
        {"id": "me-1", "lang": "en", "text": "The Jordanian foreign minister met his Egyptian counterpart in Cairo on Monday."},
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "u.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert result.exit_code == 0, result.stderr
    found = re.search(r"undated: (\d+) events stored undated \((\d+) articles gave no publication date", result.stderr)
    assert found and int(found.group(1)) >= 2 and found.group(2) == "2", result.stderr
    assert "--published YYYY-MM-DD" in result.stderr and "'date' field" in result.stderr
    dated = runner.invoke(app, ["ingest", "--db", str(tmp_path / "d.duckdb"), "--published", "2023-05-02", str(corpus)])
    assert dated.exit_code == 0 and "undated" not in dated.stderr

"""Inputs read by what they hold, not what they are called: JSONL under any name, compressed files, path ids."""

import bz2
import gzip
import json
import lzma
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from chronicle.cli import app
from chronicle.errors import InputError
from chronicle.read import read_inputs

runner = CliRunner()

# Own sentences, about several regions; each states one meeting or one attack.
RECORDS = [
    {"id": "sahel-1", "date": "2021-03-04", "lang": "fr", "text": "Le président nigérien a rencontré le président malien à Niamey mardi."},
    {"date": "2021-03-05", "lang": "en", "text": "The Kenyan foreign minister met his Ugandan counterpart in Kampala on Friday."},
]


def _jsonl() -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode("utf-8")


def _read(*paths: Path | str) -> list:
    return list(read_inputs([str(p) for p in paths]))


def test_jsonl_named_txt_or_json_is_read_as_jsonl(tmp_path):
    for name in ("news.txt", "news.json", "news"):
        path = tmp_path / name
        path.write_bytes(_jsonl())
        first, second = _read(path)
        assert first.id == "sahel-1" and first.text == RECORDS[0]["text"] and first.line == 1
        assert second.text == RECORDS[1]["text"] and second.line == 2 and second.published.iso() == "2021-03-05"


def test_pretty_printed_json_and_text_starting_with_a_brace_stay_one_article(tmp_path):
    pretty = tmp_path / "doc.json"
    pretty.write_text(json.dumps(RECORDS[0], indent=2), encoding="utf-8")
    [article] = _read(pretty)
    assert article.text.startswith("{\n")  # one article: the text as received, not one record per line
    brace = tmp_path / "note.txt"
    brace.write_text("{Draft} The minister met the ambassador.\nSecond line.", encoding="utf-8")
    [article] = _read(brace)
    assert article.text.startswith("{Draft}")
    magic_like = tmp_path / "bzh.txt"  # starts like bzip2's magic, but is text
    magic_like.write_text("BZh9 ministers met in Nairobi on Monday.", encoding="utf-8")
    [article] = _read(magic_like)
    assert article.text.startswith("BZh9 ministers")


def test_gzip_bz2_and_xz_are_read_by_their_magic_bytes(tmp_path):
    for name, compress in (("a.txt", gzip.compress), ("b.dat", bz2.compress), ("c.jsonl", lzma.compress)):
        path = tmp_path / name  # no compression suffix: the content says it
        path.write_bytes(compress(_jsonl()))
        records = _read(path)
        assert [r.text for r in records] == [r["text"] for r in RECORDS], name
    text = tmp_path / "story.txt.gz"
    text.write_bytes(gzip.compress("Le ministre tchadien a rencontré son homologue soudanais.".encode()))
    [article] = _read(text)
    assert article.text.startswith("Le ministre tchadien") and article.id == "story.txt.gz"


def test_a_compressed_article_over_the_limit_is_refused_without_inflating_it(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (8 * 1024 * 1024)))  # 8 MB of text in a few kB
    [error] = list(read_inputs([str(bomb)], max_bytes=1024 * 1024))
    assert isinstance(error, InputError) and "too large" in error.message and str(bomb) in str(error)
    lines = tmp_path / "lines.jsonl.gz"
    lines.write_bytes(gzip.compress(json.dumps({"text": "x" * 3000}).encode() + b"\n" + _jsonl()))
    records = list(read_inputs([str(lines)], max_bytes=2000))
    assert isinstance(records[0], InputError) and records[0].line == 1 and "line too long" in records[0].message
    assert [r.text for r in records[1:]] == [r["text"] for r in RECORDS]  # the other lines still read


def test_damaged_gzip_is_an_error_naming_the_file(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(gzip.compress(_jsonl())[:30])  # cut short
    records = _read(broken)
    assert isinstance(records[-1], InputError) and str(broken) in str(records[-1])
    garbled = bytearray(gzip.compress(b"Le ministre a rencontre l'ambassadeur. " * 200))
    garbled[30:40] = b"xxxxxxxxxx"  # bad deflate data: zlib's own error
    other = tmp_path / "garbled.txt"
    other.write_bytes(bytes(garbled))
    [error] = _read(other)
    assert isinstance(error, InputError) and "cannot be read" in error.message and str(other) in str(error)


def test_a_file_is_named_by_its_path_relative_to_the_argument(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "2021" / "sahel").mkdir(parents=True)
    (corpus / "2021" / "sahel" / "niamey.txt").write_text(RECORDS[0]["text"], encoding="utf-8")
    (corpus / "kampala.txt.gz").write_bytes(gzip.compress(RECORDS[1]["text"].encode()))
    (corpus / "feed.jsonl.bz2").write_bytes(bz2.compress(_jsonl()))
    by_dir = {a.source: a.id for a in _read(corpus)}
    assert by_dir[str(corpus / "2021" / "sahel" / "niamey.txt")] == "2021/sahel/niamey.txt"
    assert by_dir[str(corpus / "kampala.txt.gz")] == "kampala.txt.gz"
    feed = [a for a in _read(corpus) if a.source.endswith("feed.jsonl.bz2")]
    assert feed[0].id == "sahel-1" and feed[1].id.startswith("sha1:")  # a record keeps its id, else its hash
    # The same file named from another folder, or by itself, or by a glob: stable ids.
    inside = subprocess.run(
        [sys.executable, "-c", "import sys; from chronicle.read import read_inputs;"
         "print([a.id for a in read_inputs(sys.argv[1:])])", ".", "2021/sahel/niamey.txt", "2021/*/*.txt"],
        cwd=corpus, capture_output=True, text=True, check=True,
    )  # fmt: skip
    ids = eval(inside.stdout)  # a list of strings printed by the child
    assert "2021/sahel/niamey.txt" in ids and ids.count("niamey.txt") == 1 and ids[-1] == "sahel/niamey.txt"


def test_code_reads_gzip_jsonl_named_txt_and_traces_text_files(tmp_path):
    packed = tmp_path / "wire.txt"
    packed.write_bytes(gzip.compress(_jsonl()))
    result = runner.invoke(app, ["code", str(packed)])
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["article_id"] for e in events} <= {"sahel-1", *(e["article_id"] for e in events if e["article_id"].startswith("sha1:"))}
    assert any(e["article_id"] == "sahel-1" for e in events)
    assert not any("{" in e["sentence"] for e in events)  # never the JSON text coded as prose
    folder = tmp_path / "dispatches" / "east-africa"
    folder.mkdir(parents=True)
    (folder / "kampala.txt").write_text(RECORDS[1]["text"], encoding="utf-8")
    result = runner.invoke(app, ["code", "--lang", "en", str(tmp_path / "dispatches")])
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["article_id"] for e in events} == {"east-africa/kampala.txt"}


def test_ingest_of_a_gzip_jsonl_named_txt_stores_its_records(tmp_path):
    packed = tmp_path / "wire.txt"
    packed.write_bytes(gzip.compress(_jsonl()))
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(db), str(packed)])
    assert result.exit_code == 0, result.stderr
    import duckdb

    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.execute("SELECT article_id, input_line, text FROM articles ORDER BY input_line").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(1, RECORDS[0]["text"]), (2, RECORDS[1]["text"])] and rows[0][0] == "sahel-1"


def test_compressed_jsonl_on_standard_input(tmp_path):
    packed = gzip.compress(_jsonl())
    result = subprocess.run([sys.executable, "-m", "chronicle", "code", "-"], input=packed, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    events = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert any(e["article_id"] == "sahel-1" for e in events)
    assert b"2 articles" in result.stderr

"""What a hostile user feeds Chronicle or types, class by class (issue 13), each with its reproduction.

Every test runs the real command (typer's runner, in this process, so the
models load once) on real files and a real DuckDB store, and asserts on what
the user sees: the exit status, the message naming file and line, the data
left on disk.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import threading
from pathlib import Path

import duckdb
import pytest
import spacy
from typer.testing import CliRunner

from chronicle.annotate import parse
from chronicle.cli import app
from chronicle.errors import InputError
from chronicle.export.output import output_stream
from chronicle.model import Article
from chronicle.read import read_inputs
from chronicle.store.database import DamagedStore, open_store

runner = CliRunner()

# News-style sentences about several regions, each coded into one event by the real coder.
GOOD = [
    ("rwanda", "Le Rwanda a accusé mardi la République démocratique du Congo de soutenir les rebelles."),
    ("ukraine", "Ukraine's foreign minister met his Polish counterpart in Warsaw on Monday."),
    ("colombia", "Le gouvernement colombien a signé un accord de paix avec les rebelles de l'ELN à La Havane."),
    ("indonesia", "Indonesia condemned the missile test carried out by North Korea on Tuesday."),
]
# Stored text that Rich would read as markup and a terminal as commands.
HOSTILE_SENTENCE = (
    "Le ministre libanais des Affaires étrangères a condamné les frappes israéliennes contre Beyrouth "
    "[/bold] \x1b]0;pwned\x07 \x1b[2J [link=http://evil.example]ici[/link]."
)


def _line(article_id: str, text: str, **fields: object) -> str:
    return json.dumps({"id": article_id, "text": text, **fields}, ensure_ascii=False)


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _write(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n" for line in lines))
    return path


def _stored_ids(db: Path) -> set[str]:
    with open_store(db, read_only=True) as store:
        return {row[0] for row in store.execute("SELECT article_id FROM articles").fetchall()}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store holding the good articles and the hostile sentence."""
    folder = tmp_path_factory.mktemp("hostile-store")
    corpus = _write(folder / "corpus.jsonl", [_line(i, t) for i, t in GOOD] + [_line("lebanon", HOSTILE_SENTENCE)])
    db = folder / "events.duckdb"
    result = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert result.exit_code == 0, result.stderr
    return db


# ------------------------------------------------ 1. -o never writes over the store or an input


def test_code_refuses_to_write_over_its_input(tmp_path):
    corpus = _write(tmp_path / "in.jsonl", [_line(i, t) for i, t in GOOD[:1]])
    before = corpus.read_bytes()
    os.symlink(corpus, tmp_path / "link.jsonl")
    for output in (corpus, tmp_path / "link.jsonl", tmp_path / "." / "in.jsonl"):
        result = runner.invoke(app, ["code", str(corpus), "-o", str(output)])
        assert result.exit_code == 2
        assert "is the same file as the input" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    # An input named through its directory is protected too.
    result = runner.invoke(app, ["code", str(tmp_path), "-o", str(corpus)])
    assert result.exit_code == 2 and "same file as the input" in result.stderr
    assert corpus.read_bytes() == before


def test_store_commands_refuse_to_write_over_the_store(store, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(store, db)
    with open_store(db, read_only=True) as opened:
        counts = opened.counts()
    attempts = [
        ["query", "--db", str(db), "-o", str(db)],
        ["query", "--db", str(db), "-f", "jsonl", "-o", str(tmp_path / ".." / tmp_path.name / "copy.duckdb")],
        ["export", "--db", str(db), "-f", "parquet", "-o", str(db)],
        ["export", "--db", str(db), "-f", "csv", "-o", str(db)],
        ["timeline", "--db", str(db), "-o", str(db)],
        ["timeline", "--db", str(db), "--plot", str(tmp_path / "same.png"), "-o", str(tmp_path / "same.png")],
    ]
    for command in attempts:
        result = runner.invoke(app, command)
        assert result.exit_code == 2, (command, result.stderr)
        assert "refusing to write over it" in result.stderr
    with open_store(db, read_only=True) as opened:
        assert opened.counts() == counts


def test_a_failed_write_leaves_the_old_file(tmp_path):
    old = tmp_path / "events.jsonl"
    old.write_text("the previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with output_stream(old) as stream:
            stream.write("half of a new export\n")
            raise RuntimeError("the export failed here")
    assert old.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.jsonl"]  # no temporary file left


def test_export_written_whole_replaces_the_old_file_with_its_permissions(store, tmp_path):
    out = tmp_path / "events.csv"
    out.write_text("old\n")
    out.chmod(0o640)
    result = runner.invoke(app, ["export", "--db", str(store), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("event_id,")
    assert (out.stat().st_mode & 0o777) == 0o640
    result = runner.invoke(app, ["code", str(tmp_path / "missing.txt"), "-o", os.devnull])
    assert result.exit_code == 1 and "no such file" in result.stderr  # a device is written in place


# ------------------------------------------------ 2. one bad record never ends a run


def _mixed(tmp_path: Path) -> tuple[Path, dict[int, str], list[str]]:
    """A JSONL where good articles surround one bad line of each kind: (path, {line: what}, good ids)."""
    bad: dict[int, bytes | str] = {
        2: '{"id": "deep", "text": "x", "nested": ' + "[" * 5000 + "]" * 5000 + "}",
        4: '{"id": "surrogate", "text": "Le Mali \\ud800 a condamné les frappes."}',
        6: json.dumps({"id": ["[/red]"], "text": "Un identifiant qui est une liste."}),
        8: b'{"id": "nul", "text": "a\x00b"}',
        10: '{"id": "huge", "text": "x", "n": ' + "9" * 5000 + "}",
        12: json.dumps({"id": "year", "text": "Un article daté de l'an 99999.", "date": "99999"}),
        14: json.dumps({"id": "\x1b[2J[/bold]", "text": 42}),
    }
    lines: list[str | bytes] = []
    good = []
    for number in range(1, 16):
        if number in bad:
            lines.append(bad[number])
        else:
            article_id, text = GOOD[number % len(GOOD)]
            good.append(f"{article_id}-{number}")
            lines.append(_line(good[-1], text))
    return _write(tmp_path / "mixed.jsonl", lines), {n: "" for n in bad}, good


def test_each_bad_record_is_reported_by_line_and_the_rest_is_coded(tmp_path):
    corpus, bad, good = _mixed(tmp_path)
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    for number in bad:
        assert f"{corpus}, line {number}" in result.stderr, number
    assert {e["article_id"] for e in _events(result.stdout)} == set(good)
    counts = re.search(r"(\d+) articles, (\d+) events, (\d+) failed", result.stderr)
    assert counts is not None and int(counts[1]) == len(good) and int(counts[3]) == len(bad)
    assert int(counts[2]) == len(_events(result.stdout)) >= len(good)  # every good article codes at least one event
    assert "\x1b" not in result.stderr and "\\x1b[2J[/bold]" not in result.stderr  # the id is not even echoed raw


def test_ingest_stores_the_articles_around_bad_records_and_a_rerun_goes_past_them(tmp_path):
    corpus, bad, good = _mixed(tmp_path)
    db = tmp_path / "mixed.duckdb"
    first = runner.invoke(app, ["ingest", "--db", str(db), "--batch-size", "3", str(corpus)])
    assert first.exit_code == 1 and "Traceback" not in first.output
    assert f"stored {len(good)} articles" in first.stderr and f"{len(bad)} failed" in first.stderr
    assert _stored_ids(db) == set(good)
    again = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert again.exit_code == 1 and f"{len(good)} already stored" in again.stderr
    assert _stored_ids(db) == set(good)


def test_an_article_that_fails_inside_the_coder_costs_only_itself(tmp_path):
    # Year 1 is a valid date, but dates computed back from it overflow.
    corpus = _write(tmp_path / "dates.jsonl", [
        _line("before", GOOD[3][1]),
        _line("year-one", "Indonesia condemned the missile test carried out by North Korea yesterday.", date="0001-01-01"),
        _line("after", GOOD[1][1]),
    ])  # fmt: skip
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 1
    assert f"{corpus}, line 2: coding failed: OverflowError" in result.stderr
    assert list(dict.fromkeys(e["article_id"] for e in _events(result.stdout))) == ["before", "after"]


# ------------------------------------------------ 3. input reaches the terminal and plots as text


def test_stored_text_is_shown_as_text_not_markup_nor_terminal_commands(store):
    result = runner.invoke(app, ["query", "--db", str(store), "--mentions", "--limit", "0"])
    assert result.exit_code == 0, result.stderr
    assert "[link=http://evil.example]ici[/link]." in result.stdout  # shown, not made a link
    assert "[/bold]" in result.stdout
    assert "\\x1b]0;pwned\\x07 \\x1b[2J" in result.stdout  # shown, not obeyed
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_markup_in_a_filter_value_is_no_error_in_tables_and_plots(store, tmp_path):
    for actor in ("[/bold]", "[link=http://evil.example]x", "$x^$", "\x1b]0;pwned\x07"):
        query = runner.invoke(app, ["query", "--db", str(store), "--actor", actor])
        assert query.exit_code == 0, query.output
        plot = tmp_path / "series.png"
        timeline = runner.invoke(app, ["timeline", "--db", str(store), "--actor", actor, "--plot", str(plot)])
        assert timeline.exit_code == 0, timeline.output
        assert plot.stat().st_size > 0 and "\x1b" not in timeline.stdout
    lebanon = runner.invoke(app, ["query", "--db", str(store), "--actor", "liban", "--limit", "0"])
    assert lebanon.exit_code == 0 and "LBN" in lebanon.stdout


# ------------------------------------------------ 4. long articles are parsed in bounded units


def test_a_long_unpunctuated_article_is_cut_once_and_its_offsets_hold(tmp_path):
    filler = " ".join(["la délégation régionale examine les dossiers en cours sans conclure"] * 380)  # ~25,000 chars
    text = filler + "\n\n" + GOOD[0][1]
    corpus = _write(tmp_path / "long.jsonl", [_line("long", text), _line("short", GOOD[1][1])])
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "parse units" in line]
    assert len(notes) == 1 and f"{corpus}, line 1" in notes[0]
    events = _events(result.stdout)
    rwanda = [e for e in events if e["article_id"] == "long"]
    assert rwanda and all(text[e["char_start"] : e["char_end"]] == GOOD[0][1] for e in rwanda)
    assert [e["article_id"] for e in events if e["article_id"] == "short"] == ["short"]


def test_a_text_longer_than_spacy_accepts_is_parsed_in_units():
    # spaCy refuses a text over nlp.max_length (E088); the units keep every call under it.
    nlp = spacy.blank("fr")
    nlp.max_length = 2_000
    text = "mot " * 3_000
    with pytest.raises(ValueError, match="E088"):
        nlp(text)
    doc, breaks = next(parse(nlp, [text], limit=1_000))
    assert doc.text == text and len(breaks) == 11  # 12 units of at most 1,000 characters


# ------------------------------------------------ 6. a NUL byte is an error of its line only


def test_a_nul_byte_is_an_error_of_its_line_only(tmp_path):
    corpus = _write(tmp_path / "nul.jsonl", [_line("a", "Un."), b'{"id": "b", "text": "De\x00ux."}', _line("c", "Trois.")])
    records = list(read_inputs([str(corpus)]))
    assert [r.id for r in records if isinstance(r, Article)] == ["a", "c"]
    [error] = [r for r in records if isinstance(r, InputError)]
    assert error.line == 2 and "NUL byte" in error.message


# ------------------------------------------------ 7. limits per article and per line, on any stream


def test_a_jsonl_larger_than_the_limit_streams_line_by_line(tmp_path):
    lines = [_line(f"n{i}", f"Article numéro {i} sur le Sahel.") for i in range(2000)]
    corpus = _write(tmp_path / "big.jsonl", lines)
    limit = 1000
    assert corpus.stat().st_size > 50 * limit
    records = list(read_inputs([str(corpus)], max_bytes=limit))
    assert len(records) == 2000 and all(isinstance(r, Article) for r in records)


def test_a_line_over_the_limit_is_skipped_on_any_stream(tmp_path):
    data = (_line("a", "Un.") + "\n" + "x" * 5000 + "\n" + _line("c", "Trois.") + "\n").encode()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    records = list(read_inputs(["-"], stdin=stdin, max_bytes=1000))
    assert [getattr(r, "id", None) for r in records] == ["a", None, "c"]
    assert records[1].line == 2 and records[1].message.startswith("line too long")


def test_dev_zero_and_a_fifo_are_read_up_to_the_limit_only(tmp_path):
    [zero] = list(read_inputs(["/dev/zero"], max_bytes=1 << 20))
    assert isinstance(zero, InputError) and zero.source == "/dev/zero"
    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as handle:
                for _ in range(64):  # 4 MB, more than the limit
                    handle.write(b"mot " * 16384)
        except BrokenPipeError:
            pass  # the reader stopped at its limit, as it should

    writer = threading.Thread(target=feed)
    writer.start()
    [error] = list(read_inputs([str(fifo)], max_bytes=1 << 20))
    writer.join(timeout=30)
    assert isinstance(error, InputError) and "too large (more than the 1 MB limit)" in error.message


# ------------------------------------------------ 8. the smaller ones


def test_an_in_memory_store_is_refused(tmp_path):
    corpus = _write(tmp_path / "one.jsonl", [_line(*GOOD[0])])
    for command in (["ingest", "--db", ":memory:", str(corpus)], ["query", "--db", ":memory:"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and ":memory:" in result.stderr and "give a file name" in result.stderr


def _damage(db: Path, target: Path) -> Path:
    """A copy of ``db`` with one block in its middle overwritten, that DuckDB still opens."""
    size = db.stat().st_size
    for offset in range(size // 4, size, 4096):
        shutil.copy(db, target)
        with open(target, "r+b") as handle:
            handle.seek(offset + 100)
            handle.write(b"\xde\xad" * 32)
        try:
            duckdb.connect(str(target), read_only=True).close()
        except duckdb.Error:
            continue
        try:
            open_store(target).close()
        except DamagedStore:
            return target
    pytest.skip("no block of this store could be damaged without breaking its catalog")


def test_a_damaged_store_is_named_and_not_written_to(store, tmp_path):
    db = _damage(store, tmp_path / "damaged.duckdb")
    before = db.read_bytes()
    corpus = _write(tmp_path / "more.jsonl", [_line("more", GOOD[2][1])])
    ingest = runner.invoke(app, ["ingest", "--db", str(db), str(corpus)])
    assert ingest.exit_code == 2 and f"{db} is damaged" in ingest.stderr and "Traceback" not in ingest.output
    assert db.read_bytes() == before
    old = tmp_path / "export.jsonl"
    old.write_text("previous\n")
    export = runner.invoke(app, ["export", "--db", str(db), "-f", "jsonl", "-o", str(old)])
    assert export.exit_code in (0, 2) and "Traceback" not in export.output
    if export.exit_code == 2:
        assert "is damaged" in export.stderr and old.read_text() == "previous\n"


def test_a_glob_through_a_symlink_loop_ends(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Le Mali a condamné les frappes.", encoding="utf-8")
    os.symlink("..", tmp_path / "a" / "up")
    os.symlink("self", tmp_path / "self")  # a link to itself
    records = list(read_inputs([str(tmp_path / "**" / "*.txt"), str(tmp_path)]))
    assert [r.source for r in records] == [str(tmp_path / "a" / "x.txt")] * 2


def test_an_id_reused_for_another_text_is_reported(tmp_path):
    db = tmp_path / "ids.duckdb"
    first = _write(tmp_path / "first.jsonl", [_line("dispatch-1", GOOD[0][1])])
    second = _write(tmp_path / "second.jsonl", [_line("dispatch-1", GOOD[1][1]), _line("dispatch-1", GOOD[0][1])])
    assert runner.invoke(app, ["ingest", "--db", str(db), str(first)]).exit_code == 0
    result = runner.invoke(app, ["ingest", "--db", str(db), str(second)])
    assert result.exit_code == 1
    assert f"{second}, line 1: id 'dispatch-1' is already used for a different text" in " ".join(result.stderr.split())
    assert "1 already stored" in result.stderr  # the same text under the same id is a plain repeat
    with open_store(db, read_only=True) as opened:
        assert opened.execute("SELECT text FROM articles").fetchall() == [(GOOD[0][1],)]

"""The store's commands as an analyst meets them, on a real store filled by the real coder:
``show``, the shared filter flags and their errors, ``codes``, ``--version`` and ``-h``,
``--min-confidence``, output paths that cannot be written, and the query table's width."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
import typer.main
from typer.testing import CliRunner

from chronicle import __version__
from chronicle.cli import app
from chronicle.store import schema
from chronicle.store.commands import FILTER_OPTIONS

runner = CliRunner()

# Articles written for these tests (Sahel, Ukraine), with typographic apostrophes
# and, in one, a terminal escape sequence that must never reach the terminal raw.
ARTICLES = [
    {"id": "sahel-1", "lang": "fr", "published": "2023-03-14",
     "text": "Le président nigérien Mohamed Bazoum a rencontré mardi à Niamey le Premier ministre espagnol "
             "Pedro Sánchez. L’armée malienne a attaqué jeudi des positions rebelles près de Kidal."},
    {"id": "kyiv-1", "lang": "en", "published": "2022-06-16",
     "text": "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Kyiv on Thursday. "
             "Russia’s army shelled the city of Kharkiv overnight. \x1b]0;pwned\x07\x1b[2J"},
]  # fmt: skip
FILTER_COMMANDS = ("query", "timeline", "export", "show")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store-commands")
    articles = folder / "articles.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(articles), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _events(db: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["query", "--db", str(db), "-f", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _event(db: Path, event_type: str, country: str) -> dict:
    return next(e for e in _events(db, "--type", event_type) if country in (e["source"]["country"], e["target"]["country"]))


# ---------------------------------------------------------------- show


def test_show_lists_the_event_its_mentions_and_the_article_with_offsets(db):
    shelling = _event(db, "ASSAULT", "RUS")
    result = runner.invoke(app, ["show", shelling["event_id"], "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert shelling["event_id"] in out and "ASSAULT" in out and "Russia" in out
    assert "article kyiv-1" in out
    assert f"[{shelling['char_start']}:{shelling['char_end']}]" in out
    text = ARTICLES[1]["text"]
    start, end = (int(x) for x in re.search(r"trigger “shelled” \[(\d+):(\d+)\]", out).groups())
    assert text[start:end] == "shelled"
    # the article's text is shown, its escape sequences written as visible escapes
    assert "Volodymyr Zelensky met German" in out.replace("\n", " ")
    assert "\x1b" not in out and "\\x1b]0;pwned\\x07" in out


def test_show_highlights_the_sentence_and_the_trigger_on_a_terminal(db):
    meeting = _event(db, "CONSULT", "ESP")
    result = runner.invoke(app, ["show", meeting["event_id"], "--db", str(db)], env={"FORCE_COLOR": "1", "COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    # bold reverse on the trigger alone, underline on the rest of its sentence
    assert re.search(r"\x1b\[1;7m(\x1b\[[0-9;]*m)?a rencontré\x1b\[0m", result.stdout) or "\x1b[1;7ma rencontré" in result.stdout
    assert re.search(r"\x1b\[4;33mLe président nigérien", result.stdout)
    # the other sentence of the article is not highlighted
    assert re.search(r"\x1b\[[0-9;]*mL’armée malienne", result.stdout) is None


def test_show_without_ids_takes_the_filters(db):
    result = runner.invoke(app, ["show", "--db", str(db), "--country", "NER", "--no-text"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout and "ASSAULT" not in result.stdout
    assert "article sahel-1" in result.stdout and "Kidal" not in result.stdout  # --no-text: the sentence only


def test_show_an_unknown_event_is_an_error(db):
    result = runner.invoke(app, ["show", "0123456789abcdef", "--db", str(db)])
    assert result.exit_code == 1
    assert "no event 0123456789abcdef" in result.stderr and "Traceback" not in result.output


def test_mentions_store_the_trigger_offsets_into_the_text_as_received(db):
    connection = duckdb.connect(str(db), read_only=True)
    rows = connection.execute(
        "SELECT a.text, m.trigger, m.trigger_start, m.trigger_end, m.sentence, m.char_start, m.char_end "
        "FROM mentions m JOIN articles a USING (article_id)"
    ).fetchall()
    connection.close()
    assert len(rows) >= 3
    for text, trigger, t_start, t_end, sentence, start, end in rows:
        assert text[t_start:t_end] == trigger
        assert text[start:end] == sentence and start <= t_start < t_end <= end


def test_a_version_2_store_gains_the_trigger_offsets(db, tmp_path):
    old = tmp_path / "old.duckdb"
    old.write_bytes(db.read_bytes())
    connection = duckdb.connect(str(old))
    connection.execute("ALTER TABLE mentions DROP COLUMN trigger_start")
    connection.execute("ALTER TABLE mentions DROP COLUMN trigger_end")
    connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    connection.close()
    meeting = _event(db, "CONSULT", "ESP")
    # opening it (even for a read-only command) migrates it
    result = runner.invoke(app, ["show", meeting["event_id"], "--db", str(old)])
    assert result.exit_code == 0, result.output
    assert "trigger “a rencontré”" in result.stdout and "sahel-1" in result.stdout
    connection = duckdb.connect(str(old), read_only=True)
    assert connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(schema.SCHEMA_VERSION)
    # the mentions stored before the migration have no offsets to gain (the text is not re-coded)
    stored = connection.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert stored >= 3 and connection.execute("SELECT count(*) FROM mentions WHERE trigger_start IS NULL").fetchone()[0] == stored
    connection.close()


# ---------------------------------------------------------------- conventions


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"chronicle {__version__}"


@pytest.mark.parametrize("command", [[], ["code"], ["ingest"], ["query"], ["timeline"], ["export"], ["show"], ["codes"],
                                     ["eval"], ["serve"], ["keys"], ["packs"], ["packs", "coverage"]])  # fmt: skip
def test_dash_h_is_help_everywhere(command):
    result = runner.invoke(app, [*command, "-h"])
    assert result.exit_code == 0, result.output
    usage = next(line for line in result.stdout.splitlines() if "Usage:" in line)
    assert " ".join(["Usage: root", *command]) in usage  # "root": the runner's name for the program


def test_the_filter_flags_are_one_set_shared_by_every_command():
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    wanted = {option.param_decls[0] for _, _, option in FILTER_OPTIONS}
    assert {"--type", "--country", "--min-confidence", "--min-mentions"} <= wanted
    for name in FILTER_COMMANDS:
        flags = {opt for param in commands[name].params for opt in param.opts}
        assert wanted <= flags, (name, wanted - flags)


@pytest.mark.parametrize(
    "args, says",
    [
        (["--type", "PARLEY"], ["'PARLEY' is not a PLOVER event type", "ACCUSE", "THREATEN"]),
        (["--type", "consult", "--mode", "teleport"], ["'teleport' is not a PLOVER mode", "multilateral", "visit"]),
        (["--country", "FRN"], ["'FRN' is not an ISO alpha-3 country code", "FRA", "chronicle codes countries"]),
        (["--place-country", "XXX"], ["'XXX' is not an ISO alpha-3 country code"]),
        (["--dyad", "USA,ZZZ"], ["'ZZZ' is not an ISO alpha-3 country code"]),
        (["--sector", "ARMY"], ["'ARMY' is not an actor sector code", "GOV", "MIL"]),
        (["--cameo", "99"], ["'99' is not a CAMEO code or the prefix of one"]),
        (["--min-confidence", "1.5"], ["--min-confidence"]),
    ],
)
@pytest.mark.parametrize("command", FILTER_COMMANDS)
def test_a_bad_filter_value_is_an_error_that_lists_the_valid_ones(db, command, args, says):
    extra = ["-f", "csv"] if command == "export" else []
    result = runner.invoke(app, [command, "--db", str(db), *extra, *args], env={"COLUMNS": "300"})
    assert result.exit_code == 2, result.output
    message = " ".join(result.stderr.replace("│", " ").split())
    for part in says:
        assert part in message, (part, message)


def test_codes_lists_types_modes_and_cameo_codes_with_names_and_goldstein():
    result = runner.invoke(app, ["codes"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert re.search(r"^CONSULT +quad 1 .*modes: .*multilateral.*visit", out, re.M)
    assert re.search(r"^190 +-10\.0 +Use conventional military force$", out, re.M)
    assert re.search(r"^036 +\+4\.0 +Express intent to meet or negotiate$", out, re.M)
    records = [json.loads(line) for line in runner.invoke(app, ["codes", "sectors", "countries", "-f", "jsonl"]).stdout.splitlines()]
    assert {"section": "sectors", "sector": "MIL"} in records
    assert {"section": "countries", "country": "NER", "name": "Niger"} in records


def test_min_confidence_filters(db):
    everything = _events(db)
    sure = _events(db, "--min-confidence", "0.8")
    assert {e["confidence"] for e in everything} >= {0.7, 0.85}
    assert sure and all(e["confidence"] >= 0.8 for e in sure) and len(sure) < len(everything)
    exported = runner.invoke(app, ["export", "--db", str(db), "-f", "jsonl", "--min-confidence", "0.8"])
    assert len(exported.stdout.splitlines()) == len(sure)


@pytest.mark.parametrize(
    "args",
    [
        ["query", "-o", "{out}"],
        ["timeline", "-o", "{out}"],
        ["timeline", "--plot", "{out}.png"],
        ["export", "-f", "csv", "-o", "{out}"],
        ["export", "-f", "parquet", "-o", "{out}.parquet"],
        ["export", "-f", "gdelt", "-o", "{out}"],
    ],
)
@pytest.mark.parametrize("where", ["missing-folder", "under-a-file", "full-device"])
def test_an_output_that_cannot_be_written_is_a_one_line_error(db, tmp_path, args, where):
    out = {"missing-folder": tmp_path / "no" / "such" / "out", "under-a-file": db / "out", "full-device": Path("/dev/full")}[where]
    if where == "full-device" and ("--plot" in args or "parquet" in args):
        pytest.skip("a plot or a Parquet file is named by its suffix; /dev/full has none")
    argv = [a.format(out=out) if "{out}" in a else a for a in args]
    if where == "full-device":
        argv = [str(out) if a.startswith(str(out)) else a for a in argv]
    result = runner.invoke(app, [*argv, "--db", str(db)])
    assert result.exit_code in (1, 2), result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and "cannot write" in errors[0], result.stderr
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_code_output_in_a_missing_folder_is_a_one_line_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Le président sénégalais a reçu lundi à Dakar son homologue gambien.", encoding="utf-8")
    result = runner.invoke(app, ["code", "--lang", "fr", str(article), "-o", str(tmp_path / "missing" / "events.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: cannot write {tmp_path / 'missing' / 'events.jsonl'}: the folder {tmp_path / 'missing'} does not exist"]


def test_the_query_table_fits_80_columns_and_never_wraps_a_date(db):
    result = runner.invoke(app, ["query", "--db", str(db), "--mentions"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    assert sum("2022-06-16" in line for line in lines) == 2 and sum("2023-03-14" in line for line in lines) == 1
    header = " ".join(lines[:6])
    for name in ("date", "type, CAMEO", "(Goldstein)", "source → target", "place", "event id;"):
        assert name in header
    # each event id is whole on one line, so it can be copied into chronicle show
    for event in _events(db):
        assert any(event["event_id"] in line for line in lines)

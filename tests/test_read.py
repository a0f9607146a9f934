"""Reading inputs: formats, directories, globs, stdin, and every kind of bad input."""

import io
from pathlib import Path

import pytest

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read import article_id, read_inputs

DATA = Path(__file__).resolve().parent / "data" / "read"
KBS = DATA / "kbs.txt"
JSONL = DATA / "articles.jsonl"
HTML = DATA / "summit.html"


def _read(*paths, **options) -> list:
    return list(read_inputs([str(p) for p in paths], **options))


def _only_error(records: list) -> InputError:
    assert len(records) == 1 and isinstance(records[0], InputError), records
    return records[0]


# ------------------------------------------------------------------ formats


def test_plain_text_is_one_article_exactly_as_received() -> None:
    [article] = _read(KBS)
    assert isinstance(article, Article)
    assert article.text == KBS.read_text(encoding="utf-8")
    assert article.text.startswith(" date 2019-02")  # nothing stripped: offsets point into it
    assert article.source == str(KBS)
    assert article.id == KBS.name  # named after its file, relative to the argument (itself)
    assert article.line is None and article.published is None


def test_jsonl_one_article_per_line_with_fields() -> None:
    first, second, third = _read(JSONL)
    assert first == Article(
        id="kbs-1",
        text="Le sommet de Hanoï a pris fin sans accord.",
        source=str(JSONL),
        line=1,
        url="http://world.kbs.co.kr/a",
        title="Sommet",
        lang="fr",
        published=PartialDate(2019, 2, 28),
    )
    assert second.id == article_id("Seoul welcomed the talks on Tuesday.")
    assert (second.line, second.published) == (2, PartialDate(2019, 3))
    # Blank line 3 is skipped; line numbers stay those of the file.
    assert (third.id, third.line, third.published) == ("kbs-3", 4, PartialDate(2019))


def test_hash_id_is_stable_across_whitespace_and_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "same.jsonl"
    path.write_text(
        '{"text": "Le café  est fermé."}\n'
        '{"text": " Le cafe\\u0301 est\\nfermé. "}\n'
        '{"text": "Le café est ouvert."}\n',
        encoding="utf-8",
    )
    first, second, third = _read(path)
    assert first.id == second.id
    assert first.id != third.id
    assert [a.id for a in _read(path)] == [first.id, second.id, third.id]


def test_html_main_text_and_title_are_extracted() -> None:
    [article] = _read(HTML)
    assert isinstance(article, Article)
    assert article.title == "Sommet de Hanoï : fin sans accord"
    assert article.text.startswith("Le deuxième sommet entre Donald Trump")
    assert "Mike Pompeo" in article.text
    for boilerplate in ("Accueil", "Abonnez-vous", "droits réservés"):
        assert boilerplate not in article.text
    assert article.lang == "fr"
    assert article.published == PartialDate(2019, 2, 28)


def test_html_is_sniffed_from_content(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes(HTML.read_bytes())
    [article] = _read(path)
    assert article.title == "Sommet de Hanoï : fin sans accord"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Rien</title></head><body><nav></nav></body></html>")
    error = _only_error(_read(path))
    assert error.source == str(path)
    assert "no article text" in error.message


# ------------------------------------------------------- directories, globs, stdin


def _tree(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "b.txt").write_text("Deuxième article sur Séoul.", encoding="utf-8")
    (root / "a.txt").write_text("Premier article sur Pyongyang.", encoding="utf-8")
    (root / "sub" / "c.jsonl").write_text('{"text": "Troisième article."}\n', encoding="utf-8")
    (root / "notes.csv").write_text("not,an,article\n")
    (root / ".hidden.txt").write_text("Caché.")


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    records = _read(tmp_path)
    assert [r.text for r in records] == [
        "Premier article sur Pyongyang.",
        "Deuxième article sur Séoul.",
        "Troisième article.",
    ]


def test_directory_without_readable_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x")
    error = _only_error(_read(tmp_path))
    assert error.source == str(tmp_path)
    assert "no readable files" in error.message


def test_glob_is_expanded(tmp_path: Path) -> None:
    _tree(tmp_path)
    records = _read(tmp_path / "**" / "*.jsonl", tmp_path / "a.*")
    assert [r.text for r in records] == ["Troisième article.", "Premier article sur Pyongyang."]


def test_missing_path_and_empty_glob_are_errors_and_reading_goes_on(tmp_path: Path) -> None:
    records = _read(tmp_path / "missing.txt", tmp_path / "*.nothing", KBS)
    assert [type(r) for r in records] == [InputError, InputError, Article]
    assert records[0].source == str(tmp_path / "missing.txt")
    assert records[0].message == "no such file"
    assert records[1].message.startswith("no such file")


def test_stdin_text() -> None:
    [article] = list(read_inputs(["-"], stdin=io.StringIO("Séoul a répondu hier.\n")))
    assert (article.text, article.source) == ("Séoul a répondu hier.\n", "-")


def test_stdin_jsonl_is_sniffed() -> None:
    stream = io.StringIO('\n  {"id": "x", "text": "Un."}\n{"text": "Deux."}\n')
    records = list(read_inputs(["-"], stdin=stream))
    assert [(r.id, r.text, r.line) for r in records][0] == ("x", "Un.", 2)
    assert records[1].text == "Deux." and records[1].source == "-"


def test_stdin_bytes_are_checked_like_a_file() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Bonjour \xff monde"), encoding="utf-8")
    error = _only_error(list(read_inputs(["-"], stdin=stream)))
    assert error.source == "-" and "byte offset 8" in error.message


def test_published_override_replaces_every_date() -> None:
    override = PartialDate(2020, 1, 15)
    records = _read(KBS, JSONL, HTML, published=override)
    assert len(records) == 5
    assert all(r.published == override for r in records)


# ---------------------------------------------------------------- bad inputs


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    path.write_text(
        '{"text": "Ligne un."}\n'
        '{"text": "Ligne deux",\n'
        '{"text": "Ligne trois."}\n'
        '{"id": "no-text"}\n'
        '{"text": 42}\n'
        '{"text": "Date fausse.", "date": "2019-13"}\n'
        '["not", "an", "object"]\n'
        '{"text": "Titre faux.", "title": 7}\n',
        encoding="utf-8",
    )
    records = _read(path)
    articles = [r for r in records if isinstance(r, Article)]
    errors = [r for r in records if isinstance(r, InputError)]
    assert [(a.text, a.line) for a in articles] == [("Ligne un.", 1), ("Ligne trois.", 3)]
    assert [(e.line, e.field) for e in errors] == [
        (2, None), (4, "text"), (5, "text"), (6, "date"), (7, None), (8, "title"),
    ]
    assert all(e.source == str(path) for e in errors)
    assert errors[0].message.startswith("not valid JSON: ")
    assert str(errors[1]) == f"{path}, line 4, field 'text': 'text' is missing"


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("mot " * 100)
    error = _only_error(_read(path, max_bytes=100))
    assert (error.source, error.message) == (str(path), "too large (400 bytes > 100 bytes limit)")


def test_too_large_message_in_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: no 3 MB actually written
        handle.truncate(3 * 1024 * 1024)
    error = _only_error(_read(path, max_bytes=2 * 1024 * 1024))
    assert error.message == "too large (3 MB > 2 MB limit)"


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = _only_error(_read(path))
    assert (error.source, error.message) == (str(path), "binary file, not text")


def test_undecodable_bytes_name_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Première ligne\nSéoul".encode("utf-8")[:16] + "é".encode("latin-1") + b"oul\n")
    error = _only_error(_read(path))
    assert error.line == 2
    assert "byte 0xe9 at byte offset 16" in error.message


def test_undecodable_jsonl_line_keeps_the_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Un."}\n{"text": "S\xe9oul"}\n{"text": "Trois."}\n')
    first, error, third = _read(path)
    assert (first.text, third.text) == ("Un.", "Trois.")
    assert error.line == 2 and "byte offset 27" in error.message


def test_utf8_bom_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfS\xc3\xa9oul.")
    [article] = _read(path)
    assert article.text == "Séoul."


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    error = _only_error(_read(path))
    assert (error.source, error.message) == (str(path), "empty")


def test_reading_is_lazy(tmp_path: Path) -> None:
    _tree(tmp_path)
    stream = read_inputs([str(tmp_path)])
    first = next(stream)
    (tmp_path / "sub" / "c.jsonl").write_text('{"text": "Changé entre-temps."}\n', encoding="utf-8")
    assert first.text == "Premier article sur Pyongyang."
    assert [r.text for r in stream][-1] == "Changé entre-temps."

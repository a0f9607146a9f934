"""Language detection on news paragraphs."""

from pathlib import Path

import pytest

from chronicle.language import LanguageGuess, detect_language

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit-2019-02.fr.txt"

PARAGRAPHS = {
    "fr": (
        "Le président sud-coréen a rencontré hier à Séoul le ministre japonais des "
        "Affaires étrangères pour discuter de la situation dans la péninsule et des "
        "sanctions contre la Corée du Nord."
    ),
    "en": (
        "The South Korean president met the Japanese foreign minister in Seoul on "
        "Tuesday to discuss the situation on the peninsula and the sanctions against "
        "North Korea."
    ),
    "de": (
        "Der südkoreanische Präsident hat sich am Dienstag in Seoul mit dem japanischen "
        "Außenminister getroffen, um über die Lage auf der Halbinsel und die Sanktionen "
        "gegen Nordkorea zu sprechen."
    ),
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_news_paragraphs_are_detected(lang: str) -> None:
    guess = detect_language(PARAGRAPHS[lang])
    assert guess.lang == lang
    assert 0.9 <= guess.confidence <= 1.0


def test_reference_article_is_french() -> None:
    guess = detect_language(REFERENCE.read_text(encoding="utf-8"))
    assert guess.lang == "fr"
    assert guess.confidence > 0.9


@pytest.mark.parametrize("text", ["", "   \n", "OK", "12 345 678 90"])
def test_short_or_empty_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == LanguageGuess("und", 0.0)


def test_an_undetectable_language_says_how_to_force_one(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "short.txt"
    article.write_text("ok ok\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "chronicle.cli", "code", str(article)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "language could not be detected" in result.stderr and "--lang" in result.stderr

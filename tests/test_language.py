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


@pytest.mark.parametrize(
    "headline",
    [
        "Mali junta expels French ambassador",  # read as Occitan, weakly
        "Kenya sends troops to Haiti",
        "Sudan army retakes Khartoum palace",
        "Ghana, Togo sign border deal",
        "Putin meets Xi in Beijing",
        "Nigeria urged China on Wednesday to open its market to more Nigerian farm exports.",  # read as Nigerian Pidgin
    ],
)
def test_a_short_english_line_falls_back_to_the_best_installed_pack(headline: str) -> None:
    from chronicle.language import detect_among

    assert detect_among(headline, ("en", "fr"), 0.5).lang == "en"


def test_a_confident_guess_of_a_language_without_a_pack_is_not_forced_into_one() -> None:
    from chronicle.language import detect_among

    assert detect_among(PARAGRAPHS["de"], ("en", "fr"), 0.5).lang == "de"
    assert detect_among("Habari za asubuhi rafiki yangu mpendwa sana", ("en", "fr"), 0.5).lang == "sw"


def test_a_short_french_line_is_read_as_french() -> None:
    from chronicle.language import detect_among

    assert detect_among("Le Niger expulse l'ambassadeur", ("en", "fr"), 0.5).lang == "fr"


def test_a_headline_without_a_language_field_is_coded(tmp_path):
    """The CLI codes a one-line English headline it once refused as undetectable."""
    import json
    import subprocess
    import sys

    article = tmp_path / "headline.jsonl"
    article.write_text(json.dumps({"text": "Putin meets Xi in Beijing", "published": "2024-05-16"}) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "chronicle.cli", "code", str(article)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [(e["language"], e["event_type"]) for e in events] == [("en", "CONSULT")]

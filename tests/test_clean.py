"""Cleaning: header, glued sentences, normalisation, offsets back to the original."""

import re
from pathlib import Path

import pytest

from chronicle.clean import clean_text
from chronicle.clean.glue import abbreviations, parse_abbreviations
from chronicle.errors import KnowledgeError
from chronicle.model import PartialDate

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "hanoi-summit-2019-02.fr.txt"


def _unnormalised(text: str) -> str:
    """What cleaning does to characters, applied to an original slice."""
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _assert_tokens_map_back(original: str, cleaned) -> None:
    for match in re.finditer(r"\S+", cleaned.text):
        start, end = cleaned.to_original(match.start(), match.end())
        assert _unnormalised(original[start:end]) == match.group()


@pytest.fixture(scope="module")
def reference() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def test_reference_header_is_parsed_and_removed(reference: str) -> None:
    cleaned = clean_text(reference)
    assert cleaned.header is not None
    assert cleaned.header.published == PartialDate(2019, 2)
    assert cleaned.header.published.precision == "month"
    assert cleaned.header.photo_credit == "YONHAP News"
    assert cleaned.header.raw == " date 2019-02 Photo : YONHAP News"
    assert cleaned.text.startswith("Le 2e sommet entre Donald Trump")
    assert "YONHAP" not in cleaned.text


def test_reference_glued_sentences_are_repaired(reference: str) -> None:
    cleaned = clean_text(reference)
    assert "à nouveau.Les" in reference
    assert "à nouveau. Les dirigeants" in cleaned.text
    assert "du sommet. Après son retour" in cleaned.text
    assert re.search(r"[a-zé]\.[A-ZÉ]", cleaned.text) is None


def test_reference_offsets_map_back_exactly(reference: str) -> None:
    cleaned = clean_text(reference)
    _assert_tokens_map_back(reference, cleaned)
    # The first sentence starts after the header in the original.
    start, end = cleaned.to_original(0, len("Le 2e sommet"))
    assert reference[start:end] == "Le 2e sommet"
    assert start == reference.index("Le 2e sommet")
    # A span across an inserted space covers the original glued text.
    glued = cleaned.text.index("nouveau. Les")
    start, end = cleaned.to_original(glued, glued + len("nouveau. Les"))
    assert reference[start:end] == "nouveau.Les"


@pytest.mark.parametrize(
    "header, published, credit",
    [
        (" date 2019-02 Photo : YONHAP News", PartialDate(2019, 2), "YONHAP News"),
        ("Photo : YONHAP News", None, "YONHAP News"),
        (" date 2019-12-10 Photo : YONHAP News", PartialDate(2019, 12, 10), "YONHAP News"),
        ("Photo: KBS News", None, "KBS News"),
        ("date 2020", PartialDate(2020), None),
    ],
)
def test_header_variants(header: str, published, credit) -> None:
    original = f"\n{header}\n\nSéoul a répondu hier.\n"
    cleaned = clean_text(original)
    assert cleaned.header is not None
    assert cleaned.header.published == published
    assert cleaned.header.photo_credit == credit
    assert cleaned.header.raw == header
    assert cleaned.text == "Séoul a répondu hier.\n"
    assert cleaned.to_original(0, 5) == (original.index("Séoul"), original.index("Séoul") + 5)


@pytest.mark.parametrize(
    "text",
    [
        "Le date de la rencontre est fixée.\n\nPhoto : YONHAP News",  # not the first line
        "Photographie de groupe : les dirigeants",
        "date limite pour la réponse",
    ],
)
def test_no_header_when_not_a_header_line(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.header is None
    assert cleaned.text == text


@pytest.mark.parametrize(
    "glued, repaired",
    [
        ("le sommet.Les dirigeants", "le sommet. Les dirigeants"),
        ("en 2018.Le processus", "en 2018. Le processus"),
        ("fin!Mais", "fin! Mais"),
        ("vraiment?Oui", "vraiment? Oui"),
        ("attendre…Ensuite", "attendre… Ensuite"),
        ("a-t-il dit.»Les", "a-t-il dit.» Les"),
        ("le progrès».Les", "le progrès». Les"),
        ("(AFP).Le président", "(AFP). Le président"),
        ("la nation.«Nous", "la nation. «Nous"),
        ("à Séoul.Émue, elle", "à Séoul. Émue, elle"),
    ],
)
def test_glued_sentences_are_repaired(glued: str, repaired: str) -> None:
    cleaned = clean_text(glued)
    assert cleaned.text == repaired
    _assert_tokens_map_back(glued, cleaned)


@pytest.mark.parametrize(
    "text",
    [
        "les forces U.S.Army et la U.S. Navy",
        "une croissance de 3.5 % et 1.350 soldats",
        "J.R.R. Tolkien et J.R.R.Tolkien",
        "selon yna.co.kr et www.kbs.co.kr",
        "la S.Korea et M. Trump",
        "à 1h30 du matin",
        "voir etc.Paris, cf.Annexe et Dr.Smith",
        "sur http://world.kbs.co.kr/news_view.htm?Seq_Code=61862 hier",
        "écrire à contact.Presse@kbs.co.kr demain",
    ],
)
def test_non_boundaries_are_untouched(text: str) -> None:
    assert clean_text(text).text == text


def test_normalisation_keeps_offsets() -> None:
    original = "L\u2019envoyé\u00a0spécial a dit\u202f: «\u00a0Non\u00a0» ; le cafe\u0301 est fermé.Demain"
    cleaned = clean_text(original)
    assert cleaned.text == "L'envoyé spécial a dit : « Non » ; le café est fermé. Demain"
    start = cleaned.text.index("café")
    assert original[slice(*cleaned.to_original(start, start + 4))] == "cafe\u0301"
    start = cleaned.text.index("fermé")
    assert original[slice(*cleaned.to_original(start, start + 5))] == "fermé"
    assert cleaned.to_original(0, len(cleaned.text)) == (0, len(original))


def test_to_original_rejects_spans_outside_the_text() -> None:
    cleaned = clean_text("Bonjour.")
    with pytest.raises(ValueError):
        cleaned.to_original(0, 99)
    assert cleaned.to_original(8, 8) == (8, 8)


def test_abbreviation_list_loads() -> None:
    loaded = abbreviations()
    assert {"etc", "cf", "St", "Dr", "Mr", "No", "Gen"} <= loaded


@pytest.mark.parametrize(
    "document, complaint",
    [
        ("abbreviations:\n  - {abbr: No, reason: number}\n", "entry 0: 'abbr' must be letters"),
        ("abbreviations:\n  - {abbr: Dr}\n", "entry 0: needs exactly 'abbr' and 'reason'"),
        ("abbreviations:\n  - {abbr: Dr, reason: ' '}\n", "entry 0 (Dr): 'reason' is empty"),
        ("other: []\n", "expected a list under 'abbreviations'"),
    ],
)
def test_bad_abbreviation_data_is_a_knowledge_error(document: str, complaint: str) -> None:
    with pytest.raises(KnowledgeError, match=re.escape(f"bad.yaml: {complaint}")):
        parse_abbreviations(document, "bad.yaml")

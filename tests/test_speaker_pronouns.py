"""A pronoun subject of reported speech stands for the speaker it fits, by one rule
and the pack's pronoun table (grammar.speaker_pronouns), in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import chronicle
from chronicle.errors import KnowledgeError
from chronicle.model import Event
from chronicle.packs import PACKS_DIR, load_pack, load_pack_from


def _events(text: str, lang: str) -> list[Event]:
    return chronicle.code(text, published="2024-05-02", lang=lang)


def _dyads(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in _events(text, lang)}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # "it", "elle", "il": a country, a body named by its function
        ("La Tunisie a annoncé qu'elle allait expulser l'ambassadeur libyen.", "fr", ("SANCTION", "TUN", "LBY")),
        ("Colombia's defence ministry said it would deploy troops to the Venezuelan border.", "en", ("MOBILIZE", "COL", "VEN")),
        ("Indonesia said it was ready to send peacekeepers to Gaza.", "en", ("AGREE", "IDN", "PSE")),
        # "they", "ils": speakers listed (the two sides of their shared border: one reopens it to the other)
        ("Senegal and Gambia said they would reopen their shared border.", "en", ("CONCEDE", "SEN", "GMB")),
        # "we", "nous": the speaker of a quotation
        ('"We will expel the Russian ambassador," Estonia\'s foreign ministry said.', "en", ("SANCTION", "EST", "RUS")),
        ("« Nous allons expulser l'ambassadeur russe », a déclaré le ministère letton des Affaires étrangères.", "fr", ("SANCTION", "LVA", "RUS")),
    ],
)
def test_a_pronoun_of_reported_speech_is_the_speaker_it_fits(text, lang, expected):
    assert expected in _dyads(text, lang)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # a plural pronoun is never one office holder
        ("Ghana's president said they would release the detained journalists.", "en", "GHA"),
        ("Le président ivoirien a affirmé qu'ils libéreraient les opposants.", "fr", "CIV"),
        # in a quotation "he" is someone else, never the one who speaks
        ('"He will release the detained journalists," the Ghanaian president said.', "en", "GHA"),
        # outside a quotation "nous" is not the speaker reported in the third person
        ("Le Tchad a déclaré que nous allions retirer nos troupes de la frontière.", "fr", "TCD"),
    ],
)
def test_a_pronoun_that_does_not_fit_the_speaker_is_not_the_speaker(text, lang, speaker):
    assert not [e for e in _events(text, lang) if e.source.country == speaker and e.event_type in ("CONCEDE", "RETREAT")]


def test_both_packs_name_the_speakers_of_their_subject_pronouns():
    fits = {lang: load_pack(lang).grammar.speaker_pronouns.fits for lang in ("en", "fr")}
    assert set(fits["en"]) == {"it", "he", "she", "they", "we", "i"}
    assert set(fits["fr"]) == {"il", "elle", "ils", "elles", "nous", "on", "je", "j'", "j’"}
    assert fits["en"]["i"] == fits["fr"]["je"] == {"person"}  # "I"/"je" is one person speaking
    assert "person" not in fits["en"]["they"] and "person" not in fits["fr"]["ils"]


def _pack_with_speakers(tmp_path: Path, fits: dict[str, list[str]]) -> Path:
    folder = tmp_path / "xx"
    shutil.copytree(PACKS_DIR / "fr", folder)
    data = yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))
    data["grammar"]["speaker_pronouns"]["fits"] = fits
    (folder / "pack.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_a_plural_pronoun_fitting_one_person_is_refused_at_load(tmp_path):
    folder = _pack_with_speakers(tmp_path, {"ils": ["several", "person"]})
    with pytest.raises(KnowledgeError, match=r"speaker_pronouns\.fits\.ils: a plural pronoun cannot stand for person"):
        load_pack_from(folder)


def test_an_unknown_kind_of_speaker_is_refused_at_load(tmp_path):
    folder = _pack_with_speakers(tmp_path, {"il": ["state", "monarchy"]})
    with pytest.raises(KnowledgeError, match=r"(?s)pack\.yaml.*speaker_pronouns\.fits\.il.*monarchy"):
        load_pack_from(folder)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # "he"/"she"/"il"/"elle": one named office holder who reports what they did (helper pron23)
        ("Kenyan President William Ruto said he had held talks with Ugandan President Yoweri Museveni.", "en", ("CONSULT", "KEN", "UGA")),
        ("Canadian Foreign Minister Mélanie Joly said she had met her Mexican counterpart on Monday.", "en", ("CONSULT", "CAN", "MEX")),
        ("Le Premier ministre vietnamien a affirmé qu'il s'était entretenu par téléphone avec le président népalais.", "fr", ("CONSULT", "VNM", "NPL")),
        ("La ministre grecque de la Défense, Dora Bakoyannis, a indiqué qu'elle avait signé un accord de sécurité avec le Kenya.", "fr", ("AGREE", "GRC", "KEN")),
    ],
)
def test_a_singular_pronoun_of_reported_speech_is_the_office_holder_who_speaks(text, lang, expected):
    assert expected in _dyads(text, lang)

"""The English codebook test set: its shape, and the coder's figures on it.

``tests/data/codebook/codebook.en.jsonl`` holds one-sentence news items in
English, at least two per CAMEO code of the CAMEO2PLOVER table, gold-coded
under ``shared/gold/GUIDELINES.md`` with the ``cameo`` code each event
illustrates (see ``tests/data/codebook/README.md``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from chronicle.evaluate.gold import GoldArticle, load_gold
from chronicle.ontology.cameo import read_cameo_table

SET = Path(__file__).parent / "data" / "codebook" / "codebook.en.jsonl"

# Codes whose PLOVER type GUIDELINES.md names otherwise than CAMEO2PLOVER-2021:
# the gold follows GUIDELINES ("where the coder and these rules disagree, the
# rules win"), as the French set does.
TYPE_OVERRIDES = {
    "057": ("AGREE", "GUIDELINES 'What to code': signing or reaching an agreement is AGREE (the table says SUPPORT)"),
    "163": ("SANCTION", "GUIDELINES 'What to code': sanctions are SANCTION (the table says COERCE)"),
    "0813": ("CONCEDE", "PLOVER manual, CONCEDE: 'removing curfews' (the table says RETREAT)"),
    "0814": ("CONCEDE", "PLOVER manual, CONCEDE: easing restrictions such as a state of emergency (the table says RETREAT)"),
    "116": ("SANCTION", "PLOVER manual, SANCTION mode 'convict', as the shared dev gold codes convictions (the table says ACCUSE)"),
}
# Codes whose only instances are history: an attack with nuclear weapons
# (2042) is coded from anniversaries, background events GUIDELINES makes optional.
HISTORICAL_ONLY = {"2042"}

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "CVL", "EDU", "JRN", "LAB", "MED", "REL", "ELI"}
ID = re.compile(r"^codebook-en-(?P<code>\d{2,4})-[a-h]$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY = re.compile(r"^[A-Z]{3}$")

# Measured at commit b460ae0 (English pack of 3,917 triggers): type recall
# 0.475, event precision 0.699, recall 0.408, F1 0.515 (tests/data/codebook/
# README.md); on branch enlex, with the verbs written class by class
# (packs/en/triggers/verbs-codebook.yaml) and the converter's new classes:
# type recall 0.631, precision 0.720, recall 0.529, F1 0.610. The floors sit a
# little under, so the test catches regressions, not noise; raise them as the
# lexicon grows (the targets: type recall 0.85, F1 0.75). At the sixth
# session of 2026-12-05 (ded3b54): type recall 0.836, precision 0.830, recall
# 0.743, F1 0.784. At the seventh (98a9181): type recall 0.861, precision 0.850,
# recall 0.780, F1 0.813.
TYPE_RECALL_FLOOR = 0.86
F1_FLOOR = 0.81


@pytest.fixture(scope="module")
def articles() -> list[GoldArticle]:
    return load_gold(SET)  # validates types, modes, polarity, modality and cameo codes


@pytest.fixture(scope="module")
def table_types() -> dict[str, set[str]]:
    types: dict[str, set[str]] = defaultdict(set)
    for row in read_cameo_table().rows:
        types[row.code].add(row.event_type)
    return types


def _events(articles: list[GoldArticle]):
    for article in articles:
        for event in article.events:
            yield article, event


def test_every_event_code_has_two_items(articles, table_types):
    items: dict[str, set[str]] = defaultdict(set)
    required: dict[str, set[str]] = defaultdict(set)
    for article, event in _events(articles):
        items[event["cameo"]].add(article.article_id)
        if event["required"] and event["polarity"] == "positive":
            required[event["cameo"]].add(article.article_id)
    # every code of the table: the event codes and the two-digit cue categories,
    # which are the codes the coder gives a trigger of a type with no closer code
    codes = list(table_types)
    assert len(codes) > 270
    assert [c for c in codes if len(items[c]) < 2] == []
    assert [c for c in codes if len(required[c]) < 2 and c not in HISTORICAL_ONLY] == []


def test_each_item_illustrates_the_code_its_id_names(articles):
    for article in articles:
        match = ID.match(article.article_id)
        assert match, article.article_id
        assert match["code"] in {e["cameo"] for e in article.events}, article.article_id


def test_gold_types_follow_the_cameo_table(articles, table_types):
    for article, event in _events(articles):
        code = event["cameo"]
        expected = {TYPE_OVERRIDES[code][0]} if code in TYPE_OVERRIDES else table_types[code]
        assert event["event_type"] in expected, (article.article_id, code, event["event_type"], expected)


def test_fields_are_well_formed(articles):
    assert len({a.article_id for a in articles}) == len(articles)
    for article in articles:
        assert article.lang == "en"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published or ""), article.article_id
        assert article.text.strip().endswith("."), article.article_id
        assert article.events, article.article_id
    for article, event in _events(articles):
        where = (article.article_id, event["evidence"])
        assert event["evidence"] and event["evidence"] in article.text, where
        assert event["date"] is None or ISO_DATE.match(event["date"]), where
        for side in ("source", "target"):
            actor = event[side]
            if actor is None:
                assert side == "target", where
                continue
            assert set(actor) == {"name", "country", "sector"}, where
            assert actor["country"] is None or COUNTRY.match(actor["country"]), where
            assert actor["sector"] is None or actor["sector"] in SECTORS, where
        if event["location"] is not None:
            assert event["location"]["name"], where
            assert event["location"]["country"] is None or COUNTRY.match(event["location"]["country"]), where


def test_many_countries_not_one_peninsula(articles):
    countries = Counter()
    for _, event in _events(articles):
        for side in ("source", "target"):
            if event[side] and event[side]["country"]:
                countries[event[side]["country"]] += 1
    assert len(countries) >= 80
    korea = countries["KOR"] + countries["PRK"]
    assert korea / sum(countries.values()) < 0.03
    # each region the brief names appears
    for region in ({"MLI", "BFA", "NER"}, {"COD", "RWA"}, {"ETH", "SOM", "SDN"}, {"ISR", "IRN", "LBN"},
                   {"UKR", "RUS"}, {"BRA", "ARG", "COL", "VEN"}, {"EUR"}, {"IND", "PAK", "BGD"},
                   {"MMR", "PHL", "IDN"}, {"AUS", "PNG", "SLB"}):
        assert region <= set(countries), region


def test_coder_on_the_english_codebook_set():
    """Type recall and event F1 of the coder on the set, through ``chronicle eval``."""
    run = subprocess.run(
        [sys.executable, "-m", "chronicle", "eval", str(SET), "--lang", "en", "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["articles"] == len(load_gold(SET))
    figures = {k: report[k] for k in ("type_recall", "precision", "recall", "f1")}
    assert report["type_recall"] >= TYPE_RECALL_FLOOR, figures
    assert report["f1"] >= F1_FLOOR, figures

"""The third, unseen codebook set (tests/data/codebook/codebook-3.{en,fr}.jsonl): its shape, and the coder's figures on it.

One one-sentence item per language for each of the 123 CAMEO codes the second set
covers, phrased as neither earlier set phrases them (other verbs and idioms, event
nouns, passives, quotes, headlines), written and gold-coded before the coder was run
on them (see tests/data/codebook/README.md, "The third set, unseen"). Its first
figures measure the codebook's coverage on phrasing nobody tuned on; the floors
below only stop the coder from losing ground.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronicle.evaluate.gold import GoldArticle, load_gold
from codebook_sets import LANGS, assert_no_earlier_text, assert_same_events_in_both_languages, assert_actors_spread, assert_fields_well_formed, assert_figures_hold, assert_types_follow_the_cameo_table, set_path

ID = re.compile(r"^codebook3-(?P<lang>en|fr)-(?P<code>\d{2,4})-a$")

# Figures of `chronicle eval --format json` on each file. First, unseen (lexicon of
# 9631342): English type recall 0.392, F1 0.497; French type recall 0.336, F1 0.437.
# After the classes both unseen sets missed (branch codebook18, see
# tests/data/codebook/README.md): English type recall 0.440, F1 0.523; French type
# recall 0.376, F1 0.471. The floors sit a little under, so the test catches
# regressions, not noise; raise them as the coder reads more phrasing.
FLOORS = {
    "en": {"type_recall": 0.43, "f1": 0.51},
    "fr": {"type_recall": 0.36, "f1": 0.46},
}


def _path(lang: str) -> Path:
    return set_path("codebook-3", lang)


@pytest.fixture(scope="module", params=LANGS)
def lang_articles(request) -> tuple[str, list[GoldArticle]]:
    return request.param, load_gold(_path(request.param))  # validates every field GUIDELINES defines, and cameo codes


def test_one_item_for_each_code_of_the_second_set(lang_articles) -> None:
    lang, articles = lang_articles
    ids = [a.article_id for a in articles]
    assert len(ids) == len(set(ids))
    codes = []
    for article in articles:
        match = ID.match(article.article_id)
        assert match and match["lang"] == lang and article.lang == lang, article.article_id
        assert match["code"] in {e["cameo"] for e in article.events}, article.article_id
        assert any(e["required"] and e["cameo"] == match["code"] for e in article.events) or match["code"] == "2042", article.article_id
        codes.append(match["code"])
    second = {a.article_id.split("-")[2] for a in load_gold(set_path("codebook-2", lang))}
    assert sorted(codes) == sorted(second), "one item per code of codebook-2, no more"


def test_gold_types_follow_the_cameo_table(lang_articles) -> None:
    _, articles = lang_articles
    assert_types_follow_the_cameo_table(articles)

def test_fields_are_well_formed(lang_articles) -> None:
    _, articles = lang_articles
    assert_fields_well_formed(articles)

def test_no_country_is_in_more_than_three_items(lang_articles) -> None:
    _, articles = lang_articles
    assert_actors_spread(articles)


def test_no_item_repeats_an_earlier_set_text(lang_articles) -> None:
    lang, articles = lang_articles
    assert_no_earlier_text(articles, lang, ("codebook", "codebook-2"))


def test_items_are_the_same_events_in_both_languages() -> None:
    """Each French item states the events of the English item of the same code."""
    assert_same_events_in_both_languages("codebook-3")


@pytest.mark.parametrize("lang", LANGS)
def test_coder_holds_its_figures_on_the_third_unseen_set(lang: str) -> None:
    assert_figures_hold(_path(lang), lang, FLOORS[lang])

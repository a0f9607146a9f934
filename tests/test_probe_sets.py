"""The probe sets of tests/data/probes (one-sentence items written per CAMEO code or per
construction to find and measure wording classes; their README says who wrote each and
when) stay well-formed gold: ``chronicle eval`` reads each one, every item is in the
language its file names, every event's CAMEO code is a code of the CAMEO table, and
every evidence is text of its item. They are not floors (their scores are in the README);
a broken probe file would silently stop measuring."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.evaluate.gold import load_gold
from chronicle.ontology.cameo import read_cameo_table

PROBES = Path(__file__).parent / "data" / "probes"
FILES = sorted(PROBES.glob("*.jsonl"))
CAMEO = read_cameo_table()


def test_there_are_probe_sets_in_both_languages():
    assert {f.name.rsplit(".", 2)[-2] for f in FILES} == {"en", "fr"}


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_a_probe_set_is_gold_the_eval_reads(path: Path):
    lang = path.name.rsplit(".", 2)[-2]
    articles = load_gold(path)
    # a set measures a class with ten one-sentence items or more (most hold 20 to 500); sets of
    # whole articles (a headline restated in its story) with five articles or more
    least = 5 if any("\n\n" in article.text for article in articles) else 10
    assert len(articles) >= least
    for article in articles:
        assert article.lang in (None, lang), (path.name, article.article_id)
        for event in article.events:
            assert CAMEO.rows_for(event["cameo"]), (path.name, article.article_id, event["cameo"])
            evidence = event.get("evidence")
            assert not evidence or evidence in article.text, (path.name, article.article_id, evidence)

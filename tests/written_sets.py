"""The checks every written news set of ``tests/data/news/`` passes: whole articles
in the gold format (a headline without a full stop, a blank line, a story of so many
sentences, each gold event's evidence taken from the text and carrying its CAMEO
code), and a floor on the figures ``chronicle eval`` gives on it, run as users run
it, so that a regression of the coder fails."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

NEWS = Path(__file__).parent / "data" / "news"


@dataclass(frozen=True)
class WrittenSet:
    """One written set: its file, language and the shape of its stories."""

    path: Path
    lang: str
    sentences: tuple[int, int]  # fewest and most story sentences of an article
    sentence_end: re.Pattern[str]  # a mark that ends a story sentence

    def articles(self) -> list[dict]:
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def check_format(self, least_articles: int = 24) -> None:
        """At least ``least_articles`` articles of the set's language, ids unique."""
        articles = self.articles()
        assert len(articles) >= least_articles
        assert len({a["article_id"] for a in articles}) == len(articles)
        fewest, most = self.sentences
        for article in articles:
            assert article["lang"] == self.lang
            headline, story = article["text"].split("\n\n", 1)
            assert not headline.rstrip().endswith((".", "!", "?")), article["article_id"]
            sentences = len(self.sentence_end.findall(story))
            assert fewest <= sentences <= most, (article["article_id"], sentences)
            for event in article["events"]:
                assert event["evidence"] in article["text"], (article["article_id"], event["evidence"])
                assert event["cameo"], (article["article_id"], event["evidence"])

    def check_floors(self, f1: float, precision: float, recall: float) -> None:
        """``chronicle eval --format json`` on the set: the coder sees each article's id
        and text only, as in every gold evaluation."""
        run = subprocess.run(
            [sys.executable, "-m", "chronicle", "eval", str(self.path), "--lang", self.lang, "--format", "json"],
            capture_output=True, text=True, check=False,
        )
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout)
        assert report["articles"] == len(self.articles())
        summary = (report["precision"], report["recall"], report["f1"], report["tp"], report["fp"], report["fn"])
        assert report["f1"] >= f1, summary
        assert report["precision"] >= precision, summary
        assert report["recall"] >= recall, summary

"""Hand-made events for the store tests: known data to check every filter against.

They go in through the store's own ingest path (``Ingester``) with a stand-in
coder that returns these events, so merging and counting run exactly as for
coded articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from chronicle.model import ActorRecord, Article, CodingResult, DateRecord, Event, LocationRecord, PartialDate

DATA = Path(__file__).parent / "data"

TRUMP = ActorRecord(text="Donald Trump", name="Donald Trump", country="USA", sector="GOV", role="President of the United States")
KIM = ActorRecord(text="Kim Jong-un", name="Kim Jong-un", country="PRK", sector="GOV", role="Supreme Leader of North Korea")
MOON = ActorRecord(text="Moon Jae-in", name="Moon Jae-in", country="KOR", sector="GOV")
XI = ActorRecord(text="Xi Jinping", name="Xi Jinping", country="CHN", sector="GOV")
US_ARMY = ActorRecord(text="l'armée américaine", country="USA", sector="MIL")
KPA = ActorRecord(text="l'armée nord-coréenne", country="PRK", sector="MIL")
SEOUL_CROWD = ActorRecord(text="des manifestants", country="KOR", sector="CVL")
HANOI = LocationRecord(text="Hanoï", name="Hanoi", country="VNM", lat=21.0245, lon=105.84117, geonameid=1581130)
BEIJING = LocationRecord(text="Pékin", name="Beijing", country="CHN", lat=39.9075, lon=116.39723, geonameid=1816670)
WONSAN = LocationRecord(text="Wonsan", name="Wonsan", country="PRK")


def event(article: str, n: int, event_type: str, source: ActorRecord | None, target: ActorRecord | None, day: str | None,
          sentence: str, **fields: object) -> Event:  # fmt: skip
    """A coded event as the coder would give it."""
    precision = {10: "day", 7: "month", 4: "year"}[len(day)] if day else None
    defaults: dict = dict(
        event_id=f"{article}-{n}", article_id=article, event_type=event_type, source=source, target=target,
        date=DateRecord(value=day, precision=precision) if day else None, trigger=sentence.split()[1],
        sentence=sentence, sentence_index=n, char_start=10 * n, char_end=10 * n + len(sentence),
        language="fr", confidence=0.8, quad_class=1, goldstein=1.0,
    )  # fmt: skip
    defaults.update(fields)
    return Event(**defaults)


MET = "Trump et Kim se sont rencontrés à Hanoï."
EVENTS: dict[str, list[Event]] = {
    "a1": [
        event("a1", 0, "CONSULT", TRUMP, KIM, "2019-02-27", MET, mode="third-party", cameo="044", goldstein=2.5,
              location=HANOI, mentions=2, confidence=0.9),
        event("a1", 1, "AGREE", TRUMP, KIM, "2019-02-28", "Le sommet a pris fin sans aucun accord.", cameo="03",
              goldstein=4.0, location=HANOI, polarity="negative"),
    ],  # fmt: skip
    "a2": [
        # The same meeting, actors in the other order (CONSULT is symmetric), less sure.
        event("a2", 0, "CONSULT", KIM, TRUMP, "2019-02-27", "Kim a retrouvé Trump à Hanoï mercredi.", mode="third-party",
              cameo="044", goldstein=2.5, location=HANOI, confidence=0.7),
        event("a2", 1, "THREATEN", US_ARMY, KPA, "2018-01-03", "L'armée américaine pourrait frapper le Nord.",
              cameo="138", quad_class=3, goldstein=-7.0, modality="hypothetical"),
    ],  # fmt: skip
    "a3": [
        event("a3", 0, "CONSULT", TRUMP, KIM, "2019-02-27", "Donald Trump a rencontré Kim Jong-un à Hanoï.",
              mode="third-party", cameo="044", goldstein=2.5, location=HANOI, confidence=0.6),
        event("a3", 1, "ASSAULT", KPA, None, "2019-05-04", "Des missiles ont été tirés près de Wonsan.", cameo="190",
              quad_class=4, goldstein=-10.0, location=WONSAN),
    ],  # fmt: skip
    "a4": [
        event("a4", 0, "CONSULT", MOON, XI, "2018-12", "Moon Jae-in doit rencontrer Xi Jinping à Pékin.", mode="visit",
              cameo="042", goldstein=1.9, location=BEIJING, modality="intended"),
        event("a4", 1, "PROTEST", SEOUL_CROWD, None, None, "Des manifestants ont protesté.", cameo="140",
              quad_class=3, goldstein=-6.5),
    ],  # fmt: skip
    "a5": [
        # Undated and vague: never merged with a4's protest, even with the same key fields.
        event("a5", 0, "PROTEST", SEOUL_CROWD, None, None, "Des manifestants ont protesté.", cameo="140",
              quad_class=3, goldstein=-6.5),
    ],  # fmt: skip
}
ARTICLES = [
    Article(id="a1", text="article one", source="hand.jsonl", line=1, url="https://www.kbs.co.kr/news/1", published=PartialDate(2019, 2, 28)),
    Article(id="a2", text="article two", source="hand.jsonl", line=2, url="https://en.yna.co.kr/view/2", published=PartialDate(2019, 2, 27)),
    Article(id="a3", text="article three", source="hand.jsonl", line=3, url="http://kbs.co.kr/news/3", published=PartialDate(2019, 5, 5)),
    Article(id="a4", text="article four", source="hand.jsonl", line=4, published=PartialDate(2018, 12)),
    Article(id="a5", text="article five", source="other.jsonl", line=1),
]  # fmt: skip


class HandCoder:
    """A stand-in coder returning the hand-made events of each article."""

    def __init__(self, events: dict[str, list[Event]] = EVENTS) -> None:
        self.events = events
        self.coded: list[str] = []

    def code_articles(self, articles: Iterable[Article], lang: str | None = None) -> Iterator[CodingResult]:
        for article in articles:
            self.coded.append(article.id)
            yield CodingResult(article, "fr", list(self.events.get(article.id, [])))


def french_lines() -> list[str]:
    """The French articles of the dev copy (reference + KBS), as JSONL lines."""
    lines = []
    for name in ("reference.jsonl", "news-dev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line).get("lang", "fr") == "fr":
                lines.append(line)
    return lines

"""Coding throughput against the cost floor: raw spaCy ``nlp.pipe`` on the same texts.

Usage: python bench/throughput.py [--articles N] [--lang fr]

Builds a corpus by repeating and shuffling the dev gold articles of one
language, then measures in one run: (1) the language pack's spaCy pipeline
alone (``nlp.pipe``), (2) Chronicle's coder end to end (clean, detect,
parse, extract, resolve, dedupe). Reports articles/s, words/s and the ratio
coder/raw. Models are loaded and warmed up before timing.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import time
from pathlib import Path

from chronicle.annotate import load_pipeline
from chronicle.clean import clean_text
from chronicle.model import Article
from chronicle.pipeline import Coder

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def corpus(lang: str, size: int, seed: int = 7) -> list[dict]:
    records = []
    for name in ("reference.jsonl", "news-dev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") == lang:
                records.append({"id": record["article_id"], "text": record["text"]})
    rng = random.Random(seed)
    out = [dict(records[i % len(records)], id=f"{records[i % len(records)]['id']}#{i}") for i in range(size)]
    rng.shuffle(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args()
    articles = corpus(args.lang, args.articles)
    words = sum(len(a["text"].split()) for a in articles)

    nlp = load_pipeline(args.lang)
    coder = Coder()
    warm = [Article(id=a["id"], text=a["text"], source="bench") for a in articles[:20]]
    list(coder.code_articles(warm, lang=args.lang))

    texts = [clean_text(a["text"]).text for a in articles]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    raw_seconds = time.perf_counter() - start

    start = time.perf_counter()
    events = 0
    for result in coder.code_articles((Article(id=a["id"], text=a["text"], source="bench") for a in articles), lang=args.lang):
        events += len(result.events)
    coder_seconds = time.perf_counter() - start

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(articles)
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, 1 process")
    print(f"corpus: {n} {args.lang} articles, {words} words, {events} events coded")
    print(f"raw spaCy nlp.pipe : {n / raw_seconds:8.1f} articles/s {words / raw_seconds:9.0f} words/s")
    print(f"chronicle code     : {n / coder_seconds:8.1f} articles/s {words / coder_seconds:9.0f} words/s")
    print(f"ratio coder / raw  : {raw_seconds / coder_seconds:8.2f}")
    print(f"peak memory        : {peak_mb:8.0f} MB")


if __name__ == "__main__":
    main()

"""Chronicle's own CPU time on parsed docs, apart from spaCy's parse.

Usage: python bench/coder_profile.py [--lang fr] [--repeat 3] [--profile FILE] [--top 40]

Reads the bench's dev articles and every written set of one language
(``tests/data/news/written*.LANG.jsonl``), cleans and parses each once with
the pack's pipeline (``nlp.pipe``), keeps the docs, then times what chronicle
does besides the parse: cleaning, and coding each parsed doc into events
(mentions, places, dates, triggers, arguments, assembly, dedupe) and rendering
its records, ``--repeat`` times. CPU time of this process (``time.process_time``),
so other jobs on the machine do not move the figures. With ``--profile`` the
coding runs once more under cProfile and the time of each stage (cumulative
time of the functions that make it) is printed, the whole profile written to
FILE for ``pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# (label, file name suffix, function name) of each stage's entry point, for the split
STAGES = (
    ("mentions", "extract/mentions.py", "find"),
    ("argument reader", "extract/arguments.py", "__init__"),
    ("places", "resolve/places.py", "find"),
    ("dates", "resolve/dates.py", "find"),
    ("triggers+arguments", "extract/events.py", "extract_candidates"),
    ("assembly", "resolve/assemble.py", "assemble"),
    ("names/mediators/remember", "chronicle/pipeline.py", "_remember"),
    ("  learn names", "chronicle/pipeline.py", "_learn_names"),
    ("  mediators", "chronicle/pipeline.py", "_note_mediators"),
    ("  listed mentions", "chronicle/pipeline.py", "listed_mentions"),
    ("sentence spans", "chronicle/pipeline.py", "sentence_spans"),
    ("games", "extract/games.py", "read"),
    ("dedupe", "chronicle/dedupe.py", "dedupe_article"),
    ("records", "export/records.py", "write_jsonl"),
)


def articles(lang: str) -> list[dict]:
    """The bench's dev articles of ``lang`` and every written set's."""
    files = [DATA / "reference.jsonl", DATA / "news-dev.jsonl", *sorted((DATA / "news").glob(f"written*.{lang}.jsonl"))]
    found = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang", lang) == lang:
                found.append(record)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--top", type=int, default=0, help="also print the profile's top functions by own time")
    args = parser.parse_args()

    from chronicle.export.records import write_jsonl
    from chronicle.model import Article, PartialDate
    from chronicle.pipeline import Coder

    started = time.process_time()
    coder = Coder()
    tools = coder.tools(args.lang)
    _ = coder.resolver
    load_seconds = time.process_time() - started

    records = articles(args.lang)
    items = [Article(id=r["article_id"], text=r["text"], source="bench",
                     published=PartialDate.parse(r["published"]) if r.get("published") else None, lang=args.lang)
             for r in records]
    started = time.process_time()
    prepared = [coder._prepare(a, args.lang) for a in items]
    prepare_seconds = time.process_time() - started

    started = time.process_time()
    docs = list(tools.nlp.pipe([p.cleaned.text for p in prepared], batch_size=16))
    parse_seconds = time.process_time() - started

    def code_all() -> tuple[int, str]:
        out = io.StringIO()
        count = 0
        for item, doc in zip(prepared, docs):
            events = coder._events(item, doc, tools)
            count += write_jsonl(events, out)
        return count, out.getvalue()

    timings = []
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        count, text = code_all()
        timings.append(time.process_time() - started)
    coding = min(timings)
    words = sum(len(d) for d in docs)
    print(f"{args.lang}: {len(items)} articles, {words} tokens, {count} events, output sha1 {hashlib.sha1(text.encode()).hexdigest()[:12]}")
    print(f"start-up (pack, pipeline, knowledge): {load_seconds:6.2f} s CPU")
    print(f"parse (nlp.pipe)                    : {parse_seconds:6.2f} s CPU")
    print(f"clean+prepare                       : {prepare_seconds:6.2f} s CPU")
    print(f"code parsed docs (min of {len(timings)})         : {coding:6.2f} s CPU  ({', '.join(f'{t:.2f}' for t in timings)})")
    print(f"chronicle's own / parse             : {(coding + prepare_seconds) / parse_seconds:6.3f}")

    if args.profile or args.top:
        profiler = cProfile.Profile()
        profiler.enable()
        code_all()
        profiler.disable()
        stats = pstats.Stats(profiler)
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
        print(f"profile total {total:.2f} s (own time, under cProfile)")
        for label, suffix, name in STAGES:
            cumulative = sum(v[3] for (path, _, func), v in stats.stats.items()  # type: ignore[attr-defined]
                             if func == name and path.endswith(suffix))
            print(f"  {label:<26} {cumulative:6.2f} s  {cumulative / total:5.1%}")
        if args.profile:
            stats.dump_stats(str(args.profile))
        if args.top:
            stream = io.StringIO()
            pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(args.top)
            print(stream.getvalue())


if __name__ == "__main__":
    sys.exit(main())

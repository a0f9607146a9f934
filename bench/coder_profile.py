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
FILE for ``pstats``. With ``--stages`` each stage's entry point is wrapped in a CPU timer
instead (a few microseconds per call, where cProfile inflates the stages of many small
calls several times over) and the split printed, nested stages indented.
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


# (label, module, owner in that module or None for a module function, name, depth) of the
# timed stages; a module function is timed where the caller looks it up
TIMED = (
    ("mentions", "chronicle.extract.mentions", "MentionFinder", "find", 0),
    ("argument reader", "chronicle.extract.arguments", "ArgumentReader", "__init__", 0),
    ("places", "chronicle.resolve.places", "PlaceFinder", "find", 0),
    ("dates", "chronicle.resolve.dates", "DateResolver", "find", 0),
    ("triggers+arguments", "chronicle.pipeline", None, "extract_candidates", 0),
    ("trigger finder", "chronicle.extract.triggers", "TriggerFinder", "find", 1),
    ("arguments", "chronicle.extract.events", None, "_read_with_contents", 1),
    ("modality", "chronicle.extract.events", None, "read_attitude", 1),
    ("assembly", "chronicle.resolve.assemble", "EventAssembler", "assemble", 0),
    ("mediators", "chronicle.pipeline", "Coder", "_note_mediators", 0),
    ("learn names", "chronicle.pipeline", "Coder", "_learn_names", 0),
    ("remember", "chronicle.pipeline", "Coder", "_remember", 0),
    ("listed mentions", "chronicle.pipeline", None, "listed_mentions", 0),
    ("sentence spans", "chronicle.pipeline", None, "sentence_spans", 0),
    ("games", "chronicle.extract.games", "GameReader", "read", 0),
    ("dedupe", "chronicle.pipeline", None, "dedupe_article", 0),
)


def timed_stages() -> dict[str, float]:
    """Wrap each stage of TIMED in a CPU timer; the seconds of each, by label, filled as they run
    (a stage's calls from inside itself counted once)."""
    import importlib

    seconds = {label: 0.0 for label, *_ in TIMED}
    for label, module_name, owner_name, name, _ in TIMED:
        module = importlib.import_module(module_name)
        owner = getattr(module, owner_name) if owner_name else module
        inner = getattr(owner, name)
        depth = [0]

        def timer(*args, _inner=inner, _label=label, _depth=depth, **kwargs):  # type: ignore[no-untyped-def]
            if _depth[0]:
                return _inner(*args, **kwargs)
            _depth[0] += 1
            started = time.process_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                seconds[_label] += time.process_time() - started
                _depth[0] -= 1

        setattr(owner, name, timer)
    return seconds


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
    parser.add_argument("--stages", action="store_true", help="also time each stage's entry point (CPU), without cProfile")
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

    if args.stages:
        seconds = timed_stages()
        started = time.process_time()
        code_all()
        total = time.process_time() - started
        print(f"stage split (CPU timers, one more run: {total:.2f} s)")
        for label, *_, depth in TIMED:
            print(f"  {'  ' * depth}{label:<{26 - 2 * depth}} {seconds[label]:6.2f} s  {seconds[label] / total:5.1%}")
        rest = total - sum(seconds[label] for label, *_, depth in TIMED if depth == 0)
        print(f"  {'other (records, glue)':<26} {rest:6.2f} s  {rest / total:5.1%}")

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

"""What the probe and codebook set generators share (tests/data/probes/*_make.py,
tests/data/codebook/codebook*_make.py): the gold format's actor, event and article
records, their keys in the order of the gold files (GUIDELINES, the gold format), and
writing them one JSON object a line. Each generator keeps its own items and the short
signature its item tables are written with; a generator imports this module with

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from probe_writer import gold_article, gold_event, party, write_jsonl

Generators of one-sentence items write their events as ``brief`` records and their articles
with ``sentence_item``.

Every generated file is byte-identical to what the generator wrote before it shared these
(tidy27: each generator run again and its files compared).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def party(country: str | None, sector: str | None = None, name: str | None = None) -> dict:
    """A gold actor: its name (a person's or an organisation's), country and sector."""
    return {"name": name, "country": country, "sector": sector}


def gold_event(event_type: str, cameo: str | None, source: dict | None, target: dict | None, evidence: str | None,
               *, mode: str | None = None, modality: str = "actual", polarity: str = "positive",
               required: bool = True, date: str | None = None, location: str | None = None) -> dict:
    """A gold event, its keys in the gold files' order."""
    return {"event_type": event_type, "mode": mode, "cameo": cameo, "source": source, "target": target,
            "date": date, "location": location, "polarity": polarity, "modality": modality,
            "evidence": evidence, "required": required}


def gold_article(article_id: str, lang: str, text: str, published: str | None, events: list[dict]) -> dict:
    """A gold article: its id, language, text, publication date and events."""
    return {"article_id": article_id, "lang": lang, "text": text, "published": published, "events": events}


def brief(etype: str, cameo: str | None, src: str | None, tgt: str | None, mod: str = "actual",
          pol: str = "positive", req: bool = True, mode: str | None = None) -> dict:
    """A generator's short record of a gold event: type, CAMEO code, the source's and the
    target's country codes, modality, polarity, whether it is required, and mode."""
    return dict(etype=etype, cameo=cameo, src=src, tgt=tgt, mod=mod, pol=pol, req=req, mode=mode)


def sentence_item(article_id: str, lang: str, text: str, published: str, events: list[dict],
                  evidence: str | None = None) -> dict:
    """A gold article of one item whose events are ``brief`` records, each party a bare country,
    each event's evidence ``evidence`` (the item's text where none is given)."""
    return gold_article(article_id, lang, text, published, [
        gold_event(e["etype"], e["cameo"], party(e["src"]), party(e["tgt"]), evidence or text, mode=e["mode"],
                   modality=e["mod"], polarity=e["pol"], required=e["req"]) for e in events])


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    """Write ``records`` to ``path``, one JSON object a line, non-ASCII letters as they are."""
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_row_sets(name: str, sets: dict, folder: str | Path, published: str) -> None:
    """Write the sets of a generator whose items are rows (leads24, leads25): ``sets`` maps
    (number, lang) to items (suffix, text, events), each event a row (type, cameo, source
    country, source sector, target country, target sector, modality, evidence, required);
    each set goes to ``folder``/``name``-number.lang.jsonl."""
    for (number, lang), items in sets.items():
        write_jsonl(Path(folder) / f"{name}-{number}.{lang}.jsonl", (
            gold_article(f"{name}-{number}-{lang}-{suffix}", lang, text, published, [
                gold_event(t, cameo, party(sc, ss), party(tc, ts) if tc or ts else None, evidence,
                           modality=modality, required=required)
                for t, cameo, sc, ss, tc, ts, modality, evidence, required in events])
            for suffix, text, events in items))


def sentence_evidence(events: list[dict], text: str) -> list[dict]:
    """``events`` with the item's sentence (its final full stop dropped) as the evidence of
    those that name none."""
    for event in events:
        if event["evidence"] is None:
            event["evidence"] = text.rstrip(".")
    return events


_NO_STATE = ("UNO", "IGO", "EUR", "NAT", "NGO")  # codes of bodies, not states, left out of the country count


def write_codebook_items(path: str, tag: str, items: list, published: str) -> None:
    """Write a one-sentence codebook set (codebook5_en_make, codebook6_en_make): ``items``
    are (code, kind, text, events); the articles go to ``path`` (id ``tag``-code-a, each
    event's evidence the sentence where it names none) and the kinds of wording to the
    .kinds.tsv beside it; how often each state is a party is said on standard error, so
    that no state is over-used (more than two items)."""
    import collections
    import sys

    articles, count = [], collections.Counter()
    for code, _kind, text, events in items:
        states = {e[s]["country"] for e in sentence_evidence(events, text) for s in ("source", "target")
                  if e[s] and e[s]["country"] and e[s]["country"] not in _NO_STATE}
        count.update(states)
        articles.append(gold_article(f"{tag}-{code}-a", "en", text, published, events))
    over = {c: n for c, n in count.items() if n > 2}
    print(len(articles), "items;", len(count), "countries; over 2:", over, collections.Counter(k for _, k, _, _ in items), file=sys.stderr)
    write_jsonl(path, articles)
    with open(path.replace(".jsonl", ".kinds.tsv"), "w", encoding="utf-8") as out:
        for code, kind, _text, _events in items:
            out.write(f"{code}\t{kind}\n")

"""Gold events whose trigger the pack knows but whose guard refused it.

``chronicle packs refused GOLD... --lang en`` codes the gold articles, and for every
required gold event (optional ones count neither way when missed) of which no event
of its PLOVER type was produced in its sentence, looks
for a word of the sentence that the pack has as a hand-written trigger of that type
("known verb"). For each such word it tells why no event came of it:

* the guard that refused the entry, found by testing the entry again with one guard
  taken away at a time (``TriggerFinder.entry_fits``): ``requires`` split into an
  *object class* (content words) and a *particle/preposition* (function words),
  ``excludes`` (an excluded word near), ``requires_object``, ``requires_clause``,
  ``reflexive``, ``standalone`` (a noun without its carrier verb), ``pattern`` and
  ``pattern_before`` (a subject class);
* ``part of speech``: the word is tagged so that none of the type's entries applies;
* ``another entry won``: an entry of another type fitted first;
* ``found, lost later``: the entry fitted and the event was lost after (actors,
  modality, assembly), which no guard explains.

The counts by entry and by guard kind say which guards hold back ordinary news, a
lever by class rather than by word.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span, Token

from chronicle.packs import Trigger

# the guards taken away one at a time, with the value that switches each off
_GUARDS: tuple[tuple[str, object], ...] = (
    ("requires", ()),
    ("excludes", ()),
    ("requires_object", None),
    ("requires_clause", None),
    ("reflexive", None),
    ("standalone", True),
    ("pattern", ()),
    ("pattern_before", ()),
)


@dataclass(frozen=True)
class Refusal:
    """One gold event and the known trigger word of its sentence that gave no event."""

    article_id: str
    event_type: str
    cameo: str | None
    word: str
    entry: str  # "lemma TYPE cameo" of the entry refused, or of the one that won
    kind: str
    evidence: str


@dataclass
class Refusals:
    """The refusals of some gold files, with counts by guard kind and by entry."""

    items: list[Refusal] = field(default_factory=list)
    missed: int = 0  # gold events with no event of their type in their sentence
    known: int = 0  # of which, a word of the sentence is a trigger of their type

    def by_kind(self) -> Counter[str]:
        """Refusals per guard kind (one per gold event: its first known word's)."""
        return Counter(r.kind for r in self.items)

    def by_entry(self) -> Counter[tuple[str, str]]:
        """Refusals per (entry, guard kind)."""
        return Counter((r.entry, r.kind) for r in self.items)

    def to_dict(self) -> dict:
        """A JSON-ready view."""
        return {"missed": self.missed, "known": self.known,
                "by_kind": dict(self.by_kind().most_common()),
                "by_entry": [{"entry": e, "kind": k, "count": n} for (e, k), n in self.by_entry().most_common()],
                "items": [r.__dict__ for r in self.items]}


def requires_kind(entry: Trigger, stop_words: frozenset[str]) -> str:
    """``requires`` of content words is an object class; of function words only, a particle or preposition."""
    return "particle/preposition" if all(w.lower() in stop_words for w in entry.requires) else "object class"


def refused_guard(finder, token: Token, sentence: Span, entry: Trigger, stop_words: frozenset[str]) -> str | None:
    """The guard of ``entry`` that refuses ``token`` (None when the entry fits): the first
    guard whose removal alone makes the entry fit, else "several guards"."""
    if finder.entry_fits(token, sentence, entry):
        return None
    for name, off in _GUARDS:
        if getattr(entry, name) == off:
            continue
        if finder.entry_fits(token, sentence, entry.model_copy(update={name: off})):
            if name == "requires":
                return requires_kind(entry, stop_words)
            if name == "requires_object":
                return "object required" if entry.requires_object else "object forbidden"
            if name == "pattern_before":
                return "subject class (pattern_before)"
            if name == "standalone":
                return "carrier (noun)"
            return {"excludes": "excluded word", "requires_clause": "clause", "reflexive": "reflexive", "pattern": "pattern"}[name]
    return "several guards"


def _label(entry: Trigger) -> str:
    return f"{entry.lemma} {entry.type} {entry.cameo or ''}".strip()


# which finding of a sentence's known words is reported: a refusing guard first
_RANK = {"another entry won": 1, "found, lost later": 2, "part of speech": 3}


def _rank(kind: str) -> int:
    return next((rank for prefix, rank in _RANK.items() if kind.startswith(prefix)), 0)


def diagnose(finder, sentence: Span, event_type: str, stop_words: frozenset[str]) -> tuple[str, str, str] | None:
    """(word, entry, kind) for the word of ``sentence`` that is a hand-written trigger of
    ``event_type`` and tells most (a refusing guard before an entry of another type, an
    entry that fitted, a tag that fits no entry); None when no word is such a trigger."""
    chosen = {m.token.i: m.entry for m in finder.find(sentence)}
    found: list[tuple[str, str, str]] = []
    for token in sentence:
        keys = (token.lemma_.lower(), token.lower_)
        entries = [c.entry for key in keys for c in finder.by_lemma.get(key, ()) if c.entry.petrarch is None and c.entry.type == event_type]
        if not entries:
            continue
        if token.i in chosen:
            won = chosen[token.i]
            found.append((token.text, _label(won), "found, lost later" if won.type == event_type else f"another entry won ({won.type})"))
            continue
        by_pos = [c.entry for c in finder.entries_of(token) if c.entry.petrarch is None and c.entry.type == event_type]
        if not by_pos:
            found.append((token.text, _label(entries[0]), f"part of speech ({token.pos_})"))
            continue
        entry = by_pos[0]
        found.append((token.text, _label(entry), refused_guard(finder, token, sentence, entry, stop_words) or "found, lost later"))
    return min(found, key=lambda hit: _rank(hit[2])) if found else None


def measure(paths: list[Path], lang: str) -> Refusals:
    """Code the gold articles of ``paths`` in ``lang`` and collect the refusals."""
    # imported here: the other packs commands need no language pipeline
    from chronicle.evaluate.fields import evidence_in
    from chronicle.evaluate.gold import load_gold
    from chronicle.model import Article
    from chronicle.pipeline import Coder

    coder = Coder()
    tools = coder.tools(lang)
    stop_words = frozenset(tools.nlp.Defaults.stop_words)
    found = Refusals()
    for path in paths:
        for gold in (a for a in load_gold(path) if a.lang == lang):
            result = coder.code_article(Article(id=gold.article_id, text=gold.text, source=str(path), line=gold.line))
            system = [e.model_dump(mode="json") for e in result.events]
            for event in gold.events:
                evidence = event.get("evidence") or ""
                # optional gold events (required: false) count neither way when missed
                if event.get("polarity") == "negative" or event.get("required") is False or not evidence.strip():
                    continue
                if any(s.get("event_type") == event["event_type"] and evidence_in(s.get("sentence"), evidence) for s in system):
                    continue
                found.missed += 1
                for sentence in tools.nlp(evidence).sents:
                    hit = diagnose(tools.triggers, sentence, event["event_type"], stop_words)
                    if hit is not None:
                        found.known += 1
                        found.items.append(Refusal(gold.article_id, event["event_type"], event.get("cameo"), *hit, evidence))
                        break
    return found


def render(found: Refusals) -> str:
    """Plain-text report: the totals, the counts by kind and by entry, then each refusal."""
    lines = [f"gold events with no event of their type: {found.missed}; with a known trigger word: {found.known}", "", "by guard kind:"]
    lines += [f"  {n:4d}  {kind}" for kind, n in found.by_kind().most_common()]
    lines += ["", "by entry:"]
    lines += [f"  {n:4d}  {entry:40s} {kind}" for (entry, kind), n in found.by_entry().most_common()]
    lines += ["", "refusals:"]
    lines += [f"  {r.article_id}  {r.event_type} {r.cameo or ''}  '{r.word}' {r.entry} [{r.kind}]: {r.evidence}" for r in found.items]
    return "\n".join(lines)


def to_json(found: Refusals) -> str:
    """The ``--format json`` output."""
    return json.dumps(found.to_dict(), ensure_ascii=False, indent=1)

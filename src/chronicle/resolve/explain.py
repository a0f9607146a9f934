"""What ``chronicle code --explain`` says about one sentence: the extractor's
candidates (trigger, lexicon entry, frame, arguments, negation and modality
cues) and, for each, what every assembly step decided, the filter that dropped
it, and the events it gave that the article keeps.

The cues listed are the words near the trigger that the pack's grammar lists
as negation or modality words (``chronicle.extract.modality`` decides with
them); they explain the polarity and modality, they do not recompute them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Span, Token

from chronicle.extract.events import EventCandidate
from chronicle.extract.mentions import Mention
from chronicle.extract.modality import _group, _scope, negation_holders
from chronicle.packs import Grammar, Trigger
from chronicle.resolve.assemble import Explanation


def sentence_record(article_id: str, index: int, offsets: tuple[int, int, str],
                    candidates: Sequence[tuple[EventCandidate, Explanation]], kept: set[str],
                    grammar: Grammar) -> dict[str, Any]:  # fmt: skip
    """One sentence's explanation as a JSON-ready record (``offsets``: start, end and text as received)."""
    start, end, text = offsets
    return {
        "article_id": article_id,
        "sentence_index": index,
        "char_start": start,
        "char_end": end,
        "sentence": text,
        "candidates": [_candidate(c, e, kept, grammar) for c, e in candidates],
    }


def _candidate(candidate: EventCandidate, explanation: Explanation, kept: set[str], grammar: Grammar) -> dict[str, Any]:
    entry = candidate.entry
    participants, attitude = candidate.participants, candidate.attitude
    return {
        "trigger": candidate.trigger.text,
        "entry": {
            "lemma": entry.lemma,
            "type": entry.type,
            "mode": entry.mode,
            "cameo": entry.cameo,
            "frame": candidate.frame_name,  # the converse frame, where the sentence read the entry so
            "confidence": entry.confidence,
            "source": entry.source,
        },
        "arguments": {
            "sources": _texts(participants.sources, candidate.sentence),
            "targets": _texts(participants.targets, candidate.sentence),
            "passive": participants.passive,
            "among": participants.among,
            "object_event": participants.object_event,
        },
        "attitude": {
            "polarity": attitude.polarity,
            "modality": attitude.modality,
            "tense": attitude.tense,
            "speaker": attitude.speaker.text if attitude.speaker is not None else None,
            "cues": attitude_cues(candidate.trigger, entry, grammar),
        },
        "steps": [{"step": step, "decided": decided} for step, decided in explanation.steps],
        "dropped": explanation.dropped,
        "events": explanation.events,
        # an event the article states twice is kept once (chronicle.dedupe)
        "merged_away": [e for e in explanation.events if e not in kept],
    }


def _texts(mentions: Iterable[Mention], sentence: Span) -> list[str]:
    doc = sentence.doc
    return [doc[m.start : m.end].text for m in mentions]


def attitude_cues(trigger: Token, entry: Trigger, grammar: Grammar) -> list[str]:
    """The negation and modality words around the trigger, each with the list of the pack's grammar it is in."""
    cues: list[str] = []
    if entry.negative:
        cues.append(f"{entry.lemma!r}: the trigger itself says it did not happen")
    scope = _scope(trigger, grammar)
    for token in negation_holders(trigger, grammar):
        for child in token.children:
            if child.lower_ in grammar.negation_words:
                cues.append(f"{child.text!r}: negation word")
    for child in trigger.children:
        if child.lower_ in grammar.negative_prepositions:
            cues.append(f"{child.text!r}: negative preposition")
    for token in scope:
        for child in token.children:
            if child.lower_ in grammar.counterfactual_adverbs:
                cues.append(f"{child.text!r}: counterfactual adverb")
            if child.dep_ in ("amod", "acl", "advmod"):
                if child.lower_ in grammar.hypothetical_modifiers:
                    cues.append(f"{child.text!r}: hypothetical modifier")
                if child.lower_ in grammar.intention_modifiers:
                    cues.append(f"{child.text!r}: intention modifier")
    for governor in scope[1:]:
        for words, what in ((grammar.negating_governors, "negating governor"), (grammar.hypothetical_governors, "hypothetical governor"),
                            (grammar.intention_governors, "intention governor"), (grammar.future_auxiliaries, "future auxiliary")):  # fmt: skip
            if governor.lemma_.lower() in words or governor.lower_ in words:
                cues.append(f"{governor.text!r}: {what}")
    for token in scope:
        for part in _group(token):
            if part.dep_.startswith("aux"):
                for words, what in ((grammar.hypothetical_auxiliaries, "hypothetical auxiliary"), (grammar.future_auxiliaries, "future auxiliary"),
                                    (grammar.future_in_past_auxiliaries, "future-in-the-past auxiliary")):  # fmt: skip
                    if part.lemma_.lower() in words or part.lower_ in words:
                        cues.append(f"{part.text!r}: {what}")
            if "Cnd" in part.morph.get("Mood"):
                cues.append(f"{part.text!r}: conditional mood")
    return list(dict.fromkeys(cues))


def explanation_text(record: dict[str, Any]) -> str:
    """A sentence's explanation as indented lines for a terminal (values as given: escape before printing)."""
    lines = [f"{record['article_id']} sentence {record['sentence_index']} [{record['char_start']}:{record['char_end']}]: {record['sentence']}"]
    for c in record["candidates"]:
        entry, args, attitude = c["entry"], c["arguments"], c["attitude"]
        coded = entry["type"] + (f"/{entry['mode']}" if entry["mode"] else "") + (f" {entry['cameo']}" if entry["cameo"] else "")
        lines.append(f"  candidate {c['trigger']!r}: lemma {entry['lemma']!r} -> {coded}, frame {entry['frame']}, "
                     f"confidence {entry['confidence']}")  # fmt: skip
        lines.append(f"    entry source: {entry['source']}")
        extra = [name for name in ("passive", "among") if args[name]] + ([f"acts on an event: {args['object_event']}"] if args["object_event"] else [])
        lines.append(f"    arguments: sources {args['sources'] or 'none'}, targets {args['targets'] or 'none'}" + (f" ({', '.join(extra)})" if extra else ""))
        speaker = f", reported by {attitude['speaker']!r}" if attitude["speaker"] else ""
        lines.append(f"    attitude: {attitude['polarity']} {attitude['modality']}, {attitude['tense']}{speaker}; "
                     f"cues: {'; '.join(attitude['cues']) or 'none'}")  # fmt: skip
        for step in c["steps"]:
            lines.append(f"    {step['step']}: {step['decided']}")
        if c["dropped"]:
            lines.append(f"    DROPPED: {c['dropped']}")
        kept = [e for e in c["events"] if e not in c["merged_away"]]
        if kept:
            lines.append(f"    KEPT: {', '.join(kept)}")
        if c["merged_away"]:
            lines.append(f"    merged into an earlier statement of the same event: {', '.join(c['merged_away'])}")
    return "\n".join(lines)

"""Propose French trigger verbs and event nouns from the LibreOffice French thesaurus.

Usage (development time only; nothing at install or run time reads the thesaurus)::

    python -m chronicle.packs.thesaurus_synonyms /usr/share/mythes/thes_fr.dat -o /tmp/thes-proposals.yaml

For every verb trigger of the French pack (its ``lemma`` and ``synonyms``; entries
with a word ``pattern`` or a reflexive reading are left out: a synonym does not
share them) the generator looks the verb up in the thesaurus (Debian package
``mythes-fr``) and proposes its verb synonyms that no French trigger has yet;
for every noun trigger (``pos: [NOUN]``), its noun synonyms. The thesaurus lists
the synonyms of all a word's senses in one line ("condamner": blâmer, murer,
promettre...), so a synonym is proposed only when its own entry lists the head
back (the link back keeps mostly the shared sense); ``support`` counts the head
words of the same CAMEO code that list it. Each proposal carries the head
entry's coding (code, type, mode, frame, sense guards), which a kept entry
copies.

The output is a REVIEW LIST, not a trigger file (by default the proposals that two
or more head words of a code list: ``--min-support``): the review
(``packs/thesaurus_review.yaml``: every proposal kept or dropped by hand, with a
reason) is data, and ``--review`` rebuilds
``packs/fr/triggers/thesaurus-verbs.yaml`` from it::

    python -m chronicle.packs.thesaurus_synonyms /usr/share/mythes/thes_fr.dat \\
        --review src/chronicle/packs/thesaurus_review.yaml -o src/chronicle/packs/fr/triggers/thesaurus-verbs.yaml

The French thesaurus is Copyright Kevin Hendricks, Frederic Labbé and Laurent
Godard, GNU LGPL 2.1 or later (see NOTICE).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from chronicle.packs.mythes import Thesaurus, lists, read_thesaurus, synonyms
from chronicle.packs.wordnet_synonyms import entry_coding, load_entries, render_entries, write_result

OUTPUT_NAME = "thesaurus-verbs.yaml"  # the reviewed result, left out when proposing so a rerun sees the same list
THESAURUS = "the LibreOffice French thesaurus (mythes-fr, thes_fr.dat)"


@dataclass(frozen=True)
class Proposal:
    """A word the thesaurus puts beside a head word of the pack, with the head entry's coding."""

    word: str
    pos: str  # "VERB" or "NOUN"
    head: str
    support: int  # head words of the same code (and part of speech) that list the word
    entry: dict

    @property
    def code(self) -> str:
        """The CAMEO code of the head entry, or its PLOVER type where it has none."""
        return str(self.entry.get("cameo", self.entry["type"]))


def _pos(entry: dict) -> str | None:
    """The part of speech a thesaurus lookup uses for an entry: VERB, NOUN, or None
    for entries the generator leaves out (adjectives, mixed, patterns, reflexives)."""
    pos = entry.get("pos", ["VERB"])
    if entry.get("pattern") or entry.get("pattern_before") or entry.get("reflexive"):
        return None
    if pos == ["VERB"]:
        return "VERB"
    if pos == ["NOUN"]:
        return "NOUN"
    return None


def _heads(entry: dict) -> list[str]:
    return [entry["lemma"], *entry.get("synonyms", [])]


def known_words(entries: Iterable[dict], pos: str) -> set[str]:
    """Every lemma or synonym the entries already trigger on in part of speech ``pos``."""
    known: set[str] = set()
    for entry in entries:
        if pos in entry.get("pos", ["VERB"]):
            known.update(word.lower() for word in _heads(entry))
    return known


def propose(entries: list[dict], thesaurus: Thesaurus) -> list[Proposal]:
    """Proposals for every plain verb and noun entry of ``entries``.

    A word is proposed once per (word, part of speech, CAMEO code, frame): the
    first head that yields it names its provenance, and ``support`` counts the
    distinct heads of that code and part of speech listing it with a link back.
    """
    known = {pos: known_words(entries, pos) for pos in ("VERB", "NOUN")}
    firsts: dict[tuple[str, str, str, str], tuple[str, dict]] = {}
    heads_of: dict[tuple[str, str, str], set[str]] = {}
    for entry in entries:
        pos = _pos(entry)
        if pos is None:
            continue
        coding = entry_coding(entry)
        code = str(coding.get("cameo", coding["type"]))
        for head in _heads(entry):
            for word in synonyms(thesaurus, head, pos):
                if word.lower() in known[pos] or not lists(thesaurus, word, head, pos):
                    continue
                heads_of.setdefault((word, pos, code), set()).add(head)
                firsts.setdefault((word, pos, code, coding["frame"]), (head, coding))
    return [
        Proposal(word, pos, head, len(heads_of[(word, pos, code)]), coding)
        for (word, pos, code, _), (head, coding) in firsts.items()
    ]


def render(proposals: list[Proposal], min_support: int = 1) -> str:
    """The review list as YAML: one item per proposal listed by ``min_support`` or more
    head words of its code, by CAMEO code, best supported first."""
    items = [
        {"word": p.word, "pos": p.pos, "head": p.head, "support": p.support, **p.entry}
        for p in sorted(proposals, key=lambda p: (p.code, p.pos, -p.support, p.word))
        if p.support >= min_support
    ]
    counts = Counter(p.pos for p in proposals)
    header = (
        f"# {len(items)} proposals listed by {min_support} or more head words of their code, of "
        f"{counts['VERB']} verb and {counts['NOUN']} noun proposals from {THESAURUS}\n"
    )
    return header + yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=200)


def reviewed_entry(proposal: Proposal, note: str, **guards: object) -> dict:
    """A trigger entry for a proposal a reviewer kept: the head entry's coding, the
    reviewer's guards (``excludes`` add to the head's; ``requires``,
    ``requires_object`` replace them; None lifts them) and provenance."""
    entry = {"lemma": proposal.word, **({"pos": ["NOUN"]} if proposal.pos == "NOUN" else {}), **proposal.entry, **guards}
    if "excludes" in guards:
        entry["excludes"] = list(dict.fromkeys([*proposal.entry.get("excludes", []), *guards["excludes"]]))
    entry = {key: value for key, value in entry.items() if value is not None}
    entry["confidence"] = 0.5
    entry["source"] = (
        f"{THESAURUS}: a synonym of '{proposal.head}' listing it back; coding copied from the "
        f"'{proposal.head}' entry; {note}"
    )
    return entry


def find(proposals: list[Proposal], word: str, head: str, code: str, pos: str = "VERB", frame: str | None = None) -> Proposal:
    """The proposal of ``word`` in part of speech ``pos`` from head ``head`` under CAMEO
    ``code`` (and ``frame`` when given: one head may have several entries of a code).

    A word is proposed once per code and frame under the first head that yields
    it; a head the reviewer names that is another head of the same code is
    accepted when no proposal names it.
    """
    matching = [p for p in proposals if p.word == word and p.pos == pos and p.code == code and frame in (None, p.entry["frame"])]
    for proposal in matching:
        if proposal.head == head:
            return proposal
    if matching:
        return matching[0]
    raise KeyError(f"no proposal {word!r} ({pos}) from {head!r} {code} {frame or ''}")


REVIEW_KEYS = ("word", "head", "code", "pos", "frame", "note")
MIN_SUPPORT = 2  # the review list: proposals listed by two or more head words of their code


def unreviewed(proposals: list[Proposal], review: dict, min_support: int = MIN_SUPPORT) -> list[Proposal]:
    """The proposals of the review list (support >= ``min_support``) the review neither
    keeps nor drops: a dropped item names its codes and a reason, and either the
    words it drops or none, for every other proposal of those codes."""
    kept = {(item["word"], item.get("pos", "VERB"), str(item["code"])) for item in review["kept"]}
    dropped_words = {(word, str(code)) for item in review["dropped"] for code in item["codes"] for word in item.get("words", [])}
    dropped_codes = {str(code) for item in review["dropped"] if not item.get("words") for code in item["codes"]}
    return [
        p
        for p in proposals
        if p.support >= min_support
        and (p.word, p.pos, p.code) not in kept
        and (p.word, p.code) not in dropped_words
        and p.code not in dropped_codes
    ]


def apply_review(proposals: list[Proposal], review: dict) -> str:
    """The trigger file a review (``thesaurus_review.yaml``: a ``header``, the ``kept``
    words with head, code, note and guards, and the ``dropped`` ones with their reason)
    makes of the proposals; every proposal of the review list must be kept or dropped."""
    missing = unreviewed(proposals, review)
    if missing:
        raise ValueError(f"{len(missing)} proposals neither kept nor dropped, e.g. {[(p.word, p.code) for p in missing[:5]]}")
    entries = []
    for item in review["kept"]:
        guards = {k: v for k, v in item.items() if k not in REVIEW_KEYS}
        proposal = find(proposals, item["word"], item["head"], str(item["code"]), item.get("pos", "VERB"), item.get("frame"))
        entries.append(reviewed_entry(proposal, item["note"], **guards))
    return review.get("header", "") + render_entries(entries)


def main(argv: list[str] | None = None) -> int:
    """Command line: write the review list of proposals for the French pack, or a review's trigger file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("thesaurus", type=Path, help="a MyThes .dat file (thes_fr.dat)")
    parser.add_argument("--pack", type=Path, default=Path(__file__).parent / "fr")
    parser.add_argument("--review", type=Path, help="write the trigger file of this review instead of the list")
    parser.add_argument("--min-support", type=int, default=MIN_SUPPORT, help="list only words this many head words of a code list")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    proposals = propose(load_entries(args.pack, skip=OUTPUT_NAME), read_thesaurus(args.thesaurus))
    if args.review:
        text = apply_review(proposals, yaml.safe_load(args.review.read_text(encoding="utf-8")))
    else:
        text = render(proposals, args.min_support)
    write_result(text, args.output, len(proposals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

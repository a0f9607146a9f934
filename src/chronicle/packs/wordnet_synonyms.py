"""Propose English trigger verbs from WordNet 3.0 synonyms of the pack's head verbs.

Usage (development time only; nothing at install or run time reads WordNet)::

    python -m chronicle.packs.wordnet_synonyms /usr/share/wordnet -o /tmp/wn-proposals.yaml

For every verb trigger of the English pack (its ``lemma`` and ``synonyms``), the
generator looks the verb up in WordNet's ``index.verb``, takes its first
``--senses`` synsets (WordNet orders senses by frequency; later senses are rarely
the news sense), and proposes every one-word member of those synsets and of
their direct hyponyms (``~`` pointers of ``data.verb``) that no English trigger
has yet, as lemma or synonym. Each proposal carries what a reviewer needs and
what the reviewed entry must copy: the CAMEO code, type, mode, frame and sense
guards (``requires``, ``excludes``, ``requires_object``) of the head verb's
entry, and its provenance (head verb, synset offset, gloss).

The output is a REVIEW LIST, not a trigger file: WordNet's synsets mix senses
("shell" the town / the peas, "court" a partner / a ruling), so each proposal
is kept, guarded or dropped by hand, and the kept ones are written to
``packs/en/triggers/wordnet-verbs.yaml`` with their provenance: the review
(``packs/wordnet_review.yaml``: kept verb, head, code, note, added guards) is
data, and ``--review`` rebuilds the trigger file from it::

    python -m chronicle.packs.wordnet_synonyms /usr/share/wordnet \\
        --review src/chronicle/packs/wordnet_review.yaml -o src/chronicle/packs/en/triggers/wordnet-verbs.yaml

WordNet 3.0 is (c) 1996-2012 Princeton University under the WordNet licence
(see NOTICE).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronicle.packs import trigger_files
from chronicle.packs.wordnet import Synset, read_data, read_index


@dataclass
class WordNet:
    """The verb part of WordNet: lemma -> synset offsets (sense order), offset -> synset."""

    index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    synsets: dict[str, Synset] = field(default_factory=dict)


def read_wordnet(folder: Path) -> WordNet:
    """Read ``index.verb`` and ``data.verb`` of a WordNet 3.0 database folder."""
    return WordNet(read_index(folder / "index.verb"), read_data(folder / "data.verb"))


@dataclass(frozen=True)
class Proposal:
    """A verb WordNet puts beside a head verb of the pack, with the head entry's coding."""

    verb: str
    head: str
    relation: str  # "synonym" or "hyponym"
    synset: str
    gloss: str
    sense: int
    entry: dict


def entry_coding(entry: dict) -> dict:
    """The parts of a head entry a reviewed proposal copies (code, frame, sense guards)."""
    keys = ("type", "mode", "cameo", "frame", "requires", "excludes", "requires_object", "requires_clause")
    return {key: entry[key] for key in keys if entry.get(key) not in (None, [], ())}


def _heads(entry: dict) -> list[str]:
    return [entry["lemma"], *entry.get("synonyms", [])]


def known_verbs(entries: Iterable[dict]) -> set[str]:
    """Every verb lemma or synonym the entries already trigger on."""
    known: set[str] = set()
    for entry in entries:
        if "VERB" in entry.get("pos", ["VERB"]):
            known.update(word.lower() for word in _heads(entry))
    return known


def propose(entries: list[dict], wordnet: WordNet, senses: int = 3) -> list[Proposal]:
    """Proposals for every plain verb entry (no word ``pattern``) of ``entries``.

    A verb is proposed once per (verb, CAMEO code, frame): the first head verb
    that yields it names its provenance.
    """
    known = known_verbs(entries)
    seen: set[tuple[str, str, str]] = set()
    proposals: list[Proposal] = []
    for entry in entries:
        if "VERB" not in entry.get("pos", ["VERB"]) or entry.get("pattern") or entry.get("pattern_before"):
            continue
        coding = entry_coding(entry)
        for head in _heads(entry):
            for sense, offset in enumerate(wordnet.index.get(head.lower(), ())[:senses], start=1):
                synset = wordnet.synsets[offset]
                related = [(synset, "synonym")] + [(wordnet.synsets[h], "hyponym") for h in synset.hyponyms]
                for source, relation in related:
                    for verb in source.words:
                        key = (verb, str(coding.get("cameo", coding["type"])), coding["frame"])
                        if "_" in verb or verb in known or key in seen:
                            continue
                        seen.add(key)
                        proposals.append(Proposal(verb, head, relation, source.offset, source.gloss, sense, coding))
    return proposals


OUTPUT_NAME = "wordnet-verbs.yaml"  # the reviewed result, left out when proposing so a rerun sees the same list


def load_entries(folder: Path, skip: str = OUTPUT_NAME) -> list[dict]:
    """The raw trigger entries of a pack folder, in the loader's file order, without ``skip``."""
    entries: list[dict] = []
    for path in trigger_files(folder):
        if path.name == skip:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries += [e for e in data.get("triggers", []) if isinstance(e, dict) and "lemma" in e]
    return entries


def render(proposals: list[Proposal]) -> str:
    """The review list as YAML: one item per proposal, grouped by CAMEO code."""
    items = [
        {
            "verb": p.verb,
            **p.entry,
            "wordnet": f"{p.relation} of '{p.head}' sense {p.sense}, synset {p.synset}-v: {p.gloss[:120]}",
        }
        for p in sorted(proposals, key=lambda p: (str(p.entry.get("cameo", p.entry["type"])), p.verb))
    ]
    return yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=200)


def reviewed_entry(proposal: Proposal, note: str, **guards: object) -> dict:
    """A trigger entry for a proposal a reviewer kept: the head entry's coding, the
    reviewer's sense guards (``excludes``, ``requires``... override the head's) and
    provenance (head verb, WordNet synset, the review note)."""
    entry = {"lemma": proposal.verb, **proposal.entry, **guards}
    if "excludes" in guards:  # a reviewer's exclusions add to the head's, never drop them
        entry["excludes"] = list(dict.fromkeys([*proposal.entry.get("excludes", []), *guards["excludes"]]))
    entry = {key: value for key, value in entry.items() if value is not None}  # a guard set to None lifts the head's
    entry["confidence"] = 0.5
    entry["source"] = (
        f"WordNet 3.0 {proposal.relation} of '{proposal.head}' (sense {proposal.sense}, synset "
        f"{proposal.synset}-v: {proposal.gloss.split(';')[0]}); coding copied from the '{proposal.head}' entry; {note}"
    )
    return entry


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


def render_entries(entries: list[dict]) -> str:
    """Trigger entries as the pack's files write them: one flow mapping a line."""
    lines = ["triggers:"]
    for entry in entries:
        text = yaml.dump(entry, Dumper=_NoAliases, default_flow_style=True, width=100000, sort_keys=False, allow_unicode=True)
        lines.append(f"  - {text.strip()}")
    return "\n".join(lines) + "\n"


def find(proposals: list[Proposal], verb: str, head: str, code: str | None = None) -> Proposal:
    """The proposal of ``verb`` from head verb ``head`` (and CAMEO ``code`` when given).

    A verb is proposed once per code and frame, under the first head that yields
    it, so the head named by a reviewer is also accepted as a spelling variant
    ("criticise" for "criticize") or as a member of that head entry's synonyms.
    """
    def coded(proposal: Proposal) -> str:
        return str(proposal.entry.get("cameo", proposal.entry["type"]))

    for strict in (True, False):
        for proposal in proposals:
            if proposal.verb != verb or (code is not None and coded(proposal) != code):
                continue
            if not strict or proposal.head == head:
                return proposal
    raise KeyError(f"no proposal {verb!r} from {head!r} {code or ''}")


def apply_review(proposals: list[Proposal], review: dict) -> str:
    """The trigger file a review (``wordnet_review.yaml``: a ``header`` and the ``kept``
    verbs with head, code, note and guards) makes of the proposals."""
    entries = []
    for item in review["kept"]:
        guards = {k: v for k, v in item.items() if k not in ("verb", "head", "code", "note")}
        proposal = find(proposals, item["verb"], item["head"], item.get("code"))
        entries.append(reviewed_entry(proposal, item["note"], **guards))
    return review.get("header", "") + render_entries(entries)


def write_result(text: str, output: Path | None, proposals: int) -> None:
    """Write a generator's list or trigger file to ``output`` (standard output without one),
    and how many proposals it weighed to standard error."""
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    print(f"{proposals} proposals", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Command line: write the review list of proposals for the English pack."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (index.verb, data.verb)")
    parser.add_argument("--pack", type=Path, default=Path(__file__).parent / "en")
    parser.add_argument("--senses", type=int, default=3, help="senses of each head verb to follow")
    parser.add_argument("--review", type=Path, help="write the trigger file of this review instead of the list")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    proposals = propose(load_entries(args.pack), read_wordnet(args.wordnet), args.senses)
    if args.review:
        text = apply_review(proposals, yaml.safe_load(args.review.read_text(encoding="utf-8")))
    else:
        text = render(proposals)
    write_result(text, args.output, len(proposals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

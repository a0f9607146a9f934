"""Propose English event nouns from the pack's verb triggers through WordNet.

A DEVELOPMENT-TIME generator (like ``chronicle.packs.petrarch``): for each
hand-written English verb trigger with a CAMEO code, it follows WordNet 3.0's
derivational links (the ``+`` pointers of ``data.verb``) from the verb's senses
to the nouns derived from them ("occupy" -> "occupation", "deport" ->
"deportation"), keeps only nouns whose synset is an act, an event or a
communication (noun.act, noun.event, noun.communication: "arrest" as a seizure
by police, not "arrest" as a stopped heart, noun.state), and writes one noun
entry per proposal that keeps the verb entry's type, mode, CAMEO code and
context words, with the noun frame that reads the verb frame's parties off a
noun (``FRAME_MAP``: an object-taking verb gives a noun whose ``of`` dependent
is the one acted upon, and so on).

Nothing at install or run time reads WordNet: the proposals are REVIEWED by
hand (``REVIEW`` in the output: drop senses that are no events) and the result
is committed as ``packs/en/triggers/nominal-wordnet.yaml`` with its provenance.

    python -m chronicle.packs.derive_nominals /usr/share/wordnet -o proposals.yaml

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
(Licence: see the notice in ``nominal-wordnet.yaml`` and
/usr/share/doc/wordnet-base/copyright.)
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from chronicle.packs import trigger_files
from chronicle.packs.wordnet import Synset, read_data, read_index

# noun lexicographer files that name events (WordNet lexnames: 04 noun.act,
# 10 noun.communication, 11 noun.event); a noun of another file ("arrest" as a
# state of the heart, "sentence" as a unit of grammar) is no event
EVENT_LEXFILES = {4: "noun.act", 10: "noun.communication", 11: "noun.event"}

# the noun frame that reads the parties a verb frame reads (pack.yaml frames):
# the verb's object becomes the noun's "of" dependent (nominal_patient), an
# attack's target the noun's "on"/"against" one, and so on; a verb frame with
# no noun counterpart gives no proposal
FRAME_MAP = {
    "act_on": "nominal_patient",
    "attack": "nominal_attack_patient",
    "meet": "nominal_meet",
    "talk": "nominal_meet",
    "deploy": "nominal_deploy",
    "withdraw": "nominal_withdraw",
    "withdraw_from": "nominal_withdraw",
    "discontinue": "nominal_sanction",
    "supply": "nominal_delivery",
    "coerce": "nominal_coerce",
    "request": "nominal_request",
    "ease": "nominal_eased",
    "protest": "protest",
    "visit": "nominal_visit",
}

# keys of a verb entry that describe the event, copied to the noun; the verb's
# syntactic conditions (an object, a clause, a pattern) do not apply to a noun
COPIED_KEYS = ("type", "mode", "cameo", "requires", "excludes", "default_source_sector")


@dataclass(frozen=True)
class Derivation:
    """One noun WordNet derives from one sense of a verb."""

    verb: str
    noun: str
    lexfile: str
    gloss: str
    offset: str


@dataclass(frozen=True)
class WordNetTables:
    """The WordNet files a derivation reads: the verb index, verb and noun synsets."""

    verb_index: dict[str, tuple[str, ...]]
    verbs: dict[str, Synset]
    nouns: dict[str, Synset]


def read_tables(wordnet: Path) -> WordNetTables:
    """Read ``index.verb``, ``data.verb`` and ``data.noun`` of a WordNet 3.0 folder."""
    return WordNetTables(read_index(wordnet / "index.verb"), read_data(wordnet / "data.verb"),
                         read_data(wordnet / "data.noun"))


def derive(tables: WordNetTables, verbs: list[str]) -> list[Derivation]:
    """The event nouns WordNet derives (``+`` pointers) from each verb's senses."""
    found: list[Derivation] = []
    seen: set[tuple[str, str]] = set()
    for verb in verbs:
        key = verb.lower().replace(" ", "_")
        for offset in tables.verb_index.get(key, ()):
            synset = tables.verbs[offset]
            if key not in synset.words:
                continue
            source_no = synset.words.index(key) + 1
            for pointer in synset.pointers:
                # a lexical pointer names its source and target words (hex pairs)
                if pointer.symbol != "+" or pointer.pos != "n" or int(pointer.source_target[:2], 16) != source_no:
                    continue
                target = tables.nouns[pointer.offset]
                noun = target.words[int(pointer.source_target[2:], 16) - 1].replace("_", " ")
                if target.lexfile not in EVENT_LEXFILES or (verb, noun) in seen or " " in noun:
                    continue
                seen.add((verb, noun))
                found.append(Derivation(verb, noun, EVENT_LEXFILES[target.lexfile], target.gloss, pointer.offset))
    return found


def _file_entries(files: list[Path]) -> list[tuple[str, dict]]:
    """Every trigger entry of ``files`` with the name of its file, in file order."""
    return [(path.name, entry) for path in files
            for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("triggers", [])]


def verb_entries(entries: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Hand-written verb entries with a CAMEO code and a frame that has a noun counterpart."""
    out = []
    for file_name, entry in entries:
        if "NOUN" in (entry.get("pos") or []) or entry.get("petrarch") or entry.get("pattern"):
            continue
        if not entry.get("cameo") or entry.get("frame") not in FRAME_MAP or entry.get("requires_clause"):
            continue
        out.append((file_name, entry))
    return out


def noun_lemmas(entries: list[tuple[str, dict]]) -> set[str]:
    """Every noun the pack already has an entry for (a proposal never shadows one)."""
    nouns = set()
    for _, entry in entries:
        if "NOUN" in (entry.get("pos") or []):
            nouns.update(w.lower() for w in (entry["lemma"], *entry.get("synonyms", [])))
    return nouns


def propose(wordnet: Path, files: list[Path]) -> list[dict]:
    """Noun entries proposed from the verb entries of ``files``, first verb entry first."""
    tables = read_tables(wordnet)
    entries = _file_entries(files)
    existing = noun_lemmas(entries)
    proposals: list[dict] = []
    taken: set[str] = set()
    for file_name, entry in verb_entries(entries):
        verbs = [entry["lemma"], *entry.get("synonyms", [])]
        for d in derive(tables, verbs):
            if d.noun in existing or d.noun in taken:
                continue
            taken.add(d.noun)
            noun = {"lemma": d.noun, "pos": ["NOUN"]}
            noun.update({k: entry[k] for k in COPIED_KEYS if entry.get(k) is not None})
            noun["frame"] = FRAME_MAP[entry["frame"]]
            noun["confidence"] = 0.45
            noun["source"] = (f"WordNet 3.0 derivation of the verb '{d.verb}' ({d.lexfile} {d.offset}: "
                              f"{d.gloss.split(';')[0]}); verb entry '{entry['lemma']}' CAMEO {entry['cameo']} "
                              f"in {file_name}")
            proposals.append(noun)
    return proposals


def main(argv: list[str] | None = None) -> int:
    """Write the proposals for the English pack's hand-written verb entries."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (data.verb, data.noun, index.verb)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--pack", type=Path, default=Path(__file__).parent / "en")
    args = parser.parse_args(argv)
    files = [f for f in trigger_files(args.pack) if f.name != "nominal-wordnet.yaml"]
    proposals = propose(args.wordnet, files)
    args.output.write_text(yaml.safe_dump({"triggers": proposals}, sort_keys=False, allow_unicode=True, width=4096),
                           encoding="utf-8")
    print(f"{len(proposals)} proposals -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

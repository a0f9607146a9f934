"""WordNet 3.0 database files, as the development-time generators read them.

``chronicle.packs.wordnet_synonyms`` (verbs beside a head verb) and
``chronicle.packs.derive_nominals`` (event nouns derived from a verb) both read
WordNet's ``index.POS`` and ``data.POS`` files (format: WordNet's wndb(5WN)
manual page); this module is their one reader. Nothing at install or run time
imports it.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence:
NOTICE).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pointer:
    """One pointer of a synset: its symbol ("~" hyponym, "+" derivation...), the
    target synset's offset and part of speech, and ``source_target``: "0000" for a
    pointer between whole synsets, else the source and target word numbers (hex pairs)."""

    symbol: str
    offset: str
    pos: str
    source_target: str


@dataclass(frozen=True)
class Synset:
    """One synset of a ``data.POS`` file."""

    offset: str
    lexfile: int  # lexicographer file number (WordNet lexnames: 4 noun.act, 11 noun.event...)
    pos: str  # ss_type: "n", "v", "a", "s", "r"
    words: tuple[str, ...]  # lower-cased, multi-word members joined by "_"
    pointers: tuple[Pointer, ...]
    gloss: str

    def related(self, symbol: str, pos: str) -> tuple[str, ...]:
        """Offsets of the synsets this one points to with ``symbol`` in part of speech ``pos``."""
        return tuple(p.offset for p in self.pointers if p.symbol == symbol and p.pos == pos)

    @property
    def hyponyms(self) -> tuple[str, ...]:
        """Offsets of this synset's direct hyponyms ("~" pointers in its own part of speech)."""
        return self.related("~", self.pos)


def _entry_lines(path: Path) -> list[str]:
    """The lines of a database file, without its licence header (lines opening with a space)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith(" ")]


def read_index(path: Path) -> dict[str, tuple[str, ...]]:
    """An ``index.POS`` file: lemma -> its synset offsets, in sense order
    (``lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...``)."""
    index: dict[str, tuple[str, ...]] = {}
    for line in _entry_lines(path):
        parts = line.split()
        synset_count, pointer_count = int(parts[2]), int(parts[3])
        first = 6 + pointer_count
        index[parts[0]] = tuple(parts[first : first + synset_count])
    return index


def read_data(path: Path) -> dict[str, Synset]:
    """A ``data.POS`` file: offset -> synset
    (``offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... [frames] | gloss``)."""
    synsets: dict[str, Synset] = {}
    for line in _entry_lines(path):
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        word_count = int(parts[3], 16)
        words = tuple(parts[4 + 2 * i].lower() for i in range(word_count))
        at = 4 + 2 * word_count
        pointers = tuple(Pointer(*parts[at + 1 + 4 * k : at + 5 + 4 * k]) for k in range(int(parts[at])))
        synsets[parts[0]] = Synset(parts[0], int(parts[1]), parts[2], words, pointers, gloss.strip())
    return synsets

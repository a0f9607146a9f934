"""A MyThes thesaurus (the LibreOffice format), as the development-time generator reads it.

``chronicle.packs.thesaurus_synonyms`` reads the French thesaurus of LibreOffice
(Debian package ``mythes-fr``: ``/usr/share/mythes/thes_fr.dat``); this module is its
one reader. Nothing at install or run time imports it.

Format of the ``.dat`` file: a first line naming the encoding, then for every
headword a line ``word|n`` followed by ``n`` meaning lines
``(Part of speech)|synonym|synonym|...``; the part-of-speech label may name
several parts ("(Nom Verbe)"). The ``.idx`` file only holds byte offsets into
the ``.dat`` file, which a whole read does not need.

The French thesaurus (thes_fr.dat) is Copyright Kevin Hendricks, Frederic Labbé and
Laurent Godard, under the GNU LGPL 2.1 or later (see NOTICE).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# the parts of speech of the French thesaurus's labels, by the pack's spaCy tags
POS_LABELS = {"VERB": "Verbe", "NOUN": "Nom"}


@dataclass(frozen=True)
class Meaning:
    """One meaning line of a headword: its part-of-speech labels and its synonyms."""

    labels: frozenset[str]  # "Verbe", "Nom", "Adjectif"... (case as written, "nom" folded to "Nom")
    synonyms: tuple[str, ...]


Thesaurus = dict[str, tuple[Meaning, ...]]


def _meaning(line: str) -> Meaning:
    """``(Nom Verbe)|a|b`` -> Meaning({"Nom", "Verbe"}, ("a", "b"))."""
    label, _, rest = line.partition("|")
    labels = frozenset(word.capitalize() for word in label.strip().strip("()").split())
    synonyms = tuple(word.strip() for word in rest.split("|") if word.strip())
    return Meaning(labels, synonyms)


def read_thesaurus(path: Path) -> Thesaurus:
    """A MyThes ``.dat`` file: headword -> its meanings, in file order.

    A headword listed twice (the file has a few) keeps the meanings of both.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    thesaurus: dict[str, tuple[Meaning, ...]] = {}
    at = 1  # line 0 names the encoding
    while at < len(lines):
        word, _, count = lines[at].rpartition("|")
        n = int(count)
        meanings = tuple(_meaning(line) for line in lines[at + 1 : at + 1 + n])
        thesaurus[word] = thesaurus.get(word, ()) + meanings
        at += 1 + n
    return thesaurus


def synonyms(thesaurus: Thesaurus, word: str, pos: str) -> tuple[str, ...]:
    """The one-word synonyms the thesaurus lists for ``word`` in meanings labelled with
    part of speech ``pos`` ("VERB" or "NOUN"), in file order, without repeats."""
    label = POS_LABELS[pos]
    found: dict[str, None] = {}
    for meaning in thesaurus.get(word, ()):
        if label in meaning.labels:
            found.update((synonym, None) for synonym in meaning.synonyms if " " not in synonym)
    return tuple(found)


def lists(thesaurus: Thesaurus, word: str, other: str, pos: str) -> bool:
    """Whether ``word`` has its own entry in part of speech ``pos`` listing ``other``:
    the link back that tells a synonym of one sense from a stray word of another."""
    return other in synonyms(thesaurus, word, pos)

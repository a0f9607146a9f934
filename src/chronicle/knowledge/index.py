"""Compiled phrase index of the actor knowledge base, one per language.

Every surface form of every person and organisation (curated and imported:
some 50,000 forms per language) is tokenised with the language's own
tokenizer and keyed by its lower-case tokens without accents ("ban ki - moon",
"amadou toumani toure"), what spaCy's ``PhraseMatcher`` with ``attr="LOWER"``
compares, accents aside, without building tens of thousands of ``Doc``
objects at start-up. The index is built once per
machine and cached (``knowledge.cache``); matching walks the tokens of a doc
once, trying at each token only the lengths phrases starting with that word
have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from chronicle.knowledge.actors import ActorKB, Organisation, Person
from chronicle.knowledge.cache import cached
from chronicle.knowledge.countries import is_acronym

Entity = Person | Organisation


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """A lower-case word without accents, ’ made ': the dictionaries write "Toure",
    the French press "Touré"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_key(key: str) -> str:
    """A space-separated key with every word folded."""
    return key if key.isascii() else " ".join(fold(w) for w in key.split(" "))


_HYPHENS = frozenset({"-", "‐", "‑"})


@dataclass
class PhraseIndex:
    """Folded lower-case token keys of actor forms -> entity number in ``ActorKB.entities()``."""

    keys: dict[str, int] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first token -> most tokens of a phrase starting with it
    exact: dict[str, frozenset[str]] = field(default_factory=dict)  # keys only acronyms make: the forms as written
    proper: set[str] = field(default_factory=set)  # imported one-word keys: a name only where the tagger says PROPN

    def find(self, lower: list[str]) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of every phrase in a sequence of lower-case tokens, overlaps included."""
        lower = [w if w.isascii() else fold(w) for w in lower]  # most words are ASCII: no call for them
        prefixes = self._prefixes()
        for start, word in enumerate(lower):
            most = self.longest.get(word)
            if most is None:
                continue
            last = min(len(lower), start + most)
            if prefixes is not None:
                # "la" starts phrases of up to 11 words, but rarely with the word after it:
                # read on while the words are the start of some key, no further
                last = start + 1
                while last < len(lower) and last - start < most and " ".join(lower[start : last + 1]) in prefixes:
                    last += 1
            for end in range(last, start, -1):
                key = " ".join(lower[start:end])
                if key in self.keys and not self._name_goes_on(lower, end):
                    yield start, end, key

    def _prefixes(self) -> set[str] | None:
        """Every key's first words, one, two and more ("la maison", "la maison blanche"),
        gathered once per process; None (every length up to ``longest`` is tried) if a key
        has a word with a space, where a key's spaces do not count its words."""
        if "_key_prefixes" not in self.__dict__:
            prefixes: set[str] | None = set()
            for key in self.keys:
                if "  " in key or key != key.strip(" "):
                    prefixes = None
                    break
                words = key.split(" ")
                prefixes.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
            self.__dict__["_key_prefixes"] = prefixes
        return self.__dict__["_key_prefixes"]

    def _name_goes_on(self, lower: list[str], end: int) -> bool:
        """Whether a hyphen after a phrase joins it to more of the same name: "Wang
        Yi-ting" is not Wang Yi, "Kim Jong-un's sister Kim Yo-jong" not Kim Yo. A word
        that starts a known phrase after the hyphen is another actor ("Trump-Kim")."""
        return end + 1 < len(lower) and lower[end] in _HYPHENS and lower[end + 1].isalpha() and lower[end + 1] not in self.longest

    def acronym_forms(self, key: str) -> frozenset[str] | None:
        """The forms as written when only acronyms make ``key`` (a lower-case token key)."""
        return self.exact.get(fold_key(key))

    def proper_only(self, key: str) -> bool:
        """Whether ``key`` is an imported one-word name, a name only where tagged PROPN."""
        return fold_key(key) in self.proper


class EntityView(Mapping[str, Entity]):
    """The index read as key -> entity (what the mention finder looks names up in)."""

    def __init__(self, index: PhraseIndex, entities: tuple[Entity, ...]) -> None:
        self.index = index
        self._entities = entities

    def __getitem__(self, key: str) -> Entity:
        return self._entities[self.index.keys[fold_key(key)]]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and fold_key(key) in self.index.keys

    def __iter__(self) -> Iterator[str]:
        return iter(self.index.keys)

    def __len__(self) -> int:
        return len(self.index.keys)


def build_index(nlp: Language, kb: ActorKB, lang: str, titles: frozenset[str] = frozenset(), qualifiers: Callable[[str], bool] | None = None) -> PhraseIndex:
    """Tokenise every form of ``lang`` and index it; the first entity to claim a key keeps it
    (curated entries come first in the base, so they win).

    ``titles``: the pack's agent phrases (lower case); an imported form that is
    only a title with qualifiers (``qualifiers(word)``: a country, demonym or
    body naming whose title it is) is left out: "the US Secretary of State" is
    whoever held the office on the event date, which the agent reading resolves.
    """
    numbers = {id(entity): i for i, entity in enumerate(kb.entities())}
    phrases = kb.phrases(lang)
    index = PhraseIndex()
    acronyms: dict[str, set[str]] = {}
    plain: set[str] = set()
    for (surface, entity), doc in zip(phrases, nlp.tokenizer.pipe(s for s, _ in phrases), strict=True):
        words = [fold(t.lower_) for t in doc]
        if not words:
            continue
        if entity.imported and titles and _only_a_title(words, titles, qualifiers or (lambda word: False)):
            continue
        key = " ".join(words)
        owner = index.keys.setdefault(key, numbers[id(entity)])
        if owner != numbers[id(entity)]:
            continue
        index.longest[words[0]] = max(index.longest.get(words[0], 0), len(words))
        if is_acronym(surface):
            acronyms.setdefault(key, set()).add(surface)
        else:
            plain.add(key)
        if len(words) == 1 and entity.imported and not is_acronym(surface):
            index.proper.add(key)
    index.exact = {key: frozenset(forms) for key, forms in acronyms.items() if key not in plain}
    index.proper -= set(index.exact)
    return index


_ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une"})


def _only_a_title(words: list[str], titles: frozenset[str], qualifies: Callable[[str], bool]) -> bool:
    """Qualifiers, then a title, then maybe "of (the) <qualifiers>": "the US
    Secretary of State", "UN Secretary General", "President of the United States"."""
    start = 0
    while start < len(words) and (words[start] in _ARTICLES or qualifies(words[start])):
        start += 1
    end = len(words)
    for at in range(start + 1, len(words)):
        if words[at] in ("of", "de", "du", "des") and all(w in _ARTICLES or qualifies(w) for w in words[at + 1 :]):
            if " ".join(words[start:at]) in titles:
                end = at
                break
    return start < end and " ".join(words[start:end]) in titles


def load_index(
    nlp: Language,
    kb: ActorKB,
    lang: str,
    tokenizer_rules: Iterable[str] = (),
    titles: frozenset[str] = frozenset(),
    qualifiers: Callable[[str], bool] | None = None,
) -> PhraseIndex:
    """The index of ``lang`` (see ``build_index``); for the packaged base, cached on
    disk under a key made of the knowledge files, the pipeline's identity,
    ``tokenizer_rules`` (the pack's tokenizer fixes, which change how phrases
    split) and ``titles``."""
    if not kb.sources:
        return build_index(nlp, kb, lang, titles, qualifiers)
    # annotate.py decides how names split into tokens (hyphenated names it keeps whole)
    files = [*kb.sources, Path(__file__), Path(__file__).parent.parent / "annotate.py"]
    identity = [lang, nlp.meta.get("name", ""), nlp.meta.get("version", ""), ",".join(nlp.pipe_names), str(len(kb.entities())), *tokenizer_rules, *sorted(titles)]
    return cached(f"actor-index-{lang}", files, lambda: build_index(nlp, kb, lang, titles, qualifiers), PhraseIndex, identity)

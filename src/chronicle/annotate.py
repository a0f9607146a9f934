"""Annotate: one spaCy pipeline per language pack, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.errors import ChronicleError
from chronicle.packs import LanguagePack, load_pack


class ModelMissing(ChronicleError):
    """None of a pack's spaCy pipelines is installed."""


def _keep_together(nlp: Language, patterns: list[re.Pattern[str]]) -> None:
    """Make the tokenizer keep tokens matching any pattern whole.

    spaCy consults ``token_match`` before splitting infixes, so wrapping it is
    the supported way to protect a token shape from the infix rules.
    """
    previous: Callable[[str], object] | None = nlp.tokenizer.token_match

    def token_match(text: str) -> object:
        for pattern in patterns:
            found = pattern.match(text)
            if found:
                return found
        return previous(text) if previous else None

    nlp.tokenizer.token_match = token_match


def _load_model(pack: LanguagePack) -> Language:
    for name in pack.config.model:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        f"no spaCy pipeline for '{pack.language}' is installed "
        f"(tried {', '.join(pack.config.model)}); install it with pip, e.g. "
        f"`pip install {pack.config.model[0].replace('_', '-')}`"
    )


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline of a language pack, with the pack's tokenizer fixes."""
    pack = load_pack(lang)
    nlp = _load_model(pack)
    patterns = [re.compile(rule.pattern) for rule in pack.config.tokenizer_keep_together]
    if patterns:
        _keep_together(nlp, patterns)
    return nlp


def annotate(lang: str, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts with the pipeline of ``lang`` (streaming, in order)."""
    yield from load_pipeline(lang).pipe(texts, batch_size=batch_size)

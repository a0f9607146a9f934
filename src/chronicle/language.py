"""Language detection: which language an article is written in.

Uses py3langid, whose model ships inside the package, so nothing is
downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"

# Fewer letters than this give py3langid too little evidence to be trusted.
_MIN_LETTERS = 12
# Language is settled long before this; capping keeps detection cheap on long articles.
_MAX_CHARS = 5000


@dataclass(frozen=True)
class LanguageGuess:
    """A detected language (ISO 639-1) and the model's probability for it."""

    lang: str
    confidence: float


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # norm_probs turns langid's log-likelihood scores into probabilities.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text``; ``und`` with confidence 0 when it is too short."""
    sample = text[:_MAX_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return LanguageGuess(UNDETERMINED, 0.0)
    lang, probability = _identifier().classify(sample)
    return LanguageGuess(str(lang), min(1.0, max(0.0, float(probability))))


# A pack language the model still gives this chance is a plausible reading of a text
# it assigns to an uninstalled language: py3langid takes many English headlines and
# wire sentences for Nigerian Pidgin ('pcm') with English second, while German text
# leaves English near zero.
_PLAUSIBLE = 0.1


def detect_among(text: str, languages: Collection[str], min_confidence: float) -> LanguageGuess:
    """The language of ``text`` among ``languages`` (the installed packs).

    A confident guess of an installed language stands. A weak guess (below
    ``min_confidence``: short headlines, "Mali junta expels French ambassador") falls
    back to the installed language the model scores best, so a plain sentence is
    never refused for being short; so does a confident guess of a language with no
    pack when an installed one remains plausible. Otherwise the plain guess is
    returned (``und`` for too little text), for the caller to refuse."""
    guess = detect_language(text)
    if guess.lang == UNDETERMINED or (guess.lang in languages and guess.confidence >= min_confidence):
        return guess
    scores = dict(_identifier().rank(text[:_MAX_CHARS]))
    best = max(sorted(languages), key=lambda lang: scores.get(lang, 0.0), default=None)
    if best is None:
        return guess
    probability = float(scores.get(best, 0.0))
    if guess.confidence < min_confidence or probability >= _PLAUSIBLE:
        return LanguageGuess(best, min(1.0, max(0.0, probability)))
    return guess

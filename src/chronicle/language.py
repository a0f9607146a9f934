"""Language detection: which language an article is written in.

Uses py3langid, whose model ships inside the package, so nothing is
downloaded at run time.
"""

from __future__ import annotations

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

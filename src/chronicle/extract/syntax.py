"""Small readings of a dependency parse that several stages share: what a case
marker says as a preposition, and which words are nouns whatever the tagger said.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token


def case_phrase(case: Token, forms: Mapping[str, str]) -> str:
    """The preposition a case marker spells with the words fixed to it ("lors de",
    "auprès de"), each contracted form read as its preposition ("du" as "de")."""
    words = [case.lower_] + [f.lower_ for f in case.children if f.dep_ == "fixed"]
    return " ".join(forms.get(w, w) for w in words)


def is_nominal(token: Token) -> bool:
    """A noun, or a word the tagger made an adjective though an article or a
    preposition shows it is one ("de nouvelles frappes contre le Hezbollah")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADJ" and any(c.dep_ in ("case", "det") for c in token.children)

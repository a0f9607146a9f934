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


# Articles a parser may read as prepositions: "des", "du" are also the partitive
# and plural indefinite articles ("ont massacré des villageois").
_ARTICLE_LIKE_CASES = frozenset({"des", "du"})


def partitive_object(verb: Token) -> Token | None:
    """The object of a verb that the parse hangs on it as an oblique or nominal
    modifier introduced by an article read as a preposition: "Des soldats ont
    violé des femmes" parsed with "femmes" obl:arg under case "des". Only the
    first nominal to the verb's right, with nothing but adverbs between them."""
    for child in verb.rights:
        if child.dep_ in ("advmod", "punct"):
            continue
        if child.dep_.startswith(("obl", "nmod")) and is_nominal(child):
            cases = [c for c in child.children if c.dep_ == "case"]
            if len(cases) == 1 and cases[0].lower_ in _ARTICLE_LIKE_CASES and cases[0].i == child.left_edge.i:
                return child
        return None
    return None

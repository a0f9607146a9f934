"""The parties of an ending phrase ("mettre fin à sa coopération avec la France").

The noun of the phrase ("fin", "terme") is the trigger; the partner hangs on what
is ended, the light verb's "à" dependent, where the trigger's own frame finds it:
"avec la France" under "coopération", "au Niger" under "aide". The phrases are the
pack's (``grammar.ending_phrases``).
"""

from __future__ import annotations

from spacy.tokens import Token

from chronicle.extract.arguments import ArgumentReader, Participants
from chronicle.extract.wordtable import children_of
from chronicle.packs import Frame, Grammar

ENDED_DEPS = ("obl", "obl:arg", "nmod")  # "mis fin à sa coopération", "la fin de la coopération"


def read_ended(trigger: Token, frame: Frame, participants: Participants, reader: ArgumentReader, grammar: Grammar) -> None:
    """Targets of an ending phrase read off what it ends, when the phrase names none."""
    verb = grammar.ending_phrases.get(trigger.lemma_.lower())
    if verb is None or participants.targets or trigger.head.lemma_.lower() != verb:
        return
    sources = {m.start for m in participants.sources}
    for ended in _ended_nouns(trigger):
        found = [m for m in reader.slots(ended, frame.target) if m.start not in sources]
        if found:
            participants.targets = found
            return


def _ended_nouns(trigger: Token) -> list[Token]:
    """What the phrase ends: the light verb's "à" dependent, or the noun's own."""
    holders = [trigger.head, trigger]
    return [c for h in holders for c in children_of(h) if c.dep_ in ENDED_DEPS and c.i != trigger.i]

"""Who an answer answers: the author of the said event an answer names only by a noun.

"Egypt accused Ethiopia of flooding Sudan. ... Ethiopia rejected the accusations": the
rejection's target is whoever made the accusations, the doer of the article's last
accusation aimed at Ethiopia, not the last accuser of anyone (a third party's remark)
nor the other party of the sentence. The nouns and the types they name are the pack's
(grammar.answered_nouns); this module only searches the article's record of events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chronicle.resolve.actors import Actor


@dataclass(frozen=True)
class Said:
    """One event coded earlier in the article: who did it, to whom, of which type and
    quad class, in which sentence (the article's record the assembly and answers read)."""

    source: Actor
    target: Actor | None
    event_type: str
    quad_class: int | None = None
    sentence: int = 0


# the events done by saying that one answers with a rejection (PLOVER's verbal types but
# support): words answered ("the criticism") may have been coded as any of them
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})


def answered_author(kinds: frozenset[str], answerer: Actor, history: Sequence[Said]) -> Actor | None:
    """The author of the event an answer answers, latest first: an event of ``kinds``
    aimed at the answerer; else, for words answered, any said event aimed at it
    ("rejected the criticism" after a spokesman urged Vietnam to free a blogger, the
    criticism itself not coded); else the last event of ``kinds`` by another side,
    whoever it was aimed at ("the US criticised a draft law. Iraq rejected the
    remarks"). None when the article has coded no such event: the answer names no one."""
    earlier = [said for said in reversed(history) if not said.source.same_side(answerer)]
    said = SAID_TYPES if kinds <= SAID_TYPES else kinds  # "rejected the sanctions" answers sanctions only
    for found in (
        next((s for s in earlier if s.event_type in kinds and _aimed_at(s, answerer)), None),
        next((s for s in earlier if s.event_type in said and _aimed_at(s, answerer)), None),
        next((s for s in earlier if s.event_type in kinds), None),
    ):
        if found is not None:
            return found.source
    return None


def _aimed_at(said: Said, answerer: Actor) -> bool:
    """Whether an event was aimed at the answerer: at the same actor, or at its country
    from outside it; within one country, only at the answerer's own sector (a court's
    charge against a blogger is not aimed at the ministry that answers a critic abroad)."""
    target = said.target
    if target is None or target.country is None:
        return False
    if target.same_as(answerer):
        return True
    if target.country != answerer.country:
        return False
    return said.source.country != answerer.country or target.sector == answerer.sector

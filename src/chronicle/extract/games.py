"""Sentences that tell a game, not politics.

A sports page names countries as teams ("Samoa threatened briefly after the break",
"l'Ukraine résiste puis cède") and its people protest, demand and criticise ("the
coach protested to the fourth official", "le sélectionneur a réclamé l'assistance
vidéo"): none of it is a political event, and the gold codes none (the sports
stories of the written sets hold no required event but a police arrest of fans).
A sentence is the game's when it uses a word only a match report uses (the pack's
``game_words``), or one of the game's people (``game_role_words``: a coach, a
captain) in a story that uses such a word somewhere: elsewhere a coach is a bus and a
captain an army rank. "Police arrested three supporters for throwing flares on to the
pitch" uses neither, and stays an event.

A story that uses two game words or more is a match report
throughout: its teams "threaten", "resist and give in" in sentences no game word marks
("l'Ukraine résiste puis cède"). There only what people do to people at the game is
coded (GAME_ACTS: fans attacked, arrested, rioting), the rest is the game. A news story
that closes on a one-sentence sports brief ("In football, the Lone Star beat Sierra
Leone 1-0, and the visitors' coach criticised the referee for disallowing a late
equaliser") uses its game words in that one last sentence: the brief is the game's, the
story's politics before it stay (every match report of the written sets, English and
French, uses its game words in two sentences or more).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# what a match report may still tell of politics: violence, arrests and protests at the game
GAME_ACTS = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# distinct game words, and sentences that use them, that make a whole story a match report
REPORT_WORDS = 2
REPORT_SENTENCES = 2


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of the words or phrases as whole words, case aside."""
    alternatives = sorted({w.lower() for w in words}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)", re.IGNORECASE)


class GameReader:
    """Finds the sentences of an article that tell a game (module docstring)."""

    def __init__(self, game_words: Iterable[str], role_words: Iterable[str]) -> None:
        self._game = _pattern(game_words)
        self._role = _pattern(role_words)

    def read(self, sentences: Sequence[str]) -> tuple[frozenset[int], bool]:
        """The indices of the sentences that tell a game, and whether the story is a match
        report (REPORT_WORDS distinct game words or more, unless they all sit in a closing
        brief, fewer than REPORT_SENTENCES sentences that end the story): one pass of the
        game words."""
        if self._game is None:
            return frozenset(), False
        found = [{m.lower() for m in self._game.findall(text)} for text in sentences]
        game = {i for i, words in enumerate(found) if words}
        if game and self._role is not None:
            game |= {i for i, text in enumerate(sentences) if self._role.search(text)}
        telling = [i for i, words in enumerate(found) if words]
        # only a brief that closes the story is the game's alone; game words in one
        # sentence before the end still make a short match report ("Le sélectionneur
        # croate a regretté un penalty oublié" before "Les Croates ont menacé")
        closing_brief = len(telling) < REPORT_SENTENCES and bool(telling) and telling[-1] == len(sentences) - 1
        report = len(set().union(*found)) >= REPORT_WORDS and not closing_brief
        return frozenset(game), report

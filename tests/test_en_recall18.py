"""English events named by a noun under a reporting or deciding verb (wave 18,
recallen18): "announced the suspension of military cooperation with X", "ordered
the suspension of budget support to X". The party with whom relations are reduced
hangs, in the parse, on the noun's own "of" complement, not on the event noun.
Sentences written for these tests, about many regions."""

from __future__ import annotations

import pytest

from chronicle.model import Event
from event_checks import coder

_code = coder("en", "2025-03-05")


def _listing(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.cameo, e.source.country, e.target.country if e.target else None, e.polarity, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana announced the suspension of military cooperation with Burkina Faso on Friday.", "GHA", "BFA"),
        ("Senegal announced the suspension of its flights to Mali on Friday.", "SEN", "MLI"),
        ("Thailand's prime minister ordered the suspension of the border agreement with Cambodia on Monday.", "THA", "KHM"),
        ("Peru announced the suspension of trade talks with Bolivia on Tuesday.", "PER", "BOL"),
        ("Japan's government announced the suspension of economic aid to Myanmar on Thursday.", "JPN", "MMR"),
    ],
)
def test_relations_reduced_name_their_party_in_the_nouns_complement(text: str, source: str, target: str) -> None:
    """The suspension's party is read inside "of ... with/to X": a SANCTION between the two."""
    events = _code(text)
    found = [(e.source.country, e.target.country if e.target else None) for e in events if e.event_type == "SANCTION" and e.polarity == "positive"]
    assert (source, target) in found, _listing(events)


def test_a_suspension_with_no_party_named_stays_uncoded() -> None:
    """"announced the suspension of classes": no party anywhere, no event."""
    events = _code("Kenya's education ministry announced the suspension of classes in Nairobi on Friday because of floods.")
    assert not [e for e in events if e.event_type == "SANCTION"], _listing(events)

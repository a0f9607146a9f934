"""Events flattened into columns (CSV, Parquet, the store, batch output) read back as
the coder wrote them, an unknown doer included."""

from __future__ import annotations

from chronicle.export.records import event_arguments, event_fields
from chronicle.model import Event
from event_checks import coder

FRENCH = coder("fr", "2025-03-04")
ENGLISH = coder("en", "2025-03-04")


def test_an_unknown_doer_survives_flattening() -> None:
    events = FRENCH("Une mine a tué quatre soldats tchadiens près du lac Tchad.")
    unknown = [e for e in events if e.source is not None and not any(e.source.model_dump().values())]
    assert unknown, "the mine's doer is coded as unknown"
    assert [Event(**event_arguments(event_fields(e))) for e in events] == events


def test_a_known_pair_and_a_missing_target_survive_flattening() -> None:
    events = ENGLISH("Kenya's president met his Ugandan counterpart in Kampala on Monday. Protesters marched in Nairobi.")
    assert events
    assert [Event(**event_arguments(event_fields(e))) for e in events] == events

"""An actor of whom the coder knows nothing is written as none: CSV, Parquet, the store and
batch output flatten actors into columns, where an empty record and none read the same."""

from __future__ import annotations

from event_checks import coder, of_type

ENGLISH = coder("en", None)


def test_an_unknown_side_is_none_not_an_empty_record() -> None:
    events = of_type(ENGLISH("Clashes along the Kyrgyz-Tajik frontier killed about 50 soldiers in March 2021."), "ASSAULT")
    assert events, "the clashes are coded"
    sides = [actor for event in events for actor in (event.source, event.target)]
    assert None in sides  # the unnamed other side
    assert all(any(actor.model_dump().values()) for actor in sides if actor is not None)

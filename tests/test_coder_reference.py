"""The reference article (KBS World, Hanoi summit, 2019-02-28) coded end to end."""

from __future__ import annotations

import pytest

from chronicle.model import Article, PartialDate


@pytest.fixture(scope="module")
def events(coder, reference_text):
    article = Article(id="reference", text=reference_text, source="examples/hanoi", published=PartialDate(2019, 2, 28))
    result = coder.code_article(article)
    assert result.error is None
    return result.events


def _pair(event) -> set[str | None]:
    return {event.source.country if event.source else None, event.target.country if event.target else None}


def _trump_kim(event) -> bool:
    names = {event.source.name, event.target.name if event.target else None}
    return names == {"Donald Trump", "Kim Jong-un"}


def test_summit_meetings_on_both_days_in_hanoi(events):
    consults = [e for e in events if e.event_type == "CONSULT" and e.polarity == "positive" and _trump_kim(e)]
    days = {e.date.value for e in consults if e.date}
    assert {"2019-02-27", "2019-02-28"} <= days
    for event in consults:
        if event.date and event.date.value in ("2019-02-27", "2019-02-28"):
            assert event.location is not None and event.location.name == "Hanoi"
            assert event.location.country == "VNM"
            assert event.mode == "third-party"
            assert event.modality == "actual"


def test_the_summit_ended_without_agreement(events):
    negative = [e for e in events if e.event_type == "AGREE" and e.polarity == "negative"]
    assert any(_pair(e) == {"USA", "PRK"} for e in negative)


def test_no_positive_agreement_is_claimed(events):
    claimed = [e for e in events if e.event_type == "AGREE" and e.polarity == "positive" and e.modality == "actual"]
    assert claimed == []


def test_kim_visit_to_vietnam(events):
    visits = [
        e for e in events
        if e.event_type == "CONSULT" and e.source.name == "Kim Jong-un" and e.target and e.target.country == "VNM"
    ]
    assert visits, [(_pair(e), e.event_type) for e in events]
    visit = visits[0]
    assert visit.mode == "visit"
    assert visit.modality == "actual"  # a visit under way, not a plan (GUIDELINES)
    assert visit.date is not None and visit.date.value == "2019-03-02"


def test_roles_and_sectors_are_resolved_on_the_event_date(events):
    trump = next(e.source if e.source.name == "Donald Trump" else e.target for e in events if _trump_kim(e))
    assert trump.country == "USA" and trump.sector == "GOV"
    assert "President" in (trump.role or "")


def _normalised(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def test_offsets_point_into_the_text_as_received(events, reference_text):
    for event in events:
        original = reference_text[event.char_start : event.char_end]
        assert _normalised(original) == _normalised(event.sentence)
        assert _normalised(event.trigger) in _normalised(original)


def test_every_event_has_codes(events):
    for event in events:
        assert event.quad_class in (1, 2, 3, 4)
        assert event.cameo
        assert 0.0 < event.confidence <= 1.0


def test_month_only_header_keeps_the_two_summit_days_apart(coder, reference_text):
    """Under " date 2019-02" both days read as 2019-02, yet "hier après-midi"
    and the undated end of the summit are different happenings."""
    text = " date 2019-02 Photo : YONHAP News\n\n" + reference_text.split("\n\n", 1)[-1]
    result = coder.code_article(Article(id="month-only", text=text, source="examples/hanoi"))
    consults = [e for e in result.events if e.event_type == "CONSULT" and e.polarity == "positive" and _trump_kim(e)]
    assert {e.date.precision for e in consults} == {"month"}
    assert len({(e.date.text or "") for e in consults}) >= 2
    assert not any(e.event_type == "AGREE" and e.polarity == "positive" and e.modality == "actual" for e in result.events)


def test_every_event_sentence_is_the_exact_slice_of_the_article_as_received(reference_text):
    # typographic apostrophes and glued sentences are normalised for parsing, never in the evidence
    import chronicle

    text = reference_text.replace("'", "’")
    events = chronicle.code(text, published="2019-02-28")
    assert events
    for event in events:
        assert text[event.char_start : event.char_end] == event.sentence
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        assert event.char_start <= event.trigger_start < event.trigger_end <= event.char_end

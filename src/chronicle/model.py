"""The records that flow between Chronicle's stages.

Internal stages pass frozen dataclasses; the event record that leaves the
coder (``Event``) is a pydantic model so that every writer, the store and the
HTTP API share one validated shape (see DESIGN.md, "The event record").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Precision = Literal["day", "month", "year"]
Polarity = Literal["positive", "negative"]
Modality = Literal["actual", "intended", "hypothetical"]


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def anchor(self) -> date:
        """A concrete day to compute relative dates from (first of the period)."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day of the period (the year's, the month's, or the day itself)."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @classmethod
    def parse(cls, value: str) -> "PartialDate":
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date)."""
        text = value.strip()[:10]
        parts = text.split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError as exc:
            raise ValueError(f"not an ISO date: {value!r}") from exc
        if not 1 <= len(numbers) <= 3:
            raise ValueError(f"not an ISO date: {value!r}")
        if len(numbers) == 3:
            date(*numbers)  # validates the day
        elif len(numbers) == 2 and not 1 <= numbers[1] <= 12:
            raise ValueError(f"not an ISO date: {value!r}")
        return cls(*numbers)

    @classmethod
    def from_date(cls, value: date) -> "PartialDate":
        return cls(value.year, value.month, value.day)


@dataclass(frozen=True)
class Article:
    """One article as read, before cleaning.

    ``text`` is exactly what was received; every offset Chronicle emits points
    into it.
    """

    id: str
    text: str
    source: str  # file path, "-" for stdin
    line: int | None = None  # 1-based line in a JSONL source
    url: str | None = None
    title: str | None = None
    lang: str | None = None  # as given by the input, if any
    published: PartialDate | None = None  # as given by the input or --published


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned text with its span in the original text."""

    index: int
    text: str
    start: int  # offset in the original article text
    end: int


# ---------------------------------------------------------------- output record


class ActorRecord(BaseModel):
    """Who acts or is acted upon: a person, an organisation, or a generic group."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None  # as written in the article
    name: str | None = None  # canonical name of a named person or organisation
    country: str | None = None  # ISO 3166-1 alpha-3 or IGO/NGO code
    sector: str | None = None  # PLOVER sector code
    role: str | None = None  # role title held on the event date


class LocationRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class DateRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str
    precision: Precision
    text: str | None = None


class Event(BaseModel):
    """One coded event, traceable to the sentence that states it."""

    model_config = ConfigDict(extra="forbid")

    event_id: str
    article_id: str
    event_type: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: ActorRecord | None = None
    target: ActorRecord | None = None
    location: LocationRecord | None = None
    date: DateRecord | None = None
    polarity: Polarity = "positive"
    modality: Modality = "actual"
    speaker: ActorRecord | None = None
    trigger: str
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int
    # the trigger's own span in the article as received: original[trigger_start:trigger_end] == trigger
    trigger_start: int | None = None
    trigger_end: int | None = None
    language: str
    confidence: float = Field(ge=0.0, le=1.0)
    mentions: int = 1  # how many times this article states the event


@dataclass
class CodingResult:
    """What coding one article produced."""

    article: Article
    language: str | None
    events: list[Event] = field(default_factory=list)
    error: str | None = None  # why no events could be produced (no language pack, ...)
    published: PartialDate | None = None  # the date coding counted from: given, from the header or dateline, or inferred
    notes: tuple[str, ...] = ()  # what the user should know about how it was coded (cut into parse units, ...)

"""Errors a user sees: each names the input (file, line, field) it is about."""

from __future__ import annotations

from dataclasses import dataclass


class ChronicleError(Exception):
    """Base class of Chronicle's own errors."""


@dataclass
class InputError(ChronicleError):
    """An input record that cannot be read; coding of the other inputs goes on."""

    source: str
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f", line {self.line}"
        if self.field is not None:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class KnowledgeError(ChronicleError):
    """A knowledge or language-pack data file is invalid; raised at start-up."""


class UnsupportedLanguage(ChronicleError):
    """The article's language has no language pack."""

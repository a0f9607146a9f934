"""Text from inputs, made safe to show on a terminal.

Article text, ids, file names and stored values are untrusted: shown as they
are, Rich reads ``[link=...]`` or ``[/bold]`` in them as markup (a clickable
link, or a ``MarkupError`` that ends the command), and a terminal obeys the
escape sequences in them (ESC, CSI, OSC: clearing the screen, setting the
window title, hyperlinks). Everything from input goes through ``printable``
(control characters shown as ``\\x1b``-style escapes) and reaches Rich as a
``Text``, never as markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.progress import Progress, ProgressColumn
from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls (0x9b is an 8-bit CSI),
# bidirectional overrides and isolates (they reorder what follows on screen),
# and lone surrogates (which no terminal encoding can write).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object, *, newlines: bool = False) -> str:
    """``value`` as text with every control character written as a visible escape.

    Newlines are escaped too unless ``newlines`` is true, so a one-line
    message stays one line whatever its input holds.
    """
    pattern = _UNSAFE if newlines else _UNSAFE_OR_NEWLINE
    return pattern.sub(_escape, str(value))


def cell(value: object) -> Text:
    """A table cell holding ``value`` as plain text (no markup), control characters escaped."""
    return Text(printable("" if value is None else value, newlines=True))


def say(console: Console, label: str, style: str, message: object) -> None:
    """Print ``label: message`` on ``console``, the label styled and the message as plain text."""
    console.print(Text.assemble((label, style), ": ", printable(message)), highlight=False, soft_wrap=True)


def plot_text(value: str) -> str:
    """``value`` for a matplotlib title: ``$`` would start mathtext, and bad mathtext ends the plot."""
    return printable(value).replace("$", r"\$")


# JSON escapes C0 controls itself; these it would write raw with ensure_ascii=False.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def stderr_progress(*columns: ProgressColumn) -> Progress:
    """A progress display of ``columns`` on standard error that vanishes when done, shown
    only where standard error is a terminal (never in a pipe or a log)."""
    console = Console(stderr=True)
    return Progress(*columns, console=console, transient=True, disable=not console.is_terminal)


def write_lines(lines: Iterable[str], stream: TextIO) -> int:
    """Write each of ``lines`` and a newline to ``stream``, as they come; returns how many."""
    count = 0
    for line in lines:
        stream.write(line + "\n")
        count += 1
    return count


def json_line(record: object) -> str:
    """``record`` as one line of JSON (UTF-8 kept), with the characters a terminal would obey written as ``\\uXXXX``.

    The data is unchanged (a JSON reader gets the same strings back); only a
    terminal that shows the line is spared an 8-bit CSI or a bidi override.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(record, ensure_ascii=False))

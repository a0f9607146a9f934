"""A timeline as a picture an analyst can publish: events per period above, Goldstein sum below.

Each bar spans its period (a month's bar covers the month, from its first
day to the next month's), counts have whole-number ticks, the date axis is
labelled concisely however long the range, and ``by_quad`` stacks the
events of each quad class (verbal / material cooperation, verbal /
material conflict) in colours that keep cooperation and conflict apart.
A series with no event still gives a picture, that says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from chronicle.export.terminal import plot_text
from chronicle.store.timeline import Timeline, step

PLOT_SUFFIXES = (".png", ".svg")
_MOST_BARS = 300  # more periods than this are drawn as filled steps

# quad class -> (label, colour): blues for cooperation, reds for conflict, light for verbal
QUAD_CLASSES = {
    1: ("verbal cooperation", "#9ecae1"),
    2: ("material cooperation", "#3182bd"),
    3: ("verbal conflict", "#fc9272"),
    4: ("material conflict", "#de2d26"),
}


def plot_timeline(
    series: Timeline,
    path: Path,
    title: str,
    suffix: str | None = None,
    by_quad: dict[int, Timeline] | None = None,
) -> None:
    """Write the series to ``path`` as PNG or SVG (chosen by ``suffix``, default the path's).

    ``by_quad`` (quad class -> the same series restricted to it) stacks the
    event bars by quad class.  ``title`` may hold user input (an
    ``--actor`` value): it is drawn as plain text, never as mathtext.
    """
    suffix = (suffix or path.suffix).lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValueError(f"{path}: the plot is written as PNG or SVG; name the file .png or .svg")
    import matplotlib

    matplotlib.use("Agg")  # no display needed; must precede pyplot
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    rows = series.rows
    spans = bar_spans(series)
    starts = [start for start, _ in spans]
    widths = [end - start for start, end in spans]
    # text stays text in SVG (editable, searchable) rather than outlines
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(10, 5.5), height_ratios=(3, 2))
    try:
        edge = "white" if len(rows) <= 120 else "none"  # separators help few bars, and hide many
        # Past a few hundred periods a bar is thinner than a pixel and vanishes: the
        # series is drawn as filled steps over the same spans instead.
        dense = len(rows) > _MOST_BARS
        edges = mdates.date2num(starts + [spans[-1][1]]) if rows else []

        def draw(axis: Any, heights: list[float], base: list[float], colour: Any, label: str | None = None) -> None:
            if dense:
                tops = heights if not base else [b + h for b, h in zip(base, heights)]
                axis.stairs(tops, edges, baseline=base or 0, fill=True, color=colour, label=label)
                # a line at least a pixel wide for each period with height, so a lone busy day stays visible
                marked = [(x, b, t) for x, b, t, h in zip(edges, base or [0] * len(tops), tops, heights) if h]
                if marked:
                    axis.vlines([m[0] for m in marked], [m[1] for m in marked], [m[2] for m in marked],
                                color=colour, linewidth=1.0)  # fmt: skip
            else:
                axis.bar(starts, heights, width=widths, bottom=base or None, align="edge", color=colour,
                         edgecolor=edge, linewidth=0.5, label=label)  # fmt: skip

        if by_quad:
            base = [0] * len(rows)
            for quad, (label, colour) in QUAD_CLASSES.items():
                if quad not in by_quad:
                    continue
                counts = {row.period: row.events for row in by_quad[quad].rows}
                heights = [counts.get(start, 0) for start in starts]
                draw(top, heights, base, colour, label)
                base = [b + h for b, h in zip(base, heights)]
            top.legend(loc="upper left", fontsize="small", frameon=False, ncols=2)
        else:
            draw(top, [row.events for row in rows], [], "#4c72b0")
        top.set_ylabel(f"events per {series.by}")
        top.set_title(plot_text(title))
        top.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts are whole numbers
        top.set_ylim(0, max([1] + [row.events for row in rows]) * 1.12)  # headroom above the tallest bar
        sums = [row.goldstein_sum for row in rows]
        if dense:
            draw(bottom, [max(v, 0.0) for v in sums], [], "#55a868")
            draw(bottom, [min(v, 0.0) for v in sums], [], "#c44e52")
        else:
            draw(bottom, sums, [], ["#55a868" if v >= 0 else "#c44e52" for v in sums])
        bottom.set_ylabel("Goldstein sum")
        bottom.axhline(0, color="black", linewidth=0.6)
        bottom.set_ylabel("Goldstein sum")
        if rows:
            end = step(rows[-1].period, series.by)
            top.set_xlim(rows[0].period, end)
            if not any(row.events for row in rows):
                _empty(top, "no events in this period")
        else:
            # nothing matched: an honest empty chart on today's year rather than matplotlib's 1970
            today = date.today()
            top.set_xlim(date(today.year, 1, 1), date(today.year + 1, 1, 1))
            top.set_ylim(0, 1)
            _empty(top, "no events match this filter")
        note = 0.0
        if series.left_out:
            figure.text(
                0.01, 0.01, f"{series.left_out} matching events undated or dated too coarsely for a {series.by} series are not shown",
                fontsize="small", color="#555555",
            )  # fmt: skip
            note = 0.04
        locator = mdates.AutoDateLocator(minticks=3, maxticks=10)  # a few ticks for a week or for decades
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        for axis in (top, bottom):
            axis.spines[["top", "right"]].set_visible(False)
            axis.grid(axis="y", color="#dddddd", linewidth=0.6)
            axis.set_axisbelow(True)
        figure.tight_layout(rect=(0, note, 1, 1))
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            figure.savefig(path, format=suffix[1:])
    finally:
        plt.close(figure)


def bar_spans(series: Timeline) -> list[tuple[date, date]]:
    """Where each period's bar starts and ends: its first day, and the next period's (months and years differ in length)."""
    return [(row.period, step(row.period, series.by)) for row in series.rows]


def _empty(axis: object, message: str) -> None:
    axis.text(0.5, 0.5, message, transform=axis.transAxes, ha="center", va="center", color="#555555")  # type: ignore[attr-defined]

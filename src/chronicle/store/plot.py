"""A timeline as a picture: events per period above, Goldstein sum below."""

from __future__ import annotations

from pathlib import Path

from chronicle.export.terminal import plot_text
from chronicle.store.timeline import Timeline

PLOT_SUFFIXES = (".png", ".svg")


def plot_timeline(series: Timeline, path: Path, title: str, suffix: str | None = None) -> None:
    """Write the series to ``path`` as PNG or SVG (chosen by ``suffix``, default the path's).

    ``title`` may hold user input (an ``--actor`` value): it is drawn as
    plain text, never as mathtext.
    """
    suffix = (suffix or path.suffix).lower()
    if suffix not in PLOT_SUFFIXES:
        raise ValueError(f"{path}: the plot is written as PNG or SVG; name the file .png or .svg")
    import matplotlib

    matplotlib.use("Agg")  # no display needed; must precede pyplot
    import matplotlib.pyplot as plt

    periods = [row.period for row in series.rows]
    width = {"day": 0.8, "week": 5, "month": 25, "year": 300}[series.by]
    figure, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(10, 5.5), height_ratios=(3, 2))
    try:
        top.bar(periods, [row.events for row in series.rows], width=width, color="#4c72b0")
        top.set_ylabel(f"events per {series.by}")
        top.set_title(plot_text(title))
        sums = [row.goldstein_sum for row in series.rows]
        bottom.bar(periods, sums, width=width, color=["#55a868" if s >= 0 else "#c44e52" for s in sums])
        bottom.axhline(0, color="black", linewidth=0.6)
        bottom.set_ylabel("Goldstein sum")
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(path, format=suffix[1:])
    finally:
        plt.close(figure)

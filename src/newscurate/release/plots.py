"""PNG bar charts of a release's statistics, for its dataset card.

Charts are rendered in memory by matplotlib (a bare Figure, no pyplot: no global figure state, no
display needed) and returned as bytes; the caller writes them. The PNG carries no Software
stamp, so with the same matplotlib the same statistics give the same bytes.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from newscurate.release.statistics import CountTable, ReleaseStatistics

MAX_BARS = 20
_BAR_INCHES = 0.32
_COLOR = "#3b6ea5"


def statistics_plots(statistics: ReleaseStatistics) -> dict[str, bytes]:
    """Release-relative path (`plots/<key>.png`) -> PNG bytes, one chart per count table."""
    return {plot_path(table): bar_chart(table.top(MAX_BARS)) for table in statistics.count_tables if table.counts}


def plot_path(table: CountTable) -> str:
    return f"plots/{table.key}.png"


def bar_chart(table: CountTable) -> bytes:
    """Horizontal bars, first label on top, each bar labelled with its count."""
    labels = [label for label, _ in table.counts]
    counts = [count for _, count in table.counts]
    figure = Figure(figsize=(7, 1.2 + _BAR_INCHES * len(labels)), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(labels))
    bars = axes.barh(positions, counts, color=_COLOR)
    axes.bar_label(bars, padding=3, fontsize=8)
    axes.set_yticks(positions, labels, fontsize=8)
    axes.invert_yaxis()
    axes.set_title(table.title, fontsize=10)
    axes.set_xlabel(table.unit, fontsize=8)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(axis="x", labelsize=8)
    axes.set_ylabel(table.label, fontsize=8)
    axes.margins(x=0.12)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()

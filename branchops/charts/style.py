"""The look shared by every chart, set up once: a CJK-capable font list, colours, figure size.

Charts build ``matplotlib.figure.Figure`` objects directly (never pyplot), so they work the same
inside the desktop app, in the HQ workbook export and in tests without a display.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# First found wins: Windows, macOS, then Linux fonts; DejaVu Sans last (Latin only).
CJK_FONTS = (
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Zen Hei",
    "Source Han Sans SC",
    "Noto Sans CJK JP",
)
FALLBACK_FONT = "DejaVu Sans"

PALETTE = ("#1f6fb2", "#e07b39", "#3a9d5d", "#c4453c", "#7a5ea8", "#8c6d46", "#d16ba5", "#6b7b8c")
GOOD, WARN, BAD, MUTED = "#3a9d5d", "#e0a030", "#c4453c", "#9aa5b1"

_applied = False


def apply_style() -> None:
    """Put the CJK fonts first in matplotlib's sans-serif list (idempotent)."""
    global _applied
    if _applied:
        return
    import matplotlib

    rc = matplotlib.rcParams
    existing = [f for f in rc["font.sans-serif"] if f not in (*CJK_FONTS, FALLBACK_FONT)]
    rc["font.family"] = "sans-serif"
    rc["font.sans-serif"] = [*CJK_FONTS, FALLBACK_FONT, *existing]
    rc["axes.unicode_minus"] = False  # the minus sign is missing from some CJK fonts
    rc["axes.prop_cycle"] = matplotlib.cycler(color=PALETTE)
    rc["axes.spines.top"] = False
    rc["axes.spines.right"] = False
    rc["axes.grid"] = True
    rc["grid.alpha"] = 0.3
    rc["font.size"] = 9
    _applied = True


def new_figure(
    width: float = 6.4, height: float = 3.6, dpi: int = 100, layout: str | None = "constrained"
) -> Figure:
    from matplotlib.figure import Figure

    apply_style()
    return Figure(figsize=(width, height), dpi=dpi, layout=layout)


def save_png(figure: Figure, path: Path, dpi: int = 150) -> Path:
    figure.savefig(path, format="png", dpi=dpi)
    return path


def empty_message(figure: Figure, text: str) -> Figure:
    """A figure that says there is nothing to show yet, instead of empty axes."""
    figure.text(0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=11)
    return figure

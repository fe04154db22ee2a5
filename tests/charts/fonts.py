"""The CJK font the charts will use on this computer, for tests that need one installed."""

from __future__ import annotations

from matplotlib import font_manager

from branchops.charts.style import CJK_FONTS


def cjk_font() -> str | None:
    """The CJK font charts will use on this computer, or None when none is installed."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)

"""Feedback charts build from plain data with Chinese labels, say so when empty, save as PNG."""

from __future__ import annotations

import warnings

import pytest
from matplotlib.figure import Figure

from branchops.charts import feedback
from branchops.charts.style import save_png

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

CHARTS = {
    "trend": lambda: feedback.satisfaction_trend(
        [("2026-01", 0.91, 42.0), ("2026-02", None, None), ("2026-03", 0.94, 48.5)],
        csat_target=0.9,
    ),
    "complaints": lambda: feedback.complaints_by_month([("2026-01", 40, 2), ("2026-02", 35, 0)]),
    "bars": lambda: feedback.csat_bars(
        [("等候时间", 0.86, 267), ("服务态度", 0.93, 500)], "满意度"
    ),
}
EMPTY = {
    "trend": lambda: feedback.satisfaction_trend([("2026-01", None, None)]),
    "complaints": lambda: feedback.complaints_by_month([("2026-01", 0, 0)]),
    "bars": lambda: feedback.csat_bars([], "满意度"),
}


@pytest.mark.parametrize("name", CHARTS)
def test_chart_draws_and_saves(name, tmp_path):
    figure = CHARTS[name]()
    assert isinstance(figure, Figure) and figure.axes
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # a missing glyph would warn
        path = save_png(figure, tmp_path / f"{name}.png")
    assert path.read_bytes()[:8] == PNG_MAGIC


@pytest.mark.parametrize("name", EMPTY)
def test_empty_chart_says_there_is_nothing_yet(name):
    figure = EMPTY[name]()
    assert not figure.axes
    assert figure.texts and figure.texts[0].get_text()

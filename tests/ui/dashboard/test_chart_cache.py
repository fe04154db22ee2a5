"""Chart pictures kept by what they are drawn from: the same figures are not drawn again,
changed figures are, a chart without inputs always is, and a folder that cannot be written
costs only the drawing."""

from __future__ import annotations

import subprocess
import sys

from branchops.charts import dashboard as charts
from branchops.charts.dashboard import DashboardChart, kpi_trend
from branchops.core.period import Month
from branchops.ui.dashboard import chart_cache
from branchops.ui.dashboard.chart_cache import ChartCache

MONTH = Month(2026, 3)
SIZE = (560, 300)


def _chart(figures: dict, inputs: bool = True) -> DashboardChart:
    def draw(_session, _month):
        from branchops.charts.style import empty_message, new_figure

        return empty_message(new_figure(), str(figures["value"]))

    return DashboardChart(
        key="test:chart",
        title="A chart",
        draw=draw,
        inputs=(lambda _s, _m: figures["value"]) if inputs else None,
    )


def _counting(monkeypatch) -> list[str]:
    drawn: list[str] = []
    real = charts.render_png

    def render(chart, session, month, size_px):
        drawn.append(chart.key)
        return real(chart, session, month, size_px)

    monkeypatch.setattr(charts, "render_png", render)
    return drawn


def test_the_same_figures_are_not_drawn_again(tmp_path, monkeypatch):
    drawn = _counting(monkeypatch)
    figures = {"value": 1.5}
    chart = _chart(figures)
    first = ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    again = ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    assert first == again and first.startswith(chart_cache.PNG_SIGNATURE)
    assert drawn == ["test:chart"]
    figures["value"] = 2.5
    changed = ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    assert changed != first and len(drawn) == 2


def test_the_size_and_the_language_are_part_of_the_key(tmp_path, monkeypatch):
    chart = _chart({"value": 1.0})
    key = chart_cache.picture_key(chart, 1.0, SIZE)
    assert chart_cache.picture_key(chart, 1.0, (400, 300)) != key
    monkeypatch.setattr(chart_cache, "current_language", lambda: "other")
    assert chart_cache.picture_key(chart, 1.0, SIZE) != key


def test_a_chart_without_inputs_is_always_drawn(tmp_path, monkeypatch):
    drawn = _counting(monkeypatch)
    chart = _chart({"value": 1.0}, inputs=False)
    ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    assert len(drawn) == 2 and not list(tmp_path.iterdir())


def test_a_damaged_picture_is_drawn_again(tmp_path, monkeypatch):
    drawn = _counting(monkeypatch)
    chart = _chart({"value": 1.0})
    ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    (kept,) = tmp_path.glob("*.png")
    kept.write_bytes(b"not a picture")
    png = ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    assert png.startswith(chart_cache.PNG_SIGNATURE) and len(drawn) == 2


def test_a_folder_that_cannot_be_written_costs_only_the_drawing(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    png = ChartCache(blocked / "charts").png(_chart({"value": 1.0}), None, MONTH, SIZE)
    assert png.startswith(chart_cache.PNG_SIGNATURE)


def test_old_pictures_beyond_the_kept_number_are_deleted(tmp_path, monkeypatch):
    monkeypatch.setattr(chart_cache, "KEEP", 3)
    figures = {"value": 0.0}
    chart = _chart(figures)
    for value in range(5):
        figures["value"] = float(value)
        ChartCache(tmp_path).png(chart, None, MONTH, SIZE)
    assert len(list(tmp_path.glob("*.png"))) == 3


def test_a_kpi_trend_is_drawn_from_its_inputs(demo_ctx):
    chart = kpi_trend("quality.average_score", "Average inspection score, last 12 months")
    assert chart.inputs is not None
    with demo_ctx.db.session() as session:
        points, target = chart.inputs(session, MONTH)
    assert len(points) == charts.TREND_MONTHS and points[-1][0] == str(MONTH)
    assert target is None or isinstance(target, float)


def test_listing_the_dashboard_charts_imports_no_matplotlib():
    code = (
        "import sys\n"
        "from branchops.charts.dashboard import dashboard_charts\n"
        "assert dashboard_charts()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

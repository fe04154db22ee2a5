"""Training compliance by course: lowest first, coloured against the target, empty says so."""

from __future__ import annotations

from matplotlib.colors import to_hex

from branchops.charts import training
from branchops.charts.style import BAD, GOOD, WARN


def test_bars_lowest_first_coloured_against_the_target():
    rows = [("消防安全培训", 1.0, 25), ("反洗钱培训", 0.88, 25), ("应急救护培训", 0.5, 4)]
    figure = training.compliance_by_course(rows, target=0.95)
    (axes,) = figure.axes
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["应急救护培训", "反洗钱培训", "消防安全培训"]
    colours = [to_hex(bar.get_facecolor()) for bar in axes.patches]
    assert colours == [BAD, WARN, GOOD]
    assert [round(bar.get_width()) for bar in axes.patches] == [50, 88, 100]
    assert "88% (25)" in [t.get_text() for t in axes.texts]


def test_no_required_course_says_so():
    figure = training.compliance_by_course([])
    assert not figure.axes and figure.texts[0].get_text()

"""Quality charts build from plain data with Chinese labels and save as PNG."""

from __future__ import annotations

import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

from branchops.charts import quality
from branchops.charts.style import CJK_FONTS, apply_style, save_png
from tests.charts.fonts import cjk_font

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

CHARTS = {
    "trend": lambda: quality.score_trend(
        {
            "每日营业前检查": [("2025-01", 96.5), ("2025-02", 94.0), ("2025-03", 97.2)],
            "神秘客暗访": [("2025-02", 88.0), ("2025-03", 91.5)],
        },
        target=90,
    ),
    "categories": lambda: quality.category_averages(
        [("环境卫生", 95.2), ("安全保卫", 88.4), ("服务礼仪", 78.9)], good=90, passing=80
    ),
    "pareto": lambda: quality.pareto(
        [("叫号机打印纸卡纸，未及时更换", 12), ("未佩戴工牌", 7), ("宣传资料过期", 3)]
    ),
    "staff": lambda: quality.findings_per_staff([("王芳", 5), ("李强", 2)]),
}


def test_the_font_list_puts_cjk_fonts_first():
    apply_style()
    families = matplotlib.rcParams["font.sans-serif"]
    assert families[: len(CJK_FONTS)] == list(CJK_FONTS)
    assert families[len(CJK_FONTS)] == "DejaVu Sans"
    assert matplotlib.rcParams["axes.unicode_minus"] is False


@pytest.mark.parametrize("name", CHARTS)
def test_chart_saves_a_png_with_chinese_labels(name, tmp_path):
    figure = CHARTS[name]()
    assert isinstance(figure, Figure)
    texts = [
        t.get_text() for ax in figure.axes for t in ax.get_yticklabels() + ax.get_xticklabels()
    ]
    texts += [ax.get_title() for ax in figure.axes]
    texts += [t.get_text() for ax in figure.axes if ax.get_legend() for t in ax.get_legend().texts]
    assert any("\u4e00" <= ch <= "\u9fff" for text in texts for ch in text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = save_png(figure, tmp_path / f"{name}.png")
    assert path.read_bytes()[:8] == PNG_MAGIC
    assert path.stat().st_size > 5_000
    if cjk_font() is not None:  # with a CJK font installed, no glyph may be missing
        assert not [w for w in caught if "missing from" in str(w.message)]


@pytest.mark.parametrize(
    "build",
    [
        lambda: quality.score_trend({}),
        lambda: quality.category_averages([], good=90, passing=80),
        lambda: quality.pareto([]),
        lambda: quality.findings_per_staff([]),
    ],
)
def test_empty_data_shows_a_message_not_empty_axes(build, tmp_path):
    figure = build()
    assert figure.axes == []
    assert figure.texts and figure.texts[0].get_text()
    assert save_png(figure, tmp_path / "empty.png").read_bytes()[:8] == PNG_MAGIC


def test_pareto_line_reaches_one_hundred_percent():
    figure = quality.pareto([("甲", 6), ("乙", 3), ("丙", 1)])
    share_axes = figure.axes[1]
    (line,) = share_axes.get_lines()
    assert list(line.get_ydata()) == pytest.approx([60.0, 90.0, 100.0])

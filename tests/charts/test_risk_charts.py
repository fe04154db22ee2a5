"""Risk charts: heat maps whose cells carry the counts, clicks mapped back to cells, score
history and step times, all saved as PNG with Chinese labels."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from branchops import i18n
from branchops.charts import risk
from branchops.charts.style import save_png
from tests.charts.fonts import cjk_font

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
BANDS = (4, 9, 16)
COUNTS = {(3, 5): 2, (2, 4): 7, (1, 1): 1}


def test_each_heat_map_cell_shows_its_count_in_its_level_colour():
    figure = risk.heat_maps([("inherent", "固有风险", COUNTS), ("residual", "剩余风险", {})], BANDS)
    inherent, residual = figure.axes
    assert (inherent.get_gid(), residual.get_gid()) == ("inherent", "residual")
    shown = {(round(t.get_position()[0]), round(t.get_position()[1])): t.get_text()
             for t in inherent.texts}  # fmt: skip
    assert shown == {cell: str(n) for cell, n in COUNTS.items()}
    assert len(residual.texts) == 0
    cells = inherent.images[0].get_array()
    assert cells.shape == (5, 5, 4)
    assert tuple(cells[4][2]) == to_rgba(risk.level_colour(15, BANDS), 0.9)  # impact 5, l 3
    assert tuple(cells[0][4]) == to_rgba(risk.level_colour(5, BANDS), 0.3)  # empty cell
    selected = risk.heat_maps([("residual", "剩余", COUNTS)], BANDS, ("residual", 2, 4))
    (frame,) = selected.axes[0].patches
    assert frame.get_xy() == (1.5, 3.5)
    risk.mark_cell(selected, ("residual", 5, 5))
    (moved,) = selected.axes[0].patches
    assert moved.get_xy() == (4.5, 4.5)
    risk.mark_cell(selected, None)
    assert len(selected.axes[0].patches) == 0
    assert risk.level_colour(25, BANDS) == risk.LEVEL_COLOURS[3]
    assert risk.level_colour(4, BANDS) == risk.LEVEL_COLOURS[0]


@pytest.mark.parametrize(
    ("point", "cell"),
    [((3.2, 4.6), (3, 5)), ((1.0, 1.0), (1, 1)), ((0.4, 2), None), ((5.6, 1), None),
     ((None, 1), None)],
)  # fmt: skip
def test_a_click_maps_to_its_cell(point, cell):
    assert risk.cell_at(*point) == cell


CHARTS = {
    "heat_maps": lambda: risk.heat_maps([("residual", "剩余风险热力图", COUNTS)], BANDS),
    "history": lambda: risk.score_history(
        [(date(2025, 1, 5), 15, 12), (date(2025, 4, 2), 15, 8), (date(2025, 9, 30), 15, 6)],
        BANDS,
        "营业厅火灾：评分变化",
    ),
    "steps": lambda: risk.step_times(
        [
            ("疏散", 180, [(date(2024, 5, 1), 240), (date(2025, 5, 3), 170)]),
            ("报警", 30, [(date(2024, 5, 1), 45), (date(2025, 5, 3), 28)]),
        ],
        "火灾疏散：各步骤用时",
    ),
}


@pytest.mark.parametrize("name", CHARTS)
def test_chart_saves_a_png_with_chinese_labels(name, tmp_path):
    figure = CHARTS[name]()
    assert isinstance(figure, Figure)
    texts = [ax.get_title() for ax in figure.axes] + [ax.get_xlabel() for ax in figure.axes]
    assert any("\u4e00" <= ch <= "\u9fff" for text in texts for ch in text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = save_png(figure, tmp_path / f"{name}.png")
    assert path.read_bytes()[:8] == PNG_MAGIC and path.stat().st_size > 5_000
    if cjk_font() is not None:
        assert not [w for w in caught if "missing from" in str(w.message)]


def test_english_labels_when_english_is_chosen():
    i18n.set_language("en")
    figure = risk.heat_maps([("inherent", "Inherent", COUNTS)], BANDS)
    assert figure.axes[0].get_xlabel() == "Likelihood"


@pytest.mark.parametrize(
    "build", [lambda: risk.score_history([], BANDS), lambda: risk.step_times([])]
)
def test_empty_data_shows_a_message(build, tmp_path):
    figure = build()
    assert not figure.axes and figure.texts[0].get_text()
    assert save_png(figure, tmp_path / "empty.png").read_bytes()[:8] == PNG_MAGIC

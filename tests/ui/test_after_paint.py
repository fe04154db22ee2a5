"""AfterPaint: the secondary drawing runs once, after the list's next paint, not before."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from branchops.ui.widgets.after_paint import AfterPaint


def test_runs_once_after_the_target_paints(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    calls: list[int] = []
    after = AfterPaint(view.viewport(), lambda: calls.append(1))
    after.arm()
    after.arm()  # a second reload before the paint asks for no second drawing
    assert calls == []  # nothing runs before the target has painted
    view.show()
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(20)
    assert calls == [1]
    after.arm()
    qtbot.waitUntil(lambda: calls == [1, 1])


def test_waits_for_a_paint_at_which_the_target_is_ready(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    ready = {"rows": False}
    calls: list[int] = []
    after = AfterPaint(view.viewport(), lambda: calls.append(1), lambda: ready["rows"])
    view.show()
    qtbot.waitExposed(view)
    after.arm()
    qtbot.wait(50)
    assert calls == []  # painted, but its rows had not come
    ready["rows"] = True
    view.viewport().update()
    qtbot.waitUntil(lambda: calls == [1])

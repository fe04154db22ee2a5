from branchops.ui.first_paint import FirstPaintProbe
from branchops.ui.main_window import MainWindow


def test_probe_reports_the_frame_then_the_last_page_painting(qtbot, ui_ctx, capsys):
    window = MainWindow()
    qtbot.addWidget(window)
    ended = []
    probe = FirstPaintProbe(window, 0.0, done=lambda: ended.append(True))
    window.resize(1000, 640)
    window.show()
    qtbot.waitUntil(lambda: probe.shown)
    assert probe.page is None  # still "Opening the database…"
    window.attach(ui_ctx)
    qtbot.waitUntil(lambda: probe.painted)
    assert probe.page is window.stack.currentWidget()
    if callable(getattr(probe.page, "is_ready", None)):
        qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    else:
        qtbot.waitUntil(lambda: bool(ended))
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names[:2] == ["shown", "page"]

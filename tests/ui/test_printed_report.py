"""The report buttons: disabled without a record; the PDF one saves in the language chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from branchops.ui.widgets.printed_report import ReportPdfButton, ReportPrintButton


def test_the_pdf_button_saves_the_record_in_the_chosen_language(qtbot, monkeypatch, tmp_path):
    asked: list[str] = []
    saved: list[tuple[int, Path, str]] = []

    def save_name(parent, title, name, pattern):
        asked.append(name)
        return str(tmp_path / name), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    button = ReportPdfButton(
        None,  # type: ignore[arg-type]  # the export below needs no context
        lambda ctx, record_id, path, code: saved.append((record_id, path, code)),
        "Save",
        lambda record_id, code: f"drill-{record_id}-{code}.pdf",
    )
    qtbot.addWidget(button)
    assert not button.isEnabled()
    button.run("zh_CN")
    assert saved == []  # no record: nothing is asked or saved
    button.set_record(7)
    assert button.isEnabled()
    button.run("en")
    assert asked == ["drill-7-en.pdf"]
    assert saved == [(7, tmp_path / "drill-7-en.pdf", "en")]
    labels = [action.text() for action in button.menu().actions()]
    assert len(labels) == 2


def test_the_print_button_waits_for_a_record(qtbot):
    button = ReportPrintButton(None, lambda *args: None, "Print")  # type: ignore[arg-type]
    qtbot.addWidget(button)
    assert not button.isEnabled()
    button.set_record(3)
    assert button.isEnabled() and button.record_id == 3

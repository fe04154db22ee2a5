"""Choosing a shift swap: who gives which day's shift, and who takes it (and gives back)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from branchops.core.staff.roster import GridPerson
from branchops.core.staff.roster_sheet import weekday_short
from branchops.i18n import translate


class SwapDialog(QDialog):
    def __init__(
        self,
        people: list[GridPerson],
        days: list[date],
        selected: list[tuple[int, date]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RosterPage", "Swap shifts"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate(
                    "RosterPage",
                    "The first person's shift goes to the second person, who gives their shift "
                    "on the second day in return. On one day the two simply exchange shifts.",
                )
            )
        )
        self.person_a, self.day_a = self._person_combo(people), self._day_combo(days)
        self.person_b, self.day_b = self._person_combo(people), self._day_combo(days)
        form.addRow(translate("RosterPage", "First person"), self.person_a)
        form.addRow(translate("RosterPage", "Their day"), self.day_a)
        form.addRow(translate("RosterPage", "Second person"), self.person_b)
        form.addRow(translate("RosterPage", "Their day"), self.day_b)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._preselect(selected)

    @staticmethod
    def _person_combo(people: list[GridPerson]) -> QComboBox:
        combo = QComboBox()
        for person in people:
            combo.addItem(f"{person.name} ({person.employee_no})", person.id)
        return combo

    @staticmethod
    def _day_combo(days: list[date]) -> QComboBox:
        combo = QComboBox()
        for day in days:
            combo.addItem(f"{day.isoformat()} {weekday_short(day)}", day)
        return combo

    def _preselect(self, selected: list[tuple[int, date]]) -> None:
        pairs = ((self.person_a, self.day_a), (self.person_b, self.day_b))
        for (person, day), (pid, when) in zip(pairs, selected[:2], strict=False):
            person.setCurrentIndex(max(0, person.findData(pid)))
            day.setCurrentIndex(max(0, day.findData(when)))
        if len(selected) == 1:
            self.day_b.setCurrentIndex(self.day_a.currentIndex())
            self.person_b.setCurrentIndex(min(1, self.person_b.count() - 1))

    def choice(self) -> tuple[int, date, int, date]:
        return (
            self.person_a.currentData(),
            self.day_a.currentData(),
            self.person_b.currentData(),
            self.day_b.currentData(),
        )

"""The roster as a printable sheet (plain data): read by the Excel writer and the PDF painter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.branch.models import PROFILE_ID, BranchProfile
from branchops.core.staff.labels import leave_kind_label
from branchops.core.staff.models import LeaveKind, RosterChange
from branchops.core.staff.roster import load_grid
from branchops.i18n import QT_TRANSLATE_NOOP, translate

LEAVE_SHORT = {
    LeaveKind.ANNUAL: QT_TRANSLATE_NOOP("LeaveShort", "AL"),
    LeaveKind.SICK: QT_TRANSLATE_NOOP("LeaveShort", "SL"),
    LeaveKind.PERSONAL: QT_TRANSLATE_NOOP("LeaveShort", "PL"),
    LeaveKind.TRAINING: QT_TRANSLATE_NOOP("LeaveShort", "TR"),
    LeaveKind.OTHER: QT_TRANSLATE_NOOP("LeaveShort", "LV"),
    LeaveKind.MARRIAGE: QT_TRANSLATE_NOOP("LeaveShort", "MR"),
    LeaveKind.MATERNITY: QT_TRANSLATE_NOOP("LeaveShort", "MT"),
    LeaveKind.PATERNITY: QT_TRANSLATE_NOOP("LeaveShort", "PT"),
    LeaveKind.BEREAVEMENT: QT_TRANSLATE_NOOP("LeaveShort", "BV"),
    LeaveKind.WORK_INJURY: QT_TRANSLATE_NOOP("LeaveShort", "WI"),
}
ALWAYS_IN_LEGEND = (
    LeaveKind.ANNUAL,
    LeaveKind.SICK,
    LeaveKind.PERSONAL,
    LeaveKind.TRAINING,
    LeaveKind.OTHER,
)
LEAVE_COLOUR = "#e0e0e0"
CHANGED_MARK = "*"
_WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("WeekdayShort", "Mon"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Tue"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Wed"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Thu"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Fri"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Sat"),
    QT_TRANSLATE_NOOP("WeekdayShort", "Sun"),
)


def leave_short(kind: LeaveKind) -> str:
    return translate("LeaveShort", LEAVE_SHORT[kind])


def weekday_short(day: date) -> str:
    return translate("WeekdayShort", _WEEKDAY_SHORT[day.weekday()])


@dataclass(frozen=True)
class SheetCell:
    text: str  # shift code, leave mark, or ""
    colour: str | None  # background "#rrggbb"
    changed: bool  # changed after publication


@dataclass(frozen=True)
class SheetRow:
    employee_no: str
    name: str
    position: str
    cells: list[SheetCell]
    hours: float


@dataclass(frozen=True)
class LegendItem:
    code: str
    name: str
    times: str
    paid_hours: float
    colour: str


@dataclass(frozen=True)
class RosterSheet:
    branch_name: str
    first: date
    last: date
    days: list[date]
    closed_days: set[date]
    rows: list[SheetRow]
    legend: list[LegendItem]
    leave_legend: list[tuple[str, str]]  # (mark, meaning)
    published_at: datetime | None
    fully_published: bool
    changes: list[str]  # one sentence per change after publication
    shift_count: int

    @property
    def period_label(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    @property
    def status_label(self) -> str:
        if self.published_at is None:
            return translate("Roster", "Draft – not published")
        text = translate("Roster", "Published {when}").format(
            when=self.published_at.strftime("%Y-%m-%d %H:%M")
        )
        if not self.fully_published:
            text += translate("Roster", " (partly; other days are a draft)")
        return text


def roster_sheet(session: Session, first: date, last: date) -> RosterSheet:
    grid = load_grid(session, first, last)
    profile = session.get(BranchProfile, PROFILE_ID)
    shifts = {s.code: s for s in grid.shifts}
    rows = []
    for person in grid.people:
        cells, minutes = [], 0.0
        for day in grid.days:
            key = (person.id, day)
            code = grid.cells.get(key, "")
            changed = key in grid.changed
            if code:
                shift = shifts[code]
                minutes += shift.paid_hours
                cells.append(
                    SheetCell(code + (CHANGED_MARK if changed else ""), shift.colour, changed)
                )
            elif key in grid.leave:
                cells.append(SheetCell(leave_short(grid.leave[key]), LEAVE_COLOUR, changed))
            else:
                cells.append(SheetCell(CHANGED_MARK if changed else "", None, changed))
        rows.append(SheetRow(person.employee_no, person.name, person.position, cells, minutes))
    used = {c for c in grid.cells.values()}
    legend = [
        LegendItem(s.code, s.name, s.times, s.paid_hours, s.colour)
        for s in grid.shifts
        if s.active or s.code in used
    ]
    shown = set(ALWAYS_IN_LEGEND) | set(grid.leave.values())  # the rarer kinds when used
    leave_legend = [(leave_short(k), leave_kind_label(k)) for k in LeaveKind if k in shown]
    return RosterSheet(
        branch_name=profile.name if profile else "",
        first=first,
        last=last,
        days=grid.days,
        closed_days=grid.closed,
        rows=rows,
        legend=legend,
        leave_legend=leave_legend,
        published_at=grid.published_at,
        fully_published=bool(grid.days) and set(grid.days) <= grid.published,
        changes=_change_sentences(session, first, last, grid.changed, grid.people),
        shift_count=len(grid.cells),
    )


def _change_sentences(session, first, last, changed, people) -> list[str]:
    if not changed:
        return []
    names = {p.id: p.name for p in people}
    rows = session.scalars(
        select(RosterChange)
        .where(RosterChange.day >= first, RosterChange.day <= last)
        .order_by(RosterChange.day, RosterChange.changed_at)
    )
    off = translate("Roster", "off")
    return [
        translate("Roster", "{name}, {day}: {old} → {new} ({reason})").format(
            name=names.get(r.staff_id, "?"),
            day=r.day.isoformat(),
            old=r.old_shift or off,
            new=r.new_shift or off,
            reason=r.reason,
        )
        for r in rows
        if (r.staff_id, r.day) in changed
    ]

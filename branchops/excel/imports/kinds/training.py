"""Import kind ``attendance``: a training session's attendance (培训签到表), one row per person."""

from __future__ import annotations

from typing import Any

from branchops.core.imports.common import RowRef
from branchops.core.training.imports import AttendanceImportRow, import_attendance
from branchops.core.training.labels import ATTENDANCE_LABELS
from branchops.core.training.models import AttendanceStatus
from branchops.excel.imports.spec import ChoiceSpec, ColumnSpec, ImportKind, ValueType
from branchops.i18n import QT_TRANSLATE_NOOP

# Chinese words accepted whatever the user's language (the labels are translated too).
_ATTENDANCE_WORDS = {
    AttendanceStatus.PRESENT: ("出席", "到场", "参加", "已参加", "签到", "是", "√", "present"),
    AttendanceStatus.ABSENT: ("缺席", "未到", "未参加", "否", "×", "absent"),
    AttendanceStatus.EXCUSED: ("请假", "事假", "病假", "公假", "excused"),
}

COLUMNS = (
    ColumnSpec(
        "course",
        QT_TRANSLATE_NOOP("Import", "Course"),
        ValueType.TEXT,
        required=True,
        aliases=("课程", "课程名称", "培训课程", "课程编号"),
        max_length=128,
        example="消防安全员培训",
        width=24,
        help=QT_TRANSLATE_NOOP("Import", "The course's code or title, as on the Training page."),
    ),
    ColumnSpec(
        "day",
        QT_TRANSLATE_NOOP("Import", "Session date"),
        ValueType.DATE,
        required=True,
        aliases=("培训日期", "日期", "培训时间"),
        example="2026-03-16",
        width=14,
        help=QT_TRANSLATE_NOOP(
            "Import", "Rows with the same course and date are one session; it is created if new."
        ),
    ),
    ColumnSpec(
        "employee_no",
        QT_TRANSLATE_NOOP("Import", "Employee no."),
        ValueType.TEXT,
        required=True,
        aliases=("工号", "员工编号", "员工号"),
        max_length=32,
        example="E0012",
    ),
    ColumnSpec(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        ValueType.TEXT,
        aliases=("姓名", "员工姓名"),
        max_length=64,
        example="张三",
        help=QT_TRANSLATE_NOOP("Import", "Optional; checked against the employee no."),
    ),
    ColumnSpec(
        "status",
        QT_TRANSLATE_NOOP("Import", "Attendance"),
        ValueType.CHOICE,
        aliases=("出勤", "出勤情况", "签到情况", "是否参加"),
        choices=tuple(
            ChoiceSpec(s.value, "Training", ATTENDANCE_LABELS[s], _ATTENDANCE_WORDS[s])
            for s in AttendanceStatus
        ),
        example="出席",
        help=QT_TRANSLATE_NOOP("Import", "Empty means present."),
    ),
    ColumnSpec(
        "score",
        QT_TRANSLATE_NOOP("Import", "Score"),
        ValueType.NUMBER,
        aliases=("成绩", "分数", "考试成绩", "考核成绩"),
        minimum=0,
        maximum=100,
        example=92,
        help=QT_TRANSLATE_NOOP("Import", "0–100; passed when it reaches the course's pass mark."),
    ),
    ColumnSpec(
        "certificate_no",
        QT_TRANSLATE_NOOP("Import", "Certificate no."),
        ValueType.TEXT,
        aliases=("证书编号", "证书号"),
        max_length=64,
        help=QT_TRANSLATE_NOOP(
            "Import", "Empty: numbered automatically when the course issues certificates."
        ),
    ),
    ColumnSpec(
        "start_time",
        QT_TRANSLATE_NOOP("Import", "Start time"),
        ValueType.TEXT,
        aliases=("开始时间", "时间"),
        max_length=8,
        example="17:30",
        help=QT_TRANSLATE_NOOP("Import", "Only to tell two sessions of one day apart."),
    ),
    ColumnSpec(
        "trainer",
        QT_TRANSLATE_NOOP("Import", "Trainer"),
        ValueType.TEXT,
        aliases=("讲师", "培训讲师", "授课人"),
        max_length=64,
    ),
    ColumnSpec(
        "place",
        QT_TRANSLATE_NOOP("Import", "Place"),
        ValueType.TEXT,
        aliases=("地点", "培训地点"),
        max_length=128,
    ),
    ColumnSpec(
        "hours",
        QT_TRANSLATE_NOOP("Import", "Hours"),
        ValueType.NUMBER,
        aliases=("学时", "课时", "时长"),
        minimum=0.1,
        maximum=200,
        help=QT_TRANSLATE_NOOP("Import", "Empty means the course's hours."),
    ),
)


def make_row(ref: RowRef, values: dict[str, Any]) -> AttendanceImportRow:
    def text(key: str) -> str:
        return values.get(key) or ""

    status = values.get("status")
    return AttendanceImportRow(
        ref=ref,
        course=text("course"),
        day=values.get("day"),
        employee_no=text("employee_no"),
        name=text("name"),
        status=AttendanceStatus(status) if status else None,
        score=values.get("score"),
        certificate_no=text("certificate_no"),
        start_time=text("start_time"),
        trainer=text("trainer"),
        place=text("place"),
        hours=values.get("hours"),
    )


KIND = ImportKind(
    key="attendance",
    title=QT_TRANSLATE_NOOP("Import", "Training attendance"),
    sheet=QT_TRANSLATE_NOOP("Import", "Attendance"),
    sheet_aliases=("签到表", "培训签到表", "培训记录", "出勤"),
    columns=COLUMNS,
    unique=("course", "day", "employee_no"),
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per person and session. A session already recorded keeps the people "
            "the file does not list; the people it lists get the file's attendance and score.",
        ),
    ),
    commit=import_attendance,
    make_row=make_row,
)
KINDS = (KIND,)

"""Import kind ``staff``: the staff list, keyed by employee no. (updated, never duplicated)."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchops.core.imports.common import RowRef
from branchops.core.imports.staff import StaffImportRow, import_staff
from branchops.core.staff.models import Employment, Staff
from branchops.core.staff.service import NAME_LENGTH, PHONE_LENGTH, POSITION_LENGTH, column_length
from branchops.excel.imports.spec import ChoiceSpec, ColumnSpec, ImportKind, ValueType
from branchops.i18n import QT_TRANSLATE_NOOP

EMPLOYMENT = (
    ChoiceSpec(
        Employment.FULL_TIME.value,
        "Import",
        QT_TRANSLATE_NOOP("Import", "Full time"),
        ("全职", "full-time", "fulltime"),
    ),
    ChoiceSpec(
        Employment.PART_TIME.value,
        "Import",
        QT_TRANSLATE_NOOP("Import", "Part time"),
        ("兼职", "part-time", "parttime"),
    ),
)

COLUMNS = (
    ColumnSpec(
        "employee_no",
        QT_TRANSLATE_NOOP("Import", "Employee no."),
        required=True,
        help=QT_TRANSLATE_NOOP(
            "Import", "Unique per person; importing again updates the person with this number."
        ),
        example="E0012",
        aliases=("工号", "员工编号", "员工号", "编号", "employee number"),
        max_length=column_length(Staff.__table__.c.employee_no),
        width=12,
    ),
    ColumnSpec(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        required=True,
        help=QT_TRANSLATE_NOOP("Import", "Full name."),
        example="王芳",
        aliases=("姓名", "名字", "full name"),
        max_length=NAME_LENGTH,
        width=12,
    ),
    ColumnSpec(
        "position",
        QT_TRANSLATE_NOOP("Import", "Position"),
        help=QT_TRANSLATE_NOOP("Import", "A new position is created if it does not exist yet."),
        example="柜员",
        aliases=("岗位", "职位", "职务"),
        max_length=POSITION_LENGTH,
        width=12,
    ),
    ColumnSpec(
        "employment",
        QT_TRANSLATE_NOOP("Import", "Employment"),
        ValueType.CHOICE,
        help=QT_TRANSLATE_NOOP("Import", "Full time or part time; empty means full time."),
        example="全职",
        aliases=("用工类型", "用工性质", "全职/兼职"),
        choices=EMPLOYMENT,
        width=12,
    ),
    ColumnSpec(
        "weekly_hours",
        QT_TRANSLATE_NOOP("Import", "Contracted hours a week"),
        ValueType.NUMBER,
        help=QT_TRANSLATE_NOOP("Import", "Empty means 40 for full time, 20 for part time."),
        example=40,
        aliases=("每周合同工时", "周工时", "合同工时", "weekly hours"),
        minimum=0.5,
        maximum=84,
        width=12,
    ),
    ColumnSpec(
        "hire_date",
        QT_TRANSLATE_NOOP("Import", "Hire date"),
        ValueType.DATE,
        help=QT_TRANSLATE_NOOP("Import", "YYYY-MM-DD."),
        example=date(2021, 3, 1),
        aliases=("入职日期", "入职时间"),
        width=12,
    ),
    ColumnSpec(
        "leave_date",
        QT_TRANSLATE_NOOP("Import", "Leaving date"),
        ValueType.DATE,
        help=QT_TRANSLATE_NOOP(
            "Import", "Last working day of someone who left; empty while employed."
        ),
        aliases=("离职日期", "离职时间"),
        width=12,
    ),
    ColumnSpec(
        "active",
        QT_TRANSLATE_NOOP("Import", "Active"),
        ValueType.BOOL,
        help=QT_TRANSLATE_NOOP(
            "Import",
            "Yes or No; empty: decided by the leaving date. No without a leaving date: not "
            "rostered from the day of the import.",
        ),
        example="是",
        aliases=("在职", "是否在职", "状态"),
        width=8,
    ),
    ColumnSpec(
        "skills",
        QT_TRANSLATE_NOOP("Import", "Skills"),
        ValueType.LIST,
        help=QT_TRANSLATE_NOOP(
            "Import", "Skills and qualifications separated by 、 or commas; new ones are created."
        ),
        example="柜员上岗、急救",
        aliases=("技能", "资质", "技能/资质", "技能资质"),
        width=24,
    ),
    ColumnSpec(
        "phone",
        QT_TRANSLATE_NOOP("Import", "Mobile phone"),
        help=QT_TRANSLATE_NOOP("Import", "Digits, spaces, + and - only."),
        example="13812345678",
        aliases=("手机", "手机号", "手机号码", "电话", "联系电话", "phone"),
        max_length=PHONE_LENGTH,
        width=14,
    ),
    ColumnSpec(
        "first_work_date",
        QT_TRANSLATE_NOOP("Import", "Date of first employment"),
        ValueType.DATE,
        help=QT_TRANSLATE_NOOP(
            "Import",
            "When the person first started work, with any employer (annual leave counts all "
            "years of service); empty means the hire date.",
        ),
        example=date(2015, 7, 1),
        aliases=("参加工作日期", "参加工作时间", "首次参加工作日期", "first employment date"),
        width=12,
    ),
)


def make_row(ref: RowRef, values: dict[str, Any]) -> StaffImportRow:
    return StaffImportRow(
        ref=ref,
        employee_no=values.get("employee_no") or "",
        name=values.get("name") or "",
        position=values.get("position") or "",
        employment=Employment(values["employment"]) if values.get("employment") else None,
        weekly_hours=values.get("weekly_hours"),
        hire_date=values.get("hire_date"),
        first_work_date=values.get("first_work_date"),
        leave_date=values.get("leave_date"),
        active=values.get("active"),
        skills=tuple(values.get("skills") or ()),
        phone=values.get("phone") or "",
    )


KIND = ImportKind(
    key="staff",
    title=QT_TRANSLATE_NOOP("Import", "Staff list"),
    sheet=QT_TRANSLATE_NOOP("Import", "Staff"),
    sheet_aliases=("人员", "员工", "员工名单", "人员名单"),
    columns=COLUMNS,
    unique=("employee_no",),
    updates=True,
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per person. People already in BranchOps are "
            "updated by their employee no.; nobody is ever deleted.",
        ),
    ),
    commit=import_staff,
    make_row=make_row,
)

KINDS = (KIND,)

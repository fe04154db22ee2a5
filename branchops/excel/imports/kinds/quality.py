"""Import kind ``checklist``: checklist templates, one row per item (检查表模板)."""

from __future__ import annotations

from typing import Any

from branchops.core.imports.checklist import ChecklistImportRow, import_checklists
from branchops.core.imports.common import RowRef
from branchops.core.quality.labels import ANSWER_TYPE_LABELS, CATEGORY_LABELS, RECURRENCE_LABELS
from branchops.core.quality.models import AnswerType, Category, Recurrence
from branchops.excel.imports.spec import ChoiceSpec, ColumnSpec, ImportKind, ValueType
from branchops.i18n import QT_TRANSLATE_NOOP

# Chinese words accepted whatever the user's language (the labels are translated too).
_CATEGORY_WORDS = {
    Category.ENVIRONMENT: ("环境卫生", "环境"),
    Category.APPEARANCE: ("仪容仪表",),
    Category.ETIQUETTE: ("服务礼仪", "礼仪"),
    Category.COMPLIANCE: ("业务流程合规", "合规", "流程合规"),
    Category.SECURITY: ("安全保卫", "安全"),
    Category.FACILITIES: ("设备设施", "设备"),
}
_ANSWER_WORDS = {
    AnswerType.PASS_FAIL: ("合格/不合格", "通过/不通过", "pass/fail"),
    AnswerType.SCALE: ("评分", "打分", "scale"),
    AnswerType.YES_NO: ("是/否", "yes/no"),
    AnswerType.CHOICE: ("选项", "下拉", "choice"),
    AnswerType.NUMBER: ("数值", "数字", "number"),
}
_RECURRENCE_WORDS = {
    Recurrence.NONE: ("不定期", "无"),
    Recurrence.DAILY: ("每日", "每天", "daily"),
    Recurrence.WEEKLY: ("每周", "weekly"),
    Recurrence.MONTHLY: ("每月", "monthly"),
}


def _choices(labels: dict, words: dict) -> tuple[ChoiceSpec, ...]:
    return tuple(ChoiceSpec(k.value, "Quality", labels[k], words.get(k, ())) for k in labels)


def _text(title: str, key: str, aliases: tuple[str, ...], **extra: Any) -> ColumnSpec:
    return ColumnSpec(key, title, ValueType.TEXT, aliases=aliases, **extra)


COLUMNS = (
    _text(
        QT_TRANSLATE_NOOP("Import", "Checklist"),
        "template",
        ("检查表", "检查表名称", "模板"),
        required=True,
        max_length=128,
        example="每日营业前检查",
        width=20,
        help=QT_TRANSLATE_NOOP(
            "Import",
            "Rows with the same checklist name form one "
            "checklist; an existing checklist of that name is updated.",
        ),
    ),
    _text(
        QT_TRANSLATE_NOOP("Import", "Checklist (English)"),
        "template_en",
        ("检查表英文名", "英文名称"),
        max_length=128,
        example="Daily opening check",
        width=20,
    ),
    ColumnSpec(
        "recurrence",
        QT_TRANSLATE_NOOP("Import", "Recurrence"),
        ValueType.CHOICE,
        aliases=("频次", "检查频次", "周期"),
        choices=_choices(RECURRENCE_LABELS, _RECURRENCE_WORDS),
        example="每日",
        help=QT_TRANSLATE_NOOP("Import", "Once per checklist (any of its rows)."),
    ),
    ColumnSpec(
        "recurrence_day",
        QT_TRANSLATE_NOOP("Import", "Recurrence day"),
        ValueType.INT,
        aliases=("检查日",),
        minimum=0,
        maximum=31,
        help=QT_TRANSLATE_NOOP(
            "Import", "Weekly: 0 = Monday … 6 = Sunday; monthly: the day of the month."
        ),
    ),
    ColumnSpec(
        "pass_mark",
        QT_TRANSLATE_NOOP("Import", "Pass mark"),
        ValueType.NUMBER,
        aliases=("合格分", "及格分"),
        minimum=0,
        maximum=100,
        example=90,
    ),
    _text(
        QT_TRANSLATE_NOOP("Import", "Section"),
        "section",
        ("分区", "部分", "章节", "检查部分"),
        required=True,
        max_length=128,
        example="安全保卫",
    ),
    _text(
        QT_TRANSLATE_NOOP("Import", "Item"),
        "item",
        ("检查项目", "检查项", "检查内容", "项目"),
        required=True,
        max_length=500,
        example="监控录像系统运行正常",
        width=40,
    ),
    _text(
        QT_TRANSLATE_NOOP("Import", "Item (English)"),
        "item_en",
        ("检查项目英文",),
        max_length=500,
        width=30,
    ),
    ColumnSpec(
        "answer_type",
        QT_TRANSLATE_NOOP("Import", "Answer type"),
        ValueType.CHOICE,
        aliases=("答题方式", "结果类型", "评分方式"),
        choices=_choices(ANSWER_TYPE_LABELS, _ANSWER_WORDS),
        example="合格/不合格",
        help=QT_TRANSLATE_NOOP("Import", "Empty means pass / fail / N/A."),
    ),
    ColumnSpec(
        "weight",
        QT_TRANSLATE_NOOP("Import", "Weight"),
        ValueType.NUMBER,
        aliases=("权重", "分值"),
        minimum=0.01,
        maximum=1000,
        example=5,
        help=QT_TRANSLATE_NOOP("Import", "Empty means 1."),
    ),
    ColumnSpec(
        "category",
        QT_TRANSLATE_NOOP("Import", "Category"),
        ValueType.CHOICE,
        aliases=("类别", "分类"),
        choices=_choices(CATEGORY_LABELS, _CATEGORY_WORDS),
        example="安全保卫",
        help=QT_TRANSLATE_NOOP("Import", "Empty means process compliance."),
    ),
    ColumnSpec(
        "critical",
        QT_TRANSLATE_NOOP("Import", "Critical"),
        ValueType.BOOL,
        aliases=("关键项", "是否关键项"),
        example="是",
        help=QT_TRANSLATE_NOOP("Import", "A failed critical item fails the whole inspection."),
    ),
    _text(
        QT_TRANSLATE_NOOP("Import", "Guidance"),
        "guidance",
        ("检查要点", "说明", "指引"),
        max_length=1000,
        width=30,
    ),
    ColumnSpec(
        "scale_max",
        QT_TRANSLATE_NOOP("Import", "Scale top"),
        ValueType.INT,
        aliases=("满分", "最高分"),
        minimum=1,
        maximum=100,
        help=QT_TRANSLATE_NOOP("Import", "For a scale 0–N: N."),
    ),
    ColumnSpec(
        "choices",
        QT_TRANSLATE_NOOP("Import", "Choices"),
        ValueType.LIST,
        aliases=("选项", "选项列表", "下拉选项"),
        example="优秀=100、良好=80、差=0",
        width=24,
        help=QT_TRANSLATE_NOOP("Import", "For a drop-down: label=score, separated by 、"),
    ),
    ColumnSpec(
        "number_min",
        QT_TRANSLATE_NOOP("Import", "Lowest allowed"),
        ValueType.NUMBER,
        aliases=("下限", "最小值"),
    ),
    ColumnSpec(
        "number_max",
        QT_TRANSLATE_NOOP("Import", "Highest allowed"),
        ValueType.NUMBER,
        aliases=("上限", "最大值"),
    ),
    _text(QT_TRANSLATE_NOOP("Import", "Unit"), "unit", ("单位",), max_length=16, width=8),
    _text(
        QT_TRANSLATE_NOOP("Import", "Item key"),
        "key",
        ("项目编号", "编号"),
        max_length=32,
        width=10,
        help=QT_TRANSLATE_NOOP(
            "Import", "Optional; keeps an item's history when its text changes."
        ),
    ),
)


def make_row(ref: RowRef, values: dict[str, Any]) -> ChecklistImportRow:
    def text(key: str) -> str:
        return values.get(key) or ""

    def enum_of(cls: type, key: str) -> Any:
        return cls(values[key]) if values.get(key) else None

    return ChecklistImportRow(
        ref=ref,
        template=text("template"),
        section=text("section"),
        item=text("item"),
        template_en=text("template_en"),
        recurrence=enum_of(Recurrence, "recurrence"),
        recurrence_day=values.get("recurrence_day"),
        pass_mark=values.get("pass_mark"),
        item_en=text("item_en"),
        answer_type=enum_of(AnswerType, "answer_type"),
        weight=values.get("weight"),
        category=enum_of(Category, "category"),
        critical=values.get("critical"),
        guidance=text("guidance"),
        scale_max=values.get("scale_max"),
        choices=tuple(values.get("choices") or ()),
        number_min=values.get("number_min"),
        number_max=values.get("number_max"),
        unit=text("unit"),
        key=text("key"),
    )


KIND = ImportKind(
    key="checklist",
    title=QT_TRANSLATE_NOOP("Import", "Checklist templates"),
    sheet=QT_TRANSLATE_NOOP("Import", "Checklists"),
    sheet_aliases=("检查表", "检查表模板", "检查项目"),
    columns=COLUMNS,
    unique=("template", "section", "item"),
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per checklist item, in the order they are asked. "
            "Checklist-wide columns (English name, recurrence, pass mark) need "
            "to be filled on one row only.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "Importing a checklist that has been used makes a new "
            "version of it; past inspections keep theirs.",
        ),
    ),
    commit=import_checklists,
    make_row=make_row,
)

KINDS = (KIND,)

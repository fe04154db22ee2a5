"""Import kind ``survey``: survey and evaluation-device results, one row per answer (满意度调查).

The satisfaction column takes one scale per file — 3 levels (满意 / 基本满意 / 不满意), 5 levels
(非常满意 … 非常不满意, or 1–5) — and the recommendation column the 0–10 question (NPS). How the
answers count for CSAT is stated on the template's instructions sheet.
"""

from __future__ import annotations

from typing import Any

from branchops.core.feedback.imports import SurveyImportRow, import_survey
from branchops.core.feedback.labels import CATEGORY_LABELS, CHANNEL_LABELS
from branchops.core.feedback.models import Category, Channel
from branchops.core.imports.common import RowRef
from branchops.excel.imports.spec import ChoiceSpec, ColumnSpec, ImportKind, ValueType
from branchops.i18n import QT_TRANSLATE_NOOP

# counter evaluation devices give a busy hall 100,000 answers in a few months: one file holds them
SURVEY_MAX_ROWS = 200_000
SURVEY_CHANNELS = (Channel.DEVICE, Channel.SURVEY, Channel.PHONE, Channel.ONLINE, Channel.COUNTER)
_CHANNEL_WORDS = {
    Channel.DEVICE: ("评价器", "服务评价器", "评价终端", "device"),
    Channel.SURVEY: ("问卷", "纸质问卷", "调查问卷", "survey"),
    Channel.PHONE: ("电话", "电话回访", "phone"),
    Channel.ONLINE: ("线上", "网上", "手机银行", "微信", "online"),
    Channel.COUNTER: ("现场", "柜面", "counter"),
}
_CATEGORY_WORDS = {
    Category.ATTITUDE: ("服务态度", "态度"),
    Category.WAITING: ("等候时间", "等候", "排队"),
    Category.PROCESS: ("业务流程", "流程"),
    Category.FACILITIES: ("环境设施", "环境", "设施"),
    Category.PRODUCT: ("产品",),
    Category.FEES: ("收费",),
    Category.SYSTEM: ("系统故障", "系统"),
}

COLUMNS = (
    ColumnSpec(
        "day",
        QT_TRANSLATE_NOOP("Import", "Date"),
        ValueType.DATE,
        required=True,
        aliases=("日期", "评价日期", "调查日期"),
        example="2026-03-02",
        width=12,
    ),
    ColumnSpec(
        "time",
        QT_TRANSLATE_NOOP("Import", "Time"),
        aliases=("时间", "评价时间"),
        example="10:35",
        max_length=8,
        width=8,
        help=QT_TRANSLATE_NOOP("Import", "HH:MM; empty means the start of the day."),
    ),
    ColumnSpec(
        "channel",
        QT_TRANSLATE_NOOP("Import", "Channel"),
        ValueType.CHOICE,
        aliases=("渠道", "来源", "评价方式"),
        choices=tuple(
            ChoiceSpec(c.value, "Feedback", CHANNEL_LABELS[c], _CHANNEL_WORDS[c])
            for c in SURVEY_CHANNELS
        ),
        example="评价器",
        help=QT_TRANSLATE_NOOP("Import", "Empty means a survey."),
    ),
    ColumnSpec(
        "staff",
        QT_TRANSLATE_NOOP("Import", "Staff member"),
        aliases=("柜员", "员工", "工号", "被评价人", "柜员工号"),
        example="E0012",
        max_length=64,
        width=12,
        help=QT_TRANSLATE_NOOP("Import", "Employee no. or name of the teller rated; may be empty."),
    ),
    ColumnSpec(
        "category",
        QT_TRANSLATE_NOOP("Import", "Category"),
        ValueType.CHOICE,
        aliases=("类别", "评价类别", "问题类别"),
        choices=tuple(
            ChoiceSpec(c.value, "Feedback", CATEGORY_LABELS[c], _CATEGORY_WORDS[c])
            for c in Category
        ),
        example="服务态度",
    ),
    ColumnSpec(
        "satisfaction",
        QT_TRANSLATE_NOOP("Import", "Satisfaction"),
        aliases=("满意度", "评价结果", "评价", "满意程度"),
        example="满意",
        max_length=16,
        width=12,
        help=QT_TRANSLATE_NOOP(
            "Import",
            "3 levels: 满意 / 基本满意 / 不满意; or 5 levels: 非常满意 / 满意 / 一般 / 不满意 / "
            "非常不满意 or 1–5. One scale in the whole column.",
        ),
    ),
    ColumnSpec(
        "recommend",
        QT_TRANSLATE_NOOP("Import", "Recommend (0–10)"),
        ValueType.INT,
        aliases=("推荐意愿", "推荐度", "推荐意愿（0-10）", "nps"),
        minimum=0,
        maximum=10,
        example=9,
        width=12,
        help=QT_TRANSLATE_NOOP(
            "Import", "How likely to recommend us, 0 to 10 (NPS); may be empty."
        ),
    ),
    ColumnSpec(
        "comment",
        QT_TRANSLATE_NOOP("Import", "Comment"),
        aliases=("意见", "备注", "意见建议", "留言"),
        max_length=500,
        width=30,
    ),
)


def make_row(ref: RowRef, values: dict[str, Any]) -> SurveyImportRow:
    def text(key: str) -> str:
        return values.get(key) or ""

    return SurveyImportRow(
        ref=ref,
        day=values.get("day"),
        time=text("time"),
        channel=Channel(values["channel"]) if values.get("channel") else None,
        staff=text("staff"),
        category=Category(values["category"]) if values.get("category") else None,
        satisfaction=text("satisfaction"),
        recommend=values.get("recommend"),
        comment=text("comment"),
    )


KIND = ImportKind(
    key="survey",
    title=QT_TRANSLATE_NOOP("Import", "Survey results"),
    sheet=QT_TRANSLATE_NOOP("Import", "Survey results"),
    sheet_aliases=("满意度调查", "调查结果", "评价结果", "评价器数据"),
    columns=COLUMNS,
    unique=(),
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per answer. Every row needs a satisfaction rating, a recommendation "
            "score, or both.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "How answers count for CSAT (the share of ratings 4–5): 3 levels — 满意 = 5 (counts), "
            "基本满意 = 3, 不满意 = 1; 5 levels — 非常满意 = 5 and 满意 = 4 (count), 一般 = 3, "
            "不满意 = 2, 非常不满意 = 1. A column with only 满意 and 不满意 is read as 3 levels.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "The 0–10 recommendation score gives NPS: 9–10 promoters, 7–8 passives, 0–6 "
            "detractors; NPS = % promoters − % detractors. It does not count for CSAT.",
        ),
    ),
    max_rows=SURVEY_MAX_ROWS,
    commit=import_survey,
    make_row=make_row,
)
KINDS = (KIND,)

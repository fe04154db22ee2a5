"""Import checklist templates (检查表模板) through the quality area's template service.

Rows are grouped by template name into ``TemplateInput``s; a template that already exists (same
name) gets the imported content as an edit, which makes a new version once it has been used.
Problems from the quality checks are mapped back to the file's rows. One transaction.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.imports.common import ImportSummary, RowRef, row_problem
from branchops.core.quality.labels import recurrence_label
from branchops.core.quality.models import AnswerType, Category, Recurrence
from branchops.core.quality.template_input import (
    ChoiceInput,
    ItemInput,
    SectionInput,
    TemplateInput,
)
from branchops.core.quality.templates import list_templates, write_template
from branchops.core.quality.versions import load_template_input
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

_CHOICE_RE = re.compile(r"^(.+?)\s*[=:：＝]\s*(-?\d+(?:\.\d+)?)$")
_FIELD_RE = re.compile(r"^sections\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(\w+))?")
CLEARED = "\x00cleared"  # a checklist-wide cell holding the clear marker
TEMPLATE_COLUMNS = ("template_en", "recurrence", "recurrence_day", "pass_mark")
# quality's input field → the import column it comes from
_COLUMN_OF = {
    "text": "item",
    "title": "section",
    "name": "template",
    "choices": "choices",
    "weight": "weight",
    "scale_max": "scale_max",
    "number_min": "number_min",
    "number_max": "number_max",
    "key": "key",
    "pass_mark": "pass_mark",
    "recurrence_day": "recurrence_day",
}


@dataclass(frozen=True)
class ChecklistImportRow:
    ref: RowRef
    template: str
    section: str
    item: str
    template_en: str = ""
    recurrence: Recurrence | None = None
    recurrence_day: int | None = None
    pass_mark: float | None = None
    item_en: str = ""
    answer_type: AnswerType | None = None
    weight: float | None = None
    category: Category | None = None
    critical: bool | None = None
    guidance: str = ""
    scale_max: int | None = None
    choices: tuple[str, ...] = ()  # "优秀=100" each
    number_min: float | None = None
    number_max: float | None = None
    unit: str = ""
    key: str = ""


@dataclass
class _Group:
    data: TemplateInput
    first: RowRef
    places: dict[tuple[int, int], RowRef] = field(default_factory=dict)
    given: dict[str, object] = field(default_factory=dict)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _choices(row: ChecklistImportRow, problems: list[FieldProblem]) -> list[ChoiceInput]:
    out = []
    for index, text in enumerate(row.choices, start=1):
        match = _CHOICE_RE.match(text.strip())
        if match is None:
            problems.append(
                row_problem(
                    row.ref,
                    "choices",
                    text,
                    translate(
                        "Import", "write each choice as label=score, e.g. 优秀=100、良好=80、差=0."
                    ),
                )
            )
            continue
        out.append(ChoiceInput(f"c{index}", match.group(1).strip(), score=float(match.group(2))))
    return out


def _shown(column: str, value: object) -> str:
    """A checklist-wide value as the user wrote it: a label, not an internal value."""
    if column == "recurrence" and value:
        return recurrence_label(str(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _template_fields(group: _Group, row: ChecklistImportRow, problems: list[FieldProblem]):
    """Checklist-wide values may be on any row of the checklist, but must agree."""
    for column in TEMPLATE_COLUMNS:
        value = getattr(row, column)
        if column in row.ref.cleared:
            value = CLEARED
        elif value in (None, ""):
            continue
        if column in group.given and group.given[column] != value:
            earlier = group.given[column]
            problems.append(
                row_problem(
                    row.ref,
                    column,
                    _shown(column, value),
                    translate(
                        "Import",
                        "differs from an earlier row of the same checklist, which has “{earlier}”; "
                        "give it once or the same on every row.",
                    ).format(earlier=_shown(column, earlier)),
                )
            )
        group.given.setdefault(column, value)


def _apply_template_fields(group: _Group, current: TemplateInput | None) -> None:
    """Given values win; a blank keeps the stored checklist's value; the marker resets it."""
    given, data = group.given, group.data
    defaults = TemplateInput(name=data.name)
    base = current or defaults

    def pick(column: str, attribute: str) -> Any:
        value = given.get(column)
        if value is CLEARED:
            return getattr(defaults, attribute)
        return getattr(base, attribute) if value is None else value

    data.name_en = str(pick("template_en", "name_en"))
    data.recurrence = Recurrence(pick("recurrence", "recurrence"))
    data.recurrence_day = int(pick("recurrence_day", "recurrence_day"))
    data.pass_mark = float(pick("pass_mark", "pass_mark"))


def _current_item(template: TemplateInput | None, row: ChecklistImportRow) -> ItemInput | None:
    """The stored item a row updates: the one with its key, else the one with its text."""
    if template is None:
        return None
    items = [item for _, _, item in template.items()]
    if row.key.strip():
        return next((i for i in items if i.key == row.key.strip()), None)
    return next((i for i in items if _norm(i.text) == _norm(row.item)), None)


def _item(
    row: ChecklistImportRow, current: ItemInput | None, problems: list[FieldProblem]
) -> ItemInput:
    """The item as the row gives it; a blank cell keeps the stored item's value, the marker
    resets it to the default (a new item gets the defaults)."""
    defaults = ItemInput(text=row.item.strip())
    item = copy.deepcopy(current) if current is not None else copy.deepcopy(defaults)
    item.text = row.item.strip()

    def pick(attribute: str, column: str, value: object) -> None:
        if column in row.ref.cleared:
            setattr(item, attribute, getattr(defaults, attribute))
        elif value not in (None, "", ()):
            setattr(item, attribute, value)

    pick("text_en", "item_en", row.item_en.strip())
    pick("answer_type", "answer_type", row.answer_type)
    pick("weight", "weight", row.weight)
    pick("category", "category", row.category)
    pick("critical", "critical", row.critical)
    pick("guidance", "guidance", row.guidance.strip())
    pick("scale_max", "scale_max", row.scale_max)
    pick("choices", "choices", _choices(row, problems) or None)
    pick("number_min", "number_min", row.number_min)
    pick("number_max", "number_max", row.number_max)
    pick("unit", "unit", row.unit.strip())
    pick("key", "key", row.key.strip())
    _check_item(row, item, problems)
    return item


def _check_item(row: ChecklistImportRow, item: ItemInput, problems: list[FieldProblem]) -> None:
    """What the quality rules refuse, worded for a file: which column to fill, and how."""
    if item.answer_type is AnswerType.CHOICE and not item.choices and not row.choices:
        problems.append(
            row_problem(
                row.ref,
                "choices",
                None,
                translate(
                    "Import",
                    "a drop-down item needs its choices: fill in this column as label=score, "
                    "e.g. 优秀=100、良好=80、差=0 (or choose another answer type).",
                ),
            )
        )
    low, high = item.number_min, item.number_max
    number = item.answer_type is AnswerType.NUMBER
    if number and low is not None and high is not None and low > high:
        problems.append(
            row_problem(
                row.ref,
                "number_min",
                f"{low:g}",
                translate(
                    "Import",
                    "the lowest allowed ({low:g}) is above the highest allowed ({high:g}); "
                    "swap the two values.",
                ).format(low=low, high=high),
            )
        )


def _group(
    rows: list[ChecklistImportRow],
    problems: list[FieldProblem],
    current: dict[str, TemplateInput],
) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    seen_items: dict[tuple[str, str, str], int] = {}
    for row in rows:
        name = _norm(row.template)
        group = groups.setdefault(name, _Group(TemplateInput(name=row.template.strip()), row.ref))
        _template_fields(group, row, problems)
        sections = group.data.sections
        index = next(
            (i for i, s in enumerate(sections) if _norm(s.title) == _norm(row.section)), None
        )
        if index is None:
            sections.append(SectionInput(title=row.section.strip()))
            index = len(sections) - 1
        item_key = (name, _norm(row.section), _norm(row.item))
        if item_key in seen_items:
            problems.append(
                row_problem(
                    row.ref,
                    "item",
                    row.item,
                    translate(
                        "Import", "the same item is already on row {row} of this section; keep one."
                    ).format(row=seen_items[item_key]),
                )
            )
            continue
        seen_items[item_key] = row.ref.row
        item = _item(row, _current_item(current.get(name), row), problems)
        sections[index].items.append(item)
        group.places[(index, len(sections[index].items) - 1)] = row.ref
    for name, group in groups.items():
        _apply_template_fields(group, current.get(name))
    return groups


def _existing(session: Session) -> dict[str, tuple[int, TemplateInput]]:
    out = {}
    for template in list_templates(session, include_archived=True):
        data = load_template_input(session, template.id)
        out[_norm(data.name)] = (template.id, data)
    return out


def _keep_keys(data: TemplateInput, current: TemplateInput) -> None:
    """Items whose text is unchanged keep their key, so their history stays one item."""
    known = {_norm(item.text): item.key for _, _, item in current.items()}
    for _, _, item in data.items():
        if not item.key:
            item.key = known.get(_norm(item.text), "")


def _mapped(group: _Group, error: ValidationError) -> list[FieldProblem]:
    out = []
    for problem in error.problems:
        match = _FIELD_RE.match(problem.field)
        ref, column = group.first, _COLUMN_OF.get(problem.field, "template")
        if match:
            section, item, attribute = match.groups()
            if item is not None:
                ref = group.places.get((int(section), int(item)), group.first)
            else:
                ref = next(
                    (r for (s, _), r in group.places.items() if s == int(section)), group.first
                )
            column = _COLUMN_OF.get(attribute or "", "item" if item is not None else "section")
        out.append(row_problem(ref, column, None, problem.message))
    return out


def import_checklists(
    uow: UnitOfWork, user: CurrentUser, rows: list[ChecklistImportRow], *, dry_run: bool = False
) -> ImportSummary:
    require(user, Permission.APPROVE)
    session = uow.session
    problems: list[FieldProblem] = []
    existing = _existing(session)
    groups = _group(rows, problems, {name: data for name, (_, data) in existing.items()})
    created = updated = 0
    for name, group in groups.items():
        template_id = None
        if name in existing:
            template_id, current = existing[name]
            _keep_keys(group.data, current)
            group.data.schedule_start = current.schedule_start
            group.data.description = current.description
        elif group.data.recurrence != Recurrence.NONE:
            group.data.schedule_start = clock.today()
        try:
            write_template(session, user, group.data, template_id)
        except ValidationError as error:
            taken = {p.field for p in problems}  # one message per cell: ours came first
            problems.extend(p for p in _mapped(group, error) if p.field not in taken)
            continue
        created += template_id is None
        updated += template_id is not None
    if problems:
        raise ValidationError(problems)
    session.flush()
    summary = ImportSummary(created, updated, 0, (), dry_run)
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return summary

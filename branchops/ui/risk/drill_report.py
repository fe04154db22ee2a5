"""The after-action report (演练总结报告) of a drill, in Chinese or English: one A4 document in
the HSEEP shape — facts, objectives rated P/S/M/U, the timeline of steps against their targets,
strengths, areas for improvement, the improvement plan — saved as PDF or printed, like the
inspection report (``ui/quality/report.py``, whose page set-up and fonts it shares)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QFont, QPagedPaintDevice, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from branchops.core.branch.queries import load_profile
from branchops.core.risk.drill_view import DrillDetail, load_drill
from branchops.core.risk.labels import format_seconds, rating_label
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.printed_report import (
    FONTS,
    ReportPdfButton,
    ReportPrintButton,
    language,
    set_a4,
)

CSS = """
body { font-size: 9.5pt; }
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 11pt; margin-top: 12px; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { border: 1px solid #999; padding: 3px; }
th { background: #e8eef5; }
.poor { background: #fde2e1; }
.late { color: #c62828; font-weight: bold; }
.good { color: #2e7d32; }
.muted { color: #666; }
"""


def _e(text: object) -> str:
    return html.escape(str(text if text is not None else ""))


def _grid(heads: list[str], rows: list[tuple[str, list[object]]]) -> str:
    """``rows`` are ``(css class, cells)``."""
    parts = ["<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"]
    parts += [f"<th>{_e(h)}</th>" for h in heads]
    parts.append("</tr>")
    for css, cells in rows:
        attr = f" class='{css}'" if css else ""
        parts.append(f"<tr{attr}>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def _facts(detail: DrillDetail, branch: str) -> list[tuple[str, object]]:
    present = sum(1 for p in detail.participants if p.present)
    version = translate("DrillReport", "{plan} (version {n})").format(
        plan=detail.plan_name, n=detail.version.number
    )
    return [
        (translate("DrillReport", "Branch"), branch),
        (translate("DrillReport", "Emergency plan"), version),
        (translate("DrillReport", "Date"), detail.held_on or detail.planned_on or ""),
        (
            translate("DrillReport", "Start time"),
            detail.start_time.strftime("%H:%M") if detail.start_time else "",
        ),
        (
            translate("DrillReport", "Announced"),
            translate("DrillReport", "Announced")
            if detail.announced
            else translate("DrillReport", "Unannounced"),
        ),
        (translate("DrillReport", "Drill lead"), detail.lead),
        (translate("DrillReport", "Duration"), format_seconds(detail.duration_seconds)),
        (
            translate("DrillReport", "Participants"),
            translate("DrillReport", "{present} present, {absent} absent").format(
                present=present, absent=len(detail.participants) - present
            ),
        ),
        (translate("DrillReport", "Scenario"), detail.scenario),
    ]


def _objectives(detail: DrillDetail) -> str:
    rows = []
    for number, objective in enumerate(detail.version.objectives, start=1):
        given = detail.ratings.get(objective.id)
        css = "poor" if given and given.rating.value in ("m", "u") else ""
        rows.append(
            (
                css,
                [
                    number,
                    objective.text,
                    rating_label(given.rating) if given else translate("DrillReport", "Not rated"),
                    given.note if given else "",
                ],
            )
        )
    heads = [
        translate("DrillReport", "No."),
        translate("DrillReport", "Objective"),
        translate("DrillReport", "Rating"),
        translate("DrillReport", "Note"),
    ]
    return _grid(heads, rows)


def _timeline(detail: DrillDetail) -> str:
    rows, elapsed = [], 0
    for number, step in enumerate(detail.version.steps, start=1):
        seconds = detail.step_seconds.get(step.id)
        if seconds is not None:
            elapsed += seconds
        met = detail.met(step.id, step.target_seconds)
        verdict = "" if met is None else (
            translate("DrillReport", "Met") if met else translate("DrillReport", "Over target")
        )  # fmt: skip
        rows.append(
            (
                "poor" if met is False else "",
                [
                    number,
                    step.text,
                    step.role,
                    format_seconds(step.target_seconds),
                    format_seconds(seconds),
                    f"T+{format_seconds(elapsed)}" if seconds is not None else "",
                    verdict,
                ],
            )
        )
    heads = [
        translate("DrillReport", "No."),
        translate("DrillReport", "Step"),
        translate("DrillReport", "Role"),
        translate("DrillReport", "Target"),
        translate("DrillReport", "Time taken"),
        translate("DrillReport", "Elapsed"),
        translate("DrillReport", "Result"),
    ]
    return _grid(heads, rows)


def _improvement_plan(detail: DrillDetail) -> str:
    if not detail.actions:
        return _muted(translate("DrillReport", "No corrective action raised."))
    heads = [
        translate("DrillReport", "Issue"),
        translate("DrillReport", "Corrective action"),
        translate("DrillReport", "Owner"),
        translate("DrillReport", "Start"),
        translate("DrillReport", "Due"),
        translate("DrillReport", "Status"),
    ]
    issues = {issue.id: issue.text for issue in detail.issues}
    rows = [
        (
            "late" if a.overdue else "",
            [
                issues.get(a.source_sub_id or 0, a.link_text),
                a.title,
                a.owner,
                a.created_on,
                a.due_date,
                a.status_label,
            ],
        )
        for a in detail.actions
    ]
    return _grid(heads, rows)


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _muted(text: str) -> str:
    return f"<p class='muted'>{_e(text)}</p>"


def _labelled(label: str, text: str) -> str:
    return f"<p><b>{_e(label)}</b> {_e(text)}</p>"


def _text_block(title: str, text: str) -> list[str]:
    if not text.strip():
        return []
    body = "<br>".join(_e(line) for line in text.strip().splitlines())
    return [f"<h2>{_e(title)}</h2><p>{body}</p>"]


def report_html(detail: DrillDetail, branch: str) -> str:
    """The report in the current language."""
    title = translate("DrillReport", "After-action report: {plan}").format(plan=detail.plan_name)
    parts = [f"<style>{CSS}</style>", f"<h1>{_e(title)}</h1>", "<table cellpadding='2'>"]
    parts += [
        f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in _facts(detail, branch)
    ]
    parts.append("</table>")
    parts.append(_h2(translate("DrillReport", "Objectives and ratings")))
    parts.append(_objectives(detail))
    parts.append(_h2(translate("DrillReport", "Timeline of steps")))
    parts.append(_timeline(detail))
    parts += _text_block(translate("DrillReport", "Strengths"), detail.strengths)
    parts += _text_block(translate("DrillReport", "Areas for improvement"), detail.improvements)
    if detail.issues:
        parts.append(_h2(translate("DrillReport", "Issues found")) + "<ol>")
        parts += [f"<li>{_e(issue.text)}</li>" for issue in detail.issues]
        parts.append("</ol>")
    parts.append(_h2(translate("DrillReport", "Improvement plan")))
    parts.append(_improvement_plan(detail))
    if detail.risks:
        parts.append(_h2(translate("DrillReport", "Linked risks")) + "<ul>")
        parts += [
            "<li>"
            + _e(translate("DrillReport", "{code} {title} (residual score {score})").format(
                code=r.code, title=r.title, score=r.residual_score
            ))
            + "</li>"
            for r in detail.risks
        ]  # fmt: skip
        parts.append("</ul>")
    parts += _participants(detail)
    parts += _text_block(translate("DrillReport", "After-action summary"), detail.summary)
    if detail.photos:
        photos = translate("DrillReport", "{n} photos are kept with the drill record.")
        parts.append(_muted(photos.format(n=len(detail.photos))))
    parts.append(
        "<p><br>"
        + _e(translate("DrillReport", "Drill lead's signature:"))
        + " ____________ &nbsp;&nbsp; "
        + _e(translate("DrillReport", "Branch manager's signature:"))
        + " ____________</p>"
    )
    return "".join(parts)


def _with(name: str, extra: str) -> str:
    if not extra:
        return name
    return translate("DrillReport", "{name} ({extra})").format(name=name, extra=extra)


def _participants(detail: DrillDetail) -> list[str]:
    if not detail.participants:
        return []
    comma = translate("DrillReport", ", ")
    present = comma.join(_with(p.name, p.role) for p in detail.participants if p.present)
    absent = comma.join(_with(p.name, p.note) for p in detail.participants if not p.present)
    parts = [_h2(translate("DrillReport", "Participants"))]
    parts.append(_labelled(translate("DrillReport", "Present:"), present))
    if absent:
        parts.append(_labelled(translate("DrillReport", "Absent:"), absent))
    return parts


def report_document(detail: DrillDetail, branch: str, code: str) -> QTextDocument:
    with language(code):
        text = report_html(detail, branch)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(text)
    return document


def _load(ctx: AppContext, drill_id: int, code: str) -> tuple[DrillDetail, str]:
    with language(code), ctx.db.session() as session:
        detail = load_drill(session, drill_id, ctx.paths.photos)
        profile = load_profile(session)
    return detail, f"{profile.name} ({profile.code})" if profile else ""


def render_report(ctx: AppContext, drill_id: int, code: str, device: QPagedPaintDevice) -> None:
    detail, branch = _load(ctx, drill_id, code)
    with language(code):
        title = translate("DrillReport", "After-action report: {plan}").format(
            plan=detail.plan_name
        )
    if isinstance(device, QPdfWriter):
        device.setTitle(title)
    elif isinstance(device, QPrinter):
        device.setDocName(title)
    report_document(detail, branch, code).print_(device)


def export_report(ctx: AppContext, drill_id: int, path: Path, code: str) -> Path:
    writer = QPdfWriter(str(path))
    set_a4(writer)
    render_report(ctx, drill_id, code, writer)
    return path


def print_report(ctx: AppContext, drill_id: int, printer: QPrinter, code: str) -> None:
    render_report(ctx, drill_id, code, printer)


def report_buttons(ctx: AppContext) -> tuple[ReportPdfButton, ReportPrintButton]:
    """The after-action report's "Report (PDF)" and "Print…" buttons."""
    pdf = ReportPdfButton(
        ctx,
        export_report,
        translate("DrillDialog", "Save the after-action report"),
        lambda drill_id, code: f"drill-{drill_id}-{code}.pdf",
    )
    printing = ReportPrintButton(
        ctx, print_report, translate("DrillDialog", "Print the after-action report")
    )
    return pdf, printing

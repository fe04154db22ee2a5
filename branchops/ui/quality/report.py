"""The inspection report in Chinese or English: one A4 QTextDocument, saved as PDF (QPdfWriter)
or printed (QPrinter after a QPrintDialog)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QFont, QPagedPaintDevice, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from branchops.core.branch.queries import load_profile
from branchops.core.quality.inspection_view import InspectionDetail, load_inspection
from branchops.core.quality.labels import category_label, result_label, status_label
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.quality.run_state import answer_label
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
table.items { border-collapse: collapse; width: 100%; }
table.items td, table.items th { border: 1px solid #999; padding: 3px; }
th { background: #e8eef5; }
.failed { background: #fde2e1; }
.critical { background: #f8b4b0; font-weight: bold; }
.muted { color: #666; }
"""


def _e(text: object) -> str:
    return html.escape(str(text or ""))


def report_html(detail: InspectionDetail, branch: str) -> str:
    """The report in the current language."""
    version = detail.version
    score = "—" if detail.score is None else f"{detail.score:.1f}"
    facts = [
        (translate("QualityReport", "Branch"), branch),
        (translate("QualityReport", "Date and time"), f"{detail.performed_at:%Y-%m-%d %H:%M}"),
        (translate("QualityReport", "Inspector"), detail.inspector_name),
        (translate("QualityReport", "Status"), status_label(detail.status)),
        (
            translate("QualityReport", "Score"),
            translate("QualityReport", "{score} (pass mark {mark:g})").format(
                score=score, mark=version.pass_mark
            ),
        ),
        (translate("QualityReport", "Result"), result_label(detail.result)),
        (translate("QualityReport", "Critical failures"), detail.critical_failures),
        (translate("QualityReport", "Failed items"), detail.failed_items),
    ]
    version_text = translate("QualityReport", "Checklist version {n}").format(n=version.number)
    parts = [
        f"<style>{CSS}</style>",
        f"<h1>{_e(version.display_name)}</h1>",
        f"<p class='muted'>{_e(version_text)}</p>",
        "<table cellpadding='2'>",
        *(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts),
        "</table>",
    ]
    if detail.note:
        parts.append(f"<p>{_e(detail.note)}</p>")
    for section in version.sections:
        parts.append(f"<h2>{_e(section.display_title)}</h2>")
        parts.append(_section_table(detail, section))
    parts.extend(_amendments(detail))
    parts.append(
        "<p><br>"
        + _e(translate("QualityReport", "Inspector's signature:"))
        + " ____________ &nbsp;&nbsp; "
        + _e(translate("QualityReport", "Branch manager's signature:"))
        + " ____________</p>"
    )
    return "".join(parts)


def _section_table(detail: InspectionDetail, section) -> str:
    heads = [
        translate("QualityReport", "No."),
        translate("QualityReport", "Item"),
        translate("QualityReport", "Category"),
        translate("QualityReport", "Answer"),
        translate("QualityReport", "Comment"),
    ]
    rows = ["<table class='items' width='100%' cellspacing='0' cellpadding='3'><tr>"]
    rows += [f"<th>{_e(h)}</th>" for h in heads]
    rows.append("</tr>")
    for item in section.items:
        answer = detail.answers.get(item.id)
        if answer is None and item.spec.condition_key:
            continue  # not shown in this inspection
        css = ""
        if answer and answer.critical_failed:
            css = " class='critical'"
        elif answer and answer.failed:
            css = " class='failed'"
        comment = answer.comment if answer else ""
        if answer and answer.staff_name:
            comment = f"{comment} ({answer.staff_name})".strip()
        if answer and answer.photos:
            comment += " " + translate("QualityReport", "[{n} photos]").format(n=len(answer.photos))
        star = "★ " if item.spec.critical else ""
        cells = [
            item.key,
            star + item.display_text,
            category_label(item.category),
            answer_label(item, answer.value if answer else None),
            comment,
        ]
        rows.append(f"<tr{css}>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    rows.append("</table>")
    return "".join(rows)


def _amendments(detail: InspectionDetail) -> list[str]:
    if not detail.amendments:
        return []
    heading = translate("QualityReport", "Amendments")
    parts = [f"<h2>{_e(heading)}</h2><ul>"]
    for amendment in detail.amendments:
        changes = "; ".join(
            f"{c['item']} {c['field']}: {c['old']} → {c['new']}" for c in amendment.changes
        )
        parts.append(
            f"<li>{amendment.at:%Y-%m-%d %H:%M} · {_e(amendment.username)} · "
            f"{_e(amendment.reason)}<br><span class='muted'>{_e(changes)}</span></li>"
        )
    parts.append("</ul>")
    return parts


def report_document(detail: InspectionDetail, branch: str, code: str) -> QTextDocument:
    with language(code):
        text = report_html(detail, branch)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(text)
    return document


def render_report(
    detail: InspectionDetail, branch: str, code: str, device: QPagedPaintDevice
) -> None:
    """Lay the report out on ``device`` (a QPdfWriter or a QPrinter), with its page setup."""
    if isinstance(device, QPdfWriter):
        device.setTitle(detail.version.display_name)
    elif isinstance(device, QPrinter):
        device.setDocName(detail.version.display_name)
    report_document(detail, branch, code).print_(device)


def write_pdf(detail: InspectionDetail, branch: str, path: Path, code: str) -> Path:
    writer = QPdfWriter(str(path))
    set_a4(writer)
    render_report(detail, branch, code, writer)
    return path


def _load(ctx: AppContext, inspection_id: int) -> tuple[InspectionDetail, str]:
    with ctx.db.session() as session:
        detail = load_inspection(session, inspection_id, ctx.paths.photos)
        profile = load_profile(session)
    return detail, f"{profile.name} ({profile.code})" if profile else ""


def export_report(ctx: AppContext, inspection_id: int, path: Path, code: str) -> Path:
    detail, branch = _load(ctx, inspection_id)
    return write_pdf(detail, branch, path, code)


def print_report(ctx: AppContext, inspection_id: int, printer: QPrinter, code: str) -> None:
    """Print on a printer already set up (by the print dialog, or to a PDF file in tests)."""
    detail, branch = _load(ctx, inspection_id)
    render_report(detail, branch, code, printer)


def report_buttons(ctx: AppContext, parent: QWidget) -> tuple[ReportPdfButton, ReportPrintButton]:
    """The inspection report's "Report (PDF)" and "Print…" buttons."""
    pdf = ReportPdfButton(
        ctx,
        export_report,
        translate("QualityRun", "Save the report"),
        lambda inspection_id, code: f"inspection-{inspection_id}-{code}.pdf",
        parent,
    )
    printing = ReportPrintButton(
        ctx, print_report, translate("QualityRun", "Print the report"), parent
    )
    return pdf, printing

"""Export the monthly HQ workbook: completeness check, every registered sheet, the data sheet,
then the export log (§9). The file appears complete at its final name, or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from branchops import __version__, clock
from branchops.core.branch.queries import ProfileData, load_profile
from branchops.core.errors import UserError
from branchops.core.kpi import KpiRow, kpi_table
from branchops.core.memo import memo_scope
from branchops.core.period import Month
from branchops.core.reports.completeness import Gap, run_checks
from branchops.core.reports.service import (
    ExportLogRow,
    NewExport,
    check_may_export,
    check_reportable,
    next_revision,
    record_export,
)
from branchops.core.users.permissions import CurrentUser
from branchops.db.chain_head import ChainHead, current_head
from branchops.db.lifecycle import Database
from branchops.excel.datasheet import DataPayload, KpiValue, write_data_sheet
from branchops.excel.datasheet.figures import FiguresDigest
from branchops.excel.files import move_into_place, save_workbook, sha256_file, temp_beside
from branchops.excel.render import RenderOptions, count_masked, new_workbook, render_sheet
from branchops.excel.sheetmodel import SheetModel
from branchops.excel.workbook.context import ReportContext
from branchops.excel.workbook.language import report_language
from branchops.excel.workbook.naming import resolve_output
from branchops.excel.workbook.registry import builders
from branchops.i18n import translate

Progress = Callable[[int, int, str], None]


class ReportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(translate("Report", "The export was cancelled; no file was written."))


@dataclass(frozen=True)
class ReportRequest:
    month: Month
    out: Path  # a folder (the file is named for the branch and month) or an .xlsx path
    language: str | None = None  # None: the branch profile's report language
    unmask: bool = False  # True: customers' names and phone numbers are written in full


@dataclass(frozen=True)
class ReportResult:
    path: Path
    revision: int
    sha256: str
    gaps: list[Gap]
    log: ExportLogRow


def require_profile(profile: ProfileData | None) -> ProfileData:
    if profile is None or not profile.code:
        raise UserError(
            translate(
                "Report",
                "The branch profile is not set up: enter the branch code and name under "
                "Settings before exporting the HQ workbook.",
            )
        )
    return profile


def completeness(db: Database, month: Month) -> list[Gap]:
    """What is missing for ``month``: shown to the user before the export."""
    with db.session() as session:
        return run_checks(session, month)


def export_monthly_workbook(
    db: Database,
    user: CurrentUser,
    request: ReportRequest,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ReportResult:
    check_may_export(user)
    check_reportable(request.month)
    step = _Stepper(progress, should_stop, len(builders()) + 3)
    with db.session() as session, memo_scope(session):
        profile = require_profile(load_profile(session))
        with report_language(request.language or profile.report_language) as language:
            step(translate("Report", "Checking completeness…"))
            gaps = run_checks(session, request.month)
            step(translate("Report", "Computing KPIs…"))
            ctx = ReportContext(
                session=session,
                month=request.month,
                profile=profile,
                kpis=kpi_table(session, request.month, profile.fiscal_year_start_month),
                gaps=gaps,
                generated_at=clock.now_local().replace(microsecond=0),
                revision=next_revision(session, request.month),
                language=language,
                mask_pii=profile.mask_pii and not request.unmask,
                app_version=__version__,
            )
            target = resolve_output(
                request.out, profile.code, profile.name, request.month, ctx.revision
            )
            wb = new_workbook()
            figures = FiguresDigest()
            options = RenderOptions(mask_pii=ctx.mask_pii, figures=figures)
            for model in _models(ctx, step):
                render_sheet(wb, model, options)
            step(translate("Report", "Writing the data sheet…"))
            head = current_head(session)
            payload = replace(data_payload(ctx, head), figures_sha256=figures.hexdigest())
            write_data_sheet(wb, payload, profile.hq_key)
    with temp_beside(target) as tmp:
        save_workbook(wb, tmp, target)
        digest = sha256_file(tmp)
        step.check()
        with db.unit_of_work(user) as uow:
            log = record_export(uow, user, _new_export(ctx, target, digest))
        move_into_place(tmp, target)
    step.done()
    return ReportResult(target, ctx.revision, digest, gaps, log)


def _models(ctx: ReportContext, step: Callable[[str], None]) -> list[SheetModel]:
    """Every sheet's model in ``order``; the ``after_others`` builders run last, once
    ``ctx.masked`` says what masking found on the others."""
    ordered = builders()
    built: dict[str, SheetModel | None] = {}
    for builder in sorted(ordered, key=lambda b: b.after_others):
        if builder.after_others and ctx.masked is None:
            ctx.masked = count_masked(m for m in built.values() if m is not None)
        step(translate("Report", "Writing sheet {key}…").format(key=builder.key))
        built[builder.key] = builder.build(ctx)
    return [m for m in (built[b.key] for b in ordered) if m is not None]


def data_payload(ctx: ReportContext, head: ChainHead | None = None) -> DataPayload:
    audit: dict[str, Any] = {}
    if head is not None:
        audit = {
            "audit_entries": head.count,
            "audit_head": head.last_hash,
            "audit_head_hmac": head.signature(ctx.profile.hq_key),
        }
    return DataPayload(
        branch_code=ctx.profile.code,
        branch_name=ctx.profile.name,
        region=ctx.profile.region,
        period=str(ctx.month),
        app_version=ctx.app_version,
        generated_at=ctx.generated_at.isoformat(),
        revision=ctx.revision,
        language=ctx.language,
        pii_masked=ctx.mask_pii,
        completeness_gaps=len(ctx.gaps),
        kpis=tuple(_kpi_value(row) for row in ctx.kpis),
        **audit,
    )


def _kpi_value(row: KpiRow) -> KpiValue:
    kpi = row.kpi
    return KpiValue(kpi.key, row.value, kpi.unit.value, kpi.label, kpi.higher_is_better)


def _new_export(ctx: ReportContext, target: Path, digest: str) -> NewExport:
    return NewExport(
        period=ctx.month,
        revision=ctx.revision,
        exported_at=ctx.generated_at.replace(tzinfo=None),
        file_name=target.name,
        sha256=digest,
        language=ctx.language,
        unmasked=not ctx.mask_pii,
        gaps=len(ctx.gaps),
    )


class _Stepper:
    """Reports progress between steps and stops when the user cancels."""

    def __init__(
        self, progress: Progress | None, should_stop: Callable[[], bool] | None, total: int
    ) -> None:
        self.progress, self.should_stop, self.total, self.count = progress, should_stop, total, 0

    def check(self) -> None:
        if self.should_stop is not None and self.should_stop():
            raise ReportCancelled()

    def __call__(self, text: str) -> None:
        self.check()
        if self.progress is not None:
            self.progress(self.count, self.total, text)
        self.count += 1

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, "")

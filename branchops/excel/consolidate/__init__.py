"""HQ consolidation (§9): many branches' monthly workbooks → one consolidated workbook, and
optionally a database. Only each workbook's data sheet is read (python-calamine)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from branchops import clock
from branchops.core.period import Month
from branchops.excel.consolidate.inputs import ExpectedBranch
from branchops.excel.consolidate.output import build_sheets
from branchops.excel.consolidate.store import LoadResult, load_into
from branchops.excel.consolidate.verify import Accepted, Rejected, Verified, verify_files
from branchops.excel.files import save_atomically
from branchops.excel.render import RenderOptions, new_workbook, render_sheet

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ConsolidationResult:
    verified: Verified
    out: Path
    loaded: LoadResult | None


def consolidate(
    paths: list[Path],
    out: Path,
    *,
    keys: dict[str, str] | None = None,
    expected: list[ExpectedBranch] | None = None,
    period: Month | None = None,
    into: str | None = None,
    progress: Progress | None = None,
) -> ConsolidationResult:
    """Verify every file, write the consolidated workbook, then load the database if asked."""
    paths = [p for p in paths if p.resolve() != out.resolve()]  # a re-run's own output
    verified = verify_files(paths, keys, period, expected, progress)
    wb = new_workbook()
    for sheet in build_sheets(verified, clock.now().replace(microsecond=0)):
        render_sheet(wb, sheet, RenderOptions(mask_pii=False))
    save_atomically(wb, out)
    loaded = load_into(into, verified.accepted) if into else None
    if progress is not None:
        progress(len(paths), len(paths), "")
    return ConsolidationResult(verified, out, loaded)


__all__ = [
    "Accepted",
    "ConsolidationResult",
    "ExpectedBranch",
    "Rejected",
    "Verified",
    "consolidate",
]

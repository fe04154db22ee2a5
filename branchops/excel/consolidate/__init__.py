"""HQ consolidation (§9): many branches' monthly workbooks → one consolidated workbook, and
optionally a database. Only each workbook's data sheet is read (python-calamine)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from branchops import clock
from branchops.core.period import Month
from branchops.excel.consolidate.inputs import ExpectedBranch
from branchops.excel.consolidate.output import build_sheets
from branchops.excel.consolidate.verify import Accepted, Rejected, Verified, verify_files
from branchops.excel.files import save_atomically
from branchops.excel.render import RenderOptions, new_workbook, render_sheet
from branchops.i18n import translate

if TYPE_CHECKING:
    from branchops.excel.consolidate.store import LoadResult

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ConsolidationResult:
    verified: Verified
    out: Path | None  # None: nothing could be merged, so nothing was written
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
    """Verify every file, write the consolidated workbook, then load the database if asked.

    When no file can be merged nothing is written and no database is touched (the command
    line then exits 1: nothing changed)."""
    paths = [p for p in paths if p.resolve() != out.resolve()]  # a re-run's own output
    verified = verify_files(paths, keys, period, expected, progress)
    if not verified.accepted:
        return ConsolidationResult(verified, None, None)
    wb = new_workbook()
    for sheet in build_sheets(verified, clock.now().replace(microsecond=0)):
        render_sheet(wb, sheet, RenderOptions(mask_pii=False))
    save_atomically(wb, out)
    loaded = None
    if into:
        from branchops.excel.consolidate.store import load_into  # SQLAlchemy: only for --into

        loaded = load_into(into, verified.accepted)
    if progress is not None:
        progress(len(paths), len(paths), "")
    return ConsolidationResult(verified, out, loaded)


def verification_note() -> str:
    """What consolidation checks, said exactly, with the advice to use the HQ key."""
    return translate(
        "Consolidation",
        "What is checked: each data sheet's checksum covers its KPI values and details and, "
        "through the figures digest, every value on the visible sheets. Without an HQ key the "
        "checksum is a plain SHA-256: it shows accidental changes, but anyone who edits a "
        "file can recompute it. Issue each branch an HQ signing key (its Settings, branch "
        "profile) and list the keys here: a file signed with the key (HMAC-SHA256) cannot be "
        "altered unnoticed by anyone who does not have the key.",
    )


__all__ = [
    "Accepted",
    "ConsolidationResult",
    "ExpectedBranch",
    "Rejected",
    "Verified",
    "consolidate",
    "verification_note",
]

"""Pictures of the dashboard's charts kept on disk by what they are drawn from.

A chart that declares its ``inputs`` (``DashboardChart.inputs``: the figures it plots) is drawn
once for the same inputs, title, size, language and version of BranchOps; the key is a digest
of all of them, so a picture is never stale: changed figures are a different key and drawn
afresh (matplotlib is imported only then). A chart without inputs is always drawn. A folder
that cannot be read or written costs only the drawing.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING

from branchops import __version__
from branchops.i18n import current_language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from branchops.charts.dashboard import DashboardChart
    from branchops.core.period import Month

log = logging.getLogger(__name__)

FORMAT = 1  # raise when the drawing changes without a new version
KEEP = 64  # pictures kept; the oldest beyond these are deleted
SUFFIX = ".png"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ChartCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def png(
        self, chart: DashboardChart, session: Session, month: Month, size_px: tuple[int, int]
    ) -> bytes:
        from branchops.charts.dashboard import render_png

        if self.folder is None or chart.inputs is None:
            return render_png(chart, session, month, size_px)
        path = self.folder / (picture_key(chart, chart.inputs(session, month), size_px) + SUFFIX)
        try:
            kept = path.read_bytes()
        except OSError:
            kept = b""
        if kept.startswith(PNG_SIGNATURE):
            return kept
        png = render_png(chart, session, month, size_px)
        self._keep(path, png)
        return png

    def _keep(self, path: Path, png: bytes) -> None:
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(png)
            tmp.replace(path)
            self._prune()
        except OSError as exc:
            log.warning("dashboard: chart picture not kept in %s: %s", path.parent, exc)
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def _prune(self) -> None:
        assert self.folder is not None
        pictures = sorted(self.folder.glob("*" + SUFFIX), key=lambda p: p.stat().st_mtime)
        for old in pictures[:-KEEP]:
            old.unlink(missing_ok=True)


def picture_key(chart: DashboardChart, inputs: Hashable, size_px: tuple[int, int]) -> str:
    described = repr((FORMAT, __version__, current_language(), chart.key, chart.label, inputs))
    return hashlib.sha256(f"{described}{size_px}".encode()).hexdigest()

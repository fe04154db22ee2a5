"""The HQ workbook as printed: every sheet rendered to PDF by LibreOffice (an independent reader
and printer), then each page checked — every column on the page width, no chart cut by a page
break, no near-empty page in the middle of a sheet, the data sheet on one page with its whole
checksum.

Needs ``soffice`` (Debian: libreoffice-calc) and ``pdftotext`` (poppler-utils); both are in
``.ci/install-system-deps.sh``. Without them the test is skipped, saying so.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchops import clock, i18n
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER
from branchops.excel.datasheet import DATA_SHEET_NAME
from branchops.excel.layout import CHART_HEIGHT_CM
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import calamine_rows, sheet_names

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or pdftotext is not installed: run "
    ".ci/install-system-deps.sh (Debian packages libreoffice-calc, poppler-utils)",
)
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
FOOTER = re.compile(r"(\S(?:\S| (?! ))*) · (\d+) / (\d+)$")  # the sheet name: no double space
MIN_WORDS = 12  # a page in the middle of a sheet with fewer words is a wasted page
TITLE_INSET = 20  # points from a chart's top edge to its title
BOTTOM_MARGIN = 0.6 * 72 - 10  # the page set-up's bottom margin, less some tolerance


@dataclass(frozen=True)
class Word:
    x: float
    y: float
    text: str


@dataclass
class Page:
    number: int
    sheet: str
    words: list[Word]
    text: str
    height: float  # points

    def find(self, text: str) -> list[Word]:
        return [w for w in self.words if w.text == text]


def _pdf(path: Path, folder: Path) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return folder / (path.stem + ".pdf")


def _pages(pdf: Path) -> list[Page]:
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("<page ")[1:]
    pages = []
    for number, (text, box) in enumerate(zip(layout, boxes, strict=False), start=1):
        words = [
            Word(float(m.group(1)), float(m.group(2)), html.unescape(m.group(5)))
            for m in WORD.finditer(box)
        ]
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        footers = [m for m in (FOOTER.search(line) for line in lines) if m]
        height = float(re.search(r'height="([\d.]+)"', box).group(1))
        sheet = footers[-1].group(1) if footers else ""
        pages.append(Page(number, sheet, words, text, height))
    return pages


@pytest.fixture(scope="module")
def printed(demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    month = Month.of(clock.today()).previous
    request = ReportRequest(month, folder / "hq.xlsx", language="en")
    path = export_monthly_workbook(demo_db, SINGLE_USER, request).path
    return path, _pages(_pdf(path, folder))


def _by_sheet(pages: list[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in pages:
        out.setdefault(page.sheet, []).append(page)
    return out


def test_every_sheet_prints_and_every_page_says_where_it_is_from(printed):
    path, pages = printed
    assert all(page.sheet for page in pages), [p.text[-200:] for p in pages if not p.sheet]
    assert list(_by_sheet(pages)) == sheet_names(path)


def test_the_data_sheet_prints_on_one_page_with_its_whole_checksum(printed):
    path, pages = printed
    data = _by_sheet(pages)[DATA_SHEET_NAME]
    checksum = next(r[1] for r in calamine_rows(path, DATA_SHEET_NAME) if r[0] == "checksum")
    assert len(data) == 1 and data[0].find(checksum)


def test_every_column_of_the_widest_table_is_on_the_page(printed):
    path, pages = printed
    for name, sheet_pages in _by_sheet(pages).items():
        rows = [r for r in calamine_rows(path, name) if sum(bool(c) for c in r) > 1]
        widest = max(rows, key=lambda r: sum(bool(c) for c in r))
        cells = [str(c) for c in widest if c not in ("", None)]
        first, last = cells[0].split()[0], cells[-1].split()[0]
        same_line = any(
            abs(a.y - b.y) < 20 for p in sheet_pages for a in p.find(first) for b in p.find(last)
        )
        assert same_line, f"{name}: “{first}” and “{last}” never print side by side"


def test_no_chart_is_cut_by_a_page_break(printed):
    """A chart's title is at its top: the chart's whole height must fit below it on the page."""
    path, pages = printed
    with i18n.thread_language("en"):
        charts = {
            i18n.translate("Report", "Quality"): i18n.translate(
                "Report", "Average inspection score, last 12 months"
            ),
            i18n.translate("Report", "Staffing"): i18n.translate(
                "Report", "Planned and actual hours per person"
            ),
        }
    scales = {ws.title: ws.page_setup.scale for ws in load_workbook(path).worksheets}
    by_sheet = _by_sheet(pages)
    for sheet, title in charts.items():
        chart_pages = [p for p in by_sheet[sheet] if title in " ".join(p.text.split())]
        assert len(chart_pages) == 1, f"the chart “{title}” is printed {len(chart_pages)} times"
        page = chart_pages[0]
        top = min(w.y for w in page.find(title.split()[0])) - TITLE_INSET
        bottom = top + CHART_HEIGHT_CM * 72 / 2.54 * scales[sheet] / 100
        assert bottom <= page.height - BOTTOM_MARGIN, f"{sheet}: “{title}” runs off its page"


def test_no_page_in_the_middle_of_a_sheet_is_nearly_empty(printed):
    _, pages = printed
    for name, sheet_pages in _by_sheet(pages).items():
        for page in sheet_pages[:-1]:
            assert len(page.words) >= MIN_WORDS, f"{name}, page {page.number} is nearly empty"

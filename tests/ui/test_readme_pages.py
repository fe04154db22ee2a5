"""branchops/ui/README.md gives the page order as the pages declare it."""

from __future__ import annotations

import re
from pathlib import Path

from branchops.ui.pages.registry import all_pages

README = Path(__file__).resolve().parents[2] / "branchops" / "ui" / "README.md"


def test_the_readme_lists_every_page_in_its_declared_order():
    text = README.read_text("utf-8")
    bullet = text[text.index("- Order (") : text.index("\n- ", text.index("- Order ("))]
    listed = [(key, int(order)) for key, order in re.findall(r"(\w+) (\d+)[,.]", bullet)]
    declared = sorted((spec.order, spec.key) for spec in all_pages())
    assert listed == [(key, order) for order, key in declared]

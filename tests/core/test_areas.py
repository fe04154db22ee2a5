"""Areas are declared once (core/areas.py); every registry finds their parts by name."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from branchops.core import kpi
from branchops.core.areas import AREAS, REQUIRED_CORE_MODULES, contributions, module_exists
from branchops.core.demo import STEPS
from branchops.core.registry import Registry, key_owner
from branchops.core.reports.completeness import CHECKS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("area", AREAS, ids=[a.key for a in AREAS])
def test_every_area_has_the_required_core_modules(area):
    missing = [m for m in REQUIRED_CORE_MODULES if not module_exists(f"{area.package}.{m}")]
    assert missing == [], f"{area.package} lacks {missing}"


@pytest.mark.parametrize("registry", [kpi.REGISTRY, CHECKS, STEPS], ids=["kpis", "checks", "demo"])
def test_items_are_registered_under_their_own_area(registry: Registry):
    for item in registry.all():
        owner = key_owner(item.key)
        assert owner is None or registry.area_of(item.key) in (owner, None), item.key


def test_every_area_contributes_kpis_and_a_demo_step():
    kpi_areas = {kpi.REGISTRY.area_of(d.key) for d in kpi.REGISTRY.all()}
    demo_areas = {STEPS.area_of(s.key) for s in STEPS.all()}
    keys = {a.key for a in AREAS}
    assert keys <= kpi_areas | {"branch"}  # the branch profile has no KPI of its own
    assert keys <= demo_areas


def test_a_module_registering_under_another_areas_key_is_refused(tmp_path, monkeypatch):
    (tmp_path / "stray_registry.py").write_text(
        "from branchops.core.registry import Registry\n"
        "REGISTRY = Registry('thing', lambda: [('quality', 'stray_kpis')])\n"
    )
    (tmp_path / "stray_kpis.py").write_text(
        textwrap.dedent(
            """
            from dataclasses import dataclass
            from stray_registry import REGISTRY

            @dataclass(frozen=True)
            class Item:
                key: str

            REGISTRY.register(Item("staff.headcount"))
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    stray = importlib.import_module("stray_registry")
    with pytest.raises(ValueError, match="area quality, under the key of area staff"):
        stray.REGISTRY.all()


def test_contributions_name_existing_modules_only():
    assert ("quality", "branchops.excel.workbook.sheets.quality") in contributions(
        "branchops.excel.workbook.sheets.{key}"
    )
    assert all(module_exists(m) for _, m in contributions("branchops.core.{key}.checks"))


def test_area_page_declarations_load_before_sqlalchemy():
    code = (
        "import sys; from branchops.ui.pages.registry import all_pages; "
        "pages = all_pages(); "
        "print(len(pages), 'sqlalchemy' in sys.modules, "
        "'branchops.core.quality.models' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, sqlalchemy, models = out.stdout.split()
    assert int(count) >= 9 and sqlalchemy == "False" and models == "False"


def test_every_area_but_the_branch_profile_is_in_the_independence_contract():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    independence = next(c for c in contracts if c["type"] == "independence")
    assert set(independence["modules"]) == {a.package for a in AREAS if a.key != "branch"}


def test_one_areas_items_are_read_without_importing_the_other_areas_modules(tmp_path, monkeypatch):
    (tmp_path / "two_registry.py").write_text(
        "from branchops.core.registry import Registry\n"
        "REGISTRY = Registry(\n"
        "    'thing', lambda: [('quality', 'two_quality'), ('staff', 'two_staff')]\n"
        ")\n"
    )
    for area in ("quality", "staff"):
        (tmp_path / f"two_{area}.py").write_text(
            textwrap.dedent(
                f"""
                from dataclasses import dataclass
                from two_registry import REGISTRY

                @dataclass(frozen=True)
                class Item:
                    key: str

                REGISTRY.register(Item("{area}.first"))
                REGISTRY.register(Item("{area}.second"))
                """
            )
        )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = importlib.import_module("two_registry").REGISTRY
    assert [item.key for item in registry.of_area("quality")] == ["quality.first", "quality.second"]
    assert "two_staff" not in sys.modules
    assert [item.key for item in registry.all()] == [
        "quality.first",
        "quality.second",
        "staff.first",
        "staff.second",
    ]
    assert [item.key for item in registry.of_area("quality")] == ["quality.first", "quality.second"]

"""Dependencies point one way (ui → excel, charts → core → db) and only ui imports Qt.

``lint-imports`` checks the contracts in pyproject.toml on the real import graph; the AST walk
below repeats the most important rule without it, so a broken rule fails even where
import-linter is missing.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "branchops"
QT_FREE = ["core", "db", "excel", "charts", "i18n.py", "config.py"]


def test_import_linter_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    if not lint_imports.exists():
        pytest.skip("import-linter is not installed next to this Python")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _modules(name: str) -> list[Path]:
    target = PACKAGE / name
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


@pytest.mark.parametrize("name", QT_FREE)
def test_no_qt_below_the_ui(name: str):
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in _modules(name)
        for module in sorted(_imported(path))
        if module == "PySide6"
        or module.startswith(("PySide6.", "shiboken6"))
        or module.startswith("branchops.ui")
    ]
    assert offenders == []


def test_the_ast_walk_sees_qt_imports(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f():\n    from PySide6.QtCore import QObject\n"
        "import importlib\nimportlib.import_module('PySide6.QtGui')\n",
        encoding="utf-8",
    )
    assert {"PySide6.QtCore", "PySide6.QtGui"} <= _imported(sample)

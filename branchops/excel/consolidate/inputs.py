"""HQ's side files: the branch keys (``branch_code,key`` CSV) and the expected branch list."""

from __future__ import annotations

import csv
import glob
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from branchops.core.errors import FieldProblem, UserError, ValidationError
from branchops.i18n import translate


@dataclass(frozen=True)
class ExpectedBranch:
    code: str
    name: str = ""


def normal_code(text: object) -> str:
    """Branch codes compare without width or case differences: ``ＢＲ０１`` is ``BR01``."""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return unicodedata.normalize("NFKC", str(text or "")).strip().upper()


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            translate("Consolidation", "Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(
        translate("Consolidation", "{path} is not a text file (UTF-8 or GBK).").format(path=path)
    )


def read_keys(path: Path) -> dict[str, str]:
    """``branch_code,key`` per line (a header line is allowed); every bad line is reported."""
    keys: dict[str, str] = {}
    problems: list[FieldProblem] = []
    for number, row in enumerate(csv.reader(_read_text(path).splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or (number == 1 and cells[0].lower() in ("branch_code", "code")):
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problems.append(
                FieldProblem(
                    f"line {number}",
                    translate(
                        "Consolidation",
                        "{path}, line {line}: write the branch code and its key separated by "
                        "a comma.",
                    ).format(path=path.name, line=number),
                )
            )
            continue
        code = normal_code(cells[0])
        if code in keys and keys[code] != cells[1]:
            problems.append(
                FieldProblem(
                    f"line {number}",
                    translate(
                        "Consolidation",
                        "{path}, line {line}: branch {code} has two different keys; keep one.",
                    ).format(path=path.name, line=number, code=code),
                )
            )
        keys[code] = cells[1]
    if problems:
        raise ValidationError(problems)
    return keys


def read_expected(path: Path) -> list[ExpectedBranch]:
    """Branch codes (and optional names) from a text/CSV file or the first sheet of an .xlsx."""
    rows: Sequence[Sequence[object]]
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        rows = list(csv.reader(_read_text(path).splitlines()))
    out: dict[str, ExpectedBranch] = {}
    for row in rows:
        cells = [str(c).strip() if c is not None else "" for c in row]
        if not cells or not cells[0] or cells[0].lower() in ("branch_code", "code", "网点代码"):
            continue
        code = normal_code(row[0])
        out.setdefault(code, ExpectedBranch(code, cells[1] if len(cells) > 1 else ""))
    return list(out.values())


def _xlsx_rows(path: Path) -> Sequence[Sequence[object]]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            return workbook.get_sheet_by_index(0).to_python()
        finally:
            workbook.close()
    except (CalamineError, OSError, ValueError) as exc:
        raise UserError(
            translate(
                "Consolidation", "Cannot read the expected-branch list {path}: {reason}."
            ).format(path=path, reason=str(exc).splitlines()[0] if str(exc) else "")
        ) from exc


def expand_inputs(items: list[str]) -> list[Path]:
    """Files as given, folders as their .xlsx files, and wildcards expanded (for Windows)."""
    paths: list[Path] = []
    for item in items:
        if any(ch in item for ch in "*?["):
            paths.extend(Path(p) for p in sorted(glob.glob(item)))
        elif Path(item).is_dir():
            paths.extend(sorted(p for p in Path(item).iterdir() if _is_workbook(p)))
        else:
            paths.append(Path(item))
    return paths


def _is_workbook(path: Path) -> bool:
    """An .xlsx file, not Excel's lock file (~$…) nor an unfinished temporary (.~…)."""
    return path.suffix.lower() == ".xlsx" and not path.name.startswith(("~$", ".~"))

"""One import framework for every kind (§10): a declared template per kind, the blank template
with drop-downs, tolerant parsing with every problem listed at once, and an all-or-nothing commit
through the kind's core service. This package only reads files; core services write."""

from __future__ import annotations

from pathlib import Path

from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.imports.common import ImportSummary, parse_field
from branchops.core.users.permissions import CurrentUser
from branchops.db.lifecycle import Database
from branchops.excel.chosen_file import FileRejected
from branchops.excel.imports.kinds import available_kinds, get_kind
from branchops.excel.imports.parse import ParsedImport, parse_file
from branchops.excel.imports.spec import ImportKind
from branchops.excel.imports.template import write_template


def commit_parsed(
    db: Database, user: CurrentUser, parsed: ParsedImport, *, dry_run: bool = False
) -> ImportSummary:
    """Hand checked rows to the kind's core service; refuses a file with any problem.

    When some lines already have problems, the others still go through the core checks (and
    are rolled back), so that the user gets every problem of the file in one list.
    """
    if not parsed.problems:
        with db.unit_of_work(user) as uow:
            return parsed.kind.commit(uow, user, parsed.core_rows(), dry_run=dry_run)
    problems = list(parsed.problems)
    clean = parsed.clean_rows()
    if clean:
        try:
            with db.unit_of_work(user) as uow:
                parsed.kind.commit(uow, user, clean, dry_run=True)
        except ValidationError as error:
            problems.extend(error.problems)
    raise ValidationError(sorted(problems, key=_row_order))


def _row_order(problem: FieldProblem) -> tuple[int, str]:
    place = parse_field(problem.field)
    return (place[1], problem.message) if place else (0, problem.message)


def run_import(
    db: Database, user: CurrentUser, kind: str, path: Path, *, dry_run: bool = False
) -> ImportSummary:
    return commit_parsed(db, user, parse_file(get_kind(kind), path), dry_run=dry_run)


__all__ = [
    "FileRejected",
    "ImportKind",
    "ImportSummary",
    "ParsedImport",
    "available_kinds",
    "commit_parsed",
    "get_kind",
    "parse_file",
    "run_import",
    "write_template",
]

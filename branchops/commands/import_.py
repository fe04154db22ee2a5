"""``branchops import KIND --db PATH FILE.xlsx [--dry-run]``: all rows or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path

from branchops.commands.common import (
    IMPORT_KINDS_HELP,
    acting_user,
    add_db_argument,
    add_user_argument,
    open_db,
    say,
)
from branchops.i18n import translate

MAX_CHANGES_SHOWN = 200


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("import", help="import an Excel file (all rows or nothing)")
    parser.add_argument("kind", metavar="KIND", help=IMPORT_KINDS_HELP)
    add_db_argument(parser)
    parser.add_argument("file", metavar="FILE.xlsx")
    parser.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    add_user_argument(parser)
    return ["import"]


def run(args: argparse.Namespace) -> int:
    from branchops.excel.imports import (
        commit_parsed,
        get_kind,
        parse_file,
    )  # heavy: only when the command runs

    kind = get_kind(args.kind)
    parsed = parse_file(kind, Path(args.file).expanduser())  # before opening the database
    db, _ = open_db(args.db, write=not args.dry_run)
    try:
        summary = commit_parsed(db, acting_user(db, args), parsed, dry_run=args.dry_run)
    finally:
        db.dispose()
    if summary.dry_run:
        say(
            translate(
                "Import",
                "Checked {rows} rows: no problems. {created} would be added, {updated} updated, "
                "{unchanged} unchanged. Nothing was changed (dry run).",
            ).format(
                rows=len(parsed.values),
                created=summary.created,
                updated=summary.updated,
                unchanged=summary.unchanged,
            )
        )
    else:
        say(
            translate(
                "Import",
                "Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.",
            ).format(
                rows=len(parsed.values),
                created=summary.created,
                updated=summary.updated,
                unchanged=summary.unchanged,
            )
        )
    for note in summary.notes:
        say(note)
    for change in summary.changes[:MAX_CHANGES_SHOWN]:
        say(change.sentence())
    hidden = len(summary.changes) - MAX_CHANGES_SHOWN
    if hidden > 0:
        say(translate("Import", "… and {count} more changed fields.").format(count=hidden))
    return 0

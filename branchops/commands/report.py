"""``branchops report``: write the monthly HQ workbook (月度报表) of one month."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from branchops.commands.common import acting_user, add_db_argument, add_user_argument, open_db, say
from branchops.core.errors import UserError
from branchops.core.period import Month
from branchops.i18n import LANGUAGES, translate


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("report", help="write the monthly HQ workbook")
    add_db_argument(parser)
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--out", required=True, help="an .xlsx file or a folder")
    parser.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default=None)
    parser.add_argument(
        "--unmask", action="store_true", help="write customers' names and phones in full"
    )
    add_user_argument(parser)
    return ["report"]


def parse_month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError:
        raise UserError(
            translate("Cli", "The month {text} is not in the form YYYY-MM (e.g. 2026-10).").format(
                text=text
            )
        ) from None


def run(args: argparse.Namespace) -> int:
    from branchops.commands.plain_openpyxl import plain_openpyxl

    with plain_openpyxl():  # heavy: only when the command runs
        from branchops.excel.workbook import ReportRequest, export_monthly_workbook

    month = parse_month(args.month)
    db, _ = open_db(args.db)
    try:
        request = ReportRequest(
            month=month,
            out=Path(args.out).expanduser().resolve(),
            language=args.report_lang or getattr(args, "lang", None),
            unmask=args.unmask,
        )
        result = export_monthly_workbook(db, acting_user(db, args), request)
    finally:
        db.dispose()
    for gap in result.gaps:
        print(
            translate("Report", "Exported with a gap: {gap}").format(gap=gap.message),
            file=sys.stderr,
        )
    say(
        translate("Report", "Wrote {path} (revision {rev}, SHA-256 {sha}).").format(
            path=result.path, rev=result.revision, sha=result.sha256
        )
    )
    return 0

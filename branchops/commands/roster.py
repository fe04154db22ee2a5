"""``branchops roster``: a month's rule check summary; ``--auto`` solves and saves the draft;
``--out`` writes the roster as .xlsx or .pdf (A4 landscape, for the wall)."""

from __future__ import annotations

import argparse
from pathlib import Path

from branchops.commands.common import acting_user, add_db_argument, add_user_argument, open_db
from branchops.core.period import Month
from branchops.i18n import translate

OUT_SUFFIXES = (".xlsx", ".pdf")


def _month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a month; write it as YYYY-MM.").format(value=text)
        ) from exc


def _out(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in OUT_SUFFIXES:
        raise argparse.ArgumentTypeError(
            translate("Cli", "--out must name a .xlsx or .pdf file (got {value}).").format(
                value=text
            )
        )
    return path.resolve()


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("roster", help="check, auto-roster or export a month's roster")
    add_db_argument(parser)
    parser.add_argument("--month", required=True, type=_month, help="YYYY-MM")
    parser.add_argument("--auto", action="store_true", help="run the solver, save as the draft")
    parser.add_argument("--out", type=_out, help="write the roster to FILE.xlsx or FILE.pdf")
    parser.add_argument("--time-limit", type=float, default=None, help="solver seconds")
    add_user_argument(parser)
    return ["roster"]


def run(args: argparse.Namespace) -> int:
    from branchops.commands import roster_steps  # the solver loads only for this command

    db, _ = open_db(args.db, write=args.auto)
    try:
        user = acting_user(db, args)
        if args.auto:
            roster_steps.auto(db, args.month, args.time_limit, user)
        roster_steps.summary(db, args.month)
        if args.out is not None:
            roster_steps.write(db, args.month, args.out)
    finally:
        db.dispose()
    return 0

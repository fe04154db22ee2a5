"""``branchops roster``: a month's rule check summary; ``--auto`` solves and saves the draft,
keeping published days as they are unless ``--change-published --reason TEXT``; ``--out`` writes
the roster as .xlsx or .pdf (A4 landscape, for the wall)."""

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
    parser.add_argument(
        "--change-published",
        action="store_true",
        help="with --auto: the solver may change published days (needs --reason)",
    )
    parser.add_argument("--reason", default="", help="why published days change")
    parser.set_defaults(usage_error=parser.error)
    return ["roster"]


def _check_usage(args: argparse.Namespace) -> None:
    if args.change_published and not args.auto:
        args.usage_error(translate("Cli", "--change-published works with --auto only."))
    if args.change_published and not args.reason.strip():
        args.usage_error(
            translate("Cli", "--change-published needs --reason TEXT: why published days change.")
        )
    if args.reason.strip() and not args.change_published:
        args.usage_error(translate("Cli", "--reason is for --change-published."))


def run(args: argparse.Namespace) -> int:
    from branchops.commands import roster_steps  # the solver loads only for this command

    _check_usage(args)
    db, _ = open_db(args.db, write=args.auto)
    try:
        user = acting_user(db, args)
        if args.auto:
            roster_steps.auto(
                db,
                args.month,
                args.time_limit,
                user,
                change_published=args.change_published,
                reason=args.reason.strip(),
            )
        roster_steps.summary(db, args.month)
        if args.out is not None:
            roster_steps.write(db, args.month, args.out)
    finally:
        db.dispose()
    return 0

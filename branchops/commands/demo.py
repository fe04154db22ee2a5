"""``branchops demo``: fill a new database with realistic demo data."""

from __future__ import annotations

import argparse

from branchops.commands.common import add_db_argument, open_db, say
from branchops.i18n import translate


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("demo", help="create or fill a database with demo data")
    add_db_argument(parser)
    parser.add_argument("--months", type=int, default=None)
    parser.add_argument("--staff", type=int, default=25)
    parser.add_argument("--scale", choices=["small", "large"], default="small")
    parser.add_argument("--seed", type=int, default=1)
    return ["demo"]


def run(args: argparse.Namespace) -> int:
    from branchops.core.demo import LARGE_MONTHS, Scale
    from branchops.core.demo.service import check_demo_size, generate_demo

    scale = Scale(args.scale)
    default = LARGE_MONTHS if scale is Scale.LARGE else 13
    months = default if args.months is None else args.months
    check_demo_size(months, args.staff)
    db, _ = open_db(args.db, create=True, write=True)
    try:
        generate_demo(db, months=months, staff=args.staff, scale=scale, seed=args.seed)
    finally:
        db.dispose()
    say(
        translate("Cli", "Demo data written to {db} ({months} months).").format(
            db=db.target.display(), months=months
        )
    )
    return 0

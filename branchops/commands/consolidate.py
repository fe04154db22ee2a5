"""``branchops consolidate``: HQ merges the branches' monthly workbooks into one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from branchops.commands.common import say
from branchops.commands.report import parse_month
from branchops.core.errors import UserError
from branchops.i18n import translate


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("consolidate", help="merge branch workbooks (HQ)")
    parser.add_argument("--out", required=True, help="the consolidated .xlsx to write")
    parser.add_argument("--into", help="also load the KPIs into this SQLite path or URL")
    parser.add_argument("--expected", help="branch codes expected (.txt, .csv or .xlsx)")
    parser.add_argument("--keys", help="CSV of branch_code,key for HMAC-signed workbooks")
    parser.add_argument("--month", help="the period to consolidate (default: the most common)")
    parser.add_argument("workbooks", nargs="+", metavar="WORKBOOK.xlsx")
    return ["consolidate"]


def run(args: argparse.Namespace) -> int:
    from branchops.commands.plain_openpyxl import plain_openpyxl

    with plain_openpyxl():  # heavy: only when the command runs
        from branchops.excel.consolidate import consolidate
        from branchops.excel.consolidate.inputs import expand_inputs, read_expected, read_keys

    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            translate("Consolidation", "The output {path} must end in .xlsx.").format(path=out)
        )
    paths = expand_inputs(args.workbooks)
    if not paths:
        raise UserError(
            translate("Consolidation", "No workbook matches {names}.").format(
                names=" ".join(args.workbooks)
            )
        )
    keys = read_keys(Path(args.keys)) if args.keys else None
    expected = read_expected(Path(args.expected)) if args.expected else None
    period = parse_month(args.month) if args.month else None
    result = consolidate(paths, out, keys=keys, expected=expected, period=period, into=args.into)
    verified = result.verified
    for rejected in verified.rejected:
        print(f"{rejected.path}: {rejected.reason}", file=sys.stderr)
    for branch in verified.missing:
        print(
            translate("Consolidation", "Missing: branch {code} {name} sent no workbook.")
            .format(code=branch.code, name=branch.name)
            .rstrip(),
            file=sys.stderr,
        )
    if result.out is None:
        print(
            translate(
                "Consolidation",
                "No workbook could be merged ({rejected} rejected): nothing was written and no "
                "database was changed.",
            ).format(rejected=len(verified.rejected)),
            file=sys.stderr,
        )
        return 1
    say(
        translate(
            "Consolidation",
            "Wrote {path}: {merged} branches merged for {period}, {rejected} files rejected, "
            "{missing} branches missing.",
        ).format(
            path=out,
            merged=len(verified.accepted),
            period=verified.period or "—",
            rejected=len(verified.rejected),
            missing=len(verified.missing),
        )
    )
    if result.loaded is not None:
        say(
            translate(
                "Consolidation",
                "Database: {loaded} submissions loaded, {unchanged} already there, {kept} kept "
                "because a later revision was loaded before.",
            ).format(
                loaded=result.loaded.loaded,
                unchanged=result.loaded.unchanged,
                kept=result.loaded.kept_newer,
            )
        )
    return 0

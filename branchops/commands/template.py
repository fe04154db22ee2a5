"""``branchops template KIND --out FILE.xlsx``: the blank import template of a kind."""

from __future__ import annotations

import argparse
from pathlib import Path

from branchops.commands.common import IMPORT_KINDS_HELP, say
from branchops.core.errors import UserError
from branchops.i18n import translate


def add_parser(sub: argparse._SubParsersAction) -> list[str]:
    parser = sub.add_parser("template", help="write a blank import template")
    parser.add_argument("kind", metavar="KIND", help=IMPORT_KINDS_HELP)
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    return ["template"]


def run(args: argparse.Namespace) -> int:
    from branchops.excel.imports import (
        get_kind,
        write_template,
    )  # heavy: only when the command runs

    kind = get_kind(args.kind)
    out = Path(args.out).expanduser().resolve()
    if out.suffix.lower() != ".xlsx":
        raise UserError(
            translate("Import", "The template file {path} must end in .xlsx.").format(path=out)
        )
    write_template(kind, out)
    say(
        translate("Import", "Wrote the {kind} template to {path}.").format(
            kind=kind.label, path=out
        )
    )
    return 0

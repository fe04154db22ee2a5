"""Command line entry: no subcommand starts the desktop app; subcommands follow shared cli.md.

Exit codes: 0 success, 1 wrong input or data (one line per problem on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib
import os
import sys
import threading
from collections.abc import Sequence
from typing import Any, NoReturn

from branchops import __version__
from branchops.config import AppSettings
from branchops.core.errors import UserError
from branchops.db.errors import DatabaseOpenError
from branchops.i18n import LANGUAGES, PSEUDO, set_language, system_language, translate

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

# A command is one short run that imports SQLAlchemy, openpyxl and every model, then reads many
# rows: at Python's default thresholds the collector walks those long-lived objects again and
# again (a fifth of a report's CPU time) while finding little garbage. Collected less often.
COMMAND_GC_THRESHOLD = (20_000, 20, 100)

# Each module has add_parser(subparsers) and run(args) -> int. Modules import their heavy
# dependencies inside run(), so that starting the desktop app stays fast.
COMMAND_MODULES = (
    "branchops.commands.demo",
    "branchops.commands.maintenance",
    "branchops.commands.report",
    "branchops.commands.consolidate",
    "branchops.commands.template",
    "branchops.commands.import_",
    "branchops.commands.roster",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with the usage, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, object]]:
    parser = _Parser(prog="branchops", description="BranchOps")
    parser.add_argument("--version", action="version", version=f"BranchOps {__version__}")
    parser.add_argument("--db", help="SQLite file path or SQLAlchemy URL")
    parser.add_argument("--lang", choices=[*LANGUAGES, PSEUDO])
    parser.add_argument("--smoke", action="store_true", help="open every page and dialog, exit")
    parser.add_argument("--screenshots", metavar="DIR", help="with --smoke: save PNGs here")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    handlers: dict[str, object] = {}
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        for command in module.add_parser(sub):
            handlers[command] = module
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    return _main(argv)[0]


def entry() -> NoReturn:
    """The process's entry (``python -m branchops``, the installed app). A subcommand's process
    ends once its output is flushed and the exit handlers have run, without freeing its objects
    one by one (a tenth of a report's CPU time); the desktop app exits as usual, and so does a
    process that is profiled or traced (the profiler writes its figures at exit)."""
    code, command = _main(None)
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if command and not watched and threading.active_count() == 1:
        sys.stdout.flush()
        sys.stderr.flush()
        atexit._run_exitfuncs()
        os._exit(code)
    sys.exit(code)


def _main(argv: Sequence[str] | None) -> tuple[int, bool]:
    """The exit code, and whether a subcommand ran."""
    argv = list(sys.argv[1:] if argv is None else argv)
    settings = AppSettings.load()
    set_language(_early_lang(argv) or settings.language or system_language())
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from branchops.ui.app import run_app  # Qt only when the desktop app starts

        return run_app(args), False
    previous = gc.get_threshold()
    gc.set_threshold(*COMMAND_GC_THRESHOLD)
    try:
        return _run_command(handlers[args.command], args), True
    finally:
        gc.set_threshold(*previous)


def _run_command(module: Any, args: argparse.Namespace) -> int:
    try:
        return module.run(args)
    except (UserError, DatabaseOpenError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # a database failure (locked, disk full …) becomes one line
        described = _database_failure(exc, args)
        if described is None:
            raise
        print(described, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted; nothing more was changed."), file=sys.stderr)
        return EXIT_BAD_INPUT


def _database_failure(exc: BaseException, args: argparse.Namespace) -> str | None:
    from branchops.db.errors import describe
    from branchops.db.target import DatabaseTarget

    where = getattr(args, "db", None) or ""
    # An unparsable --db was reported before any database work began.
    with contextlib.suppress(Exception):
        where = DatabaseTarget.parse(where).display() if where else where
    described = describe(exc, where)
    return None if described is None else str(described)


def _early_lang(argv: list[str]) -> str | None:
    """``--lang`` before argparse runs, so that help and usage errors are in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


if __name__ == "__main__":
    sys.exit(main())

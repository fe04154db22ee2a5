"""The command line's help names every import kind the areas declare."""

from branchops.commands.common import IMPORT_KINDS_HELP
from branchops.excel.imports.kinds import available_kinds


def test_help_lists_exactly_the_declared_kinds():
    assert sorted(IMPORT_KINDS_HELP.split(", ")) == sorted(available_kinds())

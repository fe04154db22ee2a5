from branchops.cli import entry

entry()

"""One module per command-line subcommand; see branchops/cli.py and shared cli.md."""

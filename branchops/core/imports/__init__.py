"""Core side of the Excel imports (§10): services that take parsed rows, check them again and
write them in one transaction. ``branchops/excel/imports`` only reads files into these rows."""

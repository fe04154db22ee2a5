"""``branchops check``: integrity, foreign keys and the audit chain, reported in words."""

from __future__ import annotations

from sqlalchemy import text

from branchops.db.audit import verify_chain
from branchops.db.lifecycle import Database
from branchops.i18n import translate


def check_database(db: Database) -> list[str]:
    """Problems found, one sentence each; an empty list means all is well."""
    problems: list[str] = []
    with db.session() as session:
        if db.engine.dialect.name == "sqlite":
            for (line,) in session.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(
                        translate("Check", "Database integrity: {detail}").format(detail=line)
                    )
            for row in session.execute(text("PRAGMA foreign_key_check")):
                problems.append(
                    translate(
                        "Check", "Table {table}, row {rowid} points to a missing {parent} record."
                    ).format(table=row[0], rowid=row[1], parent=row[2])
                )
        for problem in verify_chain(session):
            if problem.kind == "missing":
                message = translate(
                    "Check", "Audit log entry {seq} has been deleted (the chain has a gap)."
                )
            elif problem.kind == "edited":
                message = translate(
                    "Check", "Audit log entry {seq} has been edited after it was written."
                )
            else:
                message = translate(
                    "Check", "Audit log entry {seq} does not follow the entry before it."
                )
            problems.append(message.format(seq=problem.seq))
    return problems

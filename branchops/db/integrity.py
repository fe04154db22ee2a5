"""``branchops check``: schema, integrity, foreign keys and the audit chain, reported in words."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from branchops.db.audit import verify_chain
from branchops.db.chain_head import HeadRecord, compare
from branchops.db.lifecycle import Database, current_revisions
from branchops.db.schema_check import schema_problems
from branchops.i18n import translate


def check_database(db: Database, heads: Iterable[HeadRecord] = (), key: str = "") -> list[str]:
    """Problems found, one sentence each; an empty list means all is well.

    ``heads``: audit chain heads recorded outside the database (backup manifests, restore
    records, HQ workbooks); ``key``: the HQ key their signatures are checked with.
    """
    with db.engine.connect() as connection:
        revisions = current_revisions(connection)
        if not revisions:
            return [
                translate(
                    "Check",
                    "{db} holds no BranchOps schema: it is empty or was never set up.",
                ).format(db=db.target.display())
            ]
        problems = schema_problems(connection, revisions)
    if problems:
        return problems  # the other checks read tables that may not be there
    with db.session() as session:
        if db.engine.dialect.name == "sqlite":
            problems += _sqlite_problems(session)
        problems += _chain_problems(session)
        problems += _head_problems(session, heads, key)
    return problems


def _sqlite_problems(session: Session) -> list[str]:
    problems: list[str] = []
    for (line,) in session.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            problems.append(translate("Check", "Database integrity: {detail}").format(detail=line))
    for row in session.execute(text("PRAGMA foreign_key_check")):
        problems.append(
            translate(
                "Check", "Table {table}, row {rowid} points to a missing {parent} record."
            ).format(table=row[0], rowid=row[1], parent=row[2])
        )
    return problems


def _chain_problems(session: Session) -> list[str]:
    problems: list[str] = []
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


def _head_problems(session: Session, heads: Iterable[HeadRecord], key: str) -> list[str]:
    problems: list[str] = []
    for problem in compare(session, heads, key):
        record = problem.record
        if problem.kind == "truncated":
            message = translate(
                "Check",
                "The audit log has {entries} entries, but {source} recorded {recorded}: the "
                "newest entries have been deleted.",
            )
        elif problem.kind == "rewritten":
            message = translate(
                "Check",
                "Audit log entry {recorded} is not the one {source} recorded: the log has been "
                "rewritten.",
            )
        else:
            message = translate(
                "Check",
                "The audit chain head in {source} is not signed with this branch's HQ key; it "
                "was not written by BranchOps with this key and is ignored.",
            )
        problems.append(
            message.format(
                entries=problem.entries, source=record.source, recorded=record.head.count
            )
        )
    return problems

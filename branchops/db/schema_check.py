"""Does the database's schema match the revision it claims? (A half-upgraded file does not.)

The expected schema of a revision is made by running the migrations up to it on an in-memory
SQLite database; tables, columns and indexes are compared by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Connection, create_engine, inspect

from branchops.i18n import translate

IGNORED_TABLES = {"alembic_version"}


@dataclass
class Shape:
    columns: dict[str, set[str]] = field(default_factory=dict)  # table -> column names
    indexes: dict[str, set[str]] = field(default_factory=dict)  # table -> index names


def shape_of(connection: Connection) -> Shape:
    inspector = inspect(connection)
    shape = Shape()
    for table in inspector.get_table_names():
        if table in IGNORED_TABLES or table.startswith("sqlite_"):
            continue
        shape.columns[table] = {c["name"] for c in inspector.get_columns(table)}
        shape.indexes[table] = {i["name"] for i in inspector.get_indexes(table) if i["name"]}
    return shape


@cache
def expected_shape(revisions: tuple[str, ...]) -> Shape:
    """(Cached: the migrations of a revision never change. Do not modify the result.)"""
    from alembic import command

    from branchops.db.lifecycle import alembic_config

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            for revision in sorted(revisions):
                command.upgrade(alembic_config(connection), revision)
        with engine.connect() as connection:
            return shape_of(connection)
    finally:
        engine.dispose()


def schema_problems(connection: Connection, revisions: tuple[str, ...]) -> list[str]:
    """One sentence per difference between the schema and what ``revisions`` define."""
    revision = ",".join(revisions)
    expected, actual = expected_shape(revisions), shape_of(connection)
    problems: list[str] = []
    for table in sorted(expected.columns.keys() - actual.columns.keys()):
        problems.append(
            translate("Check", "Table {table} of schema {revision} is missing.").format(
                table=table, revision=revision
            )
        )
    for table in sorted(actual.columns.keys() - expected.columns.keys()):
        problems.append(
            translate(
                "Check",
                "Table {table} does not belong to schema {revision} (an interrupted upgrade?).",
            ).format(table=table, revision=revision)
        )
    for table in sorted(expected.columns.keys() & actual.columns.keys()):
        for name in sorted(expected.columns[table] - actual.columns[table]):
            problems.append(
                translate(
                    "Check", "Table {table} lacks the column {column} of schema {revision}."
                ).format(table=table, column=name, revision=revision)
            )
        for name in sorted(actual.columns[table] - expected.columns[table]):
            problems.append(
                translate(
                    "Check",
                    "Table {table} has a column {column} that schema {revision} does not have.",
                ).format(table=table, column=name, revision=revision)
            )
        for name in sorted(expected.indexes[table] - actual.indexes[table]):
            problems.append(
                translate(
                    "Check", "Table {table} lacks the index {index} of schema {revision}."
                ).format(table=table, index=name, revision=revision)
            )
    return problems

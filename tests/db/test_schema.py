"""The schema the migrations build equals the models: a model change without a revision fails."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, String, Table

from branchops.core.models import Base


def _differences(db, metadata: MetaData) -> list:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, metadata)


@pytest.mark.postgres
def test_migrated_schema_matches_the_models(db):
    differences = _differences(db, Base.metadata)
    assert differences == [], (
        "The models and the migrations differ; add a revision with tools/new_revision.py:\n"
        + "\n".join(map(str, differences))
    )


def test_a_model_change_without_a_revision_is_noticed(db):
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    Table("new_thing", changed, Column("id", Integer, primary_key=True))
    changed.tables["staff"].append_column(Column("nickname", String(32)))
    kinds = {(d[0], getattr(d[-1], "name", None)) for d in _differences(db, changed)}
    assert ("add_table", "new_thing") in kinds
    assert ("add_column", "nickname") in kinds


def test_every_model_table_is_in_the_metadata():
    names = set(Base.metadata.tables)
    assert {"app_user", "audit_log", "branch_profile", "setting", "staff"} <= names
